package st

import (
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/grammars/corpus"
	sitter "github.com/smacker/go-tree-sitter"
)

const testdataDir = "../../testdata/st/corpus"

func TestCorpus(t *testing.T) {
	corpus.Run(t, Language(), ".")
}

func testdataFiles(t testing.TB) []string {
	var files []string
	err := filepath.WalkDir(testdataDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		switch strings.ToLower(filepath.Ext(path)) {
		case ".st", ".scl", ".gvl", ".dut", ".pou", ".iec", ".exp":
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no test data under %s", testdataDir)
	}
	return files
}

func TestTestdataParsesCleanly(t *testing.T) {
	for _, f := range testdataFiles(t) {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if ok, where := corpus.ParsesCleanly(Language(), src); !ok {
			t.Errorf("%s: %s", f, where)
		}
	}
}

func TestQueries(t *testing.T) {
	files, err := filepath.Glob("queries/*.scm")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no queries")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		q, err := sitter.NewQuery(src, Language())
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		q.Close()
	}
}

// The reserved words are lexed by src/scanner.c; its table must list the grammar's
// `_kw_*` external tokens in the same order.
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
	start := strings.Index(body, "RESERVED[] = {")
	end := strings.Index(body[start:], "};")
	if start < 0 || end < 0 {
		t.Fatal("RESERVED table not found in scanner.c")
	}
	got := regexp.MustCompile(`"([A-Z_]+)"`).FindAllStringSubmatch(body[start:start+end], -1)
	if len(got) != len(want) {
		t.Fatalf("scanner has %d reserved words, grammar %d", len(got), len(want))
	}
	for i := range want {
		if got[i][1] != want[i] {
			t.Errorf("reserved word %d: scanner %q, grammar %q", i, got[i][1], want[i])
		}
		if i > 0 && want[i-1] >= want[i] {
			t.Errorf("reserved words not sorted at %q", want[i])
		}
	}
}

func TestBindingCarriesSourceHash(t *testing.T) { corpus.CheckSourceHash(t, ".") }

// BenchmarkParseCorpus parses every file of testdata/st/corpus from scratch and reports the
// throughput as MB/s (go test's own column, from SetBytes) and files/s.
func BenchmarkParseCorpus(b *testing.B) {
	var srcs [][]byte
	total := 0
	for _, f := range testdataFiles(b) {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
		total += len(src)
	}
	parser := sitter.NewParser()
	defer parser.Close()
	parser.SetLanguage(Language())
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			tree, err := parser.ParseCtx(context.Background(), nil, src)
			if err != nil {
				b.Fatal(err)
			}
			tree.Close()
		}
	}
	b.ReportMetric(float64(len(srcs)*b.N)/b.Elapsed().Seconds(), "files/s")
}
