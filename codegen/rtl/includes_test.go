package rtl

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/syntax"
	rtlgrammar "github.com/gantry-dev/gantry/grammars/rtl"
)

// projectFiles is a workspace with no files of its own that lists a project's filelists.
type projectFiles []string

func (projectFiles) Files(context.Context, string) []codegen.WorkspaceFile { return nil }
func (p projectFiles) ProjectFiles(ext string) []string {
	if ext == ".f" {
		return p
	}
	return nil
}

// TestIncludedNamesAreDeclared: names an included header declares (behind an include
// guard, through a nested include, or found through a filelist's +incdir+) count as
// declared, and the file's other names are still checked; a file whose include is not
// found is not judged.
func TestIncludedNamesAreDeclared(t *testing.T) {
	write := writer(t, t.TempDir())
	write("inc/defs.svh", "`ifndef DEFS_SVH\n`define DEFS_SVH\n`include \"widths.svh\"\ntypedef logic [W-1:0] byte_t;\nlocalparam int DEPTH = 4;\n`endif\n")
	write("inc/widths.svh", "localparam int W = 8;\n")
	body := "module top (input byte_t a, output byte_t y);\n  assign y = a + DEPTH + W + missing_name;\nendmodule\n"
	local := write("inc/local.sv", "`include \"defs.svh\"\n"+body)
	viaIncdir := write("rtl/top.sv", "`include \"defs.svh\"\n"+body)
	filelist := write("files.f", "+incdir+inc\nrtl/top.sv\n")
	unknown := write("rtl/other.sv", "`include \"nowhere.svh\"\n"+body)

	undeclared := func(path string, ws codegen.Workspace) []string { return undeclaredIn(t, path, ws) }
	want := []string{"missing_name is not declared"}
	if got := undeclared(local, nil); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("include next to the file: %v, want %v", got, want)
	}
	if got := undeclared(viaIncdir, projectFiles{filelist}); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("include through +incdir+: %v, want %v", got, want)
	}
	if got := undeclared(viaIncdir, nil); len(got) != 0 {
		t.Errorf("without the filelist the include is not found, so nothing is judged: %v", got)
	}
	if got := undeclared(unknown, projectFiles{filelist}); len(got) != 0 {
		t.Errorf("an include found nowhere: %v", got)
	}
}

// projectSources is a workspace that lists the project's Verilog files by path.
type projectSources []string

func (projectSources) Files(context.Context, string) []codegen.WorkspaceFile { return nil }
func (p projectSources) SourcePaths(lang string) []string {
	if lang == "rtl" {
		return p
	}
	return nil
}

// TestIncludesFoundByNameOrFenced: an include none of the file's folders holds is the one
// file of the project so named (a header in the source tree's top folder that a build
// script passes with +incdir+); with two of that name it stays not found. An include not
// found inside a conditional (`ifdef FORMAL … `endif, a flow's properties Gantry does not
// have) leaves only that conditional unjudged: the rest of the file is checked.
func TestIncludesFoundByNameOrFenced(t *testing.T) {
	write := writer(t, t.TempDir())
	defs := write("src/bus_defs.vh", "localparam ADDR_W = 12;\n")
	body := "module regs (input [ADDR_W-1:0] a, output y);\n  assign y = |a & missing_name;\nendmodule\n"
	top := write("src/slave/regs.v", "`include \"bus_defs.vh\"\n"+body)
	fenced := write("src/slave/gcd.sv", "module gcd (input clk, input [7:0] a, output [7:0] y);\n"+
		"`ifdef FORMAL\n`include \"props.sv\"\n  assign probe = from_props;\n`endif\n"+
		"  assign y = a + missing_name;\nendmodule\n")
	check := func(path string, ws codegen.Workspace) []string { return undeclaredIn(t, path, ws) }
	want := "missing_name is not declared"
	if got := check(top, projectSources{defs, top}); strings.Join(got, "|") != want {
		t.Errorf("header found by its name in the project: %v, want [%s]", got, want)
	}
	other := write("old/bus_defs.vh", "localparam ADDR_W = 16;\n")
	if got := check(top, projectSources{defs, other, top}); len(got) != 0 {
		t.Errorf("two headers of that name: the include is not found, nothing is judged: %v", got)
	}
	if got := check(fenced, nil); strings.Join(got, "|") != want {
		t.Errorf("an include not found inside `ifdef FORMAL: %v, want [%s] (from_props unjudged)", got, want)
	}
}

// projectTree is a workspace that lists both the project's Verilog files and its filelists.
type projectTree struct {
	projectSources
	lists projectFiles
}

func (p projectTree) ProjectFiles(ext string) []string { return p.lists.ProjectFiles(ext) }

// TestIncludeInABranchNoBuildTakes: a core's configuration header that includes a custom
// header only under a macro nothing in the project defines (`ifdef CORE_CUSTOM, set by the
// vendor's SDK) does not leave its includers unjudged when that custom header is absent: a
// misspelt signal is reported. When the checked file, another file of the project or a
// filelist's +define+ defines the macro, the branch may be built and the file's names are
// not judged, as with any include not found.
func TestIncludeInABranchNoBuildTakes(t *testing.T) {
	write := writer(t, t.TempDir())
	header := write("src/includes/core_cfg.svh", "`ifndef CORE_CFG_SVH\n`define CORE_CFG_SVH\n"+
		"`ifdef CORE_CUSTOM\n  `include \"core_custom.svh\"\n`endif\n"+
		"`ifndef CORE_CFG_SVH\n  `include \"never_read.svh\"\n`endif\n"+
		"localparam int XLEN = 32;\n`endif\n")
	body := "module shifter (input logic [XLEN-1:0] d, output logic q);\n  logic [XLEN-1:0] stage;\n  assign stage = d;\n  assign q = stage_q[0];\nendmodule\n"
	file := write("src/core/shifter.sv", "`include \"core_cfg.svh\"\n"+body)
	want := "stage_q is not declared"
	if got := undeclaredIn(t, file, projectSources{header, file}); strings.Join(got, "|") != want {
		t.Errorf("custom header under a macro nothing defines: %v, want [%s]", got, want)
	}
	sdk := write("sdk/defines.svh", "`define CORE_CUSTOM\n")
	if got := undeclaredIn(t, file, projectSources{header, file, sdk}); len(got) != 0 {
		t.Errorf("a project file defines the macro: the custom header may be read, nothing is judged: %v", got)
	}
	list := write("build.f", "+define+FPGA+CORE_CUSTOM\n+incdir+src/includes\nsrc/core/shifter.sv\n")
	if got := undeclaredIn(t, file, projectTree{projectSources{header, file}, projectFiles{list}}); len(got) != 0 {
		t.Errorf("a filelist defines the macro: nothing is judged: %v", got)
	}
	own := write("src/core/shifter_custom.sv", "`define CORE_CUSTOM\n`include \"core_cfg.svh\"\n"+body)
	if got := undeclaredIn(t, own, projectSources{header, own}); len(got) != 0 {
		t.Errorf("the checked file defines the macro: nothing is judged: %v", got)
	}
}

// writer returns a function writing a file under dir (its folders made) and returning its
// path.
func writer(t *testing.T, dir string) func(name, text string) string {
	return func(name, text string) string {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
}

// undeclaredIn checks the file at path in workspace ws and returns the messages of its
// rtl/undeclared-identifier findings.
func undeclaredIn(t *testing.T, path string, ws codegen.Workspace) []string {
	t.Helper()
	text, _ := os.ReadFile(path)
	f, err := syntax.Parse(context.Background(), rtlgrammar.Language(), text)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: path, File: f, Config: config.Default(), Workspace: ws}).Findings {
		if fd.Rule == "rtl/undeclared-identifier" {
			out = append(out, fd.Message)
		}
	}
	return out
}

// TestItemMacrosFromAnIncludedHeader: a module whose items are macros an included header
// defines (an assertion header's static check declaring `localparam int name`, a flop
// macro declaring its name argument with _q pasted on) is judged: the names the expansions can declare count as
// declared, among them the pasted ones, and a misspelt signal next to them is reported.
// A macro no file of the project defines, or one whose body uses such a macro, may declare
// any name: the module is not judged.
func TestItemMacrosFromAnIncludedHeader(t *testing.T) {
	write := writer(t, t.TempDir())
	write("inc/checks.svh", "`define STATIC_CHECK(__n, __p) \\\n  localparam int __n = (__p) ? 1 : 2;\n"+
		"`define REG_Q(__n, __d, __clk = clk) \\\n  logic [7:0] __n``_q; \\\n  always_ff @(posedge __clk) __n``_q <= __d;\n"+
		"`define LOG_ERR(__m) \\\n`ifdef SIM \\\n  `vendor_report(__m) \\\n`endif\n"+
		"`define STAGE(__d, __n) \\\n  logic [7:0] stage``__n; \\\n  always_ff @(posedge clk) stage``__n <= __d;\n")
	// an argument after a comma and a blank pastes without the blank: `STAGE(d, 2) declares stage2
	body := "module cnt (input logic clk, input logic [7:0] d, output logic [7:0] y);\n" +
		"  `STATIC_CHECK(DepthOk, 1)\n  `REG_Q(cnt, d)\n  `STAGE(d, 2)\n" +
		"  assign y = cnt_q + DepthOk + cnt_qq + stage2;\nendmodule\n"
	judged := write("inc/cnt.sv", "`include \"checks.svh\"\n"+body)
	vendor := write("inc/vendor.sv", "`include \"checks.svh\"\n"+strings.Replace(body, "endmodule", "  `LOG_ERR(\"x\")\nendmodule", 1))
	want := "cnt_qq is not declared"
	if got := undeclaredIn(t, judged, nil); strings.Join(got, "|") != want {
		t.Errorf("macros of an included header: %v, want [%s]", got, want)
	}
	if got := undeclaredIn(t, vendor, nil); len(got) != 0 {
		t.Errorf("a macro whose body uses one defined nowhere: %v, want nothing judged", got)
	}
}

// TestIncludedParameterAndPortLists: a header holding a module's parameter list or port
// list, included between the header's parentheses (`module apb #(`include
// "apb_params.vh") (…)`), does not parse alone; read in that place, its parameters and
// ports are the module's names, so the module's own names are judged.
func TestIncludedParameterAndPortLists(t *testing.T) {
	write := writer(t, t.TempDir())
	write("soc/apb_params.vh", "parameter SLV_NUM = 4,\nparameter [31:0] BASE = 32'h5000_0000\n")
	write("soc/apb_ports.vh", "input wire clk,\ninput wire [SLV_NUM-1:0] psel,\noutput wire pready\n")
	top := write("soc/apb.v", "module apb #(\n`include \"apb_params.vh\"\n) (\n`include \"apb_ports.vh\"\n);\n"+
		"  assign pready = |(psel[SLV_NUM-1:0]) & (BASE != 0) & psel_missing;\nendmodule\n")
	if got, want := strings.Join(undeclaredIn(t, top, nil), "|"), "psel_missing is not declared"; got != want {
		t.Errorf("undeclared: %q, want %q", got, want)
	}
}

// TestUndeclaredInAnIfdefNothingDefines: Gantry reads the first branch of `ifdef M; a name
// undeclared there, where no file or filelist of the project defines M, is read only by a
// compile with +define+M on its command line: a warning naming the macro. Where a file of
// the project defines M, or outside the branch, it stays an error.
func TestUndeclaredInAnIfdefNothingDefines(t *testing.T) {
	write := writer(t, t.TempDir())
	body := "module ram_wrap (input wire clk, input wire we_i, output wire q);\n" +
		"`ifdef VENDOR_RAM\n  vendor_ram u_ram (.clk(clk), .web(~we), .q(q));\n`else\n  assign q = we_i & miss_a;\n`endif\n" +
		"`ifdef ASIC_RAM\n  assign q = ~we_b;\n`endif\nendmodule\n"
	ram := write("rtl/ram_wrap.v", body)
	write("rtl/vendor_ram.v", "module vendor_ram (input wire clk, input wire web, output wire q);\n  assign q = web & clk;\nendmodule\n")
	write("rtl/config.vh", "`define ASIC_RAM\n")
	sources := projectSources{ram, filepath.Join(filepath.Dir(ram), "vendor_ram.v"), filepath.Join(filepath.Dir(ram), "config.vh")}
	text, _ := os.ReadFile(ram)
	f, err := syntax.Parse(context.Background(), rtlgrammar.Language(), text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: ram, File: f, Config: config.Default(), Workspace: sources}).Findings {
		if fd.Rule == "rtl/undeclared-identifier" {
			got = append(got, fd.Severity.String()+": "+fd.Message)
		}
	}
	want := []string{
		"warning: we is not declared, in the `ifdef VENDOR_RAM branch, which only a compile with +define+VENDOR_RAM reads (no file of the project defines it)",
		"error: we_b is not declared",
		"warning: miss_a is not declared where a compile without +define+ reads this branch",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("undeclared: %q, want %q", got, want)
	}
}

// TestImportsOfAnIncludedHeader: a package an included header imports at its top level
// is imported in the including file (a testbench's header with `import bus_pkg::*;`,
// included by each class file), so the package's names are declared there; other names
// are still checked.
func TestImportsOfAnIncludedHeader(t *testing.T) {
	write := writer(t, t.TempDir())
	pkg := write("pkg/bus_pkg.sv", "package bus_pkg;\n  typedef enum logic [1:0] {IDLE, BUSY, SEQ} trans_t;\nendpackage\n")
	write("tb/bus_hdr.sv", "`ifndef BUS_HDR\n`define BUS_HDR\n  typedef byte bytes_t[];\n`endif\nimport bus_pkg::*;\n")
	drv := write("tb/bus_drv.sv", "`include \"bus_hdr.sv\"\nmodule bus_drv (output logic [1:0] t);\n  assign t = bus_driven ? SEQ : IDLE;\nendmodule\n")
	read := func(path string) *syntax.File {
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return parse(t, string(text))
	}
	drvFile := read(drv)
	ws := nameWorkspace{{Path: pkg, File: read(pkg)}, {Path: drv, File: drvFile}}
	if got, want := strings.Join(undeclaredWithSeverity(t, drv, drvFile, ws), ", "), "bus_driven error"; got != want {
		t.Errorf("%q, want %q", got, want)
	}
}

// TestClassesFileLevelMacrosDeclare: a macro among a file's top-level items that declares
// a class by pasting its argument (UVM's `uvm_analysis_imp_decl(_expected)`) declares
// that class for the file's other units; a class no macro declares is still reported.
func TestClassesFileLevelMacrosDeclare(t *testing.T) {
	write := writer(t, t.TempDir())
	write("tb/imp_defs.svh", "`define IMP_DECL(SFX) \\\nclass port_imp``SFX #(type T = int); \\\n  function void put(T t); endfunction \\\nendclass\n")
	sb := write("tb/scoreboard.sv", "`include \"imp_defs.svh\"\n`IMP_DECL(_exp)\n\nclass scoreboard;\n  port_imp_exp #(int) exp_imp;\n  port_imp_act #(int) act_imp;\nendclass\n")
	if got, want := strings.Join(undeclaredIn(t, sb, nil), "|"), "type port_imp_act is not declared"; got != want {
		t.Errorf("%q, want %q", got, want)
	}
}
