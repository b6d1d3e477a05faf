package st

import (
	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleImplicitNarrowing: a wider integer or a REAL stored into a narrower type.
var ruleImplicitNarrowing = register(&rules.Rule{
	ID:       "st/implicit-narrowing",
	Title:    "Implicit narrowing conversion",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Local:    true,
	// CODESYS static analysis has rules for implicit expanding (SA0130) and explicit
	// narrowing or signed/unsigned conversions (SA0133, SA0134), not for this case; its
	// compiler warns of implicit conversions, and SA0020 catches truncated REAL assignments.
	Anchors: []string{"CODESYS SA0020 (possibly assignment of truncated value to REAL)", "CODESYS compiler: implicit conversion warnings"},
	Doc: rules.Doc(
		"Reports assignments of a wider integer into a narrower one (DINT into INT), of REAL/LREAL into an integer, of LREAL into REAL, and of an integer literal outside the target's range. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"The value changes without a word in the code: a production counter wraps from 32767 to -32768, a REAL setpoint of 12.7 becomes an integer (13 where the conversion rounds, as CODESYS's REAL_TO_INT does; 12 where it truncates), and the reader cannot tell which was meant.",
		"VAR nTotal : DINT; nShown : INT; rLevel : REAL; END_VAR\nnShown := nTotal;\nnShown := rLevel;",
		"nShown := DINT_TO_INT(LIMIT(-32768, nTotal, 32767));\nnShown := REAL_TO_INT(rLevel);"),
}, checkNarrowing)

func checkNarrowing(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		sc := run.Scope(p)
		for n := range run.BodyNodes(p, "assignment") {
			if op := n.Child("operator"); op == nil || op.Text() != ":=" {
				continue
			}
			to, from := sc.typeOf(n.Child("left")), sc.typeOf(n.Child("right"))
			if to.Name == "" || to.Lit {
				continue
			}
			ti := elementary[to.Name]
			fi := elementary[from.Name]
			switch {
			case (to.Cat == CatInt || to.Cat == CatBits) && from.Cat == CatReal:
				report(pass, n.Child("right"), "REAL value stored into %s: the fraction is dropped (use REAL_TO_%s)", to.Name, to.Name)
			case (to.Cat == CatInt || to.Cat == CatBits) && from.Lit && from.Cat == CatInt:
				if c := sc.eval(n.Child("right")); c.OK {
					if lo, hi, ok := intRange(to.Name); ok && (c.V < lo || c.V > hi) {
						report(pass, n.Child("right"), "%v does not fit in %s (%v..%v)", c.V, to.Name, lo, hi)
					}
				}
			case (to.Cat == CatInt || to.Cat == CatBits) && (from.Cat == CatInt || from.Cat == CatBits) && from.Name != "" && fi.bits > ti.bits:
				report(pass, n.Child("right"), "%s value stored into %s may be truncated", from.Name, to.Name)
			case to.Name == "REAL" && from.Name == "LREAL":
				report(pass, n.Child("right"), "LREAL value stored into REAL loses precision")
			}
		}
	}
}
