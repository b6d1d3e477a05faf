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
	var got []string
	for _, fd := range cleanFindings(t, "axis.scl", src) {
		if fd.Rule == "st/undeclared-identifier" {
			got = append(got, src[fd.Start:fd.End])
		}
	}
	if want := "maxSped"; strings.Join(got, " ") != want {
		t.Errorf("undeclared %q, want %q", strings.Join(got, " "), want)
	}
}

// IEC 61131-3 makes MIN, MAX, MUX and CONCAT extensible, and TIA Portal's SCL calls them
// with further inputs (`CONCAT(IN1 := …, IN2 := …, IN3 := …)`): those are parameters;
// a name that is no added input (`IN_2`, `INN`, `IN0` of MAX, `IN03`, `MN` of MIN) is
// still reported.
func TestExtensibleFunctionInputsSCL(t *testing.T) {
	src := `FUNCTION "FC_Text" : Void
VERSION : 0.1
   VAR_TEMP
      s : String;
      n : Int;
   END_VAR
BEGIN
	#s := CONCAT(IN1 := #s, IN2 := ' = ', IN3 := 'x', IN4 := ';', IN10 := '.');
	#n := MAX(IN1 := #n, IN2 := 2, IN3 := 5, IN4 := 7);
	#n := MIN(IN1 := #n, IN2 := 2, IN3 := 5);
	#n := MUX(K := #n, IN0 := 1, IN1 := 2, IN2 := 3, INELSE := 0);
	#s := CONCAT(IN1 := #s, IN_2 := 'a');
	#n := MAX(IN0 := #n, IN1 := 2);
	#n := MUX(K := #n, IN0 := 1, INN := 2);
	#s := CONCAT(IN1 := #s, IN03 := 'a');
	#n := MIN(IN1 := #n, IN2 := 2, MN := 0);
END_FUNCTION
`
	var got []string
	for _, fd := range cleanFindings(t, "text.scl", src) {
		if fd.Rule == "st/undeclared-identifier" {
			got = append(got, src[fd.Start:fd.End])
		}
	}
	if want := "IN_2 IN0 INN IN03 MN"; strings.Join(got, " ") != want {
		t.Errorf("undeclared %q, want %q", strings.Join(got, " "), want)
	}
}

// A TIA system function called with a formal it lacks (`SHR(INN := …)`) is reported, as
// in a classic source (named by its number); its own formals, EN, and the further inputs
// MIN, MAX and MUX take (IN3 … IN32) are not.
func TestSystemFunctionFormalsSCL(t *testing.T) {
	body := `
   VAR
      w : DWord;
      s : String;
      n : Int;
   END_VAR
BEGIN
	#w := SHR(IN := #w, N := 3);
	#w := SHR(INN := #w, N := 3);
	#s := CONCAT(IN1 := #s, IN2 := 'a');
	#s := CONCAT(IN_1 := #s, IN2 := 'a');
	#n := MAX(IN1 := #n, IN2 := 2, IN3 := 5);
	#n := LIMIT(EN := TRUE, MN := 0, IN := #n, MX := 9);
END_FUNCTION_BLOCK
`
	for _, header := range []string{"FUNCTION_BLOCK \"FB_Words\"\nVERSION : 0.1", "FUNCTION_BLOCK FB7"} {
		src := header + body
		if !strings.HasPrefix(header, "FUNCTION_BLOCK \"") {
			src = strings.ReplaceAll(src, "#", "")
		}
		f, err := syntax.Parse(context.Background(), language, []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, fd := range checker(t, New(), nil)("words.scl", f) {
			if fd.Rule == "st/undeclared-identifier" {
				got = append(got, src[fd.Start:fd.End])
			}
		}
		if want := "INN IN_1"; strings.Join(got, " ") != want {
			t.Errorf("%s: undeclared %q, want %q", header, strings.Join(got, " "), want)
		}
	}
}

// SCL calls a block by its quoted name: a function of the project (`"FC_Scale"(…)`), an
// instance data block the project declares (`"IDB_Pump"(…)`) or the single instance TIA
// Portal names after a block of the project (`"FB_Pump_DB"(…)`). A formal the block lacks
// is reported, as for a call through a #instance; EN and ENO are every block's. Not a
// block Gantry cannot see (`"FB_Library_DB"(…)`, `"FC_Other"(…)`).
func TestQuotedCallFormalsSCL(t *testing.T) {
	src := `FUNCTION "FC_Scale" : Real
{ S7_Optimized_Access := 'TRUE' }
VERSION : 0.1
   VAR_INPUT
      raw : Int;
   END_VAR
BEGIN
	#FC_Scale := INT_TO_REAL(#raw);
END_FUNCTION

FUNCTION_BLOCK "FB_Pump"
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

DATA_BLOCK "IDB_Pump"
{ S7_Optimized_Access := 'TRUE' }
VERSION : 0.1
NON_RETAIN
"FB_Pump"
BEGIN
END_DATA_BLOCK

ORGANIZATION_BLOCK "Main"
{ S7_Optimized_Access := 'TRUE' }
VERSION : 0.1
   VAR_TEMP
      f : Bool;
      r : Real;
   END_VAR
BEGIN
	#r := "FC_Scale"(raw := 5);
	#r := "FC_Scale"(rawValue := 5);
	"IDB_Pump"(EN := TRUE, run := TRUE, fault => #f, ENO => #f);
	"IDB_Pump"(running := TRUE, fault => #f);
	"FB_Pump_DB"(run := TRUE, fault => #f);
	"FB_Pump_DB_1"(run := TRUE, faults => #f);
	"FB_Library_DB"(anything := TRUE);
	#r := "FC_Other"(anything := 1);
END_ORGANIZATION_BLOCK
`
	var got []string
	for _, fd := range cleanFindings(t, "main.scl", src) {
		if fd.Rule == "st/undeclared-identifier" {
			got = append(got, src[fd.Start:fd.End])
		}
	}
	if want := "rawValue running faults"; strings.Join(got, " ") != want {
		t.Errorf("undeclared %q, want %q", strings.Join(got, " "), want)
	}
}
