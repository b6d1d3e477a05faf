package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// The README's Quick start command, as a newcomer pastes it (with no model reachable):
// it builds Gantry, checks the demo and prints the embedded backend's CASE branches.
func TestREADMEQuickStartRuns(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(readme)
	i := strings.Index(s, "## Quick start")
	if i < 0 {
		t.Fatal("README has no Quick start")
	}
	s = s[i:]
	start := strings.Index(s, "```sh\n")
	if start < 0 {
		t.Fatal("the Quick start has no sh block")
	}
	s = s[start+len("```sh\n"):]
	command := strings.TrimSpace(s[:strings.Index(s, "```")])
	if !strings.Contains(command, "gantry check testdata/demo") || !strings.Contains(command, "gantry complete") {
		t.Fatalf("the Quick start command changed; update this test with it: %q", command)
	}
	cmd := exec.Command("bash", "-c", command)
	cmd.Dir = "../.."
	// Offline, as on a fresh machine: no model named, no model host to reach.
	cmd.Env = append(os.Environ(), "GANTRY_MODEL=", "OLLAMA_HOST=http://127.0.0.1:9")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", command, err, out)
	}
	text := string(out)
	if !strings.Contains(text, "1 files checked:") {
		t.Fatalf("no check summary:\n%s", text)
	}
	var res struct {
		Backend     string `json:"backend"`
		Suggestions []struct {
			Text string `json:"text"`
		} `json:"suggestions"`
	}
	if err := json.Unmarshal([]byte(text[strings.Index(text, "{"):]), &res); err != nil {
		t.Fatalf("complete --json: %v\n%s", err, text)
	}
	if res.Backend != "embedded" || len(res.Suggestions) == 0 {
		t.Fatalf("want the embedded backend's suggestion: %+v", res)
	}
	for _, state := range []string{"Idle:", "Running:", "RunOn:", "Jammed:"} {
		if !strings.Contains(res.Suggestions[0].Text, state) {
			t.Errorf("the suggestion has no branch %s: %q", state, res.Suggestions[0].Text)
		}
	}
}
