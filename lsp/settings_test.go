package lsp_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen/ollama/ollamatest"
)

// Bad settings from the editor are shown once, naming each key and its valid values, and
// the server keeps the last good settings: here the model and host that still answer.
func TestBadSettingsAreShownAndLastGoodKept(t *testing.T) {
	fake := ollamatest.NewServer(t, ollamatest.CodeModel("fim"))
	fake.Reply(ollamatest.Reply{Chunks: []string{"nCount := nCount + 1;"}})

	bad := start(t, map[string]any{"modle": "fim", "st": map[string]any{"dialect": "siemens"}})
	raw, _ := bad.Wait("window/showMessage", 0, 5*time.Second, func(r json.RawMessage) bool { return strings.Contains(string(r), "modle") })
	for _, want := range []string{`unknown setting \"modle\"`, `st.dialect \"siemens\": want auto, codesys, scl or ax`} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("initializationOptions message lacks %s: %s", want, raw)
		}
	}

	s := start(t, map[string]any{"model": "fim", "host": fake.URL})
	s.open(t, mainST)
	s.Notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{
		"model": "other", "host": "http://127.0.0.1:1", "completion": map[string]any{"max_tokens": -5, "candidates_invoked": 100000}}})
	raw, _ = s.Wait("window/showMessage", 0, 5*time.Second, func(r json.RawMessage) bool { return strings.Contains(string(r), "max_tokens") })
	for _, want := range []string{"completion.max_tokens = -5: want 1 to 4096", "completion.candidates_invoked = 100000: want 1 to 8"} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("didChangeConfiguration message lacks %q: %s", want, raw)
		}
	}
	items, err := s.inline(t, cursor)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) == 0 || items[0]["insertText"] != "nCount := nCount + 1;" {
		t.Fatalf("items %v: the last good settings (model fim at the fake host) must still serve", items)
	}
	if gens := fake.Generates(); len(gens) == 0 || gens[len(gens)-1].Model != "fim" {
		t.Errorf("requests to the fake host: %d", len(gens))
	}
	time.Sleep(100 * time.Millisecond)
	shown := 0
	for _, m := range s.Notes("window/showMessage") {
		if strings.Contains(string(m), "max_tokens") {
			shown++
		}
	}
	if shown != 1 {
		t.Errorf("the settings error was shown %d times, want once", shown)
	}
}

// A message larger than limits.max_message_mb is skipped without being held, the user is
// told, and the server serves on.
func TestMessageLimitFromSettings(t *testing.T) {
	s := start(t, map[string]any{"limits": map[string]any{"max_message_mb": 1}})
	s.open(t, mainST)
	body := `{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"text":"` + strings.Repeat("x", 2<<20) + `"}}`
	if err := s.Raw([]byte("Content-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n" + body)); err != nil {
		t.Fatal(err)
	}
	s.Wait("window/showMessage", 0, 10*time.Second, func(r json.RawMessage) bool {
		return strings.Contains(string(r), "exceeds limits.max_message_mb = 1")
	})
	if _, err := s.inline(t, cursor); err != nil {
		t.Fatalf("after a skipped message: %v", err)
	}
}
