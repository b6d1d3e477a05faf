package rtl

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleXSemantics = register(&rules.Rule{
	ID:       "rtl/x-semantics",
	Title:    "x/z literals and case equality in design code",
	Severity: rules.Warning,
	Category: rules.Safety,
	Anchors:  []string{"Verilator CASEWITHX", "svlint operator_case_equality", "IEEE 1800 11.4.5, 12.5"},
	Doc: rules.Doc(
		`in modules with ports (design code), outside initial/final blocks
and assertions, reports
- a case item with x or z bits in a plain case, or with x bits in a casez
  (casez treats z and ? as wildcards, never x);
- === and !== (case equality), which compare x and z literally;
- == or != against a literal with x or z bits, which is never true in simulation.
Testbenches (modules without ports) and case … inside are not checked.`,
		`Simulation matches x and z exactly while synthesis treats them as
don't-care or as constants: a case item 2'b1x never matches a known selector in
simulation yet becomes logic in hardware, and === gives a different answer in
simulation than the gates synthesis builds. The two disagree exactly when something is
already wrong, which hides the bug.`,
		`always_comb
  case (sel)
    2'b1x:   y = a;   // never matches 2'b10 or 2'b11 in simulation
    default: y = b;
  endcase
assign hit = (tag === 4'b1010);`,
		`always_comb
  casez (sel)
    2'b1?:   y = a;
    default: y = b;
  endcase
assign hit = (tag == 4'b1010);`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		if !synthesizable(u.Unit) {
			continue
		}
		u.Root.Walk(func(n *Node) bool {
			switch n.Kind() {
			case "initial_construct", "final_construct", "concurrent_assertion", "immediate_assertion",
				"property_declaration", "sequence_declaration", "preprocessor_directive":
				return false
			case "case_statement":
				if n.Child("inside") != nil {
					return true
				}
				kind := "case"
				if k := n.Child("kind"); k != nil {
					kind = k.Kind()
				}
				if kind == "casex" {
					return true // rtl/casex
				}
				for _, it := range n.KidsOf("case_item") {
					for _, pat := range it.Children("pattern") {
						pat.Walk(func(k *Node) bool {
							if k.Kind() != "number" {
								return true
							}
							x, z := xzBits(k.Text())
							switch {
							case kind == "case" && (x || z):
								report(p, u, k, "case item %s has x/z bits: it never matches a known selector in simulation, while synthesis treats them as don't-care (use casez with ? or case … inside)", k.Text())
							case kind == "casez" && x:
								report(p, u, k, "casez item %s has x bits: casez treats only z and ? as wildcards (use ?)", k.Text())
							}
							return false
						})
					}
				}
			case "binary_expression":
				op := n.Child("operator")
				if op == nil {
					return true
				}
				switch op.Kind() {
				case "===", "!==":
					report(p, u, op, "%s compares x and z literally, so simulation and synthesis disagree on unknown inputs; use %s", op.Kind(), strings.TrimSuffix(op.Kind(), "="))
				case "==", "!=":
					for _, side := range []*Node{n.Child("left"), n.Child("right")} {
						if side.Is("number") {
							if x, z := xzBits(side.Text()); x || z {
								report(p, u, side, "%s against %s is never true in simulation (any x or z operand bit makes the result x)", op.Kind(), side.Text())
							}
						}
					}
				}
			}
			return true
		})
	}
})

// xzBits reports whether a based literal has x bits and z bits ('?' counts as z).
func xzBits(lit string) (x, z bool) {
	q := strings.IndexByte(lit, '\'')
	if q < 0 {
		return false, false
	}
	digits := strings.TrimLeft(lit[q+1:], "sS")
	if digits != "" && strings.ContainsRune("bBoOdDhH", rune(digits[0])) {
		digits = digits[1:]
	}
	return strings.ContainsAny(digits, "xX"), strings.ContainsAny(digits, "zZ?")
}
