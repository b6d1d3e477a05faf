package st

import (
	"bytes"
	"context"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// stops end a model's answer at the next top-level declaration: the suffix already has it.
var stops = []string{
	"\nEND_PROGRAM", "\nEND_FUNCTION_BLOCK", "\nEND_FUNCTION", "\nEND_METHOD", "\nEND_ACTION",
	"\nFUNCTION_BLOCK ", "\nPROGRAM ", "\nFUNCTION ", "\nMETHOD ", "\nTYPE ", "\nVAR_GLOBAL",
}

// Context implements codegen.Pack: whether to ask at all, how much to ask for, the unit the
// gate re-checks, prompt blocks from the declarations, and the pack's own offers.
func (p *Pack) Context(ctx context.Context, req codegen.ContextRequest) codegen.Context {
	// The cursor's POU alone, the file's others seen by name: the cost of a suggestion
	// follows the POU, not the file.
	if w, _, ws, ok := codegen.CursorUnit(ctx, p, req.File, req.Workspace, req.Path, req.Offset); ok {
		req.File, req.Workspace = w, ws
	}
	f := req.File
	off := req.Offset
	if off < 0 {
		off = 0
	}
	if off > len(f.Bytes()) {
		off = len(f.Bytes())
	}
	out := codegen.Context{Stop: append([]string(nil), stops...), Unit: [2]int{0, len(f.Bytes())}}
	ws := p.scopeIndex(ctx, req.Workspace, req.Path, f, req.Config, nil)

	f.Lock()
	defer f.Unlock()
	if why := skipAtText(f.Bytes(), off); why != "" {
		out.Skip = why
		return out
	}
	m := p.cache.modelOf(f)
	if why := skipAt(f.Root(), m, f.Bytes(), off); why != "" {
		out.Skip = why
		return out
	}
	c := &cursor{text: f.Bytes(), off: off, m: m, ws: ws, path: req.Path}
	if u := m.UnitAt(off); u != nil {
		out.Unit = [2]int{u.Start, u.End}
		c.unit = u
		c.pou = innermostPOU(u.POUs(f.Bytes()), off)
	}
	if c.pou != nil {
		c.scope = newScope(c.pou, m, ws)
	} else {
		c.scope = &Scope{Model: m, WS: ws}
	}
	dialect := fileDialect(req.Path, req.Config, f)
	c.scope.setDialect(dialect)
	out.Multiline = c.multiline()
	out.Blocks = append(c.blocks(), dialectBlock(req.Path, dialect))
	if f.Regions != nil {
		out.Stop = append(out.Stop, "]]>", "</") // the end of the embedded region
	}
	out.Hints = c.hints()
	return out
}

// cursor is the state Context works from.
type cursor struct {
	text  []byte
	off   int
	m     *Model
	ws    *wsIndex
	path  string
	unit  *Unit
	pou   *POU
	scope *Scope
}

func innermostPOU(pous []*POU, off int) *POU {
	for _, p := range pous {
		if p.Start <= off && off <= p.End {
			if c := innermostPOU(p.Children, off); c != nil {
				return c
			}
			return p
		}
	}
	return nil
}

// skipAtText says why no suggestion fits at off from the text alone: inside a word.
func skipAtText(text []byte, off int) string {
	if off > 0 && off < len(text) && isIdent(text[off-1]) && isIdent(text[off]) {
		return "mid-token"
	}
	if off < len(text) && isIdent(text[off]) {
		return "before a word"
	}
	return ""
}

// skipAt says why no suggestion fits at off in the tree: inside a comment, a string or a
// pragma. It descends the model's copy of the cursor's unit (plain Go), and the tree
// itself only where no unit holds the cursor (a comment between POUs).
func skipAt(root *sitter.Node, m *Model, text []byte, off int) string {
	if u := m.UnitAt(off); u != nil {
		if r := u.Root(text); r != nil && r.Start() <= off && off < r.End() {
			return skipIn(r, text, off, func(n *Node, yield func(*Node) bool) {
				for _, k := range n.Kids() {
					if !yield(k) {
						return
					}
				}
			}, func(n *Node) (string, int, int) { return n.Kind(), n.Start(), n.End() })
		}
	}
	return skipIn(root, text, off, func(n *sitter.Node, yield func(*sitter.Node) bool) {
		syntax.Children(n, func(_ int, ch *sitter.Node, _ string) bool { return yield(ch) })
	}, func(n *sitter.Node) (string, int, int) { return n.Type(), int(n.StartByte()), int(n.EndByte()) })
}

// skipIn descends from n towards off, over the children kids yields in document order.
func skipIn[N comparable](n N, text []byte, off int, kids func(N, func(N) bool), span func(N) (kind string, start, end int)) string {
	var none N
	for depth := 0; n != none && depth < 64; depth++ {
		next := none
		why := ""
		kids(n, func(ch N) bool {
			kind, s, e := span(ch)
			if s > off {
				return false
			}
			switch kind {
			case "comment":
				// A line comment runs to the end of its line, cursor at its end included.
				if s < off && (off < e || off == e && e-s >= 2 && text[s] == '/' && text[s+1] == '/') {
					why = "in a comment"
				}
			case "string":
				if s < off && off < e {
					why = "in a string"
				}
			case "pragma":
				if s < off && off < e {
					why = "in a pragma"
				}
			}
			if why != "" {
				return false
			}
			if s <= off && off < e {
				next = ch
			}
			return true
		})
		if why != "" {
			return why
		}
		n = next
	}
	return ""
}

func isIdent(b byte) bool {
	return b == '_' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// linePrefix is the text between the start of the cursor's line and the cursor.
func (c *cursor) linePrefix() string {
	i := bytes.LastIndexByte(c.text[:c.off], '\n') + 1
	return string(c.text[i:c.off])
}

// lineSuffix is the rest of the cursor's line.
func (c *cursor) lineSuffix() string {
	rest := c.text[c.off:]
	if i := strings.IndexByte(string(rest), '\n'); i >= 0 {
		rest = rest[:i]
	}
	return string(rest)
}

// openers after which a block (several lines) may follow.
var openers = map[string]bool{
	"THEN": true, "ELSE": true, "DO": true, "OF": true, "REPEAT": true, "BEGIN": true,
	"VAR": true, "VAR_INPUT": true, "VAR_OUTPUT": true, "VAR_IN_OUT": true, "VAR_TEMP": true,
	"VAR_GLOBAL": true, "VAR_STAT": true, "VAR_EXTERNAL": true, "CONSTANT": true, "RETAIN": true,
	"STRUCT": true, "END_VAR": true,
}

// multiline: at a syntactic opening (after THEN, DO, OF, a case label, VAR…) or on an empty
// line; elsewhere only the rest of the line is wanted.
func (c *cursor) multiline() bool {
	if strings.TrimSpace(c.lineSuffix()) != "" {
		return false
	}
	pre := strings.TrimSpace(stripLineComment(c.linePrefix()))
	if pre == "" {
		return true
	}
	if strings.HasSuffix(pre, ":") && !strings.HasSuffix(pre, ":=") {
		return true // a case label
	}
	words := strings.Fields(strings.ToUpper(pre))
	return openers[words[len(words)-1]]
}

func stripLineComment(s string) string {
	if i := strings.Index(s, "//"); i >= 0 {
		return s[:i]
	}
	return s
}

// indentOf returns the leading whitespace of the line holding off.
func indentOf(text []byte, off int) string {
	i := bytes.LastIndexByte(text[:off], '\n') + 1
	j := i
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	return string(text[i:j])
}

// indentUnit guesses one indentation step (tab or four spaces) from the code around off:
// a file keeps one style, and scanning all of a large file on every keystroke costs more
// than the rest of the hints.
func indentUnit(text []byte, off int) string {
	const around = 32 << 10
	off = max(0, min(off, len(text)))
	start := max(0, off-around)
	near := text[start:min(len(text), off+around)]
	// Look for tabs, not for line starts: a space-indented file has a newline every few
	// dozen bytes and hardly a tab.
	for i := 0; ; {
		j := bytes.IndexByte(near[i:], '\t')
		if j < 0 {
			return "    "
		}
		i += j
		if at := start + i; at == 0 || text[at-1] == '\n' { // a tab that indents a line
			return "\t"
		}
		i++
	}
}

// PrepareUnit implements codegen.UnitPreparer: the model of the cursor's unit, which the
// context and the gate's check then share.
func (p *Pack) PrepareUnit(_ context.Context, unit *syntax.File) {
	unit.Lock()
	defer unit.Unlock()
	p.cache.modelOf(unit)
}
