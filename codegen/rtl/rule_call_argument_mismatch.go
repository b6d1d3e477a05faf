package rtl

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleCallArgs = register(&rules.Rule{
	ID:       "rtl/call-argument-mismatch",
	Title:    "function or task called with the wrong arguments",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"IEEE 1800-2017 13.5", "iverilog: called with missing/empty parameters", "Verilator: Missing argument on non-defaulted argument"},
	Doc: rules.Doc(
		`for calls of functions and tasks the module (or interface, package)
declares, reports more arguments than the subroutine has, an argument left out that has
no default, and a named argument (.name(…)) the subroutine does not have. Methods of
classes and subroutines from elsewhere are not judged.`,
		`The call does not elaborate: simulators and synthesis tools refuse
it. A missing argument usually means the function grew a parameter and one caller was
not updated.`,
		`module clamp(input logic [7:0] x, limit, output logic [7:0] y);
  function automatic logic [7:0] max2(input logic [7:0] a, b);
    return a > b ? a : b;
  endfunction
  assign y = max2(x);
endmodule`,
		`module clamp(input logic [7:0] x, limit, output logic [7:0] y);
  function automatic logic [7:0] max2(input logic [7:0] a, b);
    return a > b ? a : b;
  endfunction
  assign y = max2(x, limit);
endmodule`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.units {
		var formals map[*Node][]*Decl // by subroutine, built at the first call
		u.Root.Walk(func(n *Node) bool {
			if n.Kind() == "preprocessor_directive" {
				return false
			}
			if n.Kind() == "function_call" {
				if formals == nil {
					formals = u.formalsBySubroutine()
				}
				checkCall(p, u, n, formals)
			}
			return true
		})
	}
})

// formalsBySubroutine maps each function and task of the unit to its formal arguments.
func (u *Unit) formalsBySubroutine() map[*Node][]*Decl {
	out := map[*Node][]*Decl{}
	for _, d := range u.Decls {
		if d.PortDecl && d.Scope != nil && (d.Scope.Kind() == "function_declaration" || d.Scope.Kind() == "task_declaration") {
			out[d.Scope] = append(out[d.Scope], d)
		}
	}
	return out
}

// formals returns the formal arguments of a function or task declared in the unit.
func (u *Unit) formals(fn *Node) []*Decl {
	var out []*Decl
	for _, d := range u.Decls {
		if d.Scope == fn && d.PortDecl {
			out = append(out, d)
		}
	}
	return out
}

func checkCall(p *rules.Pass, u *UnitRef, call *Node, formalsOf map[*Node][]*Decl) {
	name, args := call.Child("function"), call.Child("arguments")
	if name == nil || args == nil || name.Kind() != "identifier" {
		return
	}
	d := u.LookupAt(name.Text(), name)
	if d == nil || (d.Kind != KindFunction && d.Kind != KindTask) || d.Class != nil ||
		(d.Node.Kind() != "function_declaration" && d.Node.Kind() != "task_declaration") {
		return
	}
	formals := formalsOf[d.Node]
	if strings.Contains(d.Node.SrcString(u.Text), "`") {
		return // macros may add arguments
	}
	var positional int
	named := map[string]bool{}
	for _, a := range args.Kids() {
		if isExtra(a) {
			continue // `ifdef X a, `else b, `endif: one argument, of the branch that is built
		}
		if a.Kind() == "named_argument" {
			nm := a.Child("name")
			if nm == nil {
				return
			}
			named[nm.Text()] = true
			found := false
			for _, f := range formals {
				found = found || f.Name == nm.Text()
			}
			if !found {
				report(p, u, nm, "%s has no argument %s", name.Text(), nm.Text())
				return
			}
			continue
		}
		positional++
	}
	// `f(, , x)` leaves arguments out to their defaults: the commas count the positions
	empty := emptyPositions(u, args)
	if positional+len(empty) > len(formals) {
		report(p, u, call, "%s takes %d argument(s); this call passes %d", name.Text(), len(formals), positional+len(empty)+len(named))
		return
	}
	positional += len(empty)
	var missing []string
	for i, f := range formals {
		if i < positional && !empty[i] || named[f.Name] || f.Value != nil {
			continue
		}
		missing = append(missing, f.Name)
	}
	if len(missing) > 0 {
		report(p, u, call, "%s is called without %s, which has no default", name.Text(), strings.Join(missing, ", "))
	}
}

// emptyPositions returns the positions of an argument list left empty (`f(, , x)`: 0 and
// 1), read from the commas between its arguments.
func emptyPositions(u *UnitRef, args *Node) map[int]bool {
	out := map[int]bool{}
	pos, filled := 0, false
	at := args.Start() + 1 // after "("
	gap := func(end int) {
		if end < at || end > len(u.Text) {
			return // a list error recovery cut short: no closing parenthesis
		}
		for _, c := range u.Text[at:end] {
			if c == ',' {
				if !filled {
					out[pos] = true
				}
				pos, filled = pos+1, false
			}
		}
	}
	for _, a := range args.Kids() {
		gap(a.Start())
		at = a.End()
		filled = filled || !isExtra(a)
	}
	gap(args.End() - 1)
	if pos > 0 && !filled {
		out[pos] = true // a trailing comma: the last position is left out too
	}
	return out
}
