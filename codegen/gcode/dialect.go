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
	if cfg != nil {
		if d, ok := parseDialect(SettingsOf(cfg).Dialect); ok {
			return d, true
		}
		if m := SettingsOf(cfg).Machine; m != nil {
			if d, ok := parseDialect(m.Controller); ok {
				return d, true
			}
		}
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".ngc":
		return DialectLinuxCNC, false
	case ".gcode", ".gco", ".g":
		// .gcode is the slicers' extension, but mill CAM and hand-written mill
		// programs use it too: a head that shows a Fanuc O-number program line, a
		// LinuxCNC o-word or named parameter, or Grbl $ commands, and nothing of a
		// printer, is read in that dialect
		score := sniffScores(text)
		if score[DialectMarlin] == 0 {
			if d, n := bestScore(score); n >= 3 && d != DialectMarlin {
				return d, false
			}
		}
		return DialectMarlin, false
	}
	return sniff(text), false
}

// sniffBytes is how much of a text's head sniff reads.
const sniffBytes = 64 << 10

// sniff looks at the head of the text (the first 64 KiB) for telling constructs.
func sniff(text []byte) Dialect {
	d, _ := bestScore(sniffScores(text))
	return d
}

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

// sniffScores counts the telling constructs of each dialect in the text's head.
func sniffScores(text []byte) map[Dialect]int {
	head := text
	if len(head) > sniffBytes {
		head = head[:sniffBytes]
	}
	up := bytes.ToUpper(head)
	score := map[Dialect]int{}
	for _, line := range bytes.Split(up, []byte("\n")) {
		l := bytes.TrimSpace(line)
		if len(l) == 0 {
			continue
		}
		switch {
		case l[0] == '$':
			score[DialectGrbl] += 3
		case l[0] == 'O' && len(l) > 1 && isDigit(l[1]):
			score[DialectFanuc] += 3
		case bytes.HasPrefix(l, []byte("O<")) || bytes.Contains(l, []byte("#<")):
			score[DialectLinuxCNC] += 3
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
		for _, k := range [][]byte{[]byte("M98"), []byte("M99"), []byte("G65"), []byte("GOTO"), []byte("WHILE ["), []byte("IF [")} {
			if bytes.Contains(l, k) {
				score[DialectFanuc]++
			}
		}
		// a dwell timed by X (`G04 X1.5`): only the Fanuc family reads G4 X as seconds
		if fanucDwell(l) {
			score[DialectFanuc]++
		}
		for _, k := range [][]byte{[]byte("M104"), []byte("M109"), []byte("M140"), []byte("M190"), []byte("M106"), []byte("M82"), []byte("G29")} {
			if bytes.Contains(l, k) {
				score[DialectMarlin] += 2
			}
		}
		if bytes.Contains(l, []byte(" E")) && bytes.HasPrefix(l, []byte("G1")) {
			score[DialectMarlin]++
		}
		// Marlin's laser inline mode (`M3 I`, `M4 I`: the power follows the S of each
		// move) and homing named by bare axis letters (`G28 X Y`): a printer firmware's
		// flags, a letter no other controller takes without a value
		if printerFlags(l) {
			score[DialectMarlin] += 3
		}
		if bytes.Contains(l, []byte("(MSG,")) || bytes.Contains(l, []byte("G64 P")) {
			score[DialectLinuxCNC] += 2
		}
	}
	return score
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
