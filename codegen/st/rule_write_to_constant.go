package st

import (
	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleWriteToConstant: a store into a CONSTANT or an enumeration value.
var ruleWriteToConstant = register(&rules.Rule{
	ID:       "st/write-to-constant",
	Title:    "Write to a constant",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"compiler error (constant cannot be written)"},
	Doc: rules.Doc(
		"Reports stores into a variable declared in a VAR … CONSTANT section (local or global) or into an enumeration value. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"Constants are read-only by definition; the compiler refuses the program. A suggestion that 'adjusts' a limit constant usually means the model misread a limit as a setting.",
		"VAR CONSTANT c_rMaxSpeed : REAL := 1500.0; END_VAR\nc_rMaxSpeed := rRequested;",
		"VAR CONSTANT c_rMaxSpeed : REAL := 1500.0; END_VAR\nrSpeed := MIN(rRequested, c_rMaxSpeed);"),
}, checkWriteToConstant)

func checkWriteToConstant(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		sc := run.Scope(p)
		for _, w := range writes(p) {
			root := rootOf(w.target)
			if root == nil || root.Kind != "identifier" {
				continue
			}
			if v := sc.targetVar(w.target); v != nil {
				if v.Constant {
					report(pass, w.target, "%s writes %s, which is declared CONSTANT", w.how, v.Name)
				}
				continue
			}
			if w.target == root && sc.Lookup(root.Text).Kind == SymEnumValue {
				report(pass, w.target, "%s writes the enumeration value %s", w.how, root.Text)
			}
		}
	}
}
