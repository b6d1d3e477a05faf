package rtl

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// nameWorkspace finds files by the names the pack's scan says they declare, as the
// project index does.
type nameWorkspace memWorkspace

func (w nameWorkspace) Files(context.Context, string) []codegen.WorkspaceFile { return w }
func (w nameWorkspace) Refresh(context.Context) bool                          { return false }
func (w nameWorkspace) Declaring(_ context.Context, _, name string) []codegen.WorkspaceFile {
	var out []codegen.WorkspaceFile
	for _, f := range w {
		if slices.Contains(New().DeclaredNames(f.File.Bytes()), name) {
			out = append(out, f)
		}
	}
	return out
}

// A package imported at one file's top level goes into the compilation unit's scope
// ($unit, IEEE 1800-2017 3.12.1): compiled as one unit after that file, another file's
// module may use the package's names without an import of its own. Such a name is a
// warning (the file depends on the compilation order and on one-unit compilation); a
// name no package declares stays an error, and so does the package's name without the
// other file's import.
func TestNameOfAPackageImportedAtAnotherFilesTopLevel(t *testing.T) {
	pkg := parse(t, "package regs_pkg;\n  parameter [9:0] REG_IDX_TIMER = 10'd3;\n  typedef logic [63:0] reg_t;\nendpackage\n")
	first := parse(t, "import regs_pkg::*;\n\nmodule video (input logic clk, output logic [9:0] idx);\n  assign idx = REG_IDX_TIMER;\nendmodule\n")
	second := parse(t, "module timer (input logic clk, output logic [9:0] idx, output logic [63:0] q);\n  reg_t r;\n  assign idx = REG_IDX_TIMER;\n  assign q = r ^ REG_IDX_TIMR;\nendmodule\n")
	ws := nameWorkspace{{Path: "rtl/regs_pkg.sv", File: pkg}, {Path: "rtl/video.sv", File: first}, {Path: "rtl/timer.sv", File: second}}
	findings := func(ws nameWorkspace) []string { return undeclaredWithSeverity(t, "rtl/timer.sv", second, ws) }
	if got, want := strings.Join(findings(ws), ", "), "reg_t warning, REG_IDX_TIMER warning, REG_IDX_TIMR error"; got != want {
		t.Errorf("with video.sv's top-level import: %s, want %s", got, want)
	}
	if got, want := strings.Join(findings(ws[:1:1]), ", "), "reg_t error, REG_IDX_TIMER error, REG_IDX_TIMR error"; got != want {
		t.Errorf("without it: %s, want %s", got, want)
	}
}

// A package another file imports whole at its top level that the project does not hold
// (UVM's uvm_pkg, which a simulator brings) may declare the subroutines and types a file
// compiled after it in one unit uses without importing it: those are warnings naming the
// package; a type not named as the package's own, a system task without its `$` and a
// plain name read are still errors.
func TestSubroutineOfAnUnknownPackageImportedAtAnotherFilesTopLevel(t *testing.T) {
	first := parse(t, "import vlib_pkg::*;\n\nmodule env_top;\nendmodule\n")
	second := parse(t, "module tb;\n  vlib_sequencer sqr;\n  pkt_t p;\n  logic [3:0] d;\n  initial begin\n    run_test(\"smoke\");\n    display(\"x\");\n    d = dd;\n  end\nendmodule\n")
	ws := nameWorkspace{{Path: "tb/env_top.sv", File: first}, {Path: "tb/tb.sv", File: second}}
	findings := func(ws nameWorkspace) []string { return undeclaredWithSeverity(t, "tb/tb.sv", second, ws) }
	if got, want := strings.Join(findings(ws), ", "), "vlib_sequencer warning, pkt_t error, run_test warning, display error, dd error"; got != want {
		t.Errorf("with env_top.sv's top-level import: %s, want %s", got, want)
	}
	if got, want := strings.Join(findings(ws[1:]), ", "), "vlib_sequencer error, pkt_t error, run_test error, display error, dd error"; got != want {
		t.Errorf("without it: %s, want %s", got, want)
	}
}

// undeclaredWithSeverity checks f at path in ws and lists its undeclared names, each with
// "error" or "warning".
func undeclaredWithSeverity(t *testing.T, path string, f *syntax.File, ws nameWorkspace) []string {
	t.Helper()
	var got []string
	for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: path, File: f, Config: config.Default(), Workspace: ws}).Findings {
		if fd.Rule == ruleUndeclared.ID {
			sev := "error"
			if fd.Severity != rules.Error {
				sev = "warning"
			}
			got = append(got, string(f.Bytes()[fd.Start:fd.End])+" "+sev)
		}
	}
	return got
}

// A package that holds nothing (`package vlib_pkg; endpackage`, a test's stand-in for a
// library the build passes in), or only empty classes and typedefs naming the library's
// classes, tells nothing about what the real one declares: names a file imports from it
// are not judged. A package that declares something else still judges the names it lacks.
func TestImportOfAnEmptyPlaceholderPackage(t *testing.T) {
	tb := parse(t, "import vlib_pkg::*;\n\nmodule tb;\n  vlib_env env;\n  initial run_test(\"smoke\");\nendmodule\n")
	for _, tc := range []struct{ pkg, want string }{
		{"package vlib_pkg;\nendpackage\n", ""},
		{"package vlib_pkg;\n  class vlib_object; endclass\n  class vlib_seq #(type T = int); endclass\n  typedef int vlib_status_e;\nendpackage\n", ""},
		{"package vlib_pkg;\n  typedef int vlib_env;\nendpackage\n", "run_test error"},
		{"package vlib_pkg;\n  class vlib_env;\n    int n;\n  endclass\nendpackage\n", "run_test error"},
	} {
		ws := nameWorkspace{{Path: "stubs/vlib_pkg.sv", File: parse(t, tc.pkg)}, {Path: "tb/tb.sv", File: tb}}
		if got := strings.Join(undeclaredWithSeverity(t, "tb/tb.sv", tb, ws), ", "); got != tc.want {
			t.Errorf("with %q: %q, want %q", tc.pkg, got, tc.want)
		}
	}
}

// Two packages of one name side by side (a state package for each version of a spec):
// the build compiles one of them, so a name either declares is declared; a name neither
// declares is still reported.
func TestImportOfAPackageWithTwoVersionsSideBySide(t *testing.T) {
	v17 := parse(t, "package csr_pkg;\n  parameter MBADADDR = 12'h343;\nendpackage\n")
	v19 := parse(t, "package csr_pkg;\n  parameter MTVAL = 12'h343;\nendpackage\n")
	core := parse(t, "module csr_file (output logic [11:0] a, b);\n  import csr_pkg::*;\n  assign a = MTVAL;\n  assign b = MTVALL;\nendmodule\n")
	ws := nameWorkspace{{Path: "rtl/pkg/csr_v17_pkg.sv", File: v17}, {Path: "rtl/pkg/csr_v19_pkg.sv", File: v19}, {Path: "rtl/core/csr_file.sv", File: core}}
	if got, want := strings.Join(undeclaredWithSeverity(t, "rtl/core/csr_file.sv", core, ws), ", "), "MTVALL error"; got != want {
		t.Errorf("%q, want %q", got, want)
	}
}
