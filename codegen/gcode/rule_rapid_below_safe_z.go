package gcode

import (
	"math"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleRapidBelowSafeZ = register(&rules.Rule{
	ID:           "gcode/rapid-below-safe-z",
	Title:        "Rapid move below the clearance height or into the stock",
	Severity:     rules.Error,
	Category:     rules.Safety,
	NeedsProfile: true,
	Anchors:      []string{"shop practice (clearance and retract planes); NIST RS274NGC notes the interpreter does not check for collisions"},
	Doc: rules.Doc(
		"With the profile's `safe_z` and `stock_top` (work coordinates), reports a G0 that travels in X/Y while Z is below `safe_z`, and any rapid (G0, a G28/G30 intermediate point, a canned cycle's positioning) that goes below `stock_top`: a rapid plunge into the material. A canned cycle's moves between holes at its R plane are accepted as long as they stay above the stock. Silent where Z is unknown.",
		"Rapids run at the machine's full speed with no cutting load expected: travelling low across the part hits clamps and uncut stock, and a rapid into the material breaks the tool and can throw the part.",
		"; safe_z = 5, stock_top = 0\nG0 Z1\nG0 X50 Y20      ; travels at Z1, under the clearance height\nG0 Z-2          ; rapid plunge into the stock",
		"G0 Z5\nG0 X50 Y20\nG0 Z1\nG1 Z-2 F100"),
}, hookRapidBelowSafeZ, nil)

func hookRapidBelowSafeZ(s *Step) {
	p := s.Profile()
	if s.Dead || p == nil {
		return
	}
	for _, mv := range s.Moves {
		if mv.Kind != moveRapid {
			continue
		}
		xy := moved(mv, ax) || moved(mv, ay)
		low := mv.Low
		if !isKnown(low) {
			continue
		}
		if isKnown(p.StockTop) && low < p.StockTop-limitTol {
			to, from := mv.To[az], mv.From[az]
			switch {
			case xy:
				s.report(mv.Start, mv.End, "rapid X/Y travel at Z%s, inside the stock (stock top Z%s)", trimFloat(s.toUnits(low)), trimFloat(s.toUnits(p.StockTop)))
				return
			case isKnown(to) && to < p.StockTop-limitTol && (!isKnown(from) || to < from-limitTol):
				s.report(mv.Start, mv.End, "rapid plunge to Z%s, into the stock (stock top Z%s): feed into the material", trimFloat(s.toUnits(to)), trimFloat(s.toUnits(p.StockTop)))
				return
			}
			continue
		}
		if xy && !mv.Cycle && isKnown(p.SafeZ) && low < p.SafeZ-limitTol {
			s.report(mv.Start, mv.End, "rapid X/Y travel at Z%s, below the clearance height Z%s", trimFloat(s.toUnits(low)), trimFloat(s.toUnits(p.SafeZ)))
			return
		}
	}
}

// moved reports a real change of axis j (unknown start counts as a change when the end is
// known: the move goes somewhere).
func moved(mv Move, j int) bool {
	a, b := mv.From[j], mv.To[j]
	if math.IsNaN(a) && math.IsNaN(b) {
		return false
	}
	if math.IsNaN(a) || math.IsNaN(b) {
		return true
	}
	return math.Abs(a-b) > 1e-9
}
