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
