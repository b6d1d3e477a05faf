package codegen

import (
	"reflect"
	"testing"
)

// A candidate is cut at line ends, and on its first line after the pack's statement
// terminator only: in G-code (no terminator) ";" starts a comment, not a statement end.
func TestCutPointsFollowThePacksTerminator(t *testing.T) {
	if got := cutPoints("x := 1; y := (", ';'); !reflect.DeepEqual(got, []int{7}) {
		t.Errorf("ST: %v", got)
	}
	if got := cutPoints("G1 X10 ; to the clamp\nG1 Y[", 0); !reflect.DeepEqual(got, []int{22}) {
		t.Errorf("G-code: %v", got)
	}
}
