package lsp_test

import (
	"context"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen/ollama/ollamatest"
	"github.com/gantry-dev/gantry/lsp/lsptest"
)

// mainST has German and Chinese comments before the positions the tests use, so UTF-16
// columns and byte columns differ.
const mainST = `PROGRAM Main
VAR_INPUT
    bStart : BOOL; (* Start-Taster prüfen *)
END_VAR
VAR
    bMotor AT %QX0.0 : BOOL; // 电机输出
    nCount : INT;
END_VAR
IF bStart THEN (* Größe *) bMotor := TRUE;
    
END_IF;
END_PROGRAM
`

// cursor is the empty line inside the IF.
var cursor = protocol.Position{Line: 9, Character: 4}

type session struct {
	*lsptest.Client
	dir string
	uri protocol.DocumentURI
}

func start(t *testing.T, settings map[string]any, env ...string) *session {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "main.st")
	if err := os.WriteFile(path, []byte(mainST), 0o644); err != nil {
		t.Fatal(err)
	}
	c := lsptest.Start(t, dir, env...)
	var init map[string]any
	if err := c.Call("initialize", map[string]any{
		"processId": os.Getpid(), "rootUri": "file://" + dir, "capabilities": map[string]any{},
		"initializationOptions": settings, "trace": "verbose",
	}, &init); err != nil {
		t.Fatal(err)
	}
	c.Notify("initialized", map[string]any{})
	return &session{Client: c, dir: dir, uri: protocol.DocumentURI("file://" + path)}
}

func (s *session) open(t *testing.T, text string) {
	s.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": s.uri, "languageId": "structured-text", "version": 1, "text": text}})
}

func diagnosticsOf(raw json.RawMessage) protocol.PublishDiagnosticsParams {
	var p protocol.PublishDiagnosticsParams
	_ = json.Unmarshal(raw, &p)
	return p
}

func hasRule(p protocol.PublishDiagnosticsParams, rule string) *protocol.Diagnostic {
	for i, d := range p.Diagnostics {
		if d.Code == rule {
			return &p.Diagnostics[i]
		}
	}
	return nil
}

func (s *session) inline(t *testing.T, pos protocol.Position) ([]map[string]any, error) {
	var res struct {
		Items []map[string]any `json:"items"`
	}
	err := s.Call("textDocument/inlineCompletion", map[string]any{
		"textDocument": map[string]any{"uri": s.uri}, "position": pos, "context": map[string]any{"triggerKind": 1},
	}, &res)
	return res.Items, err
}

func TestInitializeAdvertisesCapabilities(t *testing.T) {
	dir := t.TempDir()
	c := lsptest.Start(t, dir)
	var init struct {
		Capabilities struct {
			TextDocumentSync struct {
				Change    int  `json:"change"`
				OpenClose bool `json:"openClose"`
			} `json:"textDocumentSync"`
			InlineCompletionProvider bool            `json:"inlineCompletionProvider"`
			CompletionProvider       json.RawMessage `json:"completionProvider"`
			DiagnosticProvider       json.RawMessage `json:"diagnosticProvider"`
		} `json:"capabilities"`
		ServerInfo struct{ Name string } `json:"serverInfo"`
	}
	if err := c.Call("initialize", map[string]any{"processId": 1, "rootUri": nil, "capabilities": map[string]any{}}, &init); err != nil {
		t.Fatal(err)
	}
	caps := init.Capabilities
	if caps.TextDocumentSync.Change != 2 || !caps.TextDocumentSync.OpenClose || !caps.InlineCompletionProvider ||
		caps.CompletionProvider == nil || caps.DiagnosticProvider == nil || init.ServerInfo.Name != "gantry" {
		t.Errorf("capabilities: %+v", init)
	}
}

func TestDiagnosticsFollowIncrementalEditsInUTF16(t *testing.T) {
	s := start(t, map[string]any{"completion": map[string]any{"debounce_ms": 20}})
	broken := strings.Replace(mainST, "END_IF;", "END_IF", 1) + "garbage ("
	s.open(t, broken)
	raw, next := s.Wait("textDocument/publishDiagnostics", 0, 10*time.Second, func(r json.RawMessage) bool {
		return hasRule(diagnosticsOf(r), "st/syntax") != nil
	})
	if d := hasRule(diagnosticsOf(raw), "st/syntax"); d.Severity != protocol.DiagnosticSeverityError {
		t.Errorf("syntax diagnostic: %+v", d)
	}

	// Fix the document with incremental edits, then write to the input after the German
	// comment on line 8: "IF bStart THEN (* Größe *) " is 27 UTF-16 units but 29 bytes.
	s.Notify("textDocument/didChange", map[string]any{
		"textDocument": map[string]any{"uri": s.uri, "version": 2},
		"contentChanges": []map[string]any{
			{"range": protocol.Range{Start: protocol.Position{Line: 12, Character: 0}, End: protocol.Position{Line: 12, Character: 9}}, "text": ""},
			{"range": protocol.Range{Start: protocol.Position{Line: 10, Character: 6}, End: protocol.Position{Line: 10, Character: 6}}, "text": ";"},
			{"range": protocol.Range{Start: protocol.Position{Line: 8, Character: 27}, End: protocol.Position{Line: 8, Character: 33}}, "text": "bStart"},
		},
	})
	raw, _ = s.Wait("textDocument/publishDiagnostics", next, 10*time.Second, func(r json.RawMessage) bool {
		p := diagnosticsOf(r)
		return p.Version == 2
	})
	p := diagnosticsOf(raw)
	if d := hasRule(p, "st/syntax"); d != nil {
		t.Fatalf("still a syntax error after the fix: %+v", p.Diagnostics)
	}
	d := hasRule(p, "st/write-to-input")
	if d == nil {
		t.Fatalf("no st/write-to-input after writing the input: %+v", p.Diagnostics)
	}
	if d.Range.Start.Line != 8 || d.Range.Start.Character != 27 {
		t.Errorf("finding at %+v, want line 8 character 27 (UTF-16)", d.Range.Start)
	}
}

func TestGateDropsUnsafeSuggestionFromModel(t *testing.T) {
	fake := ollamatest.NewServer(t, ollamatest.CodeModel("fim"))
	fake.Respond(func(r ollamatest.Request) ollamatest.Reply {
		if r.Generate != nil && strings.Contains(r.Generate.Prompt, "nCount") && strings.Contains(r.Generate.Suffix, "END_IF") {
			return ollamatest.Reply{Chunks: []string{"bStart", " := FALSE;"}}
		}
		return ollamatest.Reply{}
	})
	s := start(t, map[string]any{"model": "fim", "host": fake.URL})
	s.open(t, mainST)
	items, err := s.inline(t, cursor)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		if strings.Contains(it["insertText"].(string), "bStart :=") {
			t.Fatalf("a write to VAR_INPUT reached the editor: %v", items)
		}
	}
	raw, _ := s.Wait("gantry/status", 0, 5*time.Second, func(r json.RawMessage) bool { return strings.Contains(string(r), "rule:st/write-to-input") })
	if !strings.Contains(string(raw), `"dropped":1`) {
		t.Errorf("status: %s", raw)
	}
	// The log names the rule that dropped it, with its message.
	s.Wait("window/logMessage", 0, 5*time.Second, func(r json.RawMessage) bool {
		return strings.Contains(string(r), "gate dropped") && strings.Contains(string(r), "rule:st/write-to-input: ") && strings.Contains(string(r), "bStart")
	})

	// The same position with a harmless answer passes, with the model named.
	fake.Reply(ollamatest.Reply{Chunks: []string{"nCount := nCount", " + 1;"}})
	items, err = s.inline(t, cursor)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) == 0 || items[0]["insertText"] != "nCount := nCount + 1;" {
		t.Fatalf("items %v", items)
	}
	gens := fake.Generates()
	last := gens[len(gens)-1]
	if last.Suffix == "" || !strings.Contains(last.Prompt, "bMotor") || last.Options["num_ctx"] == nil {
		t.Errorf("request sent: prompt %q suffix %q options %v", last.Prompt, last.Suffix, last.Options)
	}
}

func TestCancelRequestAbortsModelCall(t *testing.T) {
	fake := ollamatest.NewServer(t, ollamatest.CodeModel("fim"))
	fake.Reply(ollamatest.Reply{Chunks: []string{"nCount"}, Stall: true, StallAfter: 1})
	s := start(t, map[string]any{"model": "fim", "host": fake.URL, "completion": map[string]any{"timeout_ms": 60000}})
	s.open(t, mainST)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	id := jsonrpc2.ID{Num: 4242}
	waiter, err := s.Conn.DispatchCall(ctx, "textDocument/inlineCompletion", map[string]any{
		"textDocument": map[string]any{"uri": s.uri}, "position": cursor, "context": map[string]any{"triggerKind": 2},
	}, jsonrpc2.PickID(id))
	if err != nil {
		t.Fatal(err)
	}
	// Wait until the model call is in flight, then cancel it.
	deadline := time.Now().Add(10 * time.Second)
	for len(fake.Generates()) == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	s.Notify("$/cancelRequest", map[string]any{"id": 4242})
	start := time.Now()
	err = waiter.Wait(ctx, &json.RawMessage{})
	if e, ok := err.(*jsonrpc2.Error); !ok || e.Code != -32800 {
		t.Fatalf("want RequestCancelled, got %v", err)
	}
	if time.Since(start) > 5*time.Second {
		t.Errorf("cancellation took %v", time.Since(start))
	}
	select {
	case <-fake.Canceled():
	case <-time.After(5 * time.Second):
		t.Error("the model host never saw the request cancelled")
	}
}

func TestHostDownFallsBackToEmbeddedAndSaysSoOnce(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close() // nothing listens here now
	s := start(t, map[string]any{"model": "fim", "host": "http://" + addr})
	s.open(t, mainST)
	for i := 0; i < 2; i++ {
		items, err := s.inline(t, protocol.Position{Line: 9, Character: 4})
		if err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
		_ = items
	}
	time.Sleep(200 * time.Millisecond)
	var shown int
	for _, m := range s.Notes("window/showMessage") {
		if strings.Contains(string(m), addr) {
			shown++
		}
	}
	if shown != 1 {
		t.Errorf("host-down message shown %d times, want once; messages: %v", shown, s.Notes("window/showMessage"))
	}
	raw, _ := s.Wait("gantry/status", 0, 5*time.Second, func(r json.RawMessage) bool { return strings.Contains(string(r), `"reachable":false`) })
	if !strings.Contains(string(raw), `"backend":"embedded"`) || !strings.Contains(string(raw), addr) {
		t.Errorf("status %s", raw)
	}
}

func TestGarbageFromModelIsSurvived(t *testing.T) {
	fake := ollamatest.NewServer(t, ollamatest.CodeModel("fim"))
	fake.Reply(ollamatest.Reply{Body: "this is not ndjson\n{{{"})
	s := start(t, map[string]any{"model": "fim", "host": fake.URL})
	s.open(t, mainST)
	if _, err := s.inline(t, cursor); err != nil {
		t.Fatalf("garbage from the model must not fail the request: %v", err)
	}
	// The server still works.
	if _, err := s.inline(t, cursor); err != nil {
		t.Fatal(err)
	}
}

func TestMalformedMessagesAndBadPositionsGetErrors(t *testing.T) {
	s := start(t, nil)
	s.open(t, mainST)
	body := "{not json"
	if err := s.Raw([]byte("Content-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n" + body)); err != nil {
		t.Fatal(err)
	}
	// The server answered the garbage and still serves.
	_, err := s.inline(t, protocol.Position{Line: 400, Character: 0})
	if e, ok := err.(*jsonrpc2.Error); !ok || e.Code != jsonrpc2.CodeInvalidParams || !strings.Contains(e.Message, "out of range") {
		t.Fatalf("out-of-range position: %v", err)
	}
	var res json.RawMessage
	if err := s.Call("no/such/method", map[string]any{}, &res); err == nil {
		t.Error("unknown method must be an error")
	}
}

func TestShutdownThenExitIsZeroExitAloneIsOne(t *testing.T) {
	s := start(t, nil)
	if err := s.Call("shutdown", nil, nil); err != nil {
		t.Fatal(err)
	}
	s.Notify("exit", nil)
	if code := s.Exit(5 * time.Second); code != 0 {
		t.Errorf("exit after shutdown: %d", code)
	}
	s2 := start(t, nil)
	s2.Notify("exit", nil)
	if code := s2.Exit(5 * time.Second); code != 1 {
		t.Errorf("exit without shutdown: %d", code)
	}
}

func TestGenerateFromCommentArrivesAsAnEdit(t *testing.T) {
	fake := ollamatest.NewServer(t, ollamatest.CodeModel("fim"))
	fake.Respond(func(r ollamatest.Request) ollamatest.Reply {
		if r.Chat != nil && len(r.Chat.Messages) > 2 {
			return ollamatest.Reply{Chunks: []string{"Fixed:\n```st\nnCount := nCount + 1;\n```\n"}}
		}
		// The first answer writes the input: the checker sends it back.
		return ollamatest.Reply{Chunks: []string{"```st\nbStart := FALSE;\n```"}}
	})
	s := start(t, map[string]any{"model": "fim", "host": fake.URL})
	text := strings.Replace(mainST, "    \nEND_IF;", "    (* gantry: count how often the motor starts *)\n    \nEND_IF;", 1)
	s.open(t, text)
	var actions []protocol.CodeAction
	if err := s.Call("textDocument/codeAction", map[string]any{"textDocument": map[string]any{"uri": s.uri},
		"range": protocol.Range{Start: protocol.Position{Line: 9}, End: protocol.Position{Line: 9}}, "context": map[string]any{"diagnostics": []any{}}}, &actions); err != nil {
		t.Fatal(err)
	}
	if len(actions) != 1 || actions[0].Command == nil {
		t.Fatalf("actions %+v", actions)
	}
	var res struct {
		OK     bool `json:"ok"`
		Rounds []any
	}
	if err := s.Call("workspace/executeCommand", map[string]any{"command": actions[0].Command.Command, "arguments": actions[0].Command.Arguments}, &res); err != nil {
		t.Fatal(err)
	}
	if !res.OK || len(res.Rounds) != 2 {
		t.Fatalf("result %+v", res)
	}
	raw, _ := s.Wait("workspace/applyEdit", 0, 5*time.Second, nil)
	if !strings.Contains(string(raw), "nCount := nCount + 1;") || strings.Contains(string(raw), "bStart") {
		t.Errorf("edit %s", raw)
	}
}

func TestSlowHostTimesOutAndEmbeddedAnswers(t *testing.T) {
	fake := ollamatest.NewServer(t, ollamatest.CodeModel("fim"))
	fake.Reply(ollamatest.Reply{Chunks: []string{"nCount"}, Stall: true, StallAfter: 1})
	s := start(t, map[string]any{"model": "fim", "host": fake.URL, "completion": map[string]any{"timeout_ms": 300}})
	// An unclosed IF: the embedded backend closes it.
	s.open(t, strings.Replace(mainST, "END_IF;\n", "", 1))
	t0 := time.Now()
	items, err := s.inline(t, cursor)
	if err != nil {
		t.Fatal(err)
	}
	if time.Since(t0) > 10*time.Second {
		t.Errorf("a stalled host held the request for %v", time.Since(t0))
	}
	found := false
	for _, it := range items {
		found = found || strings.Contains(it["insertText"].(string), "END_IF")
	}
	if !found {
		t.Errorf("the embedded backend must answer when the host is slow: %v", items)
	}
	s.Wait("window/showMessage", 0, 5*time.Second, func(r json.RawMessage) bool { return strings.Contains(string(r), "embedded") })
}
