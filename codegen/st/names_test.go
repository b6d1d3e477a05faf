package st

import (
	"reflect"
	"sort"
	"testing"
)

// The scan lists what other files may name: blocks, types, enumeration values, globals.
// Members of a structure are reached through a variable and are left out: listed, every
// file with a member nValue would be parsed for every use of nValue in a project.
func TestDeclaredNamesLeaveStructureMembersOut(t *testing.T) {
	src := []byte(`TYPE ST_Motor :
STRUCT
    nValue : INT;
    eMode  : E_Mode;
    stInner : STRUCT
        bFlag : BOOL;
    END_STRUCT;
END_STRUCT
END_TYPE
TYPE E_Mode : (Idle, Running := 5, Fault) INT; END_TYPE
TYPE U_Word :
UNION
    w : WORD;
    b : ARRAY[0..1] OF BYTE;
END_UNION
END_TYPE
VAR_GLOBAL
    gMotor : ST_Motor;
    gCount AT %MW10 : INT;
END_VAR
FUNCTION_BLOCK PUBLIC FB_Pump
VAR
    nLocal : INT;
END_VAR
END_FUNCTION_BLOCK
`)
	got := (*Pack)(nil).DeclaredNames(src)
	sort.Strings(got)
	want := []string{"e_mode", "fault", "fb_pump", "gcount", "gmotor", "idle", "running", "st_motor", "u_word"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("declared names %v, want %v", got, want)
	}
}

// SCL quotes block, data block and type names ("FB_Motor"): the scan lists them without
// the quotes, as the model knows them, while a quoted WSTRING literal of CODESYS declares
// nothing.
func TestDeclaredNamesReadQuotedSCLNames(t *testing.T) {
	src := []byte(`FUNCTION_BLOCK "FB_Motor"
VERSION : 0.1
VAR_INPUT
    "Start" : Bool;
END_VAR
BEGIN
    #msg := "not a name";
END_FUNCTION_BLOCK
DATA_BLOCK "DB_Line"
    tankLevel : Real;
BEGIN
END_DATA_BLOCK
TYPE "UDT_Valve"
VERSION : 0.1
    STRUCT
        open : Bool;
    END_STRUCT;
END_TYPE
TYPE T_Text : WSTRING := "Hello"; END_TYPE
TYPE E_Info : (Version, Title); END_TYPE
VAR_GLOBAL
    gText : WSTRING := "World";
END_VAR
`)
	got := (*Pack)(nil).DeclaredNames(src)
	sort.Strings(got)
	want := []string{"db_line", "e_info", "fb_motor", "gtext", "t_text", "title", "udt_valve", "version"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("declared names %v, want %v", got, want)
	}
}

// A method or property saved on its own (CODESYS's scripting writes a block's members one
// object per file) is a name other files read through the block's instances; one declared
// inside a block is not listed.
func TestDeclaredNamesListMembersSavedAlone(t *testing.T) {
	for _, c := range []struct {
		src  string
		want []string
	}{
		{"METHOD PUBLIC Prime : BOOL\nPrime := TRUE;\n", []string{"prime"}},
		{"PROPERTY Running : BOOL\n", []string{"running"}},
		{"FUNCTION_BLOCK FB_Valve\nMETHOD Open\nEND_METHOD\nPROPERTY IsOpen : BOOL\nEND_PROPERTY\nEND_FUNCTION_BLOCK\n", []string{"fb_valve"}},
	} {
		if got := (*Pack)(nil).DeclaredNames([]byte(c.src)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.src, got, c.want)
		}
	}
}
