package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen/ollama/ollamatest"
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

// TestPLCopenPromptIsUnescapedAndAnswerEscaped: a PLCopen body is escaped XML text. The
// prompt shows the code as CODESYS does (`nPos <= 500`), and a suggestion goes back into
// the file escaped (`&gt;`), so the project file stays valid XML.
func TestPLCopenPromptIsUnescapedAndAnswerEscaped(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "line")
	copyTree(t, "../../testdata/st/project", dir)
	file := filepath.Join(dir, "Line.plcopen.xml")
	text, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	// An empty line in the program's body, where the engineer is about to type.
	text = []byte(strings.Replace(string(text), "nPos := nPos + 1;", "nPos := nPos + 1;\n", 1))
	if err := os.WriteFile(file, text, 0o644); err != nil {
		t.Fatal(err)
	}
	line := strings.Count(string(text[:strings.Index(string(text), "nPos := nPos + 1;")]), "\n") + 2
	out, stderr, code := gantry(t, "prompt", "--file", file, "--line", itoa(line), "--col", "1")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	sent := out[:strings.Index(out, "=== stop ===")]
	if !strings.Contains(sent, "nPos <= 500, bDown := nPos >= 500 & nPos <> 0") || strings.Contains(sent, "&lt;") || strings.Contains(sent, "&amp;") {
		t.Fatalf("the prompt does not show the code as the IDE does:\n%s", out)
	}
	fake := ollamatest.NewServer(t, ollamatest.CodeModel("fim"))
	fake.Respond(func(ollamatest.Request) ollamatest.Reply {
		return ollamatest.Reply{Chunks: []string{"IF nPos > 600 THEN nPos := 0; END_IF"}}
	})
	out, stderr, code = gantry(t, "complete", "--file", file, "--line", itoa(line), "--col", "1", "--json", "--model", "fim", "--host", fake.URL)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res struct {
		Suggestions []struct{ Text string } `json:"suggestions"`
		Dropped     []struct{ Text, Reason string }
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(res.Suggestions) == 0 || res.Suggestions[0].Text != "IF nPos &gt; 600 THEN nPos := 0; END_IF" {
		t.Fatalf("the suggestion must come back escaped for the XML body: %s", out)
	}
}
