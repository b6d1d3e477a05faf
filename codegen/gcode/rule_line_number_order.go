package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleLineNumberOrder = register(&rules.Rule{
	ID:       "gcode/line-number-order",
	Title:    "Line numbers out of order or repeated",
	Severity: rules.Info,
	Category: rules.Style,
	Anchors:  []string{"NIST RS274NGC v3 §3.3.2 (line numbers; order not enforced)"},
	Doc: rules.Doc(
		"Reports an N number that is not greater than the previous one in the same program (a new O program number restarts the count).",
		"Operators restart programs and GOTO jumps by N number; a repeated or descending number restarts at the wrong block. It usually means blocks were pasted from another program.",
		"N10 G0 X0\nN20 G1 X10 F100\nN15 G1 Y10",
		"N10 G0 X0\nN20 G1 X10 F100\nN30 G1 Y10"),
}, hookLineNumberOrder, nil)

func hookLineNumberOrder(s *Step) {
	b := s.B
	if !b.HasN || !s.Before.HasLastN || s.Sim.dialect == DialectMarlin || s.Sim.replaying > 0 {
		// (a loop's later passes come back to its first block from its last: the order
		// on the page is checked on the first pass)
		return
	}
	if b.N <= s.Before.LastN {
		what := "goes back from"
		if b.N == s.Before.LastN {
			what = "repeats"
		}
		s.report(b.NSpan.Start, b.NSpan.End, "N%d %s N%d on the line before", b.N, what, s.Before.LastN)
	}
}
