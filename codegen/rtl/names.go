package rtl

import (
	"path/filepath"
	"strings"

	"github.com/gantry-dev/gantry/codegen"
)

var _ codegen.NameScanner = (*Pack)(nil)

// includedName is the name under which a file lists each file it `includes (by base
// name): asking the workspace who declares it finds the files that include a fragment.
func includedName(base string) string { return "`include " + base }

// unitQualifiers may stand between a unit's keyword and its name.
var unitQualifiers = map[string]bool{"automatic": true, "static": true, "virtual": true}

// DeclaredNames implements codegen.NameScanner: the names a Verilog file declares for other
// files, from a scan of its words without parsing. A design unit's name (module, interface,
// package, program, class, primitive, config, checker) is one; so is every word outside
// the design units (a $unit-scope typedef, parameter or function in a header: more names
// than declared, never fewer), and each file it `includes (includedName). Verilog names
// are case-sensitive and kept as written.
func (*Pack) DeclaredNames(text []byte) []string {
	seen := map[string]bool{}
	var out []string
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	var open []string // closers expected, innermost last
	named := false    // the word after an opener names the unit
	prev := ""
	forEachWord(text, func(w string, at int) {
		defer func() { prev = w }()
		if closer, ok := designUnitEnds[w]; ok && prev != "typedef" && prev != "extern" {
			if w == "class" && prev == "interface" && len(open) > 0 && open[len(open)-1] == "endinterface" {
				open[len(open)-1] = "endclass" // an interface class
				return
			}
			if len(open) > 0 && restarts[w] && codegen.OpensLine(text, at) {
				open = open[:0]
			}
			open = append(open, closer)
			named = true
			return
		}
		for i := len(open) - 1; i >= 0; i-- {
			if open[i] == w {
				open = open[:i]
				return
			}
		}
		switch {
		case named:
			if !keywords[w] && !unitQualifiers[w] {
				add(w) // module m, virtual class c: the first word that is not a keyword
				named = false
			}
		case len(open) == 0 && !keywords[w]:
			add(w)
		}
	})
	for _, m := range includeRE.FindAllSubmatch(text, -1) {
		if base := filepath.Base(string(m[1])); !strings.ContainsAny(base, ",\t\r\n") { // the index's separators
			add(includedName(base))
		}
	}
	return out
}
