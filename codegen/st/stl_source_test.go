package st

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen/syntax"
)

// A STEP 7 STL (AWL) source writes a block's body as networks: NETWORK alone on its line,
// `TITLE =` and the title, then statement-list instructions ("Programming with STEP 7",
// Creating STL Source Files). Such sources are sometimes kept as `.st` or `.scl`. Each
// network is one token the rules do not read: no syntax error, and the block's variables
// may be used and its result set there (no unused-variable, no function-result-unset);
// the interface is read, and an SCL block of the same file is judged as before. A TIA
// Portal V21 `NETWORK`, closed by END_NETWORK, and a variable named Network stay ST.
func TestSTLSourceNetworks(t *testing.T) {
	for _, tc := range []struct {
		name, path, src string
		want            []string
	}{
		{"stl function kept as .st", "lib/FC_Window.st", `FUNCTION "FC_Window" : INT
TITLE =Value inside a window
AUTHOR : Gantry
VERSION : 1.0

VAR_INPUT
  Low : INT ;
  High : INT ;
  In : INT ;
END_VAR
VAR_TEMP
  Scratch : INT ;
END_VAR
BEGIN
NETWORK
TITLE =Below the window

      L     #In;
      L     #Low;
      <I    ;
      JC    LOW;
      T     #Scratch;
NETWORK
TITLE =
//result
      L     #Scratch;
      T     #RET_VAL;
      BEU   ;
LOW:  L     #Low;
      T     #RET_VAL;
END_FUNCTION
`, nil},
		{"stl block beside an scl block", "src/Blocks.scl", `FUNCTION_BLOCK "FB_Pulse"
VAR_INPUT
  Start : BOOL ;
END_VAR
VAR
  Edge : BOOL ;
END_VAR
BEGIN
NETWORK
TITLE =Rising edge
      A     #Start;
      FP    #Edge;
      =     Q      4.0;
END_FUNCTION_BLOCK

FUNCTION "FC_Half" : REAL
VAR_INPUT
  x : REAL;
END_VAR
VAR_TEMP
  spare : INT;
END_VAR
BEGIN
  FC_Half := x / 2.0 + offst;
END_FUNCTION
`, []string{"st/undeclared-identifier offst", "st/unused-variable spare"}},
		{"v21 networks opening with a word", "src/FC_Gate.s7dcl", `FUNCTION "FC_Gate" : Void
    VAR_INPUT
        open : Bool;
    END_VAR
    VAR_TEMP
        Title : Int;
    END_VAR

    { S7_Language := "SCL" }
    NETWORK
        ENO := #open;
    END_NETWORK

    { S7_Language := "SCL" }
    NETWORK
        Title := 1;
    END_NETWORK
END_FUNCTION
`, nil},
		{"network word of st", "src/Net.st", `FUNCTION_BLOCK FB_Net
VAR
  Network : INT;
  Title : INT;
END_VAR
Network := 1;
Title := Network;
END_FUNCTION_BLOCK
`, nil},
	} {
		f, err := syntax.Parse(context.Background(), language, []byte(tc.src))
		if err != nil {
			t.Fatal(err)
		}
		if n := syntax.Count(f.Root()); n > 0 {
			t.Errorf("%s: %d syntax errors", tc.name, n)
		}
		var got []string
		for _, fd := range checker(t, New(), nil)(tc.path, f) {
			got = append(got, fd.Rule+" "+tc.src[fd.Start:fd.End])
		}
		sort.Strings(got)
		if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%s: findings %q, want %q", tc.name, got, tc.want)
		}
	}
}
