package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleRWordUnused = register(&rules.Rule{
	ID:       "gcode/r-word-unused",
	Title:    "R word that no code on the line uses, or that two codes would share",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"LinuxCNC: \"R word with no g code that uses it\"", "LinuxCNC: \"R word is ambiguous on a line with both G64 and M19\""},
	Doc: rules.Doc(
		"Reports, for LinuxCNC, an R word on a line where nothing takes an R: an arc (G2/G3), a canned cycle (G73, G74, G76, G81 … G89, G71/G72), G10, G41.1/G42.1, M19 or G64 (the planner selector). Also an R on a line with both G64 and M19, which would each read it.",
		"LinuxCNC stops the program at that line. An R without a user is usually an arc or a cycle whose G code was lost, or a radius meant for another line; its value is silently meant for something else.",
		"G61 R0.5\nG64 M19 R90",
		"G64 R0.5\nG64\nM19 R90"),
}, hookRWordUnused, nil)

// takesR reports the motion modes (× 10) that read an R word.
func takesR(motion int) bool {
	switch motion {
	case gArcCW, gArcCCW, gThreadCycle, gNURBS, 710, 711, 712, 720, 721, 722, gPeckHighSpeed, gTapLeft:
		return true
	}
	return isCycle(motion)
}

func hookRWordUnused(s *Step) {
	if s.Dead || !s.has('R') || s.Sim.dialect != DialectLinuxCNC {
		return
	}
	motion := -1
	for _, g := range s.Gs {
		if gGroup(g.Code) == grpMotion {
			motion = g.Code
		}
	}
	if motion < 0 && s.axisWords() {
		motion = int(s.Before.Motion)
	}
	if motion < 0 && s.axisWords() {
		return // the modal motion is unknown
	}
	for _, c := range s.Ms {
		if !builtinM(c.Code) {
			return // a user or remapped M code may take the R
		}
	}
	w := s.word('R')
	g64, m19 := s.hasG(gBlend), s.hasM(mOrient)
	if g64 && m19 {
		s.report(w.Start, w.End, "the R word is ambiguous on a line with both G64 and M19: put them on separate lines")
		return
	}
	if takesR(motion) || g64 || m19 || s.hasG(gSetData) || s.hasG(gCompLeftDyn) || s.hasG(gCompRightDyn) {
		return
	}
	s.report(w.Start, w.End, "no G or M code on this line uses the R word")
}

// builtinM reports LinuxCNC's own M codes (× 10); the others are user (M100–M199) or
// remapped codes whose words the configuration defines.
func builtinM(code int) bool {
	switch code / 10 {
	case 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 19, 30, 48, 49, 50, 51, 52, 53, 60, 61, 62, 63, 64, 65, 66, 67, 68, 70, 71, 72, 73, 98, 99:
		return code%10 == 0
	}
	return false
}
