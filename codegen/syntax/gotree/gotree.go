// Package gotree copies tree-sitter subtrees into plain Go nodes. Language packs walk these
// instead of the cgo tree: a unit is copied once (one cgo pass with a tree cursor) and then
// walked by every rule in plain Go, and a copy can be cached by the unit's text.
package gotree

import (
	"iter"
	"math"
	"slices"
	"sync"

	sitter "github.com/smacker/go-tree-sitter"
)

// Node is a Go-side copy of one tree-sitter node. Named nodes are kept, and anonymous
// tokens that carry a field (operators, edge keywords, port directions); other punctuation
// and keywords are dropped.
//
// A node is 32 bytes: a copy keeps its nodes in one array, breadth first, so a node's
// children are consecutive and its parent is an index; its kind and field are indexes
// into the language's tables and its text a slice of the copy's one string. An open file
// keeps a copy of every unit's tree, so the size of a node is most of what it costs.
type Node struct {
	t          *copyData
	parent     int32 // index in t.nodes; -1 on the root (its parent is t.parent)
	kidsAt     int32 // index in t.nodes of the first child
	nkids      int32
	start, end int32 // byte offsets, relative to the base the copy was made with
	kind       uint16
	field      uint8
	flags      uint8
}

// copyData is what the nodes of one copy share.
type copyData struct {
	src      string // the copied source; src[0] is at offset srcAt
	srcAt    int
	kinds    []string // the language's symbol names, then "ERROR" and "MISSING"
	fields   []string
	nodes    []Node  // breadth first: the root, its children, theirs…
	parent   *Node   // the root's parent, in another copy (nil when none)
	joined   []*Node // the root's children when they are other copies' roots (Join)
	firstCut *Node   // the first node cut below MaxDepth in document order
}

const (
	nodeError      = 1 << iota // an ERROR or MISSING node
	nodeCut                    // deeper than MaxDepth, its subtree not copied
	nodeText                   // keeps its text (a leaf, or a short node)
	nodeTextIsKind             // its text reads as its kind (see Options.TokenIsKind)
)

// Kind is the node's type ("assignment", "identifier", "MOD" for a field token; "ERROR"
// and "MISSING" for the parser's recovery).
func (n *Node) Kind() string {
	if n == nil {
		return ""
	}
	return n.t.kinds[n.kind]
}

// Field is the node's field name in its parent, "" when none.
func (n *Node) Field() string {
	if n == nil {
		return ""
	}
	return n.t.fields[n.field]
}

// Start is the node's first byte, relative to the base the copy was made with.
func (n *Node) Start() int {
	if n == nil {
		return 0
	}
	return int(n.start)
}

// End is the offset just past the node's last byte.
func (n *Node) End() int {
	if n == nil {
		return 0
	}
	return int(n.end)
}

// Text is the node's source text, kept for leaves and short nodes ("" for others).
func (n *Node) Text() string {
	if n == nil || n.flags&nodeText == 0 {
		return ""
	}
	if n.flags&nodeTextIsKind != 0 {
		return n.Kind()
	}
	at := n.t.srcAt
	return n.t.src[int(n.start)-at : int(n.end)-at]
}

// Source is the node's source, read from the copy's own string (no allocation, whatever
// the node's length); "" for a node made outside a copy (Leaf, Join).
func (n *Node) Source() string {
	if n == nil || n.t.src == "" {
		return ""
	}
	s, e := int(n.start)-n.t.srcAt, int(n.end)-n.t.srcAt
	if s < 0 || e > len(n.t.src) || s > e {
		return ""
	}
	return n.t.src[s:e]
}

// IsError reports an ERROR or MISSING node.
func (n *Node) IsError() bool { return n != nil && n.flags&nodeError != 0 }

// IsCut reports a node deeper than MaxDepth whose subtree was not copied.
func (n *Node) IsCut() bool { return n != nil && n.flags&nodeCut != 0 }

// root reports whether n is the root of its copy.
func (n *Node) root() bool { return n.parent < 0 }

// FirstCut, on the root of a copy, is the first Cut node below it in document order (nil
// when none, and on every other node).
func (n *Node) FirstCut() *Node {
	if n == nil || !n.root() {
		return nil
	}
	return n.t.firstCut
}

// Parent is the node's parent, nil on the root of a copy made without one.
func (n *Node) Parent() *Node {
	if n == nil {
		return nil
	}
	if n.parent < 0 {
		return n.t.parent
	}
	return &n.t.nodes[n.parent]
}

// NumKids is how many children the node has.
func (n *Node) NumKids() int {
	if n == nil {
		return 0
	}
	return int(n.nkids)
}

// Kid returns the i-th child (0 ≤ i < NumKids).
func (n *Node) Kid(i int) *Node {
	if n.t.joined != nil && n.root() {
		return n.t.joined[i]
	}
	if i < 0 || i >= int(n.nkids) {
		panic("gotree: child index out of range")
	}
	return &n.t.nodes[int(n.kidsAt)+i]
}

// Kids ranges over the node's children in document order, with their index.
func (n *Node) Kids() iter.Seq2[int, *Node] {
	return func(yield func(int, *Node) bool) {
		if n == nil || n.nkids == 0 {
			return
		}
		if n.t.joined != nil && n.root() {
			for i, k := range n.t.joined {
				if !yield(i, k) {
					return
				}
			}
			return
		}
		kids := n.t.nodes[n.kidsAt : n.kidsAt+n.nkids]
		for i := range kids {
			if !yield(i, &kids[i]) {
				return
			}
		}
	}
}

// Leaf returns a node of its own, outside any copy: what a rule reports at when no node of
// the tree spans the right bytes (a keyword's first word, a synthetic `this`).
func Leaf(kind string, start, end int, isError bool, parent *Node) *Node {
	t := &copyData{kinds: []string{kind}, fields: []string{""}, parent: parent, nodes: make([]Node, 1)}
	n := &t.nodes[0]
	*n = Node{t: t, parent: -1, start: int32(start), end: int32(end)}
	if isError {
		n.flags |= nodeError
	}
	return n
}

// Join returns an ERROR node spanning [start, end) whose children are the roots of other
// copies, each under the field given beside it (fields may be shorter than kids). The
// copies' roots are re-parented: they must be copies made for this node.
func Join(start, end int, kids []*Node, fields []string) *Node {
	t := &copyData{kinds: []string{"ERROR"}, fields: []string{""}, joined: kids, nodes: make([]Node, 1)}
	n := &t.nodes[0]
	*n = Node{t: t, parent: -1, start: int32(start), end: int32(end), flags: nodeError, nkids: int32(len(kids))}
	for i, k := range kids {
		if !k.root() {
			panic("gotree: Join takes the roots of copies")
		}
		k.t.parent = n
		k.field = 0
		if i < len(fields) && fields[i] != "" {
			k.field = k.t.fieldID(fields[i])
		}
		if t.firstCut == nil {
			t.firstCut = k.FirstCut()
		}
	}
	return n
}

func (t *copyData) fieldID(name string) uint8 {
	for i, f := range t.fields {
		if f == name {
			return uint8(i)
		}
	}
	return 0
}

// Child returns the first child in field f, or nil.
func (n *Node) Child(f string) *Node {
	for _, k := range n.Kids() {
		if k.Field() == f {
			return k
		}
	}
	return nil
}

// Children returns all children in field f.
func (n *Node) Children(f string) []*Node {
	var out []*Node
	for _, k := range n.Kids() {
		if k.Field() == f {
			out = append(out, k)
		}
	}
	return out
}

// KidsOf returns the direct children of kind k.
func (n *Node) KidsOf(kind string) []*Node {
	var out []*Node
	for _, k := range n.Kids() {
		if k.Kind() == kind {
			out = append(out, k)
		}
	}
	return out
}

// First returns the first child that is not a comment or pragma.
func (n *Node) First() *Node {
	for _, k := range n.Kids() {
		if kind := k.Kind(); kind != "comment" && kind != "pragma" {
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
	kind := n.Kind()
	for _, k := range kinds {
		if kind == k {
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
	if t := n.Text(); t != "" || n.nkids == 0 {
		return t
	}
	if n.start < 0 || int(n.end) > len(text) || n.start > n.end {
		return ""
	}
	return string(text[n.start:n.end])
}

// SrcString is Src over a string.
func (n *Node) SrcString(text string) string {
	if n == nil {
		return ""
	}
	if t := n.Text(); t != "" {
		return t
	}
	if n.start < 0 || int(n.end) > len(text) || n.start > n.end {
		return ""
	}
	return text[n.start:n.end]
}

// Walk calls fn for n and its descendants in document order; fn returns false to skip the
// children of a node.
func (n *Node) Walk(fn func(*Node) bool) {
	if n == nil || !fn(n) {
		return
	}
	if n.t.joined != nil && n.root() {
		for _, k := range n.t.joined {
			k.Walk(fn)
		}
		return
	}
	for i := n.kidsAt; i < n.kidsAt+n.nkids; i++ {
		n.t.nodes[i].Walk(fn)
	}
}

// Ancestor returns the nearest ancestor of one of the kinds below stop, or nil.
func (n *Node) Ancestor(stop *Node, kinds ...string) *Node {
	for p := n.Parent(); p != nil && p != stop; p = p.Parent() {
		if p.Is(kinds...) {
			return p
		}
	}
	return nil
}

// At returns the deepest node whose range holds off, preferring named leaves such as
// identifiers.
func (n *Node) At(off int) *Node {
	if n == nil || off < n.Start() || off > n.End() {
		return nil
	}
	for _, k := range n.Kids() {
		if off >= k.Start() && off <= k.End() {
			if d := k.At(off); d != nil {
				if kind := d.Kind(); kind == "identifier" || kind == "type_identifier" || off < k.End() {
					return d
				}
			}
		}
	}
	return n
}

// Shift returns a deep copy with every offset moved by delta, under parent. It shares the
// original's text and tables and is made in one allocation for its nodes.
func (n *Node) Shift(delta int, parent *Node) *Node {
	if n.t.joined != nil && n.root() {
		kids := make([]*Node, len(n.t.joined))
		fields := make([]string, len(n.t.joined))
		for i, k := range n.t.joined {
			kids[i], fields[i] = k.Shift(delta, nil), k.Field()
		}
		j := Join(n.Start()+delta, n.End()+delta, kids, fields)
		j.t.parent = parent
		return j
	}
	count := 0
	n.Walk(func(*Node) bool { count++; return true })
	t := &copyData{src: n.t.src, srcAt: n.t.srcAt + delta, kinds: n.t.kinds, fields: n.t.fields, parent: parent,
		nodes: make([]Node, count)}
	cutFrom := n.FirstCut()
	// Breadth first, as Copy lays nodes out: the original's order when n is its root.
	from := make([]*Node, 1, count)
	from[0] = n
	for h := 0; h < len(from); h++ {
		c := &t.nodes[h]
		*c = *from[h]
		c.t = t
		c.start += int32(delta)
		c.end += int32(delta)
		c.kidsAt = int32(len(from))
		for _, k := range from[h].Kids() {
			from = append(from, k)
		}
		if from[h] == cutFrom {
			t.firstCut = c
		}
	}
	t.nodes[0].parent = -1
	for h := range t.nodes {
		c := &t.nodes[h]
		for i := c.kidsAt; i < c.kidsAt+c.nkids; i++ {
			t.nodes[i].parent = int32(h)
		}
	}
	return &t.nodes[0]
}

// Options tune a copy.
type Options struct {
	// ShortText: nodes up to this many bytes keep their text, so most questions need no
	// access to the source.
	ShortText int
	// TokenIsKind, when set, tells which anonymous tokens read as their kind instead of
	// their source text (PLCopen XML's escaped `&lt;` is the token `<`).
	TokenIsKind func(kind, text string) bool
	// Src, when set, is the subtree's source as a string the caller keeps anyway (a
	// cache's key): the copy's texts slice it instead of a string of their own.
	Src string
}

// MaxDepth bounds how deep a copy goes. Real code nests a few dozen levels; a generated
// file can nest a million (one expression of 2.6M terms is a tree that deep), and every
// recursive walk over such a copy would overflow the stack. A node at this depth keeps no
// children: it becomes an ERROR node marked Cut, so rules treat it as code they cannot read.
const MaxDepth = 1000

// Copy copies the subtree at n, with offsets relative to base. It walks with a tree cursor
// and an explicit stack, so the depth of the tree costs heap, not stack; subtrees below
// MaxDepth are left out (see FirstCut). Offsets must fit in 31 bits (documents that large
// are kept as text only).
func Copy(lang *sitter.Language, n *sitter.Node, text []byte, base int, opt Options) *Node {
	recs, release := walk(n)
	defer release()
	return build(lang, int(n.StartByte()), int(n.EndByte()), recs, text, base, opt)
}

// Walked is a subtree read from its tree in one cgo pass, the part of a copy that needs
// the tree: Copy makes the nodes from it later, after the tree may have been freed. A
// check that owns its file reads all its units so, frees the tree, then builds: a module
// of 1 MB held its tree (54 MB in C) while its nodes were laid out.
type Walked struct {
	lang       *sitter.Language
	start, end int
	recs       []record
}

// Walk reads the subtree at n for a later Copy.
func Walk(lang *sitter.Language, n *sitter.Node) *Walked {
	recs, release := walk(n)
	defer release()
	return &Walked{lang: lang, start: int(n.StartByte()), end: int(n.EndByte()), recs: slices.Clone(recs)}
}

// Copy makes the copy Copy would have made of the subtree when it was walked.
func (w *Walked) Copy(text []byte, base int, opt Options) *Node {
	return build(w.lang, w.start, w.end, w.recs, text, base, opt)
}

// build lays out the nodes of the subtree spanning [from, to) walked into recs.
func build(lang *sitter.Language, from, to int, recs []record, text []byte, base int, opt Options) *Node {
	kinds, fields := kindTable(lang), fieldTable(lang)
	errorKind, missingKind := uint16(len(kinds)-2), uint16(len(kinds)-1)
	// Kept texts are substrings of one copy of the subtree's source: one allocation, and
	// nested short nodes share their bytes.
	src := opt.Src
	if len(src) != to-from {
		src = string(text[from:to])
	}
	t := &copyData{src: src, srcAt: from - base, kinds: kinds, fields: fields}
	var cutRec int32
	if to-base > math.MaxInt32 || from-base < math.MinInt32 {
		panic("gotree: offsets beyond 31 bits")
	}
	// Records come in document order with their depth: a record's parent is the open one
	// a level up. Children are counted, listed per parent in document order, and laid out
	// breadth first so each node's children are consecutive.
	count := len(recs)
	parents := make([]int32, count)
	kidCount := make([]int32, count)
	open := make([]int32, 0, 32)
	for i := range recs {
		depth := int(recs[i].depth)
		open = append(open[:depth], int32(i))
		if depth > 0 {
			parents[i] = open[depth-1]
			kidCount[parents[i]]++
		}
	}
	// kidFrom[r] is where record r's children start in kidRecs.
	kidFrom := make([]int32, count)
	next := int32(0)
	for r, c := range kidCount {
		kidFrom[r] = next
		next += c
	}
	kidRecs := make([]int32, max(count-1, 0))
	filled := kidCount // reused: counts down while the lists fill
	for i := count - 1; i >= 1; i-- {
		p := parents[i]
		filled[p]--
		kidRecs[kidFrom[p]+filled[p]] = int32(i)
	}
	t.nodes = make([]Node, count) // one allocation for the whole copy
	order := parents              // reused: order[h] is the record at breadth-first place h
	order[0] = 0
	tail := int32(1)
	for h := int32(0); h < int32(count); h++ {
		r := order[h]
		rec := &recs[r]
		k := &t.nodes[h]
		k.t = t
		k.start, k.end = int32(int(rec.start)-base), int32(int(rec.end)-base)
		if int(rec.field) < len(fields) && rec.field < 256 {
			k.field = uint8(rec.field)
		}
		switch {
		case rec.flags&flagMissing != 0:
			k.flags, k.kind = nodeError, missingKind
		case rec.flags&flagError != 0:
			k.flags, k.kind = nodeError, errorKind
		case int(rec.symbol) < len(kinds)-2:
			k.kind = uint16(rec.symbol)
		}
		if rec.flags&flagCut != 0 {
			k.kind, k.flags = errorKind, nodeError|nodeCut
			if t.firstCut == nil || r < cutRec {
				t.firstCut, cutRec = k, r
			}
		}
		if h == 0 {
			k.parent = -1
		}
		end := kidFrom[r]
		if r+1 < int32(count) {
			end = kidFrom[r+1]
		} else {
			end = int32(len(kidRecs))
		}
		kids := kidRecs[kidFrom[r]:end]
		k.kidsAt, k.nkids = tail, int32(len(kids))
		for _, c := range kids {
			order[tail] = c
			t.nodes[tail].parent = h
			tail++
		}
		if k.nkids == 0 || int(k.end-k.start) <= opt.ShortText {
			if k.flags&nodeCut == 0 {
				k.flags |= nodeText
				named := h == 0 || rec.flags&flagNamed != 0
				if !named && opt.TokenIsKind != nil && opt.TokenIsKind(k.Kind(), k.Text()) {
					k.flags |= nodeTextIsKind
				}
			}
		}
	}
	return &t.nodes[0]
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

// kindNames is a language's symbol table with the two kinds recovery adds after it.
var kindNames sync.Map // *sitter.Language → []string

func kindTable(lang *sitter.Language) []string {
	if t, ok := kindNames.Load(lang); ok {
		return t.([]string)
	}
	syms := symbolTable(lang)
	t := append(append(make([]string, 0, len(syms)+2), syms...), "ERROR", "MISSING")
	kindNames.Store(lang, t)
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
