package packs_test

import (
	"strings"
	"testing"
)

// The seeding leaves alone the lines of a STEP 7 STL source's networks (`NETWORK` /
// `TITLE =` / statement-list lines up to the block's END_ word), which Gantry does not
// read: a fault seeded there is no miss. The interface, an SCL block of the same file and a
// TIA Portal V21 network's statements stay seedable.
func TestSeededFaultsLeaveSTLNetworks(t *testing.T) {
	src := `FUNCTION "FC_Stl" : VOID
VAR_INPUT
  a : INT ;
END_VAR
BEGIN
NETWORK
TITLE =first
      L     #a;
      T     MW 10;
NETWORK
TITLE =
      SET   ;
END_FUNCTION
FUNCTION "FC_Doc" : Void
    { S7_Language := "SCL" }
    NETWORK
        Title := 1;
    END_NETWORK
END_FUNCTION`
	ls := strings.Split(src, "\n")
	got := stCommentedLines(ls)
	var in []string
	for i, l := range ls {
		if got[i] {
			in = append(in, strings.TrimSpace(l))
		}
	}
	want := []string{"NETWORK", "TITLE =first", "L     #a;", "T     MW 10;", "NETWORK", "TITLE =", "SET   ;"}
	if strings.Join(in, "|") != strings.Join(want, "|") {
		t.Errorf("lines left alone %q, want %q", in, want)
	}
}
