package rtl

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/codegen/syntax/gotree"
)

// Node is the Go-side copy of a tree-sitter node that rules walk (see gotree). A design
// unit's copy is cached by the unit's text, so its offsets are relative to the unit.
type Node = gotree.Node

// shortText: nodes up to this many bytes keep their text, so most questions need no
// access to the unit text.
const shortText = 48

// copyTree copies the subtree at n, with offsets relative to base.
func copyTree(lang *sitter.Language, n *sitter.Node, text []byte, base int) *Node {
	return gotree.Copy(lang, n, text, base, gotree.Options{ShortText: shortText})
}

// copyTreeOf copies the subtree at n whose source is text, with offsets relative to its
// start; the copy's texts share text's bytes.
func copyTreeOf(lang *sitter.Language, n *sitter.Node, text string) *Node {
	return gotree.Copy(lang, n, nil, int(n.StartByte()), gotree.Options{ShortText: shortText, Src: text})
}

// unitCopier returns what makes the copy copyTreeOf makes of the subtree at n: copied now,
// or, when the tree is to be freed first (later), read from it now and laid out then.
func unitCopier(lang *sitter.Language, n *sitter.Node, text string, later bool) func() *Node {
	if !later {
		mirror := copyTreeOf(lang, n, text)
		return func() *Node { return mirror }
	}
	w, base := gotree.Walk(lang, n), int(n.StartByte())
	return func() *Node { return w.Copy(nil, base, gotree.Options{ShortText: shortText, Src: text}) }
}

// isExtra reports text the grammar allows anywhere, which is no item of the list it
// stands in: comments, directives, `else branches, attributes.
func isExtra(n *Node) bool {
	return n.Is("comment", "preprocessor_directive", "inactive_branch", "attribute_instance")
}

// unlabel returns the statement a `label: statement` names (n itself when n has no
// label): analyses of statements read through the label.
func unlabel(n *Node) *Node {
	for n != nil && n.Kind() == "labeled_statement" {
		n = n.Child("statement")
	}
	return n
}

func symbolTable(lang *sitter.Language) []string { return gotree.SymbolNames(lang) }

func intern(s string) string { return gotree.Intern(s) }

// leafNode is a node outside the tree, for reporting at bytes no node spans.
func leafNode(kind string, start, end int, isError bool, parent *Node) *Node {
	return gotree.Leaf(kind, start, end, isError, parent)
}

// joinCopies is an ERROR node over copies of the nodes recovery left side by side.
func joinCopies(start, end int, roots []*Node, fields []string) *Node {
	return gotree.Join(start, end, roots, fields)
}
