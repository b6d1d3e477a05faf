package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleDuplicateWord = register(&rules.Rule{
	ID:       "gcode/duplicate-word",
	Title:    "One letter twice in a block",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"LinuxCNC: \"Multiple x words on one line\" (and the other letters)", "Grbl error 25 (word repeated)"},
	Doc: rules.Doc(
		"Reports a letter other than G and M that appears twice in one block (X1 X2, two F words, two S words). In the Fanuc family a G65/G66 macro call may repeat I, J and K up to ten times each (argument specification II: #4…#33).",
		"Only one value per letter can apply. The interpreter rejects the block; a lenient controller keeps one of the values, and nobody can tell which one the author meant: a crash waiting for the day the post-processor changes.",
		"G1 X10 X20 F300",
		"G1 X20 F300"),
}, hookDuplicateWord, nil)

func hookDuplicateWord(s *Step) {
	if s.Sim.dialect == DialectMarlin {
		return // Marlin reads the first of each letter and some commands repeat letters
	}
	argsII := s.Sim.dialect.fanucFamily() && (s.gIndex(gMacroCall) >= 0 || s.gIndex(gModalMacro) >= 0)
	for i := range s.Count {
		l := byte('A' + i)
		if s.Count[i] < 2 || l == 'G' || l == 'M' {
			continue
		}
		if argsII && (l == 'I' || l == 'J' || l == 'K') && s.Count[i] <= 10 {
			// Fanuc argument specification II: A B C, then up to ten I J K sets (#4…#33)
			continue
		}
		first := s.First[i]
		for k, w := range s.B.Words {
			if w.Letter == l && k != int(first) {
				s.report(w.Start, w.End, "%c appears twice in this block (first at %s)", l, s.B.wordText(int(first)))
				break
			}
		}
	}
}
