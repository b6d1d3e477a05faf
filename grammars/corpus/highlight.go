package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
)

// Highlight tests follow the tree-sitter CLI's convention for test/highlight/: a comment
// line under a line of code asserts the capture at a column of that line. `^ name` asserts
// at the caret's column, `<- name` at the column where the comment starts, and `!name`
// asserts that the capture there is not name. Several carets on one line are allowed.
//
// The capture at a position is the one on the innermost captured node covering it; on one
// node the first pattern in highlights.scm wins, as in tree-sitter's highlighter.

// Assertion is one expectation of a highlight test file.
type Assertion struct {
	Line, Column int // 0-based, in bytes, on the code line the comment refers to
	Capture      string
	Negated      bool
	SourceLine   int // 0-based line of the assertion comment, for messages
}

// ParseAssertions reads the assertions of src whose comments start with commentPrefix.
func ParseAssertions(src []byte, commentPrefix string) []Assertion {
	var out []Assertion
	codeLine := -1
	for i, line := range strings.Split(string(src), "\n") {
		trimmed := strings.TrimLeft(line, " \t")
		start := len(line) - len(trimmed)
		if !strings.HasPrefix(trimmed, commentPrefix) || codeLine < 0 {
			if strings.TrimSpace(line) != "" {
				codeLine = i
			}
			continue
		}
		found := parseAssertionComment(line, start+len(commentPrefix), start)
		if len(found) == 0 {
			// An ordinary comment: it is code for the next assertion.
			codeLine = i
			continue
		}
		for _, a := range found {
			a.Line, a.SourceLine = codeLine, i
			out = append(out, a)
		}
	}
	return out
}

func parseAssertionComment(line string, from, commentStart int) []Assertion {
	var out []Assertion
	rest := line[from:]
	pos := from
	for len(rest) > 0 {
		var col int
		switch {
		case strings.HasPrefix(rest, "<-"):
			col, rest, pos = commentStart, rest[2:], pos+2
		case rest[0] == '^':
			col, rest, pos = pos, rest[1:], pos+1
		case rest[0] == ' ' || rest[0] == '\t':
			rest, pos = rest[1:], pos+1
			continue
		default:
			return out[:0:0]
		}
		for len(rest) > 0 && rest[0] == '^' { // ^^^ marks a span; its first column is asserted
			rest, pos = rest[1:], pos+1
		}
		trimmed := strings.TrimLeft(rest, " \t")
		pos += len(rest) - len(trimmed)
		rest = trimmed
		end := strings.IndexAny(rest, " \t")
		if end < 0 {
			end = len(rest)
		}
		name := rest[:end]
		if name == "" {
			return out[:0:0]
		}
		a := Assertion{Column: col, Capture: strings.TrimPrefix(name, "!"), Negated: strings.HasPrefix(name, "!")}
		out = append(out, a)
		rest, pos = rest[end:], pos+end
	}
	return out
}

// Highlights maps each captured node's byte range to the capture that wins on it.
type Highlights struct {
	spans []highlightSpan
}

type highlightSpan struct {
	start, end uint32
	capture    string
	pattern    uint32
}

// ComputeHighlights runs the highlights query over src.
func ComputeHighlights(lang *sitter.Language, query, src []byte) (*Highlights, error) {
	q, err := sitter.NewQuery(query, lang)
	if err != nil {
		return nil, err
	}
	defer q.Close()
	p := sitter.NewParser()
	defer p.Close()
	p.SetLanguage(lang)
	tree := p.Parse(nil, src)
	defer tree.Close()
	qc := sitter.NewQueryCursor()
	defer qc.Close()
	qc.Exec(q, tree.RootNode())
	h := &Highlights{}
	for {
		m, ok := qc.NextMatch()
		if !ok {
			break
		}
		m = qc.FilterPredicates(m, src)
		for _, c := range m.Captures {
			name := q.CaptureNameForId(c.Index)
			if strings.HasPrefix(name, "_") {
				continue // helper captures used only by predicates
			}
			h.spans = append(h.spans, highlightSpan{c.Node.StartByte(), c.Node.EndByte(), name, uint32(m.PatternIndex)})
		}
	}
	return h, nil
}

// At returns the capture at byte offset off, or "" when nothing is captured there.
func (h *Highlights) At(off uint32) string {
	var best *highlightSpan
	for i := range h.spans {
		s := &h.spans[i]
		if off < s.start || off >= s.end {
			continue
		}
		if best == nil || s.end-s.start < best.end-best.start ||
			(s.end-s.start == best.end-best.start && s.pattern < best.pattern) {
			best = s
		}
	}
	if best == nil {
		return ""
	}
	return best.capture
}

// CheckHighlights runs every file under dir/test/highlight against dir/queries/highlights.scm.
func CheckHighlights(t *testing.T, lang *sitter.Language, dir, commentPrefix string) {
	t.Helper()
	query, err := os.ReadFile(filepath.Join(dir, "queries", "highlights.scm"))
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "test", "highlight", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no highlight tests under %s/test/highlight (%v)", dir, err)
	}
	sort.Strings(files)
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if ok, where := ParsesCleanly(lang, src); !ok {
			t.Errorf("%s does not parse cleanly: %s", f, where)
			continue
		}
		asserts := ParseAssertions(src, commentPrefix)
		if len(asserts) == 0 {
			t.Errorf("%s holds no assertions", f)
			continue
		}
		h, err := ComputeHighlights(lang, query, src)
		if err != nil {
			t.Fatal(err)
		}
		lineStarts := lineOffsets(src)
		for _, a := range asserts {
			got := h.At(uint32(lineStarts[a.Line] + a.Column))
			if (got == a.Capture) == a.Negated {
				want := a.Capture
				if a.Negated {
					want = "anything but " + want
				}
				t.Errorf("%s:%d: at line %d column %d (%q): capture %q, want %s", f, a.SourceLine+1,
					a.Line+1, a.Column+1, snippet(src, lineStarts[a.Line]+a.Column), got, want)
			}
		}
	}
}

func lineOffsets(src []byte) []int {
	offs := []int{0}
	for i, b := range src {
		if b == '\n' {
			offs = append(offs, i+1)
		}
	}
	return offs
}

func snippet(src []byte, off int) string {
	end := off
	for end < len(src) && end-off < 12 && src[end] != '\n' {
		end++
	}
	return fmt.Sprint(string(src[off:end]))
}
