package st

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleIgnoredResult: a function's result, or all of an FB instance's outputs, discarded.
var ruleIgnoredResult = register(&rules.Rule{
	ID:       "st/ignored-result",
	Title:    "Result or outputs ignored",
	Severity: rules.Warning,
	Category: rules.Correctness,
	// Outputs read on a line not written yet: a suggestion above that line is not at fault.
	Unfinished: true,
	Anchors:    []string{"CODESYS SA0009 (unused return values)", "CODESYS SA0169 (ignored outputs)"},
	Doc: rules.Doc(
		"Reports a FUNCTION or METHOD with a result type called as a statement (its result thrown away), and a function block instance of the POU's own VAR whose outputs nothing in the POU's declaration reads (its body, methods, actions, property accessors and SFC transitions) — no `inst.Q`, no `Q => x` binding. Memory and system functions whose result is only a status (MEMCPY, MEMSET, MEMMOVE, __DELETE, TwinCAT's ADSLOGSTR/ADSLOGDINT/ADSLOGLREAL, TcUnit's TEST_FINISHED) are exempt, and so are calls of FB_init, FB_reinit and FB_exit (a derived block's `SUPER^.FB_init(…)`) and of a method whose result is an interface or a REFERENCE TO a block (object-oriented code returns the object, or a task's status object, for callers that chain it). Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"A result is usually an answer or an error code: dropping it hides failures, and an FB whose outputs nobody reads (a timer whose Q is never tested) is dead or unfinished logic.",
		"FUNCTION F_WriteLog : INT\nVAR_INPUT\n    sText : STRING;\nEND_VAR\nF_WriteLog := 0;\nEND_FUNCTION\nPROGRAM Logger\nVAR\n    fbDelay : TON;\n    bStart : BOOL;\nEND_VAR\nF_WriteLog('start');                  // the error code is lost\nfbDelay(IN := bStart, PT := T#2S);    // fbDelay.Q is never read\nEND_PROGRAM",
		"FUNCTION F_WriteLog : INT\nVAR_INPUT\n    sText : STRING;\nEND_VAR\nF_WriteLog := 0;\nEND_FUNCTION\nPROGRAM Logger\nVAR\n    fbDelay : TON;\n    bStart, bReady : BOOL;\n    nErr : INT;\nEND_VAR\nnErr := F_WriteLog('start');\nfbDelay(IN := bStart, PT := T#2S);\nbReady := fbDelay.Q;\nEND_PROGRAM"),
}, checkIgnoredResult)

var statusOnly = map[string]bool{"MEMCPY": true, "MEMSET": true, "MEMMOVE": true, "__DELETE": true, "MEMCMP": false,
	// TwinCAT's event log calls (Tc2_System) return only whether the entry was written.
	"ADSLOGSTR": true, "ADSLOGDINT": true, "ADSLOGLREAL": true,
	// TcUnit ends a test with a statement; the BOOL it returns is for its own bookkeeping.
	"TEST_FINISHED": true, "TEST_FINISHED_NAMED": true}

// returnsObject reports a method whose result is an interface, or a reference to a block:
// object-oriented code returns the object itself, or a task's status object, for callers
// that chain or keep it (`fbAxis.Restore();`, `fbTask.Invoke();`); a statement that drops
// it loses no answer.
func returnsObject(sc *Scope, p *POU) bool {
	if p.Kind != KindMethod || p.ReturnType == nil {
		return false
	}
	t := p.ReturnType
	if t.Kind == TypeRef && t.Elem != nil && t.Elem.Kind == TypeNamed {
		// A builder returning REFERENCE TO itself (`sb.Append('a').Append('b')`).
		q := sc.findPOU(t.Elem.Name)
		return q != nil && (q.Kind == KindFunctionBlock || q.Kind == KindClass || q.Kind == KindInterface)
	}
	if t.Kind != TypeNamed {
		return false
	}
	q := sc.findPOU(t.Name)
	return q != nil && q.Kind == KindInterface
}

func checkIgnoredResult(pass *rules.Pass, run *Run) {
	// Outputs count as read anywhere in the POU's top-level declaration: its methods,
	// actions, property accessors and SFC transitions (a sequence calls a timer in one
	// step's action and tests its Q in a transition).
	readIn := map[*POU]map[string]bool{}
	readsOf := func(p *POU) map[string]bool {
		for p.Parent != nil {
			p = p.Parent
		}
		if r, ok := readIn[p]; ok {
			return r
		}
		read := map[string]bool{}
		if p.Node != nil {
			p.Node.Walk(func(n *Node) bool {
				switch n.Kind() {
				case "member_expression":
					if o := calledVar(n.Child("object")); o != "" { // inst.Q, SCL's #inst.Q
						read[lower(o)] = true
					}
				case "argument":
					if op := n.Child("operator"); op != nil && op.Text() == "=>" {
						if call := n.Parent(); call != nil && call.Parent() != nil {
							if f := calledVar(call.Parent().Child("function")); f != "" {
								read[lower(f)] = true
							}
						}
					}
				}
				return true
			})
		}
		readIn[p] = read
		return read
	}
	for _, p := range run.POUs() {
		sc := run.Scope(p)
		instances := map[string]*Node{} // lower name → first call
		var order []string
		read := readsOf(p)
		run.visitBodyNodes(p, func(n *Node) {
			switch n.Kind() {
			case "call_expression":
				// An instance passed or used as a value is read elsewhere.
			case "call_statement":
				f := n.Child("function")
				target := resolveCallee(sc, f, p)
				switch {
				case target.kind == tPOU && target.pou.ReturnType != nil && !strings.EqualFold(target.pou.ReturnType.Name, "VOID") && (target.pou.Kind == KindFunction || target.pou.Kind == KindMethod) && !statusOnly[strings.ToUpper(target.pou.Name)] && !implicitMethod(target.pou) && !returnsObject(sc, target.pou) && allReturn(target.pou.Overloads()):
					report(pass, f, "the result of %s (%s) is ignored", f.Src(run.Text), target.pou.ReturnType.Text)
				case target.kind == tStd && !target.std.FB && target.std.Return != "" && !strings.EqualFold(target.std.Return, "VOID") && !statusOnly[strings.ToUpper(target.std.Name)]:
					report(pass, f, "the result of %s is ignored", f.Src(run.Text))
				case calledVar(f) != "":
					if v := sc.Local(calledVar(f)); v != nil {
						fb, std := sc.FBType(v.Type)
						if fb != nil && hasOutputs(fb) || std != nil && len(std.Outputs) > 0 {
							k := lower(calledVar(f))
							if instances[k] == nil {
								instances[k] = f
								order = append(order, k)
							}
						}
					}
				}
			}
		}, "call_expression", "call_statement")
		// Only instances of the POU's own VAR are judged.
		for _, k := range order {
			if read[k] {
				continue
			}
			f := instances[k]
			if v := sc.Local(calledVar(f)); v == nil || v.Owner != p || v.Section != SecVar && v.Section != SecTemp {
				continue
			}
			report(pass, f, "the outputs of %s are never read", calledVar(f))
		}
	}
}

// resolveCallee says what a call statement's function designator names.
func resolveCallee(sc *Scope, f *Node, p *POU) target {
	switch {
	case f.Is("identifier"):
		return lookupTarget(sc, f.Text(), p)
	case f.Is("member_expression"):
		if m := f.Child("member"); isName(m) {
			return memberOf(sc, f.Child("object"), m.Text(), p)
		}
	}
	return target{}
}

func hasOutputs(p *POU) bool {
	_, out, inout := p.Interface()
	return len(out)+len(inout) > 0
}

// allReturn reports whether every overload of a method returns a value: a call statement may
// mean one that returns nothing (AX's `Changed(value := TRUE)` beside `Changed : BOOL`).
func allReturn(overloads []*POU) bool {
	for _, m := range overloads {
		if m.ReturnType == nil || strings.EqualFold(m.ReturnType.Name, "VOID") {
			return false
		}
	}
	return true
}
