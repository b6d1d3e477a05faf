package rtl

import (
	"sync"

	sitter "github.com/smacker/go-tree-sitter"
)

// Node is a Go-side copy of one tree-sitter node. A design unit is copied once (one cgo
// pass with a tree cursor) and then walked by every rule in plain Go; a copy is cached by
// the unit's text, so its offsets are relative to the unit's first byte.
//
// Named nodes are kept, and anonymous tokens that carry a field (operators, `posedge`,
// `always_ff`, port directions); other punctuation and keywords are dropped.
type Node struct {
	Kind       string // node type ("continuous_assign", "identifier", "<=" for a field token)
	Field      string // field name in the parent, "" when none
	Start, End int    // byte offsets relative to the unit
	Text       string // source text for leaves and short nodes
	Error      bool   // ERROR or MISSING
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

// KidsOf returns the direct children of kind k.
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

// Ancestor returns the nearest ancestor of one of the kinds below stop, or nil.
func (n *Node) Ancestor(stop *Node, kinds ...string) *Node {
	for p := n.Parent; p != nil && p != stop; p = p.Parent {
		if p.Is(kinds...) {
			return p
		}
	}
	return nil
}

// Src returns n's text from the unit text.
func (n *Node) Src(unit string) string {
	if n == nil {
		return ""
	}
	if n.Text != "" {
		return n.Text
	}
	if n.Start < 0 || n.End > len(unit) || n.Start > n.End {
		return ""
	}
	return unit[n.Start:n.End]
}

// At returns the deepest node whose range holds off (relative offset), preferring named
// leaves such as identifiers.
func (n *Node) At(off int) *Node {
	if n == nil || off < n.Start || off > n.End {
		return nil
	}
	for _, k := range n.Kids {
		if off >= k.Start && off <= k.End {
			if d := k.At(off); d != nil {
				if d.Kind == "identifier" || d.Kind == "type_identifier" || off < k.End {
					return d
				}
			}
		}
	}
	return n
}

// shortText: nodes up to this many bytes keep their text, so most questions need no
// access to the unit text.
const shortText = 48

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

// copyTree copies the subtree at n, with offsets relative to base.
func copyTree(lang *sitter.Language, n *sitter.Node, text []byte, base int) *Node {
	syms := symbolTable(lang)
	cur := sitter.NewTreeCursor(n)
	defer cur.Close()
	root := leaf(syms, n, "", base)
	var rec func(parent *Node)
	rec = func(parent *Node) {
		if !cur.GoToFirstChild() {
			return
		}
		for {
			c := cur.CurrentNode()
			field := intern(cur.CurrentFieldName())
			if c.IsNamed() || field != "" || c.IsMissing() || c.IsError() {
				k := leaf(syms, c, field, base)
				k.Parent = parent
				parent.Kids = append(parent.Kids, k)
				if c.ChildCount() > 0 {
					rec(k)
				}
				if len(k.Kids) == 0 || k.End-k.Start <= shortText {
					k.Text = string(text[k.Start+base : k.End+base])
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

func leaf(syms []string, c *sitter.Node, field string, base int) *Node {
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
