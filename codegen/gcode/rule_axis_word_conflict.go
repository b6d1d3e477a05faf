package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleAxisWordConflict = register(&rules.Rule{
	ID:       "gcode/axis-word-conflict",
	Title:    "Two commands claim the axis words",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"LinuxCNC: \"Cannot use two g codes that both use axis values\"", "Grbl error 24 (axis command conflict)"},
	Doc: rules.Doc(
		"Reports a block with a motion code (G0, G1, G2, G3, a canned cycle…) and a non-modal code that also consumes the axis words (G10, G28, G30, G52, G92).",
		"The axis words can belong to only one of them. `G92 G0 X0` either sets an offset or moves to X0: the interpreter refuses the block, and a lenient controller does one of the two.",
		"G0 G28 Z10\nG1 G92 X0 Y0",
		"G28 Z10\nG92 X0 Y0"),
}, hookAxisWordConflict, nil)

func hookAxisWordConflict(s *Step) {
	if s.AxisOwner == 0 && s.Dead {
		// Dead blocks are not executed; find the owner ourselves.
		for _, g := range s.Gs {
			if usesAxisWords(g.Code) {
				s.AxisOwner = g.Code
			}
		}
	}
	if s.AxisOwner == 0 || !s.axisWords() {
		return
	}
	for _, g := range s.Gs {
		if s.Sim.dialect.fanucFamily() && (g.Code == gRapid || g.Code == gLine) && (s.AxisOwner == gHome || s.AxisOwner == gHome2) {
			// "G0 G91 G28 Z0": the Fanuc family sets the modal motion and returns through
			// the point the axis words give (Haas and Fanuc programs home Z so)
			continue
		}
		if gGroup(g.Code) == grpMotion && g.Code != gCycleOff {
			w := s.B.Words[g.W]
			s.report(w.Start, w.End, "%s and %s both use the axis words of this block", codeName('G', g.Code), codeName('G', s.AxisOwner))
			return
		}
	}
}
