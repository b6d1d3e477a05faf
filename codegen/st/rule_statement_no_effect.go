package st

import (
	"github.com/gantry-dev/gantry/codegen/lazyregexp"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleStatementNoEffect: `x = 5;` where `:=` was meant, and a variable standing alone.
var ruleStatementNoEffect = register(&rules.Rule{
	ID:       "st/statement-no-effect",
	Title:    "Statement without effect",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"RuSTy E023 (statement has no effect)"},
	Doc: rules.Doc(
		"Reports a statement of the form `x = value;`: a comparison standing where an assignment was meant (the parser sees a syntax error there; this rule says what the error most likely is), and a variable of an elementary, string, array or pointer type standing alone as a statement (`nCount;`). A bare name is a call without parentheses where it names an action, a function block instance or a program (`Reset;`), which CODESYS and TwinCAT accept. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"It is a classic slip of people coming from C-like languages and of language models: the value is never stored, and in dialects that accept expression statements the code compiles and silently does nothing.",
		"nCount = 0;",
		"nCount := 0;"),
}, checkNoEffect)

var comparisonStmt = lazyregexp.New(`^\s*#?[A-Za-z_][\w.\[\], #]*?\s*(=|<>)\s*[^=\s]`)

func checkNoEffect(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		if p.Node == nil {
			continue
		}
		p.Node.Walk(func(n *Node) bool {
			if n != p.Node && pouNodes.Has(n) {
				return false // nested POUs are visited on their own
			}
			if n.Kind() == "call_statement" && n.Child("arguments") == nil {
				f := n.Child("function")
				switch {
				case len(n.KidsOf("ERROR")) > 0:
					// `x = 0;` recovers as a bare call of x with the rest in error
					if comparisonStmt.MatchString(n.Src(run.Text)) {
						report(pass, n, "this comparison has no effect; did you mean := ?")
					}
				case f.Is("identifier") && plainData(run.Scope(p).Local(f.Text())):
					report(pass, f, "%s is a variable: standing alone it does nothing; assign it or call what was meant", f.Text())
				}
				return false
			}
			if n.Kind() != "ERROR" {
				return true
			}
			text := n.Src(run.Text)
			if comparisonStmt.MatchString(text) && nextByte(run.Text, n.End()) == ';' {
				report(pass, n, "this comparison has no effect; did you mean := ?")
			}
			return false
		})
	}
}

// nextByte returns the first non-blank byte at or after off.
func nextByte(text []byte, off int) byte {
	for ; off < len(text); off++ {
		switch text[off] {
		case ' ', '\t', '\r', '\n':
		default:
			return text[off]
		}
	}
	return 0
}

// plainData reports whether v holds data a statement cannot run: an elementary value, a
// string, an array or a pointer (an FB instance, an interface or an unknown type may run).
func plainData(v *Var) bool {
	if v == nil || v.Type == nil {
		return false
	}
	switch v.Type.Kind {
	case TypeString, TypeArray, TypePointer:
		return true
	}
	return v.Type.Elementary() != ""
}
