package rtl

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/rules/rulestest"
	"github.com/gantry-dev/gantry/codegen/syntax"
	rtlgrammar "github.com/gantry-dev/gantry/grammars/rtl"
)

func checker(pack *Pack, cfg *config.Config) rulestest.Checker {
	return func(path string, f *syntax.File) []rules.Finding {
		return pack.Check(context.Background(), codegen.CheckRequest{Path: path, File: f, Config: cfg}).Findings
	}
}

// TestRuleFixtures runs each rule's fixture (testdata/rules/<rule>.sv|.v) for that rule.
func TestRuleFixtures(t *testing.T) {
	pack := New()
	files, _ := filepath.Glob("testdata/rules/*")
	covered := map[string]bool{}
	for _, path := range files {
		base := filepath.Base(path)
		name := strings.TrimSuffix(base, filepath.Ext(base))
		name = strings.TrimSuffix(name, "-sv")
		id := "rtl/" + name
		covered[id] = true
		if n := syntaxErrors(t, path); n > 0 {
			// A fixture the grammar cannot read is a grammar regression, never a skip.
			t.Errorf("%s: %d syntax errors: the grammar no longer parses this fixture", path, n)
			continue
		}
		rulestest.Run(t, rtlgrammar.Language(), path, checker(pack, config.Default()), id)
	}
	for _, r := range pack.Rules() {
		if !covered[r.ID] {
			t.Errorf("rule %s has no fixture", r.ID)
		}
	}
}

// TestRuleDocs checks that every rule documents itself.
func TestRuleDocs(t *testing.T) { rulestest.CheckDocs(t, "rtl", New().Rules()) }

func syntaxErrors(t *testing.T, path string) int {
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := syntax.Parse(context.Background(), rtlgrammar.Language(), text)
	if err != nil {
		t.Fatal(err)
	}
	return syntax.Count(f.Root())
}

// TestInitialOffForFPGA: rtl/initial-in-synthesizable is off for FPGA targets unless
// configured.
func TestInitialOffForFPGA(t *testing.T) {
	text, _ := os.ReadFile("testdata/rules/initial-in-synthesizable.v")
	f, _ := syntax.Parse(context.Background(), rtlgrammar.Language(), text)
	count := func(cfg *config.Config) int {
		n := 0
		for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: "x.v", File: f, Config: cfg}).Findings {
			if fd.Rule == "rtl/initial-in-synthesizable" {
				n++
			}
		}
		return n
	}
	fpga := config.Default()
	SettingsOf(fpga).Target = "fpga"
	if n := count(fpga); n != 0 {
		t.Errorf("fpga: %d findings", n)
	}
	if n := count(config.Default()); n != 1 {
		t.Errorf("asic: %d findings, want 1", n)
	}
	fpga.Rules = map[string]string{"rtl/initial-in-synthesizable": "warning"}
	if n := count(fpga); n != 1 {
		t.Errorf("fpga with the rule enabled: %d findings, want 1", n)
	}
}

// TestLatchSeverity: a latch is an error in always_comb and a warning in always @*.
func TestLatchSeverity(t *testing.T) {
	text, _ := os.ReadFile("testdata/rules/latch-inferred.sv")
	f, _ := syntax.Parse(context.Background(), rtlgrammar.Language(), text)
	sev := map[int]rules.Severity{}
	for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: "l.sv", File: f, Config: config.Default()}).Findings {
		if fd.Rule == "rtl/latch-inferred" {
			sev[f.Lines.LineOf(fd.Start)+1] = fd.Severity
		}
	}
	if sev[2] != rules.Error || sev[5] != rules.Warning {
		t.Errorf("severities %v", sev)
	}
}

// TestSoftSeverities: findings that default to warning although their rule is an error —
// a latch on values an FSM never reaches, a variable written by two plain always blocks,
// a sole assign to a reg in Verilog-2005, two drivers or declarations in `ifdef branches of
// two macros, the root of an upward hierarchical name, a name read only in an `else branch
// a compile without +define+ takes — next to the error cases of the
// same rules.
func TestSoftSeverities(t *testing.T) {
	for _, c := range []struct {
		path, rule string
		want       map[int]rules.Severity
	}{
		{"testdata/rules/latch-inferred.sv", "rtl/latch-inferred", map[int]rules.Severity{2: rules.Error, 5: rules.Warning, 27: rules.Warning, 42: rules.Warning, 70: rules.Error, 112: rules.Warning, 292: rules.Warning, 299: rules.Error}},
		{"testdata/rules/multiple-drivers.sv", "rtl/multiple-drivers", map[int]rules.Severity{4: rules.Error, 8: rules.Error, 50: rules.Warning}},
		{"testdata/rules/continuous-assign-to-variable.v", "rtl/continuous-assign-to-variable", map[int]rules.Severity{3: rules.Warning, 4: rules.Warning}},
		{"testdata/rules/continuous-assign-to-variable-sv.sv", "rtl/continuous-assign-to-variable", map[int]rules.Severity{6: rules.Error, 15: rules.Warning}},
		{"testdata/rules/continuous-assign-to-variable-sv.sv", "rtl/multiple-drivers", map[int]rules.Severity{7: rules.Error, 18: rules.Warning}},
		{"testdata/rules/multiple-drivers.sv", "rtl/multiple-drivers", map[int]rules.Severity{128: rules.Warning, 132: rules.Error, 167: rules.Warning, 169: rules.Error, 205: rules.Warning, 209: rules.Error, 357: rules.Warning, 363: rules.Error}},
		{"testdata/rules/assign-to-input.sv", "rtl/assign-to-input", map[int]rules.Severity{2: rules.Error, 31: rules.Warning}},
		{"testdata/rules/procedural-assign-to-net.v", "rtl/procedural-assign-to-net", map[int]rules.Severity{43: rules.Warning, 46: rules.Error}},
		{"testdata/rules/combinational-loop.sv", "rtl/combinational-loop", map[int]rules.Severity{3: rules.Error, 124: rules.Warning}},
		{"testdata/rules/assertion-without-clock.sv", "rtl/assertion-without-clock", map[int]rules.Severity{52: rules.Warning, 54: rules.Error}},
		{"testdata/rules/loop-without-delay.sv", "rtl/loop-without-delay", map[int]rules.Severity{31: rules.Warning, 32: rules.Warning, 33: rules.Error}},
		{"testdata/rules/duplicate-declaration.sv", "rtl/duplicate-declaration", map[int]rules.Severity{42: rules.Warning, 53: rules.Warning, 57: rules.Error}},
		{"testdata/rules/undeclared-identifier.sv", "rtl/undeclared-identifier", map[int]rules.Severity{86: rules.Warning, 87: rules.Error, 210: rules.Warning, 214: rules.Error, 271: rules.Warning, 301: rules.Warning, 335: rules.Warning, 336: rules.Warning, 337: rules.Error}},
		{"testdata/rules/index-out-of-range.sv", "rtl/index-out-of-range", map[int]rules.Severity{3: rules.Warning, 4: rules.Warning, 5: rules.Warning, 9: rules.Error, 21: rules.Error, 31: rules.Error, 43: rules.Warning}},
	} {
		text, _ := os.ReadFile(c.path)
		f, _ := syntax.Parse(context.Background(), rtlgrammar.Language(), text)
		sev := map[int]rules.Severity{}
		for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: c.path, File: f, Config: config.Default()}).Findings {
			if fd.Rule == c.rule {
				sev[f.Lines.LineOf(fd.Start)+1] = fd.Severity
			}
		}
		for line, want := range c.want {
			if sev[line] != want {
				t.Errorf("%s:%d: %s severity %v, want %v", c.path, line, c.rule, sev[line], want)
			}
		}
	}
}

// TestDisplayStaysWarning: $display in design code is a warning of the style category,
// so that holding model code one severity stricter (correctness warnings count as
// errors) never turns a debug print into a dropped candidate; $random next to it stays a
// correctness finding.
func TestDisplayStaysWarning(t *testing.T) {
	src := "module d (input logic clk, input logic [7:0] a, output logic [7:0] q);\n" +
		"  always_ff @(posedge clk) begin\n    $display(\"a=%0d\", a);\n    q <= a ^ $random;\n  end\nendmodule\n"
	f, err := syntax.Parse(context.Background(), rtlgrammar.Language(), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]rules.Severity{}
	for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: "d.sv", File: f, Config: config.Default()}).Findings {
		got[fd.Rule] = fd.Severity
	}
	if got["rtl/display-in-synthesizable"] != rules.Warning || got["rtl/sim-only-construct"] != rules.Warning {
		t.Errorf("severities %v", got)
	}
	for _, r := range New().Rules() {
		if r.ID == "rtl/display-in-synthesizable" && r.Category != rules.Style {
			t.Errorf("%s is in category %s, want style", r.ID, r.Category)
		}
	}
}

// TestIncludedFragment: a file that another file includes uses the names of the file
// including it, so it gets no undeclared-name errors; checked alone, it does.
func TestIncludedFragment(t *testing.T) {
	frag := "assign y = a & b;\n"
	top := "module top (input logic a, b, output logic y);\n  `include \"frag.sv\"\nendmodule\n"
	parseOne := func(s string) *syntax.File { return parse(t, s) }
	ff, tf := parseOne(frag), parseOne(top)
	count := func(ws codegen.Workspace) int {
		n := 0
		for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: "rtl/frag.sv", File: ff, Config: config.Default(), Workspace: ws}).Findings {
			if fd.Rule == "rtl/undeclared-identifier" {
				n++
			}
		}
		return n
	}
	if n := count(memWorkspace{{Path: "rtl/top.sv", File: tf}, {Path: "rtl/frag.sv", File: ff}}); n != 0 {
		t.Errorf("included fragment: %d undeclared-name findings", n)
	}
	if n := count(nil); n == 0 {
		t.Errorf("the fragment alone: no undeclared-name finding")
	}
}

// TestFixturesCleanOfEveryRule: each fixture, checked with every rule on, raises no error
// that its `want` markers do not name — the clean part of a fixture stays clean of every
// rule, not only of the one it is named after.
func TestFixturesCleanOfEveryRule(t *testing.T) {
	check := checker(New(), config.Default())
	files, _ := filepath.Glob("testdata/rules/*")
	for _, path := range files {
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f, err := syntax.Parse(context.Background(), rtlgrammar.Language(), text)
		if err != nil {
			t.Fatal(err)
		}
		for _, problem := range rulestest.Unmarked(f, check(path, f), rules.Error) {
			t.Errorf("%s:%s", path, problem)
		}
	}
}

// TestNearestDefinitionOfDuplicateModule: a project holding two modules of one name (a
// core's alu and an example's smaller alu in another folder) checks an instance against the
// one in the instantiating file's own folder, whichever the workspace lists first.
func TestNearestDefinitionOfDuplicateModule(t *testing.T) {
	parseOne := func(s string) *syntax.File { return parse(t, s) }
	core := parseOne("module alu #(parameter int W = 8) (input logic [W-1:0] a, b, output logic [W-1:0] y, input logic sub);\n  assign y = sub ? a - b : a + b;\nendmodule\n")
	example := parseOne("module alu (input logic [7:0] a, b, output logic [7:0] y);\n  assign y = a + b;\nendmodule\n")
	top := parseOne("module dp (input logic [7:0] a, b, output logic [7:0] y, input logic sub);\n  alu #(8) u (a, b, y, sub);\nendmodule\n")
	for _, ws := range []memWorkspace{
		{{Path: "proj/examples/alu.sv", File: example}, {Path: "proj/src/core/alu.sv", File: core}, {Path: "proj/src/core/dp.sv", File: top}},
		{{Path: "proj/src/core/alu.sv", File: core}, {Path: "proj/examples/alu.sv", File: example}, {Path: "proj/src/core/dp.sv", File: top}},
	} {
		for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: "proj/src/core/dp.sv", File: top, Config: config.Default(), Workspace: ws}).Findings {
			if fd.Severity == rules.Error {
				t.Errorf("%s listed first: %s: %s", ws[0].Path, fd.Rule, fd.Message)
			}
		}
	}
}

// TestOwnCheckerShadowsOtherFilesModule: a file that declares a checker and instantiates
// it is not judged against a module of the same name in another file of the project.
func TestOwnCheckerShadowsOtherFilesModule(t *testing.T) {
	stub := parse(t, "module grant_chk;\nendmodule\n")
	own := parse(t, "module arb (input logic ck, input logic [1:0] gnt);\n  grant_chk g (gnt, ck);\nendmodule\nchecker grant_chk (logic [1:0] v, event ev);\n  a1: assert property (@ev $onehot0(v));\nendchecker\n")
	ws := memWorkspace{{Path: "lib/stub.sv", File: stub}, {Path: "lib/arb.sv", File: own}}
	for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: "lib/arb.sv", File: own, Config: config.Default(), Workspace: ws}).Findings {
		if fd.Severity == rules.Error {
			t.Errorf("%s: %s", fd.Rule, fd.Message)
		}
	}
}

// declWorkspace finds files by the modules they declare, as a project index does.
type declWorkspace memWorkspace

func (w declWorkspace) Files(context.Context, string) []codegen.WorkspaceFile { return w }
func (w declWorkspace) Refresh(context.Context) bool                          { return false }
func (w declWorkspace) Declaring(_ context.Context, _, name string) []codegen.WorkspaceFile {
	var out []codegen.WorkspaceFile
	for _, f := range w {
		if strings.Contains(string(f.File.Bytes()), "module "+name+" ") {
			out = append(out, f)
		}
	}
	return out
}

// TestPortOfAnUnreadCopyIsAWarning: a course's tree with a `dut` per chapter (more copies
// than the lazy index reads, ManyDeclarers) and a testbench whose file list compiles another
// chapter's copy than the nearest: a port the nearest copy lacks is a warning, as Gantry did
// not read the others; with every copy read it stays an error.
func TestPortOfAnUnreadCopyIsAWarning(t *testing.T) {
	wide := "module dut (input logic clk, input logic [7:0] rx_byte, output logic [7:0] tx_byte);\n  always_ff @(posedge clk) tx_byte <= rx_byte;\nendmodule\n"
	split := "module dut (input logic clk, input logic [7:0] rx_byte0, output logic [7:0] tx_byte0);\n  always_ff @(posedge clk) tx_byte0 <= rx_byte0;\nendmodule\n"
	tb := parse(t, "module tb;\n  logic clk;\n  logic [7:0] r, x;\n  dut u_dut (.clk(clk), .rx_byte(r), .tx_byte(x));\nendmodule\n")
	var ws declWorkspace
	for _, ch := range []string{"c1", "c2", "c3", "c4"} {
		ws = append(ws, codegen.WorkspaceFile{Path: "course/" + ch + "/dut/dut.sv", File: parse(t, wide)})
	}
	ws = append(ws, codegen.WorkspaceFile{Path: "course/c6/lab/dut/dut.sv", File: parse(t, split)})
	ws = append(ws, codegen.WorkspaceFile{Path: "course/c6/lab/s2/tb.sv", File: tb})
	check := func(ws declWorkspace) (errors, warnings int) {
		for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: "course/c6/lab/s2/tb.sv", File: tb, Config: config.Default(), Workspace: ws}).Findings {
			if fd.Rule != "rtl/port-connection-mismatch" {
				continue
			}
			if fd.Severity == rules.Error {
				errors++
			} else {
				warnings++
			}
		}
		return errors, warnings
	}
	if e, w := check(ws); e != 0 || w == 0 {
		t.Errorf("nearest of five copies read: %d errors, %d warnings; want warnings only", e, w)
	}
	if e, _ := check(ws[4:]); e == 0 {
		t.Errorf("the only copy lacks the ports: want errors")
	}
	// a testbench that defines the module itself uses that one, however many copies there are
	own := parse(t, split+"module tb2;\n  logic [7:0] r;\n  dut u_dut (.clk(1'b0), .rx_byte(r));\nendmodule\n")
	ownWS := append(append(declWorkspace{}, ws[:5]...), codegen.WorkspaceFile{Path: "course/c6/lab/s2/tb2.sv", File: own},
		codegen.WorkspaceFile{Path: "course/c6/lab/s2/other_dut.sv", File: parse(t, wide)})
	found := false
	for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: "course/c6/lab/s2/tb2.sv", File: own, Config: config.Default(), Workspace: ownWS}).Findings {
		found = found || fd.Rule == "rtl/port-connection-mismatch" && fd.Severity == rules.Error
	}
	if !found {
		t.Errorf("the file's own dut lacks rx_byte: want an error")
	}
}

// TestUnreadHeaderLeavesPortsOpen: `module m (.*);` takes its ports from an extern header
// (IEEE 1800-2017 23.5) that Gantry does not merge in: the header list holds an ERROR, and
// connections to m are not counted against the none it could read.
func TestUnreadHeaderLeavesPortsOpen(t *testing.T) {
	src := "extern module acc8 #(parameter int W = 8) (input logic [W-1:0] d, output logic [W-1:0] q);\n" +
		"module acc8 (.*);\n  assign q = d;\nendmodule\n" +
		"module acc_top (input logic [7:0] a, output logic [7:0] b);\n  acc8 #(.W(8)) u_acc (.d(a), .q(b));\n  acc8 u_ord (a, b);\nendmodule\n"
	f := parse(t, src)
	for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: "acc.sv", File: f, Config: config.Default()}).Findings {
		if fd.Rule == "rtl/port-connection-mismatch" || fd.Rule == "rtl/parameter-override-unknown" {
			t.Errorf("%s: %s", fd.Rule, fd.Message)
		}
	}
}

// TestIncludeInHeaderLeavesPortsOpen: a module whose header goes on in an included file
// (`module m` then `include "m_ports.svh"`, or an `include among its parameters, as
// BaseJump's manycore links write) has parameters and ports its text does not show; an
// `include after the header's semicolon leaves the header as written.
func TestIncludeInHeaderLeavesPortsOpen(t *testing.T) {
	src := "module link_nw\n`include \"link_ports.svh\"\nendmodule\n" +
		"module link_sw (input logic clk_i);\n`include \"link_body.svh\"\nendmodule\n" +
		"module link_top (input logic clk);\n" +
		"  link_nw #(.depth_p(4)) u_nw (.clk_i(clk), .reset_i(1'b0));\n" +
		"  link_ne #(.E(0), .depth_p(4)) u_ne (.clk_i(clk));\n" +
		"  link_sw #(.depth_p(4)) u_sw (.clk_i(clk), .reset_i(1'b0));\nendmodule\n" +
		"module link_ne #(parameter int E = 1\n`include \"link_ports.svh\"\nendmodule\n"
	f := parse(t, src)
	var got []string
	for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: "link.sv", File: f, Config: config.Default()}).Findings {
		if fd.Rule == "rtl/port-connection-mismatch" || fd.Rule == "rtl/parameter-override-unknown" {
			got = append(got, fmt.Sprintf("%d %s", f.Lines.LineOf(fd.Start)+1, fd.Message))
		}
	}
	want := []string{"10 link_sw has no parameter depth_p", "10 link_sw has no port reset_i"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestInstanceNamedAsItsModule: an instance named as its module (`alu #(8) alu (…)`) still
// takes the module's definition into the index that finds files by name; otherwise only an
// example's alu, in a file the index reads for another module, would be known.
func TestInstanceNamedAsItsModule(t *testing.T) {
	parseOne := func(s string) *syntax.File { return parse(t, s) }
	core := parseOne("module alu #(parameter int W = 8) (input logic [W-1:0] a, b, output logic [W-1:0] y, input logic sub);\n  assign y = sub ? a - b : a + b;\nendmodule\n")
	rf := parseOne("module regs (input logic [7:0] d, output logic [7:0] q);\n  assign q = d;\nendmodule\n")
	example := parseOne("module regs (input logic [7:0] d, output logic [7:0] q);\n  assign q = d;\nendmodule\nmodule alu (input logic [7:0] a, b, output logic [7:0] y);\n  assign y = a + b;\nendmodule\n")
	top := parseOne("module dp (input logic [7:0] a, b, output logic [7:0] y, q, input logic sub);\n  regs r (a, q);\n  alu #(8) alu (a, b, y, sub);\nendmodule\n")
	ws := declWorkspace{{Path: "proj/examples/single.sv", File: example}, {Path: "proj/src/alu.sv", File: core},
		{Path: "proj/src/regs.sv", File: rf}, {Path: "proj/src/dp.sv", File: top}}
	for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: "proj/src/dp.sv", File: top, Config: config.Default(), Workspace: ws}).Findings {
		if fd.Severity == rules.Error {
			t.Errorf("%s: %s", fd.Rule, fd.Message)
		}
	}
}

// TestProgramIsAUnit: a program block is a design unit with ports (IEEE 1800-2017 24.3): an
// instance of it is matched to its ports, not to a module of the same name elsewhere in the
// project (BaseJump's test folders each have a testbench, one of them a program).
func TestProgramIsAUnit(t *testing.T) {
	other := parse(t, "module tb (input logic x);\nendmodule\n")
	prog := parse(t, "program tb (input logic clk_i, output logic done_o);\n  initial begin\n    @(posedge clk_i);\n    done_o = 1'b1;\n  end\nendprogram\n")
	top := parse(t, "module top;\n  logic clk = 1'b0, done;\n  always #5 clk = ~clk;\n  tb u_tb (.clk_i(clk), .done_o(done));\nendmodule\n")
	ws := memWorkspace{{Path: "proj/tests/a/tb.sv", File: other}, {Path: "proj/tests/b/tb.sv", File: prog}, {Path: "proj/tests/b/top.sv", File: top}}
	for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: "proj/tests/b/top.sv", File: top, Config: config.Default(), Workspace: ws}).Findings {
		if fd.Severity == rules.Error {
			t.Errorf("%s: %s", fd.Rule, fd.Message)
		}
	}
}

// TestCallCutShortByAnError: a call whose argument list error recovery ends early (no
// closing parenthesis, `f(a, ;` while typing) is checked without the rule stopping.
func TestCallCutShortByAnError(t *testing.T) {
	src := "module m (input logic a, output logic y);\n  function automatic logic f(input logic x, input logic z = 0);\n    return x;\n  endfunction\n  assign y = f(a, ;\nendmodule\n"
	f := parse(t, src)
	for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: "m.sv", File: f, Config: config.Default()}).Findings {
		if strings.Contains(fd.Message, "internal error") {
			t.Errorf("%s: %s", fd.Rule, fd.Message)
		}
	}
}

// countTBFindings checks the testbench tb (bench/tb.v) in ws and counts the findings keep
// accepts.
func countTBFindings(tb *syntax.File, ws declWorkspace, keep func(rules.Finding) bool) (n int) {
	for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: "bench/tb.v", File: tb, Config: config.Default(), Workspace: ws}).Findings {
		if keep(fd) {
			n++
		}
	}
	return n
}

// TestPositionalPortOfAnotherCopy: an ordered connection past the ports of the first
// definition found is no error when another definition of the module has a port in that
// place (a project's older copy of a core kept beside the one it compiles, the newer with
// one port more), as a named connection is none when another definition has that port;
// with the shorter copy alone it stays an error.
func TestPositionalPortOfAnotherCopy(t *testing.T) {
	short := "module ser (clk, d, q);\n  input clk, d;\n  output reg q;\n  always @(posedge clk) q <= d;\nendmodule\n"
	long := "module ser (clk, d, q, busy);\n  input clk, d;\n  output reg q;\n  output busy;\n  assign busy = 1'b0;\n  always @(posedge clk) q <= d;\nendmodule\n"
	tb := parse(t, "module tb;\n  reg clk, d;\n  wire q, busy;\n  ser u_ser (clk, d, q, busy);\nendmodule\n")
	ws := declWorkspace{
		{Path: "rtl/src-old/ser.v", File: parse(t, short)},
		{Path: "rtl/src/ser.v", File: parse(t, long)},
		{Path: "bench/tb.v", File: tb},
	}
	check := func(ws declWorkspace) int {
		return countTBFindings(tb, ws, func(fd rules.Finding) bool {
			return fd.Rule == "rtl/port-connection-mismatch" && fd.Severity == rules.Error
		})
	}
	if n := check(ws); n != 0 {
		t.Errorf("the newer copy has a fourth port: %d errors, want none", n)
	}
	if n := check(declWorkspace{ws[0], ws[2]}); n == 0 {
		t.Errorf("the only copy has three ports: want an error for the fourth connection")
	}
}

// TestPositionalDirectionOfTiedCopies: where two definitions of a module lie as near the
// testbench as each other and put ports of different directions at an ordered
// connection's place (an older copy with an output where the newer has an input), which one drives
// the signal is not known: no multiple-drivers error; with the older copy alone, its output
// there and the testbench's own assign are two drivers.
func TestPositionalDirectionOfTiedCopies(t *testing.T) {
	older := "module blk (clk, q, flag, irq);\n  input clk;\n  output reg q;\n  output flag, irq;\n  assign flag = ~q;\n  assign irq = q;\n  always @(posedge clk) q <= ~q;\nendmodule\n"
	newer := "module blk (clk, q, sel, irq);\n  input clk;\n  output reg q;\n  input sel;\n  output irq;\n  assign irq = q & sel;\n  always @(posedge clk) q <= ~q;\nendmodule\n"
	tb := parse(t, "module tb;\n  reg clk;\n  wire q, sel, irq;\n  assign sel = ~clk;\n  blk u_blk (clk, q, sel, irq);\nendmodule\n")
	ws := declWorkspace{
		{Path: "rtl/blk-old/blk.v", File: parse(t, older)},
		{Path: "rtl/blk/blk.v", File: parse(t, newer)},
		{Path: "bench/tb.v", File: tb},
	}
	check := func(ws declWorkspace) int {
		return countTBFindings(tb, ws, func(fd rules.Finding) bool { return fd.Rule == "rtl/multiple-drivers" })
	}
	if n := check(ws); n != 0 {
		t.Errorf("the copies disagree on the third port's direction: %d multiple-drivers findings, want none", n)
	}
	if n := check(declWorkspace{ws[0], ws[2]}); n == 0 {
		t.Errorf("the older copy alone drives sel from its second output: want a multiple-drivers finding")
	}
}
