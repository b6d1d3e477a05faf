package st

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/editdist"
	"github.com/gantry-dev/gantry/codegen/workspace"
)

const samplePlcproj = `<?xml version="1.0" encoding="utf-8"?>
<Project DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup>
    <PlaceholderReference Include="Tc2_Standard">
      <DefaultResolution>Tc2_Standard, * (Beckhoff Automation GmbH)</DefaultResolution>
      <Namespace>Tc2_Standard</Namespace>
    </PlaceholderReference>
    <PlaceholderReference Include="Motion Helpers">
      <DefaultResolution>Acme Motion Helpers, 1.2.0 (Acme)</DefaultResolution>
      <Namespace>AcmeMo</Namespace>
    </PlaceholderReference>
    <LibraryReference Include="Tc2_MC2,3.3.48.0,Beckhoff Automation GmbH">
      <Namespace>Tc2_MC2</Namespace>
    </LibraryReference>
  </ItemGroup>
</Project>
`

func TestPLCProjectLibraries(t *testing.T) {
	got := PLCProjectLibraries([]byte(samplePlcproj))
	want := []LibraryRef{
		{Namespace: "Tc2_Standard", Name: "Tc2_Standard", Title: "Tc2_Standard"},
		{Namespace: "AcmeMo", Name: "Motion Helpers", Title: "Acme Motion Helpers"},
		{Namespace: "Tc2_MC2", Name: "Tc2_MC2"},
	}
	if len(got) != len(want) {
		t.Fatalf("refs %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("ref %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestPLCopenLibraries(t *testing.T) {
	text := `<project xmlns="http://www.plcopen.org/xml/tc6_0200"><instances><configurations><configuration name="Device"><resource name="App"><addData>
<data name="http://www.3s-software.com/plcopenxml/libraries" handleUnknown="implementation"><Libraries>
  <Library Name="#Standard" Namespace="Standard" SystemLibrary="false" DefaultResolution="Standard, * (System)" />
  <Library Name="#SysFile" Namespace="SysFile" DefaultResolution="SysFile, 3.5.17.0 (System)" />
</Libraries></data></addData></resource></configuration></configurations></instances></project>`
	got := PLCopenLibraries([]byte(text))
	if len(got) != 2 || got[0].Namespace != "Standard" || got[0].Name != "Standard" || got[1].Namespace != "SysFile" || got[1].Title != "SysFile" {
		t.Fatalf("refs %+v", got)
	}
}

// Every shipped library parses without a syntax error and declares what programs call.
func TestShippedLibrariesParse(t *testing.T) {
	for _, def := range libraryDefs {
		if def.File == "" {
			continue
		}
		text, err := libraryFS.ReadFile("librarydata/" + def.File)
		if err != nil {
			t.Fatal(err)
		}
		f := parse(t, string(text))
		if f.Root().HasError() {
			t.Errorf("%s: syntax error", def.File)
		}
		if l := loadLibrary(def); len(l.tab.pous)+len(l.tab.types)+len(l.tab.globals) == 0 {
			t.Errorf("%s declares nothing", def.Name)
		}
	}
	mc := loadLibrary(findLibDef("Tc2_MC2"))
	power := mc.tab.pous["mc_power"]
	if power == nil || power.Var("Axis") == nil || power.Var("Enable") == nil || power.Var("Status") == nil {
		t.Fatalf("MC_Power: %+v", power)
	}
	// TcEventSeverity is written qualified: Error alone is not its value.
	if ev := loadLibrary(findLibDef("Tc3_EventLogger")); ev.tab.types["tceventseverity"] == nil {
		t.Error("TcEventSeverity missing")
	}
}

const motionProgram = `PROGRAM MAIN
VAR
	fbPower : Tc2_MC2.MC_Power;
	fbMove : MC_MoveAbsolute;
	stAxis : AXIS_REF;
	eSev : TcEventSeverity;
	bOk : BOOL;
END_VAR
fbPower(Axis := stAxis, Enable := TRUE, Enable_Positive := TRUE, Enable_Negative := TRUE);
fbMove(Axis := stAxis, Execute := fbPower.Status, Position := 100.0, Velocity := 50.0);
eSev := TcEventSeverity.Error;
ADSLOGSTR(ADSLOG_MSGTYPE_ERROR, 'move failed: %s', 'axis 1');
bOk := MC_Positive_Direction = MC_Direction.MC_Negative_Direction;
END_PROGRAM
`

func undeclared(fs []string) []string {
	var out []string
	for _, f := range fs {
		if strings.HasPrefix(f, "st/undeclared-identifier") {
			out = append(out, f)
		}
	}
	return out
}

func checkWith(t *testing.T, src string, cfg *config.Config, ws codegen.Workspace) []string {
	t.Helper()
	f := parse(t, src)
	var out []string
	for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: "main.st", File: f, Config: cfg, Workspace: ws}).Findings {
		out = append(out, fd.Rule+": "+fd.Message)
	}
	return out
}

func TestLibraryReferencesMakeNamesKnown(t *testing.T) {
	// No reference: the motion blocks are undeclared.
	if got := undeclared(checkWith(t, motionProgram, config.Default(), nil)); len(got) == 0 {
		t.Fatal("without a library reference MC_Power and ADSLOGSTR must be undeclared")
	}
	// [st] libraries names them.
	cfg := config.Default()
	SettingsOf(cfg).Libraries = []string{"Tc2_MC2", "Tc3_EventLogger"}
	if got := undeclared(checkWith(t, motionProgram, cfg, nil)); len(got) > 0 {
		t.Errorf("with the libraries referenced: %v", got)
	}
	// The signature is real: a REAL passed to a BOOL input of MC_MoveAbsolute is a mismatch.
	bad := strings.Replace(motionProgram, "Execute := fbPower.Status", "Execute := 2.5", 1)
	found := false
	for _, f := range checkWith(t, bad, cfg, nil) {
		found = found || strings.HasPrefix(f, "st/type-mismatch") && strings.Contains(f, "Execute")
	}
	if !found {
		t.Errorf("no type mismatch on MC_MoveAbsolute.Execute: %v", checkWith(t, bad, cfg, nil))
	}
}

func TestUnknownLibraryNamesAreNotUndeclared(t *testing.T) {
	src := `PROGRAM MAIN
VAR
	fbBlink : OSCAT_BASIC.BLINK;
	rOut : REAL;
END_VAR
fbBlink(ENABLE := TRUE);
rOut := OSCAT_BASIC.F_LIN(2.0);
rOut := SCALE_R(rOut, 0.0, 10.0);
bTypo := TRUE;
END_PROGRAM
`
	got := undeclaredWithLibraries(t, src, "OSCAT_BASIC")
	if len(got) != 1 || !strings.Contains(got[0], "bTypo") {
		t.Errorf("only the plain variable may be undeclared, got %v", got)
	}
	// The complete standard library leaves no doubt: an unknown call is undeclared.
	got = undeclaredWithLibraries(t, src, "Tc2_Standard")
	if len(got) < 2 {
		t.Errorf("with only Tc2_Standard referenced SCALE_R is undeclared: %v", got)
	}
}

// A value given to, compared with or assigned to something whose type comes from a library
// Gantry does not list completely is most likely that type's enumeration value: unknown,
// not undeclared, and so is a field's value in the initializer of such a structure and a
// value passed by position to a function nothing declares or to a method of an instance of
// such a type, or a value SEL (MUX, MIN, MAX, LIMIT, MOVE) passes on to such a counterpart. A
// value whose counterpart's
// type is known stays undeclared.
func TestValuesOfUnknownLibraryTypesAreNotUndeclared(t *testing.T) {
	src := `TYPE ST_Move :
STRUCT
	Direction : MC_DIRECTION;
	nSteps : INT;
END_STRUCT
END_TYPE
PROGRAM MAIN
VAR
	fbMove : MC_MoveAbsoluteCA;
	afbGear : ARRAY[0..1] OF MC_GearInPosCA;
	fbGroup : MC_GroupEnable;
	stMove : ST_Move;
	eState : MC_GROUP_STATE;
	eStart : MC_GROUP_STATE := mcGroupStateDisabled;
	stRef : MC_Ref_Signal_Ref := (SignalSource := SignalSource_Default, TouchProbe := PlcEvent);
	stFirst : ST_Move := (Direction := mcDirectionNegative, nSteps := nStepsTyp);
	nSteps : INT;
	bOk : BOOL;
END_VAR
fbMove.BufferMode := mcAborting;
fbGroup(Mode := mcGroupModeAuto);
bOk := stMove.Direction = mcDirectionPositive;
CASE eState OF
	mcGroupStateStandby: nSteps := 0;
END_CASE
stMove.nSteps := nStepsTypo;
bOk := nSteps = nStepTypo;
bOk := F_McCreateList(fbGroup, McListKind_Vector_Point, 0);
nSteps := MAX(nSteps, nStepTyp);
fbGroup.M_SetMode(mcGroupModeManual);
stMove.Direction := mcDirectionNegative;
afbGear[1].SyncMode := SEL(bOk, mcSyncModeNegative, mcSyncModePositive);
nSteps := LIMIT(0, nSteps, nStepsMaxTypo);
END_PROGRAM
`
	got := undeclaredWithLibraries(t, src, "Tc3_McCoordinatedMotion")
	if len(got) != 5 || !strings.Contains(got[0], "nStepsTyp") || !strings.Contains(got[1], "nStepsTypo") || !strings.Contains(got[2], "nStepTypo") || !strings.Contains(got[3], "nStepTyp") || !strings.Contains(got[4], "nStepsMaxTypo") {
		t.Errorf("only the five typos may be undeclared, got %v", got)
	}
}

// A TwinCAT tree: the .plcproj's references reach a POU through the workspace.
func TestPlcprojReferencesThroughTheWorkspace(t *testing.T) {
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "PLC1.plcproj"), []byte(samplePlcproj), 0o644); err != nil {
		t.Fatal(err)
	}
	pou := filepath.Join(root, "POUs", "main.st")
	os.MkdirAll(filepath.Dir(pou), 0o755)
	if err := os.WriteFile(pou, []byte(motionProgram), 0o644); err != nil {
		t.Fatal(err)
	}
	ws := workspace.New(codegen.NewRegistry(New()), root)
	got := undeclared(checkWith(t, strings.Replace(motionProgram, "eSev := TcEventSeverity.Error;", "", 1), config.Default(), ws))
	for _, g := range got {
		if !strings.Contains(g, "ADSLOGSTR") && !strings.Contains(g, "ADSLOG_MSGTYPE_ERROR") {
			t.Errorf("Tc2_MC2 is referenced: %s", g)
		}
	}
	// AcmeMo is a namespace of the project (a library Gantry does not ship).
	got = undeclared(checkWith(t, "PROGRAM P\nVAR\n\tx : INT;\nEND_VAR\nx := AcmeMo.F_Ramp(1);\nEND_PROGRAM\n", config.Default(), ws))
	if len(got) > 0 {
		t.Errorf("AcmeMo: %v", got)
	}
}

// A check in a large workspace parses the files declaring the names it uses (and the types
// those declare), not the workspace.
func TestLazyWorkspaceParsesWhatTheFileUses(t *testing.T) {
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	root := t.TempDir()
	write := fileWriter(t, root)
	for i := 0; i < 300; i++ {
		write(fmt.Sprintf("lib/f%03d.st", i), fmt.Sprintf("FUNCTION F_%03d : INT\nVAR_INPUT\n\tn : INT;\nEND_VAR\nF_%03d := n + %d;\nEND_FUNCTION\n", i, i, i))
	}
	write("types/ST_Pos.st", "TYPE ST_Pos :\nSTRUCT\n\tx, y : LREAL;\nEND_STRUCT\nEND_TYPE\n")
	write("fbs/FB_Base.st", "FUNCTION_BLOCK FB_Base\nVAR_OUTPUT\n\tstPos : ST_Pos;\nEND_VAR\nEND_FUNCTION_BLOCK\n")
	write("fbs/FB_Axis.st", "FUNCTION_BLOCK FB_Axis EXTENDS FB_Base\nVAR_INPUT\n\tbEnable : BOOL;\nEND_VAR\nEND_FUNCTION_BLOCK\n")
	src := "PROGRAM MAIN\nVAR\n\tfbAxis : FB_Axis;\n\tn : INT;\n\tx : LREAL;\nEND_VAR\nfbAxis(bEnable := TRUE);\nx := fbAxis.stPos.x;\nn := F_042(F_007(1));\nEND_PROGRAM\n"
	mainPath := write("MAIN.st", src)
	ws := workspace.New(codegen.NewRegistry(New()), root)
	f := parse(t, src)
	res := New().Check(context.Background(), codegen.CheckRequest{Path: mainPath, File: f, Config: config.Default(), Workspace: ws})
	for _, fd := range res.Findings {
		t.Errorf("finding: %s %s", fd.Rule, fd.Message)
	}
	if n := ws.Parsed(); n > 5 {
		t.Errorf("parsed %d files for a check using 5 of 304", n)
	}
	// An undeclared call is still reported.
	bad := parse(t, strings.Replace(src, "F_007", "F_999", 1))
	res = New().Check(context.Background(), codegen.CheckRequest{Path: mainPath, File: bad, Config: config.Default(), Workspace: ws})
	if len(res.Findings) != 1 || res.Findings[0].Rule != "st/undeclared-identifier" {
		t.Errorf("F_999: %+v", res.Findings)
	}
}

// In a repository of several TwinCAT projects, each with a GVL of one name, a check takes
// its own project's list and parses no other project's: the others are named by the
// workspace, left out for the own one, and never parsed (before, every declaring file was
// parsed, then filtered).
func TestLazyWorkspaceParsesOnlyTheOwnProjectsDeclaration(t *testing.T) {
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	root := t.TempDir()
	write := fileWriter(t, root)
	object := func(kind, name, decl, body string) string {
		impl := ""
		if body != "" {
			impl = "\n    <Implementation>\n      <ST><![CDATA[" + body + "]]></ST>\n    </Implementation>"
		}
		return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<TcPlcObject Version=\"1.1.0.1\" ProductVersion=\"3.1.4024.12\">\n  <" + kind + " Name=\"" + name + "\" Id=\"{6b1f3c2a-0d4e-4b8a-9a51-1c2d3e4f5a61}\">\n    <Declaration><![CDATA[" + decl + "]]></Declaration>" + impl + "\n  </" + kind + ">\n</TcPlcObject>\n"
	}
	var mainPath, mainText string
	for i := 0; i < 6; i++ {
		dir := fmt.Sprintf("Proj%d/", i)
		write(dir+"Proj.plcproj", `<Project><ItemGroup><Compile Include="GVL.TcGVL" /><Compile Include="MAIN.TcPOU" /></ItemGroup></Project>`)
		write(dir+"GVL.TcGVL", object("GVL", "GVL", "{attribute 'qualified_only'}\nVAR_GLOBAL\n    nShared : INT;\nEND_VAR\n", ""))
		text := object("POU", "MAIN", "PROGRAM MAIN\nVAR\n    n : INT;\nEND_VAR\n", "n := GVL.nShared;")
		if p := write(dir+"MAIN.TcPOU", text); i == 3 {
			mainPath, mainText = p, text
		}
	}
	ws := workspace.New(codegen.NewRegistry(New()), root)
	f, err := codegen.Parse(context.Background(), New(), mainPath, []byte(mainText))
	if err != nil {
		t.Fatal(err)
	}
	res := New().Check(context.Background(), codegen.CheckRequest{Path: mainPath, File: f, Config: config.Default(), Workspace: ws})
	for _, fd := range res.Findings {
		if fd.Rule == "st/undeclared-identifier" {
			t.Errorf("finding: %s %s", fd.Rule, fd.Message)
		}
	}
	if n := ws.Parsed(); n != 1 {
		t.Errorf("parsed %d files; want 1, the project's own GVL", n)
	}
}

// A TIA Portal project quotes its blocks' names (FUNCTION_BLOCK "FB_Valve"): a block of
// another source file is found by its quoted name as by its bare one, so an instance of it
// is a function block instance to the rules (before, the workspace scan skipped quoted
// names and such instances were of no known type).
func TestQuotedSCLBlocksOfOtherFiles(t *testing.T) {
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "FB_Valve.scl"), []byte("FUNCTION_BLOCK \"FB_Valve\"\nVERSION : 0.1\nVAR_INPUT\n    open : Bool;\nEND_VAR\nVAR_OUTPUT\n    isOpen : Bool;\nEND_VAR\nBEGIN\n    #isOpen := #open;\nEND_FUNCTION_BLOCK\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	src := "FUNCTION_BLOCK \"FB_Line\"\nVAR_INPUT\n    reset : Bool;\nEND_VAR\nVAR\n    valve : \"FB_Valve\";\n    done : Bool;\nEND_VAR\nBEGIN\n    IF #reset THEN\n        #valve(open := FALSE);\n    END_IF;\n    #valve(open := TRUE);\n    #done := #valve.isOpen;\nEND_FUNCTION_BLOCK\n"
	path := filepath.Join(root, "FB_Line.scl")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	ws := workspace.New(codegen.NewRegistry(New()), root)
	f := parse(t, src)
	res := New().Check(context.Background(), codegen.CheckRequest{Path: path, File: f, Config: config.Default(), Workspace: ws})
	var rules []string
	for _, fd := range res.Findings {
		rules = append(rules, fd.Rule)
	}
	if !slices.Contains(rules, "st/fb-instance-multi-call") {
		t.Errorf("the instance of a quoted block of another file is called twice, findings %v", rules)
	}
}

// TwinCAT_SystemInfoVarList has no file in a project (TwinCAT generates it), yet programs
// read _TaskInfo and _AppInfo unqualified: with Tc2_System referenced, as every TwinCAT
// project does, they and GETCURTASKINDEXEX are declared, with their types.
func TestTwinCATSystemInformationIsDeclared(t *testing.T) {
	src := `PROGRAM MAIN
VAR
	nTask : DINT;
	nCycle : UDINT;
	sApp : STRING;
	bFirst : BOOL;
	fbIdx : GETCURTASKINDEX;
END_VAR
nTask := GETCURTASKINDEXEX();
nCycle := _TaskInfo[nTask].CycleTime;
fbIdx();
bFirst := _TaskInfo[fbIdx.index].FirstCycle;
sApp := _AppInfo.AppName;
nCycle := _TaskInfo[nTask].TaskName;
END_PROGRAM
`
	cfg := config.Default()
	SettingsOf(cfg).Libraries = []string{"Tc2_Standard", "Tc2_System"}
	got := checkWith(t, src, cfg, nil)
	var bad []string
	for _, f := range got {
		if strings.HasPrefix(f, "st/undeclared-identifier") || strings.HasPrefix(f, "st/type-mismatch") {
			bad = append(bad, f)
		}
	}
	// The one finding: the task's name stored into a number, which only the declared
	// member type tells.
	if len(bad) != 1 || !strings.HasPrefix(bad[0], "st/type-mismatch") || !strings.Contains(bad[0], "STRING") {
		t.Errorf("only the STRING stored into a UDINT may be reported, got %v", bad)
	}
}

// ADSREADEX (Tc2_System) and FB_FormatString (Tc2_Utilities) as the Beckhoff Information
// System documents them: the types of their outputs are known, so a byte count stored
// into a BOOL or the formatted text into a number is a mismatch. (Formals and members of a
// library's block are not judged: the documented ones may not be all.)
func TestAdsReadExAndFormatStringSignatures(t *testing.T) {
	src := `PROGRAM P_Status
VAR
	fbRead : ADSREADEX;
	fbFmt : FB_FormatString;
	aBuf : ARRAY[0..15] OF BYTE;
	nGot : UDINT;
	bFailed : BOOL;
	sLine : STRING(255);
END_VAR
fbRead(NETID := '', PORT := 851, IDXGRP := 16#4020, IDXOFFS := 0, LEN := SIZEOF(aBuf), DESTADDR := ADR(aBuf), READ := TRUE);
nGot := fbRead.COUNT_R;
bFailed := fbRead.ERR;
bFailed := fbRead.COUNT_R;
fbFmt(sFormat := 'read %d bytes', arg1 := F_UDINT(nGot));
sLine := fbFmt.sOut;
bFailed := fbFmt.bError;
nGot := fbFmt.sOut;
END_PROGRAM
`
	cfg := config.Default()
	SettingsOf(cfg).Libraries = []string{"Tc2_Standard", "Tc2_System", "Tc2_Utilities"}
	var bad []string
	for _, f := range checkWith(t, src, cfg, nil) {
		if strings.HasPrefix(f, "st/undeclared-identifier") || strings.HasPrefix(f, "st/type-mismatch") {
			bad = append(bad, f)
		}
	}
	if len(bad) != 2 || !strings.Contains(bad[0], "UDINT") || !strings.Contains(bad[1], "STRING") {
		t.Errorf("want the byte count stored into a BOOL and the text stored into a UDINT, got %v", bad)
	}
}

// A TwinCAT object file whose .plcproj is not in the tree (a repository of exported POUs)
// is still part of a TwinCAT project: the system information list TwinCAT generates is
// declared, so are the names of the Beckhoff libraries Gantry ships, and a call of a
// function none of them lists may come from them, as in a project that references them; a
// plain name nothing declares stays undeclared (the tree keeps a global variable list, so
// it holds the project's globals: TestTwinCATObjectsOutsideTheirProject has a tree without
// one). A plain .st file implies nothing.
func TestTwinCATObjectWithoutItsProjectHasTheDefaultLibraries(t *testing.T) {
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "GVL_Other.TcGVL"), []byte(tcGVL("GVL_Other", "VAR_GLOBAL\n\tnOther : INT;\nEND_VAR\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	pou := `<?xml version="1.0" encoding="utf-8"?>
<TcPlcObject Version="1.1.0.1" ProductVersion="3.1.4024.0">
  <POU Name="P" Id="{1a43acb4-bd2e-4637-97fb-9976d47292b6}" SpecialFunc="None">
    <Declaration><![CDATA[PROGRAM P
VAR
	fbIdx : GETCURTASKINDEX;
	n : UDINT;
	eDir : MC_Direction := MC_Negative_Direction;
END_VAR
]]></Declaration>
    <Implementation>
      <ST><![CDATA[fbIdx();
eDir := SEL(n > 0, MC_Positive_Direction, MC_Negative_Direction);
IF _TaskInfo[fbIdx.index].FirstCycle THEN
	n := _AppInfo.OnlineChangeCnt;
END_IF
n := F_NotInAnyLibrary(n);
n := n + nNotInAnyLibrary;]]></ST>
    </Implementation>
  </POU>
</TcPlcObject>
`
	check := func(name, text string) []string {
		path := filepath.Join(root, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		reg := codegen.NewRegistry(New())
		f, err := codegen.Parse(context.Background(), reg.ForPath(path), path, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: path, File: f, Config: config.Default(), Workspace: workspace.New(reg, root)}).Findings {
			out = append(out, fd.Rule+": "+fd.Message)
		}
		return undeclared(out)
	}
	if got := check("P.TcPOU", pou); len(got) != 1 || !strings.Contains(got[0], "nNotInAnyLibrary") {
		t.Errorf("only nNotInAnyLibrary may be undeclared in the TwinCAT object, got %v", got)
	}
	// The default libraries are assumed, not named by the project: a variable of a type
	// nothing declares still shows a library Gantry cannot see (Tc2_SUPS here), whose
	// calls and dotted names are unknown, not undeclared; a plain typo still is.
	ups := strings.NewReplacer("PROGRAM P", "PROGRAM U", `POU Name="P"`, `POU Name="U"`,
		"fbIdx : GETCURTASKINDEX;", "fbUps : FB_S_UPS_CX51x0;\n\tbOn : BOOL;",
		`<ST><![CDATA[fbIdx();`, `<ST><![CDATA[fbUps(eUpsMode := E_S_UPS_Mode.eSUPS_WrPersistData_Shutdown);
bOn := F_PowerOk(fbUps.ePowerStatus) OR bOnn;
IF FALSE THEN`).Replace(pou)
	if got := check("U.TcPOU", ups); len(got) != 2 || !strings.Contains(got[0], "bOnn") || !strings.Contains(got[1], "nNotInAnyLibrary") {
		t.Errorf("only the plain names bOnn and nNotInAnyLibrary may be undeclared beside a library's block, got %v", got)
	}
	plain := "PROGRAM Q\nVAR\n\tn : UDINT;\nEND_VAR\nn := _TaskInfo[1].CycleCount;\nEND_PROGRAM\n"
	if got := check("Q.st", plain); len(got) != 1 || !strings.Contains(got[0], "_TaskInfo") {
		t.Errorf("a plain ST file implies no library, got %v", got)
	}
}

// Library constants and enumeration values by their shape: unknown where the project
// references a library Gantry does not list completely, undeclared where it does not, and
// a typo of a name in scope stays a typo.
func TestLibraryConstantsByTheirShape(t *testing.T) {
	src := `VAR_GLOBAL CONSTANT
	MAX_ITEMS : INT := 10;
	iCPr_MAX_ITEMS : INT := 8;
END_VAR
PROGRAM MAIN
VAR
	hr : HRESULT;
	nMode : UDINT;
	nItems : INT;
	eType : INT;
	E_STATE_IDLE : INT;
END_VAR
IF hr = S_OK OR hr = S_PENDING THEN
	nMode := CONNECT_MODE_ENABLEDBG;
END_IF
eType := eUAIdentifierType_String;
nItems := MAX_ITEM;
nItems := E_STATE_IDEL;
nItems := iCPr_MAX_CONTAINER;
nItems := iCPr_MAX_ITEM;
END_PROGRAM
`
	got := undeclaredWithLibraries(t, src, "Tc2_TcpIp")
	if len(got) != 3 || !strings.Contains(got[0], "MAX_ITEM") || !strings.Contains(got[1], "E_STATE_IDEL") || !strings.Contains(got[2], "iCPr_MAX_ITEM") {
		t.Errorf("only the typos of MAX_ITEMS, E_STATE_IDLE and iCPr_MAX_ITEMS may be undeclared, got %v", got)
	}
	// Without references, and with nothing in the POU from a library Gantry cannot see,
	// every unknown name is undeclared; HRESULT, a Tc2_System type, shows there is one.
	got = undeclared(checkWith(t, strings.Replace(src, "hr : HRESULT;", "hr : DINT;", 1), config.Default(), nil))
	if len(got) != 8 {
		t.Errorf("without library references every unknown name is undeclared, got %v", got)
	}
	got = undeclared(checkWith(t, src, config.Default(), nil))
	if len(got) != 3 {
		t.Errorf("a variable of a library's type shows a library is there: only the typos may be undeclared, got %v", got)
	}
	for name, want := range map[string]bool{"S_OK": true, "ERR_INVALID_PARAM": true, "MAX_LOCAL_ADAPTERS": true, "eMDP_Area_ConfigArea": true,
		"eState": false, "nCount": false, "_X": false, "X_": false, "OK": false, "bRUN": false, "E1": false, "A_b": false,
		"iCPr_MAX_CONTAINER": true, "cC_QUALIVISION_MAX_NB_MARKS": true, "bStart_OK": false, "nAxis_COUNT": false, "iCPr_Max_Container": false, "abcdX_MAX_N": false, "iCPr__MAX": false} {
		if libraryConstantShape(name) != want {
			t.Errorf("libraryConstantShape(%q) = %v", name, !want)
		}
	}
	for _, c := range []struct {
		a, b  string
		limit int
		want  bool
	}{{"max_item", "max_items", 1, true}, {"e_state_idel", "e_state_idle", 1, true}, {"s_ok", "s_false", 2, false}, {"abc", "abc", 0, true}, {"kitten", "sitting", 2, false}, {"kitten", "sitting", 3, true}} {
		if editdist.Within(c.a, c.b, c.limit) != c.want {
			t.Errorf("editdist.Within(%q, %q, %d) = %v", c.a, c.b, c.limit, !c.want)
		}
	}
}

// A library's declarations name the library's types: AXIS_REF.Status is Tc2_MC2's
// ST_AxisStatus even where the project declares a structure of that name, whose own
// members are still checked.
func TestLibraryTypesShadowedByTheProject(t *testing.T) {
	src := "TYPE ST_AxisStatus :\nSTRUCT\n\tbEnabled : BOOL;\nEND_STRUCT\nEND_TYPE\n" +
		"PROGRAM MAIN\nVAR\n\tAxis : AXIS_REF;\n\tstMine : ST_AxisStatus;\n\tb : BOOL;\nEND_VAR\n" +
		"Axis.ReadStatus();\nb := Axis.Status.Stopping OR Axis.Status.HasJob;\nb := stMine.bEnabled OR stMine.Stopping;\nEND_PROGRAM\n"
	got := undeclaredWithLibraries(t, src, "Tc2_MC2")
	if len(got) != 1 || !strings.Contains(got[0], "ST_AxisStatus has no member Stopping") {
		t.Errorf("only the project structure's missing member may be reported, got %v", got)
	}
}

// The names of shipped libraries are declared, and a misspelt one is still undeclared:
// Tc3_Module's constants, mixed-case ones too, which no shape excuses; the page a project
// with a visualization switches to by writing VisuElems' CurrentVisu (namespace VisuElems,
// qualified or not); Tc2_SUPS' global state of the UPS block and its mode (the state's
// values compare with a type Gantry does not list, and are left alone).
func TestShippedLibraryNames(t *testing.T) {
	for _, c := range []struct{ lib, src, typo string }{
		{"Tc3_Module", "PROGRAM MAIN\nVAR\n\toid : OTCID;\n\thr : HRESULT;\nEND_VAR\noid := OTCID_CreateNewId;\nIF hr = S_WATCHDOG_TIMEOUT THEN\n\toid := OTCID_CreatNewId;\nEND_IF\nEND_PROGRAM\n", "OTCID_CreatNewId"},
		{"System_VisuElems", "PROGRAM MAIN\nVAR\n\tsPage : STRING;\nEND_VAR\nCurrentVisu := 'ALARMS';\nsPage := VisuElems.CurrentVisu;\nIF CurrentUserLevel < 2 THEN\n\tCurentVisu := 'LOGIN';\nEND_IF\nEND_PROGRAM\n", "CurentVisu"},
		{"Tc2_SUPS", "PROGRAM MAIN\nVAR\n\tfbUps : FB_S_UPS_CX51x0;\n\teMode : E_S_UPS_Mode := eSUPS_WrPersistData_Shutdown;\n\tbSave : BOOL;\nEND_VAR\n" +
			"fbUps(eUpsMode := eMode);\nIF eGlobalSUpsState = eSUPS_PowerFailure THEN\n\teMode := eSUPS_ImmediateShutdown;\nELSIF eGlobalSupsStat <> eSUPS_PowerOK THEN\n\tbSave := TRUE;\nEND_IF\nEND_PROGRAM\n", "eGlobalSupsStat"},
	} {
		got := undeclaredWithLibraries(t, c.src, c.lib)
		if len(got) != 1 || !strings.Contains(got[0], c.typo) {
			t.Errorf("%s: only the typo %s may be undeclared, got %v", c.lib, c.typo, got)
		}
	}
}

// A CODESYS program copied out of its project: no library references, but a variable of a
// SoftMotion type shows a library Gantry cannot see, so the axis from the device tree and
// the library's names are unknown, not undeclared; a plain typo still is. Without such a
// variable, nothing excuses the unknown names.
func TestAnUnseenLibraryShowsInTheVariables(t *testing.T) {
	src := `PROGRAM PLC_PRG
VAR
	fbGear : MC_GearInPos_SM3;
	fPos : LREAL;
	bOk : BOOL;
END_VAR
fbGear(Master := Drive, Slave := Conveyor, Execute := TRUE, BufferMode := MC_BUFFER_MODE.Aborting);
fPos := Drive.fSetPosition;
bOk := fPos > SMC_PI;
bOk := nTypo > 0;
END_PROGRAM
`
	got := undeclared(checkWith(t, src, config.Default(), nil))
	if len(got) != 1 || !strings.Contains(got[0], "nTypo") {
		t.Errorf("only the typo may be undeclared, got %v", got)
	}
	got = undeclared(checkWith(t, strings.Replace(src, "fbGear : MC_GearInPos_SM3;", "fbGear : INT;", 1), config.Default(), nil))
	if len(got) < 4 {
		t.Errorf("with no sign of a library every unknown name is undeclared, got %v", got)
	}
}

// A CODESYS SoftMotion program of the project called by its name with an axis group of the
// device tree: the formal's type is the library's (AXIS_GROUP_REF_SM3), so is the value;
// a value for a formal of an elementary type is still checked.
func TestProgramFormalsOfUnseenLibraryTypes(t *testing.T) {
	src := `PROGRAM P_Jog
VAR_IN_OUT
	Group : AXIS_GROUP_REF_SM3;
END_VAR
VAR_INPUT
	bForward : BOOL;
END_VAR
END_PROGRAM
FUNCTION F_Park : BOOL
VAR_IN_OUT
	Drive : AXIS_REF_SM3;
END_VAR
VAR_INPUT
	fPos : LREAL;
END_VAR
END_FUNCTION
PROGRAM PLC_PRG
VAR
	bFwd : BOOL;
	bOk : BOOL;
END_VAR
P_Jog(Group := Portal, bForward := bFwdTypo);
bOk := F_Park(Drive := Lift, fPos := fPosTypo);
END_PROGRAM
`
	got := undeclared(checkWith(t, src, config.Default(), nil))
	if len(got) != 2 || !strings.Contains(got[0], "bFwdTypo") || !strings.Contains(got[1], "fPosTypo") {
		t.Errorf("only the two typos may be undeclared, got %v", got)
	}
}

// A CODESYS source without its project reading SoftMotion axes of the device tree
// (instances of AXIS_REF_SM3 named like the drive): unknown, not undeclared. A typo of a
// name in scope, a name read with members any structure has and a name standing alone
// stay undeclared.
func TestSoftMotionAxesOfTheDeviceTree(t *testing.T) {
	src := `PROGRAM P_Belt
VAR
	fPos : LREAL;
	bReady : BOOL;
	Lifter : INT;
END_VAR
fPos := Spindle.fActPosition + Spindle.fPositionPeriod;
bReady := Spindle.bRegulatorOn AND Spindle.nAxisState = 3;
fPos := Liftr.fSetPosition;
bReady := stDrive.bError;
fPos := fOffsetTypo;
END_PROGRAM
`
	got := undeclared(checkWith(t, src, config.Default(), nil))
	if len(got) != 3 || !strings.Contains(got[0], "Liftr") || !strings.Contains(got[1], "stDrive") || !strings.Contains(got[2], "fOffsetTypo") {
		t.Errorf("only the typo, the plain structure and the bare name may be undeclared, got %v", got)
	}
}

// A library Gantry cannot see may declare the root of a dotted name, but not one a couple
// of edits from the project's own name whose type has the same member: `E_ModeZq.AUTO`
// beside the enumeration E_Mode, `stCfgZq.rMax` beside stCfg, `fbFileZq.bBusy` beside an
// instance of a library block whose documented outputs hold bBusy (Tc2_System's
// FB_FileOpen) (a list of the project's: TestMisspeltListBesideALibrary). Nor one a couple
// of edits from the POU's own variable, whatever its type (`fbLogZq.Flush()` beside fbLog):
// no library declares a POU's locals; and not a value so close to one given to a library
// block's input (`fbLog(sText := sMessageZq)` beside sMessage). Those are typos, reported whether
// the library shows in a variable, in the project's references or in a USING; a root unlike
// any own name (the library's GVL_Lib, E_LibMode) stays unknown. So is a root a couple of
// edits from a PROGRAM of the project that declares the member (`P_CycleZq.bBusy`): a
// program's variables are read through its name.
func TestOwnNamesMisspelledBeforeADotAreUndeclared(t *testing.T) {
	src := `TYPE E_Mode : (IDLE, AUTO); END_TYPE
PROGRAM P_Cycle
VAR
	bBusy : BOOL;
END_VAR
bBusy := NOT bBusy;
END_PROGRAM
TYPE ST_Cfg :
STRUCT
	rMax : REAL;
END_STRUCT
END_TYPE
PROGRAM MAIN
VAR
	fbLog : FB_LibLogger;
	fbFile : FB_FileOpen;
	stCfg : ST_Cfg;
	eMode : E_Mode;
	rOut : REAL;
	bDone : BOOL;
	sMessage : STRING;
END_VAR
eMode := E_ModeZq.AUTO;
rOut := stCfgZq.rMax;
bDone := fbFileZq.bBusy;
fbLogZq.Flush();
fbLog(sText := sMessageZq);
bDone := P_CycleZq.bBusy;
rOut := GVL_Lib.rLimit;
eMode := E_LibMode.AUTO;
rOut := stCfg.rMax;
bDone := fbFile.bBusy;
fbLog.Flush();
fbLog(sText := sMessage);
bDone := P_Cycle.bBusy;
END_PROGRAM
`
	want := func(label string, got []string) {
		t.Helper()
		names := []string{"E_ModeZq", "stCfgZq", "fbFileZq", "fbLogZq", "sMessageZq", "P_CycleZq"}
		ok := len(got) == len(names)
		for i := 0; ok && i < len(names); i++ {
			ok = strings.Contains(got[i], names[i])
		}
		if !ok {
			t.Errorf("%s: only the misspelt own names %v may be undeclared, got %v", label, names, got)
		}
	}
	want("unseen library", undeclared(checkWith(t, src, config.Default(), nil)))
	want("referenced library", undeclaredWithLibraries(t, src, "LibLogging"))
	want("imported namespace", undeclared(checkWith(t, "USING Lib.Logging;\n"+src, config.Default(), nil)))
}

// undeclaredWithLibraries checks src in a project referencing libs and returns its
// st/undeclared-identifier findings.
func undeclaredWithLibraries(t *testing.T, src string, libs ...string) []string {
	t.Helper()
	cfg := config.Default()
	SettingsOf(cfg).Libraries = libs
	return undeclared(checkWith(t, src, cfg, nil))
}

// CODESYS's scripting saves a block's methods, properties and actions one object per file
// (FB_Pump.Start.st beside FB_Pump.st, each a declaration closed by the file's end): a
// member the block's own file lacks but such a file declares is no error; one no file
// declares still is.
func TestMembersSavedInFilesOfTheirOwn(t *testing.T) {
	files := map[string]string{
		"FB_Pump.st":         "FUNCTION_BLOCK FB_Pump\nVAR\n\tbOn : BOOL;\nEND_VAR\n",
		"FB_Pump.Prime.st":   "METHOD Prime : BOOL\nbOn := TRUE;\nPrime := bOn;\n",
		"FB_Pump.Running.st": "PROPERTY PUBLIC Running : BOOL\n",
		"PLC_PRG.st": `PROGRAM PLC_PRG
VAR
	fbPump : FB_Pump;
	bOk : BOOL;
END_VAR
bOk := fbPump.Prime();
bOk := fbPump.Running;
bOk := fbPump.Primer();
END_PROGRAM
`,
	}
	root := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(root, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	reg := codegen.NewRegistry(New())
	path := filepath.Join(root, "PLC_PRG.st")
	f, err := codegen.Parse(context.Background(), reg.ForPath(path), path, []byte(files["PLC_PRG.st"]))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: path, File: f, Config: config.Default(), Workspace: workspace.New(reg, root)}).Findings {
		out = append(out, fd.Rule+": "+fd.Message)
	}
	if got := undeclared(out); len(got) != 1 || !strings.Contains(got[0], "Primer") {
		t.Errorf("only the member no file declares may be reported, got %v", got)
	}
}

// Beside a library Gantry does not list, a root one or two edits from the project's own
// names is still a typo: a block's variable starting with an underscore (`_ConveyorZq`
// beside `_Conveyor`; the runtime's `_TaskInfo` is not compared with plain names), a
// member of the block reached through THIS^ (`THIS^.nCountZq`), a shipped library's
// enumeration with the value after the dot (`TcEventSeverityZq.Warning`) and a referenced
// library's namespace (`Tc2_UtilitiesZq.F_LTrim`), and the list TwinCAT generates in every
// project read with one of its variables (`TwinCAT_SystemInfoVarListZq._TaskInfo`). The
// names the library may declare stay unknown.
func TestTyposBesideALibraryThroughSelfUnderscoresAndNamespaces(t *testing.T) {
	src := `FUNCTION_BLOCK FB_Sorter
VAR
	_Conveyor : FB_LibBelt;
	nCount : INT;
	sName : STRING;
	bBusy : BOOL;
	eLevel : TcEventSeverity;
END_VAR
bBusy := _ConveyorZq.bBusy;
eLevel := TcEventSeverityZq.Warning;
nCount := THIS^.nCountZq + 1;
sName := Tc2_UtilitiesZq.F_LTrim(sName);
bBusy := _Conveyor.bBusy;
nCount := THIS^.nCount + 1;
sName := Tc2_Utilities.F_LTrim(sName);
bBusy := LibBelts.bAnyBusy;
nCount := TwinCAT_SystemInfoVarList._TaskInfo[1].CycleTime;
nCount := TwinCAT_SystemInfoVarListZq._TaskInfo[1].CycleTime;
eLevel := TcEventSeverity.Warning;
eLevel := LibBeltSeverity.Warning;
END_FUNCTION_BLOCK
`
	got := undeclaredWithLibraries(t, src, "LibBelts", "Tc2_Utilities", "Tc3_EventLogger")
	names := []string{"_ConveyorZq", "TcEventSeverityZq", "nCountZq", "Tc2_UtilitiesZq", "TwinCAT_SystemInfoVarListZq"}
	ok := len(got) == len(names)
	for i := 0; ok && i < len(names); i++ {
		ok = strings.Contains(got[i], names[i])
	}
	if !ok {
		t.Errorf("only the misspelt names %v may be undeclared, got %v", names, got)
	}
}

// Tc2_ModbusSrv's client blocks, Tc2_SerialCom's string blocks and Tc2_System's
// GETSYSTEMTIME ship as the Beckhoff Information System documents them: an output bound
// with := in a call of one is st/argument-direction, an output read with => is fine, and a
// parameter Gantry does not list is still no error (the lists are not complete).
func TestModbusSerialAndSystemTimeSignatures(t *testing.T) {
	src := `PROGRAM P_Field
VAR
	fbRegs : FB_MBReadRegs;
	fbTx : SendString;
	fbRx : ReceiveString;
	fbStamp : GETSYSTEMTIME;
	aWords : ARRAY[0..7] OF WORD;
	stTx, stRx : ComBuffer;
	sReply : STRING;
	bBusy, bFailed, bGot : BOOL;
	nLow : UDINT;
END_VAR
fbRegs(sIPAddr := '10.0.0.7', nQuantity := 8, nMBAddr := 100, cbLength := SIZEOF(aWords), pDestAddr := ADR(aWords), bExecute := TRUE, bBusy := bBusy);
fbTx(SendString := 'PING', TXbuffer := stTx, Error := bFailed);
fbRx(Suffix := '$R', Timeout := T#1S, ReceivedString := sReply, RXbuffer := stRx, StringReceived := bGot);
fbStamp(timeLoDW := nLow);
fbRegs(sIPAddr := '10.0.0.7', nQuantity := 8, nMBAddr := 100, cbLength := SIZEOF(aWords), pDestAddr := ADR(aWords), bExecute := TRUE, bBusy => bBusy, bError => bFailed);
fbTx(SendString := 'PING', TXbuffer := stTx, Busy => bBusy);
fbRx(Suffix := '$R', Timeout := T#1S, ReceivedString := sReply, RXbuffer := stRx, StringReceived => bGot);
fbStamp(timeLoDW => nLow);
fbRegs(nNewOption := 1);
END_PROGRAM
`
	wantOnlyOutputsBound(t, src, []string{"Tc2_Standard", "Tc2_System", "Tc2_ModbusSrv", "Tc2_SerialCom"}, []string{"bBusy is an output of FB_MBReadRegs", "Error is an output of SendString", "StringReceived is an output of ReceiveString", "timeLoDW is an output of GETSYSTEMTIME"})
}

// In a block whose base Gantry cannot see (a library's, TcUnit's FB_TestSuite), the base
// may declare any name the body uses, but not one two edits from the block's own variable
// with the same member after the dot: `_QueueZq.Count` beside `_Queue` is a typo, and no
// value of the project's enumeration either (`E_QueueStep.FILLNG`). Other names stay
// unjudged.
func TestMisspeltOwnVariableBesideAnUnknownBase(t *testing.T) {
	src := `TYPE E_QueueStep : (FILLING, DRAINING); END_TYPE
FUNCTION_BLOCK FB_Queue
VAR_OUTPUT
	Count : INT;
END_VAR
END_FUNCTION_BLOCK
FUNCTION_BLOCK FB_QueueTest EXTENDS FB_SuiteFromALibrary
VAR
	_Queue : FB_Queue;
	nSeen : INT;
	eStep : E_QueueStep;
END_VAR
nSeen := _QueueZq.Count;
eStep := E_QueueStep.FILLNG;
eStep := E_QueueStep#DRAINNG;
eStep := E_QueueStep.FILLING;
eStep := E_QueueStep#DRAINING;
nSeen := _Queue.Count;
nSeen := _Backlog.Count;
nSeen := AssertHelper.Count;
nSeen := nInherited;
END_FUNCTION_BLOCK
`
	got := undeclared(checkWith(t, src, config.Default(), nil))
	if len(got) != 3 || !strings.Contains(got[0], "_QueueZq") || !strings.Contains(got[1], "FILLNG") || !strings.Contains(got[2], "DRAINNG") {
		t.Errorf("want _QueueZq undeclared and E_QueueStep's two misspelt values, got %v", got)
	}
}

// A method's input typed with a library's enumeration, initialised with one of its values
// (`eStopKind : E_StopKind := E_StopKind.Ramp;`), names the type its declaration writes:
// not a typo of the input eStopKind beside it (one edit apart), though the library is not one
// Gantry lists. A root close to the input that no declaration names as a type still is.
func TestLibraryEnumerationNamedByTheDeclaration(t *testing.T) {
	src := `FUNCTION_BLOCK FB_Lift
VAR
	nSteps : INT;
END_VAR
METHOD Brake : BOOL
VAR_INPUT
	eStopKind : E_StopKind := E_StopKind.Ramp;
END_VAR
Brake := eStopKind = E_StopKind.Quick;
Brake := eStopKind = E_StopKnd.Quick;
END_METHOD
END_FUNCTION_BLOCK
`
	got := undeclaredWithLibraries(t, src, "LibLift")
	if len(got) != 1 || !strings.Contains(got[0], "E_StopKnd") {
		t.Errorf("only the misspelt root may be undeclared, got %v", got)
	}
}

// Tc2_MC2's MC_ReadParameter and MC_WriteParameter ship as the Beckhoff Information System
// documents them: their outputs bound with := are st/argument-direction, read with => they
// are fine, and a value of MC_AxisParameter, an enumeration Gantry does not list, is no
// undeclared name.
func TestAxisParameterBlockSignatures(t *testing.T) {
	src := `PROGRAM P_Tune
VAR
	axLift : AXIS_REF;
	fbGet : MC_ReadParameter;
	fbSet : MC_WriteParameter;
	fLimit : LREAL;
	bOk, bBusy : BOOL;
END_VAR
fbGet(Axis := axLift, Enable := TRUE, ParameterNumber := MC_AxisParameter.AxisMaxVelocity, Value := fLimit);
fbSet(Axis := axLift, Execute := TRUE, ParameterNumber := MC_AxisParameter.AxisMaxVelocity, Value := fLimit * 0.5, Done := bOk);
fbGet(Axis := axLift, Enable := TRUE, ParameterNumber := MC_AxisParameter.AxisMaxVelocity, Valid => bOk, Value => fLimit);
fbSet(Axis := axLift, Execute := TRUE, ParameterNumber := MC_AxisParameter.AxisMaxVelocity, Value := fLimit * 0.5, Busy => bBusy);
END_PROGRAM
`
	wantOnlyOutputsBound(t, src, []string{"Tc2_Standard", "Tc2_MC2"}, []string{"Value is an output of MC_ReadParameter", "Done is an output of MC_WriteParameter"})
}

// In a block whose base Gantry cannot see (a test suite extending a unit-test library's
// block), a root one or two edits from a referenced library's namespace is still a typo
// (`Tc2_UtilitiesZq.F_LTrim`): the base declares no name spelt like a library's namespace.
// A name the base may declare stays unknown, and so does the namespace itself.
func TestNamespaceTypoInABlockWithAnUnknownBase(t *testing.T) {
	src := `FUNCTION_BLOCK FB_TrimTest EXTENDS FB_LibSuite
VAR
	sName : STRING;
END_VAR
sName := Tc2_UtilitiesZq.F_LTrim(sName);
sName := Tc2_Utilities.F_LTrim(sName);
sName := stSuiteInfo.sName;
sName := LibSuites.sDefault;
END_FUNCTION_BLOCK
`
	got := undeclaredWithLibraries(t, src, "LibSuites", "Tc2_Utilities")
	if len(got) != 1 || !strings.Contains(got[0], "Tc2_UtilitiesZq") {
		t.Errorf("only Tc2_UtilitiesZq may be undeclared, got %v", got)
	}
}

// wantOnlyOutputsBound checks src with the libraries referenced: its argument-direction and
// undeclared-identifier findings are exactly the outputs bound with := that outputs name, in
// order.
func wantOnlyOutputsBound(t *testing.T, src string, libraries, outputs []string) {
	t.Helper()
	cfg := config.Default()
	SettingsOf(cfg).Libraries = libraries
	var got []string
	for _, f := range checkWith(t, src, cfg, nil) {
		if strings.HasPrefix(f, "st/argument-direction") || strings.HasPrefix(f, "st/undeclared-identifier") {
			got = append(got, f)
		}
	}
	ok := len(got) == len(outputs)
	for i := 0; ok && i < len(outputs); i++ {
		ok = strings.Contains(got[i], outputs[i])
	}
	if !ok {
		t.Errorf("want the %d outputs bound with := and nothing else, got %v", len(outputs), got)
	}
}

// Tc2_Utilities' FB_StringRingBuffer ships as the Beckhoff Information System documents it,
// with its actions, which a program calls with the block's parameters: an output bound with
// := in such a call is st/argument-direction; read with => it is fine.
func TestStringRingBufferActionCalls(t *testing.T) {
	src := `PROGRAM P_Log
VAR
	fbFifo : FB_StringRingBuffer;
	aBuf : ARRAY[0..1023] OF BYTE;
	sLine, sOut : STRING(255);
	bOk : BOOL;
	nCount : UDINT;
END_VAR
fbFifo.A_AddTail(pBuffer := ADR(aBuf), cbBuffer := SIZEOF(aBuf), putValue := sLine, bOk => bOk, nCount => nCount);
fbFifo.A_RemoveHead(pBuffer := ADR(aBuf), cbBuffer := SIZEOF(aBuf), bOk => bOk, getValue => sOut);
fbFifo.A_Reset(pBuffer := ADR(aBuf), cbBuffer := SIZEOF(aBuf), bOk => bOk);
fbFifo.A_AddTail(pBuffer := ADR(aBuf), cbBuffer := SIZEOF(aBuf), putValue := sLine, bOk := bOk);
fbFifo.A_GetHead(pBuffer := ADR(aBuf), cbBuffer := SIZEOF(aBuf), getValue := sOut);
IF fbFifo.bOk AND fbFifo.nCount > 0 THEN
	sOut := fbFifo.getValue;
END_IF
END_PROGRAM
`
	wantOnlyOutputsBound(t, src, []string{"Tc2_Standard", "Tc2_System", "Tc2_Utilities"}, []string{"bOk is an output of FB_StringRingBuffer", "getValue is an output of FB_StringRingBuffer"})
}

// Beside libraries Gantry does not list completely, a value given to a parameter whose type
// Gantry cannot see may be a library's enumeration value and is left alone; an action
// called with arguments takes its block's parameters, so a value given to one the block
// types is judged: an invented name there is undeclared, in the project's block and in a
// shipped one.
func TestActionCallArgumentValuesJudged(t *testing.T) {
	src := `FUNCTION_BLOCK FB_Queue
VAR_INPUT
	nPut : INT;
END_VAR
ACTION A_Push:
;
END_ACTION
END_FUNCTION_BLOCK
PROGRAM P_User
VAR
	fbQ : FB_Queue;
	fbFifo : FB_StringRingBuffer;
	nCount : INT;
	sLine : STRING;
END_VAR
fbQ.A_Push(nPut := nCount);
fbQ.A_Push(nPut := nWidth);
fbFifo.A_AddTail(putValue := sLine);
fbFifo.A_AddTail(putValue := sHeadline);
END_PROGRAM
`
	cfg := config.Default()
	SettingsOf(cfg).Libraries = []string{"Tc2_Standard", "Tc2_System", "Tc2_Utilities", "Tc3_SomeVendorLibrary"}
	var got []string
	for _, f := range checkWith(t, src, cfg, nil) {
		if strings.HasPrefix(f, "st/undeclared-identifier") {
			got = append(got, f)
		}
	}
	if len(got) != 2 || !strings.Contains(got[0], "nWidth") || !strings.Contains(got[1], "sHeadline") {
		t.Errorf("want nWidth and sHeadline undeclared, got %v", got)
	}
}

// Beside a library Gantry does not list, a root one or two edits from a variable the block
// inherits from a base of the project's, with a member of that variable's type after the
// dot, is a typo as one of the block's own would be (`fbTon1Zq.ET` where the base declares
// `fbTon1 : TON`); a name the library may declare stays unknown.
func TestTypoOfAnInheritedVariableBesideALibrary(t *testing.T) {
	src := `FUNCTION_BLOCK FB_Blinker
VAR
	fbTon1 : TON;
END_VAR
END_FUNCTION_BLOCK
FUNCTION_BLOCK FB_BlinkerEx EXTENDS FB_Blinker
VAR_OUTPUT
	bFlash : BOOL;
END_VAR
bFlash := fbTon1.ET < T#1S;
bFlash := fbTon1Zq.ET < T#1S;
bFlash := LibBlink.bOn;
END_FUNCTION_BLOCK
`
	got := undeclaredWithLibraries(t, src, "LibBlink")
	if len(got) != 1 || !strings.Contains(got[0], "fbTon1Zq") {
		t.Errorf("only fbTon1Zq may be undeclared, got %v", got)
	}
}

// Tc2_System's ADSRDWRTEX and Tc2_Utilities' NT_StartProcess ship as the Beckhoff
// Information System documents them: their status outputs (BUSY, ERR, ERRID, and
// ADSRDWRTEX's COUNT_R) bound with := are st/argument-direction, read with => are fine.
func TestAdsReadWriteExAndStartProcessSignatures(t *testing.T) {
	src := `PROGRAM P_Tools
VAR
	fbRw : ADSRDWRTEX;
	fbStart : NT_StartProcess;
	aIn, aOut : ARRAY[0..15] OF BYTE;
	bBusy, bFailed : BOOL;
	nErr, nGot : UDINT;
END_VAR
fbRw(PORT := 851, IDXGRP := 16#F003, WRITELEN := SIZEOF(aOut), READLEN := SIZEOF(aIn), SRCADDR := ADR(aOut), DESTADDR := ADR(aIn), WRTRD := TRUE, BUSY := bBusy, COUNT_R := nGot);
fbRw(PORT := 851, WRTRD := FALSE, BUSY => bBusy, ERR => bFailed, ERRID => nErr, COUNT_R => nGot);
fbStart(NETID := '', PATHSTR := 'C:\Tools\run.bat', START := TRUE, ERR := bFailed, ERRID => nErr);
fbStart(NETID := '', START := FALSE, BUSY => bBusy, ERR => bFailed, ERRID => nErr);
END_PROGRAM
`
	wantOnlyOutputsBound(t, src, []string{"Tc2_Standard", "Tc2_System", "Tc2_Utilities"}, []string{"BUSY is an output of ADSRDWRTEX", "COUNT_R is an output of ADSRDWRTEX", "ERR is an output of NT_StartProcess"})
}

// A value written in capitals for a member whose type a library Gantry does not list
// declares (`stValve.eState := MOVING;`, the vacuum library's valve state) is no typo of a
// variable of the block written in mixed case one edit away (`bMoving`): whoever mistypes a
// name keeps its shape. A capitalised slip of a capitalised name stays one.
func TestCapitalisedLibraryValueBesideAMixedCaseLocal(t *testing.T) {
	src := `FUNCTION_BLOCK FB_Gate
VAR_OUTPUT
	stValve : ST_VGC;
END_VAR
VAR
	bMoving : BOOL;
	BCLOSED : BOOL;
	bOpen : BOOL;
END_VAR
IF bMoving THEN
	stValve.eState := MOVING;
ELSIF BCLOSED THEN
	stValve.eState := BCLOSD;
ELSE
	stValve.eState := bOpn;
END_IF
END_FUNCTION_BLOCK
`
	got := undeclaredWithLibraries(t, src, "LCLS Vacuum")
	if len(got) != 2 || !strings.Contains(got[0], "BCLOSD") || !strings.Contains(got[1], "bOpn") {
		t.Errorf("want BCLOSD and bOpn undeclared (typos of BCLOSED and bOpen), not MOVING; got %v", got)
	}
}

// An `=` passed by position among named arguments is a formal whose `:=` was mistyped:
// its left name is judged even where the right is a variable of a library's type Gantry
// cannot see (`io_fbFFHWO = g_FastFaultOutput1`, the fast-fault output of a library the
// project references). A value compared with a member of such a block stays left alone.
func TestMistypedFormalBesideALibraryValue(t *testing.T) {
	src := `VAR_GLOBAL
	g_FastFaultOutput1 : FB_HardwareFFOutput;
END_VAR
PROGRAM P
VAR
	fbPump : FB_LibPump;
	bOk : BOOL;
END_VAR
fbPump(bEnable := TRUE,
	io_fbFFHWO = g_FastFaultOutput1);
bOk := fbPump.eState = ePumpRunning;
IF fbPump.bDone THEN
	fbPump(bEnable := FALSE, bReset = TRUE);
END_IF
END_PROGRAM
`
	got := undeclaredWithLibraries(t, src, "PMPS")
	if len(got) != 2 || !strings.Contains(got[0], "io_fbFFHWO") || !strings.Contains(got[1], "bReset") {
		t.Errorf("want io_fbFFHWO and bReset undeclared (formals given with =), got %v", got)
	}
}
