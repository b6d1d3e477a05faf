package lsp_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen/ollama/ollamatest"
	"github.com/gantry-dev/gantry/lsp/lsptest"
)

// Messages as the clients of issue 13 send them (eglot 1.9, Neovim 0.7, pygls with strict
// checking, VS Code's pull client), each checked on the real binary over pipes.

// startWith initializes a server in a fresh folder holding files with the given params
// merged over a minimal initialize request; it returns the client and the result.
func startWith(t *testing.T, files map[string]string, params map[string]any) (*lsptest.Client, string, map[string]any) {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c := lsptest.Start(t, dir, "GANTRY_MODEL=")
	init := map[string]any{"processId": os.Getpid(), "rootUri": "file://" + dir, "capabilities": map[string]any{}}
	for k, v := range params {
		init[k] = v
	}
	var res map[string]any
	if err := c.Call("initialize", init, &res); err != nil {
		t.Fatal(err)
	}
	c.Notify("initialized", map[string]any{})
	return c, dir, res
}

func openDoc(c *lsptest.Client, dir, name, lang, text string) protocol.DocumentURI {
	uri := protocol.DocumentURI("file://" + filepath.Join(dir, name))
	c.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": lang, "version": 1, "text": text}})
	return uri
}

// Defect 1: eglot sends {settings: {}} right after initialize; the model named in
// initializationOptions must still answer.
func TestEmptyConfigurationChangeKeepsInitializationOptions(t *testing.T) {
	fake := ollamatest.NewServer(t, ollamatest.CodeModel("fim"))
	fake.Reply(ollamatest.Reply{Chunks: []string{"nCount := nCount", " + 1;"}})
	c, dir, _ := startWith(t, map[string]string{"main.st": mainST}, map[string]any{
		"initializationOptions": map[string]any{"model": "fim", "host": fake.URL, "completion": map[string]any{"debounce_ms": 20}},
	})
	c.Notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{}})
	uri := openDoc(c, dir, "main.st", "structured-text", mainST)
	var res struct {
		Items []struct {
			InsertText string `json:"insertText"`
		} `json:"items"`
	}
	if err := c.Call("textDocument/inlineCompletion", map[string]any{
		"textDocument": map[string]any{"uri": uri}, "position": cursor, "context": map[string]any{"triggerKind": 1},
	}, &res); err != nil {
		t.Fatal(err)
	}
	if len(fake.Generates()) == 0 {
		t.Fatalf("the model from initializationOptions was never asked after an empty configuration change; items %+v", res.Items)
	}
	if len(res.Items) == 0 || res.Items[0].InsertText != "nCount := nCount + 1;" {
		t.Errorf("items %+v", res.Items)
	}
	// A later change overrides key by key, still over the initializationOptions.
	c.Notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"gantry": map[string]any{"backend": "embedded"}}})
	before := len(fake.Generates())
	if err := c.Call("textDocument/inlineCompletion", map[string]any{
		"textDocument": map[string]any{"uri": uri}, "position": cursor, "context": map[string]any{"triggerKind": 1},
	}, &res); err != nil {
		t.Fatal(err)
	}
	if len(fake.Generates()) != before {
		t.Error("backend = embedded from the configuration change was ignored")
	}
}

// Defect 2: Neovim encodes an empty Lua table as []; that is "no settings", not an error.
// Settings that are neither an object nor empty are still reported.
func TestEmptyArrayInitializationOptionsAccepted(t *testing.T) {
	c, dir, _ := startWith(t, map[string]string{"main.st": mainST}, map[string]any{
		"initializationOptions": json.RawMessage(`[]`),
	})
	c.Notify("workspace/didChangeConfiguration", map[string]any{"settings": json.RawMessage(`[]`)})
	openDoc(c, dir, "main.st", "structured-text", strings.Replace(mainST, "(* Größe *) ", "(* Größe *) bStart := TRUE; ", 1))
	c.Wait("textDocument/publishDiagnostics", 0, 10*time.Second, func(r json.RawMessage) bool {
		return hasRule(diagnosticsOf(r), "st/write-to-input") != nil
	})
	if msgs := c.Notes("window/showMessage"); len(msgs) > 0 {
		t.Errorf("[] settings must be accepted silently, got %s", msgs)
	}
	c.Notify("workspace/didChangeConfiguration", map[string]any{"settings": json.RawMessage(`[1]`)})
	c.Wait("window/showMessage", 0, 5*time.Second, func(r json.RawMessage) bool { return strings.Contains(string(r), "want an object") })
}

const hoverRTL = `module counter (input logic clk, rst_n, output logic [3:0] q);
  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) q <= '0;
    else        q <= q + 1;
endmodule
`

func hoverAt(t *testing.T, c *lsptest.Client, uri protocol.DocumentURI, pos protocol.Position) protocol.MarkupContent {
	t.Helper()
	var h struct {
		Contents protocol.MarkupContent `json:"contents"`
	}
	if err := c.Call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": pos}, &h); err != nil {
		t.Fatal(err)
	}
	return h.Contents
}

// Defect 3: a Verilog hover is fenced once and names the always block once; a client
// that takes plain text gets plain text.
func TestVerilogHoverFencedOnceAndPlainTextForPlainClients(t *testing.T) {
	c, dir, _ := startWith(t, map[string]string{"counter.sv": hoverRTL}, map[string]any{
		"initializationOptions": map[string]any{"backend": "embedded"},
		"capabilities":          map[string]any{"textDocument": map[string]any{"hover": map[string]any{"contentFormat": []string{"markdown", "plaintext"}}}},
	})
	uri := openDoc(c, dir, "counter.sv", "systemverilog", hoverRTL)
	q := protocol.Position{Line: 3, Character: 16} // the q written in the else branch
	h := hoverAt(t, c, uri, q)
	if h.Kind != protocol.Markdown || strings.Count(h.Value, "```") != 2 || !strings.HasPrefix(h.Value, "```systemverilog\n") {
		t.Errorf("markdown hover must hold one fenced block:\n%s", h.Value)
	}
	if n := strings.Count(h.Value, "always_ff"); n != 1 {
		t.Errorf("the always block is listed %d times:\n%s", n, h.Value)
	}
	if !strings.Contains(h.Value, "always_ff @(posedge clk) (line 2)") {
		t.Errorf("driver not named by its block:\n%s", h.Value)
	}

	pc, pdir, _ := startWith(t, map[string]string{"counter.sv": hoverRTL}, map[string]any{
		"initializationOptions": map[string]any{"backend": "embedded"},
		"capabilities":          map[string]any{"textDocument": map[string]any{"hover": map[string]any{"contentFormat": []string{"plaintext"}}}},
	})
	puri := openDoc(pc, pdir, "counter.sv", "systemverilog", hoverRTL)
	p := hoverAt(t, pc, puri, q)
	if p.Kind != protocol.PlainText || strings.ContainsAny(p.Value, "`*") || !strings.HasPrefix(p.Value, "output logic [3:0] q") {
		t.Errorf("plaintext hover:\n%s", p.Value)
	}
	if !strings.Contains(p.Value, "width: 4 bits") {
		t.Errorf("plaintext hover lost its facts:\n%s", p.Value)
	}
}

// Defect 6: a client that pulls diagnostics gets them only by pulling; a pushing client
// never hears the same version twice, though a configuration change checks it again.
func TestPullClientsAreNotPushedAndVersionsArePushedOnce(t *testing.T) {
	broken := strings.Replace(mainST, "(* Größe *) ", "(* Größe *) bStart := TRUE; ", 1)
	pull, dir, _ := startWith(t, map[string]string{"main.st": broken}, map[string]any{
		"initializationOptions": map[string]any{"backend": "embedded", "completion": map[string]any{"debounce_ms": 0}},
		"capabilities":          map[string]any{"textDocument": map[string]any{"diagnostic": map[string]any{"dynamicRegistration": false}}},
	})
	uri := openDoc(pull, dir, "main.st", "structured-text", broken)
	var rep struct {
		Kind  string                `json:"kind"`
		Items []protocol.Diagnostic `json:"items"`
	}
	if err := pull.Call("textDocument/diagnostic", map[string]any{"textDocument": map[string]any{"uri": uri}}, &rep); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, d := range rep.Items {
		found = found || d.Code == "st/write-to-input"
	}
	if rep.Kind != "full" || !found {
		t.Errorf("pulled report %+v", rep)
	}
	pull.Notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{}})
	pull.Notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": uri}})
	time.Sleep(700 * time.Millisecond)
	if n := pull.Notes("textDocument/publishDiagnostics"); len(n) > 0 {
		t.Errorf("pushed to a pulling client: %s", n)
	}

	push, pdir, _ := startWith(t, map[string]string{"main.st": broken}, map[string]any{
		"initializationOptions": map[string]any{"backend": "embedded", "completion": map[string]any{"debounce_ms": 0}},
	})
	puri := openDoc(push, pdir, "main.st", "structured-text", broken)
	push.Wait("textDocument/publishDiagnostics", 0, 10*time.Second, nil)
	push.Notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{}})
	push.Notify("textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": puri}})
	time.Sleep(700 * time.Millisecond)
	versions := map[int32]int{}
	for _, n := range push.Notes("textDocument/publishDiagnostics") {
		versions[int32(diagnosticsOf(n).Version)]++
	}
	if versions[1] != 1 {
		t.Errorf("version 1 published %d times", versions[1])
	}
	// A settings change that changes the findings is published again.
	push.Notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"rules": map[string]any{"st/write-to-input": "off"}}})
	push.Wait("textDocument/publishDiagnostics", 1, 10*time.Second, func(r json.RawMessage) bool {
		return hasRule(diagnosticsOf(r), "st/write-to-input") == nil
	})
}

const brokenRTL = `module m (input logic clk, output logic q);
  always_ff @(posedge clk) begin
    q <= 1'b1;

endmodule
`

// Defect 7: rtl/syntax points at one token, in Verilog's words; generate without a model
// answers what to do; utf-8 positions are negotiated.
func TestRTLSyntaxSpanGenerateWithoutModelAndUTF8Positions(t *testing.T) {
	c, dir, res := startWith(t, map[string]string{"m.sv": brokenRTL, "main.st": mainST}, map[string]any{
		"initializationOptions": map[string]any{"backend": "embedded", "completion": map[string]any{"debounce_ms": 0}},
		"capabilities":          map[string]any{"general": map[string]any{"positionEncodings": []string{"utf-8", "utf-16"}}},
	})
	caps, _ := res["capabilities"].(map[string]any)
	if caps["positionEncoding"] != "utf-8" {
		t.Fatalf("positionEncoding %v, want utf-8", caps["positionEncoding"])
	}
	openDoc(c, dir, "m.sv", "systemverilog", brokenRTL)
	raw, _ := c.Wait("textDocument/publishDiagnostics", 0, 10*time.Second, func(r json.RawMessage) bool {
		return hasRule(diagnosticsOf(r), "rtl/syntax") != nil
	})
	d := hasRule(diagnosticsOf(raw), "rtl/syntax")
	if d.Range.Start.Line != d.Range.End.Line || d.Range.End.Character-d.Range.Start.Character > 12 {
		t.Errorf("rtl/syntax spans %+v, want one token", d.Range)
	}
	if strings.Contains(d.Message, "BEGIN") || !strings.Contains(d.Message, "begin") {
		t.Errorf("message %q", d.Message)
	}

	// utf-8: line 8's write to the input starts at byte 29, UTF-16 unit 27.
	text := strings.Replace(mainST, "(* Größe *) bMotor", "(* Größe *) bStart", 1)
	uri := openDoc(c, dir, "main.st", "structured-text", text)
	raw, _ = c.Wait("textDocument/publishDiagnostics", 0, 10*time.Second, func(r json.RawMessage) bool {
		return hasRule(diagnosticsOf(r), "st/write-to-input") != nil
	})
	if w := hasRule(diagnosticsOf(raw), "st/write-to-input"); w.Range.Start != (protocol.Position{Line: 8, Character: 29}) {
		t.Errorf("utf-8 finding at %+v, want 8:29", w.Range.Start)
	}
	// An edit in utf-8 columns: replace "bStart" (bytes 29..35) back with "bMotor".
	c.Notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": 2},
		"contentChanges": []map[string]any{{"range": protocol.Range{Start: protocol.Position{Line: 8, Character: 29}, End: protocol.Position{Line: 8, Character: 35}}, "text": "bMotor"}},
	})
	c.Wait("textDocument/publishDiagnostics", 0, 10*time.Second, func(r json.RawMessage) bool {
		p := diagnosticsOf(r)
		return p.Version == 2 && hasRule(p, "st/write-to-input") == nil && hasRule(p, "st/syntax") == nil
	})

	// gantry.generate without a model: RequestFailed saying what to set.
	gen := strings.Replace(mainST, "    \nEND_IF;", "    (* gantry: count the starts *)\n    \nEND_IF;", 1)
	c.Notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": 3},
		"contentChanges": []map[string]any{{"text": gen}}})
	err := c.Call("workspace/executeCommand", map[string]any{"command": "gantry.generate", "arguments": []any{uri, protocol.Position{Line: 9, Character: 4}}}, nil)
	rpc, ok := err.(*jsonrpc2.Error)
	if !ok || rpc.Code != -32803 || !strings.Contains(rpc.Message, "model") || !strings.Contains(rpc.Message, "gantry.toml") {
		t.Fatalf("generate without a model: %v, want RequestFailed saying what to set", err)
	}

	// A client without utf-8 gets UTF-16, as LSP's default.
	_, _, res16 := startWith(t, nil, map[string]any{"capabilities": map[string]any{"general": map[string]any{"positionEncodings": []string{"utf-16"}}}})
	if caps, _ := res16["capabilities"].(map[string]any); caps["positionEncoding"] != "utf-16" {
		t.Errorf("positionEncoding %v, want utf-16", caps["positionEncoding"])
	}
}
