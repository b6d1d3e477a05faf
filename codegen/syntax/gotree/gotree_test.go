package gotree

import (
	"strings"
	"testing"
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/grammars/st"
)

func parseST(t *testing.T, src string) (*sitter.Node, []byte) {
	t.Helper()
	p := sitter.NewParser()
	p.SetLanguage(st.Language())
	tree, err := p.ParseCtx(t.Context(), nil, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return tree.RootNode(), []byte(src)
}

// An open file keeps a copy of every unit's tree: the node's size is the memory budget's
// largest term (README, memory).
func TestNodeStaysSmall(t *testing.T) {
	if size := unsafe.Sizeof(Node{}); size > 32 {
		t.Errorf("a node takes %d bytes, want at most 32", size)
	}
}

// Leaves and short nodes keep their text, longer nodes do not; a shifted copy reads the
// same text at moved offsets and shares nothing it could change.
func TestTextAndShift(t *testing.T) {
	src := "PROGRAM Main\nVAR\n\tnCount : INT; (* Zähler *)\nEND_VAR\nnCount := nCount + 1;\nEND_PROGRAM\n"
	root, text := parseST(t, src)
	c := Copy(st.Language(), root, text, 0, Options{ShortText: 16})
	var ids []*Node
	c.Walk(func(n *Node) bool {
		if n.Kind() == "identifier" {
			ids = append(ids, n)
		}
		return true
	})
	if len(ids) < 3 || ids[0].Text() != "Main" || ids[1].Text() != "nCount" {
		t.Fatalf("identifiers: %v", ids)
	}
	for _, id := range ids {
		if id.Text() != src[id.Start():id.End()] {
			t.Errorf("%q at [%d,%d] reads %q", id.Text(), id.Start(), id.End(), src[id.Start():id.End()])
		}
	}
	if c.Text() != "" || c.Src(text) != src[c.Start():c.End()] {
		t.Errorf("the root is longer than ShortText: Text %q", c.Text())
	}
	s := c.Shift(100, nil)
	var shifted []*Node
	s.Walk(func(n *Node) bool {
		if n.Kind() == "identifier" {
			shifted = append(shifted, n)
		}
		return true
	})
	if len(shifted) != len(ids) {
		t.Fatalf("shifted copy has %d identifiers, want %d", len(shifted), len(ids))
	}
	for i, n := range shifted {
		if n.Text() != ids[i].Text() || n.Start() != ids[i].Start()+100 || n.End() != ids[i].End()+100 {
			t.Errorf("shifted %q [%d,%d], original %q [%d,%d]", n.Text(), n.Start(), n.End(), ids[i].Text(), ids[i].Start(), ids[i].End())
		}
		if n == ids[i] || n.Parent() == ids[i].Parent() {
			t.Error("the shifted copy shares nodes with the original")
		}
	}
	if s.Parent() != nil || s.Kid(0).Parent() != s {
		t.Error("parents of the shifted copy")
	}
	// The shifted copy has the original's shape, node for node.
	var a, b strings.Builder
	shape(c, &a, 0)
	shape(s.Shift(-100, nil), &b, 0)
	if a.String() != b.String() {
		t.Errorf("shifted there and back:\n%s\nwant:\n%s", b.String(), a.String())
	}
	// A subtree shifted on its own keeps its shape too.
	sub := c.Kid(c.NumKids() - 1)
	a.Reset()
	b.Reset()
	shape(sub, &a, 0)
	shape(sub.Shift(0, nil), &b, 0)
	if a.String() != b.String() {
		t.Errorf("subtree shifted:\n%s\nwant:\n%s", b.String(), a.String())
	}
}

// A token read as its kind (PLCopen XML's escaped `&lt;`) answers its kind as its text.
func TestTokenIsKind(t *testing.T) {
	src := "PROGRAM P\nx := a &lt; b;\nEND_PROGRAM\n"
	root, text := parseST(t, src)
	c := Copy(st.Language(), root, text, 0, Options{ShortText: 64, TokenIsKind: func(kind, text string) bool {
		return kind == "<" && text != "<"
	}})
	found := false
	c.Walk(func(n *Node) bool {
		if n.Kind() == "<" {
			found = true
			if n.Text() != "<" {
				t.Errorf("token text %q, want <", n.Text())
			}
		}
		return true
	})
	if !found {
		t.Skip("the grammar does not read &lt; as < here")
	}
}

// Join puts copies under one ERROR node with their fields; Leaf stands alone.
func TestJoinAndLeaf(t *testing.T) {
	root, text := parseST(t, "PROGRAM P\nx := 1;\nEND_PROGRAM\n")
	a := Copy(st.Language(), root, text, 0, Options{})
	b := Copy(st.Language(), root, text, 0, Options{})
	j := Join(0, len(text), []*Node{a, b}, []string{"", "body"})
	if j.Kind() != "ERROR" || !j.IsError() || j.NumKids() != 2 || a.Parent() != j || b.Parent() != j || j.Kid(1) != b {
		t.Fatalf("join: %s %v %d", j.Kind(), j.IsError(), j.NumKids())
	}
	var walked []*Node
	j.Walk(func(n *Node) bool { walked = append(walked, n); return n == j })
	if len(walked) != 3 || walked[1] != a || walked[2] != b {
		t.Errorf("walk over a join: %d nodes", len(walked))
	}
	js := j.Shift(10, nil)
	if js.Start() != 10 || js.NumKids() != 2 || js.Kid(1).Field() != "body" || js.Kid(0).Start() != a.Start()+10 || js.Kid(0).Parent() != js {
		t.Error("a shifted join")
	}
	if b.Field() != "body" || a.Field() != "" || j.Child("body") != b {
		t.Errorf("fields: %q %q", a.Field(), b.Field())
	}
	l := Leaf("this", 3, 7, false, a)
	if l.Kind() != "this" || l.Start() != 3 || l.End() != 7 || l.Parent() != a || l.Text() != "" || l.IsError() || l.NumKids() != 0 {
		t.Errorf("leaf: %s [%d,%d]", l.Kind(), l.Start(), l.End())
	}
	var nilNode *Node
	if nilNode.Kind() != "" || nilNode.NumKids() != 0 || nilNode.Parent() != nil || nilNode.Text() != "" {
		t.Error("a nil node answers empty")
	}
}

// A subtree walked while its tree lives is copied after the tree is freed to the very
// copy Copy makes with the tree at hand.
func TestWalkedCopyOutlivesItsTree(t *testing.T) {
	src := "FUNCTION_BLOCK FB_Zähler\nVAR_INPUT\n\tbStart : BOOL; (* 开始 *)\nEND_VAR\nVAR\n\tnCount : INT;\nEND_VAR\nIF bStart THEN\n\tnCount := nCount MOD 7 + 1;\nEND_IF;\nEND_FUNCTION_BLOCK\n"
	p := sitter.NewParser()
	p.SetLanguage(st.Language())
	tree, err := p.ParseCtx(t.Context(), nil, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	unit := tree.RootNode().NamedChild(0)
	opt := Options{ShortText: 16, Src: src[unit.StartByte():unit.EndByte()]}
	want := Copy(st.Language(), unit, nil, 0, opt)
	w := Walk(st.Language(), unit)
	tree.Close()
	got := w.Copy(nil, 0, opt)
	type seen struct {
		kind, field, text, source string
		start, end, kids          int
	}
	describe := func(r *Node) []seen {
		var out []seen
		r.Walk(func(n *Node) bool {
			out = append(out, seen{n.Kind(), n.Field(), n.Text(), n.Source(), n.Start(), n.End(), n.NumKids()})
			return true
		})
		return out
	}
	a, b := describe(want), describe(got)
	if len(a) < 10 || len(a) != len(b) {
		t.Fatalf("%d nodes walked and copied, %d copied at once", len(b), len(a))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Errorf("node %d: %+v, want %+v", i, b[i], a[i])
		}
	}
}
