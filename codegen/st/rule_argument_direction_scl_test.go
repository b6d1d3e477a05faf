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

// Classic STEP 7 SCL (S7-300/400) has no `=>`: a function's output is bound with `:=` in
// the call, and the call writes it when it returns. In a classic source (here known by its
// CONST block constants, which TIA Portal writes as VAR CONSTANT) that binding is not
// reported; an output of a function block instance bound with `:=` still is (classic SCL
// reads those from the instance after the call), and so is the same function call in a
// TIA Portal source.
func TestArgumentDirectionClassicSCLFunctionOutputs(t *testing.T) {
	classic := `FUNCTION ReadLevel : VOID
VAR_INPUT
    raw : INT;
END_VAR
VAR_OUTPUT
    level : REAL;
END_VAR
BEGIN
    level := INT_TO_REAL(raw) / 27.648;
END_FUNCTION

FUNCTION_BLOCK Valve
VAR_INPUT
    cmd : BOOL;
END_VAR
VAR_OUTPUT
    open : BOOL;
END_VAR
BEGIN
    open := cmd;
END_FUNCTION_BLOCK

FUNCTION_BLOCK Tank
CONST
    FULL := 95.0;
END_CONST
VAR
    lvl : REAL;
    alarm : BOOL;
    drain : Valve;
END_VAR
BEGIN
    ReadLevel(raw := PIW256, level := lvl);
    drain(cmd := lvl > FULL, open := alarm);
END_FUNCTION_BLOCK
`
	if got, want := ruleLines(t, "st/argument-direction", "tank.scl", classic), []int{34}; !slices.Equal(got, want) {
		t.Errorf("classic source: st/argument-direction on lines %v, want %v", got, want)
	}
	tia := `FUNCTION "ReadLevel" : Void
VERSION : 0.1
   VAR_INPUT
      raw : Int;
   END_VAR
   VAR_OUTPUT
      level : Real;
   END_VAR
BEGIN
	#level := INT_TO_REAL(#raw) / 27.648;
END_FUNCTION

FUNCTION_BLOCK "Tank"
VERSION : 0.1
   VAR
      lvl : Real;
   END_VAR
BEGIN
	"ReadLevel"(raw := 0, level := #lvl);
END_FUNCTION_BLOCK
`
	if got, want := ruleLines(t, "st/argument-direction", "tank.scl", tia), []int{19}; !slices.Equal(got, want) {
		t.Errorf("TIA source: st/argument-direction on lines %v, want %v", got, want)
	}
}

// TIA calls an IEC timer or counter on its instance written before a dot: a data block TIA
// made for it (`"IEC_Timer_0_DB".TON(…)`, no source), an IEC_TIMER or IEC_COUNTER variable
// (`#tmr.TOF(…)`), and an instance that is a member of a structure (`#Timers.Step(…)`). An
// output bound with := there is reported as on `#tmr(…)`; => on outputs and := on inputs
// are not, nor a structure's own member named like the instruction.
func TestArgumentDirectionTIAInstanceCallsSCL(t *testing.T) {
	src := `TYPE "UDT_Pair"
VERSION : 0.1
   STRUCT
      TON : TON_TIME;
   END_STRUCT;
END_TYPE

FUNCTION_BLOCK "FB_Seq"
VERSION : 0.1
   VAR
      Timers : Struct
         Step : TON_TIME;
      END_STRUCT;
      tmr : IEC_TIMER;
      cnt : IEC_COUNTER;
      pair : "UDT_Pair";
      done : Bool;
      et : Time;
      n : Int;
   END_VAR
BEGIN
	#Timers.Step(IN := TRUE, PT := T#1s, Q := #done);
	#Timers.Step(IN := TRUE, PT := T#1s, Q => #done, ET => #et);
	"IEC_Timer_0_DB".TON(IN := TRUE, PT := T#1s, Q := #done);
	"IEC_Timer_0_DB".TON(IN := TRUE, PT := T#1s, Q => #done, ET => #et);
	#tmr.TOF(IN := TRUE, PT := T#1s, ET := #et);
	#tmr.TOF(IN := TRUE, PT := T#1s, ET => #et);
	#cnt.CTU(CU := TRUE, R := FALSE, PV := 5, CV := #n);
	#cnt.CTU(CU := TRUE, R := FALSE, PV := 5, Q => #done, CV => #n);
	#pair.TON(IN := TRUE, PT := T#1s, Q => #done);
END_FUNCTION_BLOCK
`
	lines := cleanRuleLines(t, "st/argument-direction", "seq.scl", src)
	if want := []int{22, 24, 26, 28}; !slices.Equal(lines, want) {
		t.Errorf("st/argument-direction on lines %v, want %v", lines, want)
	}
}

// STEP 7's block copies keep their signatures in TIA Portal: BLKMOV's DSTBLK and
// WRIT_DBL's BUSY and DSTBLK are outputs, bound with => in a TIA source and reported when
// bound with :=; a classic source (a block named by its number) binds a system function's
// outputs with := and is not.
func TestArgumentDirectionBlockCopiesSCL(t *testing.T) {
	tia := `FUNCTION_BLOCK "FB_Backup"
VERSION : 0.1
   VAR
      src : Array[0..9] of DWord;
      dst : Array[0..9] of DWord;
      busy : Bool;
      ret : Int;
   END_VAR
BEGIN
	#ret := BLKMOV(SRCBLK := #src, DSTBLK => #dst);
	#ret := BLKMOV(SRCBLK := #src, DSTBLK := #dst);
	#ret := WRIT_DBL(REQ := TRUE, SRCBLK := #src, BUSY => #busy, DSTBLK => #dst);
	#ret := WRIT_DBL(REQ := TRUE, SRCBLK := #src, BUSY := #busy, DSTBLK => #dst);
END_FUNCTION_BLOCK
`
	classic := `FUNCTION_BLOCK FB40
VAR
    src : ARRAY[0..9] OF DWORD;
    dst : ARRAY[0..9] OF DWORD;
    ret : INT;
END_VAR
BEGIN
    ret := BLKMOV(SRCBLK := src, DSTBLK := dst);
END_FUNCTION_BLOCK
`
	lines := func(path, src string) []int { return ruleLines(t, "st/argument-direction", path, src) }
	if got, want := lines("backup.scl", tia), []int{11, 13}; !slices.Equal(got, want) {
		t.Errorf("TIA: st/argument-direction on lines %v, want %v", got, want)
	}
	if got := lines("fb40.scl", classic); len(got) > 0 {
		t.Errorf("classic: st/argument-direction on lines %v, want none", got)
	}
}

// A TIA Portal source calls blocks by quoted names Gantry may have no source for (a
// library's function, a block kept outside the sources). TIA Portal binds only outputs
// with `=>`, so a formal the file's other calls of the same block read with `=>` is an
// output there, and binding it with `:=` is reported; a formal the other calls bind both
// ways (perhaps an InOut), or that no other call binds, is left alone.
func TestArgumentDirectionUnknownBlockOutputsByUseSCL(t *testing.T) {
	src := `FUNCTION_BLOCK "FB_Watch"
{ S7_Optimized_Access := 'TRUE' }
VERSION : 0.1
   VAR
      started : DInt;
      elapsed : DInt;
      buffer : Int;
      done : Bool;
      only : Int;
   END_VAR
BEGIN
	#done := "FC_Elapsed"(Start := #started, Limit := 100, Elapsed => #elapsed, Buf := #buffer);
	IF "FC_Elapsed"(Start := #started, Limit := 200, Elapsed := #elapsed, Buf => #buffer) THEN
	    #done := "FC_Other"(Value := #only);
	END_IF;
	#done := "FC_Elapsed"(Start := #started, Limit := 300, Elapsed => #elapsed, Buf := #buffer);
END_FUNCTION_BLOCK
`
	if got, want := cleanRuleLines(t, "st/argument-direction", "watch.scl", src), []int{13}; !slices.Equal(got, want) {
		t.Errorf("st/argument-direction on lines %v, want %v", got, want)
	}
}

// A block named by its number marks a classic STEP 7 source, whose function calls bind
// outputs with `:=` (there is no `=>` in classic SCL). A source that uses `=>`, or asks
// for optimized block access (S7-1200/1500 only), is TIA Portal's however it names its
// blocks, and a function's output bound with `:=` there is reported.
func TestArgumentDirectionNumberedBlockInTIASourceSCL(t *testing.T) {
	fn := `FUNCTION FC_Scale : Real
VAR_INPUT
    raw : Int;
END_VAR
VAR_OUTPUT
    clipped : Bool;
END_VAR
BEGIN
    FC_Scale := INT_TO_REAL(raw);
    clipped := FALSE;
END_FUNCTION

`
	tia := fn + `ORGANIZATION_BLOCK OB1
{ S7_Optimized_Access := 'TRUE' }
VAR_TEMP
    r : Real;
    c : Bool;
END_VAR
BEGIN
    r := FC_Scale(raw := 5, clipped := c);
END_ORGANIZATION_BLOCK
`
	if got, want := cleanRuleLines(t, "st/argument-direction", "main.scl", tia), []int{20}; !slices.Equal(got, want) {
		t.Errorf("optimized access: st/argument-direction on lines %v, want %v", got, want)
	}
	arrow := fn + `ORGANIZATION_BLOCK OB1
VAR_TEMP
    r : Real;
    c : Bool;
END_VAR
BEGIN
    r := FC_Scale(raw := 5, clipped => c);
    r := FC_Scale(raw := 6, clipped := c);
END_ORGANIZATION_BLOCK
`
	if got, want := cleanRuleLines(t, "st/argument-direction", "main.scl", arrow), []int{20}; !slices.Equal(got, want) {
		t.Errorf("=> in the source: st/argument-direction on lines %v, want %v", got, want)
	}
	classic := fn + `ORGANIZATION_BLOCK OB1
VAR_TEMP
    r : Real;
    c : Bool;
END_VAR
BEGIN
    r := FC_Scale(raw := 6, clipped := c);
END_ORGANIZATION_BLOCK
`
	if got := cleanRuleLines(t, "st/argument-direction", "main.scl", classic); len(got) != 0 {
		t.Errorf("classic source: st/argument-direction on lines %v, want none", got)
	}
}

// PID_Compact's instances carry configuration members Gantry does not model, but its
// output parameters are documented for V1 and V2 alike: one bound with `:=` is reported,
// inputs and reading the configuration are not.
func TestArgumentDirectionPIDCompactOutputsSCL(t *testing.T) {
	src := `FUNCTION_BLOCK "FB_Flow"
{ S7_Optimized_Access := 'TRUE' }
VERSION : 0.1
   VAR_INPUT
      sp : Real;
      pv : Real;
   END_VAR
   VAR_IN_OUT
      loop : PID_Compact;
   END_VAR
   VAR
      out : Real;
      st : Int;
      err : Bool;
   END_VAR
BEGIN
	#loop(Setpoint := #sp, Input := #pv, ManualEnable := FALSE, Output := #out, State => #st, Error := #err);
	#loop.Config.InputUpperLimit := 120.0;
END_FUNCTION_BLOCK
`
	if got, want := ruleLines(t, "st/argument-direction", "flow.scl", src), []int{17, 17}; !slices.Equal(got, want) {
		t.Errorf("st/argument-direction on lines %v, want %v", got, want)
	}
}

// TIA Portal's asynchronous instructions report their job through DONE (NDR for a
// receive), BUSY, ERROR and STATUS outputs: an instance of TSEND_C, TRCV, DataLogCreate
// or RecipeExport binding one with `:=` is reported; its inputs and InOuts bound so are not.
func TestArgumentDirectionTIAJobStatusOutputsSCL(t *testing.T) {
	src := `FUNCTION_BLOCK "FB_Link"
{ S7_Optimized_Access := 'TRUE' }
VERSION : 0.1
   VAR
      send {InstructionName := 'TSEND_C'; LibVersion := '3.2'} : TSEND_C;
      recv : TRCV;
      log : DataLogCreate;
      rcp : RecipeExport;
      conn : TCON_IP_v4;
      buf : Array[0..9] of Byte;
      req : Bool;
      done : Bool;
      busy : Bool;
      err : Bool;
      st : Word;
      n : UDInt;
      id : DWord;
   END_VAR
BEGIN
	#send(REQ := #req, CONT := TRUE, LEN := 0, CONNECT := #conn, DATA := #buf, DONE => #done, BUSY => #busy, ERROR => #err, STATUS => #st);
	#send(REQ := #req, CONT := TRUE, CONNECT := #conn, DATA := #buf, DONE := #done, BUSY => #busy);
	#recv(EN_R := TRUE, ID := 1, DATA := #buf, NDR := #done, RCVD_LEN => #n);
	#log(REQ := #req, RECORDS := 10, NAME := 'log', ID := #id, DATA := #buf, DONE => #done, STATUS := #st);
	#rcp(REQ := #req, RECIPE_DB := #buf, ERROR := #err);
END_FUNCTION_BLOCK
`
	if got, want := ruleLines(t, "st/argument-direction", "link.scl", src), []int{21, 22, 23, 24}; !slices.Equal(got, want) {
		t.Errorf("st/argument-direction on lines %v, want %v", got, want)
	}
}

// The same holds for instances of a block whose type is written quoted and that Gantry
// has no source for (a library's, `"LGF_FilterPT1"`): the file's other calls of instances
// of that type read Output with `=>`, so binding it with `:=` is reported. An instance of
// a type written unquoted (a system instruction, whose templates may bind an InOut with
// `=>`) is left alone.
func TestArgumentDirectionUnknownInstanceTypeOutputsByUseSCL(t *testing.T) {
	src := `FUNCTION_BLOCK "FB_Smooth"
{ S7_Optimized_Access := 'TRUE' }
VERSION : 0.1
   VAR
      lagA : "LGF_FilterPT1";
      lagB : "LGF_FilterPT1";
      conn : TSEND_X;
      connB : TSEND_X;
      raw : Real;
      smooth : Real;
      buf : Array[0..9] of Byte;
   END_VAR
BEGIN
	#lagA(Input := #raw, Output => #smooth);
	#lagB(Input := #raw, Output := #smooth);
	#conn(REQ := TRUE, DATA => #buf);
	#connB(REQ := TRUE, DATA := #buf);
END_FUNCTION_BLOCK
`
	if got, want := cleanRuleLines(t, "st/argument-direction", "smooth.scl", src), []int{15}; !slices.Equal(got, want) {
		t.Errorf("st/argument-direction on lines %v, want %v", got, want)
	}
}

// TIA Portal names the single instance of a block it calls after the block, `_DB` added
// (`"FB_Pump_DB"`, then `"FB_Pump_DB_1"` …), and a project's sources seldom include that
// data block: a call of such a name where the project has the block takes the block's
// parameters, and an output bound with `:=` is reported. Not a name the project declares
// as a data block of another block's, nor one with no such block (`"Other_DB"`), nor a
// suffix TIA does not write (`_DBX`, `_DB_`).
func TestArgumentDirectionDefaultInstanceNameSCL(t *testing.T) {
	src := `FUNCTION_BLOCK "FB_Pump"
{ S7_Optimized_Access := 'TRUE' }
VERSION : 0.1
   VAR_INPUT
      run : Bool;
   END_VAR
   VAR_OUTPUT
      fault : Bool;
   END_VAR
BEGIN
	#fault := NOT #run;
END_FUNCTION_BLOCK

FUNCTION_BLOCK "FB_Valve"
{ S7_Optimized_Access := 'TRUE' }
VERSION : 0.1
   VAR_INPUT
      open : Bool;
   END_VAR
   VAR_OUTPUT
      fault : Bool;
   END_VAR
BEGIN
	#fault := FALSE;
END_FUNCTION_BLOCK

DATA_BLOCK "FB_Pump_DB_7"
{ S7_Optimized_Access := 'TRUE' }
VERSION : 0.1
NON_RETAIN
"FB_Valve"
BEGIN
END_DATA_BLOCK

ORGANIZATION_BLOCK "Main"
{ S7_Optimized_Access := 'TRUE' }
VERSION : 0.1
   VAR_TEMP
      f : Bool;
   END_VAR
BEGIN
	"FB_Pump_DB"(run := TRUE, fault => #f);
	"FB_Pump_DB"(run := TRUE, fault := #f);
	"FB_Pump_DB_2"(run := TRUE, fault := #f);
	"FB_Pump_DB_7"(open := TRUE, fault := #f);
	"Other_DB"(run := TRUE, fault := #f);
	"FB_Pump_DBX"(run := TRUE, fault := #f);
	"FB_Pump_DB_"(run := TRUE, fault := #f);
END_ORGANIZATION_BLOCK
`
	if got, want := cleanRuleLines(t, "st/argument-direction", "main.scl", src), []int{43, 44, 45}; !slices.Equal(got, want) {
		t.Errorf("st/argument-direction on lines %v, want %v", got, want)
	}
}

// The block's name may hold letters beyond ASCII (`"FB_Rührwerk_DB"`).
func TestArgumentDirectionDefaultInstanceNameNonASCIISCL(t *testing.T) {
	src := `FUNCTION_BLOCK "FB_Rührwerk"
VERSION : 0.1
   VAR_OUTPUT
      läuft : Bool;
   END_VAR
BEGIN
	#läuft := TRUE;
END_FUNCTION_BLOCK

ORGANIZATION_BLOCK "Main"
VERSION : 0.1
   VAR_TEMP
      f : Bool;
   END_VAR
BEGIN
	"FB_Rührwerk_DB"(läuft := #f);
END_ORGANIZATION_BLOCK
`
	if got, want := cleanRuleLines(t, "st/argument-direction", "main.scl", src), []int{16}; !slices.Equal(got, want) {
		t.Errorf("st/argument-direction on lines %v, want %v", got, want)
	}
}

// ATH and HTA give their converted bytes through the output OUT (S7-1200 system manual:
// `ret_val := ATH(in := …, n := …, out => …)`), and DB_ANY_TO_VARIANT and
// VARIANT_TO_DB_ANY their error code through the output err: binding them with `:=` is
// reported, and a formal the instruction lacks is no parameter of it. Before, the four
// were unknown and their calls left alone.
func TestTIAConversionInstructionOutputsSCL(t *testing.T) {
	src := `FUNCTION "FC_Codes" : Void
{ S7_Optimized_Access := 'TRUE' }
VERSION : 0.1
   VAR_INPUT
      blk : DB_ANY;
   END_VAR
   VAR_TEMP
      chars : Array[0..7] of Byte;
      packed : Array[0..3] of Byte;
      count : Int;
      cc : Word;
      code : Int;
      ptr : Variant;
      nr : DB_ANY;
   END_VAR
BEGIN
    #count := 8;
    #cc := ATH(IN := #chars, N := #count, OUT => #packed);
    #cc := HTA(IN := #packed, N := 4, OUT => #chars);
    #ptr := DB_ANY_TO_VARIANT(in := #blk, err => #code);
    #nr := VARIANT_TO_DB_ANY(in := #ptr, err => #code);
    #cc := ATH(IN := #chars, N := #count, OUT := #packed);
    #nr := VARIANT_TO_DB_ANY(in := #ptr, err := #code);
    #cc := HTA(IN := #packed, LEN := 4, OUT => #chars);
END_FUNCTION
`
	if got, want := cleanRuleLines(t, "st/argument-direction", "codes.scl", src), []int{22, 23}; !slices.Equal(got, want) {
		t.Errorf("st/argument-direction on lines %v, want %v", got, want)
	}
	if got, want := ruleLines(t, "st/undeclared-identifier", "codes.scl", src), []int{24}; !slices.Equal(got, want) {
		t.Errorf("st/undeclared-identifier on lines %v, want %v", got, want)
	}
	for _, rule := range []string{"st/type-mismatch", "st/implicit-narrowing", "st/call-argument-count"} {
		if got := ruleLines(t, rule, "codes.scl", src); len(got) > 0 {
			t.Errorf("%s on lines %v, want none", rule, got)
		}
	}
}
