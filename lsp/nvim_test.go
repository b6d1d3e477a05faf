package lsp_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/lsp/lsptest"
)

// requireTool finds a program the test needs; CI installs it, so there a missing one fails.
func requireTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is required in CI (.ci/run installs it)", name)
		}
		t.Skipf("%s not installed", name)
	}
	return p
}

// An ST file with an unclosed IF and a write to an input: Neovim must show both findings
// and offer the embedded backend's closing END_IF as a completion.
func TestNeovimReceivesDiagnosticsAndCompletion(t *testing.T) {
	nvim := requireTool(t, "nvim")
	dir := t.TempDir()
	src := "PROGRAM Main\nVAR_INPUT\n    bStart : BOOL; (* Taster prüfen *)\nEND_VAR\nVAR\n    nCount : INT; // 计数\nEND_VAR\nbStart := TRUE;\nIF nCount > 3 THEN\n    nCount := 0;\n    \nEND_PROGRAM\n"
	file := filepath.Join(dir, "main.st")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	resultFile := filepath.Join(dir, "result.json")
	script, _ := filepath.Abs("testdata/nvim_attach.lua")
	cmd := exec.Command(nvim, "--headless", "--clean", "-n", "-c", "luafile "+script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GANTRY_BIN="+lsptest.Binary(t), "ST_FILE="+file, "RESULT_FILE="+resultFile,
		"CURSOR_LINE=10", "CURSOR_COL=4", "HOME="+dir, "XDG_STATE_HOME="+dir, "XDG_DATA_HOME="+dir)
	done := make(chan error, 1)
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("nvim: %v\n%s", err, out.String())
		}
	case <-time.After(60 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("nvim hung\n%s", out.String())
	}
	data, err := os.ReadFile(resultFile)
	if err != nil {
		t.Fatalf("no result: %v\n%s", err, out.String())
	}
	var res struct {
		Diagnostics []struct {
			Lnum int    `json:"lnum"`
			Code string `json:"code"`
		} `json:"diagnostics"`
		Completion []struct {
			Text string `json:"text"`
		} `json:"completion"`
		Errors []string `json:"errors"`
	}
	if err := json.Unmarshal(data, &res); err != nil {
		t.Fatalf("%v: %s", err, data)
	}
	codes := map[string]int{}
	for _, d := range res.Diagnostics {
		codes[d.Code] = d.Lnum
	}
	if l, ok := codes["st/write-to-input"]; !ok || l != 7 {
		t.Errorf("diagnostics %s", data)
	}
	if _, ok := codes["st/syntax"]; !ok {
		t.Errorf("no syntax diagnostic for the unclosed IF: %s", data)
	}
	found := false
	for _, c := range res.Completion {
		if strings.Contains(c.Text, "END_IF") {
			found = true
		}
	}
	if !found || len(res.Errors) > 0 {
		t.Errorf("completion %s", data)
	}
}

// Issue 13, defect 2: the README's Neovim setup passes an empty settings table, which
// Neovim sends as initializationOptions: []. The server must take it as "no settings":
// no error on screen, findings as usual.
func TestNeovimEmptySettingsTableIsNoSettings(t *testing.T) {
	nvim := requireTool(t, "nvim")
	dir := t.TempDir()
	file := filepath.Join(dir, "main.st")
	src := "PROGRAM Main\nVAR_INPUT\n    bStart : BOOL;\nEND_VAR\nbStart := TRUE;\nEND_PROGRAM\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	resultFile := filepath.Join(dir, "result.json")
	script, _ := filepath.Abs("testdata/nvim_empty_settings.lua")
	cmd := exec.Command(nvim, "--headless", "--clean", "-n", "-c", "luafile "+script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GANTRY_BIN="+lsptest.Binary(t), "ST_FILE="+file, "RESULT_FILE="+resultFile,
		"GANTRY_MODEL=", "HOME="+dir, "XDG_STATE_HOME="+dir, "XDG_DATA_HOME="+dir)
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
		t.Fatalf("nvim hung\n%s", out.String())
	}
	data, err := os.ReadFile(resultFile)
	if err != nil {
		t.Fatalf("no result: %v\n%s", err, out.String())
	}
	var res struct {
		Messages    []string `json:"messages"`
		Diagnostics []string `json:"diagnostics"`
		InitOptions string   `json:"init_options"`
	}
	if err := json.Unmarshal(data, &res); err != nil {
		t.Fatalf("%v: %s", err, data)
	}
	if res.InitOptions != "[]" {
		t.Logf("this Neovim encodes {} as %s", res.InitOptions)
	}
	if len(res.Messages) > 0 {
		t.Errorf("the server complained about empty settings: %q", res.Messages)
	}
	found := false
	for _, d := range res.Diagnostics {
		found = found || d == "st/write-to-input"
	}
	if !found {
		t.Errorf("diagnostics %s", data)
	}
}
