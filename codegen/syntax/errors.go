package syntax

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/codegen/syntax/gotree"
)

// Error is one syntax problem: an ERROR node (text the grammar cannot place) or a MISSING
// node (a token the parser inserted to recover).
type Error struct {
	Start, End int // byte offsets
	Missing    bool
	Message    string
}

// Errors lists the syntax errors under n in document order. Nested ERROR nodes are reported
// once, at the outermost. Pairs are the language's block keywords (opener, closer), used to
// say which closer an ERROR is missing; nil is fine.
func Errors(f *File, n *sitter.Node, pairs ...[2]string) []Error {
	if n == nil || !n.HasError() {
		return nil
	}
	// Merge conflict markers are named on their lines: the parser's own errors around
	// them may land hundreds of lines away (a block left open by keeping both sides).
	return mergeByStart(conflictMarkers(f, int(n.StartByte()), int(n.EndByte())), parserErrors(f, n, pairs, false))
}

// ErrorsInside is Errors, but where recovery turned the whole file into one ERROR node
// whose block keywords pair up, it reports the ERROR nodes that node holds, on their
// lines, instead of the whole file from its first line: in Structured Text a block with
// `#REGION` … `#END_REGION` (a keyword takes no #) fails so once it is long enough, and
// the errors inside are the trouble. Not for every language: a Verilog file of encrypted
// IP fails as a whole too, and holds nothing but errors.
func ErrorsInside(f *File, n *sitter.Node, pairs ...[2]string) []Error {
	if n == nil || !n.HasError() {
		return nil
	}
	return mergeByStart(conflictMarkers(f, int(n.StartByte()), int(n.EndByte())), parserErrors(f, n, pairs, true))
}

// parserErrors lists the ERROR and MISSING nodes under n, as Errors describes.
func parserErrors(f *File, n *sitter.Node, pairs [][2]string, inside bool) []Error {
	var out []Error
	// Depth first in document order, into the children that hold errors only: a clean
	// subtree is never asked for its nodes.
	stack := []*sitter.Node{n}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch {
		case n.IsMissing():
			at := missingAt(f, n)
			out = append(out, Error{Start: at, End: at + int(n.EndByte()-n.StartByte()), Missing: true,
				Message: "expected " + describeKind(n)})
			continue
		case n.IsError():
			if at, ok := missingSemicolon(f, n); ok {
				out = append(out, Error{Start: at, End: at, Missing: true, Message: `expected ";"`})
				continue
			}
			msg, at, end := explainBlocks(f, n, pairs)
			if msg == "" && inside && n.Parent() == nil {
				// The whole file failed as one ERROR node, which recovery filled with what
				// parsed around the real trouble: ERROR nodes of its own (`#REGION` …
				// `#END_REGION` in a block whose keywords all pair up). Those are the
				// errors; the whole-file span would hide them under its first line.
				if kids := errorChildren(n); slices.ContainsFunc(kids, (*sitter.Node).IsError) {
					for i := len(kids) - 1; i >= 0; i-- {
						stack = append(stack, kids[i])
					}
					continue
				}
			}
			if msg == "" {
				at = pastCompleteStatements(f, n)
				msg, end = unexpected(f, n, at), int(n.EndByte())
			}
			out = append(out, Error{Start: at, End: end, Message: msg})
			continue
		case !n.HasError():
			continue
		}
		kids := errorChildren(n)
		for i := len(kids) - 1; i >= 0; i-- {
			stack = append(stack, kids[i])
		}
	}
	return out
}

// missingAt is where a MISSING node is reported. Tree-sitter puts it right after the token
// before it: where a `;` or an END keyword is missing, that is the place; a missing operand
// (a name the parser supplied to go on, `<name>.__CATCH`) belongs to the text it goes with,
// which may lie lines further down, past blank lines.
func missingAt(f *File, n *sitter.Node) int {
	at := int(n.StartByte())
	if !n.IsNamed() || f == nil || n.Type() == "end_of_text" || n.Type() == "region_end" {
		return at // a block's end: missing where the block stops
	}
	text := f.Bytes()
	next := at
	for next < len(text) && (text[next] == ' ' || text[next] == '\t' || text[next] == '\r' || text[next] == '\n') {
		next++
	}
	if next < len(text) && bytes.IndexByte(text[at:next], '\n') >= 0 {
		return next
	}
	return at
}

// conflictMarkers returns an error for each line of text[start:end] that is a marker git
// leaves in a file it could not merge (`<<<<<<< HEAD`, `|||||||`, `=======`, `>>>>>>> b`).
func conflictMarkers(f *File, start, end int) []Error {
	if f == nil {
		return nil
	}
	text := f.Bytes()
	end = min(end, len(text))
	var out []Error
	for at := start; at < end; {
		nl := bytes.IndexByte(text[at:end], '\n')
		lineEnd := end
		if nl >= 0 {
			lineEnd = at + nl
		}
		line := bytes.TrimSuffix(text[at:lineEnd], []byte("\r"))
		if conflictMarker(line) {
			out = append(out, Error{Start: at, End: at + len(line), Message: "merge conflict marker: keep one side of the conflict and delete the markers"})
		}
		if nl < 0 {
			break
		}
		at = lineEnd + 1
	}
	return out
}

func conflictMarker(line []byte) bool {
	if len(line) < 7 || line[0] != '<' && line[0] != '=' && line[0] != '|' && line[0] != '>' {
		return false // most lines: one byte looked at
	}
	if string(line) == "=======" {
		return true
	}
	for _, m := range []string{"<<<<<<<", "|||||||", ">>>>>>>"} {
		if string(line) == m || bytes.HasPrefix(line, []byte(m+" ")) {
			return true
		}
	}
	return false
}

// mergeByStart merges the markers and the parser's errors, both sorted by Start, leaving
// out a parser's error that starts on a marker's line (`unexpected "<<<<<<< HEAD"`): the
// marker says it better.
func mergeByStart(markers, errs []Error) []Error {
	if len(markers) == 0 {
		return errs
	}
	out := make([]Error, 0, len(markers)+len(errs))
	onMarker := func(e Error) bool {
		for _, m := range markers {
			if e.Start >= m.Start && e.Start <= m.End {
				return true
			}
		}
		return false
	}
	a, b := markers, errs
	for len(a) > 0 || len(b) > 0 {
		switch {
		case len(b) == 0 || len(a) > 0 && a[0].Start <= b[0].Start:
			out, a = append(out, a[0]), a[1:]
		case onMarker(b[0]):
			b = b[1:]
		default:
			out, b = append(out, b[0]), b[1:]
		}
	}
	return out
}

// FirstError returns the offset of the first ERROR or MISSING node under n (n included) in
// document order, or -1.
func FirstError(n *sitter.Node) int {
	if n == nil {
		return -1
	}
	stack := []*sitter.Node{n}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch {
		case n.IsError() || n.IsMissing():
			return int(n.StartByte())
		case !n.HasError():
			continue
		}
		kids := errorChildren(n)
		for i := len(kids) - 1; i >= 0; i-- {
			stack = append(stack, kids[i])
		}
	}
	return -1
}

// errorChildren returns n's children that are or hold errors, moving a cursor over the
// others without making node objects for them.
func errorChildren(n *sitter.Node) []*sitter.Node {
	idx := gotree.ErrorChildren(n)
	if len(idx) == 0 {
		return nil
	}
	cur := sitter.NewTreeCursor(n)
	defer cur.Close()
	out := make([]*sitter.Node, 0, len(idx))
	if !cur.GoToFirstChild() {
		return nil
	}
	at := 0
	for _, want := range idx {
		for at < want && cur.GoToNextSibling() {
			at++
		}
		if at != want {
			break
		}
		out = append(out, cur.CurrentNode())
	}
	return out
}

// Count returns how many ERROR and MISSING nodes lie under n.
func Count(n *sitter.Node) int {
	return CountIn(n, 0, int(^uint32(0)>>1))
}

// CountIn counts ERROR and MISSING nodes that overlap the byte range [start, end].
func CountIn(n *sitter.Node, start, end int) int {
	c := 0
	Walk(n, func(n *sitter.Node) Step {
		switch {
		case int(n.EndByte()) < start || int(n.StartByte()) > end:
			return Skip
		case n.IsMissing() || n.IsError():
			c++
			return Skip
		case !n.HasError():
			return Skip
		}
		return Descend
	})
	return c
}

func describeKind(n *sitter.Node) string {
	kind := n.Type()
	switch {
	case kind == "end_of_text":
		// A grammar's zero-width end of the text, which closes a declaration written
		// without its END keyword (ST as CODESYS's editors hold it): missing anywhere else,
		// the keyword is what is missing (`function_block_declaration`: END_FUNCTION_BLOCK).
		if d := declarationEndingAt(n); d != "" {
			return strconv.Quote("END_" + strings.ToUpper(strings.TrimSuffix(d, "_declaration")))
		}
		return "the end of the text"
	case kind == "":
		return "more input"
	case n.IsNamed():
		return strings.ReplaceAll(kind, "_", " ")
	default:
		return strconv.Quote(kind)
	}
}

// declarationEndingAt returns the kind of the innermost declaration that ends where the
// zero-width node n stands ("" when none). Node.Parent is not reliable for a zero-width
// node at its parent's end, so the search starts from the root.
func declarationEndingAt(n *sitter.Node) string {
	root := n
	for p := root.Parent(); p != nil; p = p.Parent() {
		root = p
	}
	at := n.StartByte()
	kind := ""
	Walk(root, func(c *sitter.Node) Step {
		if c.StartByte() > at || c.EndByte() < at {
			return Skip
		}
		if t := c.Type(); c.EndByte() == at && strings.HasSuffix(t, "_declaration") {
			kind = t
		}
		return Descend
	})
	return kind
}

// firstTokenStart is where an ERROR node's first token begins; the node itself may start
// earlier, in a gap between embedded code regions.
func firstTokenStart(n *sitter.Node) int {
	if at, ok := firstLeaf(n); ok {
		return at
	}
	return int(n.StartByte())
}

// firstLeaf finds the first token with text (zero-width ones are recovery artefacts).
func firstLeaf(n *sitter.Node) (at int, ok bool) {
	Walk(n, func(n *sitter.Node) Step {
		if n.ChildCount() > 0 {
			return Descend
		}
		if n.EndByte() > n.StartByte() {
			at, ok = int(n.StartByte()), true
			return Stop
		}
		return Skip
	})
	return at, ok
}

// pastCompleteStatements is where an ERROR node's trouble starts: past the statements at
// its start that parsed whole (error free, ended by `;`), which recovery swept into it
// (`x := x + 1;` then `y := ` at the end of a body: the error is the second line).
func pastCompleteStatements(f *File, n *sitter.Node) int {
	text := f.Bytes()
	for i := 0; i < int(n.ChildCount()); i++ {
		k := n.Child(i)
		end := int(k.EndByte())
		if !k.IsNamed() || k.HasError() || k.IsMissing() || end == 0 || end > len(text) || text[end-1] != ';' {
			if i == 0 {
				break
			}
			if at, ok := firstLeaf(k); ok {
				return at
			}
			return int(k.StartByte())
		}
	}
	return firstTokenStart(n)
}

func unexpected(f *File, n *sitter.Node, start int) string {
	end := int(n.EndByte())
	if end > start+4096 {
		end = start + 4096 // the message shows one line; a huge ERROR node is not copied
	}
	text := strings.TrimSpace(string(f.Bytes()[start:end]))
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		text = text[:i]
	}
	text = strings.TrimSpace(strings.TrimSuffix(text, "]]>")) // a CDATA's end: the file's, not the code's
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

// explainBlocks scans the tokens of an ERROR node for block keywords and names the first
// block left open or closed by the wrong keyword: the usual cause of a large ERROR node.
// It returns the message and the span of the one token it blames, the wrong closer or the
// opener left open, not the whole node (which may be a whole module). Keywords are quoted
// as the file writes them (Verilog's begin, ST's IF).
func explainBlocks(f *File, n *sitter.Node, pairs [][2]string) (string, int, int) {
	if len(pairs) == 0 {
		return "", 0, 0
	}
	closerOf := map[string]string{}
	openerOf := map[string]string{}
	for _, p := range pairs {
		closerOf[strings.ToUpper(p[0])] = p[1]
		openerOf[strings.ToUpper(p[1])] = p[0]
	}
	type open struct {
		word, text string
		at, end    int
	}
	var stack []open
	var blame [2]int
	msg := ""
	text := f.Bytes()
	skip := func(kind string) bool { return kind == "comment" || strings.Contains(kind, "string") }
	for _, leaf := range gotree.Tokens(f.Language, n, skip) {
		tok := string(text[leaf.Start:leaf.End])
		word := strings.ToUpper(tok)
		if _, ok := closerOf[word]; ok {
			stack = append(stack, open{word, tok, leaf.Start, leaf.End})
		} else if _, ok := openerOf[word]; ok {
			if len(stack) > 0 && !strings.EqualFold(closerOf[stack[len(stack)-1].word], word) {
				top := stack[len(stack)-1]
				blame = [2]int{leaf.Start, leaf.End}
				msg = fmt.Sprintf("expected %s to close %s (line %d) before %s", closerOf[top.word], top.text, f.Lines.LineOf(top.at)+1, tok)
				break
			}
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
	if msg != "" {
		return msg, blame[0], blame[1]
	}
	if len(stack) > 0 {
		top := stack[len(stack)-1]
		return fmt.Sprintf("expected %s to close %s (line %d)", closerOf[top.word], top.text, f.Lines.LineOf(top.at)+1), top.at, top.end
	}
	return "", 0, 0
}

// missingSemicolon recognises an ST assignment left without its `;` before the next
// statement: `x := 1` then `F(2);` is also `x := F(2);` with `1` left over, and `x := 1`
// then `y := 2;` is `x := y := 2;` (CODESYS's multiple assignment) with `1` left over,
// which is how the parser recovers. Where the left-over text ends its line, the writer
// forgot the `;` after it.
func missingSemicolon(f *File, n *sitter.Node) (int, bool) {
	p, next := n.Parent(), n.NextSibling()
	if p == nil || next == nil || p.Type() != "assignment" || !next.IsNamed() {
		return 0, false
	}
	end := int(n.EndByte())
	if f.Lines.LineOf(end) >= f.Lines.LineOf(int(next.StartByte())) {
		return 0, false
	}
	return end, true
}
