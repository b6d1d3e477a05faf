package lsp_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen/ollama/ollamatest"
)

// The whole path with a real Ollama server: gantry lsp → Ollama (a tiny deterministic model
// written by the test) → gate → editor. One model's text passes the gate; the other's writes
// an input and must never reach the editor.
func TestRealOllamaSuggestionThroughLSP(t *testing.T) {
	host := ollamatest.StartReal(t, ollamatest.RealOptions{})
	ollamatest.CreateTinyModel(t, host, "tiny-good", "nCount := nCount + 1;")
	ollamatest.CreateTinyModel(t, host, "tiny-unsafe", "bStart := FALSE;")

	good := start(t, map[string]any{"model": "tiny-good", "host": host, "completion": map[string]any{"timeout_ms": 60000}})
	good.open(t, mainST)
	items, err := good.inline(t, cursor)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) == 0 || items[0]["insertText"] != "nCount := nCount + 1;" {
		t.Fatalf("items %v\nstderr: %s", items, good.Stderr())
	}

	bad := start(t, map[string]any{"model": "tiny-unsafe", "host": host, "backend": "ollama", "completion": map[string]any{"timeout_ms": 60000}})
	bad.open(t, mainST)
	items, err = bad.inline(t, cursor)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		// The embedded backend answers for the dropped candidate and may read bStart; the
		// model's write to it must not arrive.
		if strings.Contains(it["insertText"].(string), "bStart :=") {
			t.Fatalf("the unsafe suggestion reached the editor: %v", items)
		}
	}
	bad.Wait("gantry/status", 0, 10*time.Second, func(r json.RawMessage) bool { return strings.Contains(string(r), "rule:st/write-to-input") })
}
