package gcode

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
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
			if fd.Severity == rules.Error {
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

// TestLinuxCNCMustFail runs Gantry over LinuxCNC's must-fail interpreter tests
// (LINUXCNC_BAD=…/tests/interp/bad, each program's first line names the error LinuxCNC
// must give) and prints how many of them get an error finding; with rs274 installed it
// also counts those where the finding is on the line rs274 refuses.
func TestLinuxCNCMustFail(t *testing.T) {
	dir := os.Getenv("LINUXCNC_BAD")
	if dir == "" {
		t.Skip("set LINUXCNC_BAD to LinuxCNC's tests/interp/bad")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.ngc"))
	if len(files) == 0 {
		t.Fatalf("no .ngc files in %s", dir)
	}
	bin, _ := exec.LookPath("rs274")
	pk := New()
	cfg := fixtureConfigDefault()
	tools := ""
	flagged, onLine := 0, 0
	for _, p := range files {
		text, _ := os.ReadFile(p)
		gerrs := gantryErrors(t, pk, p, text, cfg)
		expected := strings.TrimRight(strings.SplitN(string(text), "\n", 2)[0], "\r")
		if len(gerrs) == 0 {
			t.Logf("not flagged: %s (%s)", filepath.Base(p), expected)
			continue
		}
		flagged++
		if bin == "" {
			continue
		}
		if tools == "" {
			tools = toolTable(t, t.TempDir(), cfg)
		}
		rs := runRS274(t, bin, p, tools)
		hit := false
		if len(rs.Errors) > 0 {
			for _, l := range linesOfError(strings.Split(string(text), "\n"), rs.Errors[0]) {
				hit = hit || len(gerrs[l]) > 0
			}
		}
		if hit {
			onLine++
		} else {
			t.Logf("flagged elsewhere than rs274's line: %s (%v)", filepath.Base(p), gerrs)
		}
	}
	t.Logf("LinuxCNC must-fail programs: %d, flagged by Gantry %d, on the line rs274 refuses %d", len(files), flagged, onLine)
}
