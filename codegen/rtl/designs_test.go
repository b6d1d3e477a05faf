package rtl

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
	rtlgrammar "github.com/gantry-dev/gantry/grammars/rtl"
)

// memWorkspace is a workspace over parsed files.
type memWorkspace []codegen.WorkspaceFile

func (w memWorkspace) Files(context.Context, string) []codegen.WorkspaceFile { return w }

func parseFiles(t testing.TB, paths []string) memWorkspace {
	t.Helper()
	var ws memWorkspace
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := syntax.Parse(context.Background(), rtlgrammar.Language(), text)
		if err != nil {
			t.Fatal(err)
		}
		ws = append(ws, codegen.WorkspaceFile{Path: p, File: f})
	}
	return ws
}

func designFiles(t testing.TB) []string {
	var paths []string
	for _, g := range []string{"testdata/designs/*", "../../testdata/rtl/corpus/*", "../../testdata/rtl/corpus/*/*"} {
		m, _ := filepath.Glob(g)
		for _, p := range m {
			if st, err := os.Stat(p); err == nil && !st.IsDir() && New().extOK(p) {
				paths = append(paths, p)
			}
		}
	}
	if len(paths) == 0 {
		t.Fatal("no designs")
	}
	return paths
}

func (p *Pack) extOK(path string) bool {
	for _, e := range p.Extensions() {
		if filepath.Ext(path) == e {
			return true
		}
	}
	return false
}

// TestDesignsHaveNoErrors: real synthesizable designs must not produce error findings.
func TestDesignsHaveNoErrors(t *testing.T) {
	pack := New()
	ws := parseFiles(t, designFiles(t))
	for _, wf := range ws {
		res := pack.Check(context.Background(), codegen.CheckRequest{Path: wf.Path, File: wf.File, Config: config.Default(), Workspace: ws})
		for _, fd := range res.Findings {
			line := wf.File.Lines.LineOf(fd.Start) + 1
			if fd.Severity == rules.Error {
				t.Errorf("%s:%d: %s: %s", wf.Path, line, fd.Rule, fd.Message)
			} else if testing.Verbose() {
				t.Logf("%s:%d: %s %s: %s", wf.Path, line, fd.Severity, fd.Rule, fd.Message)
			}
		}
	}
}
