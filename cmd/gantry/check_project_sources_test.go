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
		return "<?xml version=\"1.0\"?>\n<TcPlcObject>\n  <POU Name=\"" + name + "\">\n    <Declaration><![CDATA[FUNCTION_BLOCK " + name +
			"\nVAR_INPUT\n    bIn : BOOL;\nEND_VAR\n]]></Declaration>\n    <Implementation>\n      <ST><![CDATA[" + body + "\n]]></ST>\n    </Implementation>\n  </POU>\n</TcPlcObject>\n"
	}
	files := map[string]string{
		"PLC1/PLC1.plcproj":           `<Project><ItemGroup><Compile Include="POUs\FB_Door.TcPOU" /></ItemGroup></Project>`,
		"PLC1/POUs/FB_Door.TcPOU":     pou("FB_Door", "IF bIn THEN\n    ;\nEND_IF"),
		"PLC1/POUs/FB_Door_old.TcPOU": pou("FB_Door_old", "bIn := TRUE;"),
	}
	for rel, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
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
