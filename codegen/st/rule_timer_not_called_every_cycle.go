package st

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleTimerNotCalledEveryCycle: a timer instance called only under a condition.
var ruleTimerNotCalledEveryCycle = register(&rules.Rule{
	ID:       "st/timer-not-called-every-cycle",
	Title:    "Timer not called every cycle",
	Severity: rules.Warning,
	Category: rules.Safety,
	Anchors:  []string{"Top 20 Secure PLC Coding Practices #6 (validate timers and counters)"},
	Doc: rules.Doc(
		"Reports a TON, TOF or TP instance (and their LTIME forms) of the POU whose every call sits inside an IF, CASE or loop. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"A timer only advances and updates Q when it is called. Called from one CASE branch, it keeps its elapsed time when the branch is left and fires at once when the branch is entered again — or never sees IN fall, so it never resets. Supervision timers then fail silently.",
		"PROGRAM Feeder\nVAR\n    fbDelay : TON;\n    bStart, bRequest, bGo : BOOL;\nEND_VAR\nIF bStart THEN\n    fbDelay(IN := bRequest, PT := T#2S);\nEND_IF\nbGo := fbDelay.Q;\nEND_PROGRAM",
		"PROGRAM Feeder\nVAR\n    fbDelay : TON;\n    bStart, bRequest, bGo : BOOL;\nEND_VAR\nfbDelay(IN := bStart AND bRequest, PT := T#2S);   // every cycle\nbGo := fbDelay.Q;\nEND_PROGRAM"),
}, checkTimerCalls)

func checkTimerCalls(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		sc := run.Scope(p)
		type state struct {
			first  *Node
			always bool
		}
		calls := map[string]*state{}
		for _, body := range Bodies(p) {
			body := body
			body.Walk(func(n *Node) bool {
				if n.Kind() != "call_statement" {
					return true
				}
				f := n.Child("function")
				name := calledVar(f)
				if name == "" {
					return true
				}
				v := sc.Local(name)
				if v == nil || v.Type == nil || v.Type.Kind != TypeNamed {
					return true
				}
				switch strings.ToUpper(v.Type.Name) {
				case "TON", "TOF", "TP", "LTON", "LTOF", "LTP", "TON_TIME", "TOF_TIME", "TP_TIME", "IEC_TIMER":
				default:
					return true
				}
				k := lower(name)
				st := calls[k]
				if st == nil {
					st = &state{first: f}
					calls[k] = st
				}
				if !conditional(n, body) {
					st.always = true
				}
				return true
			})
		}
		for name, st := range calls {
			if !st.always {
				report(pass, st.first, "timer %s is called only under a condition; call it every cycle and gate its IN instead", calledVar(st.first))
			}
			_ = name
		}
	}
}
