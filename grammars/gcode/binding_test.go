package gcode

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/grammars/corpus"
	sitter "github.com/smacker/go-tree-sitter"
)

const testdataDir = "../../testdata/gcode/corpus"

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
		case ".ngc", ".nc", ".gcode", ".gco", ".g", ".tap", ".cnc", ".eia", ".min":
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

func BenchmarkParse(b *testing.B) {
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

// Every physical line is one line node, also with CRLF endings, with a leading comment and
// without a final newline, so that a file can be parsed in chunks of lines.
func TestOneLineNodePerLine(t *testing.T) {
	src := []byte("%\r\n(head)\r\nG0 X1\r\n\r\n#1 = [2 * 3] (c)\r\nM30")
	parser := sitter.NewParser()
	defer parser.Close()
	parser.SetLanguage(Language())
	tree, err := parser.ParseCtx(context.Background(), nil, src)
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Close()
	root := tree.RootNode()
	if root.HasError() {
		t.Fatalf("error in %s", root.String())
	}
	if n := int(root.ChildCount()); n != 6 {
		t.Fatalf("got %d children, want 6 lines: %s", n, root.String())
	}
	for i := 0; i < int(root.ChildCount()); i++ {
		c := root.Child(i)
		if c.Type() != "line" || int(c.StartPoint().Row) != i || int(c.EndPoint().Row) > i+1 {
			t.Errorf("child %d: %s at %v-%v", i, c.Type(), c.StartPoint(), c.EndPoint())
		}
	}
}

func TestBindingCarriesSourceHash(t *testing.T) { corpus.CheckSourceHash(t, ".") }
