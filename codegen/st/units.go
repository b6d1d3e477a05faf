package st

import (
	"bytes"
	"context"
	"fmt"
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
		w := sc.lower(tok)
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
		if !codegen.OpensLine(text, at) || namedLikeOpener(text, sc.i) {
			continue
		}
		starts = append(starts, codegen.NotesAbove(text, codegen.LineStart(text, at), stNote))
		if _, ok := unitNests[w]; ok {
			nest, depth = strings.Clone(w), 1
		}
	}
	return codegen.UnitRanges(starts, len(text))
}

// namedLikeOpener reports an opener word used as a name, which what follows it tells: a
// member or variable declared (`type : USINT;`, as B&R's structures have), assigned
// (`type := 3;`), selected or indexed. B&R reads only upper-case keywords; every unit
// split there cut a structure in two, and the gate refused the structure's own lines.
func namedLikeOpener(text []byte, after int) bool {
	for i := after; i < len(text); i++ {
		switch text[i] {
		case ' ', '\t':
			continue
		case ':', '.', '[', '=', '(':
			return true
		}
		return false
	}
	return false
}

func looksLikeXML(text []byte) bool {
	t := bytes.TrimLeft(text, " \t\r\n\ufeff")
	return len(t) > 0 && t[0] == '<'
}

// stNote accepts the lines above a POU that belong to it: a pragma
// ({attribute 'qualified_only'}) or a one-line comment.
func stNote(line string) bool {
	return strings.HasPrefix(line, "{") && strings.HasSuffix(line, "}") ||
		strings.HasPrefix(line, "//") ||
		strings.HasPrefix(line, "(*") && strings.HasSuffix(line, "*)") && !strings.Contains(line[2:len(line)-2], "*)")
}

// TextOnlyAbove implements codegen.LargeDocuments: a larger ST document is kept as text and
// checked POU by POU.
func (*Pack) TextOnlyAbove() int { return codegen.WindowedAbove }

// DocumentContext implements codegen.DocumentContexter: beyond its unit, a POU's check
// reads the source's dialect markers (its first 64 KiB) and classic SCL's markers (all of
// it). Code embedded in XML is checked afresh each time.
func (p *Pack) DocumentContext(f *syntax.File, path string) (string, bool) {
	if looksLikeXML(f.Bytes()) {
		return "", false
	}
	m := sourceMarkersOf(f)
	return fmt.Sprintf("%s/%t/%t", dialectMarkersOf(f), m.classic, m.optimizedAccess), true
}

// DiagnoseText implements codegen.LargeDocuments.
func (p *Pack) DiagnoseText(ctx context.Context, req codegen.CheckRequest) ([]syntax.Error, codegen.CheckResult) {
	return codegen.DiagnoseUnits(ctx, p, p, req)
}
