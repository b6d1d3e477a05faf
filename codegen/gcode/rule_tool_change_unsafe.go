package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleToolChangeUnsafe = register(&rules.Rule{
	ID:       "gcode/tool-change-unsafe",
	Title:    "Tool change below the safe height or with the spindle running",
	Severity: rules.Warning,
	Category: rules.Safety,
	Anchors:  []string{"shop practice (retract, stop the spindle, then M6)"},
	Doc: rules.Doc(
		"Reports M6 while the spindle is known to run (M3/M4 in effect: in the order of execution M6 comes before M5 in the same block), and, with the profile's `safe_z`, M6 while the tool is known to be below it.",
		"A tool change low over the part drags the old tool out through the stock or the clamps; changing with the spindle running relies on the controller to stop it and wears the changer.",
		"; safe_z = 5\nG0 Z1\nS8000 M3\nT2 M6",
		"G0 Z25\nM5\nT2 M6"),
}, hookToolChangeUnsafe, nil)

func hookToolChangeUnsafe(s *Step) {
	if s.Dead || s.ToolChange == 0 || s.Sim.dialect == DialectMarlin {
		return
	}
	ws, we := s.wordSpan(s.ToolChange - 1)
	// M6 runs before M3/M4/M5 of its block: the spindle state before the block applies.
	if sp := s.Before.Spindle; sp == 3 || sp == 4 {
		s.report(ws, we, "tool change with the spindle running (%s): stop it with M5 on an earlier line", codeName('M', int(sp)*10))
		return
	}
	p := s.Profile()
	z := s.Before.Pos[az]
	if p != nil && isKnown(p.SafeZ) && isKnown(z) && z < p.SafeZ-limitTol {
		s.report(ws, we, "tool change at Z%s, below the safe height Z%s: retract first", trimFloat(s.toUnits(z)), trimFloat(s.toUnits(p.SafeZ)))
	}
}
