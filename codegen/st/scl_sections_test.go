package st

import (
	"context"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen/syntax"
)

// TIA Portal's data-block-specific parameters of a block stand in `VAR DB_SPECIFIC` or in
// a `VAR_DB_SPECIFIC` section: either declares its variables (a misspelt one is still
// undeclared).
func TestVarDBSpecificSectionsSCL(t *testing.T) {
	src := `FUNCTION_BLOCK "FB_Axis"
VERSION : 0.1
   VAR DB_SPECIFIC
      homePos : Int;
   END_VAR
   VAR_DB_SPECIFIC
      maxSpeed : Int;
   END_VAR
   VAR
      target : Int;
   END_VAR
BEGIN
	#target := #homePos + #maxSpeed;
	#target := #maxSped;
END_FUNCTION_BLOCK
`
	f, err := syntax.Parse(context.Background(), language, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if n := syntax.Count(f.Root()); n > 0 {
		t.Errorf("%d syntax errors", n)
	}
	var got []string
	for _, fd := range checker(t, New(), nil)("axis.scl", f) {
		if fd.Rule == "st/undeclared-identifier" {
			got = append(got, src[fd.Start:fd.End])
		}
	}
	if want := "maxSped"; strings.Join(got, " ") != want {
		t.Errorf("undeclared %q, want %q", strings.Join(got, " "), want)
	}
}
