package st

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleUnguardedDivision: a variable divisor never checked against zero.
var ruleUnguardedDivision = register(&rules.Rule{
	ID:       "st/unguarded-division",
	Title:    "Division by an unchecked variable",
	Severity: rules.Warning,
	Category: rules.Safety,
	Anchors:  []string{"CODESYS SA0040 (possible division by zero)"},
	Doc: rules.Doc(
		"Reports `/`, `MOD` and classic SCL's `DIV` whose divisor is a variable (or a member of one) that the POU never compares with anything and that is not a non-zero constant. A division in the body of a `__TRY` that has a `__CATCH` is handled (TwinCAT and CODESYS raise the division by zero as an exception there) and is not reported. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"Inputs and measured values reach zero sooner or later (a sensor unplugged, a recipe left empty); an integer division then stops the PLC, a REAL one spreads infinity into the control loop.",
		"rRate := rVolume / rTime;",
		"IF rTime > 0.0 THEN\n    rRate := rVolume / rTime;\nELSE\n    rRate := 0.0;\nEND_IF"),
}, checkUnguardedDivision)

func checkUnguardedDivision(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		sc := run.Scope(p)
		var divisions []*Node
		compared := map[string]bool{}
		for n := range run.BodyNodes(p, "binary_expression") {
			switch op := opText(n); op {
			case "/", "MOD", "DIV":
				if d := n.Child("right"); d.Is("identifier", "member_expression", "local_variable") {
					divisions = append(divisions, d)
				}
			case "=", "<>", "<", ">", "<=", ">=":
				for _, side := range []*Node{n.Child("left"), n.Child("right")} {
					compared[canon(side.Src(run.Text))] = true
				}
			}
		}
		// MAX(x, 1), LIMIT(1, x, …), SEL(x = 0, …) as divisor guards are comparisons too.
		for n := range run.BodyNodes(p, "call_expression") {
			if n.Child("function").Is("identifier") {
				switch strings.ToUpper(n.Child("function").Text()) {
				case "MAX", "LIMIT", "SEL":
					for _, a := range n.Child("arguments").KidsOf("argument") {
						compared[canon(a.Child("value").Src(run.Text))] = true
					}
				}
			}
		}
		for _, d := range divisions {
			key := canon(d.Src(run.Text))
			if compared[key] || caughtByTry(d) {
				continue
			}
			if c := sc.eval(d); c.OK && c.V != 0 {
				continue
			}
			if r := rootOf(d); r != nil && d.Is("identifier", "local_variable") {
				if sym := sc.Lookup(r.Text()); sym.Kind == SymVar && sym.Var.Constant {
					continue
				}
			}
			if sym := sc.Lookup(d.Text()); sym.Kind == SymVar && sym.Var.Constant {
				continue
			}
			report(pass, d, "%s may be zero here: check it before dividing", d.Src(run.Text))
		}
	}
}

func canon(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), "")) }
