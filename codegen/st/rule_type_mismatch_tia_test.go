package st

import (
	"context"
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
