package st

import (
	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleUnreachableCode: statements after RETURN, EXIT, CONTINUE or JMP.
var ruleUnreachableCode = register(&rules.Rule{
	ID:       "st/unreachable-code",
	Title:    "Unreachable code",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Anchors:  []string{"CODESYS SA0001 (unreachable code)"},
	Doc: rules.Doc(
		"Reports the first statement that follows a RETURN, EXIT, CONTINUE or JMP in the same statement list (a label in between makes the code reachable again). Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"The code after the jump never runs, yet readers and reviewers assume it does: an output reset placed after an early RETURN never happens.",
		"IF bFault THEN\n    RETURN;\n    bMotor := FALSE;   // never runs\nEND_IF",
		"IF bFault THEN\n    bMotor := FALSE;\n    RETURN;\nEND_IF"),
}, checkUnreachable)

func checkUnreachable(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		for n := range run.BodyNodes(p, "statement_list") {
			jumped := ""
			for _, s := range statements(n) {
				switch {
				case s.Kind() == "label_statement":
					jumped = ""
				case jumped != "" && s.Kind() != "empty_statement":
					pass.Report(s.Start(), s.End(), "unreachable: this statement follows %s", jumped)
					jumped = ""
					continue
				}
				switch s.Kind() {
				case "return_statement":
					if s.Child("condition") == nil { // `RETURN (bDone);` may go on
						jumped = "RETURN"
					}
				case "exit_statement":
					jumped = "EXIT"
				case "continue_statement":
					jumped = "CONTINUE"
				case "jump_statement":
					jumped = "JMP"
				}
			}
		}
	}
}
