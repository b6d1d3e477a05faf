package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// twincatTree writes a TwinCAT solution laid out as XAE lays it out: a .tsproj, a PLC
// project (.plcproj) and POUs, GVLs and DUTs in folders of their own. No gantry.toml.
func twincatTree(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	write := func(rel, text string) {
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("Machine/Machine.tsproj", `<?xml version="1.0"?>
<TcSmProject><Project><Plc><Project Name="PLC1" PrjFilePath="PLC1\PLC1.plcproj"/></Plc></Project></TcSmProject>
`)
	write("Machine/PLC1/PLC1.plcproj", plcproj)
	write("Machine/PLC1/DUTs/Enums/E_Mode.TcDUT", tcDUT("E_Mode", "{attribute 'qualified_only'}\nTYPE E_Mode :\n(\n\tIdle := 0,\n\tAuto,\n\tManual\n);\nEND_TYPE\n"))
	write("Machine/PLC1/DUTs/ST_Axis.TcDUT", tcDUT("ST_Axis", "TYPE ST_Axis :\nSTRUCT\n\tfPosition : LREAL;\n\tfVelocity : LREAL;\nEND_STRUCT\nEND_TYPE\n"))
	write("Machine/PLC1/GVLs/GVL_Machine.TcGVL", tcGVL("GVL_Machine", "{attribute 'qualified_only'}\nVAR_GLOBAL\n\teMode : E_Mode;\n\tbStart AT %I* : BOOL;\nEND_VAR\n"))
	write("Machine/PLC1/GVLs/GVL_Params.TcGVL", tcGVL("GVL_Params", "VAR_GLOBAL CONSTANT\n\tcMaxSpeed : LREAL := 250.0;\nEND_VAR\n"))
	write("Machine/PLC1/POUs/Axes/FB_Axis.TcPOU", tcPOU("FB_Axis",
		"FUNCTION_BLOCK FB_Axis\nVAR_INPUT\n\tbEnable : BOOL;\nEND_VAR\nVAR_OUTPUT\n\tstState : ST_Axis;\nEND_VAR\n",
		"IF bEnable THEN\n\tstState.fVelocity := MIN(stState.fVelocity, cMaxSpeed);\nEND_IF"))
	write("Machine/PLC1/POUs/F_Clamp.TcPOU", tcPOU("F_Clamp",
		"FUNCTION F_Clamp : LREAL\nVAR_INPUT\n\tfIn : LREAL;\nEND_VAR\n",
		"F_Clamp := LIMIT(0.0, fIn, cMaxSpeed);"))
	write("Machine/PLC1/POUs/MAIN.TcPOU", tcPOU("MAIN",
		"PROGRAM MAIN\nVAR\n\tfbAxis : FB_Axis;\n\tfSpeed : LREAL;\n\tfbDelay : Tc2_Standard.TON;\nEND_VAR\n",
		"fbAxis(bEnable := GVL_Machine.bStart AND GVL_Machine.eMode = E_Mode.Auto);\nfSpeed := F_Clamp(fbAxis.stState.fVelocity);\n"+
			"fbDelay(IN := fSpeed > 0.0, PT := T#1S);\nIF fbDelay.Q THEN\n\tADSLOGSTR(ADSLOG_MSGTYPE_HINT, 'speed %s', LREAL_TO_STRING(fSpeed));\nEND_IF"))
	return root
}

const plcproj = `<?xml version="1.0" encoding="utf-8"?>
<Project DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup>
    <Compile Include="POUs\MAIN.TcPOU"><SubType>Code</SubType></Compile>
  </ItemGroup>
  <ItemGroup>
    <PlaceholderReference Include="Tc2_Standard">
      <DefaultResolution>Tc2_Standard, * (Beckhoff Automation GmbH)</DefaultResolution>
      <Namespace>Tc2_Standard</Namespace>
    </PlaceholderReference>
    <PlaceholderReference Include="Tc2_System">
      <DefaultResolution>Tc2_System, * (Beckhoff Automation GmbH)</DefaultResolution>
      <Namespace>Tc2_System</Namespace>
    </PlaceholderReference>
  </ItemGroup>
</Project>
`

func tcPOU(name, decl, impl string) string {
	return `<?xml version="1.0" encoding="utf-8"?>
<TcPlcObject Version="1.1.0.1" ProductVersion="3.1.4024.12">
  <POU Name="` + name + `" Id="{6b1f3c2a-0d4e-4b8a-9a51-1c2d3e4f5a61}" SpecialFunc="None">
    <Declaration><![CDATA[` + decl + `]]></Declaration>
    <Implementation>
      <ST><![CDATA[` + impl + `]]></ST>
    </Implementation>
  </POU>
</TcPlcObject>
`
}

func tcDUT(name, decl string) string {
	return `<?xml version="1.0" encoding="utf-8"?>
<TcPlcObject Version="1.1.0.1" ProductVersion="3.1.4024.12">
  <DUT Name="` + name + `" Id="{8c247095-b391-44e2-05d6-f17c9daebfc9}">
    <Declaration><![CDATA[` + decl + `]]></Declaration>
  </DUT>
</TcPlcObject>
`
}

func tcGVL(name, decl string) string {
	return `<?xml version="1.0" encoding="utf-8"?>
<TcPlcObject Version="1.1.0.1" ProductVersion="3.1.4024.12">
  <GVL Name="` + name + `" Id="{ae4692b7-d5b3-46a4-27f8-139ebfc0d1eb}">
    <Declaration><![CDATA[` + decl + `]]></Declaration>
  </GVL>
</TcPlcObject>
`
}

// checkFindings runs gantry check --format json and returns rule ids by file base name.
func checkFindings(t *testing.T, args ...string) (map[string][]string, string) {
	t.Helper()
	out, stderr, code := gantry(t, append([]string{"check", "--format", "json"}, args...)...)
	if code == 2 {
		t.Fatalf("exit 2: %s", stderr)
	}
	var rep checkJSON
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	got := map[string][]string{}
	for _, f := range rep.Files {
		for _, d := range f.Diagnostics {
			got[filepath.Base(f.Path)] = append(got[filepath.Base(f.Path)], d.Rule+": "+d.Message)
		}
	}
	return got, stderr
}

func TestCheckDotAtTwinCATRootSeesTheWholeProject(t *testing.T) {
	root := twincatTree(t)
	t.Chdir(root)
	got, stderr := checkFindings(t, "--explain-root", ".")
	for file, fs := range got {
		for _, f := range fs {
			if strings.HasPrefix(f, "st/undeclared-identifier") {
				t.Errorf("%s: false %s", file, f)
			}
		}
	}
	// `.` at the solution folder: the common folder (no project file at or above it).
	if !strings.Contains(stderr, "project root "+root) {
		t.Errorf("explain-root: %q", stderr)
	}
}

func TestCheckOneFileUsesItsPLCProject(t *testing.T) {
	root := twincatTree(t)
	main := filepath.Join(root, "Machine/PLC1/POUs/MAIN.TcPOU")
	got, stderr := checkFindings(t, "--explain-root", main)
	if len(got["MAIN.TcPOU"]) > 0 {
		t.Errorf("MAIN alone: %v", got["MAIN.TcPOU"])
	}
	want := "project root " + filepath.Join(root, "Machine/PLC1") + ": TwinCAT project " + filepath.Join(root, "Machine/PLC1/PLC1.plcproj")
	if !strings.Contains(stderr, want) {
		t.Errorf("explain-root: %q, want %q", stderr, want)
	}
	// Files in two folders: the root holds both (never narrower than the arguments).
	got, _ = checkFindings(t, main, filepath.Join(root, "Machine/PLC1/DUTs/ST_Axis.TcDUT"))
	if len(got["MAIN.TcPOU"]) > 0 {
		t.Errorf("MAIN with a DUT: %v", got["MAIN.TcPOU"])
	}
}
