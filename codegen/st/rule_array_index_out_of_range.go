package st

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleArrayIndexOutOfRange: a constant index outside the declared bounds.
var ruleArrayIndexOutOfRange = register(&rules.Rule{
	ID:       "st/array-index-out-of-range",
	Title:    "Array index out of range",
	Severity: rules.Error,
	Category: rules.Safety,
	Local:    true,
	Anchors:  []string{"CODESYS SA0172/SA0180", "matiec array range check", "Top 20 Secure PLC Coding Practices #9"},
	Doc: rules.Doc(
		"Reports an index that folds to a constant (a literal, a constant expression, a CONSTANT) and lies outside the declared bounds of that array dimension, when the bounds are constant too; and more indices than the array has dimensions (`aSpeeds[i, 1]` on a one-dimensional array; not where the element is itself an array or a string). Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"PLC runtimes rarely check bounds: the write lands in whatever variable follows the array in memory, which may be a setpoint or an output.",
		"VAR aSpeeds : ARRAY[1..4] OF REAL; END_VAR\naSpeeds[0] := 0.0;\naSpeeds[5] := 1.0;",
		"VAR aSpeeds : ARRAY[1..4] OF REAL; END_VAR\naSpeeds[1] := 0.0;\naSpeeds[4] := 1.0;"),
}, checkArrayIndex)

func checkArrayIndex(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		sc := run.Scope(p)
		for n := range run.BodyNodes(p, "index_expression") {
			t := sc.Resolve(sc.designatorType(n.Child("object")))
			if t == nil || t.Kind != TypeArray {
				continue
			}
			indices := n.Children("index")
			if len(indices) > len(t.Dims) && !sc.nestedOrText(t.Elem) {
				report(pass, indices[len(t.Dims)], "%s has %d dimension(s), indexed with %d", n.Child("object").Src(run.Text), len(t.Dims), len(indices))
				continue
			}
			for i, idx := range indices {
				if i >= len(t.Dims) {
					break
				}
				lo, hi, ok := sc.bounds(t.Dims[i])
				if !ok {
					continue
				}
				c := sc.eval(idx)
				if !c.OK || c.Real || c.Bool {
					continue
				}
				if c.V < lo || c.V > hi {
					report(pass, idx, "index %v is outside the bounds %v..%v of %s", c.V, lo, hi, n.Child("object").Src(run.Text))
				}
			}
		}
	}
}

// bounds folds an array dimension's bounds.
func (s *Scope) bounds(d Dim) (lo, hi float64, ok bool) {
	if d.Lo == nil || d.Hi == nil {
		return 0, 0, false
	}
	l, h := s.eval(d.Lo), s.eval(d.Hi)
	if !l.OK || !h.OK {
		return 0, 0, false
	}
	return l.V, h.V, true
}

// nestedOrText reports an element type that takes indices of its own (an array or a
// string), or one not known.
func (s *Scope) nestedOrText(elem *Type) bool {
	r := s.Resolve(elem)
	if r == nil || r.Kind == TypeArray || r.Kind == TypeString {
		return true
	}
	el := r.Elementary()
	if el == "" {
		return r.Kind == TypeNamed && s.FindType(r.Name) == nil && s.findPOU(r.Name) == nil
	}
	return strings.Contains(strings.ToUpper(el), "STRING")
}
