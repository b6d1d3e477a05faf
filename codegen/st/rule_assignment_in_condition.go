package st

import (
	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleAssignmentInCondition: `:=` (or an output binding) evaluated as part of a condition.
var ruleAssignmentInCondition = register(&rules.Rule{
	ID:       "st/assignment-in-condition",
	Title:    "Assignment in a condition",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Anchors:  []string{"CODESYS SA0095 (assignments in conditions)"},
	Doc: rules.Doc(
		"Reports an assignment used as the condition of IF, ELSIF, WHILE or REPEAT (`IF (x := F()) THEN`, a CODESYS extension) and `=>` output bindings of calls inside a condition. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"A condition that also writes is easy to misread as a comparison (`:=` for `=`), and the write happens whether or not the branch is taken. Keep conditions free of side effects.",
		"IF (nErr := F_Check()) THEN\n    bFault := TRUE;\nEND_IF",
		"nErr := F_Check();\nIF nErr <> 0 THEN\n    bFault := TRUE;\nEND_IF"),
}, checkAssignmentInCondition)

func checkAssignmentInCondition(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		walkBodies(p, func(n *Node) bool {
			if n.Field() != "condition" {
				return true
			}
			n.Walk(func(k *Node) bool {
				switch k.Kind() {
				case "assignment_expression":
					report(pass, k, "assignment %s inside a condition; assign first, then test (did you mean `=`?)", k.Child("left").Src(run.Text))
				case "argument":
					if op := k.Child("operator"); op != nil && op.Text() == "=>" {
						report(pass, k, "output binding %s inside a condition writes while the condition is evaluated", k.Src(run.Text))
					}
				}
				return true
			})
			return true
		})
	}
}
