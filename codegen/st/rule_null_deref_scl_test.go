package st

import (
	"context"
	"slices"
	"testing"

	"github.com/gantry-dev/gantry/codegen/syntax"
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
	got := nullDerefFindings(t, "copy.scl", src)
	want := []int{17, 18}
	if !slices.Equal(got, want) {
		t.Errorf("st/null-deref on lines %v, want %v", got, want)
	}
}

// nullDerefFindings returns the lines (1-based) of st/null-deref findings in src.
func nullDerefFindings(t *testing.T, path, src string) []int {
	t.Helper()
	f, err := syntax.Parse(context.Background(), language, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	for _, fd := range checker(t, New(), nil)(path, f) {
		if fd.Rule == "st/null-deref" {
			lines = append(lines, f.Lines.Position(fd.Start).Line+1)
		}
	}
	return lines
}
