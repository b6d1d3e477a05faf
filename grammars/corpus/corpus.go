// Package corpus runs tree-sitter corpus tests (test/corpus/*.txt) with the committed
// parser inside `go test`, so CI needs no tree-sitter CLI.
//
// The file format is the CLI's: a header line of '=' characters, the example's name, another
// '=' line, the source, a line of three or more '-', and the expected S-expression.
package corpus

import (
	"bytes"
	"context"
	"fmt"
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"os"
	"path/filepath"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
)

// Example is one named case of a corpus file.
type Example struct {
	File     string
	Name     string
	Line     int // 1-based line of the name in File
	Source   []byte
	Expected string
}

var (
	headerRule  = lazyregexp.New(`^={3,}\s*$`)
	dividerRule = lazyregexp.New(`^-{3,}\s*$`)
)

// Parse splits a corpus file into its examples.
func Parse(file string, data []byte) ([]Example, error) {
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	var out []Example
	i := 0
	for i < len(lines) {
		if !headerRule.MatchString(lines[i]) {
			if strings.TrimSpace(lines[i]) != "" {
				return nil, fmt.Errorf("%s:%d: expected a header line of '='", file, i+1)
			}
			i++
			continue
		}
		if i+2 >= len(lines) || !headerRule.MatchString(lines[i+2]) {
			return nil, fmt.Errorf("%s:%d: header without a closing '=' line", file, i+1)
		}
		ex := Example{File: file, Name: strings.TrimSpace(lines[i+1]), Line: i + 2}
		i += 3
		start := i
		for i < len(lines) && !dividerRule.MatchString(lines[i]) {
			i++
		}
		if i >= len(lines) {
			return nil, fmt.Errorf("%s:%d: example %q has no '---' divider", file, ex.Line, ex.Name)
		}
		// The blank line before the divider belongs to the layout, not to the source.
		ex.Source = []byte(strings.TrimRight(strings.Join(lines[start:i], "\n"), "\n") + "\n")
		i++
		expStart := i
		for i < len(lines) && !headerRule.MatchString(lines[i]) {
			i++
		}
		ex.Expected = strings.Join(lines[expStart:i], "\n")
		out = append(out, ex)
	}
	return out, nil
}

var (
	spaces    = lazyregexp.New(`\s+`)
	fieldName = lazyregexp.New(`[a-z_][a-z0-9_]*: `)
)

// Normalize folds white space the way the CLI does before comparing trees.
func Normalize(sexp string) string {
	s := spaces.ReplaceAllString(strings.TrimSpace(sexp), " ")
	s = strings.ReplaceAll(s, "( ", "(")
	s = strings.ReplaceAll(s, " )", ")")
	return s
}

// Compare returns the actual tree in the expected form: fields are dropped when the
// expectation names none, as the CLI does.
func Compare(actual, expected string) (got, want string) {
	got, want = Normalize(actual), Normalize(expected)
	if !fieldName.MatchString(want) {
		got = fieldName.ReplaceAllString(got, "")
	}
	return got, want
}

// Run parses every example of every dir/test/corpus/*.txt with lang and compares the trees.
func Run(t *testing.T, lang *sitter.Language, dir string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "test", "corpus", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no corpus files under %s/test/corpus", dir)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		examples, err := Parse(f, data)
		if err != nil {
			t.Fatal(err)
		}
		for _, ex := range examples {
			ex := ex
			t.Run(filepath.Base(f)+"/"+ex.Name, func(t *testing.T) {
				parser := sitter.NewParser()
				defer parser.Close()
				parser.SetLanguage(lang)
				tree, err := parser.ParseCtx(context.Background(), nil, ex.Source)
				if err != nil {
					t.Fatal(err)
				}
				defer tree.Close()
				got, want := Compare(tree.RootNode().String(), ex.Expected)
				if got != want {
					t.Errorf("%s:%d %q\n got: %s\nwant: %s", ex.File, ex.Line, ex.Name, got, want)
				}
			})
		}
	}
}

// ParsesCleanly reports whether src parses without ERROR or MISSING nodes, and where the
// first one is, for corpus-wide parse-rate tests.
func ParsesCleanly(lang *sitter.Language, src []byte) (bool, string) {
	parser := sitter.NewParser()
	defer parser.Close()
	parser.SetLanguage(lang)
	tree, err := parser.ParseCtx(context.Background(), nil, src)
	if err != nil {
		return false, err.Error()
	}
	defer tree.Close()
	root := tree.RootNode()
	if !root.HasError() {
		return true, ""
	}
	if n := firstError(root); n != nil {
		p := n.StartPoint()
		line := bytes.Split(src, []byte("\n"))[p.Row]
		return false, fmt.Sprintf("%d:%d: %s near %q", p.Row+1, p.Column+1, n.Type(), strings.TrimSpace(string(line)))
	}
	return false, "error somewhere in the tree"
}

func firstError(n *sitter.Node) *sitter.Node {
	if n.IsError() || n.IsMissing() {
		return n
	}
	for i := 0; i < int(n.ChildCount()); i++ {
		c := n.Child(i)
		if c.HasError() || c.IsMissing() {
			if e := firstError(c); e != nil {
				return e
			}
		}
	}
	return nil
}
