package st

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleCaseIncompleteEnum: CASE over an enumeration missing values and ELSE.
var ruleCaseIncompleteEnum = register(&rules.Rule{
	ID:       "st/case-incomplete-enum",
	Title:    "CASE misses enumeration values",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Local:    true,
	Anchors:  []string{"CODESYS SA0076 (missing enumeration constant)"},
	Doc: rules.Doc(
		"Reports a CASE over a variable of an enumeration type that has no ELSE and no branch for some of the type's values; the message names them. Members that share a value (an alias, `Stop := 17` beside `Halt` = 17) are covered by a branch for either, and a label written as a number, a constant or a range of them (`0:`, `2..4:`) covers the members of those values. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"A value added to the enumeration later (a new machine state) falls through every branch without anyone noticing.",
		"TYPE E_Mode : (MODE_OFF, MODE_MANUAL, MODE_AUTO); END_TYPE\nPROGRAM Drive\nVAR\n    eMode : E_Mode;\n    bRun, bRequest : BOOL;\nEND_VAR\nCASE eMode OF\n    MODE_OFF: bRun := FALSE;\n    MODE_AUTO: bRun := bRequest;\nEND_CASE\nEND_PROGRAM",
		"TYPE E_Mode : (MODE_OFF, MODE_MANUAL, MODE_AUTO); END_TYPE\nPROGRAM Drive\nVAR\n    eMode : E_Mode;\n    bRun, bRequest, bJog : BOOL;\nEND_VAR\nCASE eMode OF\n    MODE_OFF: bRun := FALSE;\n    MODE_MANUAL: bRun := bJog;\n    MODE_AUTO: bRun := bRequest;\nEND_CASE\nEND_PROGRAM"),
}, checkCaseIncompleteEnum)

func checkCaseIncompleteEnum(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		sc := run.Scope(p)
		for n := range run.BodyNodes(p, "case_statement") {
			if len(n.KidsOf("else_clause")) > 0 {
				continue
			}
			v := n.Child("value")
			_, enum := sc.EnumOf(sc.designatorType(v))
			if enum == nil || v == nil {
				continue
			}
			covered := map[string]bool{}
			for _, b := range n.KidsOf("case_branch") {
				for _, l := range b.Children("label") {
					covered[lower(enumLabel(l))] = true
				}
			}
			// Members that share a value are one label: E.Run covers E.Alias := 1 when
			// Run is 1 too.
			values := map[string]float64{}
			next, known := 0.0, true
			for _, e := range enum.Enum {
				if e.Value != nil {
					c := sc.eval(e.Value)
					next, known = c.V, c.OK
				}
				if known {
					values[lower(e.Name)] = next
				}
				next++
			}
			coveredValue := map[float64]bool{}
			for name := range covered {
				if v, ok := values[name]; ok {
					coveredValue[v] = true
				}
			}
			// A label written as the value's number (`0:` for Default := 0), a constant or
			// a range of them covers the members of those values: CASE compares numbers.
			for _, b := range n.KidsOf("case_branch") {
				for _, l := range b.Children("label") {
					if _, named := values[lower(enumLabel(l))]; named {
						continue
					}
					e := l
					if l.Kind() == "case_label" {
						e = l.First()
					}
					lo, hi := e, e
					if e.Is("range") {
						lo, hi = e.Child("lower"), e.Child("upper")
					}
					if a, z := sc.eval(lo), sc.eval(hi); a.OK && z.OK {
						for _, v := range values {
							if v >= a.V && v <= z.V {
								coveredValue[v] = true
							}
						}
					}
				}
			}
			var missing []string
			for _, e := range enum.Enum {
				if v, ok := values[lower(e.Name)]; !covered[lower(e.Name)] && !(ok && coveredValue[v]) {
					missing = append(missing, e.Name)
				}
			}
			if len(missing) > 0 {
				pass.Report(n.Start(), v.End(), "CASE %s handles no %s and has no ELSE", v.Src(run.Text), strings.Join(missing, ", "))
			}
		}
	}
}

// enumLabel returns the value name of a case label: X for X and E_Type.X.
func enumLabel(l *Node) string {
	e := l.First()
	if l.Kind() != "case_label" {
		e = l
	}
	switch {
	case e.Is("identifier"):
		return e.Text()
	case e.Is("member_expression"):
		if m := e.Child("member"); m != nil {
			return m.Text()
		}
	case e.Is("typed_literal"):
		if v := e.Child("value"); v != nil {
			return v.Text()
		}
	}
	return ""
}
