package st

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen"
)

var _ codegen.Continuations = (*Pack)(nil)

// Continues implements codegen.Continuations: ELSIF and ELSE go on with the IF whose
// branch the lines before them closed.
func (*Pack) Continues(line string) bool {
	f := strings.Fields(line)
	if len(f) == 0 {
		return false
	}
	switch strings.ToUpper(strings.TrimRight(f[0], ";")) {
	case "ELSIF", "ELSE":
		return true
	}
	return false
}

var _ codegen.StatementEnds = (*Pack)(nil)

// StatementTerminator implements codegen.StatementEnds: ST statements end with ";".
func (*Pack) StatementTerminator() byte { return ';' }

var _ codegen.TextEnds = (*Pack)(nil)

// TextEndNode implements codegen.TextEnds: a POU written without END_* ends with the text
// (grammar.js, `_text_pou_tail`).
func (*Pack) TextEndNode() string { return "end_of_text" }
