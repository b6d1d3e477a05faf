package st

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen/syntax"
)

// TIA's T_ADD and T_SUB add a duration to a time stamp or to a duration: IN1 may be a
// TIME as well as a DTL, and the result has IN1's type.
func TestTypeMismatchTimeAddSCL(t *testing.T) {
	src := `FUNCTION "Drain_Time" : Void
   VAR_TEMP 
      total : Time;
      stamp : DTL;
   END_VAR
BEGIN
	#total := T_ADD(IN1 := #total, IN2 := T#5s);
	#total := T_SUB(IN1 := #total, IN2 := T#1s);
	#stamp := T_ADD(IN1 := #stamp, IN2 := #total);
END_FUNCTION
`
	f, err := syntax.Parse(context.Background(), language, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, fd := range checker(t, New(), nil)("drain.scl", f) {
		if fd.Rule == "st/type-mismatch" {
			got = append(got, src[fd.Start:fd.End]+": "+fd.Message)
		}
	}
	if len(got) > 0 {
		t.Errorf("findings on TIME + TIME with T_ADD/T_SUB: %s", strings.Join(got, "; "))
	}
}

// SCL's slice access reads a part of a bit string: `.%X3` a bit, `.%B1` a byte, `.%W0` a
// word, `.%D0` a double word. A byte slice stored into an INT was reported as a BOOL
// (every slice was taken for a bit); a bit slice stored into a TIME stays a mismatch.
func TestTypeMismatchSliceAccessSCL(t *testing.T) {
	src := `FUNCTION_BLOCK "FB_Status"
VERSION : 0.1
   VAR
      status : DWord;
      code : Int;
      low : Word;
      since : Time;
   END_VAR
BEGIN
	#code := #status.%B1;
	#low := #status.%W0;
	#code := "DB_Line".words[#code].%B0;
	#since := #status.%X3;
END_FUNCTION_BLOCK
`
	f, err := syntax.Parse(context.Background(), language, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, fd := range checker(t, New(), nil)("status.scl", f) {
		if fd.Rule == "st/type-mismatch" {
			got = append(got, src[fd.Start:fd.End])
		}
	}
	if want := "#status.%X3"; strings.Join(got, "; ") != want {
		t.Errorf("st/type-mismatch on %q, want %q", strings.Join(got, "; "), want)
	}
}

// TIA Portal converts no number into an array or a structure: `#counts := 0;` with the
// index left out is refused as `#counts := #n;` is, where CODESYS and TwinCAT take the
// literal 0 to clear the whole (left alone there). An element given 0 stays clean.
func TestTypeMismatchZeroIntoArraySCL(t *testing.T) {
	src := `FUNCTION_BLOCK "FB_Poll"
   VAR
      counts : Array[0..31] of Int;
      n : Int;
   END_VAR
BEGIN
	#counts[#n] := 0;
	#counts := 0;
	#counts := #n;
END_FUNCTION_BLOCK
`
	st := `FUNCTION_BLOCK FB_Poll
VAR
    counts : ARRAY[0..31] OF INT;
    n : INT;
END_VAR

counts[n] := 0;
counts := 0;
counts := n;
END_FUNCTION_BLOCK
`
	lines := func(path, src string) []int { return ruleLines(t, "st/type-mismatch", path, src) }
	if got, want := lines("poll.scl", src), []int{8, 9}; !slices.Equal(got, want) {
		t.Errorf("SCL: st/type-mismatch on lines %v, want %v", got, want)
	}
	if got, want := lines("poll.st", st), []int{9}; !slices.Equal(got, want) {
		t.Errorf("ST: st/type-mismatch on lines %v, want %v", got, want)
	}
}

// An operator's result is one value of an elementary type, whatever its operands: a whole
// array given one (`#sizes := "Buf".Slot[#j].loaded + 1;`, the index left out) is
// reported even where Gantry cannot type the operands (a data block kept outside the
// sources). An element given it is not.
func TestTypeMismatchArrayFromOperatorSCL(t *testing.T) {
	src := `FUNCTION_BLOCK "FB_Buffer"
VERSION : 0.1
   VAR
      sizes : Array[1..2] of Int;
      flags : Array[1..2] of Bool;
      j : Int;
   END_VAR
BEGIN
	#sizes := "Buf".Slot[#j].loaded + 1;
	#flags := NOT "Buf".Slot[#j].ready;
	#sizes := ("Buf".Slot[#j].loaded - 1);
	#sizes[#j] := "Buf".Slot[#j].loaded + 1;
	#flags[#j] := NOT "Buf".Slot[#j].ready;
END_FUNCTION_BLOCK
`
	if got, want := cleanRuleLines(t, "st/type-mismatch", "buffer.scl", src), []int{9, 10, 11}; !slices.Equal(got, want) {
		t.Errorf("st/type-mismatch on lines %v, want %v", got, want)
	}
}
