package rtl

import (
	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleEnumCast = register(&rules.Rule{
	ID:       "rtl/enum-assign-without-cast",
	Title:    "enum variable assigned a value that is not of its type",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"IEEE 1800-2017 6.19.3", "Verilator ENUMVALUE", "svlint: enum assignment (partly)"},
	Doc: rules.Doc(
		`reports an assignment to a variable of an enum type whose value is
not of that type: a number (also '0 and '1), arithmetic (s + 1, s++, s += 1), a
vector of another type, or a member of another enum. Members of the same enum,
variables of the same type, casts, ternaries of those, and calls are accepted. In
Verilog files using enums (not SystemVerilog by name) it defaults to a warning.`,
		`An enum variable may hold only its members; IEEE 1800-2017 6.19.3
requires an explicit cast for any other value, and Verilator and newer simulators
refuse the assignment. Arithmetic on a state register usually means the code relies on
the encoding (next state = state + 1), which breaks when a member is added or
reordered.`,
		`module sequencer(input logic clk, rst, output logic [1:0] code);
  typedef enum logic [1:0] {IDLE, RUN, DONE} state_t;
  state_t state;
  always_ff @(posedge clk)
    if (rst) state <= 2'b00;
    else     state <= state + 1;
  assign code = state;
endmodule`,
		`module sequencer(input logic clk, rst, output logic [1:0] code);
  typedef enum logic [1:0] {IDLE, RUN, DONE} state_t;
  state_t state;
  always_ff @(posedge clk)
    if (rst) state <= IDLE;
    else     state <= state_t'(state + 1);   // or: state <= state.next();
  assign code = state;
endmodule`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.units {
		for _, w := range u.Writes {
			if w.Partial || w.Expr != w.Id {
				continue
			}
			d := u.LookupAt(w.Name, w.Id)
			enum := enumTypeOf(u.Unit, d, m.ix)
			if enum == nil {
				continue
			}
			judge := func(v *Node) (*Node, string) { return notOfEnum(u.Unit, v, enum, m.ix) }
			if len(d.Unpacked) > 0 || len(d.Packed) > 0 && d.UserType != "enum" {
				// an array of enums takes a list of values: each is judged
				// (`state_t seq[] = {IDLE, RUN};`, an unpacked array concatenation;
				// `state_t [3:0] lanes = {4{IDLE}};`, packed states side by side)
				judge = func(v *Node) (*Node, string) { return elementsNotOfEnum(u.Unit, v, enum, m.ix) }
			}
			at, what := enumValueProblem(w, judge)
			if at == nil {
				continue
			}
			msg := "%s is assigned %s, which is not of its enum type %s: cast it (%s'(…)) or assign a member (IEEE 1800-2017 6.19.3)"
			typ := d.TypeText
			if d.UserType == "enum" {
				typ = "enum"
			}
			if m.sv {
				report(p, u, at, msg, w.Name, what, typ, typ)
			} else {
				m.reportSoft(p, u, at, "rtl/enum-assign-without-cast", msg, w.Name, what, typ, typ)
			}
		}
	}
})

// enumTypeOf returns the enum_type node of a declaration's type (nil when not an enum).
func enumTypeOf(u *Unit, d *Decl, ix *Index) *Node {
	if d == nil || d.UserType == "" || d.Iface || (d.Kind != KindVar && d.Kind != KindNet && d.Kind != KindParam && d.Kind != KindLocal) {
		return nil
	}
	var t *Node
	if d.UserType == "enum" {
		t = d.Node.Child("type")
	} else if td := u.LookupAt(d.UserType, d.NameNode); td != nil && td.Kind == KindType {
		t = td.Node.Child("type") // the typedef in scope (generate branches may each declare one)
	} else {
		t = findTypedef(u, d.UserType, ix)
	}
	if t == nil || t.Kind() != "enum_type" {
		return nil
	}
	return t
}

// enumValueProblem judges the value a write assigns with judge (an enum's or an enum
// array's); it returns the node to report and a description when the value is not of the
// type. Increments and compound assignments are never of it.
func enumValueProblem(w *Access, judge func(*Node) (*Node, string)) (*Node, string) {
	st := w.Stmt
	switch st.Kind() {
	case "increment_statement":
		return st, "an increment"
	case "blocking_assignment", "nonblocking_assignment", "assignment_expression":
		if op := st.Child("operator"); op != nil && op.Kind() == "macro_name" {
			return nil, "" // an operator a macro spells: what it assigns is not known here
		} else if op != nil && op.Kind() != "=" {
			return st, "the result of " + op.Kind()
		}
		return judge(st.Child("right"))
	case "continuous_assign":
		if v := assignedValue(w); v != nil {
			return judge(v)
		}
	case "declarator":
		return judge(st.Child("value"))
	}
	return nil, ""
}

// elementsNotOfEnum is notOfEnum for a whole array of enums given a list of values: each
// element is judged; anything else is not told.
func elementsNotOfEnum(u *Unit, v *Node, enum *Node, ix *Index) (*Node, string) {
	if v != nil && v.Kind() == "replication" {
		return elementsNotOfEnum(u, v.Child("value"), enum, ix) // `{N{IDLE}}`: N of each
	}
	if v == nil || v.Kind() != "concatenation" && v.Kind() != "assignment_pattern" {
		return nil, ""
	}
	for _, e := range v.Kids() {
		if e.Field() != "" {
			continue // an assignment pattern's count
		}
		if e.Kind() == "replication" || e.Kind() == "concatenation" {
			if at, what := elementsNotOfEnum(u, e, enum, ix); at != nil {
				return at, what
			}
			continue
		}
		if at, what := notOfEnum(u, e, enum, ix); at != nil {
			return at, what
		}
	}
	return nil, ""
}

// notOfEnum returns the part of v that is certainly not of the enum type, with a
// description; nil when v is of the type or cannot be told (calls, members, package
// names, casts).
func notOfEnum(u *Unit, v *Node, enum *Node, ix *Index) (*Node, string) {
	if v == nil {
		return nil, ""
	}
	switch v.Kind() {
	case "number":
		return v, "the number " + v.Text()
	case "parenthesized_expression":
		if v.NumKids() == 1 {
			return notOfEnum(u, v.Kid(0), enum, ix)
		}
	case "conditional_expression":
		if at, what := notOfEnum(u, v.Child("consequence"), enum, ix); at != nil {
			return at, what
		}
		return notOfEnum(u, v.Child("alternative"), enum, ix)
	case "binary_expression", "unary_expression":
		if op := v.Child("operator"); op != nil {
			return v, "the result of " + op.Kind()
		}
		return v, "an expression"
	case "concatenation", "replication":
		return v, "a concatenation"
	case "identifier", "select":
		base, depth := v, 0
		for base.Kind() == "select" {
			if base.Child("index") == nil {
				return v, "a part-select"
			}
			base = base.Child("value")
			depth++
			if base == nil {
				return nil, ""
			}
		}
		if base.Kind() != "identifier" {
			return nil, ""
		}
		d := u.LookupAt(base.Text(), base)
		if d == nil {
			return nil, "" // imported or unknown: cannot tell
		}
		switch {
		case d.Kind == KindEnumConst:
			if depth == 0 && d.Node.Parent() != enum && !sameEnum(d.Node.Parent(), enum) {
				return v, "the member " + d.Name + " of another enum"
			}
			return nil, ""
		case d.IsSignal() || d.Kind == KindParam || d.Kind == KindLocal:
			if d.Iface || d.Kind == KindIfacePort {
				return nil, ""
			}
			other := enumTypeOf(u, d, ix)
			if other != nil {
				if depth == len(d.Unpacked) && !sameEnum(other, enum) {
					return v, d.Name + " of another enum type"
				}
				return nil, ""
			}
			if d.UserType != "" || d.TypeText == "" && (d.Kind == KindParam || d.Kind == KindLocal) && d.Value != nil && !numeric(d.Value) {
				return nil, "" // a struct, a class, a type we do not resolve, or an untyped alias
			}
			if depth > len(d.Unpacked)+len(d.Packed) {
				return nil, ""
			}
			return v, d.Name + " (" + describeType(d) + ")"
		}
	}
	return nil, ""
}

// sameEnum reports whether two enum_type nodes are the same declaration (the same text
// at the same place, as copies of one unit may differ by pointer).
func sameEnum(a, b *Node) bool {
	return a == b || (a != nil && b != nil && a.Start() == b.Start() && a.End() == b.End() && a.Text() == b.Text())
}

func numeric(n *Node) bool {
	ok := true
	n.Walk(func(k *Node) bool {
		if k.Kind() == "identifier" || k.Kind() == "scoped_identifier" || k.Kind() == "function_call" {
			ok = false
		}
		return ok
	})
	return ok
}

func describeType(d *Decl) string {
	if d.TypeText != "" {
		return d.TypeText
	}
	if d.Kind == KindParam || d.Kind == KindLocal {
		return "an untyped " + d.Kind
	}
	return "a " + d.Kind
}
