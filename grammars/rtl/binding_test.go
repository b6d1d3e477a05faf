package rtl

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/grammars/corpus"
	sitter "github.com/smacker/go-tree-sitter"
)

const testdataDir = "../../testdata/rtl/corpus"

func TestCorpus(t *testing.T) {
	corpus.Run(t, Language(), ".")
}

func TestQueries(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("queries", "*.scm"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no query files")
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

func testdataFiles(tb testing.TB) []string {
	tb.Helper()
	var files []string
	err := filepath.WalkDir(testdataDir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	if len(files) == 0 {
		tb.Fatalf("no files under %s", testdataDir)
	}
	sort.Strings(files)
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

// BenchmarkParse reports the parse rate (MB/s) over testdata/rtl/corpus, plus the
// VerilogEval and RTLLM reference solutions under GANTRY_RTL_CORPUS when it is set.
func BenchmarkParse(b *testing.B) {
	var srcs [][]byte
	total := 0
	files := testdataFiles(b)
	if root := os.Getenv("GANTRY_RTL_CORPUS"); root != "" {
		filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && !strings.Contains(p, "/_chatgpt") &&
				(strings.HasSuffix(p, "_ref.sv") || strings.HasPrefix(d.Name(), "verified_")) {
				files = append(files, p)
			}
			return nil
		})
	}
	for _, f := range files {
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
			tree := parser.Parse(nil, src)
			tree.Close()
		}
	}
}

func TestBindingCarriesSourceHash(t *testing.T) { corpus.CheckSourceHash(t, ".") }
