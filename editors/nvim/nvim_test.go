// Package nvim_test runs the Neovim plugin headless against the real gantry binary and a
// fake Ollama server: one Lua script per language (test/*.lua) drives the editor and
// reports what it saw; this test builds the binary, starts the fake model and checks.
package nvim_test

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen/ollama/ollamatest"
)

func TestNeovimPlugin(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		if os.Getenv("CI") != "" { // as lsp/'s tests decide: any CI value means CI
			t.Fatal("nvim is required in CI (Debian package neovim)")
		}
		t.Skip("nvim not installed")
	}
	plugin, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "gantry")
	build := exec.Command("go", "build", "-o", bin, "./cmd/gantry")
	build.Dir = filepath.Join(plugin, "..", "..")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	cases := []struct{ lang, ext, reply string }{
		{"st", ".st", "nCount := nCount + 1;"},
		{"gcode", ".ngc", "G1 X40 Y10"},
		{"verilog", ".v", "if (rst) q <= 4'd0;"},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			t.Parallel()
			if !served(t, bin, c.ext) {
				t.Fatalf("gantry has no language pack for %s files (gantry check: unknown file type)", c.ext)
			}
			fake := ollamatest.NewServer(t, ollamatest.CodeModel("fim"))
			fake.Reply(ollamatest.Reply{Chunks: []string{c.reply[:4], c.reply[4:]}})
			settings, _ := json.Marshal(map[string]any{
				"model": "fim", "host": fake.URL, "completion": map[string]any{"debounce_ms": 20},
			})
			runScript(t, nvim, plugin, filepath.Join(plugin, "test", c.lang+".lua"), bin, string(settings), c.reply)
		})
	}
}

// served reports whether the binary has a language pack for files with ext: `gantry
// check` exits 2 with "unknown file type" when it has none.
func served(t *testing.T, bin, ext string) bool {
	f := filepath.Join(t.TempDir(), "probe"+ext)
	if err := os.WriteFile(f, []byte("\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "check", f).CombinedOutput()
	var exit *exec.ExitError
	return !(errors.As(err, &exit) && exit.ExitCode() == 2 && strings.Contains(string(out), "unknown file type"))
}

func runScript(t *testing.T, nvim, plugin, script, bin, settings, reply string) {
	dir := t.TempDir()
	result := filepath.Join(dir, "result.json")
	cmd := exec.Command(nvim, "--headless", "--clean", "-n", "-c", "luafile "+script)
	cmd.Dir = dir
	// Everything the editor or server would keep goes to the test's directory; no model
	// from the environment.
	cmd.Env = append(os.Environ(), "GANTRY_BIN="+bin, "PLUGIN_DIR="+plugin, "TEST_DIR="+dir,
		"RESULT_FILE="+result, "SETTINGS="+settings, "MODEL_REPLY="+reply,
		"HOME="+dir, "XDG_STATE_HOME="+dir, "XDG_DATA_HOME="+dir, "XDG_CONFIG_HOME="+dir,
		"GANTRY_STATS="+filepath.Join(dir, "stats.json"), "GANTRY_MODEL=", "OLLAMA_HOST=")
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("nvim: %v\n%s", err, out.String())
		}
	case <-time.After(60 * time.Second):
		_ = cmd.Process.Kill()
		<-done
		t.Fatalf("nvim did not finish within 60 s\n%s", out.String())
	}
	data, err := os.ReadFile(result)
	if err != nil {
		t.Fatalf("no result from %s: %v\n%s", filepath.Base(script), err, out.String())
	}
	var res struct {
		Errors []string `json:"errors"`
		Log    []string `json:"log"`
		Lines  []string `json:"lines"`
	}
	if err := json.Unmarshal(data, &res); err != nil {
		t.Fatalf("%v: %s", err, data)
	}
	for _, l := range res.Log {
		t.Log(l)
	}
	for _, e := range res.Errors {
		t.Error(e)
	}
	if len(res.Errors) > 0 {
		t.Logf("buffer at the end:\n%s\nnvim output:\n%s", strings.Join(res.Lines, "\n"), out.String())
	}
}
