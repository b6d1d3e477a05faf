package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleG28ThroughWorkpiece = register(&rules.Rule{
	ID:       "gcode/g28-through-workpiece",
	Title:    "G28/G30 intermediate point in absolute mode",
	Severity: rules.Warning,
	Category: rules.Safety,
	Anchors:  []string{"shop practice; NIST RS274NGC v3 §3.5.8 (G28 moves through the intermediate point)"},
	Doc: rules.Doc(
		"Reports G28/G30 with axis words while G90 (absolute) is in effect. The axis words are an intermediate point that the machine rapids to first, in work coordinates: `G28 Z0` in G90 rapids to the part's zero before going home. Not reported when only Z is given and it is at or above the profile's `safe_z`, nor for a Fanuc-family lathe's `G28 U0 W0` (U and W are increments of X and Z).",
		"The intended \"go home\" becomes a rapid to the work zero, through whatever stands in the way.",
		"G90\nG28 X0 Y0 Z0",
		"G91 G28 Z0\nG90"),
}, hookG28ThroughWorkpiece, nil)

func hookG28ThroughWorkpiece(s *Step) {
	if s.Dead || (s.AxisOwner != gHome && s.AxisOwner != gHome2) || !s.axisWords() || s.Sim.St.Distance != gAbsolute || s.Sim.dialect == DialectMarlin {
		return
	}
	if s.Sim.prog.Lathe && !s.has('X') && !s.has('Y') && !s.has('Z') {
		return // a Fanuc lathe's U and W are increments: G28 U0 W0 passes through where it is
	}
	if p := s.Profile(); p != nil && isKnown(p.SafeZ) && s.has('Z') && !s.has('X') && !s.has('Y') {
		if z := s.val('Z') * s.Sim.St.unitScale(); isKnown(z) && z >= p.SafeZ-limitTol {
			return
		}
	}
	i := s.gIndex(s.AxisOwner)
	ws, we := s.wordSpan(i)
	s.report(ws, we, "%s in absolute mode (G90) first rapids to the given point in work coordinates: use G91 %s Z0, or G53 to retract", codeName('G', s.AxisOwner), codeName('G', s.AxisOwner))
}
