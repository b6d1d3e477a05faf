package syntax

import (
	"fmt"
	"strconv"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"
)

// Error is one syntax problem: an ERROR node (text the grammar cannot place) or a MISSING
// node (a token the parser inserted to recover).
type Error struct {
	Start, End int // byte offsets
	Missing    bool
	Message    string
}

// Errors lists the syntax errors under n in document order. Nested ERROR nodes are reported
// once, at the outermost.
func Errors(f *File, n *sitter.Node) []Error {
	var out []Error
	var walk func(n *sitter.Node)
	walk = func(n *sitter.Node) {
		switch {
		case n.IsMissing():
			out = append(out, Error{Start: int(n.StartByte()), End: int(n.EndByte()), Missing: true,
				Message: "expected " + describeKind(n)})
			return
		case n.IsError():
			out = append(out, Error{Start: int(n.StartByte()), End: int(n.EndByte()), Message: unexpected(f, n)})
			return
		case !n.HasError():
			return
		}
		for i := 0; i < int(n.ChildCount()); i++ {
			walk(n.Child(i))
		}
	}
	walk(n)
	return out
}

// Count returns how many ERROR and MISSING nodes lie under n, stopping at limit.
func Count(n *sitter.Node) int {
	if n.IsMissing() || n.IsError() {
		return 1
	}
	if !n.HasError() {
		return 0
	}
	c := 0
	for i := 0; i < int(n.ChildCount()); i++ {
		c += Count(n.Child(i))
	}
	return c
}

// CountIn counts ERROR and MISSING nodes that overlap the byte range [start, end].
func CountIn(n *sitter.Node, start, end int) int {
	if int(n.EndByte()) < start || int(n.StartByte()) > end {
		return 0
	}
	if n.IsMissing() || n.IsError() {
		return 1
	}
	if !n.HasError() {
		return 0
	}
	c := 0
	for i := 0; i < int(n.ChildCount()); i++ {
		c += CountIn(n.Child(i), start, end)
	}
	return c
}

func describeKind(n *sitter.Node) string {
	kind := n.Type()
	switch {
	case kind == "":
		return "more input"
	case n.IsNamed():
		return strings.ReplaceAll(kind, "_", " ")
	default:
		return strconv.Quote(kind)
	}
}

func unexpected(f *File, n *sitter.Node) string {
	text := strings.TrimSpace(f.Content(n))
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		text = text[:i]
	}
	if len(text) > 40 {
		text = text[:40] + "…"
	}
	if text == "" {
		return "syntax error"
	}
	// What the parser was inside tells the reader where it got lost.
	if p := n.Parent(); p != nil && p.Type() != "source_file" && !p.IsError() {
		return fmt.Sprintf("unexpected %q in %s", text, strings.ReplaceAll(p.Type(), "_", " "))
	}
	return fmt.Sprintf("unexpected %q", text)
}
