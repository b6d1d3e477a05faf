package st

import (
	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleCaseMissingElse: CASE without ELSE.
var ruleCaseMissingElse = register(&rules.Rule{
	ID:       "st/case-missing-else",
	Title:    "CASE without ELSE",
	Severity: rules.Warning,
	Category: rules.Safety,
	Local:    true,
	Anchors:  []string{"CODESYS SA0075 (missing ELSE)", "PLCopen L17"},
	Doc: rules.Doc(
		"Reports CASE statements that have no ELSE branch. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"A state machine whose state variable takes a value no branch handles (a corrupted retain value, a new state added in one place only) silently does nothing, cycle after cycle: the machine sticks with its outputs as they were.",
		"CASE nStep OF\n    0: nStep := 10;\n    10: bDone := TRUE;\nEND_CASE",
		"CASE nStep OF\n    0: nStep := 10;\n    10: bDone := TRUE;\nELSE\n    nStep := 0;   // recover to a safe state\n    bFault := TRUE;\nEND_CASE"),
}, checkCaseMissingElse)

func checkCaseMissingElse(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		for n := range run.BodyNodes(p, "case_statement") {
			if len(n.KidsOf("else_clause")) == 0 {
				v := n.Child("value")
				if v == nil {
					continue
				}
				pass.Report(n.Start(), v.End(), "CASE %s has no ELSE branch", v.Src(run.Text))
			}
		}
	}
}
