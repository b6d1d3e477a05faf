package st

import (
	"context"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// A method or action writing its own function block's input (or an input the block inherits), or its own input, and a block
// writing its input only in a branch, after an IF that returns, or with S=/R=, are warnings (lines marked `// mild` in the fixture); every
// other write to an input, hardware inputs included, stays an error.
func TestWriteToInputSeverity(t *testing.T) {
	path := "testdata/rules/write-to-input.st"
	f, text := parseFixture(t, path)
	lines := strings.Split(string(text), "\n")
	mild := 0
	for _, fd := range checker(t, New(), nil)(path, f) {
		if fd.Rule != "st/write-to-input" {
			continue
		}
		line := f.Lines.LineOf(fd.Start)
		want := rules.Error
		if strings.Contains(lines[line], "// mild") {
			want = rules.Warning
			mild++
		}
		if fd.Severity != want {
			t.Errorf("line %d: %s is %v, want %v (%s)", line+1, fd.Message, fd.Severity, want, lines[line])
		}
	}
	if mild != 25 {
		t.Errorf("%d findings on methods' and actions' writes of their block's inputs or their own, and on a block writing its input in a branch (or with S=/R=) or a member of a located input, or overwriting an input it has read, or after an IF that returns, want 25", mild)
	}
}

// SCL: `#input := …` in the block's own body is an error; the start values of an instance
// data block are not writes.
func TestWriteToInputSCL(t *testing.T) {
	src := `FUNCTION_BLOCK "FB_Gate"
   VAR_INPUT 
      open : Bool;
      limit : Int := 5;
   END_VAR
BEGIN
	#open := FALSE;
	#limit := MIN(IN1 := #limit, IN2 := 10);
END_FUNCTION_BLOCK

DATA_BLOCK "iGate"
{ S7_Optimized_Access := 'TRUE' }
VERSION : 0.1
NON_RETAIN
"FB_Gate"
BEGIN
   limit := 7;
END_DATA_BLOCK
`
	f, err := syntax.Parse(context.Background(), language, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, fd := range checker(t, New(), nil)("gate.scl", f) {
		if fd.Rule == "st/write-to-input" || fd.Rule == "st/undeclared-identifier" {
			got = append(got, fd.Rule+" "+src[fd.Start:fd.End]+" "+fd.Severity.String())
		}
	}
	want := "st/write-to-input #open error"
	if strings.Join(got, "; ") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Classic SCL passes a data block by its number in a BLOCK_DB input and reads and writes
// its words through it (`DB_NBR.DD[i] := …`, Siemens' modular PID library's dead-time
// block does): a store into the block, not into the input. Overwriting the input itself,
// the block number, is still reported. So is a structure declared AT an ANY input (classic
// SCL takes the parameter's pointer apart so, `pData AT DATA : STRUCT … END_STRUCT`):
// storing into its fields moves the pointer, as a copy would; a plain input overwritten
// stays reported.
func TestWriteToInputBlockDBClassicSCL(t *testing.T) {
	src := `FUNCTION_BLOCK FB104
VAR_INPUT
    DB_NBR : BLOCK_DB;
    INV : REAL;
END_VAR
BEGIN
    DB_NBR.DD[0] := REAL_TO_DWORD(INV);
    DB_NBR.DW[4] := W#16#0;
    DB_NBR := DB10;
END_FUNCTION_BLOCK

FUNCTION_BLOCK FB20
VAR_INPUT
    DATA : ANY;
    pData AT DATA : STRUCT
        ID : WORD;
        Count : INT;
        DBNo : INT;
        Ptr : DWORD;
    END_STRUCT;
    Len : INT;
END_VAR
BEGIN
    pData.Count := 12;
    pData.Ptr := INT_TO_DWORD(Len * 8) OR DW#16#84000000;
    Len := 0;
END_FUNCTION_BLOCK
`
	f, err := syntax.Parse(context.Background(), language, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, fd := range checker(t, New(), nil)("dead_t.scl", f) {
		if fd.Rule == "st/write-to-input" {
			got = append(got, src[fd.Start:fd.End])
		}
	}
	if want := "DB_NBR; Len"; strings.Join(got, "; ") != want {
		t.Errorf("st/write-to-input on %q, want %q", strings.Join(got, "; "), want)
	}
}
