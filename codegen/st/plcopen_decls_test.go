package st

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/rules"
)

// A CODESYS PLCopen export written after the TC6 schema and CODESYS's conventions: the
// declarations are XML (<interface>, methods in the POU's <addData>, the VAR_INST a method
// keeps only in its <InterfaceAsPlainText>, a structure's base in <datatypeinheritance>, a
// global list mixing CONSTANT and other variables split in <mixedattrsvarlist>). Each
// body is judged with its POU's variables; the export lists no libraries, so LOGREC, a
// type the block's variables are declared with, is a library's, also under SIZEOF.
const plcopenMixer = `<?xml version="1.0" encoding="utf-8"?>
<project xmlns="http://www.plcopen.org/xml/tc6_0200">
  <types>
    <dataTypes>
      <dataType name="ST_Batch">
        <baseType><struct>
          <variable name="nLot"><type><DINT /></type></variable>
        </struct></baseType>
      </dataType>
      <dataType name="ST_Dose">
        <baseType><struct>
          <variable name="rGrams"><type><LREAL /></type></variable>
        </struct></baseType>
        <addData><data name="http://www.3s-software.com/plcopenxml/datatypeinheritance" handleUnknown="implementation">
          <Inheritance><Extends>ST_Batch</Extends></Inheritance>
        </data></addData>
      </dataType>
    </dataTypes>
    <pous>
      <pou name="F_Half" pouType="function">
        <interface>
          <returnType><LREAL /></returnType>
          <inputVars><variable name="rIn"><type><LREAL /></type></variable></inputVars>
        </interface>
        <body><ST><xhtml xmlns="http://www.w3.org/1999/xhtml">F_Half := rIn / 2.0;</xhtml></ST></body>
      </pou>
      <pou name="FB_Agitator" pouType="functionBlock">
        <interface>
          <inputVars><variable name="xRun"><type><BOOL /></type></variable></inputVars>
          <localVars>
            <variable name="nTurns"><type><UDINT /></type></variable>
            <variable name="stDose"><type><derived name="ST_Dose" /></type></variable>
            <variable name="stLog"><type><derived name="LOGREC" /></type></variable>
            <variable name="nBytes"><type><UDINT /></type></variable>
          </localVars>
        </interface>
        <body><ST><xhtml xmlns="http://www.w3.org/1999/xhtml">IF xRun THEN
	nTurns := nTurns + 1;
	nTurnz := 0;
END_IF
stDose.rGrams := F_Half(stDose.rGrams);
nBytes := SIZEOF(LOGREC) + SIZEOF(stLogg);</xhtml></ST></body>
        <addData>
          <data name="http://www.3s-software.com/plcopenxml/method" handleUnknown="implementation">
            <Method name="M_Clear">
              <interface>
                <returnType><BOOL /></returnType>
                <localVars><variable name="xDone"><type><BOOL /></type></variable></localVars>
              </interface>
              <body><ST><xhtml xmlns="http://www.w3.org/1999/xhtml">nClears := nClears + 1;
stDose.nLot := 0;
xDone := TRUE;
GVL_Agit.nStarts := GVL_Agit.nStarts + 1;
GVL_Agit.nLimit := 7;
M_Clear := xDone;</xhtml></ST></body>
              <InterfaceAsPlainText><xhtml xmlns="http://www.w3.org/1999/xhtml">METHOD M_Clear : BOOL
VAR
	xDone : BOOL;
END_VAR

VAR_INST
	nClears : UDINT;
END_VAR
</xhtml></InterfaceAsPlainText>
            </Method>
          </data>
        </addData>
      </pou>
    </pous>
  </types>
  <instances><configurations /></instances>
  <addData>
    <data name="http://www.3s-software.com/plcopenxml/globalvars" handleUnknown="implementation">
      <globalVars name="GVL_Agit" constant="true">
        <variable name="nLimit"><type><UINT /></type></variable>
        <variable name="nStarts"><type><UDINT /></type></variable>
        <addData><data name="http://www.3s-software.com/plcopenxml/mixedattrsvarlist" handleUnknown="implementation">
          <MixedAttrsVarList>
            <globalVars name="GVL_Agit" constant="true">
              <variable name="nLimit"><type><UINT /></type></variable>
            </globalVars>
            <globalVars name="GVL_Agit">
              <variable name="nStarts"><type><UDINT /></type></variable>
            </globalVars>
          </MixedAttrsVarList>
        </data></addData>
      </globalVars>
    </data>
  </addData>
</project>
`

func TestPLCopenBodiesJudgedWithTheirDeclarations(t *testing.T) {
	pk := New()
	path := "/p/agitator.xml"
	f, err := codegen.Parse(context.Background(), pk, path, []byte(plcopenMixer))
	if err != nil {
		t.Fatal(err)
	}
	ws := &memWorkspace{files: []codegen.WorkspaceFile{{Path: path, File: f}}}
	res := codegen.Diagnose(context.Background(), pk, codegen.CheckRequest{Path: path, File: f, Config: testConfig(), Workspace: ws})
	var got []string
	for _, fd := range res.Findings {
		if fd.Severity == rules.Error {
			got = append(got, strings.TrimPrefix(fd.Rule, "st/")+": "+fd.Message)
		}
	}
	sort.Strings(got)
	want := []string{
		"undeclared-identifier: undeclared identifier \"nTurnz\"",
		"undeclared-identifier: undeclared identifier \"stLogg\"",
		"write-to-constant: assignment writes nLimit, which is declared CONSTANT",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestReadPLCopenDecls(t *testing.T) {
	d := readPLCopenDecls([]byte(plcopenMixer))
	if d == nil || len(d.top) != 2 || len(d.all) != 3 {
		t.Fatalf("POUs: %+v", d)
	}
	fb := d.top[1]
	m := fb.Child("M_Clear")
	if fb.Kind != KindFunctionBlock || m == nil || m.Kind != KindMethod || m.Parent != fb {
		t.Fatalf("FB_Agitator and its method: %+v", fb)
	}
	if v := m.Var("nClears"); v == nil || v.Type.Name != "UDINT" {
		t.Errorf("VAR_INST of the plain-text interface: %+v", v)
	}
	if v := fb.Var("xRun"); v == nil || v.Section != SecInput || plcopenMixer[v.Start:v.End] != "xRun" {
		t.Errorf("input xRun and its range: %+v", v)
	}
	if d.top[0].ReturnType.Name != "LREAL" {
		t.Errorf("F_Half's result: %+v", d.top[0].ReturnType)
	}
	if len(d.types) != 2 || d.types[1].Type.Base != "ST_Batch" {
		t.Errorf("ST_Dose EXTENDS ST_Batch: %+v", d.types)
	}
	var consts []string
	for _, v := range d.globals {
		if v.Constant {
			consts = append(consts, v.Name)
		}
		if v.List != "GVL_Agit" {
			t.Errorf("%s in list %q", v.Name, v.List)
		}
	}
	if strings.Join(consts, ",") != "nLimit" {
		t.Errorf("constants of the mixed list: %v", consts)
	}
}

// TwinCAT XAE exports PLCopen XML without a <Libraries> list, yet the export comes from a
// TwinCAT project: the system information TwinCAT generates in every project
// (_TaskInfo, _AppInfo) and the Beckhoff libraries Gantry ships are declared there, as in
// a .TcPOU whose .plcproj is not at hand. An export CODESYS wrote implies no such thing.
func TestTwinCATExportHasTheDefaultLibraries(t *testing.T) {
	export := func(product string) string {
		return `<?xml version="1.0" encoding="utf-8"?>
<project xmlns="http://www.plcopen.org/xml/tc6_0200">
  <fileHeader companyName="Vendor" productName="` + product + `" productVersion="3.5.13.21" creationDateTime="2025-01-01T00:00:00" />
  <contentHeader name="Untitled1" />
  <types>
    <dataTypes />
    <pous>
      <pou name="PRG_Cycle" pouType="program">
        <interface>
          <localVars>
            <variable name="nTask"><type><DINT /></type></variable>
            <variable name="rPeriod"><type><LREAL /></type></variable>
          </localVars>
        </interface>
        <body><ST><xhtml xmlns="http://www.w3.org/1999/xhtml">nTask := GETCURTASKINDEXEX();
rPeriod := 100.0E-9 * UDINT_TO_LREAL(_TaskInfo[nTask].CycleTime);
rPeriod := rPeriod + rOffsett;</xhtml></ST></body>
      </pou>
    </pous>
  </types>
  <instances><configurations /></instances>
</project>
`
	}
	undeclaredIn := func(text string) []string { return undeclaredMessages(t, "/p/cycle.xml", text) }
	if got := undeclaredIn(export("TwinCAT PLC Control")); len(got) != 1 || !strings.Contains(got[0], "rOffsett") {
		t.Errorf("a TwinCAT export: only rOffsett may be undeclared, got %v", got)
	}
	got := undeclaredIn(export("CODESYS"))
	if len(got) != 2 || !strings.Contains(strings.Join(got, " "), "_TaskInfo") {
		t.Errorf("a CODESYS export knows no TwinCAT system information: want _TaskInfo and rOffsett undeclared, got %v", got)
	}
}

// TwinCAT's PLCopen export of a method holds no VAR_INST: TC6 has no element for them and
// TwinCAT writes no <InterfaceAsPlainText>. A name the method reads that nothing declares
// may be one of them (unknown), unless it is one or two edits from a name in scope (a
// typo); the block's body is judged as before. CODESYS writes the plain-text interface,
// so there the same name is undeclared.
func TestTwinCATExportMethodKeepsNoVarInst(t *testing.T) {
	export := func(product string) string {
		return `<?xml version="1.0" encoding="utf-8"?>
<project xmlns="http://www.plcopen.org/xml/tc6_0200">
  <fileHeader companyName="Vendor" productName="` + product + `" productVersion="3.5.13.21" creationDateTime="2025-01-01T00:00:00" />
  <contentHeader name="Untitled1" />
  <types>
    <dataTypes />
    <pous>
      <pou name="FB_Dir" pouType="functionBlock">
        <interface>
          <localVars>
            <variable name="nState"><type><INT /></type></variable>
          </localVars>
        </interface>
        <body><ST><xhtml xmlns="http://www.w3.org/1999/xhtml">nState := nStateX + 1;</xhtml></ST></body>
        <addData>
          <data name="http://www.3s-software.com/plcopenxml/method" handleUnknown="implementation">
            <Method name="M_Walk">
              <interface>
                <returnType><BOOL /></returnType>
                <inputVars><variable name="sRoot"><type><string /></type></variable></inputVars>
              </interface>
              <body><ST><xhtml xmlns="http://www.w3.org/1999/xhtml">iLevel := iLevel + 1;
M_Walk := iLevel > nStat;</xhtml></ST></body>
              <addData />
            </Method>
          </data>
        </addData>
      </pou>
    </pous>
  </types>
  <instances><configurations /></instances>
</project>
`
	}
	check := func(text string) []string { return undeclaredMessages(t, "/p/dir.xml", text) }
	// iLevel may be the method's VAR_INST; nStat is a typo of nState, nStateX one in the body.
	if got, want := check(export("TwinCAT PLC Control")), []string{`undeclared identifier "nStat"`, `undeclared identifier "nStateX"`}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("TwinCAT export: got %v, want %v", got, want)
	}
	if got := check(export("CODESYS")); len(got) != 5 {
		t.Errorf("CODESYS export: want iLevel (three times), nStat and nStateX undeclared, got %v", got)
	}
}

// undeclaredMessages checks a file alone in its workspace and returns its
// st/undeclared-identifier messages, sorted.
func undeclaredMessages(t *testing.T, path, text string) []string {
	t.Helper()
	pk := New()
	f, err := codegen.Parse(context.Background(), pk, path, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	ws := &memWorkspace{files: []codegen.WorkspaceFile{{Path: path, File: f}}}
	res := codegen.Diagnose(context.Background(), pk, codegen.CheckRequest{Path: path, File: f, Config: testConfig(), Workspace: ws})
	var got []string
	for _, fd := range res.Findings {
		if fd.Rule == "st/undeclared-identifier" {
			got = append(got, fd.Message)
		}
	}
	sort.Strings(got)
	return got
}
