package st

import (
	"bytes"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// Dialect is the flavour of Structured Text a file is written in.
type Dialect string

const (
	// DialectCODESYS is IEC 61131-3 as CODESYS, TwinCAT, OpenPLC and SIMATIC AX write it.
	DialectCODESYS Dialect = "codesys"
	// DialectSCL is Siemens TIA Portal SCL.
	DialectSCL Dialect = "scl"
	// DialectAX is SIMATIC AX's Structured Text (IEC 61131-3 3rd edition with namespaces):
	// as CODESYS but for what the edition changed, a string's character is a CHAR.
	DialectAX Dialect = "ax"
)

// CharStrings reports whether a string's [i] reads a CHAR (SCL, SIMATIC AX and the 3rd
// edition) rather than the character's code, a BYTE (CODESYS, TwinCAT).
func (d Dialect) CharStrings() bool { return d == DialectSCL || d == DialectAX }

// dialectOf decides a file's dialect, first rule that applies:
//  1. the setting `st.dialect` ("scl", "codesys" or "ax"; "auto" or empty: go on);
//  2. the extension: .scl is SCL; TwinCAT and PLCopen project files are CODESYS;
//  3. what the file declares: ORGANIZATION_BLOCK, DATA_BLOCK, a `BEGIN` line, `#local`
//     names or `{ S7_Optimized_Access … }` make it SCL; a line opening with NAMESPACE or
//     USING makes it SIMATIC AX (CODESYS and TwinCAT write neither in ST);
//  4. otherwise CODESYS.
func dialectOf(path string, cfg *config.Config, text []byte) Dialect {
	return decideDialect(path, cfg, func() Dialect { return dialectMarkers(text) })
}

// fileDialect is dialectOf for a snapshot, whose markers are looked for once.
func fileDialect(path string, cfg *config.Config, f *syntax.File) Dialect {
	return decideDialect(path, cfg, func() Dialect { return dialectMarkersOf(f.Document()) })
}

func decideDialect(path string, cfg *config.Config, markers func() Dialect) Dialect {
	if cfg != nil {
		switch strings.ToLower(strings.TrimSpace(SettingsOf(cfg).Dialect)) {
		case "scl", "siemens", "tia":
			return DialectSCL
		case "codesys", "twincat", "iec":
			return DialectCODESYS
		case "ax", "simatic-ax":
			return DialectAX
		}
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".scl", ".udt", ".db", ".s7dcl":
		return DialectSCL
	case ".tcpou", ".tcdut", ".tcgvl", ".tcio", ".tctleo", ".xml", ".exp":
		return DialectCODESYS
	}
	if d := markers(); d != "" {
		return d
	}
	return DialectCODESYS
}

// markersLimit is how far into a text dialectMarkers looks.
const markersLimit = 64 << 10

type dialectMarkersKey struct{}

// dialectMarkersOf is dialectMarkers of a snapshot's text, kept with the snapshot; an
// edit past the part looked at keeps the answer of the text it was made from.
func dialectMarkersOf(f *syntax.File) Dialect {
	return f.Derive(dialectMarkersKey{}, func(parent any, e source.Edit, ok bool) any {
		if ok && e.StartByte > markersLimit {
			return parent
		}
		return dialectMarkers(f.Bytes())
	}).(Dialect)
}

// dialectMarkers looks at the first 64 KiB for constructs only SCL has (SCL), else for a
// namespace or a using directive (SIMATIC AX); "" when it finds neither. It runs on every
// edit near the top of a file, so a line costs a look at its first byte unless that byte
// can open a marker. An SCL marker is confirmed outside comments: code commented out
// (`(* #x := 1; *)`) or a comment that ends a line (`// (#status is 16#8000 …)`) marks
// nothing; the comments are followed from the top only as far as a candidate.
func dialectMarkers(text []byte) Dialect {
	if len(text) > markersLimit {
		text = text[:markersLimit]
	}
	ax := false
	orig := text
	var cmt commentState // the comments open at orig[seen:]
	seen := 0
	hash := bytes.IndexByte(text, '#') >= 0 // every marker but the keywords and the attribute has one
	for len(text) > 0 {
		start := len(orig) - len(text)
		line := text
		if i := bytes.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = nil
		}
		l := trimLeftSpace(line)
		if len(l) == 0 || l[0] == '/' || l[0] == '(' {
			continue
		}
		switch l[0] | 0x20 { // the first letters of NAMESPACE and USING, either case
		case 'n', 'u':
			if w := firstWord(l); bytes.EqualFold(w, []byte("NAMESPACE")) || bytes.EqualFold(w, []byte("USING")) {
				ax = ax || axDirective(bytes.EqualFold(w, []byte("USING")), l[len(w):])
			}
		}
		if !sclMarker(l, hash) {
			continue
		}
		for seen < start { // the comments open where the line starts
			rest := orig[seen:start]
			n := bytes.IndexByte(rest, '\n')
			lineCode(rest[:n], &cmt)
			seen += n + 1
		}
		st := cmt
		if code := trimLeftSpace(lineCode(line, &st)); len(code) > 0 && code[0] != '/' && code[0] != '(' && sclMarker(code, hash) {
			return DialectSCL
		}
	}
	if ax {
		return DialectAX
	}
	return ""
}

// sclMarker reports whether l, a line from its first non-blank, holds what only SCL writes:
// a line opened by a keyword of sclOnlyWords, the optimized-access attribute, a #local at
// the start, as a value (`:= #x`) or as an argument (`(#x`); hash tells that the text
// holds a `#` at all.
func sclMarker(l []byte, hash bool) bool {
	switch l[0] | 0x20 { // the first letters of sclOnlyWords, either case
	case 'o', 'd', 'b', 'e':
		w := firstWord(l)
		for _, k := range sclOnlyWords {
			if len(w) == len(k) && bytes.EqualFold(w, k) {
				return true
			}
		}
	}
	if l[0] == '{' && bytes.Contains(bytes.ToUpper(l), []byte("S7_OPTIMIZED_ACCESS")) {
		return true
	}
	if !hash {
		return false
	}
	if l[0] == '#' && len(l) > 1 && isIdent(l[1]) {
		return true
	}
	// `:= #` or `(#`: a #local as a value or an argument (T#1S and 16#FF are not)
	for i := bytes.IndexByte(l, '#'); i >= 0; {
		if i >= 1 && l[i-1] == '(' || i >= 3 && string(l[i-3:i]) == ":= " {
			return true
		}
		next := bytes.IndexByte(l[i+1:], '#')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// commentState is where a line ends in the comments: inside Depth nested `(* *)`, or
// inside a `/* */`.
type commentState struct {
	Depth int
	C     bool
}

// lineCode is the code that opens line, given the comments open where it starts: the text
// after the comment that runs into it, up to the next comment (`//`, `(*`, `/*` outside a
// string); nil when the whole line is comment. It moves st to the line's end. A `#` in
// the comment that ends a line (`… THEN // (#status is 16#8000 …)`) or in code commented
// out is prose, no SCL #local.
func lineCode(line []byte, st *commentState) []byte {
	if st.Depth == 0 && !st.C && bytes.IndexByte(line, '(') < 0 && bytes.IndexByte(line, '/') < 0 {
		return line // the common line: no comment opens on it
	}
	start, code := -1, []byte(nil)
	var quote byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		var next byte
		if i+1 < len(line) {
			next = line[i+1]
		}
		switch {
		case st.C:
			if j := bytes.Index(line[i:], []byte("*/")); j < 0 {
				i = len(line)
			} else {
				st.C = false
				i += j + 1
			}
		case st.Depth > 0:
			if c == '(' && next == '*' {
				st.Depth++
				i++
			} else if c == '*' && next == ')' {
				st.Depth--
				i++
			}
		case quote != 0:
			if c == quote {
				quote = 0
			}
		default:
			if start < 0 {
				start = i
			}
			if j := bytes.IndexAny(line[i:], "'\"/("); j < 0 {
				i = len(line)
				continue
			} else if j > 0 {
				i += j - 1 // to the next byte that may open a string or a comment
				continue
			}
			switch {
			case c == '\'' || c == '"':
				quote = c
			case c == '/' && next == '/':
				if code == nil {
					code = line[start:i]
				}
				return code
			case c == '(' && next == '*', c == '/' && next == '*':
				if code == nil {
					code = line[start:i]
				}
				st.Depth, st.C = b2i(c == '('), c == '/'
				i++
			}
		}
	}
	if code == nil && start >= 0 {
		code = line[start:]
	}
	return code
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// axDirective reports whether rest, what follows NAMESPACE or USING at the start of a line,
// completes the directive: a blank, then a dotted name, then (USING) a `;` or (NAMESPACE)
// the end of the line or a comment. `Using := TRUE;` is an assignment, and a line of a
// block comment that opens with the word ("Using the block: …") is prose.
func axDirective(using bool, rest []byte) bool {
	name := trimLeftSpace(rest)
	if len(name) == len(rest) || len(name) == 0 || !isIdent(name[0]) {
		return false
	}
	i := 0
	for i < len(name) && (isIdent(name[i]) || name[i] == '.') {
		i++
	}
	tail := bytes.TrimSpace(name[i:])
	if using {
		return len(tail) > 0 && tail[0] == ';'
	}
	return len(tail) == 0 || bytes.HasPrefix(tail, []byte("//")) || bytes.HasPrefix(tail, []byte("(*"))
}

// trimLeftSpace is bytes.TrimLeftFunc(l, unicode.IsSpace), quick for ASCII indentation.
func trimLeftSpace(l []byte) []byte {
	for i, c := range l {
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
		case c < utf8.RuneSelf:
			return l[i:]
		default:
			return bytes.TrimLeftFunc(l[i:], unicode.IsSpace)
		}
	}
	return nil
}

// sclOnlyWords open lines only in SCL.
var sclOnlyWords = [][]byte{[]byte("ORGANIZATION_BLOCK"), []byte("DATA_BLOCK"), []byte("BEGIN"), []byte("END_ORGANIZATION_BLOCK"), []byte("END_DATA_BLOCK")}

func firstWord(l []byte) []byte {
	i := 0
	for i < len(l) && isIdent(l[i]) {
		i++
	}
	return l[:i]
}

// dialectBlock tells the model which flavour of ST to write.
func dialectBlock(path string, d Dialect) codegen.Block {
	text := "IEC 61131-3 Structured Text as CODESYS/TwinCAT write it (END_IF, END_VAR; no #locals, no BEGIN)"
	switch d {
	case DialectSCL:
		text = "Siemens SCL (TIA Portal): #local variables, \"Global\".member tags, BEGIN before the body, REGION … END_REGION"
	case DialectAX:
		text = "SIMATIC AX Structured Text: NAMESPACE … END_NAMESPACE, USING, CLASS with METHOD PUBLIC/PRIVATE, typed literals (INT#5); a string's s[i] is a CHAR"
	}
	if IsProjectFile(path) || strings.EqualFold(filepath.Ext(path), ".xml") {
		text += "; TwinCAT/PLCopen project file: write only the ST of this region, no END_FUNCTION_BLOCK/END_METHOD"
	}
	return codegen.Block{Source: "dialect", Text: text}
}

// s7Operand reports a name classic SCL (STEP 7 V5) reads as an absolute operand, written
// without TIA Portal's `%`: an input, output or memory bit, byte, word or double word in
// English or German mnemonics (I Q M, E A; `MW10`, the I0 of `I0.0`), a peripheral one
// (`PIW256`, `PEW256`), a data block (the DB10 of `DB10.DBW4`), a timer or a counter (`T5`,
// `C5`, `Z5`).
func s7Operand(name string) bool {
	n := strings.ToUpper(name)
	digits := func(s string) bool {
		if s == "" {
			return false
		}
		for _, c := range s {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	size := func(s string) string { // an optional B, W, D or X before the number
		if s != "" && strings.ContainsRune("BWDX", rune(s[0])) && digits(s[1:]) {
			return s[1:]
		}
		return s
	}
	switch {
	case n == "":
		return false
	case strings.HasPrefix(n, "DB") || strings.HasPrefix(n, "DI"):
		return digits(n[2:])
	case n[0] == 'P' && len(n) > 1 && strings.ContainsRune("IQEA", rune(n[1])):
		return len(n) > 2 && strings.ContainsRune("BWD", rune(n[2])) && digits(n[3:])
	case strings.ContainsRune("IQMEA", rune(n[0])):
		return digits(size(n[1:]))
	case strings.ContainsRune("TCZ", rune(n[0])):
		return digits(n[1:])
	}
	return false
}

// s7IndexedArea reports a memory area classic SCL indexes, `PIW[ADR]`, `MX[nByte, nBit]`,
// `QB[i]`: an input, output or memory area with its size (X, B, W, D) or a peripheral one
// (PIB, PQW, PED…), in English or German mnemonics, the operand's address computed at run
// time (the STEP 7 SCL manual's indexed access to CPU memory areas).
func s7IndexedArea(name string) bool {
	n := strings.ToUpper(name)
	switch len(n) {
	case 2:
		return strings.ContainsRune("IQMEA", rune(n[0])) && strings.ContainsRune("XBWD", rune(n[1]))
	case 3:
		return n[0] == 'P' && strings.ContainsRune("IQEA", rune(n[1])) && strings.ContainsRune("BWD", rune(n[2]))
	}
	return false
}

// classicSCLSource reports a source file as classic STEP 7 (S7-300/400) SCL writes it: one
// of its blocks named by its number (`ORGANIZATION_BLOCK OB1`), giving its version as a
// quoted string (`VERSION : '1.0'`, STEP 7 V5's form; TIA Portal writes `VERSION : 0.1`)
// or declaring classic SCL's block constants or jump labels (`CONST … END_CONST`, `LABEL
// … END_LABEL`, which TIA Portal's sources write as VAR CONSTANT and not at all). Such a
// source names its blocks by their symbols too (`FUNCTION_BLOCK CarTrack`), and reads
// the symbol table's global symbols without quotes in all of them.
func (r *Run) classicSCLSource() bool {
	if r.classic != 0 {
		return r.classic > 0
	}
	r.classic = -1
	for _, p := range r.POUs() {
		if p.Parent == nil && (numberedBlock(p.Name) || quotedVersion(p.Node) || classicSections(p.Node)) {
			r.classic = 1
			break
		}
	}
	// A cut of one block (the gate's) or a window of a large document asks the whole
	// source: its OB1 may be another block.
	if r.classic < 0 && r.File != nil {
		if doc := r.File.Document(); (doc != r.File || doc.Windowed()) && sourceMarkersOf(doc).classic {
			r.classic = 1
		}
	}
	return r.classic > 0
}

// sourceMarkers is what the classic SCL questions look for in a source's whole text.
type sourceMarkers struct {
	classic         bool // classicSCLMarker
	optimizedAccess bool // optimizedAccessMarker
}

type sourceMarkersKey struct{}

// sourceMarkersOf scans f's text once per snapshot, its windows and cuts included: asked
// per call or per window, the scan made a keystroke in a 256 KB source cost 180 ms.
func sourceMarkersOf(f *syntax.File) sourceMarkers {
	return f.Derive(sourceMarkersKey{}, func(any, source.Edit, bool) any {
		text := f.Bytes()
		return sourceMarkers{classic: classicSCLMarker(text), optimizedAccess: optimizedAccessMarker(text)}
	}).(sourceMarkers)
}

// classicSCLMarker reports a line of text that classicSCLSource looks for: a block header
// naming the block by its number (`FUNCTION_BLOCK FB10`), a VERSION given as a quoted
// string, or the end of a block-constant or jump-label section. A scan by lines, not a
// regular expression: it runs over a whole source once per edit.
func classicSCLMarker(text []byte) bool {
	for len(text) > 0 {
		line := text
		if i := bytes.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = nil
		}
		l := bytes.TrimLeft(line, " \t")
		if len(l) == 0 {
			continue
		}
		switch l[0] | 0x20 {
		case 'f', 'o', 'd':
			w := firstWord(l)
			if !foldsToOneOf(w, "FUNCTION_BLOCK", "FUNCTION", "ORGANIZATION_BLOCK", "DATA_BLOCK") {
				continue
			}
			after := l[len(w):]
			number := bytes.TrimLeft(after, " \t")
			n := firstWord(number)
			if len(number) < len(after) && len(n) > 2 && foldsToOneOf(n[:2], "FB", "FC", "OB", "DB") && allDigits(n[2:]) {
				return true
			}
		case 'v':
			w := firstWord(l)
			value := bytes.TrimLeft(l[len(w):], " \t")
			if bytes.EqualFold(w, []byte("VERSION")) && len(value) > 0 && value[0] == ':' {
				if value = bytes.TrimLeft(value[1:], " \t"); len(value) > 0 && value[0] == '\'' {
					return true
				}
			}
		case 'e':
			if foldsToOneOf(firstWord(l), "END_CONST", "END_LABEL") {
				return true
			}
		}
	}
	return false
}

// foldsToOneOf reports w equal to one of words, ASCII case folded.
func foldsToOneOf(w []byte, words ...string) bool {
	for _, k := range words {
		if len(w) == len(k) && bytes.EqualFold(w, []byte(k)) {
			return true
		}
	}
	return false
}

func allDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(b) > 0
}

// classicSections reports a block declaring classic SCL's block constants (`CONST rHigh :=
// 100.0; END_CONST`) or jump labels (`LABEL lblEnd; END_LABEL`).
func classicSections(pou *Node) bool {
	if pou == nil {
		return false
	}
	if len(pou.KidsOf("label_section")) > 0 {
		return true
	}
	for _, s := range pou.KidsOf("var_section") {
		if strings.EqualFold(s.Child("kind").Text(), "CONST") {
			return true
		}
	}
	return false
}

// quotedVersion reports a block header whose VERSION is a quoted string, `VERSION : '2.1'`.
func quotedVersion(pou *Node) bool {
	if pou == nil {
		return false
	}
	for _, a := range pou.KidsOf("header_attribute") {
		if strings.EqualFold(a.Child("name").Text(), "VERSION") {
			return strings.HasPrefix(strings.TrimSpace(a.Child("value").Text()), "'")
		}
	}
	return false
}

// numberedBlock reports a block named by its number, as classic STEP 7 SCL sources name
// them (`FUNCTION_BLOCK FB10`, `FUNCTION FC3 : INT`, `ORGANIZATION_BLOCK OB1`).
func numberedBlock(name string) bool {
	n := strings.ToUpper(name)
	for _, prefix := range []string{"FB", "FC", "OB", "DB"} {
		if rest, ok := strings.CutPrefix(n, prefix); ok && rest != "" && strings.Trim(rest, "0123456789") == "" {
			return true
		}
	}
	return false
}
