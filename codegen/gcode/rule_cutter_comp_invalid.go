package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleCutterCompInvalid = register(&rules.Rule{
	ID:       "gcode/cutter-comp-invalid",
	Title:    "Invalid cutter radius compensation",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors: []string{"LinuxCNC: \"Cannot turn cutter radius comp on when on\", \"Cutter radius compensation allowed only in XY, XZ planes\", \"Cannot use g53 with cutter radius comp\", \"Cannot use g28 or g30 with cutter radius comp\", \"Cannot change units with cutter radius comp\"", "LinuxCNC: \"The move just after exiting cutter compensation mode must be straight, not an arc\"",
		"LinuxCNC: \"Length of cutter compensation entry move is not greater than the tool radius\", \"Radius of cutter compensation entry arc is not greater than the tool radius\"",
		"Fanuc: G41/G42 need a D offset number; alarm PS0034 (no circular interpolation in the start-up block)"},
	Doc: rules.Doc(
		"Reports G41/G42 while compensation is already on (on LinuxCNC: Fanuc and Haas take G41/G42 again in offset mode), or in the YZ plane; on Fanuc-family controllers G41/G42 at start-up with no D offset number selected, in the block or an earlier one (the D number is modal; D0 selects none; a lathe's tool T offset holds the nose radius) or in the same block as an arc (the start-up move must be G0/G1; LinuxCNC accepts both and takes the current tool's diameter); and G53, G28/G30, a unit change or a tool change (M6) while compensation is on; on LinuxCNC an arc as the first move after G40 (the exit move must be straight), and an entry move (the first move after G41/G42 with a known tool radius) that does not end farther than the tool radius from its start — a move along Z alone included.",
		"Compensation offsets the path by the cutter radius from the entry move on. A wrong entry or a change of reference under it makes the controller alarm, or gouge the part where the offset path is built from the wrong geometry.",
		"G41 D1\nG41 G2 X10 Y0 I5 J0\nM6 T2",
		"G40\nG41 D1 G1 X0 Y0\nG2 X10 Y0 I5 J0\nG40 G1 X-5"),
}, hookCutterCompInvalid, nil)

func hookCutterCompInvalid(s *Step) {
	if s.Dead {
		return
	}
	before := s.Before.Comp
	on := func(c int16) bool {
		return c == gCompLeft || c == gCompRight || c == gCompLeftDyn || c == gCompRightDyn
	}
	for _, g := range s.Gs {
		w := s.B.Words[g.W]
		switch g.Code {
		case gCompLeft, gCompRight:
			switch {
			case on(before) && !s.Sim.dialect.fanucFamily():
				// Fanuc and Haas take G41/G42 again in offset mode (a new D or a new
				// side from the next move on); LinuxCNC alarms.
				s.report(w.Start, w.End, "%s while cutter compensation (%s) is already on: turn it off with G40 first", codeName('G', g.Code), codeName('G', int(before)))
				return
			case s.Sim.St.Plane == gPlaneYZ:
				s.report(w.Start, w.End, "cutter compensation is allowed only in the XY and XZ planes")
				return
			case (s.MotionCode == gArcCW || s.MotionCode == gArcCCW) && s.Sim.dialect.fanucFamily():
				s.report(w.Start, w.End, "%s turned on with an arc: the entry move must be a straight line", codeName('G', g.Code))
				return
			case s.Sim.dialect.fanucFamily() && !s.has('D') && (!s.Before.DSet || s.Before.D == 0) && !s.Sim.prog.Lathe && !on(before):
				// (a lathe's G41/G42 take the nose radius of the tool's T offset; a D given
				// in an earlier block stays selected, and an unknown one, in a subprogram
				// body, is the caller's)
				s.report(w.Start, w.End, "%s without a D offset number", codeName('G', g.Code))
				return
			}
		case gMachineCoords, gHome, gHome2:
			if on(before) {
				s.report(w.Start, w.End, "%s cannot be used with cutter compensation on", codeName('G', g.Code))
				return
			}
		case gInch, gMM:
			if on(before) && s.Before.Units != int16(g.Code) {
				s.report(w.Start, w.End, "units cannot change while cutter compensation is on")
				return
			}
		}
	}
	if s.CompExitArc && s.Sim.dialect == DialectLinuxCNC {
		ws, we := s.B.Start, s.B.End
		if s.MotionWord >= 0 {
			ws, we = s.wordSpan(s.MotionWord)
		}
		s.report(ws, we, "the move just after cutter compensation ends (G40) must be straight, not an arc")
	}
	for _, c := range s.CompIssues {
		if !c.Gouge {
			ws, we := s.B.Start, s.B.End
			if s.MotionWord >= 0 {
				ws, we = s.wordSpan(s.MotionWord)
			}
			s.report(ws, we, "%s", c.Msg)
		}
	}
	if s.ToolChange > 0 && on(before) {
		ws, we := s.wordSpan(s.ToolChange - 1)
		s.report(ws, we, "tool change with cutter compensation on: cancel it with G40 first")
	}
}
