package rtl

import (
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

func testdataFiles(tb testing.TB) []string {
	return corpus.Files(tb, testdataDir, ".v", ".sv", ".svh", ".vh")
}

func TestTestdataParsesCleanly(t *testing.T) { corpus.CheckClean(t, Language(), testdataFiles(t)) }

func svFiles(tb testing.TB) []string { return corpus.Files(tb, svDir, ".sv", ".svh") }

// TestSVCorpusParsesCleanly: the verification-side corpus has no ERROR or MISSING node.
func TestSVCorpusParsesCleanly(t *testing.T) { corpus.CheckClean(t, Language(), svFiles(t)) }

func TestQueries(t *testing.T) { corpus.CheckQueries(t, Language(), ".") }

// BenchmarkParse parses every file of the testdata corpus from scratch: MB/s and files/s.
func BenchmarkParse(b *testing.B) { corpus.BenchmarkParse(b, Language(), testdataFiles(b)) }

// BenchmarkParseSV is the same over testdata/sv (classes, constraints, assertions, UVM).
func BenchmarkParseSV(b *testing.B) { corpus.BenchmarkParse(b, Language(), svFiles(b)) }
