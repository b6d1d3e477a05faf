package rtl

import (
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/grammars/corpus"
)

const (
	testdataDir = "../../testdata/rtl/corpus"
	// svDir holds SystemVerilog per IEEE 1800-2017 clause, testbenches and UVM-style code.
	svDir = "../../testdata/sv"
)

func TestCorpus(t *testing.T) {
	corpus.Run(t, Language(), ".")
}

func TestBindingCarriesSourceHash(t *testing.T) { corpus.CheckSourceHash(t, ".") }

// src/ must be what the pinned CLI generates from grammar.js (skipped without the CLI).
func TestSourcesAreGenerated(t *testing.T) { corpus.CheckRegenerates(t, ".") }

func testdataFiles(tb testing.TB) []string {
	return corpus.Files(tb, testdataDir, ".v", ".sv", ".svh", ".vh")
}

func TestTestdataParsesCleanly(t *testing.T) { corpus.CheckClean(t, Language(), testdataFiles(t)) }

func svFiles(tb testing.TB) []string { return corpus.Files(tb, svDir, ".sv", ".svh") }

// TestSVCorpusParsesCleanly: the verification-side corpus has no ERROR or MISSING node.
func TestSVCorpusParsesCleanly(t *testing.T) { corpus.CheckClean(t, Language(), svFiles(t)) }

func TestQueries(t *testing.T) { corpus.CheckQueries(t, Language(), ".") }

// test/highlight holds files with tree-sitter-style highlight assertions in comments.
func TestHighlights(t *testing.T) { corpus.CheckHighlights(t, Language(), ".", "//") }

// BenchmarkParse parses every file of the testdata corpus from scratch: MB/s and files/s.
func BenchmarkParse(b *testing.B) { corpus.BenchmarkParse(b, Language(), testdataFiles(b)) }

// BenchmarkParseSV is the same over testdata/sv (classes, constraints, assertions, UVM).
func BenchmarkParseSV(b *testing.B) { corpus.BenchmarkParse(b, Language(), svFiles(b)) }

// TestPreprocessorEdges: what src/scanner.c decides at the edges of a file.
func TestPreprocessorEdges(t *testing.T) {
	clean := map[string]string{
		"define at the end of the file":   "`define W 8",
		"else branch never closed":        "`ifdef A\nmodule m; endmodule\n`else\nmodule broken(\n",
		"nested conditional in else":      "`ifdef A\nmodule m; endmodule\n`else\n`ifdef B\nx\n`endif\ny(\n`endif\n",
		"endif inside a skipped string":   "`ifdef A\nmodule m; endmodule\n`else\n\"`endif\" (\n`endif\n",
		"raw macro arguments":             "module m; `M(a b, {c;}) `N(x |-> y) endmodule\n",
		"blank before macro arguments":    "module m; initial `M ( 1 , , 3 ) endmodule\n",
		"define body right after params":  "`define max(a,b)((a) > (b) ? (a) : (b))\n",
		"define with default arguments":   "`define M(a = 5, b = \"B\", c) $display(a, b, c);\n",
		"uvm macros with and without ';'": "class c; task t(); `uvm_info(\"I\", \"m\", UVM_LOW) `uvm_info(\"I\", \"m\", UVM_LOW); endtask endclass\n",
		"a range as a macro argument":     "module m; covergroup cg; `DEF_CP(grs_cp, 19:15) endgroup endmodule\n",
	}
	for name, src := range clean {
		if ok, where := corpus.ParsesCleanly(Language(), []byte(src)); !ok {
			t.Errorf("%s: %s", name, where)
		}
	}
	// a '(' after a macro that is never closed: the grammar reports it, nothing hangs
	big := "module m;\n" + strings.Repeat("  `M(\n", 2000) + "endmodule\n"
	if ok, _ := corpus.ParsesCleanly(Language(), []byte(big)); ok {
		t.Error("unbalanced macro arguments parsed cleanly")
	}
}

// Every call returns the same language value: tables kept per language would otherwise
// grow by one with each parse (the soak's heap held thousands of symbol tables).
func TestLanguageIsOneValue(t *testing.T) {
	if Language() != Language() {
		t.Error("Language returns a new value per call")
	}
}
