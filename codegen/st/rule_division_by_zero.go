package st

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleDivisionByZero: a divisor that is a constant zero.
var ruleDivisionByZero = register(&rules.Rule{
	ID:       "st/division-by-zero",
	Title:    "Division by a constant zero",
	Severity: rules.Error,
	Category: rules.Safety,
	Local:    true,
	Anchors:  []string{"CODESYS SA0040 (possible division by zero)"},
	Doc: rules.Doc(
		"Reports `/`, `MOD`, classic SCL's `DIV`, DIV() and MOD() whose divisor folds to zero: a literal (`/ 0`, `/ 0.0`, `MOD 0`), a constant expression, or a CONSTANT declared as zero; in a body, an initial value or a constant's declaration (`CONST nStep := nSpan / 0; END_CONST`). Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"An integer division by zero raises an exception that stops the PLC (or, on some runtimes, yields an undefined value that flows on into outputs); a REAL one yields infinity or NaN that poisons every later calculation.",
		"rRate := rVolume / 0.0;\nnSlot := nIndex MOD 0;",
		"IF rTime > 0.0 THEN\n    rRate := rVolume / rTime;\nEND_IF\nnSlot := nIndex MOD c_nSlots;   // c_nSlots : INT := 8 (CONSTANT)"),
}, checkDivisionByZero)

func checkDivisionByZero(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		sc := run.Scope(p)
		check := func(n *Node) {
			var divisor *Node
			switch n.Kind() {
			case "binary_expression":
				if op := opText(n); op == "/" || op == "MOD" || op == "DIV" {
					divisor = n.Child("right")
				}
			case "call_expression":
				if f := n.Child("function"); f.Is("identifier") {
					if u := strings.ToUpper(f.Text()); (u == "DIV" || u == "MOD") && sc.Lookup(f.Text()).Kind == SymStd {
						if args := n.Child("arguments").KidsOf("argument"); len(args) == 2 {
							divisor = args[1].Child("value")
						}
					}
				}
			}
			if divisor != nil {
				if c := sc.eval(divisor); c.OK && c.V == 0 && !c.Bool {
					report(pass, divisor, "division by zero: the divisor %s is always 0", strings.TrimSpace(divisor.Src(run.Text)))
				}
			}
		}
		for n := range run.BodyNodes(p, "binary_expression", "call_expression") {
			check(n)
		}
		// Initial values and constants (`CONST nSlots := 64 / 0; END_CONST`,
		// `rStep : REAL := 1.0 / 0.0;`): the compiler folds them and refuses a zero divisor.
		for _, v := range p.Vars {
			if v.Node == nil || v.Start != firstName(v.Node) {
				continue // a declaration of several names: its value once
			}
			if val := v.Node.Child("value"); val != nil {
				val.Walk(func(n *Node) bool {
					if n.Is("binary_expression", "call_expression") {
						check(n)
					}
					return true
				})
			}
		}
	}
}
