package rtl

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
	rtlgrammar "github.com/gantry-dev/gantry/grammars/rtl"
)

// unitStart finds code that is already a compilation unit (a module, interface, package,
// class or program), so it is checked as written; a body fragment is checked inside a
// module whose ports are the fragment's free names.
var unitStart = regexp.MustCompile("(?m)^\\s*(`timescale|`define|(virtual\\s+)?class\\b|module\\b|interface\\b|package\\b|program\\b|typedef\\b)")

// docFile turns a doc example into the file the test checks, and its extension: .v when
// the doc's notes say Verilog-2005, else .sv.
func docFile(code, notes string) (string, string) {
	ext := ".sv"
	if strings.Contains(notes, "Verilog-2005") || strings.Contains(code, "Verilog-2005") {
		ext = ".v"
	}
	if unitStart.MatchString(code) {
		return code, ext
	}
	return "module doc_example(input logic clk);\n" + code + "\nendmodule\n", ext
}

// TestRuleDocExamples: each RTL rule's "Example" raises that rule and its "Use instead"
// does not, both parsing without a syntax error (a fragment of a module body is checked
// inside a module).
func TestRuleDocExamples(t *testing.T) {
	pk := New()
	dir := t.TempDir()
	check := func(id, code, ext string) (n, syntaxErrs int) {
		path := filepath.Join(dir, "doc"+ext)
		if err := os.WriteFile(path, []byte(code), 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := syntax.Parse(context.Background(), rtlgrammar.Language(), []byte(code))
		if err != nil {
			t.Fatal(err)
		}
		cfg := config.Default()
		for _, fd := range codegen.Diagnose(context.Background(), pk, codegen.CheckRequest{Path: path, File: f, Config: cfg}).Findings {
			switch fd.Rule {
			case id:
				n++
			case "rtl/syntax":
				syntaxErrs++
			}
		}
		return n, syntaxErrs
	}
	for _, r := range pk.Rules() {
		d, err := rules.ParseDoc(r.Doc.String())
		if err != nil {
			t.Errorf("%s: %v", r.ID, err)
			continue
		}
		bad, ext := docFile(d.Example, d.Notes)
		good, gext := docFile(d.UseInstead, d.Notes)
		if n, se := check(r.ID, bad, ext); n == 0 || se > 0 {
			t.Errorf("%s: \"Example\" raises the rule %d time(s), %d syntax error(s):\n%s", r.ID, n, se, bad)
		}
		if n, se := check(r.ID, good, gext); n > 0 || se > 0 {
			t.Errorf("%s: \"Use instead\" raises the rule %d time(s), %d syntax error(s):\n%s", r.ID, n, se, good)
		}
		// The fix must be code the reference tools build: a doc never teaches code that
		// does not compile.
		if _, err := exec.LookPath("verilator"); err == nil && !strings.Contains(good, "doc_example") {
			path := filepath.Join(dir, strings.ReplaceAll(strings.TrimPrefix(r.ID, "rtl/"), "-", "_")+gext)
			if err := os.WriteFile(path, []byte(good), 0o644); err != nil {
				t.Fatal(err)
			}
			if v := verilator(t, path); v.rejected && !v.limited && !v.incomplete {
				t.Errorf("%s: Verilator refuses \"Use instead\": %s\n%s", r.ID, v.why, good)
			}
		}
	}
	if _, err := exec.LookPath("verilator"); err != nil {
		t.Log("verilator not installed: the fixes were not compiled")
	}
}
