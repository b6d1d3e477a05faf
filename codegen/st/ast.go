package st

import (
	"strings"
	"sync"

	sitter "github.com/smacker/go-tree-sitter"
)

// Node is a Go-side copy of one tree-sitter node. Rules walk these instead of the cgo tree:
// a unit is copied once (one cgo pass) and then walked by two dozen rules in plain Go, and a
// copy can be cached by the unit's text and reused at another offset.
//
// Only named nodes and anonymous nodes that carry a field (operators, edge keywords) are
// kept; punctuation and keywords are dropped.
type Node struct {
	Kind       string // node type ("assignment", "identifier", "MOD" for a keyword operator)
	Field      string // field name in the parent ("left", "condition"), "" when none
	Start, End int    // byte offsets in the file
	Text       string // source text, kept for leaves and short nodes (see shortText)
	Error      bool   // an ERROR or MISSING node
	Parent     *Node
	Kids       []*Node
}

// Child returns the first child in field f, or nil.
func (n *Node) Child(f string) *Node {
	if n == nil {
		return nil
	}
	for _, k := range n.Kids {
		if k.Field == f {
			return k
		}
	}
	return nil
}

// Children returns all children in field f.
func (n *Node) Children(f string) []*Node {
	if n == nil {
		return nil
	}
	var out []*Node
	for _, k := range n.Kids {
		if k.Field == f {
			out = append(out, k)
		}
	}
	return out
}

// KidsOf returns the children of kind k.
func (n *Node) KidsOf(kind string) []*Node {
	if n == nil {
		return nil
	}
	var out []*Node
	for _, k := range n.Kids {
		if k.Kind == kind {
			out = append(out, k)
		}
	}
	return out
}

// First returns the first child that is not a comment or pragma.
func (n *Node) First() *Node {
	if n == nil {
		return nil
	}
	for _, k := range n.Kids {
		if !isExtra(k.Kind) {
			return k
		}
	}
	return nil
}

// Is reports whether n is non-nil and of one of the kinds.
func (n *Node) Is(kinds ...string) bool {
	if n == nil {
		return false
	}
	for _, k := range kinds {
		if n.Kind == k {
			return true
		}
	}
	return false
}

// Src returns n's source text from the file text.
func (n *Node) Src(text []byte) string {
	if n == nil {
		return ""
	}
	if n.Text != "" || len(n.Kids) == 0 {
		return n.Text
	}
	if n.Start < 0 || n.End > len(text) || n.Start > n.End {
		return ""
	}
	return string(text[n.Start:n.End])
}

// Walk calls fn for n and its descendants in document order; fn returns false to skip the
// children of a node.
func (n *Node) Walk(fn func(*Node) bool) {
	if n == nil || !fn(n) {
		return
	}
	for _, k := range n.Kids {
		k.Walk(fn)
	}
}

// Within reports whether n lies inside an ancestor of one of the kinds, stopping at stop.
func (n *Node) Within(stop *Node, kinds ...string) *Node {
	for p := n.Parent; p != nil && p != stop; p = p.Parent {
		if p.Is(kinds...) {
			return p
		}
	}
	return nil
}

// shift returns a deep copy with every offset moved by delta.
func (n *Node) shift(delta int, parent *Node) *Node {
	c := *n
	c.Start += delta
	c.End += delta
	c.Parent = parent
	if len(n.Kids) > 0 {
		c.Kids = make([]*Node, len(n.Kids))
		for i, k := range n.Kids {
			c.Kids[i] = k.shift(delta, &c)
		}
	}
	return &c
}

func isExtra(kind string) bool { return kind == "comment" || kind == "pragma" }

// symbolNames maps a language's symbols to their names once; Node.Type allocates a C string
// conversion per call, the table does not.
var symbolNames sync.Map // *sitter.Language → []string

func symbolTable(lang *sitter.Language) []string {
	if t, ok := symbolNames.Load(lang); ok {
		return t.([]string)
	}
	n := lang.SymbolCount()
	t := make([]string, n)
	for i := uint32(0); i < n; i++ {
		t[i] = lang.SymbolName(sitter.Symbol(i))
	}
	symbolNames.Store(lang, t)
	return t
}

// fieldIntern avoids one string allocation per node for field names.
var fieldIntern sync.Map

func intern(s string) string {
	if s == "" {
		return ""
	}
	if v, ok := fieldIntern.Load(s); ok {
		return v.(string)
	}
	fieldIntern.Store(s, s)
	return s
}

// shortText: nodes up to this many bytes keep their text (names, type names, small
// expressions), so most questions need no access to the file text.
const shortText = 64

// copyTree copies the subtree at n (offsets relative to base) with a tree cursor.
func copyTree(lang *sitter.Language, n *sitter.Node, text []byte, base int) *Node {
	syms := symbolTable(lang)
	cur := sitter.NewTreeCursor(n)
	defer cur.Close()
	root := leaf(syms, n, "", text, base)
	var rec func(parent *Node)
	rec = func(parent *Node) {
		if !cur.GoToFirstChild() {
			return
		}
		for {
			c := cur.CurrentNode()
			field := intern(cur.CurrentFieldName())
			if c.IsNamed() || field != "" || c.IsMissing() {
				k := leaf(syms, c, field, text, base)
				k.Parent = parent
				parent.Kids = append(parent.Kids, k)
				if c.ChildCount() > 0 {
					rec(k)
				}
				if len(k.Kids) == 0 || k.End-k.Start <= shortText {
					k.Text = string(text[k.Start+base : k.End+base])
					if !c.IsNamed() && strings.IndexByte(k.Text, '&') >= 0 && k.Kind != "" {
						k.Text = k.Kind // PLCopen's escaped operators (&lt; as <)
					}
				}
			}
			if !cur.GoToNextSibling() {
				break
			}
		}
		cur.GoToParent()
	}
	if n.ChildCount() > 0 {
		rec(root)
	}
	if len(root.Kids) == 0 || root.End-root.Start <= shortText {
		root.Text = string(text[root.Start+base : root.End+base])
	}
	return root
}

func leaf(syms []string, c *sitter.Node, field string, text []byte, base int) *Node {
	k := &Node{Field: field, Start: int(c.StartByte()) - base, End: int(c.EndByte()) - base}
	sym := int(c.Symbol())
	switch {
	case c.IsMissing():
		k.Error = true
		k.Kind = "MISSING"
	case c.IsError():
		k.Error = true
		k.Kind = "ERROR"
	case sym < len(syms):
		k.Kind = syms[sym]
	}
	return k
}

// lower is the IEC name key: identifiers are case-insensitive.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}
