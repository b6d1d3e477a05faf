package st

import (
	"slices"
	"strings"
	"testing"
)

// Classic STEP 7 SCL divides integers with the DIV operator (`Total DIV 60`): it parses,
// a constant divisor of zero is reported as for `/` and MOD, and a variable named Div
// stays a name.
func TestDivOperatorClassicSCL(t *testing.T) {
	src := `FUNCTION FC12 : INT
VAR_INPUT
    Total : INT;
    Div : INT;
END_VAR
BEGIN
    FC12 := Total DIV 60 + Total MOD 60;
    FC12 := Total DIV 0;
    IF Div > 0 THEN
        FC12 := FC12 DIV Div;
    END_IF;
END_FUNCTION
`
	var zero []int
	for _, fd := range cleanFindings(t, "fc12.scl", src) {
		switch fd.Rule {
		case "st/undeclared-identifier":
			t.Errorf("%s: %s", fd.Rule, fd.Message)
		case "st/division-by-zero":
			zero = append(zero, 1+strings.Count(src[:fd.Start], "\n"))
		}
	}
	if want := []int{8}; !slices.Equal(zero, want) {
		t.Errorf("st/division-by-zero on lines %v, want %v", zero, want)
	}
}

// Classic SCL's block constants are folded by the compiler: one whose value divides by a
// constant zero is reported on its line, one beside it dividing by a constant that is not
// zero is not.
func TestDivisionByZeroInClassicSCLConstants(t *testing.T) {
	src := `FUNCTION_BLOCK FB20
CONST
    RAW_SPAN := 27648;
    RAW_STEP := RAW_SPAN / 0;
    RAW_HALF := RAW_SPAN / 2;
END_CONST
VAR
    Raw : INT;
END_VAR
BEGIN
    Raw := RAW_HALF;
END_FUNCTION_BLOCK
`
	zero := cleanRuleLines(t, "st/division-by-zero", "fb20.scl", src)
	if want := []int{4}; !slices.Equal(zero, want) {
		t.Errorf("st/division-by-zero on lines %v, want %v", zero, want)
	}
}
