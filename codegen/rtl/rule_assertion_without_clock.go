package rtl

import (
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleAssertClock = register(&rules.Rule{
	ID:       "rtl/assertion-without-clock",
	Title:    "concurrent assertion without a clock",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"IEEE 1800-2017 16.16 (clock resolution)", "Verible: (none)", "SVA: clocking event required"},
	Doc: rules.Doc(
		`reports an assert/assume/cover property whose clock cannot be
found: no clocking event in the property, none in the named property or sequence it
uses (or in one those name in turn), no "default clocking" in the module or interface, and not inside an always
block with an edge (whose clock it would take). An unclocked "restrict property" is left
alone: restrictions exist for formal tools only (16.14.4: simulators ignore them), and
Yosys, which reads them, checks an unclocked one at every step (picorv32's FORMAL section
writes them so). In an `+"`"+`ifdef FORMAL section an unclocked assertion is a warning: it
is written for a formal tool, which checks it at every step.`,
		`A concurrent assertion samples its signals on a clock; without one the
assertion is illegal (IEEE 1800-2017 16.16) and tools refuse it, or — with a clock
that some tool infers — it checks at moments the author did not mean.`,
		`module handshake_check(input logic clk, req, gnt);
  assert property (req |-> ##[1:3] gnt);
endmodule`,
		`module handshake_check(input logic clk, req, gnt);
  assert property (@(posedge clk) req |-> ##[1:3] gnt);
endmodule`,
		`(or declare "default clocking cb @(posedge clk); endclocking" once per module).`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.units {
		// Most units hold no assertion: the default clocking is looked for (a walk of its
		// own) only once an unclocked one is found.
		defaultClocking := -1
		u.Root.Walk(func(n *Node) bool {
			switch n.Kind() {
			case "preprocessor_directive", "clocking_declaration", "checker_declaration", "property_declaration",
				"sequence_declaration", "ERROR":
				return false
			case "always_construct":
				if k := n.Child("kind"); k != nil && k.Kind() == "always_ff" {
					return false
				}
				if c := n.Child("control"); c != nil && controlHasEdge(c) {
					return false
				}
			case "concurrent_assertion":
				if keyword(n).Text() == "restrict" {
					return false
				}
				if !assertionClocked(u, n) {
					if defaultClocking < 0 {
						defaultClocking = 0
						if hasDefaultClocking(u) {
							defaultClocking = 1
						}
					}
					if defaultClocking == 1 {
						return false
					}
					if inFormalSection(u, n) {
						// `ifdef FORMAL … assume property (test_en_i == 1'b0);`: written for a
						// formal tool, which checks an unclocked property at every step
						m.reportSoft(p, u, keyword(n), "rtl/assertion-without-clock", "this %s property has no clock: formal tools check it at every step, but IEEE 1800 requires one (add @(posedge clk) or a default clocking block)", keyword(n).Text())
						return false
					}
					report(p, u, keyword(n), "this %s property has no clock: add @(posedge clk) to the property or a default clocking block", keyword(n).Text())
				}
				return false
			}
			return true
		})
	}
})

var defaultClockingRE = lazyregexp.New(`\bdefault\s+clocking\b`)

// hasDefaultClocking reports a `default clocking` in the unit (the text is searched too:
// a grammar that cannot read the block must not make every assertion an error).
func hasDefaultClocking(u *UnitRef) bool {
	found := false
	u.Root.Walk(func(n *Node) bool {
		if n.Kind() == "clocking_declaration" {
			if k := n.Child("kind"); k != nil && k.Kind() == "default" {
				found = true
			}
		}
		return !found
	})
	return found || defaultClockingRE.MatchString(u.Text)
}

func controlHasEdge(c *Node) bool {
	found := false
	c.Walk(func(n *Node) bool {
		if n.Kind() == "event_expression" && n.Child("edge") != nil {
			found = true
		}
		return !found
	})
	return found
}

// assertionClocked reports whether a concurrent assertion has a clock: its own, or one in
// the property or sequence it names (unknown names count as clocked).
func assertionClocked(u *UnitRef, n *Node) bool {
	if n.Child("clock") != nil {
		return true
	}
	prop := n.Child("property")
	if prop == nil {
		return true
	}
	clocked := false
	prop.Walk(func(k *Node) bool {
		switch k.Kind() {
		case "event_control", "macro_usage", "ERROR":
			clocked = true
		case "identifier", "function_call":
			name := k
			if k.Kind() == "function_call" {
				name = k.Child("function")
			}
			if name == nil {
				break
			}
			decls := u.byName[name.Text()]
			if len(decls) == 0 {
				clocked = true // a property, sequence or let from a package: cannot tell
			}
			for _, d := range decls {
				if d.Kind == KindProperty && declClocked(u, d.Node, 0) {
					clocked = true
				}
			}
		}
		return !clocked
	})
	return clocked
}

// declClocked reports whether a property or sequence declaration carries a clock, its own
// or that of a property or sequence it names (IEEE 1800-2017 16.16.1: `property p; s;
// endproperty` takes the clock of `sequence s; @(posedge clk) a && b; endsequence`).
func declClocked(u *UnitRef, d *Node, depth int) bool {
	if d.Child("clock") != nil {
		return true
	}
	found := false
	d.Walk(func(n *Node) bool {
		switch n.Kind() {
		case "event_control":
			found = true
		case "identifier", "function_call":
			name := n
			if n.Kind() == "function_call" {
				name = n.Child("function")
			}
			if name == nil || name == d.Child("name") || depth >= 8 {
				break
			}
			for _, o := range u.byName[name.Text()] {
				if o.Kind == KindProperty && o.Node != d && declClocked(u, o.Node, depth+1) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// inFormalSection reports whether n lies in an `ifdef FORMAL branch (or one of another
// macro naming formal verification: FORMAL_VERIFICATION, YOSYS_FORMAL, …).
func inFormalSection(u *UnitRef, n *Node) bool {
	for _, c := range ifdefAt(u.ifdef, n.Start()) {
		if c.defined > 0 && strings.Contains(strings.ToUpper(c.macro), "FORMAL") {
			return true
		}
	}
	return false
}
