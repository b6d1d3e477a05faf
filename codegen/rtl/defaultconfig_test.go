package rtl

import (
	"context"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
)

// TestDefaultConfigurationText: the untaken branches and the conditional directives
// become blanks, every newline and every other byte stay where they were.
func TestDefaultConfigurationText(t *testing.T) {
	src := "`define HAVE_X\n" +
		"`ifdef HAVE_X wire a; `else wire b; `endif\n" +
		"`ifndef HAVE_X\nwire c;\n`elsif OTHER\nwire d;\n`else\nwire e;\n`endif\n" +
		"`ifdef PROOF == 1\nnot valid\n`endif // \"`ifdef\" in a comment\n"
	out, dropped := defaultConfiguration([]byte(src))
	if len(out) != len(src) || strings.Count(string(out), "\n") != strings.Count(src, "\n") {
		t.Fatalf("positions moved:\n%s", out)
	}
	got := strings.Join(strings.Fields(string(out)), " ")
	want := "`define HAVE_X wire a; wire e; // \"`ifdef\" in a comment"
	if got != want {
		t.Errorf("default text %q, want %q", got, want)
	}
	var macros []string
	for _, d := range dropped {
		macros = append(macros, d.macro)
	}
	if strings.Join(macros, " ") != "!HAVE_X !HAVE_X OTHER PROOF" {
		t.Errorf("dropped branches %v", macros)
	}
}

// TestSyntaxOnlyInUntakenBranch: a formal section cut short in an `ifdef FORMAL branch
// (ZipCPU's released cores) or an `ifdef line that goes on with an expression is read as a
// compile without defines reads it: one rtl/syntax warning, no error. Errors a default
// compile meets stay errors.
func TestSyntaxOnlyInUntakenBranch(t *testing.T) {
	syntaxFindings := func(src string) (errs, warns int, msg string) {
		errs, warns, w := syntaxCounts(t, "rtl/core.v", src)
		return errs, warns, w.Message
	}
	const body = "module core (input wire clk, output reg q);\n" +
		"  always @(posedge clk) q <= ~q;\n"
	cases := []struct {
		name        string
		src         string
		errs, warns int
	}{
		{"cut formal section", body + "`ifdef FORMAL\n  checker_m #(.W(8),\n  ) chk (.clk(clk));\n`endif\nendmodule\n", 0, 1},
		{"ifdef line with an expression", body + "`ifdef W == 32 && D == 32\n  wire w;\n`endif\nendmodule\n", 0, 1},
		{"both branches broken", body + "`ifdef FAST\n  wire = ;\n`else\n  wire = ;\n`endif\nendmodule\n", 1, 0},
		{"macro defined in the file", "`define FORMAL\n" + body + "`ifdef FORMAL\n  checker_m #(.W(8),\n  ) chk (.clk(clk));\n`endif\nendmodule\n", 1, 0},
		{"error outside any branch", body + "  wire = ;\n`ifdef FORMAL\n  wire f;\n`endif\nendmodule\n", 1, 0},
	}
	for _, c := range cases {
		errs, warns, msg := syntaxFindings(c.src)
		if errs < c.errs || (c.errs == 0 && errs != 0) || warns != c.warns {
			t.Errorf("%s: %d syntax errors, %d warnings (%s); want %d, %d", c.name, errs, warns, msg, c.errs, c.warns)
		}
		if c.warns > 0 && !strings.Contains(msg, "`FORMAL defined") && !strings.Contains(msg, "`W defined") {
			t.Errorf("%s: the warning does not name the macro: %s", c.name, msg)
		}
	}
}

// TestDefaultBranchesJudgedUnitByUnit: the default configuration's text is read design
// unit by design unit, so one module whose `else branch does not parse leaves another
// module's invented name in its own `else branch reported; and a name declared in another
// module of the same file (a package) is found there.
func TestDefaultBranchesJudgedUnitByUnit(t *testing.T) {
	src := "package cfg_pkg;\n  localparam int W = 4;\nendpackage\n\n" +
		"module gate_only (input logic a, output logic y);\n" +
		"`ifdef HAS_GATES\n  assign y = a;\n`else\n  assign y = (a;\n`endif\n" +
		"endmodule\n\n" +
		"module sim_model import cfg_pkg::*; (input logic clk, input logic [W-1:0] d, output logic [W-1:0] q);\n" +
		"`ifdef GATE_LEVEL\n  assign q = d;\n`else\n  logic [W-1:0] q_r;\n" +
		"  always_ff @(posedge clk) q_r <= d;\n  assign q = q_r ^ q_rr;\n`endif\n" +
		"endmodule\n"
	req := codegen.CheckRequest{Path: "rtl/models.sv", File: parse(t, src), Config: config.Default()}
	var got []string
	for _, fd := range New().Check(context.Background(), req).Findings {
		if fd.Rule == ruleUndeclared.ID {
			got = append(got, src[fd.Start:fd.End]+": "+fd.Severity.String())
		}
	}
	if strings.Join(got, "; ") != "q_rr: warning" {
		t.Errorf("undeclared names %q, want q_rr as a warning alone", got)
	}
}

// syntaxCounts checks src as path and counts its rtl/syntax errors and warnings; the last
// warning is returned.
func syntaxCounts(t *testing.T, path, src string) (errs, warns int, last rules.Finding) {
	t.Helper()
	req := codegen.CheckRequest{Path: path, File: parse(t, src), Config: config.Default()}
	for _, fd := range codegen.Diagnose(context.Background(), New(), req).Findings {
		if fd.Rule != "rtl/syntax" {
			continue
		}
		if fd.Severity == rules.Error {
			errs++
		} else {
			warns++
			last = fd
		}
	}
	return errs, warns, last
}
