package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleAxisWordInCannedCycle = register(&rules.Rule{
	ID:       "gcode/axis-word-in-canned-cycle",
	Title:    "Rotary axis word in a canned cycle",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"LinuxCNC: \"Cannot put an a in canned cycle\" (also b, c)"},
	Doc: rules.Doc(
		"Reports an A, B or C word in a block that runs a LinuxCNC drilling cycle (G73, G81 … G89), given with the cycle or while it is still the active motion mode.",
		"LinuxCNC refuses the block: a canned cycle moves only the linear axes, so a rotary word there is a mistake (usually a missing G80 before indexing the rotary axis), and the program stops.",
		"G81 X0 Y0 Z-1 R1 F100\nA90",
		"G81 X0 Y0 Z-1 R1 F100\nG80\nG0 A90"),
}, hookAxisWordInCannedCycle, nil)

func hookAxisWordInCannedCycle(s *Step) {
	if s.Dead || s.AxisOwner != 0 || s.Sim.dialect != DialectLinuxCNC || !isCycle(s.MotionCode) {
		return
	}
	for _, l := range []byte("ABC") {
		if s.has(l) {
			w := s.word(l)
			s.report(w.Start, w.End, "%c word in a %s canned cycle: LinuxCNC cannot put a rotary axis move in a cycle (give G80 first)", l, gname(s.MotionCode))
			return
		}
	}
}
