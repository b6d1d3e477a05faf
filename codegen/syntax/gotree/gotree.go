// Package gotree copies tree-sitter subtrees into plain Go nodes. Language packs walk these
// instead of the cgo tree: a unit is copied once (one cgo pass with a tree cursor) and then
// walked by every rule in plain Go, and a copy can be cached by the unit's text.
package gotree

import (
	"sync"

	sitter "github.com/smacker/go-tree-sitter"
)

// Node is a Go-side copy of one tree-sitter node. Named nodes are kept, and anonymous
// tokens that carry a field (operators, edge keywords, port directions); other punctuation
// and keywords are dropped.
type Node struct {
	Kind       string // node type ("assignment", "identifier", "MOD" for a field token)
	Field      string // field name in the parent, "" when none
	Start, End int    // byte offsets, relative to the base the copy was made with
	Text       string // source text, kept for leaves and short nodes
	Error      bool   // an ERROR or MISSING node
	// Cut marks a node deeper than MaxDepth whose subtree was not copied.
	Cut bool
	// FirstCut, on the root of a copy, is the first Cut node below it (nil when none).
	FirstCut *Node
	Parent   *Node
	Kids     []*Node
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

// First returns the first child that is not a comment or pragma.
func (n *Node) First() *Node {
	if n == nil {
		return nil
	}
	for _, k := range n.Kids {
		if k.Kind != "comment" && k.Kind != "pragma" {
			return k
		}
	}
	return nil
}

// Is reports whether n is one of the kinds.
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

// Src returns n's source text from text, the bytes its offsets are relative to.
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

// SrcString is Src over a string.
func (n *Node) SrcString(text string) string {
	if n == nil {
		return ""
	}
	if n.Text != "" {
		return n.Text
	}
	if n.Start < 0 || n.End > len(text) || n.Start > n.End {
		return ""
	}
	return text[n.Start:n.End]
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

// At returns the deepest node whose range holds off, preferring named leaves such as
// identifiers.
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

// Shift returns a deep copy with every offset moved by delta. The copy is made in two
// allocations (its nodes, and their children lists), not one per node.
func (n *Node) Shift(delta int, parent *Node) *Node {
	count, kids := 0, 0
	n.Walk(func(k *Node) bool { count++; kids += len(k.Kids); return true })
	nodes := make([]Node, 0, count)
	lists := make([]*Node, 0, kids)
	var cp func(from, parent *Node) *Node
	cp = func(from, parent *Node) *Node {
		nodes = append(nodes, *from)
		c := &nodes[len(nodes)-1]
		c.Start += delta
		c.End += delta
		c.Parent = parent
		c.FirstCut = nil
		if from == n.FirstCut {
			nodes[0].FirstCut = c
		}
		return c
	}
	// Breadth-first with an explicit queue: a tree can be as deep as MaxDepth, and each
	// node's children take consecutive places in lists.
	root := cp(n, parent)
	queue := []*Node{root}
	for len(queue) > 0 {
		to := queue[0]
		queue = queue[1:]
		from := to.Kids
		if len(from) == 0 {
			continue
		}
		start := len(lists)
		for _, k := range from {
			c := cp(k, to)
			lists = append(lists, c)
			queue = append(queue, c)
		}
		to.Kids = lists[start:len(lists):len(lists)]
	}
	return root
}

// Options tune a copy.
type Options struct {
	// ShortText: nodes up to this many bytes keep their text, so most questions need no
	// access to the source.
	ShortText int
	// Token, when set, may rewrite the kept text of an anonymous token.
	Token func(k *Node)
}

// MaxDepth bounds how deep a copy goes. Real code nests a few dozen levels; a generated
// file can nest a million (one expression of 2.6M terms is a tree that deep), and every
// recursive walk over such a copy would overflow the stack. A node at this depth keeps no
// children: it becomes an ERROR node marked Cut, so rules treat it as code they cannot read.
const MaxDepth = 1000

// Copy copies the subtree at n, with offsets relative to base. It walks with a tree cursor
// and an explicit stack, so the depth of the tree costs heap, not stack; subtrees below
// MaxDepth are left out (see FirstCut).
func Copy(lang *sitter.Language, n *sitter.Node, text []byte, base int, opt Options) *Node {
	syms, fields := symbolTable(lang), fieldTable(lang)
	// Kept texts are substrings of one copy of the subtree's source: one allocation, and
	// nested short nodes share their bytes.
	from := int(n.StartByte())
	src := string(text[from:n.EndByte()])
	keepText := func(k *Node, named bool) {
		if k.Cut {
			return
		}
		if len(k.Kids) == 0 || k.End-k.Start <= opt.ShortText {
			k.Text = src[k.Start+base-from : k.End+base-from]
			if !named && opt.Token != nil {
				opt.Token(k)
			}
		}
	}
	recs, release := walk(n)
	defer release()
	// Nodes come in document order with their depth: a node's parent is the open node one
	// level up, and a node is complete (its text can be decided) once one at its depth or
	// above comes.
	nodes := make([]Node, len(recs)) // one allocation for the whole copy
	// Every node but the root is someone's child: one list holds all children, each
	// parent's consecutively, sized by a first pass that finds the parents.
	parents := make([]int32, len(recs))
	kidCount := make([]int32, len(recs))
	open := make([]int32, 0, 32)
	for i := range recs {
		depth := int(recs[i].depth)
		open = append(open[:depth], int32(i))
		if depth > 0 {
			parents[i] = open[depth-1]
			kidCount[parents[i]]++
		}
	}
	lists := make([]*Node, len(recs))
	next := 0
	for i, c := range kidCount {
		if c > 0 {
			nodes[i].Kids = lists[next : next : next+int(c)]
			next += int(c)
		}
	}
	type frame struct {
		node  *Node
		named bool
	}
	stack := make([]frame, 0, 32)
	var root *Node
	for i := range recs {
		r := &recs[i]
		k := &nodes[i]
		k.Start, k.End = int(r.start)-base, int(r.end)-base
		if int(r.field) < len(fields) {
			k.Field = fields[r.field]
		}
		switch {
		case r.flags&flagMissing != 0:
			k.Error, k.Kind = true, "MISSING"
		case r.flags&flagError != 0:
			k.Error, k.Kind = true, "ERROR"
		case int(r.symbol) < len(syms):
			k.Kind = syms[r.symbol]
		}
		if r.flags&flagCut != 0 {
			k.Kind, k.Error, k.Cut = "ERROR", true, true
		}
		depth := int(r.depth)
		for len(stack) > depth {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			keepText(top.node, top.named)
		}
		if depth == 0 {
			root = k
		} else {
			parent := &nodes[parents[i]]
			k.Parent = parent
			parent.Kids = append(parent.Kids, k) // within its reserved place in lists
		}
		if k.Cut && root.FirstCut == nil {
			root.FirstCut = k
		}
		stack = append(stack, frame{k, depth == 0 || r.flags&flagNamed != 0})
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		keepText(top.node, top.named)
	}
	return root
}

// fieldNames maps a language's field ids to their names, like symbolNames.
var fieldNames sync.Map // *sitter.Language → []string

func fieldTable(lang *sitter.Language) []string {
	if t, ok := fieldNames.Load(lang); ok {
		return t.([]string)
	}
	t := []string{""} // id 0 is no field
	for id := 1; ; id++ {
		name := lang.FieldName(id)
		if name == "" {
			break
		}
		t = append(t, intern(name))
	}
	fieldNames.Store(lang, t)
	return t
}

// symbolNames maps a language's symbols to their names once: Node.Type converts a C
// string per call, the table does not.
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

// SymbolNames returns the language's symbol names, indexed by symbol.
func SymbolNames(lang *sitter.Language) []string { return symbolTable(lang) }

// Intern returns a shared copy of a field name.
func Intern(s string) string { return intern(s) }
