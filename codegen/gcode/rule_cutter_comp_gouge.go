package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleCutterCompGouge = register(&rules.Rule{
	ID:       "gcode/cutter-comp-gouge",
	Title:    "Compensated tool cannot follow the path without gouging",
	Severity: rules.Error,
	Category: rules.Safety,
	Anchors: []string{"LinuxCNC: \"Straight feed in concave corner cannot be reached by the tool without gouging\", \"Straight traverse in concave corner cannot be reached by the tool without gouging\", \"Arc move in concave corner cannot be reached by the tool without gouging\"",
		"LinuxCNC: \"Arc to straight motion makes a corner the compensated tool can't fit in without gouging\", \"Arc to arc motion makes a corner the compensated tool can't fit in without gouging\", \"Tool radius not less than arc radius with comp\"",
		"LinuxCNC tests/interp/bad/ccomp-gouging.ngc"},
	Doc: rules.Doc(
		"Follows the path LinuxCNC's interpreter builds under cutter radius compensation (G41/G42 with the tool table's diameter from the machine profile, or G41.1/G42.1 with the diameter in D) in the XY and XZ planes, and reports the move where the tool cannot stay on its side of the programmed path: a concave (inside) corner whose preceding line or arc is too short for the tool to turn into the next move, a line and an arc or two arcs whose offset paths never meet, and an arc cut from the inside whose radius is not larger than the tool's. Without a profile, G41/G42 radii are unknown and only G41.1/G42.1 are followed.",
		"LinuxCNC refuses the block and stops the program there. A controller that did not refuse it would cut past the short segment into the wall on the other side: the tool is wider than the pocket, slot or step it is asked to follow.",
		"G21 G90 G17 G40 F300\nG0 X-10 Y-10\nG41.1 D10 G1 X0 Y0   ; 10 mm cutter left of the path\nG1 X40\nG1 Y3                 ; a 3 mm step: the tool needs 10 to turn\nG1 X0\nG40 G0 X-10 Y-10\nM2",
		"G21 G90 G17 G40 F300\nG0 X-10 Y-10\nG41.1 D10 G1 X0 Y0\nG1 X40\nG1 Y12                ; wider than the tool\nG1 X0\nG40 G0 X-10 Y-10\nM2"),
}, hookCutterCompGouge, nil)

func hookCutterCompGouge(s *Step) {
	for _, c := range s.CompIssues {
		if !c.Gouge {
			continue
		}
		ws, we := s.B.Start, s.B.End
		if s.MotionWord >= 0 {
			ws, we = s.wordSpan(s.MotionWord)
		}
		s.report(ws, we, "%s", c.Msg)
	}
}
