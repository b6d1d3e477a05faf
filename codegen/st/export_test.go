package st

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
)

const exportDir = "../../testdata/st/export"

// A CODESYS 2.3 export is claimed by its pragmas; another tool's .exp (a linker's module
// definition here) is not.
func TestExportClaimedByContent(t *testing.T) {
	for name, want := range map[string]bool{"Pumps.EXP": true, "Globals.EXP": true, "other_tool.exp": false} {
		text, err := os.ReadFile(filepath.Join(exportDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if got := ClaimsFile(name, text); got != want {
			t.Errorf("ClaimsFile(%s) = %v, want %v", name, got, want)
		}
	}
}

// The regions hold the ST objects: the function block with its ST body and its action, the
// IL function's and the FBD program's declarations with their END_* lines, the type and the
// global variables; never the pragmas, the IL and FBD bodies, the visualisation or the
// library stub.
func TestExportRegions(t *testing.T) {
	text, err := os.ReadFile(filepath.Join(exportDir, "Pumps.EXP"))
	if err != nil {
		t.Fatal(err)
	}
	var got strings.Builder
	for _, r := range exportRegions(text) {
		got.Write(text[r[0]:r[1]])
	}
	s := strings.ReplaceAll(got.String(), "\r\n", "\n")
	for _, want := range []string{
		"FUNCTION_BLOCK FB_Pump\n", "bRunning := tRamp.Q AND NOT gbEmergency AND NOT bLevelHigh;\n", "END_FUNCTION_BLOCK\nACTION\tResetHistory:\n",
		"FUNCTION F_Limit : INT\n", "(* @END_DECLARATION := '0' *)\nEND_FUNCTION\n",
		"PROGRAM PLC_PRG\n", "(* @END_DECLARATION := '0' *)\nEND_PROGRAM\n", "TYPE E_PumpMode :\n", "END_TYPE\n",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("regions lack %q", want)
		}
	}
	for _, unwanted := range []string{"@NESTEDCOMMENTS", "JMPCN", "_FBD_BODY", "_NETWORK", "VISUALISATION", "LIBRARY", "NumOfPOUs"} {
		if strings.Contains(s, unwanted) {
			t.Errorf("regions hold %q", unwanted)
		}
	}
}

// The export parses without error and checks clean: the GVL of the other export, the
// type and the channels the PLC configuration names (a word, a bit and an OWEN REAL channel) are known, the action sees its block's variables, the IL function's result and the
// FBD program's instance are set and used by the bodies Gantry leaves out.
func TestExportCheckClean(t *testing.T) {
	pk := New()
	ws := &memWorkspace{}
	for _, name := range []string{"Globals.EXP", "Pumps.EXP"} {
		p := filepath.Join(exportDir, name)
		ws.files = append(ws.files, codegen.WorkspaceFile{Path: p, File: parseProject(t, pk, p)})
	}
	for _, wf := range ws.files {
		if e := firstErrorNode(wf.File.Root()); e != nil {
			t.Errorf("%s:%d: %s", wf.Path, wf.File.Lines.LineOf(int(e.StartByte()))+1, e.Type())
		}
		res := codegen.Diagnose(context.Background(), pk, codegen.CheckRequest{Path: wf.Path, File: wf.File, Config: testConfig(), Workspace: ws})
		for _, fd := range res.Findings {
			t.Errorf("%s:%d: %s %s: %s", filepath.Base(wf.Path), wf.File.Lines.LineOf(fd.Start)+1, fd.Severity, fd.Rule, fd.Message)
		}
	}
}

// A body is IL when it starts with an operator and its operand, or a label alone; ST
// statements that start with the same words are ST.
func TestExportBodyLanguage(t *testing.T) {
	for line, il := range map[string]bool{
		"LD bStart":            true,
		"ST  nOut":             true,
		"CAL fbTimer(IN := x)": true,
		"RET":                  true,
		"next:":                true,
		"S := 1;":              false,
		"ST(x);":               false,
		"R := R + 1;":          false,
		"LD.x := TRUE;":        false,
		"IF a THEN":            false,
		"nCount := 0;":         false,
	} {
		if got := isILLine([]byte(line)); got != il {
			t.Errorf("isILLine(%q) = %v, want %v", line, got, il)
		}
	}
}
