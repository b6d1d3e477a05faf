package rtl

import (
	"testing"

	"github.com/gantry-dev/gantry/grammars/corpus"
)

const testdataDir = "../../testdata/rtl/corpus"

func TestCorpus(t *testing.T) {
	corpus.Run(t, Language(), ".")
}

func TestBindingCarriesSourceHash(t *testing.T) { corpus.CheckSourceHash(t, ".") }

func testdataFiles(tb testing.TB) []string {
	return corpus.Files(tb, testdataDir, ".v", ".sv", ".svh", ".vh")
}

func TestTestdataParsesCleanly(t *testing.T) { corpus.CheckClean(t, Language(), testdataFiles(t)) }

func TestQueries(t *testing.T) { corpus.CheckQueries(t, Language(), ".") }

// BenchmarkParse parses every file of the testdata corpus from scratch: MB/s and files/s.
func BenchmarkParse(b *testing.B) { corpus.BenchmarkParse(b, Language(), testdataFiles(b)) }
