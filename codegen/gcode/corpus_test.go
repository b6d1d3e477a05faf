package gcode

import (
	"context"
	"os"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// TestDebugFile prints the syntax errors and findings of GCODE_FILE (with GCODE_CONFIG
// as the configuration when set): a tool for investigating false alarms.
func TestDebugFile(t *testing.T) {
	path := os.Getenv("GCODE_FILE")
	if path == "" {
		t.Skip()
	}
	text, _ := os.ReadFile(path)
	f, err := syntax.Parse(context.Background(), language, text)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := config.ForFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("GCODE_CONFIG") != "" {
		cfg, err = config.Load(os.Getenv("GCODE_CONFIG"))
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, e := range syntax.Errors(f, f.Root()) {
		t.Logf("%d: syntax: %s", f.Lines.LineOf(e.Start)+1, e.Message)
	}
	res := New().Check(context.Background(), codegen.CheckRequest{Path: path, File: f, Config: cfg})
	for _, fd := range res.Findings {
		t.Logf("%d: %s %s: %s", f.Lines.LineOf(fd.Start)+1, fd.Severity, fd.Rule, fd.Message)
	}
	t.Logf("skipped: %v", res.Skipped)
}

// TestExternalCorpus checks every G-code file under GCODE_CORPUS (for example LinuxCNC's
// nc_files) and logs each error-severity finding: false alarms to investigate.
func TestExternalCorpus(t *testing.T) {
	dir := os.Getenv("GCODE_CORPUS")
	if dir == "" {
		t.Skip()
	}
	var files []string
	_ = filepathWalk(dir, func(p string) { files = append(files, p) })
	pk := New()
	clean, syn, errs := 0, 0, 0
	counts := map[string]int{}
	for _, path := range files {
		text, _ := os.ReadFile(path)
		f, err := codegen.Parse(context.Background(), pk, path, text)
		if err != nil {
			t.Fatal(err)
		}
		se := syntax.Errors(f, f.Root())
		if len(se) == 0 {
			clean++
		} else {
			syn++
			if os.Getenv("GCODE_SYNTAX") != "" {
				t.Logf("%s:%d: syntax: %s", path, f.Lines.LineOf(se[0].Start)+1, se[0].Message)
			}
		}
		res := pk.Check(context.Background(), codegen.CheckRequest{Path: path, File: f, Config: config.Default()})
		for _, fd := range res.Findings {
			counts[fd.Rule]++
			if fd.Severity == 3 {
				errs++
				t.Logf("%s:%d: %s: %s | %s", path, f.Lines.LineOf(fd.Start)+1, fd.Rule, fd.Message, string(f.Lines.LineText(f.Lines.LineOf(fd.Start))))
			}
		}
	}
	t.Logf("files %d, clean parse %d, with syntax errors %d, error findings %d, by rule %v", len(files), clean, syn, errs, counts)
}

// TestDebugTree prints the syntax tree of GCODE_TREE.
func TestDebugTree(t *testing.T) {
	path := os.Getenv("GCODE_TREE")
	if path == "" {
		t.Skip()
	}
	text, _ := os.ReadFile(path)
	f, _ := syntax.Parse(context.Background(), language, text)
	t.Log(f.Root().String())
}
