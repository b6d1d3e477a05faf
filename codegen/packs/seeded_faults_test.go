package packs_test

import (
	"context"
	"fmt"
	"maps"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/gcode"
	"github.com/gantry-dev/gantry/codegen/packs"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/workspace"
)

// A faultOp seeds one kind of mistake a model makes into a line of real code. It returns
// the faulty line, or ok false where the line offers no place for it. Lines are replaced,
// never removed, so every other line keeps its number.
type faultOp struct {
	name, lang string
	seed       func(lines []string, i int) (string, bool)
}

var (
	stAssign    = regexp.MustCompile(`^(\s*)([A-Za-z_]\w*)\s*:=\s*(.+);\s*$`)
	stFor       = regexp.MustCompile(`(?i)^\s*FOR\s+([A-Za-z_]\w*)\s*:=`)
	stEndIf     = regexp.MustCompile(`(?i)^\s*END_IF;?\s*$`)
	stEndFor    = regexp.MustCompile(`(?i)\bEND_FOR\b`)
	stWord      = regexp.MustCompile(`\b[A-Za-z_]\w*\b`)
	stEnumValue = regexp.MustCompile(`\bE_\w+[.#][A-Za-z_]\w*`)
	stTimerCall = regexp.MustCompile(`^\s*([A-Za-z_]\w*)\s*\(\s*(?:IN|CLK)\s*:=.*\)\s*;\s*$`)
	stStdCall   = regexp.MustCompile(`\b(LIMIT|SEL|MIN|MAX|EXPT|MID)\(`)
	gcFeed      = regexp.MustCompile(`(?i)F[-+]?[0-9.]+`)
	gcArcR      = regexp.MustCompile(`(?i)\bR([0-9.]+)`)
	gcLinear    = regexp.MustCompile(`(?i)\bG0?1\b`)
	gcAxisX     = regexp.MustCompile(`(?i)\bX[-+]?[0-9.]+`)
	gcArc       = regexp.MustCompile(`(?i)\bG0?[23]\b`)
	gcSpindle   = regexp.MustCompile(`(?i)\bM0?3\b`)
	gcComment   = regexp.MustCompile(`[(;#\[]`) // comments and expressions: left alone
	gcArcIJ     = regexp.MustCompile(`(?i)\b([IJ])([-+]?[0-9]*\.?[0-9]+)`)
	gcPlunge    = regexp.MustCompile(`(?i)^(\s*(?:N\d+\s*)?)G0?1(\s+Z-[0-9.]+)(\s+F[0-9.]+)?\s*$`)
	gcSpeedZero = regexp.MustCompile(`(?i)\bS0*\.?0*(\s|$)`)
	gcUnits     = regexp.MustCompile(`(?i)\bG2[01]\b`)
	gcEnd       = regexp.MustCompile(`(?i)^\s*(?:N\d+\s*)?M0?(?:2|30)\s*$`)
	rtlAssign   = regexp.MustCompile(`^(\s*assign\s+)([A-Za-z_]\w*)(\s*=\s*)(.+);\s*$`)
	rtlNBA      = regexp.MustCompile(`^(\s*[A-Za-z_][\w\[\]:.]*\s*)<=`)
	rtlDefault  = regexp.MustCompile(`^\s*default\s*:`)
)

// stInCommentOrString reports whether byte at of an ST line lies in a comment or a string
// literal that the line opens (`(* *)`, `//`, '…', "…"; a line inside a comment that an
// earlier line opened is not seen).
func stInCommentOrString(line string, at int) bool {
	var quote byte
	comment := 0
	for j := 0; j < at && j < len(line); j++ {
		c := line[j]
		switch {
		case quote != 0:
			if c == '$' {
				j++ // $' and $" escape the quote
			} else if c == quote {
				quote = 0
			}
		case comment > 0:
			if strings.HasPrefix(line[j:], "*)") {
				comment--
				j++
			} else if strings.HasPrefix(line[j:], "(*") {
				comment++
				j++
			}
		case strings.HasPrefix(line[j:], "//"):
			return true
		case strings.HasPrefix(line[j:], "(*"):
			comment++
			j++
		case c == '\'' || c == '"':
			quote = c
		}
	}
	return quote != 0 || comment > 0
}

// stCode wraps an ST seeding op so that it leaves alone lines that start inside a block
// comment an earlier line opened: text there is no code, and a mistake seeded into it is
// none (commented-out code, documentation such as "In `E_Mode.Zero` mode …"). So are the
// lines of a pragma or an attribute list that an earlier line opened (TIA's block
// attributes, `{InstructionName := 'PID_Compact';` then `LibVersion := '1.2';` on the
// next line): no statement.
func stCode(seed func(ls []string, i int) (string, bool)) func(ls []string, i int) (string, bool) {
	return func(ls []string, i int) (string, bool) {
		if stCommentedLines(ls)[i] || xmlMarkupLine(ls[i]) {
			return "", false
		}
		return seed(ls, i)
	}
}

// xmlMarkupLine reports a line of a project file's XML outside its ST: an operand of a
// TwinCAT object's LD or FBD network (`<v n="Operand">"eStatus = E_Status.Running"</v>`)
// or a PLCopen initial value (`<simpleValue value="E_State.None" />`). It is no ST, so a
// mistake seeded there is none the checker reads. Lines opening or closing a CDATA body
// or a PLCopen <xhtml> body hold ST and stay.
func xmlMarkupLine(l string) bool {
	t := strings.TrimSpace(l)
	return strings.HasPrefix(t, "<") && strings.HasSuffix(t, ">") &&
		!strings.Contains(t, "<![CDATA[") && !strings.Contains(t, "]]>") && !strings.Contains(t, "<xhtml")
}

// stCommented memoizes stCommentedLines for the file being seeded (the ops see one file's
// lines at a time); holding the lines keeps their array, so its address names them.
var stCommented struct {
	ls []string
	in []bool
}

// stCommentedLines reports, for each line, whether it starts inside a `(* *)` comment
// (nested as CODESYS nests them), a `/* */` comment or a `{ }` pragma that an earlier line
// opened, or is a line of a LAD or FBD rung of a TIA Portal V21 block document (`RUNG
// wire#powerrail` … `END_RUNG`) or of a network of a STEP 7 STL source (`NETWORK` /
// `TITLE =` / statement-list lines, up to the block's END_ word), which are no ST.
func stCommentedLines(ls []string) []bool {
	if len(ls) > 0 && len(stCommented.ls) == len(ls) && &stCommented.ls[0] == &ls[0] {
		return stCommented.in
	}
	in := make([]bool, len(ls))
	depth, braces := 0, 0
	rung, slash, stl := false, false, false
	for i, l := range ls {
		if depth == 0 && braces == 0 && !slash && !rung && stlNetworkAt(ls, i) {
			stl = true
		}
		if stl {
			if !stlEnds.MatchString(l) {
				in[i] = true
				continue
			}
			stl = false
		}
		if depth == 0 && braces == 0 && !slash && rungOpens.MatchString(l) {
			rung = true
		}
		in[i] = depth > 0 || braces > 0 || rung || slash
		if rung && rungCloses.MatchString(l) {
			rung = false
			continue
		}
		if rung {
			continue
		}
		var quote byte
		for j := 0; j < len(l); j++ {
			switch c := l[j]; {
			case slash:
				if strings.HasPrefix(l[j:], "*/") {
					slash = false
					j++
				}
			case braces > 0 && depth == 0 && quote == 0 && c == '}':
				braces--
			case depth > 0 && strings.HasPrefix(l[j:], "*)"):
				depth--
				j++
			case depth > 0 && strings.HasPrefix(l[j:], "(*"):
				depth++
				j++
			case depth > 0:
			case quote != 0:
				if c == quote {
					quote = 0
				}
			case strings.HasPrefix(l[j:], "//"):
				j = len(l)
			case strings.HasPrefix(l[j:], "(*"):
				depth++
				j++
			case braces == 0 && strings.HasPrefix(l[j:], "/*"):
				slash = true // a /* */ comment (CODESYS, SIMATIC AX) does not nest
				j++
			case c == '\'' || c == '"':
				quote = c
			case c == '{':
				braces++
			}
		}
	}
	if len(ls) > 0 {
		stCommented.ls, stCommented.in = ls, in
	}
	return in
}

// stlNetworkAt reports whether ls[i] opens a network of a STEP 7 STL source: NETWORK
// alone, and the next line that is not blank opens with `TITLE =`.
func stlNetworkAt(ls []string, i int) bool {
	if !strings.EqualFold(strings.TrimSpace(ls[i]), "NETWORK") {
		return false
	}
	for _, l := range ls[i+1:] {
		if strings.TrimSpace(l) != "" {
			return stlTitle.MatchString(l)
		}
	}
	return false
}

// stlTitle matches a network's title line in an STL source, stlEnds the END_ word that
// ends the block and its last network (see stCommentedLines).
var (
	stlTitle = regexp.MustCompile(`(?i)^\s*TITLE\s*=`)
	stlEnds  = regexp.MustCompile(`(?i)^\s*END_`)
)

// rungOpens and rungCloses match the first and last line of a rung (see stCommentedLines).
var (
	rungOpens  = regexp.MustCompile(`(?i)^\s*RUNG(\s+(wire#|\d|"|$)|\s*$)`)
	rungCloses = regexp.MustCompile(`(?i)^\s*END_RUNG\b`)
)

// rtlCode wraps a Verilog seeding op so that it leaves alone lines that start inside a
// /* */ comment an earlier line opened, and the lines of a `define's body (a macro's text
// is code only where it is used, and its uses are not checked as the body): a mistake
// seeded there is none the checker can see.
func rtlCode(seed func(ls []string, i int) (string, bool)) func(ls []string, i int) (string, bool) {
	return func(ls []string, i int) (string, bool) {
		if rtlNotCodeLines(ls)[i] {
			return "", false
		}
		return seed(ls, i)
	}
}

var rtlNotCode struct {
	ls []string
	in []bool
}

// rtlNotCodeLines reports, for each line, whether it starts inside a /* */ comment or
// belongs to a `define (its first line, or one a trailing backslash continues).
func rtlNotCodeLines(ls []string) []bool {
	if len(ls) > 0 && len(rtlNotCode.ls) == len(ls) && &rtlNotCode.ls[0] == &ls[0] {
		return rtlNotCode.in
	}
	in := make([]bool, len(ls))
	comment, define := false, false
	for i, l := range ls {
		in[i] = comment || define || strings.HasPrefix(strings.TrimSpace(l), "`define")
		define = in[i] && !comment && strings.HasSuffix(strings.TrimRight(l, " \t\r"), "\\")
		var quote bool
		for j := 0; j < len(l); j++ {
			switch {
			case comment:
				if strings.HasPrefix(l[j:], "*/") {
					comment = false
					j++
				}
			case quote:
				if l[j] == '\\' {
					j++
				} else if l[j] == '"' {
					quote = false
				}
			case strings.HasPrefix(l[j:], "//"):
				j = len(l)
			case strings.HasPrefix(l[j:], "/*"):
				comment = true
				j++
			case l[j] == '"':
				quote = true
			}
		}
	}
	if len(ls) > 0 {
		rtlNotCode.ls, rtlNotCode.in = ls, in
	}
	return in
}

// stKeywords are words the undeclared-name fault leaves alone.
var stKeywords = map[string]bool{"AND": true, "OR": true, "XOR": true, "NOT": true, "MOD": true, "TRUE": true, "FALSE": true, "THIS": true, "SUPER": true}

// inProcess reports whether the nearest process above line i (an always block) is one kind
// matches: the operators only touch lines that exist in processes (`<=`, `default:`).
func inProcess(lines []string, i int, kind *regexp.Regexp) bool {
	for j := i; j >= 0; j-- {
		if anyAlways.MatchString(lines[j]) {
			return kind.MatchString(lines[j])
		}
	}
	return false
}

// assignedBeforeCase reports whether the always block holding line i, a case's default,
// gives every variable that default assigns a value before its case statement: without
// the default those keep that value, and no latch is inferred.
// caseOf returns the line that opens the case line i is an item of ("" when none is
// found above it).
func caseOf(lines []string, i int) string {
	depth := 0
	for j := i - 1; j >= 0; j-- {
		switch {
		case caseEnd.MatchString(lines[j]):
			depth++
		case caseStart.MatchString(lines[j]):
			if depth == 0 {
				return lines[j]
			}
			depth--
		}
	}
	return ""
}

func assignedBeforeCase(lines []string, i int) bool {
	names := map[string]bool{}
	for _, m := range assignedName.FindAllStringSubmatch(lines[i], -1) {
		names[m[1]] = true
	}
	if len(names) == 0 {
		return false
	}
	start := i
	for start > 0 && !anyAlways.MatchString(lines[start]) {
		start--
	}
	for _, l := range lines[start+1 : i] {
		if caseStart.MatchString(l) {
			break
		}
		if m := assignedName.FindStringSubmatch(l); m != nil {
			delete(names, m[1])
		}
	}
	return len(names) == 0
}

var (
	stOutputBinding = regexp.MustCompile(`\b\w+\s*(=>)\s*[^\s,)]`)
	stIndexedAssign = regexp.MustCompile(`^(\s*)([A-Za-z_]\w*)\[[^\]]+\]\s*:=(.*;\s*)$`)
	caseStart       = regexp.MustCompile(`^\s*(unique\d*\s+|priority\s+)?case[zx]?\s*\(`)
	caseEnd         = regexp.MustCompile(`\bendcase\b`)
	fullCase        = regexp.MustCompile(`^\s*(unique|priority)\s+case`)
	assignedName    = regexp.MustCompile(`(?:^|[:;]|\bbegin)\s*([A-Za-z_]\w*)(?:\[[^\]]*\])?\s*=[^=]`)
	alwaysFF        = regexp.MustCompile(`\balways_ff\b|\balways\s*@\s*\(\s*posedge`)
	alwaysComb      = regexp.MustCompile(`\balways_comb\b|\balways\s*@\s*\(?\s*\*`)
	anyAlways       = regexp.MustCompile(`^\s*always`)
)

// firstLeftOut seeds the program's first word that re matches left out of its line (a
// line holding none of the characters in skip: comments, expressions, settings).
func firstLeftOut(re *regexp.Regexp, skip string) func(ls []string, i int) (string, bool) {
	return func(ls []string, i int) (string, bool) {
		if !re.MatchString(ls[i]) || strings.ContainsAny(ls[i], skip) {
			return "", false
		}
		for _, l := range ls[:i] {
			if re.MatchString(l) {
				return "", false
			}
		}
		return re.ReplaceAllString(ls[i], ""), true
	}
}

var faultOps = []faultOp{
	// A name the model invented, read on the right of an assignment.
	{"invented name read", "st", stCode(func(ls []string, i int) (string, bool) {
		m := stAssign.FindStringSubmatchIndex(ls[i])
		if m == nil {
			return "", false
		}
		rhs := ls[i][m[6]:m[7]]
		if strings.ContainsAny(rhs, "\"'") || strings.Contains(rhs, "(*") || strings.Contains(rhs, "//") {
			return "", false // quoted symbols and comments are not names
		}
		for _, w := range stWord.FindAllStringIndex(rhs, -1) {
			word := rhs[w[0]:w[1]]
			if stKeywords[strings.ToUpper(word)] || word[0] >= '0' && word[0] <= '9' || w[1] < len(rhs) && (rhs[w[1]] == '(' || rhs[w[1]] == '#') {
				continue
			}
			at := m[6] + w[1]
			return ls[i][:at] + "Zq" + ls[i][at:], true
		}
		return "", false
	})},
	// `=` typed for `:=`: a comparison whose result goes nowhere.
	{"= for :=", "st", stCode(func(ls []string, i int) (string, bool) {
		m := stAssign.FindStringSubmatch(ls[i])
		if m == nil {
			return "", false
		}
		return m[1] + m[2] + " = " + m[3] + ";", true
	})},
	// A value the model invented for one of the project's enumerations (E_State.RUNZq).
	{"enumeration value invented", "st", stCode(func(ls []string, i int) (string, bool) {
		line := ls[i]
		if c := strings.Index(line, "//"); c >= 0 {
			line = line[:c]
		}
		m := stEnumValue.FindStringSubmatchIndex(line)
		if m == nil || strings.Contains(line, "(*") {
			return "", false
		}
		return ls[i][:m[1]] + "Zq" + ls[i][m[1]:], true
	})},
	// A standard function called with its last argument left out (LIMIT(0, n)).
	{"argument left out", "st", stCode(func(ls []string, i int) (string, bool) {
		m := stStdCall.FindStringIndex(ls[i])
		if m == nil || stInCommentOrString(ls[i], m[0]) {
			return "", false // `// … MIN(nCount).` is text, not a call
		}
		depth, lastComma := 0, -1
		for j := m[1]; j < len(ls[i]); j++ {
			switch ls[i][j] {
			case '(':
				depth++
			case ',':
				if depth == 0 {
					lastComma = j
				}
			case ')':
				if depth == 0 {
					if lastComma < 0 {
						return "", false
					}
					return ls[i][:lastComma] + ls[i][j:], true
				}
				depth--
			}
		}
		return "", false
	})},
	// The only call of a timer or an edge trigger left out: its outputs never change.
	{"timer call left out", "st", stCode(func(ls []string, i int) (string, bool) {
		m := stTimerCall.FindStringSubmatch(ls[i])
		if m == nil {
			return "", false
		}
		// An instance the file declares (`fbDelay : TON;`), not a function called with an
		// IN parameter (`MOVE_BLK(IN := …)`): leaving out a function's call is no timer's.
		declared := regexp.MustCompile(`(?im)(^|[\s,])` + regexp.QuoteMeta(m[1]) + `\s*(,[^:;]*)?(\{[^}]*\}\s*)?:[^=]`)
		if !declared.MatchString(strings.Join(ls, "\n")) {
			return "", false
		}
		calls := regexp.MustCompile(`(?i)(^|[^\w.])` + regexp.QuoteMeta(m[1]) + `\s*\(`)
		n := 0
		for _, l := range ls {
			if calls.MatchString(l) {
				n++
			}
		}
		return "", n == 1
	})},
	// A block closer left out.
	// An output of a call bound with := instead of => (the classic operator mix-up).
	// Only a `=>` of the code: one in a comment or a string (`(* done => close *)`,
	// `'Option1=>retry'`) is text, and `:=` there is no fault. Nor an output bound to
	// nothing (`bBusy => ,`, as TwinCAT's call templates leave one): it receives nothing
	// either way.
	{"output bound with :=", "st", stCode(func(ls []string, i int) (string, bool) {
		for _, m := range stOutputBinding.FindAllStringSubmatchIndex(ls[i], -1) {
			if !stInCommentOrString(ls[i], m[2]) {
				return ls[i][:m[2]] + ":=" + ls[i][m[3]:], true
			}
		}
		return "", false
	})},
	// An array element's assignment with its index left out: the whole array gets a value.
	{"index left out", "st", stCode(func(ls []string, i int) (string, bool) {
		m := stIndexedAssign.FindStringSubmatch(ls[i])
		if m == nil {
			return "", false
		}
		return m[1] + m[2] + " :=" + m[3], true
	})},
	{"END_IF left out", "st", stCode(func(ls []string, i int) (string, bool) {
		return "", stEndIf.MatchString(ls[i])
	})},
	// A constant zero divisor.
	{"division by zero", "st", stCode(func(ls []string, i int) (string, bool) {
		m := stAssign.FindStringSubmatch(ls[i])
		if m == nil || strings.Contains(m[3], "'") {
			return "", false
		}
		return m[1] + m[2] + " := (" + m[3] + ") / 0;", true
	})},
	// The FOR counter stepped by hand inside its loop.
	{"FOR counter written", "st", stCode(func(ls []string, i int) (string, bool) {
		if i == 0 {
			return "", false
		}
		m := stFor.FindStringSubmatch(ls[i-1])
		if m == nil || stEndFor.MatchString(ls[i-1]) {
			return "", false // (a loop closed on its own line: the next line is outside it)
		}
		return m[1] + " := " + m[1] + " + 1; " + ls[i], true
	})},

	// The program's first feed rate left out: the feed moves before the next F have none.
	// Not where no feed move runs on the removed F (the next F comes first: a feed given
	// on a rapid), nor in a subroutine body nothing in the file calls (the caller's feed
	// holds there), nor in a 3D printer's program (Marlin moves at its last or default
	// feed rate), nor an F that is no feed (in a comment, a word's letter, a parameter
	// of an M code such as Marlin's M145).
	{"first feed rate left out", "gcode", func(ls []string, i int) (string, bool) {
		t := gcTextOf(ls)
		at := gcFeedAt(t.code[i])
		if at == nil {
			return "", false
		}
		for _, c := range t.code[:i] {
			if gcAnyFeed.MatchString(c) {
				return "", false // (F#103: a feed from a parameter is a feed)
			}
		}
		if t.printer || t.callerState[i] || gcFirstLetter(t.code[i]) == 'M' || !t.feedUsedFrom(i) {
			return "", false
		}
		return ls[i][:at[0]] + ls[i][at[1]:], true
	}},
	// An arc radius too small for its chord.
	{"arc radius too small", "gcode", func(ls []string, i int) (string, bool) {
		if !gcArc.MatchString(ls[i]) || !gcArcR.MatchString(ls[i]) || gcComment.MatchString(ls[i]) {
			return "", false
		}
		return gcArcR.ReplaceAllString(ls[i], "R0.001"), true
	}},
	// One axis word twice in a block.
	{"axis word twice", "gcode", func(ls []string, i int) (string, bool) {
		x := gcAxisX.FindString(ls[i])
		if x == "" || !gcLinear.MatchString(ls[i]) || gcComment.MatchString(ls[i]) {
			return "", false
		}
		return ls[i] + " " + x + "1", true
	}},
	// Two motion codes in one block.
	{"two motion codes", "gcode", func(ls []string, i int) (string, bool) {
		loc := gcLinear.FindStringIndex(ls[i])
		if loc == nil || gcComment.MatchString(ls[i]) {
			return "", false
		}
		return ls[i][:loc[1]] + " G0" + ls[i][loc[1]:], true
	}},
	// The spindle stopped where it was started.
	// (Not where the start is at S0: `M3 S0` turns nothing either, so M5 there is no fault.)
	{"spindle stopped", "gcode", func(ls []string, i int) (string, bool) {
		if !gcSpindle.MatchString(ls[i]) || gcComment.MatchString(ls[i]) || gcSpeedZero.MatchString(ls[i]) {
			return "", false
		}
		// Not where no feed move runs before the spindle's next command (a header
		// fragment, a tool-change file, a start the program repeats before cutting).
		if !gcTextOf(ls).cutsBeforeNextSpindleWord(i) {
			return "", false
		}
		return gcSpindle.ReplaceAllString(ls[i], "M5"), true
	}},
	// An arc centre off by a millimetre in X and Y: the I and J offsets misread (absolute
	// for incremental, a sign, a half) so the centre is not equidistant from both ends.
	{"arc centre off", "gcode", func(ls []string, i int) (string, bool) {
		if !gcArc.MatchString(ls[i]) || !gcArcIJ.MatchString(ls[i]) || gcComment.MatchString(ls[i]) {
			return "", false
		}
		// Not a full circle (no end point: any centre makes one), nor an arc the moved
		// centre leaves valid (a shift along the chord's bisector, or one within the
		// interpreter's tolerance of a large radius), where the start can be read.
		if t := gcTextOf(ls); t.fullCircle(i) || t.stillValidArc(i, 1) {
			return "", false
		}
		bad := false
		out := gcArcIJ.ReplaceAllStringFunc(ls[i], func(w string) string {
			v, err := strconv.ParseFloat(w[1:], 64)
			if err != nil {
				bad = true
				return w
			}
			return w[:1] + strconv.FormatFloat(v+1, 'f', -1, 64)
		})
		return out, !bad
	}},
	// A plunge into the stock written as a rapid.
	{"plunge at rapid", "gcode", func(ls []string, i int) (string, bool) {
		m := gcPlunge.FindStringSubmatch(ls[i])
		if m == nil || gcTextOf(ls).printer {
			return "", false // a printer's G0 moves at the feed rate as G1 does (Marlin)
		}
		return m[1] + "G0" + m[2] + m[3], true
	}},
	// The units (G20/G21) left out of the header: the program runs in whatever units the
	// controller was left in. (Grbl's `$N0=` startup lines are settings, not the program.)
	// Not in a 3D printer's program (Marlin and Klipper work in mm from the start), nor in
	// a subroutine body nothing in the file calls (the caller's units hold there), nor
	// where the program sets its units again before its first motion, nor where it moves
	// before them (the units were missing there already).
	{"units left out", "gcode", func(ls []string, i int) (string, bool) {
		out, ok := firstLeftOut(gcUnits, "(;$")(ls, i)
		if !ok {
			return "", false
		}
		t := gcTextOf(ls)
		if t.printer || t.callerState[i] || t.unitsSetAgainBeforeMotion(i) || t.movesBefore(i) {
			return "", false
		}
		return out, true
	}},
	// The program end (M2/M30) left out (where no % line closes the program: LinuxCNC
	// ends a %-delimited file at its closing %).
	{"program end left out", "gcode", func(ls []string, i int) (string, bool) {
		for _, l := range ls {
			if strings.TrimSpace(l) == "%" {
				return "", false
			}
		}
		// Not in a 3D printer's program (the print ends with its file; Marlin's M30
		// deletes a file), nor after the last endsub of a subroutine file (a call
		// returns at endsub and never reads it), nor an early exit inside an o-word
		// if or loop (the program goes on to its own end without it).
		if !gcEnd.MatchString(ls[i]) {
			return "", false
		}
		t := gcTextOf(ls)
		return "", !t.printer && !t.subFile && !t.conditional[i]
	}},

	// A signal the model invented, read by a continuous assignment.
	{"invented signal read", "rtl", rtlCode(func(ls []string, i int) (string, bool) {
		m := rtlAssign.FindStringSubmatchIndex(ls[i])
		if m == nil {
			return "", false
		}
		rhs := ls[i][m[8]:m[9]]
		for _, w := range stWord.FindAllStringIndex(rhs, -1) {
			if w[0] > 0 && (rhs[w[0]-1] == '\'' || rhs[w[0]-1] == '`' || rhs[w[0]-1] == '$') || rhs[w[0]] >= '0' && rhs[w[0]] <= '9' {
				continue
			}
			if strings.HasPrefix(strings.TrimLeft(rhs[w[1]:], " \t"), "::") {
				continue // a package's name, no signal (and one the project may lack)
			}
			at := m[8] + w[1]
			return ls[i][:at] + "_zq" + ls[i][at:], true
		}
		return "", false
	})},
	// A second driver for an assigned net.
	{"second driver", "rtl", rtlCode(func(ls []string, i int) (string, bool) {
		m := rtlAssign.FindStringSubmatch(ls[i])
		if m == nil || strings.Contains(m[2], "[") {
			return "", false
		}
		return ls[i] + " assign " + m[2] + " = '0;", true
	})},
	// A blocking assignment to state in a clocked block.
	{"blocking in clocked block", "rtl", rtlCode(func(ls []string, i int) (string, bool) {
		m := rtlNBA.FindStringSubmatchIndex(ls[i])
		if m == nil || !inProcess(ls, i-1, alwaysFF) {
			return "", false
		}
		return ls[i][:m[3]] + "=" + ls[i][m[3]+2:], true
	})},
	// A combinational case without its default; not where the block gives its outputs a
	// value before the case (`y = '0; case …`), nor in a unique or priority case (the
	// designer states every value is an item: IEEE 1800-2017 12.5.3, and synthesis builds
	// no latch): there no default is needed.
	{"default left out", "rtl", rtlCode(func(ls []string, i int) (string, bool) {
		return "", rtlDefault.MatchString(ls[i]) && inProcess(ls, i-1, alwaysComb) && !assignedBeforeCase(ls, i) &&
			!fullCase.MatchString(caseOf(ls, i))
	})},
}

// gcText is what the G-code seeding ops read of a program's text, computed once per file
// (the ops are called line by line on the same lines): each line's code with its comments
// blanked out (columns kept), the lines that run with a caller's modal state, and whether
// the program is a 3D printer's.
type gcText struct {
	code []string
	// callerState: the line is in a subroutine body nothing in the file calls, or in a
	// Fanuc-style subprogram file (M99, never M2/M30): feed, units and spindle there are
	// the caller's, which LinuxCNC and Fanuc hand on unchanged.
	callerState []bool
	subFile     bool   // every code line belongs to a subroutine (or is its file's M2/M30, %)
	conditional []bool // inside an o-word if, while, do or repeat body
	printer     bool   // a heater's temperature (M104/M109/M140/M190 S), extruder codes: Marlin or Klipper
}

var (
	gcCommentPart = regexp.MustCompile(`\([^)]*\)|;.*$`)
	gcSubOpen     = regexp.MustCompile(`(?i)^\s*(?:N\d+\s*)?o\s*(<[^>]+>|\d+)\s*sub\b`)
	gcSubClose    = regexp.MustCompile(`(?i)^\s*(?:N\d+\s*)?o\s*(<[^>]+>|\d+)\s*endsub\b`)
	gcSubCall     = regexp.MustCompile(`(?i)\bo\s*(<[^>]+>|\d+)\s*call\b`)
	gcFanucReturn = regexp.MustCompile(`(?i)(?:^|[^A-Z_<])M99\b`)
	gcProgramEnd  = regexp.MustCompile(`(?i)(?:^|[^A-Z_<])M0*(?:2|30)\b`)
	gcPrinterCode = regexp.MustCompile(`(?i)(?:^|[^A-Z_<])(?:M(?:104|109|140|190)\s*[SR]|M(?:82|83|500|503)\b)|^\s*G0*[01]\b.*\bE[-+]?[0-9.]`)
	gcFeedWord    = regexp.MustCompile(`(?i)(?:^|[^A-Z_<])(F[-+]?[0-9.]+)`)
	// a feed word of any form: F#103, F[…], F 100.
	gcAnyFeed     = regexp.MustCompile(`(?i)(?:^|[^A-Z_<])F\s*[-+.#\[0-9]`)
	gcMachineMove = regexp.MustCompile(`(?i)(?:^|[^A-Z_<])G0*53\b`)
	gcHomeMove    = regexp.MustCompile(`(?i)(?:^|[^A-Z_<])G0*(?:53|28|30)\b`)
	gcGWord       = regexp.MustCompile(`(?i)(?:^|[^A-Z_<])G0*([0-9]+(?:\.[0-9]+)?)`)
	gcAxisWord    = regexp.MustCompile(`(?i)(?:^|[^A-Z_<])([XYZABCUVW])\s*[-+.#\[0-9]`)
	gcPlainAxis   = regexp.MustCompile(`(?i)(?:^|[^A-Z_<])([XYZIJK])\s*([-+]?[0-9]*\.?[0-9]+)`)
	gcSpindleWord = regexp.MustCompile(`(?i)(?:^|[^A-Z_<])M0*[345]\b`)
	gcCallWord    = regexp.MustCompile(`(?i)\bcall\b|(?:^|[^A-Z_<])(?:M98|G65)\b`)
	gcControlWord = regexp.MustCompile(`(?i)^\s*(?:N\d+\s*)?o\s*(<[^>]+>|\d+)\s*(if|while|do|repeat|endif|endwhile|endrepeat)\b`)
	gcInch        = regexp.MustCompile(`(?i)(?:^|[^A-Z_<])G0*20\b`)
	// (G91.1, incremental I/J, is the default: no incremental distance)
	gcUnknowable = regexp.MustCompile(`(?i)[@^]|^\s*(?:N\d+\s*)?o|(?:^|[^A-Z_<])G0*(?:7|91|90\.1|92|10|52)(?:[^.0-9]|$)`)
	// (a position computed or found; a feed from a parameter, F#107, moves no axis)
	gcLosesPlace = regexp.MustCompile(`(?i)(?:^|[^A-Z_<])(?:[XYZ]\s*[#\[]|G0*(?:53|28|30|38\.[2-5])\b)`)
)

var gcTextCache struct {
	first *string
	n     int
	t     *gcText
}

func gcTextOf(ls []string) *gcText {
	if len(ls) > 0 && gcTextCache.first == &ls[0] && gcTextCache.n == len(ls) {
		return gcTextCache.t
	}
	t := &gcText{code: make([]string, len(ls)), callerState: make([]bool, len(ls))}
	called := map[string]bool{}
	fanucSub, ends := false, false
	for j, l := range ls {
		c := gcCommentPart.ReplaceAllStringFunc(l, func(s string) string { return strings.Repeat(" ", len(s)) })
		t.code[j] = c
		for _, m := range gcSubCall.FindAllStringSubmatch(c, -1) {
			called[strings.ToLower(m[1])] = true
		}
		fanucSub = fanucSub || gcFanucReturn.MatchString(c)
		ends = ends || gcProgramEnd.MatchString(c)
		t.printer = t.printer || gcPrinterCode.MatchString(c)
	}
	fanucSub = fanucSub && !ends
	t.conditional = gcControlBodies(t.code)
	inBody, sawSub, name := false, false, ""
	t.subFile = true
	for j, c := range t.code {
		if m := gcSubOpen.FindStringSubmatch(c); m != nil {
			inBody, sawSub, name = true, true, strings.ToLower(m[1])
		}
		t.callerState[j] = fanucSub || inBody && !called[name]
		if trimmed := strings.TrimSpace(c); !inBody && trimmed != "" && trimmed != "%" && !gcProgramEnd.MatchString(c) {
			t.subFile = false
		}
		// (an endsub inside an if or a loop of its body is an early return: the body
		// goes on below it)
		if gcSubClose.MatchString(c) && !t.conditional[j] {
			inBody = false
		}
	}
	t.subFile = fanucSub || t.subFile && sawSub
	if len(ls) > 0 {
		gcTextCache.first, gcTextCache.n, gcTextCache.t = &ls[0], len(ls), t
	}
	return t
}

// gcControlBodies marks the lines inside o-word if, while, do and repeat bodies (a
// `while` after its label's `do` closes the loop).
func gcControlBodies(code []string) []bool {
	in := make([]bool, len(code))
	var open []string // "label kind"
	for j, c := range code {
		m := gcControlWord.FindStringSubmatch(c)
		if m == nil {
			in[j] = len(open) > 0
			continue
		}
		label, kind := strings.ToLower(m[1]), strings.ToLower(m[2])
		switch {
		case kind == "endif" || kind == "endwhile" || kind == "endrepeat" ||
			kind == "while" && len(open) > 0 && open[len(open)-1] == label+" do":
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
		case kind == "if" || kind == "while" || kind == "do" || kind == "repeat":
			open = append(open, label+" "+kind)
		}
		in[j] = len(open) > 0
	}
	return in
}

// gcFeedAt locates a line's F word (in its code: not a comment's, nor a longer word's).
func gcFeedAt(code string) []int {
	m := gcFeedWord.FindStringSubmatchIndex(code)
	if m == nil {
		return nil
	}
	return m[2:4]
}

// gcFirstLetter is the letter of a line's first word after its N number.
func gcFirstLetter(code string) byte {
	c := strings.TrimLeft(code, " \t")
	if len(c) > 0 && (c[0] == 'N' || c[0] == 'n') {
		c = strings.TrimLeft(strings.TrimLeft(c[1:], "0123456789"), " \t")
	}
	if c == "" {
		return 0
	}
	return strings.ToUpper(c[:1])[0]
}

// gcMotionOf is the last motion code a line gives (G0 … G89 as a number), -1 for none.
func gcMotionOf(code string) float64 {
	mode := -1.0
	for _, m := range gcGWord.FindAllStringSubmatch(code, -1) {
		g, _ := strconv.ParseFloat(m[1], 64)
		if g <= 3 || g >= 32 && g < 34 || g >= 38 && g < 39 || g >= 70 && g <= 76 || g >= 80 && g <= 89 {
			mode = g
		}
	}
	return mode
}

// gcFeedMode: a motion that moves at the feed rate (G1-G3, a probe, a turning or canned
// cycle; not G0, G80, nor the spindle-synchronised G33).
func gcFeedMode(g float64, probes bool) bool {
	return g >= 1 && g <= 3 || probes && g >= 38 && g < 39 || g >= 70 && g <= 76 || g >= 81 && g <= 89
}

// gcCutsAt reports whether line j moves at the feed rate in motion mode g, or calls a
// subroutine (which may).
func gcCutsAt(code string, g float64, probes bool) bool {
	if gcCallWord.MatchString(code) {
		return true
	}
	explicit := gcMotionOf(code)
	return gcFeedMode(g, probes) && (gcAxisWord.MatchString(code) || explicit >= 70 && explicit <= 76 || explicit == 32)
}

func (t *gcText) motionBefore(i int) float64 {
	mode := -1.0
	for _, c := range t.code[:i] {
		if g := gcMotionOf(c); g >= 0 {
			mode = g
		}
	}
	return mode
}

// feedUsedFrom reports whether a feed move runs on the feed rate line i sets before
// another F replaces it.
func (t *gcText) feedUsedFrom(i int) bool {
	mode := t.motionBefore(i)
	for j := i; j < len(t.code); j++ {
		c := t.code[j]
		if j > i && gcAnyFeed.MatchString(c) {
			return false
		}
		if g := gcMotionOf(c); g >= 0 {
			mode = g
		}
		if gcCutsAt(c, mode, true) {
			return true
		}
	}
	return false
}

// cutsBeforeNextSpindleWord reports whether a feed move (a probe aside) runs from line i
// on before the spindle's next M3/M4/M5 or the program's end.
func (t *gcText) cutsBeforeNextSpindleWord(i int) bool {
	mode := t.motionBefore(i)
	for j := i; j < len(t.code); j++ {
		c := t.code[j]
		if j > i && (gcSpindleWord.MatchString(c) || gcProgramEnd.MatchString(c)) {
			return false
		}
		if g := gcMotionOf(c); g >= 0 {
			mode = g
		}
		// (a feed move in machine coordinates, G53, is a warm-up's or a tool rack's,
		// not a cut in the work)
		if gcCutsAt(c, mode, false) && !gcMachineMove.MatchString(c) {
			return true
		}
	}
	return false
}

// movesBefore reports a motion in work coordinates before line i: a program that moves
// before its units word already moves in unknown units, and the word left out adds no
// fault. (A G53, G28 or G30 move goes to a machine position, whatever the units.)
func (t *gcText) movesBefore(i int) bool {
	for _, c := range t.code[:i] {
		if gcHomeMove.MatchString(c) {
			continue
		}
		if gcAxisWord.MatchString(c) { // (a G80 or a G1 without an axis word moves nothing)
			return true
		}
	}
	return false
}

// unitsSetAgainBeforeMotion reports a G20/G21 after line i and before the first motion.
func (t *gcText) unitsSetAgainBeforeMotion(i int) bool {
	for _, c := range t.code[i+1:] {
		if gcUnits.MatchString(c) {
			return true
		}
		if gcMotionOf(c) >= 0 || gcAxisWord.MatchString(c) {
			return false
		}
	}
	return false
}

// gcPlaneAxes are the end point and centre offset letters of line i's arc plane.
func (t *gcText) gcPlaneAxes(i int) (ends, offsets [2]byte) {
	plane := 17.0
	for _, c := range t.code[:i+1] {
		for _, m := range gcGWord.FindAllStringSubmatch(c, -1) {
			if g, _ := strconv.ParseFloat(m[1], 64); g >= 17 && g <= 19 {
				plane = g
			}
		}
	}
	switch plane {
	case 18:
		return [2]byte{'X', 'Z'}, [2]byte{'I', 'K'}
	case 19:
		return [2]byte{'Y', 'Z'}, [2]byte{'J', 'K'}
	}
	return [2]byte{'X', 'Y'}, [2]byte{'I', 'J'}
}

// fullCircle reports an arc without an end point in its plane: a full circle, which any
// centre makes.
func (t *gcText) fullCircle(i int) bool {
	ends, _ := t.gcPlaneAxes(i)
	for _, m := range gcAxisWord.FindAllStringSubmatch(t.code[i], -1) {
		if l := strings.ToUpper(m[1])[0]; l == ends[0] || l == ends[1] {
			return false
		}
	}
	return true
}

// stillValidArc reports whether line i's arc, its I and J moved by shift, still has its
// centre as far from the start as from the end within LinuxCNC's tolerance,
// where absolute plain numbers let the start be read from the lines above (false where
// they do not).
func (t *gcText) stillValidArc(i int, shift float64) bool {
	pos := map[byte]float64{}
	inch := false
	for _, c := range t.code[:i+1] {
		if gcUnknowable.MatchString(c) {
			return false // incremental, polar, diameter mode, offsets changed, loops
		}
		inch = inch || gcInch.MatchString(c)
	}
	words := func(c string) map[byte]float64 {
		w := map[byte]float64{}
		for _, m := range gcPlainAxis.FindAllStringSubmatch(c, -1) {
			v, err := strconv.ParseFloat(m[2], 64)
			if err == nil {
				w[strings.ToUpper(m[1])[0]] = v
			}
		}
		return w
	}
	for _, c := range t.code[:i] {
		if gcLosesPlace.MatchString(c) {
			pos = map[byte]float64{} // a computed, machine or probed position: read again
			continue
		}
		for l, v := range words(c) {
			if l == 'X' || l == 'Y' || l == 'Z' {
				pos[l] = v
			}
		}
	}
	ends, offsets := t.gcPlaneAxes(i)
	w := words(t.code[i])
	var start, end, centre [2]float64
	for k := 0; k < 2; k++ {
		s, ok := pos[ends[k]]
		if !ok {
			return false
		}
		start[k], end[k] = s, s
		if v, ok := w[ends[k]]; ok {
			end[k] = v
		}
		off := w[offsets[k]]
		if _, ok := w[offsets[k]]; ok && (offsets[k] == 'I' || offsets[k] == 'J') {
			off += shift
		}
		centre[k] = s + off
	}
	r1 := math.Hypot(start[0]-centre[0], start[1]-centre[1])
	r2 := math.Hypot(end[0]-centre[0], end[1]-centre[1])
	if inch {
		r1, r2 = r1*25.4, r2*25.4
	}
	dr := math.Abs(r1 - r2)
	abs := 2 * 0.01 * math.Sqrt2
	if inch {
		abs = 2 * 0.001 * math.Sqrt2 * 25.4
	}
	// The test's profile is LinuxCNC's, and its controller gives every file its dialect:
	// an arc LinuxCNC runs is valid code there, whatever Grbl would say.
	return !(dr > 100*abs || dr/math.Max(r1, r2) > 0.001 && dr > abs)
}

// TestSeededFaults seeds the mistakes above into the clean lines of the repository's corpora
// (every site of each kind, up to three per file) and counts how many the checker notices:
// a finding, error or warning, that the unchanged file does not have. It prints the rate per
// kind and fails if the whole falls below what it was when written, so a rule that stops
// firing on real code shows here.
func TestSeededFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("seeds about a thousand faults")
	}
	reg := packs.Registry()
	cfg := config.Default()
	safe, stock := 5.0, 0.0
	gcode.SettingsOf(cfg).Machine = &gcode.Machine{Controller: "linuxcnc", Units: "mm", MaxSpindleRPM: 24000, SafeZ: &safe, StockTop: &stock}
	files := seededFaultFiles(t, reg)
	type tally struct{ sites, caught int }
	byOp := map[string]*tally{}
	total := map[string]*tally{}
	for _, path := range files {
		p := reg.ForPath(path)
		lang := p.ID()
		{
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			base := findingKeys(t, p, path, raw, cfg)
			if base.syntax && os.Getenv("GANTRY_SEEDED_DIRS") != "" {
				continue // real code is what compiles: a file that does not parse is no base
			}
			lines := strings.Split(string(raw), "\n")
			for _, op := range faultOps {
				if op.lang != lang {
					continue
				}
				seeded := 0
				for i := range lines {
					if seeded == 3 || base.lineHasError(i) {
						continue
					}
					faulty, ok := op.seed(lines, i)
					if !ok {
						continue
					}
					seeded++
					mut := append([]string(nil), lines...)
					mut[i] = faulty
					got := findingKeys(t, p, path, []byte(strings.Join(mut, "\n")), cfg)
					caught := got.hasNew(base)
					for _, tl := range []*tally{tallyOf(byOp, lang+": "+op.name), tallyOf(total, lang)} {
						tl.sites++
						if caught {
							tl.caught++
						}
					}
					if !caught && os.Getenv("GANTRY_SEEDED_MISSES") != "" {
						t.Logf("missed, %s: %s:%d: %s", op.name, path, i+1, strings.TrimSpace(faulty))
					}
				}
			}
		}
	}
	var all tally
	for _, n := range slices.Sorted(maps.Keys(byOp)) {
		tl := byOp[n]
		t.Logf("%-40s %3d of %3d caught (%.0f%%)", n, tl.caught, tl.sites, 100*float64(tl.caught)/float64(tl.sites))
	}
	for _, lang := range []string{"st", "gcode", "rtl"} {
		tl := total[lang]
		if tl == nil || tl.sites == 0 {
			if os.Getenv("GANTRY_SEEDED_DIRS") != "" {
				continue
			}
			t.Fatalf("%s: no fault seeded", lang)
		}
		all.sites += tl.sites
		all.caught += tl.caught
		fmt.Printf("seeded faults, %s: %d of %d caught (%.1f%%)\n", lang, tl.caught, tl.sites, 100*float64(tl.caught)/float64(tl.sites))
	}
	rate := float64(all.caught) / float64(all.sites)
	fmt.Printf("seeded faults, all: %d of %d caught (%.1f%%)\n", all.caught, all.sites, 100*rate)
	// The floor is the corpora's: other trees are measured, not held to it.
	if rate < seededFaultFloor && os.Getenv("GANTRY_SEEDED_DIRS") == "" {
		t.Errorf("%.1f%% of seeded faults caught, below the %.0f%% measured when this test was written", 100*rate, 100*seededFaultFloor)
	}
}

// seededFaultFloor is the share TestSeededFaults caught when it was written (94.9%, 355
// of 374), less a margin.
const seededFaultFloor = 0.90

func tallyOf[T any](m map[string]*T, k string) *T {
	if m[k] == nil {
		m[k] = new(T)
	}
	return m[k]
}

// findingSet is a check's findings as rule, line and message, and its lines with an error.
type findingSet struct {
	keys      map[string]bool
	errorLine map[int]bool
	syntax    bool // the file has a syntax error
}

// seededFaultFiles lists the files faults are seeded into: the repository's corpora, or
// the trees GANTRY_SEEDED_DIRS lists (as PATH), to measure other code by hand.
func seededFaultFiles(t *testing.T, reg *codegen.Registry) []string {
	dirs := []string{"../../testdata/st/corpus", "../../testdata/gcode/corpus", "../../testdata/rtl/corpus"}
	deep := false
	if env := os.Getenv("GANTRY_SEEDED_DIRS"); env != "" {
		dirs, deep = filepath.SplitList(env), true
	}
	var files []string
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && path != dir && !deep {
				return filepath.SkipDir
			}
			if !d.IsDir() && reg.ForPath(path) != nil {
				// (os.Stat: a link is its target's size, and a broken link, as a
				// repository's link to a generated header, is no file to seed)
				if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() && info.Size() <= 256<<10 {
					files = append(files, path)
					if deep {
						seededFaultProjects[path] = projectFolder(dir, path)
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	sort.Strings(files)
	return files
}

// seededFaultWorkspaces keeps one workspace per project root for the trees of
// GANTRY_SEEDED_DIRS, where a file's names are declared across its project (the corpora
// are checked file by file, as they were written). Each folder right under a listed one
// is a project, checked as `gantry check .` at its root checks it: a copy of a repository
// without its version control folder has no marker that FindRoot would find from a file.
var (
	seededFaultWorkspaces = map[string]*workspace.Workspace{}
	seededFaultProjects   = map[string]string{}
)

// projectFolder returns the folder right under dir that holds path (dir itself for a
// file directly in it).
func projectFolder(dir, path string) string {
	rel, err := filepath.Rel(dir, path)
	if err != nil {
		return dir
	}
	first, _, found := strings.Cut(filepath.ToSlash(rel), "/")
	if !found {
		return dir
	}
	return filepath.Join(dir, first)
}

func seededFaultWorkspace(path string) *workspace.Workspace {
	project := seededFaultProjects[path]
	if project == "" {
		return nil
	}
	root := workspace.FindRoot([]string{project}).Dir
	if seededFaultWorkspaces[root] == nil {
		seededFaultWorkspaces[root] = workspace.New(packs.Registry(), root)
	}
	return seededFaultWorkspaces[root]
}

func (s findingSet) lineHasError(i int) bool { return s.errorLine[i] }

// hasNew reports whether s has an error or warning that base has not.
func (s findingSet) hasNew(base findingSet) bool {
	for k := range s.keys {
		if !base.keys[k] {
			return true
		}
	}
	return false
}

func findingKeys(t *testing.T, p codegen.Pack, path string, text []byte, cfg *config.Config) findingSet {
	t.Helper()
	ctx := context.Background()
	f, err := codegen.Parse(ctx, p, path, text)
	if err != nil {
		t.Fatal(err)
	}
	req := codegen.CheckRequest{Path: path, File: f, Config: cfg}
	if ws := seededFaultWorkspace(path); ws != nil {
		req.Workspace = ws
	}
	res := codegen.Diagnose(ctx, p, req)
	lines := source.NewLines(text)
	out := findingSet{keys: map[string]bool{}, errorLine: map[int]bool{}}
	for _, fd := range res.Findings {
		if strings.HasSuffix(fd.Rule, "/syntax") {
			out.syntax = true
		}
		if fd.Severity != rules.Error && fd.Severity != rules.Warning {
			continue
		}
		line := lines.Position(fd.Start).Line
		out.keys[fmt.Sprintf("%s:%d:%s", fd.Rule, line, fd.Message)] = true
		if fd.Severity == rules.Error {
			out.errorLine[line] = true
		}
	}
	return out
}

// The ST seeding leaves alone a project file's XML outside its ST (an LD network's operand,
// a PLCopen initial value), and seeds the lines that open or close an ST body.
func TestSeedingLeavesXMLMarkupAlone(t *testing.T) {
	for line, markup := range map[string]bool{
		`            <v n="Operand">"eStatus = E_Status.Running"</v>`:         true,
		`                <simpleValue value="E_State.None" />`:                true,
		`      <ST><![CDATA[eState := E_State.Running;`:                       false,
		`eState := E_State.Running;]]></ST>`:                                  false,
		`<xhtml xmlns="http://www.w3.org/1999/xhtml">eState := E_State.Idle;`: false,
		`    eState := E_State.Running;`:                                      false,
	} {
		if xmlMarkupLine(line) != markup {
			t.Errorf("xmlMarkupLine(%q) = %v, want %v", line, !markup, markup)
		}
		seed := stCode(func(ls []string, i int) (string, bool) { return ls[i] + "!", true })
		if _, ok := seed([]string{line}, 0); ok == markup {
			t.Errorf("seeding %q: seeded %v, want %v", line, ok, !markup)
		}
	}
}
