package gcode

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleUndefinedSubroutine = register(&rules.Rule{
	ID:       "gcode/undefined-subroutine",
	Title:    "Call to a subroutine that does not exist",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"LinuxCNC: \"Unable to open file\" / \"Unknown oword number\" for o-word calls", "LinuxCNC M98 (subprogram in the same file)"},
	Doc: rules.Doc(
		"Reports `oN call` and `o<name> call` when the file defines no such `sub` and no `<name>.ngc` (or PlanetCNC's `<name>.sub`; for a numbered call `<number>.ngc`, which LinuxCNC opens as well) lies next to the file (or in a `subroutines` folder beside it, or in a SUBROUTINE_PATH folder of a LinuxCNC .ini above it; a call is not reported when that .ini names a folder the checkout does not hold, where it may be defined; a function of the oword.py module of a .ini with a [PYTHON] section, which LinuxCNC calls as a Python O-word procedure, is defined too); and, for LinuxCNC, `M98 P…` to an O number the file does not define. Fanuc-family M98/G65 calls are not reported: their subprograms usually live in the control's memory.",
		"The interpreter stops at the call with an error, or calls a stale subroutine of the same name from its search path.",
		"o<drill_holes> call [5]\n; no o<drill_holes> sub in this file and no drill_holes.ngc",
		"o<drill_holes> sub\n  G81 X#1 Y0 Z-5 R2 F100\no<drill_holes> endsub\no<drill_holes> call [5]"),
}, nil, globalUndefinedSubroutine)

func globalUndefinedSubroutine(g *globalPass) {
	d := g.Prog.Dialect
	for _, c := range g.Prog.Calls {
		if c.Key == "?" || g.Prog.Subs[c.Key] != nil {
			continue
		}
		switch c.How {
		case "o-call":
			if strings.HasPrefix(c.Key, "<") {
				name := strings.Trim(c.Key, "<>")
				if g.exists != nil && g.exists(name) {
					continue
				}
				g.report(c.Start, c.End, "o%s call: no o%s sub in this file and no %s.ngc next to it", c.Key, c.Key, name)
				continue
			}
			if g.exists != nil && g.exists(c.Key) {
				continue
			}
			g.report(c.Start, c.End, "o%s call: no o%s sub in this file and no %s.ngc next to it", c.Key, c.Key, c.Key)
		case "M98":
			if d != DialectLinuxCNC {
				continue
			}
			g.report(c.Start, c.End, "M98 P%s: no O%s subprogram in this file", strings.TrimPrefix(c.Key, "p"), strings.TrimPrefix(c.Key, "p"))
		}
	}
}
