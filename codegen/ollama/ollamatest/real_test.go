package ollamatest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ollama/ollama/api"
	"github.com/ollama/ollama/types/model"
)

// TestRealTinyModel checks the harness end to end: the real server, the tiny model, its
// insert capability, and that greedy decoding spells the text after any prompt.
func TestRealTinyModel(t *testing.T) {
	host := StartReal(t, RealOptions{})
	const text = "IF x THEN\n  y := 1;\nEND_IF;"
	CreateTinyModel(t, host, "tiny", text)

	u, _ := url.Parse(host)
	client := api.NewClient(u, http.DefaultClient)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	if v, err := client.Version(ctx); err != nil || v != Version {
		t.Fatalf("version = %q, %v; want %q", v, err, Version)
	}
	show, err := client.Show(ctx, &api.ShowRequest{Model: "tiny"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(show.Capabilities, model.CapabilityInsert) {
		t.Fatalf("capabilities = %v, want insert", show.Capabilities)
	}
	for _, tc := range []struct{ prompt, suffix string }{
		{"PROGRAM main\n", "\nEND_PROGRAM"},
		{"x", "y"},
		{"ends with the text itself: " + text, "\n"},
		{"ünïcödé ✓ and spaces   ", ""},
	} {
		stream := true
		var got strings.Builder
		chunks := 0
		err := client.Generate(ctx, &api.GenerateRequest{
			Model: "tiny", Prompt: tc.prompt, Suffix: tc.suffix, Stream: &stream,
			Options: map[string]any{"temperature": 0, "num_predict": 64},
		}, func(r api.GenerateResponse) error {
			got.WriteString(r.Response)
			chunks++
			return nil
		})
		if err != nil {
			t.Fatalf("generate after %q: %v", tc.prompt, err)
		}
		if got.String() != text {
			t.Errorf("after %q: got %q, want %q", tc.prompt, got.String(), text)
		}
		if chunks < 2 {
			t.Errorf("after %q: %d chunks, want a stream", tc.prompt, chunks)
		}
	}
}

// TestFakeMatchesReal sends the same requests to the real server and to the fake and
// compares status codes, content types, error texts and the JSON field names of every
// answer, so the fake cannot drift from the v0.6.5 wire protocol.
func TestFakeMatchesReal(t *testing.T) {
	real := StartReal(t, RealOptions{})
	CreateTinyModel(t, real, "tiny", "x := 1;")
	// The same weights with a template lacking .Suffix: no insert capability.
	stream := false
	err := client(t, real).Create(context.Background(), &api.CreateRequest{Model: "tiny-chat", From: "tiny", Template: ChatTemplate, Stream: &stream},
		func(api.ProgressResponse) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	fake := NewServer(t, Model{Name: "tiny", Template: TinyTemplate}, Model{Name: "tiny-chat", Template: ChatTemplate})
	fake.Reply(Reply{Chunks: []string{"x :", "= 1;"}})

	for _, tc := range []struct{ method, path, body string }{
		{"HEAD", "/", ""},
		{"GET", "/", ""},
		{"GET", "/api/version", ""},
		{"GET", "/api/tags", ""},
		{"POST", "/api/show", `{"model":"tiny"}`},
		{"POST", "/api/show", `{"model":"nope"}`},
		{"POST", "/api/show", `{}`},
		{"POST", "/api/generate", `{"model":"tiny","prompt":"a","suffix":"b","options":{"temperature":0}}`},
		{"POST", "/api/generate", `{"model":"tiny","prompt":"a","raw":true,"stream":false,"options":{"temperature":0}}`},
		{"POST", "/api/generate", `{"model":"tiny"}`},
		{"POST", "/api/generate", `{"model":"nope","prompt":"a"}`},
		{"POST", "/api/generate", `{"model":"tiny-chat","prompt":"a","suffix":"b"}`},
		{"POST", "/api/generate", `{"model":"tiny","prompt":"a","raw":true,"system":"s"}`},
		{"POST", "/api/generate", ``},
		{"POST", "/api/chat", `{"model":"tiny","messages":[{"role":"user","content":"a"}],"options":{"temperature":0}}`},
		{"POST", "/api/chat", `{"model":"nope","messages":[{"role":"user","content":"a"}]}`},
		{"POST", "/api/chat", `{"model":"tiny","messages":[]}`},
		{"POST", "/api/chat", `{"model":"tiny","messages":[{"role":"user","content":"a"}],"stream":false}`},
		{"POST", "/api/embed", `{"model":"tiny","input":["a","b"]}`},
		{"POST", "/api/embed", `{"model":"nope","input":"a"}`},
		{"POST", "/api/generate", `{"model":"tiny","keep_alive":0}`},
	} {
		want := shape(t, real, tc.method, tc.path, tc.body)
		got := shape(t, fake.URL, tc.method, tc.path, tc.body)
		if want != got {
			t.Errorf("%s %s %s:\nreal: %s\nfake: %s", tc.method, tc.path, tc.body, want, got)
		}
	}
}

// shape summarises an answer: status, content type, and per JSON line its field names
// (nested ones as parent.child) and any error text. Only the first and last lines
// count, since the number of chunks differs.
func shape(t *testing.T, host, method, path, body string) string {
	t.Helper()
	req, err := http.NewRequest(method, host+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	out := fmt.Sprintf("%d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	if len(lines) > 2 {
		lines = []string{lines[0], lines[len(lines)-1]}
	}
	for _, line := range lines {
		var v any
		if json.Unmarshal([]byte(line), &v) != nil {
			out += fmt.Sprintf(" text(%q)", line)
			continue
		}
		out += " {" + strings.Join(fieldNames("", v), ",") + "}"
		if m, ok := v.(map[string]any); ok && m["error"] != nil {
			out += fmt.Sprintf(" error=%q", m["error"])
		}
	}
	return out
}

// fieldNames lists the keys of v, recursively, skipping the free-form model_info and
// the per-model fields of list entries beyond the first.
func fieldNames(prefix string, v any) []string {
	var names []string
	switch x := v.(type) {
	case map[string]any:
		for k, child := range x {
			names = append(names, prefix+k)
			if k != "model_info" {
				names = append(names, fieldNames(prefix+k+".", child)...)
			}
		}
	case []any:
		if len(x) > 0 {
			names = append(names, fieldNames(prefix+"[].", x[0])...)
		}
	}
	slices.Sort(names)
	return names
}
