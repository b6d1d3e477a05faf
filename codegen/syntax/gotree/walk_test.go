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

// copyThroughBinding is the copy made node by node through the Go binding's cursor, the
// way Copy worked before it walked in C: the oracle the C walk must agree with.
func copyThroughBinding(lang *sitter.Language, n *sitter.Node, text []byte, base int) *Node {
	syms := symbolTable(lang)
	leaf := func(c *sitter.Node, field string) *Node {
		k := &Node{Field: field, Start: int(c.StartByte()) - base, End: int(c.EndByte()) - base}
		switch {
		case c.IsMissing():
			k.Error, k.Kind = true, "MISSING"
		case c.IsError():
			k.Error, k.Kind = true, "ERROR"
		default:
			k.Kind = syms[c.Symbol()]
		}
		return k
	}
	var visit func(c *sitter.Node, k *Node, cur *sitter.TreeCursor, depth int)
	visit = func(c *sitter.Node, k *Node, cur *sitter.TreeCursor, depth int) {
		if !cur.GoToFirstChild() {
			return
		}
		for {
			ch := cur.CurrentNode()
			field := cur.CurrentFieldName()
			if ch.IsNamed() || field != "" || ch.IsMissing() || ch.IsError() {
				kid := leaf(ch, field)
				kid.Parent = k
				k.Kids = append(k.Kids, kid)
				if ch.ChildCount() > 0 {
					if depth+1 >= MaxDepth {
						kid.Kind, kid.Error, kid.Cut = "ERROR", true, true
					} else {
						visit(ch, kid, cur, depth+1)
					}
				}
			}
			if !cur.GoToNextSibling() {
				break
			}
		}
		cur.GoToParent()
	}
	root := leaf(n, "")
	cur := sitter.NewTreeCursor(n)
	defer cur.Close()
	visit(n, root, cur, 0)
	return root
}

// shape prints a copy's structure: kinds, fields, ranges, error marks; not the kept text,
// which both ways take from the same bytes.
func shape(n *Node, sb *strings.Builder, depth int) {
	fmt.Fprintf(sb, "%*s%s %s [%d,%d] err=%v cut=%v\n", depth*2, "", n.Kind, n.Field, n.Start, n.End, n.Error, n.Cut)
	for _, k := range n.Kids {
		if k.Parent != n {
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
			shape(copyThroughBinding(lang, n, text, base), &want, 0)
			if got.String() != want.String() {
				t.Errorf("%s: the C walk differs from the binding:\n%s\nwant:\n%s", name, got.String(), want.String())
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
	if got.FirstCut == nil {
		t.Fatal("no cut below MaxDepth")
	}
	var a, b strings.Builder
	shape(got, &a, 0)
	shape(copyThroughBinding(st.Language(), tree.RootNode(), text, 0), &b, 0)
	if a.String() != b.String() {
		t.Error("the cut trees differ")
	}
}
