package st

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/gantry-dev/gantry/codegen/lazyregexp"
)

// CODESYS 2.3 exports (.EXP). CODESYS V2.3 (and WAGO-I/O-PRO, OWEN CODESYS and other
// V2.3-based tools) exports a project, or one object per file, as text: each object is
// preceded by pragma comments (`(* @NESTEDCOMMENTS := 'Yes' *)`, `(* @PATH := '\/Folder' *)`,
// `(* @OBJECTFLAGS := '0, 8' *)`, …), a POU is written as its declaration, the pragma
// `(* @END_DECLARATION := '0' *)`, its body and its END_* keyword, each action of a POU
// follows it as `ACTION name: … END_ACTION`, a global variable list as VAR_GLOBAL … END_VAR,
// a data type as TYPE … END_TYPE. The same file holds objects that are not ST:
// visualisations (VISUALISATION … END_VISUALISATION), library stubs (LIBRARY …
// END_LIBRARY), task, alarm and PLC configurations, and POU bodies in IL (plain text
// instructions) or in a graphical language (`_FBD_BODY`, `_LD_BODY`, `_CFC_BODY`, …, or
// SFC's INITIAL_STEP/STEP/TRANSITION text).
//
// Gantry parses only the ST of such a file (tree-sitter included ranges, as for TwinCAT
// files): each POU, action, GVL and type from its first keyword to its END_* line; a POU or
// action whose body is not ST keeps its declaration (up to the END_DECLARATION pragma) and
// its END_* line, so its variables stay declared and its body is left out. Everything else
// (the pragmas, the other objects) is outside the regions.

// exportPragmas are the pragma comments CODESYS writes before every exported object; one of
// them near the start tells a CODESYS export from another tool's .exp file.
var exportPragmas = [][]byte{[]byte("(* @NESTEDCOMMENTS :="), []byte("(* @PATH :="), []byte("(* @OBJECTFLAGS :=")}

// isCodesysExport reports whether text (at least its first bytes) is a CODESYS 2.3 export.
func isCodesysExport(head []byte) bool {
	if bytes.IndexByte(head, 0) >= 0 {
		return false
	}
	for _, p := range exportPragmas {
		if bytes.Contains(head, p) {
			return true
		}
	}
	return false
}

func isExportPath(path string) bool { return strings.EqualFold(filepath.Ext(path), ".exp") }

// exportRegions implements syntax.Regions for a CODESYS 2.3 export.
func exportRegions(text []byte) [][2]int {
	var out [][2]int
	lines := exportLines(text)
	for i := 0; i < len(lines); {
		word := lineWord(text, lines[i])
		switch word {
		case "PROGRAM", "FUNCTION", "FUNCTION_BLOCK", "ACTION":
			var r [][2]int
			r, i = exportPOU(text, lines, i, word)
			out = append(out, r...)
		case "TYPE", "VAR_GLOBAL", "VAR_CONFIG":
			end := "END_TYPE"
			if word != "TYPE" {
				end = "END_VAR"
			}
			j := findExportLine(text, lines, i+1, end)
			if j < 0 {
				return append(out, [2]int{lines[i][0], len(text)})
			}
			out = append(out, [2]int{lines[i][0], lines[j][1]})
			i = j + 1
		default:
			i = skipObject(text, lines, i, word)
		}
	}
	return out
}

// exportPOU returns the regions of the POU or action that starts on line i and the line
// after it: the whole object when its body is ST, else its declaration and its END_* line.
func exportPOU(text []byte, lines [][2]int, i int, kind string) ([][2]int, int) {
	end := findExportLine(text, lines, i+1, "END_"+kind)
	if end < 0 {
		return [][2]int{{lines[i][0], len(text)}}, len(lines)
	}
	bodyFrom := i + 1 // an action's header is its first line
	if kind != "ACTION" {
		bodyFrom = -1
		for j := i + 1; j < end; j++ {
			if bytes.HasPrefix(bytes.TrimSpace(text[lines[j][0]:lines[j][1]]), []byte("(* @END_DECLARATION")) {
				bodyFrom = j + 1
				break
			}
		}
	}
	whole := [][2]int{{lines[i][0], lines[end][1]}}
	if bodyFrom < 0 || bodyFrom >= end || isSTBody(text, lines[bodyFrom:end]) {
		return whole, end + 1
	}
	return [][2]int{{lines[i][0], lines[bodyFrom-1][1]}, {lines[end][0], lines[end][1]}}, end + 1
}

// skipObject returns the line after an object that is not ST (its END_ or _END_ line), or
// after a comment that starts on line i, or i+1.
func skipObject(text []byte, lines [][2]int, i int, word string) int {
	line := bytes.TrimSpace(text[lines[i][0]:lines[i][1]])
	if bytes.HasPrefix(line, []byte("(*")) {
		for j := i; j < len(lines); j++ {
			if bytes.Contains(text[lines[j][0]:lines[j][1]], []byte("*)")) {
				return j + 1
			}
		}
		return len(lines)
	}
	if word == "" {
		return i + 1
	}
	name := strings.TrimPrefix(word, "_")
	for j := i + 1; j < len(lines); j++ {
		w := lineWord(text, lines[j])
		if w == "END_"+name || w == "_END_"+name {
			return j + 1
		}
	}
	return i + 1
}

// isSTBody reports whether a POU body (its lines) is ST: not a graphical body (`_FBD_BODY`,
// `_LD_BODY`, `_CFC_BODY`, `_SFC…`), not SFC text, not IL. Its first line that is not blank
// or a comment decides; an empty body is ST.
func isSTBody(text []byte, lines [][2]int) bool {
	inComment := false
	for _, l := range lines {
		line := bytes.TrimSpace(text[l[0]:l[1]])
		if inComment {
			if k := bytes.Index(line, []byte("*)")); k >= 0 {
				inComment = false
				line = bytes.TrimSpace(line[k+2:])
			} else {
				continue
			}
		}
		for bytes.HasPrefix(line, []byte("(*")) {
			k := bytes.Index(line, []byte("*)"))
			if k < 0 {
				inComment = true
				line = nil
				break
			}
			line = bytes.TrimSpace(line[k+2:])
		}
		if bytes.HasPrefix(line, []byte("//")) {
			continue
		}
		if len(line) == 0 {
			continue
		}
		return !isGraphicalBody(line) && !isILLine(line)
	}
	return true
}

// isGraphicalBody reports whether a body's first line starts a graphical or SFC body.
func isGraphicalBody(line []byte) bool {
	w := strings.ToUpper(string(exportWord(line)))
	switch {
	case strings.HasPrefix(w, "_") && (strings.HasSuffix(w, "_BODY") || w == "_NETWORKS" || strings.HasPrefix(w, "_SFC")):
		return true
	case w == "INITIAL_STEP" || w == "STEP" || w == "TRANSITION":
		return true
	}
	return false
}

// ilOperators are the IL operators (IEC 61131-3 and CODESYS V2.3) a body may start with.
var ilOperators = map[string]bool{
	"LD": true, "LDN": true, "ST": true, "STN": true, "S": true, "R": true,
	"AND": true, "ANDN": true, "OR": true, "ORN": true, "XOR": true, "XORN": true, "NOT": true,
	"ADD": true, "SUB": true, "MUL": true, "DIV": true, "MOD": true,
	"GT": true, "GE": true, "EQ": true, "NE": true, "LE": true, "LT": true,
	"JMP": true, "JMPC": true, "JMPCN": true, "CAL": true, "CALC": true, "CALCN": true,
	"RET": true, "RETC": true, "RETCN": true,
}

// isILLine reports whether a body's first line is IL: an operator followed by its operand
// (an ST statement never starts with a name followed by another name), a bare RET, or a
// label alone on its line (`next:`).
func isILLine(line []byte) bool {
	w := exportWord(line)
	if len(w) == 0 {
		return false
	}
	rest := bytes.TrimSpace(line[len(w):])
	if bytes.Equal(rest, []byte(":")) {
		return true // a jump label
	}
	if !ilOperators[strings.ToUpper(string(w))] {
		return false
	}
	if len(rest) == 0 {
		return true
	}
	if len(rest) == len(line)-len(w) {
		return false // no space after the word: `ST(…)`, `S:=…`
	}
	switch rest[0] {
	case ':', '(', '.', '[', '^', ';', '=', '<', '>', '+', '-', '*', '/':
		return false
	}
	return true
}

// exportWord is the identifier a line starts with (letters, digits, '_').
func exportWord(line []byte) []byte {
	n := 0
	for n < len(line) && isExportIdentByte(line[n]) {
		n++
	}
	return line[:n]
}

func isExportIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// lineWord is a line's leading identifier in upper case.
func lineWord(text []byte, l [2]int) string {
	return strings.ToUpper(string(exportWord(bytes.TrimLeft(text[l[0]:l[1]], " \t"))))
}

// findExportLine returns the first line from `from` whose leading word is word, or -1.
func findExportLine(text []byte, lines [][2]int, from int, word string) int {
	for j := from; j < len(lines); j++ {
		if lineWord(text, lines[j]) == word {
			return j
		}
	}
	return -1
}

// exportLines returns each line's start and end (after its line break).
func exportLines(text []byte) [][2]int {
	var out [][2]int
	for start := 0; start < len(text); {
		k := bytes.IndexByte(text[start:], '\n')
		end := len(text)
		if k >= 0 {
			end = start + k + 1
		}
		out = append(out, [2]int{start, end})
		start = end
	}
	return out
}

// exportBodyUnread reports whether the POU or action written at text[start:end] of a
// CODESYS 2.3 export has a body in another language (IL, LD, FBD, CFC, SFC) that
// exportRegions left out: its variables are used, its result set, by code Gantry does not
// read. So does a block of a TIA Portal V21 block document (`.s7dcl`) with a network
// drawn in LAD or FBD (a rung, which the grammar reads as one token), and a block of a
// STEP 7 STL source, whose networks (`NETWORK` / `TITLE =` / STL statements) the grammar
// reads as one token each, whatever the file's extension. False for any other file.
func exportBodyUnread(path string, text []byte, start, end int) bool {
	if start < 0 || end > len(text) || start >= end {
		return false
	}
	if stlSourceNetwork(text[start:end]) {
		return true
	}
	if strings.EqualFold(filepath.Ext(path), ".s7dcl") {
		return sdRung.Match(text[start:end])
	}
	if !isExportPath(path) {
		return false
	}
	obj := text[start:end]
	lines := exportLines(obj)
	if len(lines) < 2 {
		return false
	}
	from := 1 // an action's body follows its header line
	if k := bytes.Index(obj, []byte("(* @END_DECLARATION")); k >= 0 {
		from = -1
		for j, l := range lines {
			if l[0] <= k && k < l[1] {
				from = j + 1
			}
		}
	} else if lineWord(obj, lines[0]) != "ACTION" {
		return false
	}
	if from < 0 || from >= len(lines) {
		return false
	}
	body := lines[from:]
	if last := body[len(body)-1]; strings.HasPrefix(lineWord(obj, last), "END_") {
		body = body[:len(body)-1]
	}
	return !isSTBody(obj, body)
}

// stlSourceNetwork reports whether text holds a network of a STEP 7 STL source: a line
// NETWORK alone, then (after blank lines) a line opening with `TITLE =`.
func stlSourceNetwork(text []byte) bool {
	if !bytes.Contains(text, []byte("NETWORK")) && !bytes.Contains(text, []byte("network")) &&
		!bytes.Contains(text, []byte("Network")) {
		return false
	}
	return stlNetwork.Match(text)
}

var stlNetwork = lazyregexp.New(`(?im)^[ \t]*NETWORK[ \t]*\r?\n\s*TITLE[ \t]*=`)

// sdRung matches a line opening a rung of a LAD or FBD network in a TIA Portal V21 block
// document: `RUNG wire#powerrail`, `RUNG 1`, `RUNG "DB_Line".start`, a `RUNG` alone.
var sdRung = lazyregexp.New(`(?im)^[ \t]*RUNG([ \t]+(wire#|\d|")|[ \t]*\r?$)`)
