package st

import (
	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleJmpUsage: JMP and labels.
var ruleJmpUsage = register(&rules.Rule{
	ID:       "st/jmp-usage",
	Title:    "JMP and labels",
	Severity: rules.Info,
	Category: rules.Style,
	Local:    true,
	Anchors:  []string{"PLCopen coding guidelines (avoid jumps)"},
	Doc: rules.Doc(
		"Reports JMP statements and jump labels. Dialects: CODESYS/TwinCAT (JMP), SIMATIC AX and Siemens SCL (GOTO).",
		"Jumps make the order in which statements run depend on labels far away; loops built from JMP are easy to make endless and hard to review.",
		"lblRetry:\nnTry := nTry + 1;\nIF NOT bOk AND nTry < 3 THEN\n    JMP lblRetry;\nEND_IF",
		"REPEAT\n    nTry := nTry + 1;\nUNTIL bOk OR nTry >= 3\nEND_REPEAT"),
}, checkJmp)

func checkJmp(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		for n := range run.BodyNodes(p, "jump_statement", "label_statement") {
			switch n.Kind() {
			case "jump_statement":
				report(pass, n, "JMP: prefer IF, CASE or a loop")
			case "label_statement":
				report(pass, n, "jump label: prefer IF, CASE or a loop")
			}
		}
	}
}
