package gcode

import (
	"math"
	"strconv"
	"strings"
)

// The scanner turns one physical line into a compact Block record. It reads the same
// language as grammars/gcode (TestScannerAgreesWithGrammar cross-checks them) but costs a
// fraction of a tree walk through the cgo binding, so the checker can stay within a small
// factor of the bare parse on million-line files. Lines it cannot read are flagged Bad and
// left out of the simulation (the syntax diagnostics come from the grammar).

// Word is one letter-value pair. Value is NaN when the value is an expression that is not
// constant (Expr is then set); Code is the value times ten, rounded, for G and M codes.
type Word struct {
	Letter     byte
	Value      float64
	Expr       *Expr
	Start, End int
}

// Comma reports a Fanuc comma word (`,R5.` corner rounding, `,C2.` chamfer, `,A30.`
// angle), which the scanner keeps with its letter in lower case so that no rule reads it
// as an R, C or A word.
func (w Word) Comma() bool { return w.Letter >= 'a' && w.Letter <= 'z' }

// bare reports a letter without a value (a printer firmware's flag, `G28 X Y`).
func (w Word) bare() bool { return w.Expr == nil && !isKnown(w.Value) && w.End == w.Start+1 }

// Code returns the G/M code number times ten (G38.2 → 382) and whether it is constant.
func (w Word) Code() (int, bool) {
	if !isKnown(w.Value) {
		return 0, false
	}
	return int(math.Round(w.Value * 10)), true
}

// Block flags.
const (
	FlagBlockDelete = 1 << iota
	FlagPercent
	FlagBad
	FlagProgramNumber
	FlagGrbl
	FlagComment
	FlagChecksum
	FlagExtended     // a Klipper extended command (Text holds it)
	FlagCondition    // Haas's condition in front of the block (`[#1 LT 10] M99 P10`)
	FlagParenComment // a (…) comment on the line
	FlagBareWord     // a letter without a value: a printer firmware's flag (`G28 X Y`)
)

// CtlKind is an o-word or Fanuc macro B control statement.
type CtlKind uint8

// Control statements.
const (
	CtlNone CtlKind = iota
	CtlSub
	CtlEndSub
	CtlCall
	CtlReturn
	CtlIf
	CtlElseIf
	CtlElse
	CtlEndIf
	CtlWhile
	CtlEndWhile
	CtlDo
	CtlRepeat
	CtlEndRepeat
	CtlBreak
	CtlContinue
	// Fanuc macro B.
	CtlFanucIf    // IF [c] GOTO n  /  IF [c] THEN #x=…
	CtlFanucGoto  // GOTO n
	CtlFanucWhile // WHILE [c] DOm
	CtlFanucDo    // DOm
	CtlFanucEnd   // ENDm
	CtlFanucPrint // POPEN, DPRNT[…], PCLOS
)

var oKeywords = map[string]CtlKind{
	"SUB": CtlSub, "ENDSUB": CtlEndSub, "CALL": CtlCall, "RETURN": CtlReturn, "IF": CtlIf,
	"ELSEIF": CtlElseIf, "ELSE": CtlElse, "ENDIF": CtlEndIf, "WHILE": CtlWhile,
	"ENDWHILE": CtlEndWhile, "DO": CtlDo, "REPEAT": CtlRepeat, "ENDREPEAT": CtlEndRepeat,
	"BREAK": CtlBreak, "CONTINUE": CtlContinue,
}

// Ctl is a control statement on a line.
type Ctl struct {
	Kind CtlKind
	// Label is the o-word label, lower case ("100", "<probe>") or the Fanuc DO/END number
	// or GOTO target as text.
	Label     string
	LabelExpr *Expr // a computed label (o[#1] call): unknown target
	Cond      *Expr
	Args      []*Expr // call arguments, endsub/return value, repeat count
	Then      *Assign // IF … THEN #x = …
	// Block: the words of the line after IF […] are run when the condition holds (Haas,
	// `IF [#1 EQ 0] M98 P9004`); NoThen: Haas's `IF […] #x = …` without THEN.
	Block, NoThen bool
	Start, End    int // the statement
	KwStart       int // the keyword
	KwEnd         int
}

// bareIf reports an IF […] with nothing after its condition (no GOTO, THEN or block).
func (c *Ctl) bareIf() bool {
	return c.Kind == CtlFanucIf && !c.Block && c.Then == nil && c.Label == "" && c.LabelExpr == nil
}

// Assign is `#target = value`.
type Assign struct {
	Target     ParamRef
	Value      *Expr
	Start, End int
}

// Span is a byte range.
type Span struct{ Start, End int }

// Block is one scanned line. Offsets are absolute.
type Block struct {
	Line       int
	Start, End int // the line without its newline
	Flags      uint16
	HasN       bool
	N          int64
	NSpan      Span
	Words      []Word
	Assigns    []Assign
	Ctl        Ctl
	Comments   []Span // comment texts, parentheses and ';' included
	Text       string // M117/M118 text, grbl command
	Program    int    // O1234 program number
	ParamBit   Span   // the first parameter number with a fraction (Haas's `#30057.21`)
	BadAt      int
	BadMsg     string

	// the text it was scanned from (scanLineAt's t and base), to scan it again
	src     []byte
	srcBase int
}

func (b *Block) reset(line, start, end int) {
	words, assigns, comments := b.Words[:0], b.Assigns[:0], b.Comments[:0]
	*b = Block{Line: line, Start: start, End: end, Words: words, Assigns: assigns, Comments: comments}
}

// Bad reports a line the scanner could not read.
func (b *Block) Bad() bool { return b.Flags&FlagBad != 0 }

// Empty reports a line with nothing to execute (blank or comments only).
func (b *Block) Empty() bool {
	return len(b.Words) == 0 && len(b.Assigns) == 0 && b.Ctl.Kind == CtlNone &&
		b.Flags&(FlagPercent|FlagProgramNumber|FlagGrbl|FlagExtended) == 0
}

type scanner struct {
	t    []byte
	base int // the offset of t[0]: positions are absolute, t may be a part of the text
	p    int
	end  int
	b    *Block
	err  string
	at   int
}

func (s *scanner) fail(at int, msg string) {
	if s.err == "" {
		s.err, s.at = msg, at
	}
}

func upper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

func isLetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

// skip passes blanks and comments, recording comments.
func (s *scanner) skip() {
	for s.p < s.end {
		c := s.t[s.p-s.base]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			s.p++
		case c == '(':
			j := s.p + 1
			for j < s.end && s.t[j-s.base] != ')' {
				if s.t[j-s.base] == '(' {
					s.fail(j, "nested comment")
				}
				j++
			}
			if j >= s.end {
				s.fail(s.p, "comment not closed")
				s.b.Comments = append(s.b.Comments, Span{s.p, s.end})
				s.p = s.end
				return
			}
			s.b.Comments = append(s.b.Comments, Span{s.p, j + 1})
			s.b.Flags |= FlagComment | FlagParenComment
			s.p = j + 1
		case c == ';':
			s.b.Comments = append(s.b.Comments, Span{s.p, s.end})
			s.b.Flags |= FlagComment
			s.p = s.end
		case c == 0xEF && s.p+2 < s.end && s.t[s.p+1-s.base] == 0xBB && s.t[s.p+2-s.base] == 0xBF:
			s.p += 3
		default:
			return
		}
	}
}

// keyword reads letters separated by blanks at p, joined and upper case, with the bytes
// it spans (without trailing blanks).
func (s *scanner) keyword() (string, int) {
	var sb strings.Builder
	j, last := s.p, s.p
	for j < s.end {
		c := s.t[j-s.base]
		if isLetter(c) {
			sb.WriteByte(upper(c))
			j++
			last = j
			continue
		}
		if c == ' ' || c == '\t' {
			j++
			continue
		}
		break
	}
	kw := sb.String()
	if _, ok := oKeywords[kw]; ok {
		return kw, last - s.p
	}
	// Not a keyword with blanks: the plain letter run (for the error message).
	l := s.letters()
	return l, len(l)
}

// letters returns the run of letters at p, upper case.
func (s *scanner) letters() string {
	j := s.p
	for j < s.end && isLetter(s.t[j-s.base]) {
		j++
	}
	return strings.ToUpper(string(s.t[s.p-s.base : j-s.base]))
}

// number reads [+-]?(d+(.d*)?|.d+) at p. Blanks between its digits, and before its
// decimal point, belong to the number: LinuxCNC and Grbl drop every blank outside a
// comment before they read a line, so `G4 P0 0.1` dwells 0.1 s and `X1 0` is X10 (rs274
// runs both); blanks after the last digit are not read.
func (s *scanner) number() (float64, bool) { return s.numberJoin(true) }

// numberJoin is number; without join, a blank ends the number (an M code's, whose text may
// follow: `M117 3 layers left`).
func (s *scanner) numberJoin(join bool) (float64, bool) {
	j := s.p
	neg := false
	if j < s.end && (s.t[j-s.base] == '+' || s.t[j-s.base] == '-') {
		neg = s.t[j-s.base] == '-'
		j++
	}
	var mant uint64
	digits, scale := 0, 0
	saw := false
	for j < s.end && isDigit(s.t[j-s.base]) {
		saw = true
		if digits < 18 {
			mant = mant*10 + uint64(s.t[j-s.base]-'0')
			if mant != 0 {
				digits++
			}
		} else {
			scale++
		}
		j++
		if k := s.blanksBefore(j, true); join && k > j {
			j = k
		}
	}
	if j < s.end && s.t[j-s.base] == '.' {
		j++
		if k := s.blanksBefore(j, false); join && k > j {
			j = k
		}
		for j < s.end && isDigit(s.t[j-s.base]) {
			saw = true
			if digits < 18 {
				mant = mant*10 + uint64(s.t[j-s.base]-'0')
				if mant != 0 {
					digits++
				}
				scale--
			}
			j++
			if k := s.blanksBefore(j, false); join && k > j {
				j = k
			}
		}
	}
	if !saw {
		return 0, false
	}
	v := float64(mant)
	switch {
	case scale < 0 && -scale < len(pow10):
		v /= pow10[-scale]
	case scale != 0:
		v *= math.Pow(10, float64(scale))
	}
	if neg {
		v = -v
	}
	s.p = j
	return v, true
}

// blanksBefore returns where the blanks at j end when a digit (or, with point, a decimal
// point) follows them, and j otherwise: the blanks are then inside a number.
func (s *scanner) blanksBefore(j int, point bool) int {
	k := j
	for k < s.end && (s.t[k-s.base] == ' ' || s.t[k-s.base] == '\t') {
		k++
	}
	if k == j || k >= s.end {
		return j
	}
	if c := s.t[k-s.base]; isDigit(c) || (point && c == '.') {
		return k
	}
	return j
}

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// scanLine reads the line [start, end) of t into b.
func scanLine(b *Block, t []byte, line, start, end int) { scanLineAt(b, t, 0, line, start, end) }

// scanLineAt is scanLine for a part of the text starting at offset base (a chunk's bytes):
// start, end and every position in b stay absolute.
func scanLineAt(b *Block, t []byte, base, line, start, end int) {
	b.reset(line, start, end)
	b.src, b.srcBase = t, base
	s := scanner{t: t, base: base, p: start, end: end, b: b}
	s.scan()
	if s.err != "" {
		b.Flags |= FlagBad
		b.BadAt, b.BadMsg = s.at, s.err
	}
}

func (s *scanner) scan() {
	b := s.b
	s.skip()
	if s.p >= s.end {
		return
	}
	if s.t[s.p-s.base] == '/' {
		b.Flags |= FlagBlockDelete
		s.p++
		if s.p < s.end && s.t[s.p-s.base] >= '1' && s.t[s.p-s.base] <= '9' {
			s.p++
		}
		s.skip()
	}
	if s.p < s.end && (s.t[s.p-s.base]|0x20) == 'n' {
		j := s.p + 1
		for j < s.end && (s.t[j-s.base] == ' ' || s.t[j-s.base] == '\t') {
			j++
		}
		if j < s.end && isDigit(s.t[j-s.base]) {
			k := j
			var n int64
			for k < s.end && isDigit(s.t[k-s.base]) {
				if n < 1e17 {
					n = n*10 + int64(s.t[k-s.base]-'0')
				}
				k++
			}
			if k < s.end && s.t[k-s.base] == '.' {
				// LinuxCNC reads and ignores a fraction (N10.5).
				for k++; k < s.end && isDigit(s.t[k-s.base]); k++ {
				}
			}
			b.HasN, b.N, b.NSpan = true, n, Span{s.p, k}
			s.p = k
			s.skip()
		}
	}
	if s.p >= s.end {
		return
	}
	c := s.t[s.p-s.base]
	switch {
	case c == '%':
		b.Flags |= FlagPercent
		s.p++
		s.skip()
	case c == '$' || c == '?' || c == '~' || c == '!':
		// a Grbl `$` command, or a real-time command (`?` status, `~` resume, `!` hold)
		b.Flags |= FlagGrbl
		j := s.p
		for j < s.end && s.t[j-s.base] != ';' && s.t[j-s.base] != '(' {
			j++
		}
		b.Text = strings.TrimSpace(string(s.t[s.p-s.base : j-s.base]))
		s.p = j
		s.skip()
	case (c|0x20) == 'o' || c == ':':
		s.oword()
	case c == '[':
		s.condition()
	case isLetter(c) || c == '_':
		if s.extended() {
			break
		}
		if kw := s.letters(); len(kw) >= 2 && s.fanuc(kw) {
			break
		}
		s.items()
	default:
		s.items()
	}
	s.checksum()
	if s.p < s.end {
		s.fail(s.p, "unexpected "+quoteByte(s.t[s.p-s.base]))
	}
}

func quoteByte(c byte) string { return "\"" + string(rune(c)) + "\"" }

func (s *scanner) checksum() {
	s.skip()
	if s.p < s.end && s.t[s.p-s.base] == '*' {
		j := s.p + 1
		for j < s.end && (s.t[j-s.base] == ' ' || s.t[j-s.base] == '\t') {
			j++
		}
		k := j
		for k < s.end && isDigit(s.t[k-s.base]) {
			k++
		}
		if k > j {
			s.b.Flags |= FlagChecksum
			s.p = k
			s.skip()
		}
	}
}

// items reads words and parameter assignments up to the end of the line.
func (s *scanner) items() {
	b := s.b
	for {
		s.skip()
		if s.p >= s.end || s.t[s.p-s.base] == '*' {
			return
		}
		c := s.t[s.p-s.base]
		if c == '#' {
			start := s.p
			ref, ok := s.param()
			if !ok {
				s.fail(start, "bad parameter")
				return
			}
			s.skip()
			if s.p >= s.end || s.t[s.p-s.base] != '=' {
				s.fail(s.p, "expected = after parameter")
				return
			}
			s.p++
			e := s.expr(0)
			if e == nil {
				s.fail(s.p, "expected a value")
				return
			}
			b.Assigns = append(b.Assigns, Assign{Target: ref, Value: e, Start: start, End: s.p})
			continue
		}
		comma := -1
		if c == ',' && len(b.Words) > 0 {
			// Fanuc's chamfer and corner rounding at the end of a move (`G01 X50. ,C2.`,
			// `,R5.`) and its angle (`,A30.`): a word of its own, kept with its letter in
			// lower case, so no rule reads it as an R, C or A word; unsupported-code
			// reports it outside the Fanuc family.
			j := s.p + 1
			for j < s.end && (s.t[j-s.base] == ' ' || s.t[j-s.base] == '\t') {
				j++
			}
			if j < s.end {
				if l := upper(s.t[j-s.base]); l == 'R' || l == 'C' || l == 'A' {
					comma, s.p, c = s.p, j, s.t[j-s.base]
				}
			}
		}
		if !isLetter(c) && c != '@' && c != '^' && !(c == '$' && (len(b.Words) > 0 || len(b.Assigns) > 0)) {
			// '@' and '^' are LinuxCNC's polar distance and angle; '$' selects the spindle
			// (`M3 S100 $1`, `M5 $-1`) but starts a Grbl command at the start of a line.
			s.fail(s.p, "unexpected "+quoteByte(c))
			return
		}
		letter := upper(c)
		if letter == 'O' && len(b.Words) == 0 && len(b.Assigns) == 0 {
			// O starts a line only as a program number or an o-word (oword reads
			// those); after a word it is a printer firmware's parameter (`M971 S11
			// C11 O0`), which the unsupported-code rule reports elsewhere
			s.fail(s.p, "O word inside a block")
			return
		}
		start := s.p
		if comma >= 0 {
			start, letter = comma, letter+'a'-'A'
		}
		s.p++
		s.skipBlank()
		w := Word{Letter: letter, Start: start}
		if s.p < s.end && (isDigit(s.t[s.p-s.base]) || s.t[s.p-s.base] == '.' || ((s.t[s.p-s.base] == '-' || s.t[s.p-s.base] == '+') && s.p+1 < s.end && (isDigit(s.t[s.p+1-s.base]) || s.t[s.p+1-s.base] == '.'))) {
			v, ok := s.numberJoin(letter != 'M')
			if !ok {
				s.fail(start, "bad number")
				return
			}
			w.Value = v
		} else {
			at := s.p
			e := s.value()
			if e == nil && bareEnd(s.t[at-s.base:s.end-s.base]) {
				// a printer firmware reads a letter without a value as a flag (`G28 X Y`,
				// `M84 E`, Prusa's `G28 W`), as the grammar does; other controllers refuse
				// it (the unsupported-code rule)
				s.p = at
				w.Value, w.End = unknown, start+1
				b.Words = append(b.Words, w)
				b.Flags |= FlagBareWord
				continue
			}
			if e == nil {
				s.fail(start, "word "+string(letter)+" without a value")
				return
			}
			w.Expr = e
			if e.Kind == exNum {
				w.Value, w.Expr = e.Val, nil
			} else {
				w.Value = unknown
			}
		}
		w.End = s.p
		b.Words = append(b.Words, w)
		if letter == 'M' && w.Value == 115 {
			// Prusa's firmware version check, `M115 U3.13.2`: the version is kept as text
			s.skipBlank()
			if n := versionLen(s.t[s.p-s.base : s.end-s.base]); n > 0 {
				b.Text = string(s.t[s.p-s.base : s.p+n-s.base])
				s.p += n
			}
		}
		if letter == 'M' && textMCode(w.Value) {
			// Marlin display text, Bambu Lab's M1002 flag commands, the Prusa Buddy
			// firmware's metric commands (`M331 temp_bed`): the rest of the line up to a
			// comment or checksum.
			j := s.p
			for j < s.end && s.t[j-s.base] != ';' && s.t[j-s.base] != '*' {
				j++
			}
			b.Text = strings.TrimSpace(string(s.t[s.p-s.base : j-s.base]))
			s.p = j
		}
	}
}

// bareEnd reports whether a word's letter is followed (after blanks) by the end of the line,
// a comment, a checksum or the next word's letter: the letter stands alone, a flag.
func bareEnd(t []byte) bool {
	if len(t) == 0 {
		return true
	}
	switch c := t[0]; {
	case c == ';' || c == '(' || c == '*' || c == '\r':
		return true
	case isLetter(c):
		return len(t) == 1 || !isLetter(t[1]) && t[1] != '['
	}
	return false
}

// textMCode reports the M codes whose rest of line is free text: Marlin's M117 and M118,
// Bambu Lab's M1002 and M624 (a skippable object's start, its id in base64), and the Prusa
// Buddy firmware's M330 to M334 (metric handlers and names, `M330 SYSLOG`), and M486,
// object cancellation, whose A names an object in text (`M486 ABenchy.stl`).
func textMCode(v float64) bool {
	switch v {
	case 117, 118, 1002, 624, 486, 330, 331, 332, 333, 334:
		return true
	}
	return false
}

// versionLen returns the length of a firmware version word at the start of t, U with
// three dotted numbers and a build suffix (`U3.13.2`, `U6.2.6+8948`), or 0.
func versionLen(t []byte) int {
	if len(t) == 0 || t[0] != 'U' && t[0] != 'u' {
		return 0
	}
	i := 1
	for part := 0; part < 3; part++ {
		if part > 0 {
			if i >= len(t) || t[i] != '.' {
				return 0
			}
			i++
		}
		j := i
		for i < len(t) && isDigit(t[i]) {
			i++
		}
		if i == j {
			return 0
		}
	}
	for i < len(t) && (isLetter(t[i]) || isDigit(t[i]) || t[i] == '.' || t[i] == '+' || t[i] == '-') {
		i++
	}
	return i
}

func (s *scanner) skipBlank() {
	for s.p < s.end && (s.t[s.p-s.base] == ' ' || s.t[s.p-s.base] == '\t') {
		s.p++
	}
}

// value reads a non-literal word value: parameter, [expr], function call, signed one of
// those, or a string.
func (s *scanner) value() *Expr {
	if s.p >= s.end {
		return nil
	}
	start := s.p
	switch c := s.t[s.p-s.base]; {
	case c == '-' || c == '+':
		s.p++
		s.skipBlank()
		if s.p < s.end && (isDigit(s.t[s.p-s.base]) || s.t[s.p-s.base] == '.') {
			// a sign written apart from its number, `Y - 5` (the grammar's signed value)
			v, ok := s.number()
			if !ok {
				return nil
			}
			if c == '-' {
				v = -v
			}
			return &Expr{Kind: exNum, Val: v, Start: start, End: s.p}
		}
		a := s.value()
		if a == nil {
			return nil
		}
		return &Expr{Kind: exUnary, Op: string(c), A: a, Start: start, End: s.p}
	case c == '#':
		ref, ok := s.param()
		if !ok {
			return nil
		}
		return &Expr{Kind: exParam, Param: ref, Start: start, End: s.p}
	case c == '[':
		return s.bracket()
	case c == '"':
		j := s.p + 1
		for j < s.end {
			if s.t[j-s.base] == '"' {
				if j+1 < s.end && s.t[j+1-s.base] == '"' {
					j += 2
					continue
				}
				break
			}
			j++
		}
		if j >= s.end {
			return nil
		}
		s.p = j + 1
		return &Expr{Kind: exNum, Val: unknown, Start: start, End: s.p}
	case isLetter(c):
		return s.function()
	}
	return nil
}

// param reads #n, #<name>, ##n, #[expr].
func (s *scanner) param() (ParamRef, bool) {
	start := s.p
	s.p++ // '#'
	s.skipBlank()
	if s.p >= s.end {
		return ParamRef{}, false
	}
	switch c := s.t[s.p-s.base]; {
	case isDigit(c):
		n := 0
		for s.p < s.end && isDigit(s.t[s.p-s.base]) {
			if n < 1e8 {
				n = n*10 + int(s.t[s.p-s.base]-'0')
			}
			s.p++
		}
		if s.p < s.end && s.t[s.p-s.base] == '.' {
			// `#504.` and `#504.0` name #504 (an integral number); other digits after the
			// point select a bit of a Haas parameter (`#30057.21`, read as #30057 here)
			j := s.p + 1
			for j < s.end && s.t[j-s.base] == '0' {
				j++
			}
			if j < s.end && isDigit(s.t[j-s.base]) {
				for j < s.end && isDigit(s.t[j-s.base]) {
					j++
				}
				if s.b != nil && s.b.ParamBit.End == 0 {
					s.b.ParamBit = Span{start, j}
				}
			}
			s.p = j
		}
		return ParamRef{Num: n, Start: start, End: s.p}, true
	case c == '<':
		j := s.p + 1
		for j < s.end && s.t[j-s.base] != '>' {
			j++
		}
		if j >= s.end {
			return ParamRef{}, false
		}
		name := strings.ToLower(strings.Join(strings.Fields(string(s.t[s.p+1-s.base:j-s.base])), ""))
		s.p = j + 1
		return ParamRef{Num: -1, Name: name, Start: start, End: s.p}, true
	case c == '#':
		inner, ok := s.param()
		if !ok {
			return ParamRef{}, false
		}
		return ParamRef{Num: -1, Index: &Expr{Kind: exParam, Param: inner, Start: inner.Start, End: inner.End}, Start: start, End: s.p}, true
	case c == '[':
		e := s.bracket()
		if e == nil {
			return ParamRef{}, false
		}
		return ParamRef{Num: -1, Index: e, Start: start, End: s.p}, true
	}
	return ParamRef{}, false
}

// bracket reads [expr].
func (s *scanner) bracket() *Expr {
	start := s.p
	s.p++
	e := s.expr(0)
	if e == nil {
		return nil
	}
	s.skip()
	if s.p >= s.end || s.t[s.p-s.base] != ']' {
		s.fail(s.p, "expected ]")
		return nil
	}
	s.p++
	// Keep the bracket's span on the inner expression.
	out := *e
	out.Start, out.End = start, s.p
	return &out
}

var functions = map[string]bool{
	"SIN": true, "COS": true, "TAN": true, "ASIN": true, "ACOS": true, "ABS": true, "SQRT": true,
	"EXP": true, "LN": true, "ROUND": true, "FIX": true, "FUP": true, "EXISTS": true, "BIN": true,
	"BCD": true, "POW": true, "MIN": true, "MAX": true, "ADP": true, "RND": true, "SQR": true,
	"ATAN": true, "ATN": true,
}

// function reads NAME[expr], NAME[a,b], ATAN[a]/[b].
func (s *scanner) function() *Expr {
	start := s.p
	name := s.letters()
	if !functions[name] {
		return nil
	}
	s.p += len(name)
	s.skipBlank()
	if s.p >= s.end || s.t[s.p-s.base] != '[' {
		return nil
	}
	s.p++
	a := s.expr(0)
	if a == nil {
		return nil
	}
	s.skip()
	var b *Expr
	if s.p < s.end && s.t[s.p-s.base] == ',' {
		s.p++
		b = s.expr(0)
		if b == nil {
			return nil
		}
		s.skip()
	}
	if s.p >= s.end || s.t[s.p-s.base] != ']' {
		s.fail(s.p, "expected ]")
		return nil
	}
	s.p++
	if (name == "ATAN" || name == "ATN") && b == nil {
		save := s.p
		s.skipBlank()
		if s.p < s.end && s.t[s.p-s.base] == '/' {
			s.p++
			s.skipBlank()
			if s.p < s.end && s.t[s.p-s.base] == '[' {
				b = s.bracket()
			}
		}
		if b == nil {
			s.p = save
		}
	}
	return &Expr{Kind: exFunc, Op: name, A: a, B: b, Start: start, End: s.p}
}

var binops = []struct {
	op   string
	prec int
	word bool
}{
	{"**", 5, false}, {"*", 4, false}, {"/", 4, false}, {"MOD", 4, true}, {"+", 3, false},
	{"-", 3, false}, {"EQ", 2, true}, {"NE", 2, true}, {"GT", 2, true}, {"GE", 2, true},
	{"LT", 2, true}, {"LE", 2, true}, {"AND", 1, true}, {"OR", 1, true}, {"XOR", 1, true},
}

// expr reads an expression with operators of precedence above min.
func (s *scanner) expr(min int) *Expr {
	s.skip()
	left := s.primary()
	if left == nil {
		return nil
	}
	for {
		s.skip()
		if s.p >= s.end {
			return left
		}
		op, prec, n := s.peekOp()
		if op == "" || prec <= min {
			return left
		}
		s.p += n
		right := s.expr(prec)
		if right == nil {
			return nil
		}
		left = &Expr{Kind: exBinary, Op: op, A: left, B: right, Start: left.Start, End: right.End}
	}
}

func (s *scanner) peekOp() (string, int, int) {
	rest := s.t[s.p-s.base : s.end-s.base]
	for _, o := range binops {
		if len(rest) < len(o.op) {
			continue
		}
		if o.word {
			if strings.EqualFold(string(rest[:len(o.op)]), o.op) {
				return o.op, o.prec, len(o.op)
			}
			continue
		}
		if string(rest[:len(o.op)]) == o.op {
			return o.op, o.prec, len(o.op)
		}
	}
	return "", 0, 0
}

func (s *scanner) primary() *Expr {
	s.skip()
	if s.p >= s.end {
		return nil
	}
	start := s.p
	c := s.t[s.p-s.base]
	switch {
	case c == '-' || c == '+':
		s.p++
		a := s.primaryPow()
		if a == nil {
			return nil
		}
		if a.Kind == exNum {
			if c == '-' {
				a.Val = -a.Val
			}
			a.Start = start
			return a
		}
		return &Expr{Kind: exUnary, Op: string(c), A: a, Start: start, End: a.End}
	case isDigit(c) || c == '.':
		v, ok := s.number()
		if !ok {
			return nil
		}
		return &Expr{Kind: exNum, Val: v, Start: start, End: s.p}
	}
	return s.value()
}

// primaryPow reads the operand of a unary sign, binding ** tighter than the sign.
func (s *scanner) primaryPow() *Expr {
	s.skip()
	a := s.primary()
	if a == nil {
		return nil
	}
	s.skip()
	if s.p+1 < s.end && s.t[s.p-s.base] == '*' && s.t[s.p+1-s.base] == '*' {
		s.p += 2
		b := s.primaryPow()
		if b == nil {
			return nil
		}
		return &Expr{Kind: exBinary, Op: "**", A: a, B: b, Start: a.Start, End: b.End}
	}
	return a
}

// oword reads `o<label> keyword …` or a Fanuc program number `O1234`.
func (s *scanner) oword() {
	b := s.b
	start := s.p
	s.p++
	s.skipBlank()
	var label string
	var labelExpr *Expr
	numeric := false
	if s.p < s.end {
		switch c := s.t[s.p-s.base]; {
		case isDigit(c):
			j := s.p
			for j < s.end && (isDigit(s.t[j-s.base]) || s.t[j-s.base] == '.') {
				j++
			}
			label = strings.TrimLeft(string(s.t[s.p-s.base:j-s.base]), "0")
			if label == "" {
				label = "0"
			}
			numeric = true
			s.p = j
		case c == '<':
			j := s.p + 1
			for j < s.end && s.t[j-s.base] != '>' {
				j++
			}
			if j >= s.end {
				s.fail(s.p, "label not closed")
				return
			}
			label = "<" + strings.ToLower(strings.Join(strings.Fields(string(s.t[s.p+1-s.base:j-s.base])), "")) + ">"
			s.p = j + 1
		case c == '[' || c == '#':
			labelExpr = s.value()
			if labelExpr == nil {
				s.fail(s.p, "bad o-word label")
				return
			}
			label = "?"
		default:
			s.fail(s.p, "o-word without a label")
			return
		}
	}
	s.skip()
	// LinuxCNC ignores blanks everywhere: "o100 end sub" is "o100 endsub".
	kw, kwLen := s.keyword()
	kind, ok := oKeywords[kw]
	if !ok {
		if numeric && kw == "" {
			b.Flags |= FlagProgramNumber
			n := 0
			for _, d := range label {
				if d >= '0' && d <= '9' && n < 1e8 {
					n = n*10 + int(d-'0')
				}
			}
			b.Program = n
			s.skip()
			return
		}
		s.fail(s.p, "unknown o-word keyword")
		return
	}
	kwStart := s.p
	s.p += kwLen
	b.Ctl = Ctl{Kind: kind, Label: label, LabelExpr: labelExpr, Start: start, KwStart: kwStart, KwEnd: s.p}
	switch kind {
	case CtlIf, CtlElseIf, CtlWhile, CtlRepeat:
		s.skip()
		if s.p >= s.end || s.t[s.p-s.base] != '[' {
			s.fail(s.p, "expected [condition]")
			return
		}
		e := s.bracket()
		if e == nil {
			return
		}
		if kind == CtlRepeat {
			b.Ctl.Args = []*Expr{e}
		} else {
			b.Ctl.Cond = e
		}
	case CtlCall, CtlEndSub, CtlReturn:
		for {
			s.skip()
			if s.p >= s.end || s.t[s.p-s.base] != '[' {
				break
			}
			e := s.bracket()
			if e == nil {
				return
			}
			b.Ctl.Args = append(b.Ctl.Args, e)
		}
	}
	b.Ctl.End = s.p
	s.skip()
}

// fanuc reads a macro B statement starting with the keyword kw; false when kw is none.
func (s *scanner) fanuc(kw string) bool {
	b := s.b
	start := s.p
	switch {
	case kw == "IF":
		s.p += 2
		s.skip()
		if s.p >= s.end || s.t[s.p-s.base] != '[' {
			s.p = start
			return false
		}
		cond := s.bracket()
		if cond == nil {
			return true
		}
		s.skip()
		b.Ctl = Ctl{Kind: CtlFanucIf, Cond: cond, Start: start, KwStart: start, KwEnd: start + 2}
		k := s.letters()
		switch k {
		case "GOTO":
			s.p += 4
			s.gotoLabel()
		default:
			// `THEN #2 = 3`; Haas also runs a block after the condition, with or without
			// THEN (`IF [#9 EQ #0] #9 = #4109`, `IF [#1 EQ 0] M98 P9004`)
			if k == "THEN" {
				s.p += 4
			}
			s.skip()
			as := s.p
			s.items()
			if s.err != "" {
				break
			}
			switch {
			case len(b.Words) == 0 && len(b.Assigns) == 1:
				a := b.Assigns[0]
				b.Ctl.Then, b.Assigns = &a, b.Assigns[:0]
				b.Ctl.NoThen = k != "THEN"
			case len(b.Words) == 0 && len(b.Assigns) == 0:
				if k == "THEN" {
					s.fail(as, "expected #param = value after THEN")
				}
				// nothing after the condition: missing-required-word reports it
			default:
				if label, expr, ok := m99Branch(b); ok {
					// `IF [#1 LT 10] M99 P10`: Haas's conditional branch to N10
					b.Ctl.Label, b.Ctl.LabelExpr, b.Ctl.NoThen = label, expr, true
					break
				}
				b.Ctl.Block = true
			}
		}
		b.Ctl.End = s.p
		return true
	case kw == "GOTO":
		b.Ctl = Ctl{Kind: CtlFanucGoto, Start: start, KwStart: start, KwEnd: start + 4}
		s.p += 4
		s.gotoLabel()
		b.Ctl.End = s.p
		return true
	case kw == "WHILE" || kw == "WH":
		// WH is the two-letter abbreviation of WHILE Fanuc-family controls read (Renishaw's
		// probing macros write `WH [#11017 NE 0] DO1`)
		n := len(kw)
		s.p += n
		s.skip()
		cond := s.bracket()
		if cond == nil {
			s.fail(s.p, "expected [condition]")
			return true
		}
		s.skip()
		if s.letters() != "DO" {
			s.fail(s.p, "expected DO")
			return true
		}
		s.p += 2
		b.Ctl = Ctl{Kind: CtlFanucWhile, Cond: cond, Start: start, KwStart: start, KwEnd: start + n}
		s.loopLabel()
		b.Ctl.End = s.p
		return true
	case kw == "DO" || kw == "END":
		j := s.p + len(kw)
		for j < s.end && (s.t[j-s.base] == ' ' || s.t[j-s.base] == '\t') {
			j++
		}
		if j >= s.end || !isDigit(s.t[j-s.base]) {
			return false
		}
		kind := CtlFanucDo
		if kw == "END" {
			kind = CtlFanucEnd
		}
		b.Ctl = Ctl{Kind: kind, Start: start, KwStart: start, KwEnd: start + len(kw)}
		s.p += len(kw)
		s.loopLabel()
		b.Ctl.End = s.p
		return true
	case kw == "POPEN" || kw == "PCLOS":
		b.Ctl = Ctl{Kind: CtlFanucPrint, Start: start, KwStart: start, KwEnd: start + 5}
		s.p += 5
		b.Ctl.End = s.p
		return true
	case kw == "DPRNT" || kw == "BPRNT":
		b.Ctl = Ctl{Kind: CtlFanucPrint, Start: start, KwStart: start, KwEnd: start + 5}
		s.p += 5
		s.skipBlank()
		if s.p < s.end && s.t[s.p-s.base] == '[' {
			j := s.end
			for j > s.p && s.t[j-1-s.base] != ']' {
				j--
			}
			s.p = j
		}
		b.Ctl.End = s.p
		return true
	}
	return false
}

func (s *scanner) gotoLabel() {
	s.skip()
	if s.p < s.end && isDigit(s.t[s.p-s.base]) {
		j := s.p
		for j < s.end && isDigit(s.t[j-s.base]) {
			j++
		}
		s.b.Ctl.Label = strings.TrimLeft(string(s.t[s.p-s.base:j-s.base]), "0")
		if s.b.Ctl.Label == "" {
			s.b.Ctl.Label = "0"
		}
		s.p = j
		return
	}
	if e := s.value(); e != nil {
		s.b.Ctl.LabelExpr, s.b.Ctl.Label = e, "?"
		return
	}
	s.fail(s.p, "expected a sequence number after GOTO")
}

// condition reads Haas's conditional block, `[#100 LT 10] M99 P10`. Haas documents the
// condition for M99 Pn, a branch to Nn taken when it holds: the block is then read as the
// `IF [#100 LT 10] GOTO10` Haas gives as its equivalent. Other words after a condition stay
// plain words (the unsupported-code rule reports them).
func (s *scanner) condition() {
	b := s.b
	start := s.p
	cond := s.bracket()
	if cond == nil {
		return
	}
	kwEnd := s.p
	b.Flags |= FlagCondition
	s.items()
	if s.err != "" || len(b.Assigns) > 0 {
		return
	}
	label, expr, ok := m99Branch(b)
	if !ok {
		return
	}
	b.Ctl = Ctl{Kind: CtlFanucIf, Cond: cond, Start: start, KwStart: start, KwEnd: kwEnd, End: s.p, Label: label, LabelExpr: expr}
}

// m99Branch reads a block of only M99 and P (Haas's branch to line Pn) and returns the
// target's label (or "?" and the expression of a computed P).
func m99Branch(b *Block) (label string, expr *Expr, ok bool) {
	m99, p := -1, -1
	for i, w := range b.Words {
		switch {
		case w.Letter == 'M' && w.Expr == nil && w.Value == 99:
			m99 = i
		case w.Letter == 'P':
			p = i
		default:
			return "", nil, false
		}
	}
	if m99 < 0 || p < 0 || len(b.Assigns) > 0 {
		return "", nil, false
	}
	switch w := b.Words[p]; {
	case w.Expr == nil && w.Value >= 0 && w.Value == math.Trunc(w.Value):
		return strconv.Itoa(int(w.Value)), nil, true
	case w.Expr != nil:
		return "?", w.Expr, true
	}
	return "", nil, false
}

func (s *scanner) loopLabel() {
	s.skipBlank()
	j := s.p
	for j < s.end && isDigit(s.t[j-s.base]) {
		j++
	}
	if j == s.p {
		s.fail(s.p, "expected a loop number")
		return
	}
	s.b.Ctl.Label = string(s.t[s.p-s.base : j-s.base])
	s.p = j
}

// wordText returns a short spelling of word i for messages ("X10").
func (b *Block) wordText(i int) string {
	w := b.Words[i]
	letter := string(w.Letter)
	if w.Comma() {
		letter = "," + string(w.Letter-'a'+'A')
	}
	if w.Expr != nil || !isKnown(w.Value) {
		return letter + "[…]"
	}
	return letter + trimFloat(w.Value)
}

// extended reads a Klipper extended command, `SET_VELOCITY_LIMIT VELOCITY=300` or a macro
// `_PARK_HEAD`: a name of letters, digits and an underscore (which no G-code word holds)
// and the rest of the line up to a comment, kept as the block's Text.
func (s *scanner) extended() bool {
	j, under := s.p, false
	for j < s.end {
		c := s.t[j-s.base]
		if c == '_' {
			under = true
		} else if !isLetter(c) && !isDigit(c) {
			break
		}
		j++
	}
	if !under {
		return false
	}
	if j < s.end {
		// a Klipper command's name ends at a blank or a comment: `MSG_OK["…"]` or `NAME(…)`
		// is some other controller's function call, not a command Klipper would run
		if c := s.t[j-s.base]; c != ' ' && c != '\t' && c != ';' && c != '\r' {
			return false
		}
	}
	for j < s.end && s.t[j-s.base] != ';' {
		j++
	}
	s.b.Flags |= FlagExtended
	s.b.Text = strings.TrimSpace(string(s.t[s.p-s.base : j-s.base]))
	s.p = j
	s.skip()
	return true
}
