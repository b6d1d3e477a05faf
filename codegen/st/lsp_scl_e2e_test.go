package st_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen/ollama/ollamatest"
	"github.com/gantry-dev/gantry/lsp/lsptest"
)

// gateSCL is a TIA Portal block as its external source; the cursor line is the empty one
// inside REGION Counting.
const gateSCL = `FUNCTION_BLOCK "FB_Gate"
{ S7_Optimized_Access := 'TRUE' }
VERSION : 0.1
   VAR_INPUT 
      open : Bool;
      sensor : Bool;
   END_VAR
   VAR_OUTPUT 
      count : DInt;
   END_VAR
   VAR 
      statEdge {InstructionName := 'R_TRIG'; LibVersion := '1.0'} : R_TRIG;
   END_VAR

BEGIN
	REGION Counting
	    #statEdge(CLK := #sensor);
	    IF #statEdge.Q THEN
	        
	    END_IF;
	END_REGION
	ENO := #open;
END_FUNCTION_BLOCK
`

// A suggestion inside a REGION of a TIA block goes through the gate like any ST
// suggestion: one that writes the block's VAR_INPUT through #open is dropped, a harmless
// one reaches the editor, and the prompt carries the block's #names.
func TestLSPSCLSuggestionInRegionIsGated(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the gantry binary")
	}
	fake := ollamatest.NewServer(t, ollamatest.CodeModel("fim"))
	fake.Reply(ollamatest.Reply{Chunks: []string{"#open", " := FALSE;"}})

	dir := t.TempDir()
	path := filepath.Join(dir, "FB_Gate.scl")
	if err := os.WriteFile(path, []byte(gateSCL), 0o644); err != nil {
		t.Fatal(err)
	}
	c := lsptest.Start(t, dir)
	var init map[string]any
	if err := c.Call("initialize", map[string]any{"processId": os.Getpid(), "rootUri": "file://" + dir,
		"capabilities": map[string]any{}, "initializationOptions": map[string]any{"model": "fim", "host": fake.URL}}, &init); err != nil {
		t.Fatal(err)
	}
	c.Notify("initialized", map[string]any{})
	uri := "file://" + path
	c.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": "structured-text", "version": 1, "text": gateSCL}})

	// The block is clean: ENO is SCL's implicit enable output, not an undeclared name.
	raw, _ := c.Wait("textDocument/publishDiagnostics", 0, 10*time.Second, nil)
	if strings.Contains(string(raw), `"severity":1`) {
		t.Errorf("errors on a clean TIA block: %s", raw)
	}

	line := strings.Count(gateSCL[:strings.Index(gateSCL, "        \n")], "\n")
	pos := map[string]any{"line": line, "character": 8}
	inline := func() []map[string]any {
		var res struct {
			Items []map[string]any `json:"items"`
		}
		if err := c.Call("textDocument/inlineCompletion", map[string]any{"textDocument": map[string]any{"uri": uri},
			"position": pos, "context": map[string]any{"triggerKind": 1}}, &res); err != nil {
			t.Fatal(err)
		}
		return res.Items
	}
	for _, it := range inline() {
		if strings.Contains(it["insertText"].(string), "#open :=") {
			t.Fatalf("a write to VAR_INPUT #open reached the editor: %v", it)
		}
	}
	// Fails the test unless the gate reports the dropped write.
	c.Wait("gantry/status", 0, 5*time.Second, func(r json.RawMessage) bool {
		return strings.Contains(string(r), "rule:st/write-to-input")
	})

	fake.Reply(ollamatest.Reply{Chunks: []string{"#count", " += 1;"}})
	items := inline()
	if len(items) == 0 || items[0]["insertText"] != "#count += 1;" {
		t.Fatalf("the harmless suggestion did not pass the gate: %v", items)
	}
	gens := fake.Generates()
	last := gens[len(gens)-1]
	if !strings.Contains(last.Prompt, "#open, #sensor, #count, #statEdge") || !strings.Contains(last.Suffix, "END_REGION") {
		t.Errorf("prompt %q\nsuffix %q", last.Prompt, last.Suffix)
	}
}
