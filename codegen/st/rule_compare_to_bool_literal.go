package st

import (
	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleCompareToBoolLiteral: `x = TRUE`.
var ruleCompareToBoolLiteral = register(&rules.Rule{
	ID:       "st/compare-to-bool-literal",
	Title:    "Comparison with TRUE or FALSE",
	Severity: rules.Info,
	Category: rules.Style,
	Local:    true,
	// No vendor rule: CODESYS's SA0051 is about ordering comparisons (<, >) of BOOLs.
	Anchors: []string{"no dedicated vendor rule; a common code-review convention"},
	Doc: rules.Doc(
		"Reports `=` and `<>` with TRUE or FALSE as an operand. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"`bReady = TRUE` is `bReady`, and `bReady = FALSE` is `NOT bReady`; the longer form reads worse and invites `bReady = TRUE = bOther` mistakes.",
		"IF bReady = TRUE AND bFault = FALSE THEN",
		"IF bReady AND NOT bFault THEN"),
}, checkCompareBool)

func checkCompareBool(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		for n := range run.BodyNodes(p, "binary_expression") {
			if op := opText(n); (op == "=" || op == "<>") && (n.Child("left").Is("boolean") || n.Child("right").Is("boolean")) {
				report(pass, n, "comparison with a BOOL literal: use the value itself or NOT")
			}
		}
	}
}
