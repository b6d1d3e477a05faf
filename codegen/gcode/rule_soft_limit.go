package gcode

import (
	"math"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleSoftLimit = register(&rules.Rule{
	ID:           "gcode/soft-limit",
	Title:        "Move outside the machine's travel",
	Severity:     rules.Error,
	Category:     rules.Safety,
	NeedsProfile: true,
	Anchors:      []string{"controller soft limits (LinuxCNC [AXIS_n]MIN_LIMIT/MAX_LIMIT, Grbl $20/alarm 2)"},
	Doc: rules.Doc(
		"Computes every move's end point (and the extremes of arcs) in machine coordinates — work position plus the work offset (profile `offsets` or G10/G92 in the program) plus the tool length offset — and reports moves outside the profile's `travel` [min, max] per axis. Needs the machine profile; silent where the offset or the position is unknown.",
		"The controller stops with a soft-limit alarm in the middle of the job (the part is scrapped at best), or, on a machine without soft limits, the axis runs into its hard stop.",
		"; travel z = [-150, 0], G54 z = -100\nG54 G0 Z120     ; machine Z +20: above the top of travel",
		"G54 G0 Z50"),
}, hookSoftLimit, nil)

const limitTol = 1e-3

func hookSoftLimit(s *Step) {
	p := s.Profile()
	if s.Dead || p == nil || len(s.Moves) == 0 {
		return
	}
	st := &s.Sim.St
	for _, mv := range s.Moves {
		if mv.Kind == moveHome {
			continue
		}
		// Straight moves are judged by their end (the start was the previous end); arcs by
		// the extremes of their path.
		lo, hi := st.toMachine(mv.To), st.toMachine(mv.To)
		if mv.Kind == moveArc {
			lo, hi = st.toMachine(mv.Bounds[0]), st.toMachine(mv.Bounds[1])
		}
		for j := 0; j < 3; j++ {
			if !p.HasTravel[j] || (mv.Kind != moveArc && !moved(mv, j)) {
				continue // an axis that does not move was judged where it got there
			}
			t := p.Travel[j]
			// toMachine adds the same offset to both bounds, so their order is kept.
			if isKnown(lo[j]) && lo[j] < t[0]-limitTol {
				s.report(mv.Start, mv.End, "%c reaches %s in machine coordinates, below the travel minimum %s", axisLetters[j], p.fmtLen(lo[j]), p.fmtLen(t[0]))
				return
			}
			if isKnown(hi[j]) && hi[j] > t[1]+limitTol {
				s.report(mv.Start, mv.End, "%c reaches %s in machine coordinates, above the travel maximum %s", axisLetters[j], p.fmtLen(hi[j]), p.fmtLen(t[1]))
				return
			}
		}
		for j := aa; j < naxes; j++ {
			if !p.HasTravel[j] {
				continue
			}
			t := p.Travel[j]
			v := mv.To[j]
			if isKnown(v) && (v < t[0]-limitTol || v > t[1]+limitTol) {
				s.report(mv.Start, mv.End, "%c%s is outside the travel [%s, %s]", axisLetters[j], trimFloat(v), trimFloat(t[0]), trimFloat(t[1]))
				return
			}
		}
	}
	_ = math.Abs
}
