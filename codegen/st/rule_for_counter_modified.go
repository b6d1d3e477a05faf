package st

import (
	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleForCounterModified: the FOR counter is assigned inside its loop.
var ruleForCounterModified = register(&rules.Rule{
	ID:       "st/for-counter-modified",
	Title:    "FOR counter modified in the loop",
	Severity: rules.Error,
	Category: rules.Safety,
	Local:    true,
	Anchors:  []string{"CODESYS SA0072 (invalid uses of counter variable)", "PLCopen L12", "matiec lvalue check"},
	Doc: rules.Doc(
		"Reports stores into a FOR loop's counter inside the loop body: assignments, `=>` bindings, and nested FOR loops that reuse the counter. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"The number of iterations stops being visible in the FOR line; a store that moves the counter backwards turns the loop into an endless one and the watchdog stops the PLC.",
		"FOR i := 1 TO 10 DO\n    IF aValues[i] = 0 THEN\n        i := i - 1;\n    END_IF\nEND_FOR",
		"FOR i := 1 TO 10 DO\n    IF aValues[i] = 0 THEN\n        CONTINUE;\n    END_IF\nEND_FOR"),
}, checkForCounter)

func checkForCounter(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		all := run.Writes(p)
		for n := range run.BodyNodes(p, "for_statement") {
			v, body := n.Child("variable"), n.Child("body")
			if body == nil || !v.Is("identifier", "local_variable") {
				continue
			}
			name := lower(rootOf(v).Text())
			for _, w := range all {
				if w.target.Start() < body.Start() || w.target.End() > body.End() {
					continue
				}
				if r := rootOf(w.target); r != nil && w.target.Is("identifier", "local_variable") && lower(r.Text()) == name {
					report(pass, w.target, "%s changes the FOR counter %s inside its loop", w.how, r.Text())
				}
			}
		}
	}
}
