package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleModalGroupConflict = register(&rules.Rule{
	ID:       "gcode/modal-group-conflict",
	Title:    "Two codes of one modal group in a block",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors: []string{"NIST RS274NGC v3 §3.4 (modal groups)", "LinuxCNC: \"Two g codes used from same modal group\", \"Two m codes used from same modal group\"",
		"Grbl error 21 (modal group violation)"},
	Doc: rules.Doc(
		"Reports a block that holds two G codes, or two M codes, of the same modal group (motion, plane, units, distance mode, coordinate system, spindle, stopping…), the same code twice included (LinuxCNC and Grbl refuse `G1 G1`; the Fanuc family reads a repeated code once). M7 and M8 may share a block, as LinuxCNC allows.",
		"A block can select only one mode per group: the interpreter refuses the block, and a controller that silently keeps the last code may not run what the author meant (G0 G1 X10 — rapid or feed?).",
		"G0 G1 X10 Y10 F300\nG20 G21\nM3 M5",
		"G1 X10 Y10 F300\nG21\nM5"),
}, hookModalGroupConflict, nil)

func hookModalGroupConflict(s *Step) {
	if len(s.Gs) < 2 && len(s.Ms) < 2 {
		return
	}
	seen := map[int]codeWord{}
	for _, g := range s.Gs {
		grp := gGroup(g.Code)
		if grp == grpNone {
			continue
		}
		if grp == grpNonModal && g.Code == gMachineCoords {
			continue // G53 modifies the motion; LinuxCNC checks it with the motion
		}
		if prev, ok := seen[grp]; ok && (prev.Code != g.Code || !s.Sim.dialect.fanucFamily()) {
			if (s.Sim.dialect.fanucFamily() || s.Sim.dialect == DialectLinuxCNC) && (prev.Code == gCycleOff || g.Code == gCycleOff) {
				// Fanuc puts G80 in its own group (09): "G80 G00 Z50." is the usual
				// cancel-and-retract; LinuxCNC ignores a G80 beside another motion code
				continue
			}
			w := s.B.Words[g.W]
			s.report(w.Start, w.End, "%s and %s are both in the %s group: one block selects one", codeName('G', prev.Code), codeName('G', g.Code), groupNames[grp])
			continue
		}
		seen[grp] = g
	}
	mseen := map[int]codeWord{}
	for _, c := range s.Ms {
		grp := mGroup(c.Code)
		if grp == grpNone || grp == mgrpIO || grp == mgrpUser {
			continue
		}
		if prev, ok := mseen[grp]; ok && (prev.Code != c.Code || !s.Sim.dialect.fanucFamily()) {
			if grp == mgrpCoolant && (prev.Code == mMist && c.Code == mFlood || prev.Code == mFlood && c.Code == mMist) {
				continue
			}
			w := s.B.Words[c.W]
			s.report(w.Start, w.End, "%s and %s are both in the %s group: one block selects one", codeName('M', prev.Code), codeName('M', c.Code), groupNames[grp])
			continue
		}
		mseen[grp] = c
	}
}
