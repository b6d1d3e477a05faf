package st

import (
	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleLoopBoundExceedsArray: a FOR range used as an index beyond the array's bounds.
var ruleLoopBoundExceedsArray = register(&rules.Rule{
	ID:       "st/loop-bound-exceeds-array",
	Title:    "Loop range exceeds array bounds",
	Severity: rules.Error,
	Category: rules.Safety,
	Anchors:  []string{"CODESYS SA0080 (loop index variable for array index exceeds array range)"},
	Doc: rules.Doc(
		"Reports `a[i]` inside `FOR i := from TO to` when from and to are constant and the range leaves the declared bounds of a (also constant). Only the bare counter as index is checked, and only when the loop does not change it. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"The last (or first) iteration reads or writes past the array into neighbouring variables; off-by-one loops over 0..N against 1..N arrays are the classic case.",
		"VAR aTemp : ARRAY[1..10] OF REAL; i : INT; END_VAR\nFOR i := 0 TO 10 DO\n    aTemp[i] := 0.0;\nEND_FOR",
		"FOR i := 1 TO 10 DO\n    aTemp[i] := 0.0;\nEND_FOR"),
}, checkLoopBounds)

func checkLoopBounds(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		sc := run.Scope(p)
	nodes:
		for n := range run.BodyNodes(p, "for_statement") {
			v, body := n.Child("variable"), n.Child("body")
			if !v.Is("identifier") || body == nil {
				continue
			}
			from, to := sc.eval(n.Child("from")), sc.eval(n.Child("to"))
			if !from.OK || !to.OK {
				continue
			}
			lo, hi := from.V, to.V
			if by := n.Child("by"); by != nil {
				c := sc.eval(by)
				if !c.OK || c.V == 0 {
					continue
				}
				if c.V < 0 {
					lo, hi = to.V, from.V
				}
			}
			if lo > hi {
				continue // the loop never runs
			}
			counter := lower(v.Text())
			for _, w := range writes(&POU{Node: body, Kind: "", BodyStart: body.Start()}) {
				if r := rootOf(w.target); r != nil && lower(r.Text()) == counter {
					continue nodes // st/for-counter-modified reports it; ranges are unknown
				}
			}
			body.Walk(func(k *Node) bool {
				if k.Kind() != "index_expression" {
					return true
				}
				t := sc.Resolve(sc.designatorType(k.Child("object")))
				if t == nil || t.Kind != TypeArray {
					return true
				}
				for i, idx := range k.Children("index") {
					if i >= len(t.Dims) || !idx.Is("identifier") || lower(idx.Text()) != counter {
						continue
					}
					alo, ahi, ok := sc.bounds(t.Dims[i])
					if ok && (lo < alo || hi > ahi) {
						report(pass, idx, "%s runs %v..%v but %s has bounds %v..%v", v.Text(), lo, hi, k.Child("object").Src(run.Text), alo, ahi)
					}
				}
				return true
			})
		}
	}
}
