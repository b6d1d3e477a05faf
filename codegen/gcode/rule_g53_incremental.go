package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleG53Incremental = register(&rules.Rule{
	ID:       "gcode/g53-incremental",
	Title:    "G53 in incremental mode",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"LinuxCNC: \"Cannot use g53 incremental\", \"Must use g0 or g1 with g53\"", "Grbl error 30 (G53 only with G0/G1); Grbl's gcode.c skips the G91 increment for a G53 block"},
	Doc: rules.Doc(
		"Reports G53 (a move in machine coordinates) while G91 is in effect, and G53 with a motion mode other than G0 or G1. In the Fanuc family (Haas included) a G53 block with no axis word moves nothing and is not reported. Grbl is not reported under G91: it ignores the distance mode in a G53 block and moves to the absolute machine position.",
		"G53 coordinates are absolute machine positions; under G91 LinuxCNC refuses the block and the Fanuc family does not make the absolute machine move (controllers of that family ignore the G53 or move by the increment) — the classic `G91 G53 Z0` that was meant to retract goes nowhere, or somewhere else.",
		"G91\nG53 G0 Z0",
		"G90\nG53 G0 Z0"),
}, hookG53Incremental, nil)

func hookG53Incremental(s *Step) {
	i := s.gIndex(gMachineCoords)
	if i < 0 || s.Dead {
		return
	}
	w := s.B.Words[i]
	if s.Sim.St.Distance == gIncremental && s.Sim.dialect != DialectGrbl && (s.axisWords() || !s.Sim.dialect.fanucFamily()) {
		// (a Fanuc-family G53 with no axis word moves nothing, so no increment is misread;
		// macro programs write it alone on a block)
		s.report(w.Start, w.End, "G53 moves in absolute machine coordinates: it cannot be used with G91 (incremental) in effect")
		return
	}
	if m := s.Sim.St.Motion; m > 10 && s.axisWords() && s.AxisOwner == 0 && !s.Sim.dialect.fanucFamily() {
		// (the Fanuc family's G53 positions at rapid whatever the modal motion)
		s.report(w.Start, w.End, "G53 works only with G0 or G1, not %s", codeName('G', int(m)))
	}
}
