package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// `gantry check DIR` on a TwinCAT project leaves out the object files its .plcproj does not
// build (an old copy beside the real one), says so on stderr, and still checks such a file
// when it is named.
func TestCheckLeavesOutFilesTheProjectDoesNotBuild(t *testing.T) {
	dir := t.TempDir()
	pou := func(name, body string) string {
		return tcPOU(name, "FUNCTION_BLOCK "+name+"\nVAR_INPUT\n    bIn : BOOL;\nEND_VAR", body)
	}
	writeFiles(t, dir, map[string]string{
		"PLC1/PLC1.plcproj":           `<Project><ItemGroup><Compile Include="POUs\FB_Door.TcPOU" /></ItemGroup></Project>`,
		"PLC1/POUs/FB_Door.TcPOU":     pou("FB_Door", "IF bIn THEN\n    ;\nEND_IF"),
		"PLC1/POUs/FB_Door_old.TcPOU": pou("FB_Door_old", "bIn := TRUE;"),
	})
	out, stderr, code := gantry(t, "check", filepath.Join(dir, "PLC1"))
	if code != 0 || strings.Contains(out, "FB_Door_old") || !strings.Contains(out, "1 files checked") {
		t.Errorf("exit %d, want 0 with FB_Door_old left out:\n%s\n%s", code, out, stderr)
	}
	if !strings.Contains(stderr, "1 file(s) in the folders of") || !strings.Contains(stderr, "PLC1.plcproj") {
		t.Errorf("stderr does not say what was left out: %q", stderr)
	}
	got, code := findings(t, filepath.Join(dir, "PLC1", "POUs", "FB_Door_old.TcPOU"))
	if code != 1 || !slices.ContainsFunc(got, func(f string) bool { return strings.HasSuffix(f, ":st/write-to-input") }) {
		t.Errorf("named, the old copy is checked: exit %d, %v", code, got)
	}
}

// A folder of several TwinCAT projects (a course's examples, variants of one machine): a
// block's base is the one its own project declares, though another project declares a
// block of that name too; a name only another project declares (a library built in the
// same tree) still counts.
func TestCheckTakesNamesFromTheFilesOwnProject(t *testing.T) {
	dir := t.TempDir()
	pou := func(decl, body string) string { return tcPOU("x", decl, body) }
	writeFiles(t, dir, map[string]string{
		"ProjA/ProjA.plcproj":    `<Project><ItemGroup><Compile Include="FB_Base.TcPOU" /><Compile Include="FB_Tool.TcPOU" /></ItemGroup></Project>`,
		"ProjA/FB_Base.TcPOU":    pou("FUNCTION_BLOCK FB_Base\nVAR_INPUT\n    bStart : BOOL;\nEND_VAR", "bStart := bStart;"),
		"ProjA/FB_Tool.TcPOU":    pou("FUNCTION_BLOCK FB_Tool\nVAR_OUTPUT\n    bReady : BOOL;\nEND_VAR", "bReady := TRUE;"),
		"ProjB/ProjB.plcproj":    `<Project><ItemGroup><Compile Include="FB_Base.TcPOU" /><Compile Include="FB_Derived.TcPOU" /></ItemGroup></Project>`,
		"ProjB/FB_Base.TcPOU":    pou("FUNCTION_BLOCK FB_Base\nVAR_INPUT\n    nMode : INT;\nEND_VAR", "nMode := nMode;"),
		"ProjB/FB_Derived.TcPOU": pou("FUNCTION_BLOCK FB_Derived EXTENDS FB_Base\nVAR\n    fbTool : FB_Tool;\n    b : BOOL;\nEND_VAR", "IF nMode = 0 THEN\n    fbTool();\n    b := fbTool.bReady;\nEND_IF"),
	})
	got, stderr := checkFindings(t, dir)
	if u := undeclared(got); len(u) > 0 {
		t.Errorf("names taken from the other project: %v\n%s", u, stderr)
	}
	t.Chdir(dir) // `gantry check .`: the files named relative to the working folder
	got, stderr = checkFindings(t, ".")
	if u := undeclared(got); len(u) > 0 {
		t.Errorf("check .: names taken from the other project: %v\n%s", u, stderr)
	}
}

// writeFiles writes files (paths relative to dir, with slashes) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for rel, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// Three TwinCAT projects in one repository, each with a GVL and an enumeration of the same
// names, and a library source beside one of them: a member that only another project's
// list or enumeration declares is reported in this one, checked alone or with the whole
// repository, and so is a parameter its own FB_Motor lacks though the library's FB_Motor
// has it. Before, another project's declaration (brought in when one of its names was
// looked up, as another project's declaration counts where the own project declares
// nothing) joined this project's list or made its block ambiguous, and the invented names
// went unreported in `gantry check .`.
func TestCheckJudgesAListByItsOwnProject(t *testing.T) {
	dir := t.TempDir()
	gvl := func(v string) string {
		return tcGVL("GVL", "{attribute 'qualified_only'}\nVAR_GLOBAL\n    "+v+" : INT;\nEND_VAR\n")
	}
	enum := func(v string) string {
		return tcDUT("E_State", "TYPE E_State :\n(\n    IDLE := 0,\n    "+v+" := 1\n);\nEND_TYPE\n")
	}
	main := func(v, state string) string {
		return tcPOU("MAIN", "PROGRAM MAIN\nVAR\n    n : INT;\n    eState : E_State;\nEND_VAR",
			"n := GVL."+v+";\neState := E_State."+state+";\nIF eState <> "+state+" THEN\n    n := 0;\nEND_IF")
	}
	project := `<Project><ItemGroup><Compile Include="GVL.TcGVL" /><Compile Include="E_State.TcDUT" /><Compile Include="MAIN.TcPOU" /></ItemGroup></Project>`
	writeFiles(t, dir, map[string]string{
		"A/A.plcproj":      `<Project><ItemGroup><Compile Include="GVL.TcGVL" /><Compile Include="E_State.TcDUT" /><Compile Include="MAIN.TcPOU" /><Compile Include="FB_Motor.TcPOU" /><Compile Include="PRG_Drive.TcPOU" /></ItemGroup></Project>`,
		"A/GVL.TcGVL":      gvl("nSpeedA"),
		"A/E_State.TcDUT":  enum("RUN"),
		"A/MAIN.TcPOU":     main("nSpeedB", "RUNNING"), // B's names: not A's
		"A/FB_Motor.TcPOU": tcPOU("FB_Motor", "FUNCTION_BLOCK FB_Motor\nVAR_INPUT\n    bRun : BOOL;\nEND_VAR\nVAR_OUTPUT\n    bOn : BOOL;\nEND_VAR", "bOn := bRun;"),
		"A/PRG_Drive.TcPOU": tcPOU("PRG_Drive", "PROGRAM PRG_Drive\nVAR\n    fbM : FB_Motor;\n    n : INT;\n    b : BOOL;\nEND_VAR",
			"fbM(xStart := TRUE);\nb := fbM.bOn;\nn := F_Ramp(5);"), // xStart: the library's FB_Motor's
		"B/B.plcproj":     project,
		"B/GVL.TcGVL":     gvl("nSpeedB"),
		"B/E_State.TcDUT": enum("RUNNING"),
		"B/MAIN.TcPOU":    main("nSpeedB", "RUNNING"),
		"B/lib/Lib.st": "FUNCTION F_Ramp : INT\nVAR_INPUT\n    n : INT;\nEND_VAR\nF_Ramp := n;\nEND_FUNCTION\n\n" +
			"FUNCTION_BLOCK FB_Motor\nVAR_INPUT\n    xStart : BOOL;\nEND_VAR\nVAR_OUTPUT\n    bOn : BOOL;\nEND_VAR\nbOn := xStart;\nEND_FUNCTION_BLOCK\n",
		"C/C.plcproj":     project,
		"C/GVL.TcGVL":     gvl("nSpeedC"),
		"C/E_State.TcDUT": enum("RUN"),
		"C/MAIN.TcPOU":    main("nSpeedC", "RUN"),
		".git/HEAD":       "ref: refs/heads/main\n",
	})
	want := []string{
		"MAIN.TcPOU: st/undeclared-identifier: E_State has no value RUNNING",
		"MAIN.TcPOU: st/undeclared-identifier: GVL has no variable nSpeedB",
		"MAIN.TcPOU: st/undeclared-identifier: undeclared identifier \"RUNNING\"",
		"PRG_Drive.TcPOU: st/undeclared-identifier: xStart is not a parameter of FB_Motor",
	}
	for _, arg := range []string{dir, filepath.Join(dir, "A")} {
		got, stderr := checkFindings(t, arg)
		u := undeclared(got)
		slices.Sort(u)
		if !slices.Equal(u, want) {
			t.Errorf("check %s:\n got %q\nwant %q\n%s", arg, u, want, stderr)
		}
	}
}
