package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// backend = "openai" in gantry.toml reaches the OpenAI-compatible server at base_url with
// the key from the variable api_key_env names; the suggestion comes back through the gate.
func TestCompleteThroughOpenAICompatibleServer(t *testing.T) {
	var mu sync.Mutex
	var auth, path string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.ReadAll(r.Body)
		mu.Lock()
		auth, path = r.Header.Get("Authorization"), r.URL.Path
		mu.Unlock()
		w.Header().Set("Content-Type", "text/event-stream")
		data, _ := json.Marshal(map[string]any{"choices": []any{map[string]any{"text": "nRatio := 1;", "finish_reason": "stop"}}})
		fmt.Fprintf(w, "data: %s\n\ndata: [DONE]\n\n", data)
	}))
	defer srv.Close()
	dir := t.TempDir()
	src := "PROGRAM P\nVAR\n    nRatio : INT;\nEND_VAR\n\nEND_PROGRAM\n"
	if err := os.WriteFile(filepath.Join(dir, "p.st"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	toml := fmt.Sprintf("backend = \"openai\"\nbase_url = %q\napi_key_env = \"GANTRY_TEST_OPENAI_KEY\"\nmodel = \"served-model\"\n", srv.URL+"/v1")
	if err := os.WriteFile(filepath.Join(dir, "gantry.toml"), []byte(toml), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GANTRY_TEST_OPENAI_KEY", "sk-local")
	out, stderr, code := gantry(t, "complete", "--file", filepath.Join(dir, "p.st"), "--line", "5", "--col", "1", "--json")
	if code != 0 || !strings.Contains(out, `"backend": "openai"`) || !strings.Contains(out, "nRatio := 1;") {
		t.Fatalf("exit %d\n%s%s", code, out, stderr)
	}
	mu.Lock()
	defer mu.Unlock()
	if auth != "Bearer sk-local" || path != "/v1/completions" {
		t.Errorf("request to %s with %q", path, auth)
	}
}
