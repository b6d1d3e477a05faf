package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleUnitsNotSet = register(&rules.Rule{
	ID:       "gcode/units-not-set",
	Title:    "Motion before G20/G21",
	Severity: rules.Warning,
	Category: rules.Safety,
	Anchors:  []string{"shop practice (a safe program header states its units)", "NIST RS274NGC v3 §4.3.4.7 (length units)"},
	Doc: rules.Doc(
		"Reports the first motion of a program when no G20 (inch) or G21 (mm) has been given before it. Not reported inside subroutines or after calls, where the caller's units apply.",
		"The controller keeps the units of whatever ran before: a program written in millimetres run after an inch job moves 25.4 times too far.",
		"G90 G54\nG0 X10 Y10",
		"G21 G90 G54\nG0 X10 Y10"),
}, hookUnitsNotSet, nil)

func hookUnitsNotSet(s *Step) {
	if s.Dead || s.MotionCode < 0 || s.Sim.St.Warned&warnUnits != 0 || s.Sim.St.UnitsSet || s.Sim.dialect == DialectMarlin {
		return
	}
	if s.Sim.St.Warned&warnUnits != 0 {
		return
	}
	s.Sim.St.Warned |= warnUnits // once per program
	ws, we := s.span()
	if s.MotionWord >= 0 {
		ws, we = s.wordSpan(s.MotionWord)
	}
	s.report(ws, we, "first motion before the units are set: add G21 (mm) or G20 (inch) to the program header")
}
