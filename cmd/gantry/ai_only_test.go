package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen/provenance"
)

// `gantry check --ai-only` reports only the findings inside the regions the ledger records
// as model-written, one severity stricter, and finds those regions again after the
// engineer added lines above them.
func TestCheckAIOnlyKeepsModelRegionsStricter(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "gantry.toml"), []byte("[provenance]\nledger = true\n"), 0o644)
	// The engineer's CASE without ELSE (a warning) above; the model's CASE without ELSE below.
	human := "CASE nMode OF\n    1: nOut := 1;\nEND_CASE\n"
	model := "CASE nMode OF\n    2: nOut := 2;\nEND_CASE"
	text := "PROGRAM P\nVAR\n    nMode : INT;\n    nOut : INT;\nEND_VAR\n" + human + model + "\nEND_PROGRAM\n"
	path := filepath.Join(dir, "p.st")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	modelLine := strings.Count(text[:strings.Index(text, model)], "\n") + 1
	if err := provenance.Append(dir, provenance.Entry{File: "p.st", StartLine: modelLine, EndLine: modelLine + 2, Column: 0,
		Length: len(model), Hash: provenance.Hash(model), Model: "fim", Language: "st", Time: time.Now()}); err != nil {
		t.Fatal(err)
	}
	type diag struct {
		Rule, Severity string
		Line           int
	}
	check := func(args ...string) []diag {
		t.Helper()
		out, stderr, code := gantry(t, append([]string{"check", "--format", "json"}, args...)...)
		if code == 2 {
			t.Fatalf("exit 2: %s", stderr)
		}
		var rep struct {
			Files []struct {
				Diagnostics []diag `json:"diagnostics"`
			} `json:"files"`
		}
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		var ds []diag
		for _, f := range rep.Files {
			ds = append(ds, f.Diagnostics...)
		}
		return ds
	}
	severityOn := func(ds []diag, rule string, line int) string {
		for _, d := range ds {
			if d.Rule == rule && d.Line == line {
				return d.Severity
			}
		}
		return ""
	}
	humanLine := 6
	all := check(path)
	if severityOn(all, "st/case-missing-else", humanLine) != "warning" || severityOn(all, "st/case-missing-else", modelLine) != "warning" {
		t.Fatalf("without --ai-only both CASEs warn: %+v", all)
	}
	ai := check("--ai-only", path)
	if severityOn(ai, "st/case-missing-else", modelLine) != "error" {
		t.Errorf("--ai-only: the model's CASE is not an error: %+v", ai)
	}
	if severityOn(ai, "st/case-missing-else", humanLine) != "" {
		t.Errorf("--ai-only reports the engineer's own code: %+v", ai)
	}
	// Two comment lines added at the top: the model's region moves down by two.
	os.WriteFile(path, []byte("(* Änderung 1 *)\n(* 修改 2 *)\n"+text), 0o644)
	ai = check("--ai-only", path)
	if severityOn(ai, "st/case-missing-else", modelLine+2) != "error" || severityOn(ai, "st/case-missing-else", humanLine+2) != "" {
		t.Errorf("after lines added above, --ai-only: %+v (model's CASE now on line %d)", ai, modelLine+2)
	}
	// The engineer rewrites the model's CASE: it is no longer model-written.
	os.WriteFile(path, []byte(strings.Replace(text, "2: nOut := 2;", "2: nOut := 3;", 1)), 0o644)
	if ai = check("--ai-only", path); len(ai) != 0 {
		t.Errorf("after the region was edited by hand, --ai-only still reports: %+v", ai)
	}
}
