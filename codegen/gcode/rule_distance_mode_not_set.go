package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleDistanceModeNotSet = register(&rules.Rule{
	ID:       "gcode/distance-mode-not-set",
	Title:    "Motion before G90/G91",
	Severity: rules.Warning,
	Category: rules.Safety,
	Anchors:  []string{"shop practice (a safe program header states its distance mode)", "NIST RS274NGC v3 §3.5.16 (distance mode)"},
	Doc: rules.Doc(
		"Reports the first motion of a program when no G90 (absolute) or G91 (incremental) has been given before it; not for a Fanuc-family lathe, which writes increments as U and W and has no distance mode.",
		"The distance mode is modal and survives from the previous program or an MDI command: absolute coordinates read as increments send the tool anywhere.",
		"G21 G54\nG0 X10 Y10",
		"G21 G90 G54\nG0 X10 Y10"),
}, hookDistanceModeNotSet, nil)

func hookDistanceModeNotSet(s *Step) {
	if s.Dead || s.MotionCode < 0 || s.Sim.St.Warned&warnDist != 0 || s.Sim.St.DistSet || s.Sim.dialect == DialectMarlin {
		return
	}
	if s.Sim.St.Warned&warnDist != 0 || s.Sim.prog.Lathe && s.Sim.dialect.fanucFamily() {
		// a Fanuc-family lathe has no distance mode: X Z are absolute, U W increments
		// (its G90 is the turning cycle); a Mach-style lathe keeps G90/G91
		return
	}
	s.Sim.St.Warned |= warnDist // once per program
	ws, we := s.span()
	if s.MotionWord >= 0 {
		ws, we = s.wordSpan(s.MotionWord)
	}
	s.report(ws, we, "first motion before the distance mode is set: add G90 (absolute) or G91 (incremental) to the program header")
}
