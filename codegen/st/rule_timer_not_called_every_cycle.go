package st

import (
	"bytes"
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
		"Reports a TON, TOF or TP instance (and their LTIME forms) of the POU whose every call sits inside an IF, CASE or loop; and a timer, edge trigger (R_TRIG, F_TRIG) or counter (CTU, CTD, CTUD) whose outputs the POU reads but that nothing calls — not the POU, its methods and actions, nor a block of the file that extends it (an instance handed on to a function, by ADR or REF, may be called there and is left alone, as is a file with code drawn in LD, FBD, CFC or SFC). Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"A timer only advances and updates Q when it is called; one never called keeps Q FALSE for ever, and so does an edge trigger. Called from one CASE branch, it keeps its elapsed time when the branch is left and fires at once when the branch is entered again — or never sees IN fall, so it never resets. Supervision timers then fail silently.",
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
	checkNeverCalled(pass, run)
}

// runOnCall are the standard blocks whose outputs change only when the instance is called.
var runOnCall = map[string]bool{"TON": true, "TOF": true, "TP": true, "LTON": true, "LTOF": true, "LTP": true,
	"TON_TIME": true, "TOF_TIME": true, "TP_TIME": true, "R_TRIG": true, "F_TRIG": true,
	"CTU": true, "CTD": true, "CTUD": true}

// checkNeverCalled reports the first read of an output of a timer, edge trigger or counter
// that its POU declares and never calls: `IF fbDelay.Q THEN` with no `fbDelay(…)` anywhere
// in the block, its methods and actions, or the blocks of the file that extend it. An
// instance handed on (to a function, by ADR or REF, assigned whole) may be called
// elsewhere and is left alone, as is a POU with code Gantry does not read (actions drawn
// in LD, FBD or CFC, SFC).
func checkNeverCalled(pass *rules.Pass, run *Run) {
	graphical := -1 // graphicalCode(run.Text), asked once and only when an instance is read
	for _, p := range run.POUs() {
		if p.Parent != nil || p.Node == nil || len(p.Implicit) > 0 || (p.Kind != KindProgram && p.Kind != KindFunctionBlock && p.Kind != KindFunction) {
			continue
		}
		instances := map[string]*Var{}
		for _, v := range p.Vars {
			if (v.Section == SecVar || v.Section == SecStat) && v.Type != nil && v.Type.Kind == TypeNamed && runOnCall[strings.ToUpper(v.Type.Name)] {
				instances[lower(v.Name)] = v
			}
		}
		if len(instances) == 0 {
			continue
		}
		if graphical < 0 {
			graphical = 0
			if graphicalCode(run.Text) {
				graphical = 1
			}
		}
		if graphical == 1 {
			return
		}
		bodies := []*Node{p.Node}
		bodies = append(bodies, laterMembers(run, p)...)
		for _, c := range p.Children {
			if c.Node == nil {
				bodies = nil // a member Gantry cannot read (drawn in LD, FBD or CFC)
				break
			}
		}
		if bodies == nil {
			continue
		}
		for _, q := range run.POUs() {
			if q != p && q.Node != nil && extends(run.Scope(q), q, p) {
				bodies = append(bodies, q.Node)
			}
		}
		called, firstRead := map[string]bool{}, map[string]*Node{}
		for _, b := range bodies {
			b.Walk(func(n *Node) bool {
				name := calledVar(n)
				if name == "" || n.Parent().Is("local_variable") {
					return true
				}
				k := lower(name)
				if instances[k] == nil || n.Parent().Is("var_declaration") {
					return true
				}
				switch up := n.Parent(); {
				case up.Is("call_statement", "call_expression") && up.Child("function") == n:
					called[k] = true
				case up.Is("member_expression") && up.Child("object") == n:
					if !writtenMember(up) && firstRead[k] == nil {
						firstRead[k] = up
					}
				default:
					called[k] = true // handed on: it may be called where it goes
				}
				return true
			})
		}
		for k, at := range firstRead {
			if !called[k] {
				report(pass, at, "%s is never called, so %s never changes: call %s(…) every cycle", instances[k].Name, at.Src(run.Text), instances[k].Name)
			}
		}
	}
}

// writtenMember reports a member that an assignment writes (`fbDelay.IN := bStart;`).
func writtenMember(m *Node) bool {
	up := m.Parent()
	return up.Is("assignment") && up.Child("left") == m
}

// graphicalCode reports a project file that holds implementations Gantry does not read:
// LD, FBD, CFC or SFC networks, or IL.
func graphicalCode(text []byte) bool {
	if !looksLikeXML(text) {
		return false // a text file of ST
	}
	for _, tag := range []string{"<LD>", "<FBD>", "<CFC>", "<SFC>", "<IL>", "<NWL>", "<LD ", "<FBD ", "<CFC ", "<SFC "} {
		if bytes.Contains(text, []byte(tag)) {
			return true
		}
	}
	return false
}
