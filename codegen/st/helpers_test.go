package st

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// memWorkspace is a fixed set of parsed files.
type memWorkspace struct{ files []codegen.WorkspaceFile }

func (w *memWorkspace) Files(context.Context, string) []codegen.WorkspaceFile { return w.files }

func parse(t testing.TB, src string) *syntax.File {
	t.Helper()
	f, err := syntax.Parse(context.Background(), language, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// ruleLines returns the lines (1-based) of rule's findings in src, checked as the file at
// path (its extension picks the dialect).
func ruleLines(t *testing.T, rule, path, src string) []int {
	t.Helper()
	f := parse(t, src)
	var lines []int
	for _, fd := range checker(t, New(), nil)(path, f) {
		if fd.Rule == rule {
			lines = append(lines, f.Lines.Position(fd.Start).Line+1)
		}
	}
	return lines
}

// cleanRuleLines is ruleLines for a src that must parse without a syntax error.
func cleanRuleLines(t *testing.T, rule, path, src string) []int {
	t.Helper()
	if n := syntax.Count(parse(t, src).Root()); n > 0 {
		t.Errorf("%s: %d syntax errors", path, n)
	}
	return ruleLines(t, rule, path, src)
}

// cleanFindings checks src as the file at path, which must parse without a syntax error,
// and returns its findings.
func cleanFindings(t *testing.T, path, src string) []rules.Finding {
	t.Helper()
	f := parse(t, src)
	if n := syntax.Count(f.Root()); n > 0 {
		t.Errorf("%s: %d syntax errors", path, n)
	}
	return checker(t, New(), nil)(path, f)
}

// fileWriter returns a function that writes text to rel (slash-separated) under root,
// making its folders, and returns the file's path.
func fileWriter(t *testing.T, root string) func(rel, text string) string {
	return func(rel, text string) string {
		t.Helper()
		p := filepath.Join(root, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
}

func loadWorkspace(t testing.TB, paths ...string) *memWorkspace {
	t.Helper()
	ws := &memWorkspace{}
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		ws.files = append(ws.files, codegen.WorkspaceFile{Path: p, File: parse(t, string(text))})
	}
	return ws
}

// checker runs the pack over a fixture with testdata/workspace/*.st as the workspace and,
// when cfg is nil, a configuration protecting a few signals for st/protected-write.
func checker(t testing.TB, pk *Pack, cfg *config.Config) func(string, *syntax.File) []rules.Finding {
	wsFiles, _ := filepath.Glob("testdata/workspace/*.st")
	ws := loadWorkspace(t, wsFiles...)
	if cfg == nil {
		cfg = testConfig()
	}
	return func(path string, f *syntax.File) []rules.Finding {
		return pk.Check(context.Background(), codegen.CheckRequest{Path: path, File: f, Config: cfg, Workspace: ws}).Findings
	}
}

func testConfig() *config.Config {
	cfg := config.Default()
	SettingsOf(cfg).Protected = []string{"bEStopRelay", "%QX9.0", "GVL_Safety.bSafetyDoorLock"}
	return cfg
}

func checkReq(path string, f *syntax.File, cfg *config.Config, ws codegen.Workspace) codegen.CheckRequest {
	return codegen.CheckRequest{Path: path, File: f, Config: cfg, Workspace: ws}
}
