package st

import (
	"regexp"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleStatementNoEffect: `x = 5;` where `:=` was meant.
var ruleStatementNoEffect = register(&rules.Rule{
	ID:       "st/statement-no-effect",
	Title:    "Comparison used as a statement",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"RuSTy E023 (statement has no effect)"},
	Doc: rules.Doc(
		"Reports a statement of the form `x = value;`: a comparison standing where an assignment was meant. The parser sees a syntax error there; this rule says what the error most likely is. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"It is a classic slip of people coming from C-like languages and of language models: the value is never stored, and in dialects that accept expression statements the code compiles and silently does nothing.",
		"nCount = 0;",
		"nCount := 0;"),
}, checkNoEffect)

var comparisonStmt = regexp.MustCompile(`^\s*#?[A-Za-z_][\w.\[\], #]*?\s*(=|<>)\s*[^=\s]`)

func checkNoEffect(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		if p.Node == nil {
			continue
		}
		p.Node.Walk(func(n *Node) bool {
			if n != p.Node && pouKinds[n.Kind()] != "" {
				return false // nested POUs are visited on their own
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
