package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A prompt in a TwinCAT project file is the POU as TwinCAT XAE shows it: plain ST, the
// cursor where the user typed, and context blocks named relative to the project, never
// the XML, CDATA markers, GUIDs, LineIds or the folder the project lies in.
func TestPromptFromTwinCATFileIsPlainSTWithRelativeSources(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "plant")
	copyTree(t, "../../testdata/st/project", dir)
	file := filepath.Join(dir, "MAIN.TcPOU")
	text, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(text), "\n")
	sawContext := false
	for i := range lines {
		out, stderr, code := gantry(t, "prompt", "--file", file, "--line", itoa(i+1), "--col", "1")
		if code != 0 {
			t.Fatalf("line %d: exit %d: %s", i+1, code, stderr)
		}
		sent := out[:strings.Index(out, "=== stop ===")] // stop sequences may name "]]>": the model never writes past the region
		for _, bad := range []string{"CDATA", "<?xml", "<TcPlcObject", `Id="{`, "LineIds", "]]>", dir, filepath.Dir(dir)} {
			if strings.Contains(sent, bad) {
				t.Fatalf("line %d: the prompt carries %q:\n%s", i+1, bad, out)
			}
		}
		sawContext = sawContext || strings.Contains(out, "// Context: FB_Conveyor.TcPOU:") || strings.Contains(out, "// Context: I_Conveyor.TcIO:")
		// The line the cursor is on is code: the prompt's text around <CURSOR> is that line.
		if strings.HasPrefix(lines[i], "fbInfeed(") {
			prefix := out[strings.Index(out, "=== prefix ===")+len("=== prefix ===\n") : strings.Index(out, "<CURSOR>")]
			suffix := out[strings.Index(out, "=== suffix ===")+len("=== suffix ===\n"):]
			if !strings.HasPrefix(prefix, "PROGRAM MAIN\nVAR\n") || !strings.HasSuffix(prefix, "rHigh := 100.0);\n\n") || !strings.HasPrefix(suffix, "fbInfeed(bEnable") {
				t.Fatalf("cursor at the start of line %d, prompt:\n%s", i+1, out)
			}
		}
	}
	if !sawContext {
		t.Error("no context block from another file of the project (relative source names) at any line")
	}
}

func itoa(n int) string {
	s := ""
	for n > 0 || s == "" {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}
