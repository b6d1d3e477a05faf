package st

import (
	"slices"
	"testing"
)

// An IEC REF_TO, as TIA Portal SCL declares references, is dereferenced only by `^`:
// copying an input reference into a temporary or comparing it with NULL reads nothing
// through it, and is not reported. Dereferencing one, `#inRef^`, with no check around it
// is (the same finding as a POINTER's `p^`); a dereference inside `IF #ref <> NULL` is not.
func TestNullDerefRefToSCL(t *testing.T) {
	src := `FUNCTION_BLOCK "FB_Copy"
{ S7_Optimized_Access := 'TRUE' }
VERSION : 0.1
   VAR_INPUT
      inRef : REF_TO Int;
      inOther : REF_TO Int;
   END_VAR
   VAR_TEMP
      tmpRef : REF_TO Int;
      value : Int;
   END_VAR
BEGIN
	#tmpRef := #inRef;
	IF #inOther <> NULL THEN
	    #value := #inOther^;
	END_IF;
	#value := #inRef^;
	#value := #tmpRef^;
END_FUNCTION_BLOCK
`
	got := ruleLines(t, "st/null-deref", "copy.scl", src)
	want := []int{17, 18}
	if !slices.Equal(got, want) {
		t.Errorf("st/null-deref on lines %v, want %v", got, want)
	}
}
