package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleCannedCycleRBelowZ = register(&rules.Rule{
	ID:       "gcode/canned-cycle-r-below-z",
	Title:    "Canned cycle retract plane below the final depth",
	Severity: rules.Error,
	Category: rules.Safety,
	Anchors:  []string{"LinuxCNC: \"R less than z in cycle in xy plane\" (and the XZ/YZ forms)", "shop practice"},
	Doc: rules.Doc(
		"Reports a drilling or boring cycle whose R plane is below its final depth (in G91, a depth increment that goes up from R).",
		"The cycle would rapid down to R — below the bottom of the hole — and then feed upward: a rapid into the material. It is almost always a sign error or R and Z swapped.",
		"G90 G81 X10 Y10 Z2 R-5 F100",
		"G90 G81 X10 Y10 Z-5 R2 F100"),
}, hookCannedCycleRBelowZ, nil)

func hookCannedCycleRBelowZ(s *Step) {
	ci := s.Cycle
	if ci == nil || s.Dead {
		return
	}
	if ci.Incremental && isKnown(ci.ZInc) && ci.ZInc > limitTol || !ci.Incremental && isKnown(ci.R) && isKnown(ci.Z) && ci.R < ci.Z-limitTol {
		ws, we := ci.Start, ci.End
		if ci.RWord > 0 {
			ws, we = s.wordSpan(ci.RWord - 1)
		}
		if ci.Incremental {
			s.report(ws, we, "%s in G91: the depth increment goes up from the R plane, so R is below the final depth", codeName('G', ci.Code))
			return
		}
		s.report(ws, we, "%s retract plane R (%s) is below the final depth (%s)", codeName('G', ci.Code), trimFloat(s.toUnits(ci.R)), trimFloat(s.toUnits(ci.Z)))
	}
}
