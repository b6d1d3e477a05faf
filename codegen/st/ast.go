package st

import (
	"strings"

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
	return gotree.Copy(lang, n, text, base, gotree.Options{ShortText: shortText, Token: plcopenOperator})
}

// plcopenOperator reads PLCopen's escaped operators (&lt; as <) by their kind.
func plcopenOperator(k *Node) {
	if strings.IndexByte(k.Text, '&') >= 0 && k.Kind != "" {
		k.Text = k.Kind
	}
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
