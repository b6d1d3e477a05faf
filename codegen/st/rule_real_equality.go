package st

import (
	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleRealEquality: `=` or `<>` on REAL/LREAL.
var ruleRealEquality = register(&rules.Rule{
	ID:       "st/real-equality",
	Title:    "Exact comparison of REAL values",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Local:    true,
	Anchors:  []string{"CODESYS SA0054 (comparison of REAL/LREAL for equality/inequality)"},
	Doc: rules.Doc(
		"Reports `=` and `<>` where an operand is REAL or LREAL (a variable, a result, or a REAL literal). Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"Floating-point values carry rounding errors: a level that should reach 10.0 reads 9.9999995 and the equality never holds, so the step never advances.",
		"IF rLevel = 10.0 THEN\n    bFull := TRUE;\nEND_IF",
		"IF rLevel >= 10.0 THEN   // or ABS(rLevel - 10.0) < 0.001\n    bFull := TRUE;\nEND_IF"),
}, checkRealEquality)

func checkRealEquality(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		sc := run.Scope(p)
		for n := range run.BodyNodes(p, "binary_expression") {
			if op := opText(n); op != "=" && op != "<>" {
				continue
			}
			l, r := sc.typeOf(n.Child("left")), sc.typeOf(n.Child("right"))
			if l.Cat == CatReal || r.Cat == CatReal {
				report(pass, n, "%s compares REAL values exactly; compare with a tolerance or use <, >", opText(n))
			}
		}
	}
}
