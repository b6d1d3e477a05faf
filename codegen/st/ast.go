package st

import (
	"strings"
	"unicode/utf8"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/codegen/syntax/gotree"
)

// Node is the Go-side copy of a tree-sitter node that rules walk (see gotree).
type Node = gotree.Node

// shortText: nodes up to this many bytes keep their text (names, type names, small
// expressions), so most questions need no access to the file text.
const shortText = 64

// copyTree copies the subtree at n, offsets relative to base.
func copyTree(lang *sitter.Language, n *sitter.Node, text []byte, base int) *Node {
	return gotree.Copy(lang, n, text, base, gotree.Options{ShortText: shortText, TokenIsKind: plcopenOperator})
}

// copyTreeOf copies the subtree at n whose source is src, with file offsets; the copy's
// texts share src's bytes.
func copyTreeOf(lang *sitter.Language, n *sitter.Node, src string) *Node {
	return gotree.Copy(lang, n, nil, 0, gotree.Options{ShortText: shortText, TokenIsKind: plcopenOperator, Src: src})
}

// unitCopier returns what makes the copy copyTreeOf makes of the subtree at n: copied now,
// or, when the tree is to be freed first (later), read from it now and laid out then.
func unitCopier(lang *sitter.Language, n *sitter.Node, src string, later bool) func() *Node {
	if !later {
		mirror := copyTreeOf(lang, n, src)
		return func() *Node { return mirror }
	}
	w := gotree.Walk(lang, n)
	return func() *Node {
		return w.Copy(nil, 0, gotree.Options{ShortText: shortText, TokenIsKind: plcopenOperator, Src: src})
	}
}

// plcopenOperator reads PLCopen's escaped operators (&lt; as <) by their kind.
func plcopenOperator(kind, text string) bool {
	return strings.IndexByte(text, '&') >= 0 && kind != ""
}

func isExtra(kind string) bool { return kind == "comment" || kind == "pragma" }

// lower is the IEC name key: identifiers are case-insensitive.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// lowerKey is lower(name) written into buf, for a map lookup that allocates nothing (the
// compiler looks m[string(b)] up without making the string); ok is false for a name that
// does not fit or is not ASCII, which lower handles.
func lowerKey(buf []byte, name string) (key []byte, ok bool) {
	if len(name) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= utf8.RuneSelf:
			return nil, false
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(name)], true
}

// leafNode is a node outside the tree, for reporting at bytes no node spans.
func leafNode(kind string, start, end int, isError bool, parent *Node) *Node {
	return gotree.Leaf(kind, start, end, isError, parent)
}
