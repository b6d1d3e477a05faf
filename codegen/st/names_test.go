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
