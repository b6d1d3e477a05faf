package lsp_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen/ollama/ollamatest"
	"github.com/gantry-dev/gantry/lsp/lsptest"
)

// Issue 13, defect 1, with the real client: Emacs eglot (Debian's elpa-eglot) sends
// workspace/didChangeConfiguration {settings: {}} right after initialize. The model named
// in its :initializationOptions must still be the one asked.
func TestEglotKeepsInitializationOptions(t *testing.T) {
	emacs := requireTool(t, "emacs")
	if err := exec.Command(emacs, "--batch", "--eval", "(require 'eglot)").Run(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("eglot is required in CI (Debian elpa-eglot)")
		}
		t.Skip("eglot not installed")
	}
	fake := ollamatest.NewServer(t, ollamatest.CodeModel("fim"))
	fake.Reply(ollamatest.Reply{Chunks: []string{"nCount := nCount", " + 1;"}})
	dir := t.TempDir()
	file := filepath.Join(dir, "main.st")
	if err := os.WriteFile(file, []byte(mainST), 0o644); err != nil {
		t.Fatal(err)
	}
	resultFile := filepath.Join(dir, "result.json")
	script, _ := filepath.Abs("testdata/eglot_settings.el")
	cmd := exec.Command(emacs, "--batch", "-q", "-l", script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GANTRY_BIN="+lsptest.Binary(t), "ST_FILE="+file, "RESULT_FILE="+resultFile,
		"FAKE_HOST="+fake.URL, "GANTRY_MODEL=", "HOME="+dir, "GANTRY_STATS="+filepath.Join(dir, "stats.json"))
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(90 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("emacs hung\n%s", out.String())
	}
	data, err := os.ReadFile(resultFile)
	if err != nil {
		t.Fatalf("no result: %v\n%s", err, out.String())
	}
	var res struct {
		Error  string `json:"error"`
		Result struct {
			Items []struct {
				InsertText string `json:"insertText"`
			} `json:"items"`
		} `json:"result"`
	}
	if err := json.Unmarshal(data, &res); err != nil || res.Error != "" {
		t.Fatalf("%v %s\n%s", err, data, out.String())
	}
	if len(fake.Generates()) == 0 {
		t.Fatalf("eglot's empty configuration change dropped the model: no request reached it; answer %s", data)
	}
	if len(res.Result.Items) == 0 || res.Result.Items[0].InsertText != "nCount := nCount + 1;" {
		t.Errorf("items %s", data)
	}
}
