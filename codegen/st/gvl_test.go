package st

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// tcGVL writes a TwinCAT global variable list file named name holding decl.
func tcGVL(name, decl string) string {
	return `<?xml version="1.0" encoding="utf-8"?>
<TcPlcObject Version="1.1.0.1" ProductVersion="3.1.4024.12">
  <GVL Name="` + name + `" Id="{3a0c6f7e-1111-4b2a-9c3d-000000000001}">
    <Declaration><![CDATA[` + decl + `]]></Declaration>
  </GVL>
</TcPlcObject>
`
}

// TestGlobalVariableLists: a TwinCAT GVL's name qualifies its variables. A name the list
// lacks after its name is reported as the list's (not as an undeclared list), and a bare
// variable of a {attribute 'qualified_only'} list is refused as TwinCAT refuses it (a
// program of the same name is what the bare name calls); a list without the attribute
// (or with it commented out), a local of the same name and a variable two lists declare
// are fine bare.
func TestGlobalVariableLists(t *testing.T) {
	main := `<?xml version="1.0" encoding="utf-8"?>
<TcPlcObject Version="1.1.0.1" ProductVersion="3.1.4024.12">
  <POU Name="MAIN" Id="{3a0c6f7e-1111-4b2a-9c3d-000000000002}" SpecialFunc="None">
    <Declaration><![CDATA[PROGRAM MAIN
VAR
    bRun : BOOL;
    bLamp : BOOL;
END_VAR]]></Declaration>
    <Implementation>
      <ST><![CDATA[bRun := GVL_IO.bStart AND GVL_Plant.nSpeed > 0;
GVL_IO.bHorn := bRun;
GVL_IO.bNope := TRUE;
bRun := bStart;
bLamp := bRun;
nSpeed := nSpeed + 1;
bShared := bRun;
GVL_Plant.nSpeedZq := 1;
nLoose := 2;
P_Fill();]]></ST>
    </Implementation>
  </POU>
</TcPlcObject>
`
	files := map[string]string{
		"MAIN.TcPOU":   main,
		"GVL_IO.TcGVL": tcGVL("GVL_IO", "{attribute 'qualified_only'}\nVAR_GLOBAL\n    bStart AT %I* : BOOL;\n    bHorn AT %Q* : BOOL;\n    bLamp AT %Q* : BOOL;\n    bShared : BOOL;\n    P_Fill : ARRAY[1..2] OF BOOL;\nEND_VAR"),
		// a program named like a variable of the qualified-only list: `P_Fill();` calls it
		"P_Fill.TcPOU": `<?xml version="1.0" encoding="utf-8"?>
<TcPlcObject Version="1.1.0.1" ProductVersion="3.1.4024.12">
  <POU Name="P_Fill" Id="{3a0c6f7e-1111-4b2a-9c3d-000000000003}" SpecialFunc="None">
    <Declaration><![CDATA[PROGRAM P_Fill
VAR
    i : INT;
END_VAR]]></Declaration>
    <Implementation>
      <ST><![CDATA[FOR i := 1 TO 2 DO
    GVL_IO.P_Fill[i] := FALSE;
END_FOR]]></ST>
    </Implementation>
  </POU>
</TcPlcObject>
`,
		"GVL_Plant.TcGVL": tcGVL("GVL_Plant", "VAR_GLOBAL\n    nSpeed : INT;\nEND_VAR"),
		"GVL_More.TcGVL":  tcGVL("GVL_More", "VAR_GLOBAL\n    bShared : BOOL;\nEND_VAR"),
		// the attribute commented out: the list is not qualified only
		"GVL_Loose.TcGVL": tcGVL("GVL_Loose", "//{attribute 'qualified_only'}\nVAR_GLOBAL\n    nLoose : INT;\nEND_VAR"),
	}
	pk := New()
	dir, ws, parsed := memProject(t, pk, files)
	var got []string
	f := parsed["MAIN.TcPOU"]
	for _, fd := range codegen.Diagnose(context.Background(), pk, codegen.CheckRequest{Path: filepath.Join(dir, "MAIN.TcPOU"), File: f, Config: testConfig(), Workspace: ws}).Findings {
		if fd.Rule == "st/undeclared-identifier" {
			got = append(got, fmt.Sprintf("%d: %s", f.Lines.LineOf(fd.Start)+1, fd.Message))
		}
	}
	want := []string{
		"12: GVL_IO has no variable bNope",
		"13: bStart belongs to GVL_IO, which is {attribute 'qualified_only'}: write GVL_IO.bStart",
		"17: GVL_Plant has no variable nSpeedZq",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// In a project referencing a library Gantry does not list, `X.y` may be the library's list
// X, but not a root one or two edits from the project's own list holding y
// (`GVL_PlantZq.nSpeed` beside GVL_Plant): that is a typo, also of a list with a short
// name, the member after the dot being the second witness (`GVLZq.nCount` beside GVL
// holding nCount). A list unlike any of the project's stays the library's.
func TestMisspeltListBesideALibrary(t *testing.T) {
	files := map[string]string{
		"MAIN.st":         "PROGRAM MAIN\nVAR\n    nOut : INT;\nEND_VAR\nnOut := GVL_PlantZq.nSpeed;\nnOut := GVL_Lib.nLimit;\nnOut := GVL_Plant.nSpeed;\nnOut := GVLZq.nCount;\nnOut := GVL.nCount;\nnOut := GVL_X.nMissing;\nEND_PROGRAM\n",
		"GVL_Plant.TcGVL": tcGVL("GVL_Plant", "VAR_GLOBAL\n    nSpeed : INT;\nEND_VAR"),
		"GVL.TcGVL":       tcGVL("GVL", "VAR_GLOBAL\n    nCount : INT;\nEND_VAR"),
	}
	pk := New()
	dir, ws, parsed := memProject(t, pk, files)
	cfg := testConfig()
	SettingsOf(cfg).Libraries = []string{"Tc3_LibUnknown"}
	var got []string
	f := parsed["MAIN.st"]
	for _, fd := range codegen.Diagnose(context.Background(), pk, codegen.CheckRequest{Path: filepath.Join(dir, "MAIN.st"), File: f, Config: cfg, Workspace: ws}).Findings {
		if fd.Rule == "st/undeclared-identifier" {
			got = append(got, fmt.Sprintf("%d: %s", f.Lines.LineOf(fd.Start)+1, fd.Message))
		}
	}
	if want := []string{`5: undeclared identifier "GVL_PlantZq"`, `8: undeclared identifier "GVLZq"`}; strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings %v, want %v", got, want)
	}
}

// memProject writes files into a folder of their own and returns it with a workspace of
// them, parsed as a project's files are.
func memProject(t *testing.T, pk *Pack, files map[string]string) (string, *memWorkspace, map[string]*syntax.File) {
	t.Helper()
	dir := t.TempDir()
	ws := &memWorkspace{}
	parsed := map[string]*syntax.File{}
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		parsed[name] = parseProject(t, pk, path)
		ws.files = append(ws.files, codegen.WorkspaceFile{Path: path, File: parsed[name]})
	}
	return dir, ws, parsed
}

// A project keeps one qualified-only list of constants per axis, each declaring the same
// names: GVL_Axis1_Const.rHome and GVL_Axis2_Const.rHome are both the project's, not a typo
// of each other (one edit apart, with the member). A list neither declares, one edit from
// both, still is a typo.
func TestNeighbouringListsDeclaringOneName(t *testing.T) {
	consts := "{attribute 'qualified_only'}\nVAR_GLOBAL CONSTANT\n    rHome : LREAL := 12.5;\n    nTicks : UDINT := 4000;\nEND_VAR"
	files := map[string]string{
		"MAIN.st":               "PROGRAM MAIN\nVAR\n    rSet : LREAL;\n    nSet : UDINT;\nEND_VAR\nrSet := GVL_Axis1_Const.rHome;\nnSet := GVL_Axis2_Const.nTicks;\nrSet := GVL_Axis3_Const.rHome;\nEND_PROGRAM\n",
		"GVL_Axis1_Const.TcGVL": tcGVL("GVL_Axis1_Const", consts),
		"GVL_Axis2_Const.TcGVL": tcGVL("GVL_Axis2_Const", consts),
	}
	pk := New()
	dir, ws, parsed := memProject(t, pk, files)
	var got []string
	f := parsed["MAIN.st"]
	for _, fd := range codegen.Diagnose(context.Background(), pk, codegen.CheckRequest{Path: filepath.Join(dir, "MAIN.st"), File: f, Config: testConfig(), Workspace: ws}).Findings {
		if fd.Rule == "st/undeclared-identifier" {
			got = append(got, fmt.Sprintf("%d: %s", f.Lines.LineOf(fd.Start)+1, fd.Message))
		}
	}
	if want := []string{`8: undeclared identifier "GVL_Axis3_Const"`}; strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings %v, want %v", got, want)
	}
}

// TestPropertyOfAGlobalVariableList: a TwinCAT GVL may hold a property beside its
// variables (<GVL> with a <Property> and its Get), as libraries write an accessor to a
// reference the list keeps. The property is a member of the list, read through the list's
// name, `GVL_Sys.fbCore.Start()`, refused bare as its variables are where the list is qualified
// only; a name the list lacks is still reported.
func TestPropertyOfAGlobalVariableList(t *testing.T) {
	gvl := `<?xml version="1.0" encoding="utf-8"?>
<TcPlcObject Version="1.1.0.1" ProductVersion="3.1.4024.12">
  <GVL Name="GVL_Sys" Id="{3a0c6f7e-2222-4b2a-9c3d-000000000001}">
    <Declaration><![CDATA[{attribute 'qualified_only'}
VAR_GLOBAL
    refCore : REFERENCE TO FB_Core;
END_VAR]]></Declaration>
    <Property Name="fbCore" Id="{3a0c6f7e-2222-4b2a-9c3d-000000000002}">
      <Declaration><![CDATA[PROPERTY PUBLIC fbCore : REFERENCE TO FB_Core]]></Declaration>
      <Get Name="Get" Id="{3a0c6f7e-2222-4b2a-9c3d-000000000003}">
        <Declaration><![CDATA[
]]></Declaration>
        <Implementation>
          <ST><![CDATA[IF __ISVALIDREF(GVL_Sys.refCore) THEN
    fbCore REF= GVL_Sys.refCore;
END_IF]]></ST>
        </Implementation>
      </Get>
    </Property>
  </GVL>
</TcPlcObject>
`
	files := map[string]string{
		"GVL_Sys.TcGVL": gvl,
		"FB_Core.st":    "FUNCTION_BLOCK FB_Core\nVAR\n    nTicks : UDINT;\nEND_VAR\nnTicks := nTicks + 1;\nEND_FUNCTION_BLOCK\nMETHOD Start : BOOL\nStart := TRUE;\nEND_METHOD\n",
		"MAIN.st":       "PROGRAM MAIN\nVAR\n    bOk : BOOL;\nEND_VAR\nbOk := GVL_Sys.fbCore.Start();\nbOk := GVL_Sys.fbCoreZq.Start();\nbOk := fbCore.Start();\nEND_PROGRAM\n",
	}
	pk := New()
	dir, ws, parsed := memProject(t, pk, files)
	var got []string
	f := parsed["MAIN.st"]
	for _, fd := range codegen.Diagnose(context.Background(), pk, codegen.CheckRequest{Path: filepath.Join(dir, "MAIN.st"), File: f, Config: testConfig(), Workspace: ws}).Findings {
		if fd.Severity == rules.Error {
			got = append(got, fmt.Sprintf("%d: %s", f.Lines.LineOf(fd.Start)+1, fd.Message))
		}
	}
	want := []string{"6: GVL_Sys has no variable fbCoreZq", "7: fbCore belongs to GVL_Sys, which is {attribute 'qualified_only'}: write GVL_Sys.fbCore"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Two global variable lists may declare one name: `G_Sensors.fPressure` is the scaled
// LREAL of G_Sensors, not the raw `AT %I*` INT of G_IO with the same name. A store into
// the qualified one (an output bound with `=>`, an assignment) writes no physical input,
// and its type is G_Sensors' (a raw INT is no mismatch for the raw one, an LREAL is none
// for the scaled one); the raw input written through its own list is still reported.
func TestQualifiedGlobalIsTheNamedListsVariable(t *testing.T) {
	main := `<?xml version="1.0" encoding="utf-8"?>
<TcPlcObject Version="1.1.0.1" ProductVersion="3.1.4024.12">
  <POU Name="FB_Inputs" Id="{3a0c6f7e-1111-4b2a-9c3d-000000000010}" SpecialFunc="None">
    <Declaration><![CDATA[FUNCTION_BLOCK FB_Inputs
VAR
    fbScale : FB_Scale;
    sText : STRING;
END_VAR]]></Declaration>
    <Implementation>
      <ST><![CDATA[fbScale(nRaw := G_IO.fPressure, fOut => G_Sensors.fPressure);
G_Sensors.fPressure := G_Sensors.fPressure * 0.5;
G_IO.fPressure := 0;
G_Sensors.fPressure := sText;]]></ST>
    </Implementation>
  </POU>
</TcPlcObject>
`
	scale := `<?xml version="1.0" encoding="utf-8"?>
<TcPlcObject Version="1.1.0.1" ProductVersion="3.1.4024.12">
  <POU Name="FB_Scale" Id="{3a0c6f7e-1111-4b2a-9c3d-000000000011}" SpecialFunc="None">
    <Declaration><![CDATA[FUNCTION_BLOCK FB_Scale
VAR_INPUT
    nRaw : INT;
END_VAR
VAR_OUTPUT
    fOut : LREAL;
END_VAR]]></Declaration>
    <Implementation>
      <ST><![CDATA[fOut := INT_TO_LREAL(nRaw) / 100.0;]]></ST>
    </Implementation>
  </POU>
</TcPlcObject>
`
	files := map[string]string{
		"FB_Inputs.TcPOU": main,
		"FB_Scale.TcPOU":  scale,
		"G_IO.TcGVL":      tcGVL("G_IO", "VAR_GLOBAL\n    fPressure AT %I* : INT;\nEND_VAR"),
		"G_Sensors.TcGVL": tcGVL("G_Sensors", "VAR_GLOBAL\n    fPressure : LREAL;\nEND_VAR"),
	}
	pk := New()
	dir, ws, parsed := memProject(t, pk, files)
	var got []string
	f := parsed["FB_Inputs.TcPOU"]
	for _, fd := range codegen.Diagnose(context.Background(), pk, codegen.CheckRequest{Path: filepath.Join(dir, "FB_Inputs.TcPOU"), File: f, Config: testConfig(), Workspace: ws}).Findings {
		if fd.Severity == rules.Error {
			got = append(got, fmt.Sprintf("%d: %s: %s", f.Lines.LineOf(fd.Start)+1, fd.Rule, fd.Message))
		}
	}
	want := []string{
		"12: st/write-to-input: assignment writes fPressure, which is located on the physical input %I*",
		"13: st/type-mismatch: cannot assign STRING to G_Sensors.fPressure (LREAL)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Go to definition on `G_Sensors.fPressure` lands on G_Sensors' variable, not on the
// `AT %I*` one of G_IO that bears the same name.
func TestDefinitionOfAQualifiedGlobal(t *testing.T) {
	main := `<?xml version="1.0" encoding="utf-8"?>
<TcPlcObject Version="1.1.0.1" ProductVersion="3.1.4024.12">
  <POU Name="MAIN" Id="{3a0c6f7e-1111-4b2a-9c3d-000000000020}" SpecialFunc="None">
    <Declaration><![CDATA[PROGRAM MAIN
VAR
    fLast : LREAL;
END_VAR]]></Declaration>
    <Implementation>
      <ST><![CDATA[fLast := G_Sensors.fPressure;]]></ST>
    </Implementation>
  </POU>
</TcPlcObject>
`
	files := map[string]string{
		"MAIN.TcPOU":      main,
		"G_IO.TcGVL":      tcGVL("G_IO", "VAR_GLOBAL\n    fPressure AT %I* : INT;\nEND_VAR"),
		"G_Sensors.TcGVL": tcGVL("G_Sensors", "VAR_GLOBAL\n    fPressure : LREAL;\nEND_VAR"),
	}
	pk := New()
	dir, ws, parsed := memProject(t, pk, files)
	f := parsed["MAIN.TcPOU"]
	off := strings.Index(string(f.Bytes()), "fPressure;")
	locs := pk.Definition(context.Background(), codegen.ContextRequest{Path: filepath.Join(dir, "MAIN.TcPOU"), File: f, Offset: off, Config: testConfig(), Workspace: ws})
	if len(locs) != 1 || filepath.Base(locs[0].Path) != "G_Sensors.TcGVL" {
		var got []string
		for _, l := range locs {
			got = append(got, l.Path)
		}
		t.Errorf("definition of G_Sensors.fPressure: %v, want G_Sensors.TcGVL", got)
	}
}
