package st

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/grammars/corpus"
)

const testdataDir = "../../testdata/st/corpus"

func TestCorpus(t *testing.T) {
	corpus.Run(t, Language(), ".")
}

// The reserved and contextual words are lexed by src/scanner.c; its two tables must list
// the grammar's `_kw_*` external tokens in the same order.
func TestScannerKeywordTable(t *testing.T) {
	data, err := os.ReadFile("src/grammar.json")
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		Externals []struct {
			Name string `json:"name"`
		} `json:"externals"`
	}
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, e := range g.Externals {
		if strings.HasPrefix(e.Name, "_kw_") {
			want = append(want, strings.TrimPrefix(e.Name, "_kw_"))
		}
	}
	src, err := os.ReadFile("src/scanner.c")
	if err != nil {
		t.Fatal(err)
	}
	body := string(src)
	// The scanner's token order: its reserved words, then its contextual words.
	var got []string
	reserved := 0 // where the second table starts
	for _, table := range []string{"RESERVED[] = {", "SOFT[] = {"} {
		start := strings.Index(body, table)
		if start < 0 {
			t.Fatalf("%s table not found in scanner.c", table)
		}
		end := strings.Index(body[start:], "};")
		for _, m := range regexp.MustCompile(`"([A-Z_]+)"`).FindAllStringSubmatch(body[start:start+end], -1) {
			got = append(got, m[1])
		}
		if reserved == 0 {
			reserved = len(got)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("scanner has %d keywords, grammar %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("keyword %d: scanner %q, grammar %q", i, got[i], want[i])
		}
		// Each table is sorted (the scanner searches it by bisection).
		if i > 0 && i != reserved && want[i-1] >= want[i] {
			t.Errorf("keywords not sorted at %q", want[i])
		}
	}
}

func TestBindingCarriesSourceHash(t *testing.T) { corpus.CheckSourceHash(t, ".") }

// src/ must be what the pinned CLI generates from grammar.js (skipped without the CLI).
func TestSourcesAreGenerated(t *testing.T) { corpus.CheckRegenerates(t, ".") }

func testdataFiles(tb testing.TB) []string {
	return corpus.Files(tb, testdataDir, ".st", ".scl", ".gvl", ".dut", ".pou", ".iec", ".exp")
}

func TestTestdataParsesCleanly(t *testing.T) { corpus.CheckClean(t, Language(), testdataFiles(t)) }

func TestQueries(t *testing.T) { corpus.CheckQueries(t, Language(), ".") }

// test/highlight holds files with tree-sitter-style highlight assertions in comments.
func TestHighlights(t *testing.T) { corpus.CheckHighlights(t, Language(), ".", "//") }

// BenchmarkParse parses every file of the testdata corpus from scratch: MB/s and files/s.
func BenchmarkParse(b *testing.B) { corpus.BenchmarkParse(b, Language(), testdataFiles(b)) }

// The Siemens corpus: TIA Portal sources (.scl blocks, .udt types, .db data blocks) and
// SIMATIC AX projects (.st), written for Gantry. Every file parses with no ERROR or
// MISSING node; the test prints the rate (`go test -v -run SiemensCorpus ./grammars/st/`).
func TestSiemensCorpusParsesCleanly(t *testing.T) {
	files := siemensFiles(t)
	clean, lines := 0, 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines += strings.Count(string(src), "\n")
		if ok, where := corpus.ParsesCleanly(Language(), src); ok {
			clean++
		} else {
			t.Errorf("%s: %s", f, where)
		}
	}
	t.Logf("Siemens corpus (TIA Portal SCL and SIMATIC AX): %d of %d files (%d lines) parse with no ERROR node: %.1f%%",
		clean, len(files), lines, 100*float64(clean)/float64(len(files)))
}

func siemensFiles(tb testing.TB) []string {
	files := corpus.Files(tb, "../../testdata/scl", ".scl", ".udt", ".db")
	return append(files, corpus.Files(tb, "../../testdata/ax", ".st")...)
}

// BenchmarkParseSiemens parses the Siemens corpus from scratch: MB/s and files/s.
func BenchmarkParseSiemens(b *testing.B) { corpus.BenchmarkParse(b, Language(), siemensFiles(b)) }

// Every call returns the same language value: tables kept per language would otherwise
// grow by one with each parse (the soak's heap held thousands of symbol tables).
func TestLanguageIsOneValue(t *testing.T) {
	if Language() != Language() {
		t.Error("Language returns a new value per call")
	}
}
