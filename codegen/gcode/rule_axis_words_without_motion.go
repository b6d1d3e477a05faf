package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleAxisWordsWithoutMotion = register(&rules.Rule{
	ID:       "gcode/axis-words-without-motion",
	Title:    "Axis words with G80 in effect",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"LinuxCNC: \"Cannot use axis values with g80\"", "Grbl error 31 (axis words found in block when no command or current modal state uses them)"},
	Doc: rules.Doc(
		"Reports a block with axis words (X, Y, Z, A, B, C) and no code that uses them while G80 (motion off, canned cycle cancelled) is in effect. Fanuc and Haas list G80 and the drilling cycles in a G-code group of their own (09), apart from G0–G3 (01): the motion in effect before a cycle stays modal through it and moves the axes again after G80, so in the Fanuc family nothing is reported; nor in a program that shows no controller at all (no dialect configured, not a .ngc file, no code only one family writes), since Centroid's manual too returns to the earlier motion after G80.",
		"After G80 nothing moves until a motion code is given: LinuxCNC and Grbl refuse the block, and the next hole or the retract the author meant does not happen.",
		"G81 X10 Y10 Z-5 R2 F100\nG80\nX20 Y10          ; meant as the next hole",
		"G81 X10 Y10 Z-5 R2 F100\nX20 Y10\nG80"),
}, hookAxisWordsWithoutMotion, nil)

func hookAxisWordsWithoutMotion(s *Step) {
	if s.Dead || s.AxisOwner != 0 || s.Sim.St.Motion != gCycleOff || !s.axisWords() || s.Sim.dialect == DialectMarlin || s.hasG(gTLODyn) {
		// G43.1 takes its offsets from the axis words.
		return
	}
	if s.Sim.dialect.fanucFamily() && (s.hasG(gCycleOff) || s.hasG(gMachineCoords)) {
		return // Fanuc reads G80 with axis words as "cancel, then position", and G53 moves at rapid
	}
	if s.Sim.prog.Guessed && s.hasG(gCycleOff) {
		return // a program of no known controller: as the Fanuc family reads it
	}
	for _, l := range []byte("XYZABC") {
		if s.has(l) {
			w := s.word(l)
			s.report(w.Start, w.End, "axis words with G80 in effect: nothing uses them (give G0 or G1)")
			return
		}
	}
}
