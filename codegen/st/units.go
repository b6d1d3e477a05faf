package st

import (
	"bytes"
	"context"
	"strings"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

var (
	_ codegen.UnitScanner    = (*Pack)(nil)
	_ codegen.LargeDocuments = (*Pack)(nil)
)

// unitOpeners start a top-level unit when they open a line; unitNests hold units of their
// own (a CONFIGURATION's globals, a namespace's POUs) and are never split.
var (
	unitOpeners = map[string]bool{"program": true, "function_block": true, "function": true, "class": true,
		"interface": true, "type": true, "var_global": true, "organization_block": true, "data_block": true,
		"configuration": true, "namespace": true}
	unitNests = map[string]string{"configuration": "end_configuration", "namespace": "end_namespace"}
)

// Units implements codegen.UnitScanner: a unit starts at a line that opens with a POU, type
// or global-variable keyword outside comments and strings, together with the pragmas and
// comment lines just above it. The scan reads tokens only.
func (*Pack) Units(text []byte) [][2]int {
	if looksLikeXML(text) {
		return [][2]int{{0, len(text)}} // code embedded in XML is parsed through its regions
	}
	var starts []int
	nest, depth := "", 0
	sc := scanner{text: text}
	for {
		tok, xml := sc.next()
		if tok == "" {
			break
		}
		if xml || tok == ";" || tok == ":" {
			continue
		}
		w := strings.ToLower(tok)
		if nest != "" {
			switch w {
			case nest:
				depth++
			case unitNests[nest]:
				if depth--; depth == 0 {
					nest = ""
				}
			}
			continue
		}
		if !unitOpeners[w] {
			continue
		}
		at := sc.i - len(tok)
		if !opensLine(text, at) {
			continue
		}
		starts = append(starts, leadingNotes(text, unitLineStart(text, at)))
		if _, ok := unitNests[w]; ok {
			nest, depth = w, 1
		}
	}
	if len(starts) == 0 {
		return [][2]int{{0, len(text)}}
	}
	starts[0] = 0 // whatever precedes the first unit (a header comment) belongs to it
	out := make([][2]int, len(starts))
	for i, s := range starts {
		end := len(text)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		out[i] = [2]int{s, end}
	}
	return out
}

func looksLikeXML(text []byte) bool {
	t := bytes.TrimLeft(text, " \t\r\n\ufeff")
	return len(t) > 0 && t[0] == '<'
}

// opensLine reports whether only blanks precede offset at on its line.
func opensLine(text []byte, at int) bool {
	for i := at - 1; i >= 0 && text[i] != '\n' && text[i] != '\r'; i-- {
		if text[i] != ' ' && text[i] != '\t' {
			return false
		}
	}
	return true
}

func unitLineStart(text []byte, at int) int {
	for at > 0 && text[at-1] != '\n' && text[at-1] != '\r' {
		at--
	}
	return at
}

// leadingNotes moves a unit's start up over the lines just above it that hold only a
// pragma ({attribute 'qualified_only'}) or a one-line comment: they describe that unit.
func leadingNotes(text []byte, start int) int {
	for start > 0 {
		prev := unitLineStart(text, start-1)
		line := strings.TrimSpace(string(text[prev:start]))
		note := strings.HasPrefix(line, "{") && strings.HasSuffix(line, "}") ||
			strings.HasPrefix(line, "//") ||
			strings.HasPrefix(line, "(*") && strings.HasSuffix(line, "*)") && !strings.Contains(line[2:len(line)-2], "*)")
		if !note {
			return start
		}
		start = prev
	}
	return start
}

// TextOnlyAbove implements codegen.LargeDocuments: a larger ST document is kept as text and
// checked POU by POU.
func (*Pack) TextOnlyAbove() int { return codegen.WindowedAbove }

// DiagnoseText implements codegen.LargeDocuments.
func (p *Pack) DiagnoseText(ctx context.Context, req codegen.CheckRequest) ([]syntax.Error, codegen.CheckResult) {
	return codegen.DiagnoseUnits(ctx, p, p, req)
}
