package st

import (
	"slices"
	"testing"
)

// TIA Portal gives a function's inputs no default: a formal call of a standard function
// that names fewer inputs than it takes does not compile, nor does a call that names some
// arguments and not others (`Width = 4`, `=` typed for `:=`). A complete formal call, EN
// among the names, and a call outside SCL (where a formal call may leave inputs at their
// defaults and newer compilers place an unnamed argument by its position) are not
// reported.
func TestFormalStandardCallCountSCL(t *testing.T) {
	src := `FUNCTION_BLOCK "FB_Feed"
{ S7_Optimized_Access := 'TRUE' }
VERSION : 0.1
   VAR_INPUT
      sim : Bool;
      raw : Int;
      flow : Real;
   END_VAR
   VAR
      pick : Int;
      clamped : Real;
      text : String;
   END_VAR
BEGIN
	#clamped := MAX(IN1 := 0.0);
	#pick := SEL(G := #sim, IN0 := #raw);
	#text := MID(IN := #text, L := 2);
	#clamped := MAX(IN1 := 0.0, IN2 := #flow);
	#pick := SEL(G := #sim, IN0 := #raw, IN1 := 0);
	#pick := SEL(EN := TRUE, G := #sim, IN0 := #raw, IN1 := 0);
	#text := "FC_Label"(Value := #raw, Width = 4);
	#text := "FC_Label"(Value := #raw, Width := 4);
END_FUNCTION_BLOCK
`
	got := ruleLines(t, "st/call-argument-count", "feed.scl", src)
	want := []int{15, 16, 17, 21}
	if !slices.Equal(got, want) {
		t.Errorf("st/call-argument-count on lines %v, want %v", got, want)
	}
	st := `PROGRAM P
VAR r : REAL; END_VAR
r := MAX(IN1 := 0.0);
r := LIMIT(MN := 0.0, r, MX := 1.0);
END_PROGRAM
`
	if got := ruleLines(t, "st/call-argument-count", "p.st", st); len(got) > 0 {
		t.Errorf("a formal call outside SCL reported on lines %v", got)
	}
}
