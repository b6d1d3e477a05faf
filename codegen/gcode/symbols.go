package gcode

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/gantry-dev/gantry/codegen/syntax"
)

// Symbol is a document symbol: a subroutine, a Fanuc program, a tool change or an
// operation named by a comment. Start and End are byte offsets.
type Symbol struct {
	Name       string
	Kind       string // "subroutine", "program", "tool-change", "operation"
	Start, End int
}

var operationWords = []string{"operation", "op:", "face", "facing", "pocket", "contour", "profile", "drill",
	"adaptive", "bore", "boring", "chamfer", "slot", "rough", "finish", "engrave", "tap", "thread", "peck",
	"spot", "ream", "trace", "parallel", "scallop", "helix", "ramp", "2d ", "3d "}

// Symbols lists the document symbols of f in order. It reads the text line by line
// (cheap enough for million-line files: most lines are skipped on their first byte), a
// piece at a time, so a large document's text is not joined for its outline.
func Symbols(f *syntax.File) []Symbol {
	var out []Symbol
	var open []int // indexes of symbols whose end is the next symbol of their kind
	closeOpen := func(at int, kinds ...string) {
		keep := open[:0]
		for _, i := range open {
			closed := false
			for _, k := range kinds {
				if out[i].Kind == k {
					out[i].End = at
					closed = true
				}
			}
			if !closed {
				keep = append(keep, i)
			}
		}
		open = keep
	}
	subs := map[string]int{}
	var b Block
	line := 0
	// symbolsOf reads the line [p, end) (end at its newline or the text's end) of text,
	// whose first byte is at offset base.
	symbolsOf := func(text []byte, base, p, end int) {
		ls := p
		for ls < end && (text[ls-base] == ' ' || text[ls-base] == '\t') {
			ls++
		}
		if ls >= end {
			return
		}
		c := text[ls-base]
		lineEnd := end
		if lineEnd > p && text[lineEnd-1-base] == '\r' {
			lineEnd--
		}
		switch {
		case c == '(' || c == ';':
			if name := operationName(string(text[ls-base : lineEnd-base])); name != "" {
				closeOpen(p, "operation")
				out = append(out, Symbol{Name: name, Kind: "operation", Start: p, End: lineEnd})
				open = append(open, len(out)-1)
			}
		case c == 'o' || c == 'O' || c == ':':
			scanLineAt(&b, text, base, line, p, lineEnd)
			switch {
			case b.Ctl.Kind == CtlSub:
				subs[b.Ctl.Label] = len(out)
				out = append(out, Symbol{Name: "o" + b.Ctl.Label + " sub", Kind: "subroutine", Start: p, End: lineEnd})
			case b.Ctl.Kind == CtlEndSub:
				// the last endsub closes the subroutine: one inside an if returns early
				if i, ok := subs[b.Ctl.Label]; ok {
					out[i].End = lineEnd
				}
			case b.Flags&FlagProgramNumber != 0:
				closeOpen(p, "program", "operation", "tool-change")
				name := fmt.Sprintf("O%d", b.Program)
				if len(b.Comments) > 0 {
					name += " " + strings.Trim(string(text[b.Comments[0].Start-base:b.Comments[0].End-base]), "(); ")
				}
				out = append(out, Symbol{Name: name, Kind: "program", Start: p, End: lineEnd})
				open = append(open, len(out)-1)
			}
		default:
			if hasM6(text[ls-base : lineEnd-base]) {
				scanLineAt(&b, text, base, line, p, lineEnd)
				name := toolChangeName(&b)
				if name != "" {
					closeOpen(p, "tool-change")
					out = append(out, Symbol{Name: name, Kind: "tool-change", Start: p, End: lineEnd})
					open = append(open, len(out)-1)
				}
			}
		}
	}
	// Pieces end at line breaks, but a lone "\r" ends a piece's line too: a line is read
	// at its "\n", and the part of one left at a piece's end waits for the next piece.
	var carry []byte
	carryAt := 0
	for off, data := range f.Lines.Pieces {
		text, base := data, off
		if len(carry) > 0 {
			carry = append(carry, data...)
			text, base = carry, carryAt
		}
		p := base
		for {
			e := bytes.IndexByte(text[p-base:], '\n')
			if e < 0 {
				break
			}
			symbolsOf(text, base, p, p+e)
			line++
			p += e + 1
		}
		carry, carryAt = append([]byte(nil), text[p-base:]...), p
	}
	symbolsOf(carry, carryAt, carryAt, carryAt+len(carry))
	closeOpen(f.Len(), "operation", "tool-change", "program")
	return out
}

func hasM6(l []byte) bool {
	for i := 0; i+1 < len(l); i++ {
		if (l[i] == 'M' || l[i] == 'm') && (i == 0 || !isLetter(l[i-1])) {
			j := i + 1
			for j < len(l) && (l[j] == '0' || l[j] == ' ') {
				j++
			}
			if j < len(l) && l[j] == '6' && (j+1 == len(l) || !isDigit(l[j+1]) && l[j+1] != '.') {
				return true
			}
		}
	}
	return false
}

func toolChangeName(b *Block) string {
	t := ""
	ok := false
	for _, w := range b.Words {
		if w.Letter == 'M' {
			if c, k := w.Code(); k && c == mToolChange {
				ok = true
			}
		}
		if w.Letter == 'T' {
			t = b.wordText(0)
			t = "T" + trimFloat(w.Value)
		}
	}
	if !ok {
		return ""
	}
	if t == "" {
		return "tool change (M6)"
	}
	return "tool change " + t
}

// operationName returns the operation a comment announces, or "".
func operationName(c string) string {
	s := strings.TrimSpace(strings.Trim(strings.TrimSpace(c), "();"))
	if s == "" || len(s) > 80 {
		return ""
	}
	low := strings.ToLower(s)
	if strings.HasPrefix(low, "msg,") || strings.HasPrefix(low, "debug,") || strings.HasPrefix(low, "print,") || strings.Contains(low, "gantry:ignore") || strings.Contains(low, "want \"") {
		return ""
	}
	for _, w := range operationWords {
		if strings.HasPrefix(low, w) || strings.Contains(low, " "+w) || strings.Contains(low, w+":") {
			return s
		}
	}
	return ""
}
