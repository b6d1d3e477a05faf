package gcode

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/gantry-dev/gantry/codegen/config"
)

// Dialect is the G-code family a file is written for.
type Dialect string

// Dialects.
const (
	DialectLinuxCNC Dialect = "linuxcnc"
	DialectFanuc    Dialect = "fanuc"
	DialectHaas     Dialect = "haas"
	DialectGrbl     Dialect = "grbl"
	DialectMarlin   Dialect = "marlin"
)

// fanucFamily reports Fanuc-like controllers (macro B, M98/M99, O numbers).
func (d Dialect) fanucFamily() bool { return d == DialectFanuc || d == DialectHaas }

func parseDialect(s string) (Dialect, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "linuxcnc", "rs274ngc", "ngc", "emc", "mach3", "mach4":
		return DialectLinuxCNC, true
	case "fanuc", "mazak", "okuma", "macro-b":
		return DialectFanuc, true
	case "haas":
		return DialectHaas, true
	case "grbl", "grblhal":
		return DialectGrbl, true
	case "marlin", "reprap", "reprapfirmware", "klipper", "prusa":
		return DialectMarlin, true
	}
	return "", false
}

// detectDialect picks the dialect: the configured one, the profile's controller, then the
// file's extension and content.
func detectDialect(path string, text []byte, cfg *config.Config) (d Dialect, explicit bool) {
	d, explicit, _ = readDialect(path, text, cfg)
	return d, explicit
}

// readDialect is detectDialect that also tells whether the dialect is only guessed.
//
// A dialect is guessed when a program is read as LinuxCNC's for want of any sign: no
// dialect configured, not a .ngc file (LinuxCNC's own extension) and nothing in its code
// that only one controller family writes. Gantry reads such a program by RS274NGC, the documented
// base LinuxCNC implements and Mach3's manual follows (read the other way, by the Fanuc
// family's rules, the unmarked programs of the earlier sweeps got far more false errors:
// lathe readings, codes Fanuc lacks). Where the manuals disagree on whether a block is
// valid at all, the program is not held to LinuxCNC's refusal:
//   - G80 cancels a canned cycle and leaves the motion before it modal: Fanuc and Haas keep
//     G80 and the cycles in a group of their own (09), and Centroid's manual ends a drilling
//     example begun in G01 with a G80 that returns to G1, so `G80` then `Z1.` is a move
//     there, while RS274NGC refuses axis words after G80;
//   - G10 without L: Centroid's manual sets a parameter with G10 P and R and a tool offset
//     with G10 H or D and R, while LinuxCNC needs an L word.
//
// Centroid's CNC12 is not a dialect Gantry claims (its own macro syntax is not read); its
// Intercon and CAM programs are such unmarked programs.
func readDialect(path string, text []byte, cfg *config.Config) (d Dialect, explicit, guessed bool) {
	if cfg != nil {
		if d, ok := parseDialect(SettingsOf(cfg).Dialect); ok {
			return d, true, false
		}
		if m := SettingsOf(cfg).Machine; m != nil {
			if d, ok := parseDialect(m.Controller); ok {
				return d, true, false
			}
		}
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".ngc":
		return DialectLinuxCNC, false, false
	case ".gcode", ".gco", ".g":
		// .gcode is the slicers' extension, but mill CAM and hand-written mill
		// programs use it too: a head that shows a Fanuc O-number program line, a
		// LinuxCNC o-word or named parameter, or Grbl $ commands, and nothing of a
		// printer, is read in that dialect
		score := sniffScores(text)
		if score[DialectMarlin] == 0 {
			if d, n := bestScore(score); n >= 3 && d != DialectMarlin {
				return d, false, false
			}
		}
		return DialectMarlin, false, false
	}
	d, n := bestScore(sniffScores(text))
	return d, false, n == 0
}

// sniffBytes is how much of a text's head sniff reads.
const sniffBytes = 64 << 10

// bestScore is the dialect with the highest score (LinuxCNC when none scores).
func bestScore(score map[Dialect]int) (Dialect, int) {
	best, bestN := DialectLinuxCNC, 0
	for _, d := range []Dialect{DialectFanuc, DialectGrbl, DialectMarlin, DialectLinuxCNC} {
		if score[d] > bestN {
			best, bestN = d, score[d]
		}
	}
	return best, bestN
}

// sniffScores counts the telling constructs of each dialect in the text's head. Only code
// votes: the keywords of a line are looked for in what is left of it without its comments
// (`( … )`, `; …`) and never on a `%` tape line, whose text the controls skip, so a note
// such as `; Goto Z home` or `(GOTO SAFE POSITION)` is no Fanuc GOTO. The comments that do
// vote are the few whose text is itself the sign: a header naming a Grbl post-processor,
// bCNC's block headers and LinuxCNC's `(MSG, …)`, which the control shows.
func sniffScores(text []byte) map[Dialect]int {
	head := text
	if len(head) > sniffBytes {
		head = head[:sniffBytes]
	}
	up := bytes.ToUpper(head)
	score := map[Dialect]int{}
	var buf []byte
	for _, line := range bytes.Split(up, []byte("\n")) {
		l := bytes.TrimSpace(line)
		if len(l) == 0 {
			continue
		}
		switch {
		case (l[0] == '(' || l[0] == ';') && bytes.Contains(l, []byte("GRBL")):
			// a header comment naming a Grbl post-processor (FreeCAD's
			// "(Post Processor: grbl_post)")
			score[DialectGrbl] += 3
		case bytes.HasPrefix(l, []byte("(BLOCK-NAME:")):
			// a block header of bCNC, the Grbl sender, which splits a program into
			// named blocks ("(Block-name: Profile)", then Block-expand and Block-enable);
			// FreeCAD's posts write them for it whatever name the post runs under
			score[DialectGrbl] += 3
		}
		if bytes.Contains(l, []byte("(MSG,")) {
			score[DialectLinuxCNC] += 2
		}
		buf = codeOf(buf[:0], l)
		c := bytes.TrimSpace(buf)
		if len(c) == 0 {
			continue
		}
		switch {
		case c[0] == '$':
			score[DialectGrbl] += 3
		case c[0] == 'O' && len(c) > 1 && isDigit(c[1]):
			score[DialectFanuc] += 3
		case bytes.HasPrefix(c, []byte("O<")) || bytes.Contains(c, []byte("#<")):
			score[DialectLinuxCNC] += 3
		}
		for _, k := range [][]byte{[]byte("M98"), []byte("M99"), []byte("G65"), []byte("GOTO"), []byte("WHILE ["), []byte("IF [")} {
			if bytes.Contains(c, k) {
				score[DialectFanuc]++
			}
		}
		// a dwell timed by X (`G04 X1.5`): only the Fanuc family reads G4 X as seconds
		if fanucDwell(c) {
			score[DialectFanuc]++
		}
		for _, k := range [][]byte{[]byte("M104"), []byte("M109"), []byte("M140"), []byte("M190"), []byte("M106"), []byte("M82"), []byte("G29")} {
			if bytes.Contains(c, k) {
				score[DialectMarlin] += 2
			}
		}
		if bytes.Contains(c, []byte(" E")) && bytes.HasPrefix(c, []byte("G1")) {
			score[DialectMarlin]++
		}
		// Marlin's laser inline mode (`M3 I`, `M4 I`: the power follows the S of each
		// move) and homing named by bare axis letters (`G28 X Y`): a printer firmware's
		// flags, a letter no other controller takes without a value
		if printerFlags(c) {
			score[DialectMarlin] += 3
		}
		if bytes.Contains(c, []byte("G64 P")) {
			score[DialectLinuxCNC] += 2
		}
	}
	return score
}

// codeOf appends to dst the code of a trimmed line: the line without its `( … )` comments
// (an unclosed one runs to the end of the line) and without the `; …` comment that ends
// it; a `%` tape line holds no code (Fanuc's label skip and LinuxCNC's percent line leave
// its text unread).
func codeOf(dst, l []byte) []byte {
	if len(l) > 0 && l[0] == '%' {
		return dst
	}
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case ';':
			return dst
		case '(':
			j := bytes.IndexByte(l[i:], ')')
			if j < 0 {
				return dst
			}
			i += j
			dst = append(dst, ' ')
		default:
			dst = append(dst, l[i])
		}
	}
	return dst
}

// printerFlags reports an upper-cased line that is M3/M4 or G28 followed only by letters
// without values (and a ; comment): `M3 I`, `G28 X Y`.
func printerFlags(l []byte) bool {
	var rest []byte
	switch {
	case bytes.HasPrefix(l, []byte("M3 ")), bytes.HasPrefix(l, []byte("M4 ")):
		rest = l[3:]
	case bytes.HasPrefix(l, []byte("G28 ")):
		rest = l[4:]
	default:
		return false
	}
	if i := bytes.IndexByte(rest, ';'); i >= 0 {
		rest = rest[:i]
	}
	f := bytes.Fields(rest)
	if len(f) == 0 {
		return false
	}
	for _, w := range f {
		if len(w) != 1 || !isLetter(w[0]) {
			return false
		}
	}
	return true
}

// fanucDwell reports a G4/G04 followed by an X word on an upper-cased line.
func fanucDwell(l []byte) bool {
	for i := 0; i+2 < len(l); i++ {
		if l[i] != 'G' || i > 0 && isLetter(l[i-1]) {
			continue
		}
		j := i + 1
		for j < len(l) && l[j] == '0' {
			j++
		}
		if j >= len(l) || l[j] != '4' {
			continue
		}
		j++
		if j < len(l) && (isDigit(l[j]) || l[j] == '.') {
			continue // G40, G41, G4.1
		}
		for j < len(l) && (l[j] == ' ' || l[j] == '\t') {
			j++
		}
		if j < len(l) && l[j] == 'X' {
			return true
		}
	}
	return false
}
