package gcode

import (
	"context"
	"testing"

	"github.com/gantry-dev/gantry/grammars/corpus"
	sitter "github.com/smacker/go-tree-sitter"
)

const testdataDir = "../../testdata/gcode/corpus"

func TestCorpus(t *testing.T) {
	corpus.Run(t, Language(), ".")
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

// src/ must be what the pinned CLI generates from grammar.js (skipped without the CLI).
func TestSourcesAreGenerated(t *testing.T) { corpus.CheckRegenerates(t, ".") }

func testdataFiles(tb testing.TB) []string {
	return corpus.Files(tb, testdataDir, ".ngc", ".nc", ".gcode", ".gco", ".g", ".tap", ".cnc", ".eia", ".min")
}

func TestTestdataParsesCleanly(t *testing.T) { corpus.CheckClean(t, Language(), testdataFiles(t)) }

func TestQueries(t *testing.T) { corpus.CheckQueries(t, Language(), ".") }

// test/highlight holds files with tree-sitter-style highlight assertions in comments.
func TestHighlights(t *testing.T) { corpus.CheckHighlights(t, Language(), ".", ";") }

// BenchmarkParse parses every file of the testdata corpus from scratch: MB/s and files/s.
func BenchmarkParse(b *testing.B) { corpus.BenchmarkParse(b, Language(), testdataFiles(b)) }

// Every call returns the same language value: tables kept per language would otherwise
// grow by one with each parse (the soak's heap held thousands of symbol tables).
func TestLanguageIsOneValue(t *testing.T) {
	if Language() != Language() {
		t.Error("Language returns a new value per call")
	}
}
