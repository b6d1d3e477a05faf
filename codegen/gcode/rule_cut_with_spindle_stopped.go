package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleCutWithSpindleStopped = register(&rules.Rule{
	ID:           "gcode/cut-with-spindle-stopped",
	Title:        "Feed move into the material with the spindle stopped",
	Severity:     rules.Error,
	Category:     rules.Safety,
	NeedsProfile: true,
	Anchors:      []string{"shop practice; LinuxCNC checks it only for G84/G86–G88 (\"Spindle not turning in g86\")"},
	Doc: rules.Doc(
		"Reports a feed move (G1, G2, G3, a canned cycle's feed) that goes below the profile's `stock_top` while the spindle is known to be stopped (never started, or M5/M19 since). Needs `stock_top`; silent where the spindle state is unknown (inside subroutines, after calls).",
		"A stationary cutter pushed into the stock breaks, or drags the part out of the vise. The usual cause is a spindle start lost in an edit or an M5 left over from a tool change.",
		"T1 M6\nG0 X0 Y0 Z5\nG1 Z-2 F100      ; no M3 yet",
		"T1 M6\nS8000 M3\nG0 X0 Y0 Z5\nG1 Z-2 F100"),
}, hookCutWithSpindleStopped, nil)

func hookCutWithSpindleStopped(s *Step) {
	p := s.Profile()
	if s.Dead || p == nil || !isKnown(p.StockTop) || s.Sim.dialect == DialectMarlin {
		return
	}
	for _, mv := range s.Moves {
		if !mv.Kind.cutting() || mv.Spindle != 5 {
			continue
		}
		if isKnown(mv.Low) && mv.Low < p.StockTop-limitTol {
			s.report(mv.Start, mv.End, "feed move down to Z%s, below the stock top (Z%s), with the spindle stopped",
				trimFloat(s.toUnits(mv.Low)), trimFloat(s.toUnits(p.StockTop)))
			return
		}
	}
}
