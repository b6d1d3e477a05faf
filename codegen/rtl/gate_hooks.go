package rtl

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen"
)

var _ codegen.Continuations = (*Pack)(nil)

// Continues implements codegen.Continuations: `else` (alone or after the `end` of the
// branch before it, `end else begin`) goes on with the `if` the lines before it closed.
func (*Pack) Continues(line string) bool {
	f := strings.Fields(line)
	if len(f) > 0 && (f[0] == "end" || strings.HasPrefix(f[0], "end:")) {
		f = f[1:]
		if len(f) > 1 && f[0] == ":" { // end : label
			f = f[2:]
		}
	}
	return len(f) > 0 && (f[0] == "else" || strings.HasPrefix(f[0], "else/"))
}

var _ codegen.StatementEnds = (*Pack)(nil)

// StatementTerminator implements codegen.StatementEnds: Verilog statements end with ";".
func (*Pack) StatementTerminator() byte { return ';' }
