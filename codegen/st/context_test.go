package st

import (
	"context"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
)

// at parses src with a '|' marking the cursor and returns the pack's context there.
func at(t *testing.T, src string, ws codegen.Workspace) codegen.Context {
	t.Helper()
	off := strings.IndexByte(src, '|')
	if off < 0 {
		t.Fatal("no cursor")
	}
	f := parse(t, src[:off]+src[off+1:])
	return New().Context(context.Background(), codegen.ContextRequest{Path: "t.st", File: f, Offset: off, Config: config.Default(), Workspace: ws})
}

const ctxSrc = `TYPE E_State : (ST_IDLE, ST_RUN, ST_FAULT);
END_TYPE

FUNCTION_BLOCK FB_Station
VAR_INPUT
    bStart   : BOOL;     // start request
    bSensor  AT %IX0.1 : BOOL;
END_VAR
VAR_OUTPUT
    bMotor   : BOOL;
END_VAR
VAR
    eState   : E_State;
    fbDelay  : TON;
    fbMotor  : FB_Motor;
    aSpeeds  : ARRAY[1..4] OF REAL;
    i        : INT;
    // a comment
END_VAR
@BODY@
END_FUNCTION_BLOCK
`

func body(s string) string { return strings.Replace(ctxSrc, "@BODY@", s, 1) }

func TestContextSkip(t *testing.T) {
	for name, src := range map[string]string{
		"line comment":          body("bMotor := TRUE; // start |here"),
		"block comment":         body("(* a |comment *)"),
		"string":                body("s := 'ab|c';"),
		"mid-word":              body("bMo|tor := TRUE;"),
		"before word":           body("|bMotor := TRUE;"),
		"decl comment":          strings.Replace(ctxSrc, "// a comment", "// a |comment", 1),
		"end of a line comment": body("bMotor := TRUE; // start|"),
		"between units":         ctxSrc + "\n(* a |note *)\nPROGRAM P\nEND_PROGRAM\n",
		"unit of many":          strings.Repeat("FUNCTION F : INT\nF := 1;\nEND_FUNCTION\n\n", 40) + body("(* a |comment *)"),
		"pragma":                strings.Replace(ctxSrc, "// a comment", "{attribute 'hide|'}", 1),
	} {
		if c := at(t, src, nil); c.Skip == "" {
			t.Errorf("%s: want Skip", name)
		}
	}
	for name, src := range map[string]string{
		"end of line":   body("bMotor := |"),
		"empty line":    body("bMotor := TRUE;\n|\n"),
		"after comment": body("(* c *)|"),
	} {
		if c := at(t, src, nil); c.Skip != "" {
			t.Errorf("%s: unexpected Skip %q", name, c.Skip)
		}
	}
}

func TestContextMultiline(t *testing.T) {
	for src, want := range map[string]bool{
		body("IF bStart THEN|\nEND_IF"):                 true,
		body("WHILE i < 3 DO|\nEND_WHILE"):              true,
		body("CASE eState OF|\nEND_CASE"):               true,
		body("CASE eState OF\n    ST_IDLE:|\nEND_CASE"): true,
		body("bMotor := TRUE;\n|"):                      true,
		body("bMotor := |"):                             false,
		body("IF bStart |"):                             false,
		body("IF bStart THEN|bMotor := TRUE; END_IF"):   false,
	} {
		if c := at(t, src, nil); c.Multiline != want {
			t.Errorf("Multiline = %v, want %v at:\n%s", c.Multiline, want, src[strings.Index(src, "END_VAR\n")+8:])
		}
	}
}

func TestContextUnitStopsBlocks(t *testing.T) {
	src := body("bMotor := |")
	c := at(t, src, loadWorkspace(t, "testdata/workspace/gvl_safety.st"))
	plain := strings.Replace(src, "|", "", 1)
	start := strings.Index(plain, "FUNCTION_BLOCK")
	end := strings.Index(plain, "END_FUNCTION_BLOCK") + len("END_FUNCTION_BLOCK")
	if c.Unit != [2]int{start, end} {
		t.Errorf("Unit = %v, want [%d %d]", c.Unit, start, end)
	}
	if !contains(c.Stop, "\nEND_FUNCTION_BLOCK") {
		t.Errorf("Stop = %q", c.Stop)
	}
	text := map[string]string{}
	for _, b := range c.Blocks {
		text[b.Source] += b.Text + "\n"
	}
	decl := text["declarations in scope"]
	for _, want := range []string{"FUNCTION_BLOCK FB_Station", "VAR_INPUT", "bStart : BOOL; // start request", "bSensor AT %IX0.1 : BOOL;", "fbDelay : TON;"} {
		if !strings.Contains(decl, want) {
			t.Errorf("declarations lack %q:\n%s", want, decl)
		}
	}
	if !strings.Contains(text["standard library"], "PT : TIME") {
		t.Errorf("no TON interface: %v", text)
	}
	if !strings.Contains(text["testdata/workspace/gvl_safety.st"], "rSpeedSet : REAL; // setpoint in rpm") {
		t.Errorf("no FB_Motor interface from the workspace: %v", text)
	}
	// Whole file when outside any unit.
	c = at(t, "|", nil)
	if c.Unit != [2]int{0, 0} {
		t.Errorf("empty file Unit = %v", c.Unit)
	}
}

func TestContextEnumBlock(t *testing.T) {
	c := at(t, body("CASE eState OF\n    |\nEND_CASE"), nil)
	found := false
	for _, b := range c.Blocks {
		if b.Source == "enumeration values" && strings.Contains(b.Text, "ST_IDLE, ST_RUN, ST_FAULT") {
			found = true
		}
	}
	if !found {
		t.Errorf("no enum block: %+v", c.Blocks)
	}
}

func TestContextHints(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"close IF", body("IF bStart THEN\n    bMotor := TRUE;\n|"), "END_IF;"},
		{"close IF after THEN", body("IF bStart THEN|"), "\nEND_IF;"},
		{"close FOR nested", body("IF bStart THEN\n    FOR i := 1 TO 4 DO\n    |"), "END_FOR;"},
		{"close WHILE", body("WHILE i < 4 DO\n    i := i + 1;\n|"), "END_WHILE;"},
		{"close REPEAT", body("REPEAT\n    i := i + 1;\n|"), "UNTIL bStart\nEND_REPEAT;"},
		{"case skeleton", body("CASE eState OF|"), "\n    ST_IDLE:\n        ;\n    ST_RUN:\n        ;\n    ST_FAULT:\n        ;\nELSE\n    ;\nEND_CASE;"},
		{"branches in an empty CASE", body("CASE eState OF\n    |\nEND_CASE;"), "ST_IDLE:\n        ;\n    ST_RUN:\n        ;\n    ST_FAULT:\n        ;\nELSE\n    ;"},
		{"timer call", body("fbDelay(|"), "IN := bStart, PT := T#1S);"},
		{"fb call", body("fbMotor(|"), "bEnable := ,\n        rSpeedSet := ,\n        bRunning => ,\n        nFault => );"},
		{"timer skeleton", body("bMotor := TRUE;\n|"), "fbDelay(IN := bStart, PT := T#1S);"},
		{"case over enum skeleton", body("bMotor := TRUE;\n|"), "CASE eState OF\n    ST_IDLE:"},
		{"if skeleton", body("bMotor := TRUE;\n|"), "IF bStart THEN\n    ;\nEND_IF;"},
		{"for skeleton", body("bMotor := TRUE;\n|"), "FOR i := 1 TO 4 DO\n    aSpeeds[i] := 0.0;\nEND_FOR;"},
	}
	ws := loadWorkspace(t, "testdata/workspace/gvl_safety.st")
	for _, tc := range cases {
		c := at(t, tc.src, ws)
		ok := false
		for _, h := range c.Hints {
			if strings.HasPrefix(h, tc.want) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s: no hint starting with %q in %q", tc.name, tc.want, c.Hints)
		}
	}
	// Nothing open, nothing to close: a closed IF below the cursor is not reopened.
	c := at(t, body("IF bStart THEN\n    |\nEND_IF;"), ws)
	for _, h := range c.Hints {
		if strings.Contains(h, "END_IF") && !strings.HasPrefix(h, "IF ") {
			t.Errorf("closer offered for a closed IF: %q", h)
		}
	}
	// A timer called only inside an IF is what st/timer-not-called-every-cycle reports:
	// no timer call is offered there, or in CASE branches and loops.
	for _, src := range []string{"IF bStart THEN\n    |\nEND_IF;", "FOR i := 1 TO 4 DO\n    |\nEND_FOR;", "CASE eState OF\n    ST_RUN:\n        |\nEND_CASE;"} {
		for _, h := range at(t, body(src), ws).Hints {
			if strings.HasPrefix(h, "fbDelay(") {
				t.Errorf("timer call offered under a condition (%q): %q", src, h)
			}
		}
	}
	// The closer is the first hint.
	c = at(t, body("IF bStart THEN\n    bMotor := TRUE;\n|"), ws)
	if len(c.Hints) == 0 || c.Hints[0] != "END_IF;" {
		t.Errorf("first hint = %q", c.Hints)
	}
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func TestIndentUnitFollowsTheCodeAroundTheCursor(t *testing.T) {
	spaces := "IF a THEN\n    b := 1; (* a\ttab inside a line *)\nEND_IF;\n"
	tabs := "IF a THEN\n\tb := 1;\nEND_IF;\n"
	far := strings.Repeat("x := 1;\n", 10000) // 80 KB: beyond what is scanned
	for _, tc := range []struct {
		name, text string
		off        int
		want       string
	}{
		{"spaces, a tab only inside a line", spaces, 10, "    "},
		{"tabs", tabs, 10, "\t"},
		{"a tab-indented line first in the text", "\tb := 1;\n", 0, "\t"},
		{"tabs far away from the cursor", tabs + far + spaces, len(tabs) + len(far) + 10, "    "},
		{"tabs near the cursor in a large file", far + tabs, len(far) + 10, "\t"},
		{"no text", "", 0, "    "},
	} {
		if got := indentUnit([]byte(tc.text), tc.off); got != tc.want {
			t.Errorf("%s: indent unit %q, want %q", tc.name, got, tc.want)
		}
	}
}
