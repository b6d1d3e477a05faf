package st

import (
	"context"
	"slices"
	"testing"

	"github.com/gantry-dev/gantry/codegen/syntax"
)

// SCL calls a function of the project by its quoted name: an output bound with := there is
// reported as it is for an instance's call; => on it and := on its inputs are not.
func TestArgumentDirectionQuotedFunctionSCL(t *testing.T) {
	src := `FUNCTION "FC_Decode" : Int
{ S7_Optimized_Access := 'TRUE' }
VERSION : 0.1
   VAR_INPUT
      Key : String;
   END_VAR
   VAR_OUTPUT
      Value : String;
   END_VAR
BEGIN
	#Value := #Key;
	#FC_Decode := 0;
END_FUNCTION

FUNCTION_BLOCK "FB_Reader"
{ S7_Optimized_Access := 'TRUE' }
VERSION : 0.1
   VAR
      text : String;
      status : Int;
   END_VAR
BEGIN
	#status := "FC_Decode"(Key := 'ID:', Value := #text);
	#status := "FC_Decode"(Key := 'ID:', Value => #text);
END_FUNCTION_BLOCK
`
	f, err := syntax.Parse(context.Background(), language, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	for _, fd := range checker(t, New(), nil)("reader.scl", f) {
		if fd.Rule == "st/argument-direction" {
			lines = append(lines, f.Lines.Position(fd.Start).Line+1)
		}
	}
	if want := []int{23}; !slices.Equal(lines, want) {
		t.Errorf("st/argument-direction on lines %v, want %v", lines, want)
	}
}
