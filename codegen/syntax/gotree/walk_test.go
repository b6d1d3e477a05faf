package gotree

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/grammars/gcode"
	"github.com/gantry-dev/gantry/grammars/rtl"
	"github.com/gantry-dev/gantry/grammars/st"
)

// shapeThroughBinding prints the copy made node by node through the Go binding's cursor,
// the way Copy worked before it walked in C: the oracle the C walk must agree with. It
// prints what shape prints.
func shapeThroughBinding(lang *sitter.Language, n *sitter.Node, text []byte, base int, sb *strings.Builder) {
	syms := symbolTable(lang)
	line := func(c *sitter.Node, field string, depth int, cut bool) {
		kind, isError := "", false
		switch {
		case cut:
			kind, isError = "ERROR", true
		case c.IsMissing():
			kind, isError = "MISSING", true
		case c.IsError():
			kind, isError = "ERROR", true
		default:
			kind = syms[c.Symbol()]
		}
		fmt.Fprintf(sb, "%*s%s %s [%d,%d] err=%v cut=%v\n", depth*2, "", kind, field, int(c.StartByte())-base, int(c.EndByte())-base, isError, cut)
	}
	var visit func(cur *sitter.TreeCursor, depth int)
	visit = func(cur *sitter.TreeCursor, depth int) {
		if !cur.GoToFirstChild() {
			return
		}
		for {
			ch := cur.CurrentNode()
			field := cur.CurrentFieldName()
			if ch.IsNamed() || field != "" || ch.IsMissing() || ch.IsError() {
				cut := ch.ChildCount() > 0 && depth+1 >= MaxDepth
				line(ch, field, depth+1, cut)
				if ch.ChildCount() > 0 && !cut {
					visit(cur, depth+1)
				}
			}
			if !cur.GoToNextSibling() {
				break
			}
		}
		cur.GoToParent()
	}
	line(n, "", 0, false)
	cur := sitter.NewTreeCursor(n)
	defer cur.Close()
	visit(cur, 0)
}

// tokensThroughBinding lists the leaves under n with the binding's cursor, skipping the
// subtrees whose kind skip reports: the oracle for Tokens.
func tokensThroughBinding(n *sitter.Node, skip func(string) bool) []Token {
	var out []Token
	cur := sitter.NewTreeCursor(n)
	defer cur.Close()
	depth := 0
	for {
		c := cur.CurrentNode()
		descend := false
		if !skip(c.Type()) {
			if c.ChildCount() == 0 {
				out = append(out, Token{Kind: c.Type(), Start: int(c.StartByte()), End: int(c.EndByte())})
			} else {
				descend = cur.GoToFirstChild()
			}
		}
		if descend {
			depth++
			continue
		}
		for {
			if depth == 0 {
				return out
			}
			if cur.GoToNextSibling() {
				break
			}
			cur.GoToParent()
			depth--
		}
	}
}

// shape prints a copy's structure: kinds, fields, ranges, error marks; not the kept text,
// which both ways take from the same bytes.
func shape(n *Node, sb *strings.Builder, depth int) {
	fmt.Fprintf(sb, "%*s%s %s [%d,%d] err=%v cut=%v\n", depth*2, "", n.Kind(), n.Field(), n.Start(), n.End(), n.IsError(), n.IsCut())
	for _, k := range n.Kids() {
		if k.Parent() != n {
			sb.WriteString("wrong parent\n")
		}
		shape(k, sb, depth+1)
	}
}

// The C walk gives the tree the binding gives, for real files of every language, for a
// subtree copied with a base, and for broken code with ERROR and MISSING nodes. It also
// proves that reading the binding's node as a C node is right for this binding version.
func TestWalkAgreesWithTheBinding(t *testing.T) {
	langs := map[string]*sitter.Language{".st": st.Language(), ".scl": st.Language(), ".ngc": gcode.Language(), ".nc": gcode.Language(), ".v": rtl.Language(), ".sv": rtl.Language()}
	var files []string
	for _, dir := range []string{"st", "scl", "gcode", "rtl", "sv"} {
		_ = filepath.WalkDir(filepath.Join("..", "..", "..", "testdata", dir), func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && langs[filepath.Ext(path)] != nil && len(files) < 400 {
				if info, err := d.Info(); err == nil && info.Size() < 1<<20 {
					files = append(files, path)
				}
			}
			return nil
		})
	}
	broken := map[string]string{
		"broken.st":  "PROGRAM P\nVAR x : INT; END_VAR\nIF x > THEN x := ; END_IF\nCASE x OF 1: y := (2 + ; END_CASE\n",
		"broken.v":   "module m(input a, output b;\n assign b = a &;\n always @(posedge clk begin x <= 1; end\n",
		"broken.ngc": "G0 X1 Y\nG1 X[1 + ] F100\nO100 sub\nM30\n",
	}
	checked := 0
	check := func(name string, lang *sitter.Language, text []byte) {
		p := sitter.NewParser()
		p.SetLanguage(lang)
		tree, err := p.ParseCtx(t.Context(), nil, text)
		if err != nil {
			t.Fatal(err)
		}
		root := tree.RootNode()
		subtrees := []*sitter.Node{root}
		if root.NamedChildCount() > 1 {
			subtrees = append(subtrees, root.NamedChild(1))
		}
		for _, n := range subtrees {
			base := int(n.StartByte())
			var got, want strings.Builder
			shape(Copy(lang, n, text, base, Options{}), &got, 0)
			shapeThroughBinding(lang, n, text, base, &want)
			if got.String() != want.String() {
				t.Errorf("%s: the C walk differs from the binding:\n%s\nwant:\n%s", name, got.String(), want.String())
			}
			skip := func(kind string) bool { return kind == "comment" || strings.Contains(kind, "string") }
			if got, want := fmt.Sprint(Tokens(lang, n, skip)), fmt.Sprint(tokensThroughBinding(n, skip)); got != want {
				t.Errorf("%s: the tokens differ from the binding's:\n%s\nwant:\n%s", name, got, want)
			}
		}
		checked++
	}
	for _, f := range files {
		lang := langs[filepath.Ext(f)]
		if lang == nil {
			continue
		}
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		check(f, lang, text)
	}
	for name, text := range broken {
		check(name, langs[filepath.Ext(name)], []byte(text))
	}
	t.Logf("%d files", checked)
	if checked < 10 {
		t.Fatalf("only %d files checked", checked)
	}
}

// A tree deeper than MaxDepth is cut the same way by both.
func TestWalkCutsDeepTrees(t *testing.T) {
	text := []byte("PROGRAM P\nx := " + strings.Repeat("(", MaxDepth+50) + "1" + strings.Repeat(")", MaxDepth+50) + ";\nEND_PROGRAM\n")
	p := sitter.NewParser()
	p.SetLanguage(st.Language())
	tree, _ := p.ParseCtx(t.Context(), nil, text)
	got := Copy(st.Language(), tree.RootNode(), text, 0, Options{})
	if got.FirstCut() == nil {
		t.Fatal("no cut below MaxDepth")
	}
	var a, b strings.Builder
	shape(got, &a, 0)
	shapeThroughBinding(st.Language(), tree.RootNode(), text, 0, &b)
	if a.String() != b.String() {
		t.Error("the cut trees differ")
	}
}
