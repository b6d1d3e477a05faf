package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleSpindleReversalWithoutStop = register(&rules.Rule{
	ID:       "gcode/spindle-reversal-without-stop",
	Title:    "Spindle reversed without a stop",
	Severity: rules.Warning,
	Category: rules.Safety,
	Anchors:  []string{"shop practice (M5 and a dwell between M3 and M4)"},
	Doc: rules.Doc(
		"Reports M3 while the spindle turns counter-clockwise (M4), or M4 while it turns clockwise, with no M5 in between.",
		"Reversing a loaded spindle at speed stresses the drive and can unscrew a tool holder or a threaded chuck; on a laser (Grbl M3/M4 power modes) it is harmless, so this is a warning.",
		"S1000 M3\nM4",
		"S1000 M3\nM5\nG4 P2\nM4"),
}, hookSpindleReversalWithoutStop, nil)

func hookSpindleReversalWithoutStop(s *Step) {
	if s.Dead || s.Sim.dialect == DialectMarlin || s.Sim.dialect == DialectGrbl {
		return
	}
	before := s.Before.Spindle
	for _, c := range s.Ms {
		if (c.Code == mSpindleCW && before == 4) || (c.Code == mSpindleCCW && before == 3) {
			if s.hasM(mSpindleStop) {
				return
			}
			w := s.B.Words[c.W]
			s.report(w.Start, w.End, "%s reverses the spindle (it turns with %s): stop it with M5 first", codeName('M', c.Code), codeName('M', int(before)*10))
			return
		}
	}
}
