package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleEWordUnused = register(&rules.Rule{
	ID:       "gcode/e-word-unused",
	Title:    "E word that no code on the line uses",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"LinuxCNC: \"E word with no G70, G76, M66, M67 or M68 to use it\""},
	Doc: rules.Doc(
		"Reports, for LinuxCNC, an E word on a line where nothing takes one: the lathe cycles G70 and G76 (a taper), and M66, M67 and M68 (the analog input or output). A number written with an exponent, `Y-8.775e-05`, which LinuxCNC does not read as one number, is such a word too.",
		"LinuxCNC stops the program at that line. An E outside those codes is a 3D printer's extrusion word in a program meant for a mill, or an exponent a CAM post wrote: the axis gets the number before the `e`.",
		"G1 X10 E0.5 F100\nG1 X1 Y-8.775e-05 F100",
		"G1 X10 F100\nG1 X1 Y-0.0000878 F100"),
}, hookEWordUnused, nil)

func hookEWordUnused(s *Step) {
	if s.Dead || !s.has('E') || s.Sim.dialect != DialectLinuxCNC {
		return
	}
	if s.hasG(700) || s.hasG(gThreadCycle) || s.hasM(660) || s.hasM(670) || s.hasM(680) {
		return
	}
	for _, c := range s.Ms {
		if !builtinM(c.Code) {
			return // a user or remapped M code may take the E
		}
	}
	w := s.word('E')
	s.report(w.Start, w.End, "E word with no G70, G76, M66, M67 or M68 to use it")
}
