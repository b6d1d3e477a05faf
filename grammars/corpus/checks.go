package corpus

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
)

// Files lists the files under dir whose extension is one of exts (case-insensitive).
func Files(tb testing.TB, dir string, exts ...string) []string {
	tb.Helper()
	want := map[string]bool{}
	for _, e := range exts {
		want[strings.ToLower(e)] = true
	}
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && want[strings.ToLower(filepath.Ext(path))] {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	if len(files) == 0 {
		tb.Fatalf("no test data under %s", dir)
	}
	return files
}

// CheckClean fails for every file that does not parse without ERROR or MISSING nodes.
func CheckClean(t *testing.T, lang *sitter.Language, files []string) {
	t.Helper()
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if ok, where := ParsesCleanly(lang, src); !ok {
			t.Errorf("%s: %s", f, where)
		}
	}
}

// CheckQueries compiles every dir/queries/*.scm against lang.
func CheckQueries(t *testing.T, lang *sitter.Language, dir string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "queries", "*.scm"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no query files under %s/queries (%v)", dir, err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		q, err := sitter.NewQuery(src, lang)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		q.Close()
	}
}

// BenchmarkParse parses every file once per iteration and reports MB/s and files/s.
func BenchmarkParse(b *testing.B, lang *sitter.Language, files []string) {
	var srcs [][]byte
	total := 0
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
	parser.SetLanguage(lang)
	b.SetBytes(int64(total))
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	cpu0, cpuOK := threadCPU()
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
	b.ReportMetric(float64(len(srcs))*float64(b.N)/b.Elapsed().Seconds(), "files/s")
	// MB per CPU-second of the parsing thread: the rate a busy shared machine cannot skew
	if cpu1, ok := threadCPU(); ok && cpuOK && cpu1 > cpu0 {
		b.ReportMetric(float64(total)*float64(b.N)/1e6/(cpu1-cpu0), "MB/cpu-s")
	}
}
