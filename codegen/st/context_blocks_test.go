package st

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
)

// A derived function block's body reads its bases' variables and calls their methods:
// the prompt shows each base (nearest first) with where it is declared, without what a
// derived block cannot use (a base's VAR_TEMP, its PRIVATE methods).
func TestContextShowsInheritedMembers(t *testing.T) {
	const unitBase = `FUNCTION_BLOCK FB_UnitBase
VAR_INPUT
    bEnable : BOOL;
END_VAR
VAR
    nState : INT; // the unit's step
END_VAR
METHOD PUBLIC Reset : BOOL
VAR_INPUT
    bHard : BOOL;
END_VAR
Reset := TRUE;
END_METHOD
END_FUNCTION_BLOCK
`
	const axisBase = `FUNCTION_BLOCK FB_AxisUnit EXTENDS FB_UnitBase
VAR
    rTarget : LREAL;
END_VAR
VAR_TEMP
    nScratch : INT;
END_VAR
METHOD PROTECTED MoveTo : BOOL
VAR_INPUT
    rPos : LREAL;
    rVelo : LREAL;
END_VAR
MoveTo := TRUE;
END_METHOD
METHOD PRIVATE Recalc
nScratch := 0;
END_METHOD
PROPERTY Busy : BOOL
GET
Busy := nState <> 0;
END_GET
END_PROPERTY
END_FUNCTION_BLOCK
`
	ws := &memWorkspace{files: []codegen.WorkspaceFile{
		{Path: "lib/FB_UnitBase.st", File: parse(t, unitBase)},
		{Path: "units/FB_AxisUnit.st", File: parse(t, axisBase)},
	}}
	src := `FUNCTION_BLOCK FB_Lift EXTENDS FB_AxisUnit
VAR
    rUpper : LREAL := 120.0;
END_VAR
METHOD Cycle
IF bEnable THEN
    |
END_IF
END_METHOD
END_FUNCTION_BLOCK
`
	c := at(t, src, ws)
	var got []codegen.Block
	for _, b := range c.Blocks {
		if strings.HasPrefix(b.Text, "FUNCTION_BLOCK FB_AxisUnit") || strings.HasPrefix(b.Text, "FUNCTION_BLOCK FB_UnitBase") {
			got = append(got, b)
		}
	}
	if len(got) != 2 {
		t.Fatalf("want the two bases' blocks, nearest first; got %d in %+v", len(got), c.Blocks)
	}
	axis, unit := got[0], got[1]
	if axis.Source != "units/FB_AxisUnit.st" || unit.Source != "lib/FB_UnitBase.st" {
		t.Errorf("sources %q, %q", axis.Source, unit.Source)
	}
	for _, want := range []string{"FUNCTION_BLOCK FB_AxisUnit EXTENDS FB_UnitBase", "rTarget : LREAL;", "METHOD MoveTo(rPos : LREAL; rVelo : LREAL) : BOOL", "PROPERTY Busy : BOOL"} {
		if !strings.Contains(axis.Text, want) {
			t.Errorf("FB_AxisUnit's block lacks %q:\n%s", want, axis.Text)
		}
	}
	for _, unwanted := range []string{"nScratch", "Recalc", "VAR_TEMP"} {
		if strings.Contains(axis.Text, unwanted) {
			t.Errorf("FB_AxisUnit's block shows %q, which FB_Lift cannot use:\n%s", unwanted, axis.Text)
		}
	}
	for _, want := range []string{"bEnable : BOOL;", "nState : INT; // the unit's step", "METHOD Reset(bHard : BOOL) : BOOL"} {
		if !strings.Contains(unit.Text, want) {
			t.Errorf("FB_UnitBase's block lacks %q:\n%s", want, unit.Text)
		}
	}
	// The block's own declarations still come first.
	if len(c.Blocks) == 0 || c.Blocks[0].Source != "declarations in scope" || !strings.Contains(c.Blocks[0].Text, "rUpper") {
		t.Errorf("first block: %+v", c.Blocks)
	}

	// No EXTENDS, or a base nothing declares: no inherited block.
	for _, src := range []string{
		"FUNCTION_BLOCK FB_Plain\nVAR\n    b : BOOL;\nEND_VAR\nb := TRUE;\n|\nEND_FUNCTION_BLOCK\n",
		"FUNCTION_BLOCK FB_Lost EXTENDS FB_Nowhere\nVAR\n    b : BOOL;\nEND_VAR\nb := TRUE;\n|\nEND_FUNCTION_BLOCK\n",
	} {
		for _, b := range at(t, src, ws).Blocks {
			if strings.HasPrefix(b.Text, "FUNCTION_BLOCK FB_AxisUnit") || strings.HasPrefix(b.Text, "FUNCTION_BLOCK FB_UnitBase") {
				t.Errorf("unrelated base shown for %q: %+v", src, b)
			}
		}
	}
}

// The global variables a POU uses come into the prompt as their list declares them
// (address, type, comment), one block per declaring file: whether a signal is an input or
// an output is what a PLC body is written from. Globals the POU does not use, its own
// variables and a local hiding a global's name stay out.
func TestContextShowsGlobalsInUse(t *testing.T) {
	const io = `{attribute 'qualified_only'}
VAR_GLOBAL
    bStartButton AT %IX0.0 : BOOL; // green push button
    bConveyor AT %QX0.0 : BOOL; // conveyor contactor K1
    bHorn AT %QX0.1 : BOOL;
END_VAR
`
	const params = `VAR_GLOBAL CONSTANT
    MAX_PARTS : DINT := 500;
END_VAR
VAR_GLOBAL
    nShift : INT;
    stMachine : ST_Machine; // the cell's state
END_VAR
`
	ws := &memWorkspace{files: []codegen.WorkspaceFile{
		{Path: "GVLs/GVL_IO.st", File: parse(t, io)},
		{Path: "GVLs/GVL_Param.st", File: parse(t, params)},
	}}
	src := `PROGRAM Main
VAR
    nParts : DINT;
    nShift : INT; // hides the global
END_VAR
IF GVL_IO.bStartButton AND nParts < MAX_PARTS THEN
    GVL_IO.bConveyor := TRUE;
    nShift := 1;
    stMachine.bBusy := TRUE;
    |
END_IF
END_PROGRAM
`
	c := at(t, src, ws)
	byFile := map[string]string{}
	for _, b := range c.Blocks {
		if strings.HasPrefix(b.Text, "VAR_GLOBAL") {
			byFile[b.Source] += b.Text + "\n"
		}
	}
	ioBlock, paramBlock := byFile["GVLs/GVL_IO.st"], byFile["GVLs/GVL_Param.st"]
	for _, want := range []string{"VAR_GLOBAL // used as GVL_IO.name", "bStartButton AT %IX0.0 : BOOL; // green push button", "bConveyor AT %QX0.0 : BOOL; // conveyor contactor K1"} {
		if !strings.Contains(ioBlock, want) {
			t.Errorf("GVL_IO's block lacks %q:\n%s\n(blocks %+v)", want, ioBlock, c.Blocks)
		}
	}
	if strings.Contains(ioBlock, "bHorn") {
		t.Errorf("an unused global is shown:\n%s", ioBlock)
	}
	// A global structure written through a dot is a global in use too, in a block of its
	// own beside the constants.
	if !strings.Contains(paramBlock, "VAR_GLOBAL CONSTANT\n    MAX_PARTS : DINT := 500;\nEND_VAR\n") ||
		!strings.Contains(paramBlock, "VAR_GLOBAL\n    stMachine : ST_Machine; // the cell's state\nEND_VAR\n") || strings.Contains(paramBlock, "nShift") {
		t.Errorf("GVL_Param's blocks:\n%s", paramBlock)
	}
}

// A function block of 150 variables: its declarations do not fit the prompt's header, and
// the prompt keeps their first lines (they used to be left out whole, so the model saw
// none of the block's variables once the body had scrolled them out of the prefix).
func TestLargeDeclarationsKeepTheirFirstLines(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("FUNCTION_BLOCK FB_Cell\nVAR_INPUT\n")
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&sb, "    bSensor%d : BOOL; // light barrier %d at station %d\n", i, i, i/4)
	}
	sb.WriteString("END_VAR\nVAR\n")
	for i := 0; i < 50; i++ {
		fmt.Fprintf(&sb, "    fbDebounce%d : TON; // debounce of barrier %d\n", i, i)
	}
	sb.WriteString("END_VAR\nIF bSensor1 THEN\n    |\nEND_IF\nEND_FUNCTION_BLOCK\n")
	src := sb.String()
	c := at(t, src, nil)
	p := codegen.BuildPrompt([]byte(strings.Replace(src, "|", "", 1)), strings.IndexByte(src, '|'), "//", c, 2048)
	if !strings.Contains(p.Header, "// Context: declarations in scope\n// FUNCTION_BLOCK FB_Cell\n// VAR_INPUT\n//     bSensor0 : BOOL; // light barrier 0 at station 0\n") {
		t.Errorf("the declarations' first lines are not in the prompt:\n%s", p.Header)
	}
}

// In a function block of 150 variables the declarations the code around the cursor uses
// come first, in a block of their own: the shortened full list stops long before
// fbDebounce42 and bSensor97. A POU of a few variables gets no such block (its whole list
// fits).
func TestDeclarationsUsedNearTheCursorComeFirst(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("FUNCTION_BLOCK FB_Cell\nVAR_INPUT\n")
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&sb, "    bSensor%d : BOOL; // light barrier %d\n", i, i)
	}
	sb.WriteString("END_VAR\nVAR\n")
	for i := 0; i < 50; i++ {
		fmt.Fprintf(&sb, "    fbDebounce%d : TON;\n", i)
	}
	sb.WriteString("END_VAR\nfbDebounce42(IN := bSensor97, PT := T#1S);\nIF fbDebounce42.Q THEN\n    |\nEND_IF\nEND_FUNCTION_BLOCK\n")
	src := sb.String()
	c := at(t, src, nil)
	p := codegen.BuildPrompt([]byte(strings.Replace(src, "|", "", 1)), strings.IndexByte(src, '|'), "//", c, 2048)
	want := "// Context: declarations the code around the cursor uses\n// VAR_INPUT // FUNCTION_BLOCK FB_Cell\n//     bSensor97 : BOOL; // light barrier 97\n// END_VAR\n// VAR // FUNCTION_BLOCK FB_Cell\n//     fbDebounce42 : TON;\n// END_VAR\n"
	if !strings.Contains(p.Header, want) {
		t.Errorf("prompt header lacks\n%s\nin\n%s", want, p.Header)
	}
	for _, b := range at(t, body("IF bStart THEN\n    |\nEND_IF;"), nil).Blocks {
		if b.Source == "declarations the code around the cursor uses" {
			t.Errorf("a small POU got the block: %+v", b)
		}
	}
}
