package st

import (
	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleUnusedVariable: declared, never used.
var ruleUnusedVariable = register(&rules.Rule{
	ID:       "st/unused-variable",
	Title:    "Unused variable",
	Severity: rules.Info,
	Category: rules.Style,
	Anchors:  []string{"CODESYS SA0033 (unused variables)"},
	Doc: rules.Doc(
		"Reports a VAR, VAR_TEMP or VAR_STAT variable that nothing in its POU (body, initial values, nested methods and actions) mentions. Located variables (AT %I…/%Q…) and interface variables are left alone: the I/O image and the callers use them. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"Dead declarations make a POU harder to read and hide typos: `bMotorOn` declared, `bMotorOK` used.",
		"VAR\n    nRetries : INT;    // never used\nEND_VAR",
		"// remove the declaration, or use it"),
}, checkUnused)

func checkUnused(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		if p.Kind == "" || p.Kind == KindInterface || p.Kind == KindDataBlock || p.Node == nil {
			continue
		}
		used := map[string]bool{}
		// The whole POU node: bodies, nested methods and actions, initial values, bounds.
		p.Node.Walk(func(n *Node) bool {
			if n.Kind == "identifier" && !(n.Parent.Is("var_declaration") && n.Field == "name") {
				used[lower(n.Text)] = true
			}
			return true
		})
		for _, v := range p.Vars {
			switch v.Section {
			case SecVar, SecTemp, SecStat:
			default:
				continue
			}
			if v.Address != "" || used[lower(v.Name)] {
				continue
			}
			pass.Report(v.Start, v.End, "%s is declared but never used", v.Name)
		}
	}
}
