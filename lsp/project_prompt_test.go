package lsp_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen/ollama/ollamatest"
	"github.com/gantry-dev/gantry/lsp/lsptest"
)

// A TwinCAT POU with a German and a Chinese comment, its code in CDATA sections.
const tcPOU = `<?xml version="1.0" encoding="utf-8"?>
<TcPlcObject Version="1.1.0.1" ProductVersion="3.1.4024.12">
  <POU Name="FB_Tank" Id="{0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0}" SpecialFunc="None">
    <Declaration><![CDATA[FUNCTION_BLOCK FB_Tank
VAR_INPUT
	bFill : BOOL; // Füllen starten
END_VAR
VAR
	nLevel : INT; // 液位
END_VAR
]]></Declaration>
    <Implementation>
      <ST><![CDATA[IF bFill THEN
	
END_IF]]></ST>
    </Implementation>
    <LineIds Name="FB_Tank">
      <LineId Id="3" Count="2" />
    </LineIds>
  </POU>
</TcPlcObject>
`

// Over the real server and a fake model host: the model is asked with the POU as TwinCAT
// shows it (plain ST, no XML), the answer comes back as an edit inside the CDATA section at
// the cursor, and an answer that writes the block's input is dropped by the gate.
func TestTwinCATSuggestionPromptIsPlainSTAndLandsInCDATA(t *testing.T) {
	fake := ollamatest.NewServer(t, ollamatest.CodeModel("fim"))
	answer := "nLevel := nLevel + 1;"
	fake.Respond(func(r ollamatest.Request) ollamatest.Reply {
		return ollamatest.Reply{Chunks: []string{answer}}
	})
	dir := t.TempDir()
	path := filepath.Join(dir, "FB_Tank.TcPOU")
	if err := os.WriteFile(path, []byte(tcPOU), 0o644); err != nil {
		t.Fatal(err)
	}
	c := lsptest.Start(t, dir)
	var init map[string]any
	if err := c.Call("initialize", map[string]any{"rootUri": "file://" + dir, "capabilities": map[string]any{},
		"initializationOptions": map[string]any{"model": "fim", "host": fake.URL}}, &init); err != nil {
		t.Fatal(err)
	}
	c.Notify("initialized", map[string]any{})
	uri := "file://" + path
	c.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "structured-text", "version": 1, "text": tcPOU}})
	// The blank line inside the IF, after its tab (UTF-16 columns; the comments above hold
	// umlauts and CJK, which change byte offsets but not this line's).
	lines := strings.Split(tcPOU, "\n")
	line := 0
	for i, l := range lines {
		if l == "\t" {
			line = i
		}
	}
	pos := protocol.Position{Line: uint32(line), Character: 1}
	inline := func() []map[string]any {
		var res struct {
			Items []map[string]any `json:"items"`
		}
		if err := c.Call("textDocument/inlineCompletion", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": pos,
			"context": map[string]any{"triggerKind": 1}}, &res); err != nil {
			t.Fatal(err)
		}
		return res.Items
	}
	items := inline()
	if len(items) == 0 || items[0]["insertText"] != answer {
		t.Fatalf("items %v", items)
	}
	rng, _ := items[0]["range"].(map[string]any)
	start, _ := rng["start"].(map[string]any)
	if start["line"] != float64(line) || start["character"] != float64(1) {
		t.Fatalf("the edit is at %v, want line %d character 1 (inside the CDATA, at the cursor)", start, line)
	}
	gens := fake.Generates()
	if len(gens) == 0 {
		t.Fatal("the model was not asked")
	}
	g := gens[len(gens)-1]
	sent := g.Prompt + g.Suffix + g.System
	for _, bad := range []string{"<?xml", "CDATA", "<ST>", "LineId", `Id="{`, "TcPlcObject", "]]>", dir} {
		if strings.Contains(sent, bad) {
			t.Fatalf("the request carries %q:\nprompt %q\nsuffix %q", bad, g.Prompt, g.Suffix)
		}
	}
	if !strings.Contains(g.Prompt, "FUNCTION_BLOCK FB_Tank\nVAR_INPUT") || !strings.Contains(g.Prompt, "Füllen") || !strings.Contains(g.Prompt, "液位") ||
		!strings.HasSuffix(g.Prompt, "IF bFill THEN\n\t") || !strings.HasPrefix(g.Suffix, "\nEND_IF") {
		t.Fatalf("prompt %q\nsuffix %q", g.Prompt, g.Suffix)
	}
	// The gate still judges the answer in the file: a write to the block's input is dropped.
	answer = "bFill := FALSE;"
	if items := inline(); len(items) != 0 && strings.Contains(items[0]["insertText"].(string), "bFill :=") {
		t.Fatalf("a write to VAR_INPUT reached the editor: %v", items)
	}
}
