package st

import (
	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleCaseDuplicateLabel: repeated or overlapping CASE labels.
var ruleCaseDuplicateLabel = register(&rules.Rule{
	ID:       "st/case-duplicate-label",
	Title:    "Duplicate CASE label",
	Severity: rules.Error,
	Category: rules.Correctness,
	Local:    true,
	Anchors:  []string{"matiec (duplicate case label)", "compiler error"},
	Doc: rules.Doc(
		"Reports a CASE label whose value (a constant, a range, an enumeration value) another label of the same CASE already covers. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"Only the first branch ever runs for that value; the second is dead code that looks alive, typically a copy-pasted state whose number was not changed.",
		"CASE nStep OF\n    10: nStep := 20;\n    10: nStep := 30;\nEND_CASE",
		"CASE nStep OF\n    10: nStep := 20;\n    20: nStep := 30;\nEND_CASE"),
}, checkCaseLabels)

func checkCaseLabels(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		sc := run.Scope(p)
		for n := range run.BodyNodes(p, "case_statement") {
			type span struct{ lo, hi float64 }
			var spans []span
			names := map[string]bool{}
			for _, b := range n.KidsOf("case_branch") {
				for _, l := range b.Children("label") {
					e := l.First()
					if e == nil {
						continue
					}
					var s span
					if e.Is("range") {
						lo, hi := sc.eval(e.Child("lower")), sc.eval(e.Child("upper"))
						if !lo.OK || !hi.OK {
							continue
						}
						s = span{lo.V, hi.V}
					} else if c := sc.eval(e); c.OK {
						s = span{c.V, c.V}
					} else {
						if name := enumLabel(l); name != "" {
							k := lower(name)
							if names[k] {
								report(pass, l, "CASE label %s is already handled above", l.Src(run.Text))
							}
							names[k] = true
						}
						continue
					}
					if !exactFloat(s.lo) || !exactFloat(s.hi) {
						// a 64-bit label (`2#0111…1` of an LWORD) that a float64 rounds:
						// neighbouring ranges would seem to meet
						continue
					}
					for _, o := range spans {
						if s.lo <= o.hi && o.lo <= s.hi {
							report(pass, l, "CASE label %s overlaps a label above", l.Src(run.Text))
							break
						}
					}
					spans = append(spans, s)
				}
			}
		}
	}
}

// exactFloat reports a value a float64 holds exactly as the integer it stands for (at most
// 2^53 from zero).
func exactFloat(v float64) bool { return v >= -(1<<53) && v <= 1<<53 }
