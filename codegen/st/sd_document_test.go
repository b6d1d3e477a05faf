package st

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen/syntax"
)

// TIA Portal V21 exports a block as a document (SIMATIC SD, `.s7dcl`): an attribute block
// before the header, the interface, then the body as networks, each after its language
// pragma. A `.s7dcl` file is SCL; the statements of its SCL networks are checked as a
// block's body (a `#local` nothing declares is reported, a temporary read before it is
// written too), and a network drawn in LAD or FBD, whose rungs Gantry does not read, may
// set the result and use the variables (no function-result-unset, no unused-variable).
func TestBlockDocumentNetworksSCL(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string
	}{
		{"scl networks", `{
    S7_EditorMode := "SCL";
    S7_Optimized := "TRUE";
    S7_Version := "0.1"
}
FUNCTION "FC_Scale" : Real
    VAR_INPUT
        raw : Int;
    END_VAR
    VAR_TEMP
        k : Real;
        unused : Int;
    END_VAR

    { S7_Language := "SCL" }
    NETWORK
        #FC_Scale := INT_TO_REAL(#raw) * #k;
    END_NETWORK

    { S7_Language := "SCL" }
    NETWORK
        #FC_Scale := #FC_Scale + #offst;
    END_NETWORK
END_FUNCTION
`, []string{"st/temp-read-before-write #k", "st/undeclared-identifier offst", "st/unused-variable unused"}},
		{"lad network sets the result", `{
    S7_Optimized := "TRUE";
    S7_PreferredLanguage := "LAD";
    S7_Version := "0.1"
}
FUNCTION "FC_Permit" : Bool
    VAR_INPUT
        door : Bool;
    END_VAR
    VAR_TEMP
        flag : Bool;
    END_VAR

    { S7_Language := "LAD" }
    NETWORK
        RUNG wire#powerrail
            Contact( #door )
            Coil( #flag )
        END_RUNG
    END_NETWORK

    { S7_Language := "LAD" }
    NETWORK
        RUNG wire#powerrail
            Contact( #flag )
            Coil( #FC_Permit )
        END_RUNG
    END_NETWORK
END_FUNCTION
`, nil},
		{"fbd network of a bare rung", `FUNCTION "FC_Shift" : DWord
    VAR_INPUT
        value : DWord;
    END_VAR

    { S7_Language := "FBD" }
    NETWORK
        RUNG
            Shl(
                in := #value,
                n := 1,
                out => #FC_Shift
            )
        END_RUNG
    END_NETWORK
END_FUNCTION
`, nil},
	} {
		f, err := syntax.Parse(context.Background(), language, []byte(tc.src))
		if err != nil {
			t.Fatal(err)
		}
		if n := syntax.Count(f.Root()); n > 0 {
			t.Errorf("%s: %d syntax errors", tc.name, n)
		}
		if d := fileDialect("FC_Scale.s7dcl", nil, f); d != DialectSCL {
			t.Errorf("dialect of a .s7dcl: %q", d)
		}
		var got []string
		for _, fd := range checker(t, New(), nil)("FC_Doc.s7dcl", f) {
			if fd.Rule == "st/case-missing-else" {
				continue
			}
			got = append(got, fd.Rule+" "+tc.src[fd.Start:fd.End])
		}
		sort.Strings(got)
		if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%s: findings %q, want %q", tc.name, got, tc.want)
		}
	}
}

// A TIA Portal V21 block document names a user type of the PLC's root namespace with `_.`
// (`cfg : _.typeAxis;`, as TIA Portal V21 exports it): that is the project's typeAxis, whose
// members are judged (`#cfg.speedd` is no member) and whose type the expressions take.
// Before, `_.typeAxis` resolved to nothing and every use of it was left alone.
func TestBlockDocumentRootNamespaceTypesSCL(t *testing.T) {
	src := `TYPE
    typeAxis : STRUCT
        speed : LReal;
        ready : Bool;
    END_STRUCT;
END_TYPE

{
    S7_Optimized := "TRUE";
    S7_Version := "0.1"
}
FUNCTION_BLOCK "FB_Jog"
    VAR_INPUT
        cfg : _.typeAxis;
    END_VAR
    VAR
        axes : Array[0..1] of _.typeAxis;
        run : Bool;
    END_VAR

    { S7_Language := "SCL" }
    NETWORK
        #axes[0] := #cfg;
        #run := #cfg.ready AND #axes[1].ready;
        #axes[1].speed := #cfg.speedd;
        #run := #cfg.speed;
    END_NETWORK
END_FUNCTION_BLOCK
`
	f := parse(t, src)
	if n := syntax.Count(f.Root()); n > 0 {
		t.Fatalf("%d syntax errors", n)
	}
	var got []string
	for _, fd := range checker(t, New(), nil)("FB_Jog.s7dcl", f) {
		got = append(got, fmt.Sprintf("%d %s", f.Lines.Position(fd.Start).Line+1, fd.Rule))
	}
	sort.Strings(got)
	if want := []string{"25 st/undeclared-identifier", "26 st/type-mismatch"}; strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("findings %q, want %q", got, want)
	}
}
