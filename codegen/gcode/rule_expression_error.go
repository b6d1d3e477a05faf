package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleExpressionError = register(&rules.Rule{
	ID:       "gcode/expression-error",
	Title:    "Expression that cannot be evaluated",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors: []string{"LinuxCNC: \"Attempt to divide by zero\", \"Negative argument to sqrt\", \"Zero or negative argument to ln\", \"Argument to acos out of range\", \"Argument to asin out of range\", \"Attempt to raise negative to non integer power\"",
		"NIST RS274NGC v3 §3.5.1 (expressions)"},
	Doc: rules.Doc(
		"Evaluates expressions where their operands are known (literals and parameters with known values) and reports division (or MOD) by zero, SQRT of a negative number, LN of zero or less, ASIN/ACOS outside [-1, 1], and a negative number raised to a non-integer power.",
		"The interpreter stops the program at that line; on controllers that do not check, the word gets a garbage value and the machine moves somewhere unplanned.",
		"#<n> = 0\nG1 X[100 / #<n>] F300\nG1 Y[SQRT[-4]]",
		"#<n> = 4\nG1 X[100 / #<n>] F300\nG1 Y[SQRT[4]]"),
}, hookExpressionError, nil)

func hookExpressionError(s *Step) {
	for _, e := range s.ExprErrors {
		s.report(e.Start, e.End, "%s", e.Msg)
	}
}
