package st

import (
	"context"
	"strings"
	"testing"
	"unsafe"

	"github.com/gantry-dev/gantry/codegen/syntax"
)

func TestModel(t *testing.T) {
	src := `TYPE E_Mode : (M_OFF, M_ON := 5, M_AUTO);
END_TYPE
TYPE ST_Cfg :
STRUCT
    rGain : REAL := 1.0;
    nSteps : INT;
END_STRUCT
END_TYPE
VAR_GLOBAL CONSTANT
    c_nMax : INT := 10;
END_VAR
FUNCTION_BLOCK FB_A EXTENDS FB_Base
VAR_INPUT
    bIn AT %IX0.3 : BOOL; // the input
END_VAR
VAR RETAIN
    nCount, nOther : DINT := 3;
END_VAR
VAR CONSTANT
    c_rK : REAL := 2.5;
END_VAR
METHOD M_Do : BOOL
VAR_INPUT
    x : INT;
END_VAR
M_Do := x > 0;
END_METHOD
nCount := nCount + 1;
END_FUNCTION_BLOCK
FUNCTION_BLOCK FB_Base
VAR_OUTPUT
    bDone : BOOL;
END_VAR
END_FUNCTION_BLOCK
`
	f := parse(t, src)
	pk := New()
	f.Lock()
	m := pk.cache.modelOf(f)
	f.Unlock()
	if len(m.Units) != 5 {
		t.Fatalf("units = %d", len(m.Units))
	}
	fb := m.pous["fb_a"]
	if fb == nil || fb.Kind != KindFunctionBlock || len(fb.Extends) != 1 || len(fb.Children) != 1 {
		t.Fatalf("FB_A = %+v", fb)
	}
	in := fb.Var("BIN")
	if in == nil || in.Section != SecInput || in.Address != "%IX0.3" || in.Comment != "the input" || !in.InputAddress() {
		t.Errorf("bIn = %+v", in)
	}
	for _, name := range []string{"nCount", "nOther"} {
		v := fb.Var(name)
		if v == nil || !v.Retain || v.Type.Name != "DINT" || v.Value != "3" {
			t.Errorf("%s = %+v", name, v)
		}
	}
	if v := fb.Var("c_rK"); v == nil || !v.Constant {
		t.Errorf("c_rK = %+v", v)
	}
	sc := newScope(fb.Children[0], m, nil)
	for name, kind := range map[string]SymKind{
		"x": SymVar, "NCOUNT": SymVar, "bDone": SymVar, "c_nMax": SymVar, "M_Do": SymSelf,
		"TON": SymStd, "int_to_real": SymStd, "E_Mode": SymType, "m_auto": SymEnumValue, "nowhere": SymNone,
	} {
		if got := sc.Lookup(name).Kind; got != kind {
			t.Errorf("Lookup(%s) = %v, want %v", name, got, kind)
		}
	}
	d, e := sc.EnumOf(&Type{Kind: TypeNamed, Name: "e_mode"})
	if d == nil || len(e.Enum) != 3 || e.Enum[1].Name != "M_ON" {
		t.Errorf("enum = %+v", e)
	}
	if mt := sc.memberType(&Type{Kind: TypeNamed, Name: "ST_Cfg"}, "rgain"); mt == nil || mt.Name != "REAL" {
		t.Errorf("member type = %+v", mt)
	}
	if c := sc.eval(m.globals["c_nmax"].Node.Child("value")); !c.OK || c.V != 10 {
		t.Errorf("eval c_nMax = %+v", c)
	}
	// A second snapshot with the same text reuses every unit.
	f2 := parse(t, src)
	f2.Lock()
	m2 := pk.cache.modelOf(f2)
	f2.Unlock()
	for i := range m.Units {
		if m.Units[i].data != m2.Units[i].data {
			t.Errorf("unit %d not reused", i)
		}
	}
}

func TestTimeAndInt(t *testing.T) {
	if v, ok := timeValue("T#1h2m3s4ms"); !ok || v != 3723004 {
		t.Errorf("time = %v", v)
	}
	if v := parseInt("16#FF"); v != 255 {
		t.Errorf("hex = %v", v)
	}
	if v := parseInt("2#1010_0101"); v != 165 {
		t.Errorf("bin = %v", v)
	}
	if to, ok := conversion("INT_TO_REAL"); !ok || to != "REAL" {
		t.Errorf("conversion = %v", to)
	}
	if _, ok := conversion("FOO_TO_BAR"); ok {
		t.Error("FOO_TO_BAR is no conversion")
	}
}

// oneSpaced is strings.Fields joined by one space, without a new string when the text
// already reads that way.
func TestOneSpaced(t *testing.T) {
	for _, s := range []string{"", "INT", "ARRAY [1..10] OF INT", " INT", "INT ", "a  b", "a\tb", "a\nb", "a \r\nb",
		"STRING(80)", "ARRAY[1..2]\tOF\u00a0REAL", "Zähler : INT", " ", "x \u0085y", "ARRAY [0..N] OF ST_Data := [5(0)]"} {
		want := strings.Join(strings.Fields(s), " ")
		if got := oneSpaced(s); got != want {
			t.Errorf("oneSpaced(%q) = %q, want %q", s, got, want)
		}
	}
	s := "ARRAY [1..10] OF INT"
	if got := oneSpaced(s); unsafe.StringData(got) != unsafe.StringData(s) {
		t.Error("a one-spaced text was copied")
	}
}

// A unit that moved (an edit above it) is copied where it now stands with what its place
// added to its tree: the comment above its POU, which the prompt's context shows.
func TestMovedUnitKeepsItsComment(t *testing.T) {
	src := "FUNCTION_BLOCK FB_A\nEND_FUNCTION_BLOCK\n\n// Opens the valve slowly.\nFUNCTION_BLOCK FB_Valve\nVAR_INPUT\n\tbOpen : BOOL;\nEND_VAR\nEND_FUNCTION_BLOCK\n"
	pk := New()
	f := parse(t, src)
	doc := func(f *syntax.File) string {
		for _, u := range pk.cache.modelOf(f).Units {
			for _, p := range u.POUs(f.Bytes()) {
				if p.Name == "FB_Valve" {
					return p.Doc
				}
			}
		}
		return "no FB_Valve"
	}
	if got := doc(f); got != "Opens the valve slowly." {
		t.Fatalf("before the edit: doc %q", got)
	}
	moved, err := f.Splice(context.Background(), 0, 0, "\n\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := doc(moved); got != "Opens the valve slowly." {
		t.Errorf("after an edit above it: doc %q", got)
	}
}
