package st

import (
	"strings"
	"testing"
)

// unitLines returns the 1-based line each unit starts on.
func unitLines(text string, units [][2]int) []int {
	var out []int
	for _, u := range units {
		out = append(out, strings.Count(text[:u[0]], "\n")+1)
	}
	return out
}

func TestUnitsSplitAtTopLevelDeclarations(t *testing.T) {
	text := `(* header of the file *)
PROGRAM MAIN
VAR fb : FB_Motor; END_VAR
fb();
END_PROGRAM

{attribute 'qualified_only'}
// the globals
VAR_GLOBAL
    gVal : INT;
END_VAR

FUNCTION_BLOCK FB_Motor
VAR_INPUT bRun : BOOL; END_VAR
METHOD Start
END_METHOD
END_FUNCTION_BLOCK
(*
PROGRAM NotAUnit
*)
TYPE E_Mode : (Off, Run); END_TYPE
CONFIGURATION Cell
    VAR_GLOBAL x : INT; END_VAR
    RESOURCE R ON PLC
    END_RESOURCE
END_CONFIGURATION
FUNCTION F : INT
F := 'PROGRAM';
END_FUNCTION
`
	p := New()
	got := unitLines(text, p.Units([]byte(text)))
	want := []int{1, 7, 13, 21, 22, 27}
	if len(got) != len(want) {
		t.Fatalf("units start on lines %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("units start on lines %v, want %v", got, want)
		}
	}
	units := p.Units([]byte(text))
	if units[len(units)-1][1] != len(text) {
		t.Errorf("the last unit ends at %d, want the end of the text %d", units[len(units)-1][1], len(text))
	}
	for i := 1; i < len(units); i++ {
		if units[i][0] != units[i-1][1] {
			t.Errorf("units %d and %d leave a gap or overlap", i-1, i)
		}
	}
}

// An opener word used as a name opens no unit: B&R's structures have members named type
// (`type : USINT;`), and its code assigns and selects such names (`type := 3;`,
// `program.state`). Split there, a structure's unit began mid-structure and the gate
// refused the structure's own lines as syntax errors.
func TestUnitsSkipOpenerWordsUsedAsNames(t *testing.T) {
	text := "TYPE\n\tNCDA_DATMO_typ : STRUCT\n\t\tname : ARRAY[0..11] OF USINT ;\n\t\ttype\t: USINT ;\n\tEND_STRUCT;\nEND_TYPE\n" +
		"PROGRAM _CYCLIC\n\ttype := 3;\n\tprogram.state := 1;\n\tfunction[2] := 0;\nEND_PROGRAM\n"
	if got := unitLines(text, New().Units([]byte(text))); len(got) != 2 || got[0] != 1 || got[1] != 7 {
		t.Errorf("units start on lines %v, want [1 7]", got)
	}
}
