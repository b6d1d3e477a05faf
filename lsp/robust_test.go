package lsp_test

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen/ollama/ollamatest"
	"github.com/gantry-dev/gantry/lsp/lsptest"
)

// Before initialize, requests get ServerNotInitialized (-32002) and notifications are
// dropped; afterwards the same request is served.
func TestRequestsBeforeInitializeAreRefused(t *testing.T) {
	dir := t.TempDir()
	c := lsptest.Start(t, dir)
	c.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": "file://" + dir + "/p.st", "languageId": "", "version": 1, "text": "PROGRAM P\nEND_PROGRAM\n"}})
	var out json.RawMessage
	err := c.Call("textDocument/documentSymbol", map[string]any{"textDocument": map[string]any{"uri": "file://" + dir + "/p.st"}}, &out)
	if e, ok := err.(*jsonrpc2.Error); !ok || e.Code != -32002 {
		t.Fatalf("before initialize: %v", err)
	}
	var init map[string]any
	if err := c.Call("initialize", map[string]any{"processId": os.Getpid(), "rootUri": "file://" + dir, "capabilities": map[string]any{}}, &init); err != nil {
		t.Fatal(err)
	}
	// The didOpen sent before initialize was dropped: a feature request answers its empty
	// result for a document the server does not hold, an explicit command says why.
	err = c.Call("textDocument/documentSymbol", map[string]any{"textDocument": map[string]any{"uri": "file://" + dir + "/p.st"}}, &out)
	if err != nil || string(out) != "[]" {
		t.Fatalf("the early didOpen was not dropped: %s, %v", out, err)
	}
	err = c.Call("workspace/executeCommand", map[string]any{"command": "gantry.showPrompt",
		"arguments": []any{"file://" + dir + "/p.st", map[string]any{"line": 0, "character": 0}}}, &out)
	if e, ok := err.(*jsonrpc2.Error); !ok || e.Code != jsonrpc2.CodeInvalidParams || !strings.Contains(e.Message, "document not open: file://") {
		t.Fatalf("a command on a document never opened: %v", err)
	}
	c.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": "file://" + dir + "/p.st", "languageId": "", "version": 1, "text": "PROGRAM P\nEND_PROGRAM\n"}})
	if err := c.Call("textDocument/documentSymbol", map[string]any{"textDocument": map[string]any{"uri": "file://" + dir + "/p.st"}}, &out); err != nil || !strings.Contains(string(out), `"name":"P"`) {
		t.Fatalf("after initialize: %s, %v", out, err)
	}
}

// A suggestion superseded by typing answers RequestCancelled (-32800), not an internal
// error carrying "context canceled".
func TestSupersededSuggestionIsCancelledNotFailed(t *testing.T) {
	fake := ollamatest.NewServer(t, ollamatest.CodeModel("fim"))
	fake.Reply(ollamatest.Reply{Chunks: []string{"nCount"}, Stall: true, StallAfter: 1})
	s := start(t, map[string]any{"model": "fim", "host": fake.URL, "completion": map[string]any{"timeout_ms": 60000}})
	s.open(t, mainST)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	waiter, err := s.Conn.DispatchCall(ctx, "textDocument/inlineCompletion", map[string]any{
		"textDocument": map[string]any{"uri": s.uri}, "position": cursor, "context": map[string]any{"triggerKind": 2},
	})
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for len(fake.Generates()) == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	s.Notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": s.uri, "version": 2},
		"contentChanges": []any{map[string]any{"range": protocol.Range{Start: cursor, End: cursor}, "text": "n"}}})
	err = waiter.Wait(ctx, &json.RawMessage{})
	if e, ok := err.(*jsonrpc2.Error); !ok || e.Code != -32800 {
		t.Fatalf("want RequestCancelled, got %v", err)
	}
}

// A host that accepts the request and then sends nothing is marked down after one timeout:
// the user is told what to do, and the next request gets the embedded answer without
// asking the host again.
func TestStalledHostIsMarkedDownAfterOneTimeout(t *testing.T) {
	fake := ollamatest.NewServer(t, ollamatest.CodeModel("fim"))
	fake.Reply(ollamatest.Reply{Stall: true})
	s := start(t, map[string]any{"model": "fim", "host": fake.URL, "completion": map[string]any{"timeout_ms": 300}})
	s.open(t, mainST)
	for i := 0; i < 3; i++ {
		if _, err := s.inline(t, cursor); err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
	}
	if n := len(fake.Generates()); n != 1 {
		t.Errorf("the stalled host was asked %d times, want once", n)
	}
	raw, _ := s.Wait("window/showMessage", 0, 5*time.Second, func(r json.RawMessage) bool { return strings.Contains(string(r), "did not answer within") })
	if !strings.Contains(string(raw), "timeout_ms") || !strings.Contains(string(raw), "embedded") {
		t.Errorf("message %s", raw)
	}
}

// A didChange whose list of changes is empty changes nothing and breaks nothing (the server
// prepares the cursor's unit where the last change ended, and there is none).
func TestEmptyChangeListIsHarmless(t *testing.T) {
	dir := t.TempDir()
	c := lsptest.Start(t, dir)
	if err := c.Call("initialize", map[string]any{"processId": os.Getpid(), "rootUri": "file://" + dir, "capabilities": map[string]any{}}, nil); err != nil {
		t.Fatal(err)
	}
	uri := "file://" + dir + "/p.st"
	c.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "st", "version": 1, "text": "PROGRAM P\nEND_PROGRAM\n"}})
	c.Notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": 2}, "contentChanges": []any{}})
	var out json.RawMessage
	if err := c.Call("textDocument/documentSymbol", map[string]any{"textDocument": map[string]any{"uri": uri}}, &out); err != nil || !strings.Contains(string(out), `"name":"P"`) {
		t.Fatalf("after an empty change: %s, %v", out, err)
	}
	// Stderr is read once the server has ended: its writer runs until then.
	if err := c.Call("shutdown", nil, nil); err != nil {
		t.Fatal(err)
	}
	c.Notify("exit", nil)
	c.Exit(10 * time.Second)
	if strings.Contains(c.Stderr(), "panicked") {
		t.Fatalf("the empty change panicked:\n%s", c.Stderr())
	}
}
