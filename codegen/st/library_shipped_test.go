package st

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/binary"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/workspace"
)

// libraryArchive writes a library archive as CODESYS writes one: a ZIP holding the string
// table (a count, then per string its index, its length and its bytes, the numbers as
// unsigned LEB128) beside the library's objects.
func libraryArchive(t *testing.T, path string, strs ...string) {
	t.Helper()
	var table []byte
	table = binary.AppendUvarint(table, uint64(len(strs)))
	for i, s := range strs {
		table = binary.AppendUvarint(table, uint64(i))
		table = binary.AppendUvarint(table, uint64(len(s)))
		table = append(table, s...)
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for name, data := range map[string][]byte{
		stringTableEntry: table,
		"11c0fc3a-9bcf-4dd8-ac38-efb93363e521.object": {0x01, 0x02},
	} {
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestParseStringTable(t *testing.T) {
	var b []byte
	strs := []string{"6470a90f-b7cb-43ac-9ae5-94b2338b4573", "Project Settings", "E_AxisMode", "AxisMode_Jog",
		"\taSpindleReady\t\t: ARRAY[1..4] OF BOOL; // one per spindle", "TYPE E_Kind :\n(\n\tKind_Idle := 0,\n\tKind_Busy\n);\nEND_TYPE\n",
		"Note: see the manual"}
	b = binary.AppendUvarint(b, uint64(len(strs)))
	for i, s := range strs {
		b = binary.AppendUvarint(b, uint64(i))
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	got := parseStringTable(b)
	for _, want := range []string{"e_axismode", "axismode_jog", "aspindleready", "kind_idle", "kind_busy"} {
		if !got[want] {
			t.Errorf("%s not read; got %v", want, got)
		}
	}
	for _, not := range []string{"project", "settings", "array", "bool", "spindle", "see", "manual"} {
		if got[not] {
			t.Errorf("%s read as a name", not)
		}
	}
	// a table cut short keeps what it read
	if got := parseStringTable(b[:30]); len(got) != 0 {
		t.Errorf("cut table: %v", got)
	}
}

// A TwinCAT project keeps copies of the libraries it uses in _Libraries (or, for a user
// library, in a vendor folder beside the .plcproj): a bare name that a referenced library
// Gantry does not list declares there — a global variable, an enumeration value used
// without its type — is the library's, not undeclared. A name the copy does not hold, a
// plain word or short name it holds (a parameter's or a local's), a name compared by
// position among named arguments (`iMode = …`, a formal with `=` for `:=`), and a name of
// a library the project does not reference, stay reported; so does a value of one of its
// enumerations it lacks, two edits from one it holds (not after a list such as TC_Events,
// which TwinCAT extends with the project's event classes).
func TestLibraryCopiesKeptWithTheProject(t *testing.T) {
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	root := t.TempDir()
	write := fileWriter(t, root)
	write("PLC/PLC.plcproj", `<?xml version="1.0" encoding="utf-8"?>
<Project DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup>
    <Compile Include="POUs\MAIN.TcPOU" />
  </ItemGroup>
  <ItemGroup>
    <PlaceholderReference Include="Tc2_Standard">
      <DefaultResolution>Tc2_Standard, * (Beckhoff Automation GmbH)</DefaultResolution>
      <Namespace>Tc2_Standard</Namespace>
    </PlaceholderReference>
    <PlaceholderReference Include="Acme Spindles">
      <DefaultResolution>Acme Spindles, * (Acme GmbH)</DefaultResolution>
    </PlaceholderReference>
    <PlaceholderReference Include="Tc2_NcKinematicTransformation">
      <DefaultResolution>Tc2_NcKinematicTransformation, * (Beckhoff Automation GmbH)</DefaultResolution>
      <Namespace>Tc2_NcKinematicTransformation</Namespace>
    </PlaceholderReference>
  </ItemGroup>
</Project>
`)
	// a source library kept beside the project, its global list's declaration as text
	libraryArchive(t, filepath.Join(root, "PLC", "acme gmbh", "acme spindles", "1.0.2.0", "acme_spindles.library"),
		"Acme Spindles", "GVL_Spindles", "{attribute 'qualified_only'}", "aSpindleReady\t: ARRAY[1..4] OF BOOL;", "value", "b", "idx")
	// a compiled library in _Libraries: its names stand alone in the table
	libraryArchive(t, filepath.Join(root, "PLC", "_Libraries", "beckhoff automation gmbh", "tc2_nckinematictransformation", "3.2.7.0", "tc2_nckinematictransformation.compiled-library"),
		"E_KinStatus", "KinStatus_Ready", "KinStatus_Error", "FB_KinCheckActualStatus", "F_KinReset", "nChannel", "iMode", "TC_Events", "TcSystemEventClass")
	// a library the project does not reference
	libraryArchive(t, filepath.Join(root, "PLC", "_Libraries", "acme gmbh", "acme unused", "1.0.0.0", "acme_unused.compiled-library"),
		"nUnusedLibraryCounter")
	body := `IF aSpindleReady[1] AND eStatus <> KinStatus_Error THEN
	nCount := nCount + 1;
END_IF
bReady := eStatus = KinStatus_Redy;
nCount := nUnusedLibraryCounter;
aSpindleReedy[2] := FALSE;
nCount := value + idx;
F_KinReset(nChannel := 1, iMode = KinStatus_Ready);
bReady := eStatus = E_KinStatus.KinStatus_Error OR eStatus = E_KinStatus.KinStatus_Erorr;
nCount := TC_Events.TcSystemEventClas.nEventId;`
	text := "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<TcPlcObject Version=\"1.1.0.1\" ProductVersion=\"3.1.4024.12\">\n  <POU Name=\"MAIN\" Id=\"{6b1f3c2a-0d4e-4b8a-9a51-1c2d3e4f5a61}\">\n    <Declaration><![CDATA[PROGRAM MAIN\nVAR\n    nCount : INT;\n    bReady : BOOL;\n    eStatus : E_KinStatus;\nEND_VAR\n]]></Declaration>\n    <Implementation>\n      <ST><![CDATA[" + body + "]]></ST>\n    </Implementation>\n  </POU>\n</TcPlcObject>\n"
	path := write("PLC/POUs/MAIN.TcPOU", text)
	ws := workspace.New(codegen.NewRegistry(New()), root)
	f, err := codegen.Parse(context.Background(), New(), path, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	res := New().Check(context.Background(), codegen.CheckRequest{Path: path, File: f, Config: config.Default(), Workspace: ws})
	var got []string
	for _, fd := range res.Findings {
		if fd.Rule == "st/undeclared-identifier" {
			got = append(got, fd.Message)
		}
	}
	slices.Sort(got)
	// the library's plain words and short names (its parameters and locals) are no names
	// it exports
	want := []string{`E_KinStatus has no value KinStatus_Erorr`, `undeclared identifier "KinStatus_Redy"`, `undeclared identifier "aSpindleReedy"`, `undeclared identifier "iMode"`, `undeclared identifier "idx"`, `undeclared identifier "nUnusedLibraryCounter"`, `undeclared identifier "value"`}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("undeclared:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A program's variable read through the program's name (`PRG_Kin.eStatus`) has the type
// the program declares it with: compared with a value nothing Gantry sees declares, where
// that type is a library's Gantry cannot see (E_KinStatus), the value is most likely the
// library's enumeration's, as it is against a local of that type; a name one or two edits
// from the POU's own stays a typo, and against a variable of a known type nothing changes.
func TestProgramVariableReadThroughItsName(t *testing.T) {
	src := `PROGRAM PRG_Kin
VAR
	eStatus : E_KinStatus;
	nCount : INT;
END_VAR
nCount := nCount + 1;
END_PROGRAM

PROGRAM MAIN
VAR
	bError : BOOL;
	nLimit : INT;
END_VAR
bError := PRG_Kin.eStatus = KinStatus_Error;
IF PRG_Kin.eStatus <> KinStatus_Ready THEN
	bError := TRUE;
END_IF
bError := PRG_Kin.eStatus = nLimt;
bError := PRG_Kin.nCount = nUnknownCount;
END_PROGRAM
`
	got := cleanRuleLines(t, "st/undeclared-identifier", "kin.st", src)
	if want := []int{18, 19}; !slices.Equal(got, want) {
		t.Errorf("undeclared-identifier on lines %v, want %v", got, want)
	}
}

// Tc2_System's GETCPUCOUNTER and GETCPUACCOUNT ship as the Beckhoff Information System
// documents them (blocks with outputs only): an output bound with := is
// st/argument-direction, read with => it is fine.
func TestCPUCounterBlockSignatures(t *testing.T) {
	src := `PROGRAM P_Measure
VAR
	fbCounter : GETCPUCOUNTER;
	fbAccount : GETCPUACCOUNT;
	nLow, nHigh, nTask : UDINT;
END_VAR
fbCounter(cpuCntLoDW := nLow);
fbCounter(cpuCntLoDW => nLow, cpuCntHiDW => nHigh);
fbAccount(cpuAccountDW => nTask);
fbAccount(cpuAccountDW := nTask);
END_PROGRAM
`
	wantOnlyOutputsBound(t, src, []string{"Tc2_Standard", "Tc2_System"}, []string{"cpuCntLoDW is an output of GETCPUCOUNTER", "cpuAccountDW is an output of GETCPUACCOUNT"})
}

// A library block that takes no input only reads a value: GETCPUCOUNTER called before and
// after the code it times is no st/fb-instance-multi-call; an edge trigger called twice is.
func TestReaderBlocksCalledTwice(t *testing.T) {
	src := `PROGRAM P_Measure
VAR
	fbCounter : GETCPUCOUNTER;
	fbTime : GETSYSTEMTIME;
	fbEdge : R_TRIG;
	nStart, nEnd : UDINT;
	bIn : BOOL;
END_VAR
fbCounter(cpuCntLoDW => nStart);
fbTime();
fbEdge(CLK := bIn);
fbCounter(cpuCntLoDW => nEnd);
fbTime();
fbEdge(CLK := bIn);
END_PROGRAM
`
	cfg := config.Default()
	SettingsOf(cfg).Libraries = []string{"Tc2_Standard", "Tc2_System"}
	var got []string
	for _, f := range checkWith(t, src, cfg, nil) {
		if strings.HasPrefix(f, "st/fb-instance-multi-call") {
			got = append(got, f)
		}
	}
	if len(got) != 1 || !strings.Contains(got[0], "fbEdge") {
		t.Errorf("want only fbEdge called twice, got %v", got)
	}
}
