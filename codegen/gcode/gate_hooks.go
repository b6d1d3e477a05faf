package gcode

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen"
)

var _ codegen.Continuations = (*Pack)(nil)

// Continues implements codegen.Continuations: a LinuxCNC `oN else` or `oN elseif […]`
// (after an optional N line number) goes on with the `oN if` the lines before it closed.
func (*Pack) Continues(line string) bool {
	f := strings.Fields(strings.ToLower(line))
	if len(f) > 0 && len(f[0]) > 1 && f[0][0] == 'n' && strings.Trim(f[0][1:], "0123456789") == "" {
		f = f[1:]
	}
	if len(f) < 2 || !strings.HasPrefix(f[0], "o") {
		return false
	}
	return f[1] == "else" || f[1] == "elseif"
}
