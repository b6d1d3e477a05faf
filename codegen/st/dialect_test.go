package st

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
)

func TestDialect(t *testing.T) {
	cfg := config.Default()
	for _, c := range []struct {
		path, text, setting string
		want                Dialect
	}{
		{"a.scl", "FUNCTION_BLOCK X\nEND_FUNCTION_BLOCK", "", DialectSCL},
		{"a.st", "FUNCTION_BLOCK X\nEND_FUNCTION_BLOCK", "", DialectCODESYS},
		{"a.st", "ORGANIZATION_BLOCK \"Main\"\nBEGIN\nEND_ORGANIZATION_BLOCK", "", DialectSCL},
		{"a.st", "FUNCTION_BLOCK \"Valve\"\nVAR_INPUT x : Bool; END_VAR\nBEGIN\n#x := TRUE;\nEND_FUNCTION_BLOCK", "", DialectSCL},
		{"a.st", "FUNCTION F : INT\n  F := 1;\nEND_FUNCTION", "scl", DialectSCL},
		{"a.scl", "x := 1;", "codesys", DialectCODESYS},
		{"a.TcPOU", "BEGIN", "", DialectCODESYS},
		// each marker alone, in any case and indentation; time and radix literals are not
		{"a.st", "FUNCTION F : INT\n\tbegin\nEND_FUNCTION", "", DialectSCL},
		{"a.st", "  Data_Block \"DB1\"\nEND_DATA_BLOCK", "", DialectSCL},
		{"a.st", "{ s7_optimized_access := 'TRUE' }\nFUNCTION F : INT\nEND_FUNCTION", "", DialectSCL},
		{"a.st", "x := #y;", "", DialectSCL},
		{"a.st", "F(#a, 2);", "", DialectSCL},
		{"a.st", "t := T#1S; n := 16#FF; F(T#2S);", "", DialectCODESYS},
		{"a.st", "// BEGIN\n(* #x *)\nbBegin := TRUE;", "", DialectCODESYS},
		// SIMATIC AX: a namespace or a using directive; a variable named so is not one
		{"a.st", "USING Simatic.Ax.Conversion;\nFUNCTION F : INT\nEND_FUNCTION", "", DialectAX},
		{"a.st", "  namespace Plant.Guards\n  END_NAMESPACE", "", DialectAX},
		{"a.st", "Using := TRUE;\nNamespace(1);", "", DialectCODESYS},
		{"a.st", "(*\n  Using the block: call it every cycle;\n  Namespace handling is done by the caller\n*)\nFUNCTION_BLOCK FB\nEND_FUNCTION_BLOCK", "", DialectCODESYS},
		{"a.st", "NAMESPACE Plant // the plant\nEND_NAMESPACE", "", DialectAX},
		{"a.st", "FUNCTION F : INT\nEND_FUNCTION", "ax", DialectAX},
		{"a.st", "NAMESPACE N\nFUNCTION_BLOCK FB\nBEGIN\n#x := 1;\nEND_FUNCTION_BLOCK\nEND_NAMESPACE", "", DialectSCL},
		// a # in the comment that ends a line is prose, no #local; one in code still marks SCL
		{"a.st", "USING System.Strings;\nNAMESPACE N\nIF (w.%X15 = TRUE) THEN // set (#w is 16#8000 to 16#FFFF)\nEND_IF;\nEND_NAMESPACE", "", DialectAX},
		{"a.st", "USING System.Strings;\nNAMESPACE N\nx := 1; (* was := #x *)\nEND_NAMESPACE", "", DialectAX},
		{"a.st", "x := 1; // later F(#a)\ny := 2;", "", DialectCODESYS},
		{"a.st", "s := '// no comment'; F(#a);", "", DialectSCL},
		{"a.st", "y := 1; x := #y; // (#x)", "", DialectSCL},
		// nor is one in code commented out over several lines, nested or C-style
		{"a.st", "USING Plant;\nNAMESPACE N\n(*\nIF #ok THEN\n    #state := #NEXT;\nEND_IF;\n*)\nEND_NAMESPACE", "", DialectAX},
		{"a.st", "x := 1; (* off (* inner *)\n#x := 2;\n*) y := 2;", "", DialectCODESYS},
		{"a.st", "/*\nBEGIN\n#x := 2;\n*/\nx := 1;", "", DialectCODESYS},
		{"a.st", "(* note *)\n#x := 2;", "", DialectSCL},
		{"a.st", "s := '(*'; x := #y;", "", DialectSCL},
		{"a.st", "x := 1; (* c *)\n  BEGIN", "", DialectSCL},
	} {
		SettingsOf(cfg).Dialect = c.setting
		if got := dialectOf(c.path, cfg, []byte(c.text)); got != c.want {
			t.Errorf("%s %q (%s): %s, want %s", c.path, c.text, c.setting, got, c.want)
		}
	}
}

// The dialect reaches the prompt context, and rules follow it: a call of an unknown
// block is an error in CODESYS but not in SCL (Siemens' system library is not listed).
func TestDialectInContextAndRules(t *testing.T) {
	src := "FUNCTION_BLOCK FB_A\nVAR x : INT; END_VAR\nBEGIN\n#x := 1;\n\n"
	f := parse(t, src+"END_FUNCTION_BLOCK\n")
	c := New().Context(context.Background(), codegen.ContextRequest{Path: "a.st", File: f, Offset: len(src) - 1, Config: config.Default()})
	found := false
	for _, b := range c.Blocks {
		if b.Source == "dialect" && strings.Contains(b.Text, "Siemens SCL") {
			found = true
		}
	}
	if !found {
		t.Errorf("no SCL dialect block in %+v", c.Blocks)
	}
	call := "FUNCTION_BLOCK FB_B\nVAR x : INT; END_VAR\nGET_SYS_INFO(x);\nEND_FUNCTION_BLOCK\n"
	pk := New()
	for path, want := range map[string]int{"b.st": 1, "b.scl": 0} {
		n := 0
		for _, fd := range pk.Check(context.Background(), codegen.CheckRequest{Path: path, File: parse(t, call), Config: config.Default()}).Findings {
			if fd.Rule == "st/undeclared-identifier" {
				n++
			}
		}
		if n != want {
			t.Errorf("%s: %d undeclared findings, want %d", path, n, want)
		}
	}
}

// A string's character is a CHAR in SCL and SIMATIC AX, its code (a BYTE) in CODESYS and
// TwinCAT: the same assignment is clean in one and a type mismatch in the other.
func TestStringCharacterTypeFollowsDialect(t *testing.T) {
	body := `FUNCTION_BLOCK FB_Copy
VAR_INPUT
    s : STRING;
END_VAR
VAR
    c : CHAR;
    b : BYTE;
END_VAR
c := s[1];
b := s[2];
END_FUNCTION_BLOCK
`
	for _, c := range []struct {
		name, src    string
		mismatchLine int // the line the one type mismatch is on
	}{
		{"a.st", body, 9},
		{"a.st", "USING Simatic.Ax.Conversion;\n" + body, 11},
		{"a.scl", body, 10},
	} {
		var lines []int
		f := parse(t, c.src)
		for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: c.name, File: f, Config: config.Default()}).Findings {
			if fd.Rule == "st/type-mismatch" {
				lines = append(lines, f.Lines.Position(fd.Start).Line+1)
			}
		}
		if len(lines) != 1 || lines[0] != c.mismatchLine {
			t.Errorf("%s (%.20q…): type mismatches on lines %v, want line %d", c.name, c.src, lines, c.mismatchLine)
		}
	}
}

// Classic SCL's CONST … END_CONST declares constants without a type: they are known
// names, and writing one is a write to a constant.
func TestSCLConstSection(t *testing.T) {
	src := `FUNCTION_BLOCK FB_Clamp
VAR_INPUT
    rIn : REAL;
END_VAR
VAR_OUTPUT
    rOut : REAL;
END_VAR
CONST
    rHigh := 100.0;
END_CONST
BEGIN
    rOut := MIN(rIn, rHigh);
    rHigh := rIn;
END_FUNCTION_BLOCK
`
	f := parse(t, src)
	got := map[string]int{}
	for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: "a.scl", File: f, Config: config.Default()}).Findings {
		got[fd.Rule] = f.Lines.Position(fd.Start).Line + 1
	}
	if got["st/syntax"] != 0 || got["st/undeclared-identifier"] != 0 || got["st/write-to-constant"] != 13 {
		t.Errorf("findings by rule and line: %v, want only st/write-to-constant on line 13", got)
	}
}

// A plain-text function block may hold its methods and properties after its body: they
// are the block's members and read its variables.
func TestMembersAfterTheBody(t *testing.T) {
	src := `FUNCTION_BLOCK FB_Axis
VAR
    bBusy : BOOL;
END_VAR
bBusy := FALSE;

METHOD PUBLIC Start : BOOL
bBusy := TRUE;
Start := nSpeed > 0;
END_METHOD

PROPERTY PUBLIC Busy : BOOL
GET
    Busy := bBusy;
END_GET
END_PROPERTY
END_FUNCTION_BLOCK

PROGRAM MAIN
VAR
    fbAxis : FB_Axis;
    bOk : BOOL;
END_VAR
bOk := fbAxis.Start() AND fbAxis.Busy;
END_PROGRAM
`
	f := parse(t, src)
	var got []string
	for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: "a.st", File: f, Config: config.Default()}).Findings {
		if fd.Severity == rules.Error {
			got = append(got, fmt.Sprintf("%d %s", f.Lines.Position(fd.Start).Line+1, fd.Rule))
		}
	}
	// the method and the property read the block's bBusy; nSpeed is nobody's
	want := []string{"9 st/undeclared-identifier"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("errors %v, want %v", got, want)
	}
}

// Classic SCL (STEP 7 V5) writes absolute operands without TIA Portal's `%`, declares its
// jump labels and has an OK flag, and TIA's tag tables declare user constants no source
// holds: in SCL they are no undeclared names, a misspelt variable still is, and in CODESYS
// the same names are undeclared.
func TestClassicSCLOperandsAndLabels(t *testing.T) {
	src := `FUNCTION_BLOCK FB10
VAR_INPUT
    Start : BOOL;
END_VAR
VAR
    Count : INT;
END_VAR
LABEL
    Ende;
END_LABEL
BEGIN
    IF NOT Start THEN
        GOTO Ende;
    END_IF;
    MW10 := INT_TO_WORD(Count);
    DB10.DW4 := MW10;
    Q4.0 := I0.0 AND NOT E1.1;
    PQW256 := IW64;
    PQW[Count + 2] := PIW[Count];
    MX[Count, 3] := NOT EB[1] = 0;
    Motor_On := Count > 0 AND Anlage_Ein; // symbols of the symbol table, unquoted
    OK := Count > 0;
    Cout := Count + 1;
    Count := KIND_PUMP; // a user constant of a PLC tag table, in SCL
Ende:
    ;
END_FUNCTION_BLOCK
`
	for dialect, want := range map[string]string{
		"scl":     "Cout",
		"codesys": "MW10 DB10 MW10 Q4 I0 E1 PQW256 IW64 PQW PIW MX EB Motor_On Anlage_Ein OK Cout KIND_PUMP",
	} {
		path := "fb10." + dialect
		cfg := config.Default()
		SettingsOf(cfg).Dialect = dialect
		f := parse(t, src)
		var got []string
		for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: path, File: f, Config: cfg}).Findings {
			switch fd.Rule {
			case "st/syntax":
				t.Errorf("%s: %s", path, fd.Message)
			case "st/undeclared-identifier":
				got = append(got, string(f.Bytes()[fd.Start:fd.End]))
			}
		}
		if strings.Join(got, " ") != want {
			t.Errorf("%s: undeclared %q, want %q", path, strings.Join(got, " "), want)
		}
	}
}

// A classic STEP 7 source names its blocks by their symbols too: `VERSION : '1.0'`, a
// string as STEP 7 V5 writes it (TIA Portal writes `VERSION : 0.1`), or a numbered block
// anywhere in the source (`ORGANIZATION_BLOCK OB1` after `FUNCTION_BLOCK Conveyor`) makes
// every block of the file one that reads the symbol table's symbols unquoted; a typo of a
// name in scope stays an error. A TIA source without either keeps reporting. NIL, classic
// SCL's null pointer, is no name.
func TestClassicSCLSymbolicBlocks(t *testing.T) {
	versioned := `FUNCTION_BLOCK Hopper
TITLE = 'Hopper gate'
VERSION : '2.3'
KNOW_HOW_PROTECT
AUTHOR : 'plant'
VAR_INPUT
    Level : INT;
END_VAR
VAR
    Gate : BOOL;
END_VAR
BEGIN
    Gate := Level > 40 AND Hopper_Enable;
    Gat := FALSE;
    Packet(Data := NIL);
END_FUNCTION_BLOCK
`
	withOB := `FUNCTION_BLOCK Conveyor
VAR
    Run : BOOL;
END_VAR
BEGIN
    Run := Belt_Start AND NOT Belt_Stop;
END_FUNCTION_BLOCK

ORGANIZATION_BLOCK OB1
VAR_TEMP
    Info : ARRAY[0..19] OF BYTE;
END_VAR
BEGIN
    ;
END_ORGANIZATION_BLOCK
`
	tia := `FUNCTION_BLOCK "Hopper"
{ S7_Optimized_Access := 'TRUE' }
VERSION : 0.1
VAR
    Gate : Bool;
END_VAR
BEGIN
    #Gate := Hopper_Enable;
END_FUNCTION_BLOCK
`
	// Block constants (CONST … END_CONST) are classic SCL's alone: TIA Portal writes VAR
	// CONSTANT. A source declaring them reads the symbol table unquoted as well.
	withConst := `FUNCTION_BLOCK Mixer
CONST
    MAX_SPEED := 1500;
END_CONST
VAR
    Speed : INT;
END_VAR
BEGIN
    IF Mixer_Release THEN Speed := MAX_SPEED; END_IF;
    Sped := 0;
END_FUNCTION_BLOCK
`
	for name, c := range map[string]struct{ src, want string }{
		"versioned.scl": {versioned, "Gat"},
		"withob.scl":    {withOB, ""},
		"withconst.scl": {withConst, "Sped"},
		"tia.scl":       {tia, "Hopper_Enable"},
	} {
		f := parse(t, c.src)
		var got []string
		for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: name, File: f, Config: config.Default()}).Findings {
			switch fd.Rule {
			case "st/syntax":
				t.Errorf("%s: %s", name, fd.Message)
			case "st/undeclared-identifier":
				got = append(got, string(f.Bytes()[fd.Start:fd.End]))
			}
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%s: undeclared %q, want %q", name, strings.Join(got, " "), c.want)
		}
	}
}

// SCL's quoted locals (`#"temp val"`, names with spaces as TIA Portal allows them) are the
// variables they name: a function's result set through its quoted name is set, a quoted
// temporary used is used, and one read before any write is still reported.
func TestSCLQuotedLocals(t *testing.T) {
	src := `FUNCTION "Calc Speed" : Real
VAR_INPUT
    "Raw Value" : Int;
END_VAR
VAR_TEMP
    "temp val" : Real;
    "not set" : Real;
    "never used" : Real;
END_VAR
BEGIN
    #"temp val" := INT_TO_REAL(#"Raw Value") + #"not set";
    #"Calc Speed" := #"temp val";
END_FUNCTION
`
	f := parse(t, src)
	var got []string
	for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: "calc.scl", File: f, Config: config.Default()}).Findings {
		got = append(got, fmt.Sprintf("%d %s", f.Lines.Position(fd.Start).Line+1, fd.Rule))
	}
	want := []string{"8 st/unused-variable", "11 st/temp-read-before-write"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("findings %v, want %v", got, want)
	}
}

// A block instance named with a quoted local is the instance to the rules too: a
// temporary given to its input is read there, before anything wrote it, and the outputs of
// an instance called so are never read.
func TestSCLQuotedInstanceCall(t *testing.T) {
	src := `FUNCTION_BLOCK "Line"
VAR
    "Start Delay" : TON_TIME;
END_VAR
VAR_TEMP
    "run now" : Bool;
END_VAR
BEGIN
    #"Start Delay"(IN := #"run now", PT := T#2s);
END_FUNCTION_BLOCK
`
	if got, want := sclFindingLines(t, "line.scl", src), "9 st/ignored-result|9 st/temp-read-before-write"; got != want {
		t.Errorf("findings %s, want %s", got, want)
	}
}

// sclFindingLines checks src as the file path and lists its findings as "line rule",
// sorted and joined by |.
func sclFindingLines(t *testing.T, path, src string) string {
	t.Helper()
	f := parse(t, src)
	var got []string
	for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: path, File: f, Config: config.Default()}).Findings {
		got = append(got, fmt.Sprintf("%d %s", f.Lines.Position(fd.Start).Line+1, fd.Rule))
	}
	sort.Strings(got)
	return strings.Join(got, "|")
}

// TIA Portal calls a local instance as #inst(…): the rules about instances see such calls
// as they see inst(…) in CODESYS (before, a timer reset at the top of a cycle and started
// in a step, which never elapses, went unreported in SCL).
func TestSCLHashInstanceCalls(t *testing.T) {
	src := `FUNCTION_BLOCK "Step"
VAR_INPUT
    go : Bool;
END_VAR
VAR
    statTimer : TON_TIME;
END_VAR
BEGIN
    #statTimer(IN := FALSE, PT := T#0s);
    IF #go THEN
        #statTimer(IN := TRUE, PT := T#2s);
    END_IF;
END_FUNCTION_BLOCK
`
	if got, want := sclFindingLines(t, "step.scl", src), "11 st/fb-instance-multi-call|9 st/ignored-result"; got != want {
		t.Errorf("findings %s, want %s", got, want)
	}
}
