package rtl

import (
	"context"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
)

// A document above codegen.WindowedAbove is checked unit by unit, each unit parsed alone:
// the imports written at the file's top level between the units (after a package, before
// the interface that uses it) still apply to the units below them (IEEE 1800-2017 26.3),
// and a name no import brings stays undeclared.
func TestFileImportsAboveAUnitOfALargeDocument(t *testing.T) {
	var b strings.Builder
	b.WriteString("package bus_pkg;\n  typedef enum logic [1:0] {OKAY, SLVERR} resp_e;\n  localparam int DW = 32;\nendpackage\n\n")
	b.WriteString("import bus_pkg::*;\n\n")
	b.WriteString("interface bus_if (input logic clk);\n  resp_e resp;\n  logic [DW-1:0] data;\n  assign data = resp == OKAY ? '0 : '1;\n  logic q;\n  assign q = undeclared_in_bus;\nendinterface\n\n")
	// filler units push the document over the size above which it is kept as text
	for i := 0; b.Len() <= codegen.WindowedAbove; i++ {
		b.WriteString("module filler_")
		b.WriteString(strings.Repeat("x", 40))
		b.WriteString("_" + string(rune('a'+i%26)) + strings.Repeat("0", i/26%5) + " (input logic a, output logic y);\n")
		for j := 0; j < 200; j++ {
			b.WriteString("  // filler text to make the document large enough to be checked unit by unit\n")
		}
		b.WriteString("  assign y = a;\nendmodule\n\n")
	}
	src := b.String()
	p := New()
	f, err := codegen.Parse(context.Background(), p, "vip/bus.sv", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if f.HasTree() {
		t.Fatalf("a %d-byte document should be kept as text", len(src))
	}
	_, res := p.DiagnoseText(context.Background(), codegen.CheckRequest{Path: "vip/bus.sv", File: f, Config: config.Default()})
	var got []string
	for _, fd := range res.Findings {
		if fd.Rule == ruleUndeclared.ID {
			got = append(got, src[fd.Start:fd.End])
		}
	}
	if strings.Join(got, " ") != "undeclared_in_bus" {
		t.Errorf("undeclared names %q, want undeclared_in_bus alone (resp_e, DW and OKAY come from the file-level import)", got)
	}
}

func TestScanTopImports(t *testing.T) {
	src := "import a_pkg::*, b_pkg::W;\nimport \"DPI-C\" function int f();\nmodule m;\n  import c_pkg::*;\nendmodule\n" +
		"package p;\n  import d_pkg::*;\nendpackage\n`ifdef X\nimport e_pkg::T;\n`endif\n"
	var got []string
	for _, im := range scanTopImports([]byte(src)) {
		got = append(got, im.Package+"::"+im.Name)
	}
	if strings.Join(got, " ") != "a_pkg::* b_pkg::W e_pkg::T" {
		t.Errorf("file-level imports %q", got)
	}
}
