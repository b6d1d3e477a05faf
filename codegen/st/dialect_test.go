package st

import (
	"context"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
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
