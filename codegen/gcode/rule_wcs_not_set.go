package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleWCSNotSet = register(&rules.Rule{
	ID:       "gcode/wcs-not-set",
	Title:    "Motion before a work coordinate system is chosen",
	Severity: rules.Warning,
	Category: rules.Safety,
	Anchors:  []string{"shop practice (a safe program header selects G54–G59.3)"},
	Doc: rules.Doc(
		"Reports the first motion of a program (other than a G53 machine-coordinate move) when no work coordinate system (G54…G59.3) has been selected before it. A move only along axes whose position the program set with G92 (`G92 X0 Y0` at the start point, as plasma and laser generators write) runs from that origin whatever the work offset, and is not reported; the first move along another axis is.",
		"The active work offset survives from the previous job or a setup in MDI; the program then runs relative to the wrong part zero.",
		"G21 G90\nG0 X10 Y10",
		"G21 G90 G54\nG0 X10 Y10"),
}, hookWCSNotSet, nil)

func hookWCSNotSet(s *Step) {
	if s.Dead || s.MotionCode < 0 || s.Sim.St.Warned&warnWCS != 0 || s.Sim.St.WCSSet || s.hasG(gMachineCoords) || s.Sim.dialect == DialectMarlin {
		return
	}
	if s.Sim.St.Warned&warnWCS != 0 || s.fromG92Origin() {
		return
	}
	s.Sim.St.Warned |= warnWCS // once per program
	ws, we := s.span()
	if s.MotionWord >= 0 {
		ws, we = s.wordSpan(s.MotionWord)
	}
	s.report(ws, we, "first motion before a work coordinate system is selected: add G54 (or G55…G59.3) to the program header")
}

// fromG92Origin reports a motion whose axis words all name axes the program gave a position
// with G92: the move runs from the point G92 named, whichever work offset is active.
func (s *Step) fromG92Origin() bool {
	set := s.Sim.St.G92Axes
	if set == 0 {
		return false
	}
	moved := false
	for j := 0; j < naxes; j++ {
		if !s.has(axisLetters[j]) {
			continue
		}
		if j >= 3 || set&(1<<j) == 0 {
			return false
		}
		moved = true
	}
	return moved
}
