package st

import (
	"slices"
	"strings"
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

// `REF(#x)` gives the reference of a variable, which is never NULL: a REF_TO set so before
// its dereference is no finding, while one set from another reference still is. The
// message names what SCL and SIMATIC AX check a reference with (NULL), not CODESYS's
// __ISVALIDREF.
func TestNullDerefRefOfVariableSCL(t *testing.T) {
	src := `FUNCTION_BLOCK "FB_Point"
{ S7_Optimized_Access := 'TRUE' }
VERSION : 0.1
   VAR_INPUT
      inRef : REF_TO Int;
   END_VAR
   VAR
      data : Int;
      pData : REF_TO Int;
      pCopy : REF_TO Int;
   END_VAR
BEGIN
	#pData := REF(#data);
	#pData^ := 5;
	#pCopy := #inRef;
	#pCopy^ := 6;
END_FUNCTION_BLOCK
`
	if got, want := cleanRuleLines(t, "st/null-deref", "point.scl", src), []int{16}; !slices.Equal(got, want) {
		t.Errorf("st/null-deref on lines %v, want %v", got, want)
	}
	f := parse(t, src)
	for _, fd := range checker(t, New(), nil)("point.scl", f) {
		if fd.Rule == "st/null-deref" && !strings.Contains(fd.Message, "compare it with NULL") {
			t.Errorf("SCL message %q does not name NULL", fd.Message)
		}
	}
}
