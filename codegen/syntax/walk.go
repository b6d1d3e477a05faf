package syntax

import sitter "github.com/smacker/go-tree-sitter"

// Step tells Walk where to go after a node.
type Step int

const (
	// Descend visits the node's children next.
	Descend Step = iota
	// Skip leaves the node's children out.
	Skip
	// Stop ends the walk.
	Stop
)

// Walk visits n and its descendants in document order with a tree cursor: each step is
// O(1) (Node.Child(i) is O(i), so a loop over a wide ERROR node would be quadratic), and
// depth costs no stack (a generated file may nest a million levels).
func Walk(n *sitter.Node, visit func(*sitter.Node) Step) {
	if n == nil {
		return
	}
	cur := sitter.NewTreeCursor(n)
	defer cur.Close()
	depth := 0
	for {
		switch visit(cur.CurrentNode()) {
		case Stop:
			return
		case Descend:
			if cur.GoToFirstChild() {
				depth++
				continue
			}
		}
		for !cur.GoToNextSibling() {
			if depth == 0 || !cur.GoToParent() {
				return
			}
			depth--
		}
	}
}

// Children visits the direct children of n in order, with a cursor; visit returns false to
// stop.
func Children(n *sitter.Node, visit func(i int, c *sitter.Node, field string) bool) {
	if n == nil {
		return
	}
	cur := sitter.NewTreeCursor(n)
	defer cur.Close()
	i := 0
	for ok := cur.GoToFirstChild(); ok; ok = cur.GoToNextSibling() {
		if !visit(i, cur.CurrentNode(), cur.CurrentFieldName()) {
			return
		}
		i++
	}
}
