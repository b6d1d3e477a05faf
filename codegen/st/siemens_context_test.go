package st

import (
	"context"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
)

// sclContextAt gives the context at the '|' of an SCL source, with the bottling project as
// the workspace.
func sclContextAt(t *testing.T, src string) codegen.Context {
	t.Helper()
	off := strings.IndexByte(src, '|')
	f := parse(t, src[:off]+src[off+1:])
	return New().Context(context.Background(), codegen.ContextRequest{Path: "FB_Test.scl", File: f, Offset: off,
		Config: config.Default(), Workspace: bottlingWorkspace(t)})
}

const sclCtxSrc = `FUNCTION_BLOCK "FB_Test"
{ S7_Optimized_Access := 'TRUE' }
VERSION : 0.1
   VAR_INPUT 
      start : Bool;
   END_VAR
   VAR 
      instTimer {InstructionName := 'TON_TIME'; LibVersion := '1.0'} : TON_TIME;
      instMotor : "FB_Motor";
      statBuffer : Array[0..63] of Byte;
   END_VAR
   VAR_TEMP 
      tempPos : DInt;
      tempRet : Int;
   END_VAR

BEGIN
	REGION Check IF the line runs
	    IF "DB_Line".mode = 2 THEN
	        #tempPos := 0;
	        #tempRet := Serialize(SRC_VARIABLE := "DB_Line".activeRecipe, DEST_ARRAY := #statBuffer, POS := #tempPos);
	    END_IF;
	    @CURSOR@
END_FUNCTION_BLOCK
`

// Prompts for SCL carry the block's names with #, the data blocks it uses with their
// members, and the signatures of the system instructions it calls.
func TestSCLPromptBlocks(t *testing.T) {
	c := sclContextAt(t, strings.Replace(sclCtxSrc, "@CURSOR@", "|", 1))
	var all strings.Builder
	for _, b := range c.Blocks {
		all.WriteString("[" + b.Source + "]\n" + b.Text + "\n")
	}
	for _, want := range []string{
		"#start, #instTimer, #instMotor, #statBuffer, #tempPos, #tempRet",
		`DATA_BLOCK "DB_Line" // use as "DB_Line".member`,
		"emergencyStop : Bool;",
		"[TIA Portal system instruction]\nFUNCTION Serialize : Int",
		"DEST_ARRAY : Array[*] of Byte;",
		"FUNCTION_BLOCK TON_TIME",
		"FUNCTION_BLOCK FB_Motor",
		"Siemens SCL",
	} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("prompt blocks lack %q:\n%s", want, all.String())
		}
	}
}

// The embedded backend's hints in SCL: the open REGION closes with END_REGION (its free
// text does not open an IF), `#inst(` gets every formal, skeletons name locals with #.
func TestSCLHints(t *testing.T) {
	c := sclContextAt(t, strings.Replace(sclCtxSrc, "@CURSOR@", "|", 1))
	joined := strings.Join(c.Hints, "\n----\n")
	if len(c.Hints) == 0 || strings.TrimSpace(c.Hints[0]) != "END_REGION" {
		t.Errorf("the first hint should close the REGION (and nothing else):\n%s", joined)
	}
	if !strings.Contains(joined, "#instTimer(IN := #start, PT := T#1S);") {
		t.Errorf("no timer skeleton with # names:\n%s", joined)
	}
	c = sclContextAt(t, strings.Replace(sclCtxSrc, "@CURSOR@", "#instMotor(|", 1))
	joined = strings.Join(c.Hints, "\n----\n")
	for _, want := range []string{"enable := ", "feedback := ", "overload := ", "motor := ", "contactor => ", "speedOut => ", ");"} {
		if !strings.Contains(joined, want) {
			t.Errorf("#instMotor( hint lacks %q:\n%s", want, joined)
		}
	}
}
