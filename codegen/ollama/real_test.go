package ollama_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/ollama"
	"github.com/gantry-dev/gantry/codegen/ollama/ollamatest"
)

// TestFillRealOllama runs the backend against the real server and a tiny model whose
// greedy answer is known, so the whole path (show, capability, FIM request, stream,
// options accepted by the real server) is checked without a real model.
func TestFillRealOllama(t *testing.T) {
	host := ollamatest.StartReal(t, ollamatest.RealOptions{})
	const text = "IF start THEN\n    motor := TRUE;\nEND_IF;"
	ollamatest.CreateTinyModel(t, host, "tiny-coder", text)

	b := ollama.New(ollama.Config{Host: host, Model: "tiny-coder", NumCtx: 2048})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if st := b.Status(ctx); !st.Reachable || !st.CanInsert {
		t.Fatalf("status = %+v", st)
	}
	got, err := b.Fill(ctx, codegen.FillRequest{
		Language:  "st",
		Header:    "(* file: main.st *)",
		Prefix:    "PROGRAM main\n",
		Suffix:    "\nEND_PROGRAM\n",
		Stop:      []string{"END_PROGRAM", "FUNCTION_BLOCK"},
		MaxTokens: 64,
		Multiline: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Text != text {
		t.Fatalf("got %q, want exactly %q", got, text)
	}

	// A real stop sequence inside the answer is cut by the server and by us alike.
	got, err = b.Fill(ctx, codegen.FillRequest{Prefix: "x", Suffix: "y", Stop: []string{"motor"}, Multiline: true})
	if err != nil {
		t.Fatal(err)
	}
	if want := "IF start THEN\n    "; len(got) != 1 || got[0].Text != want {
		t.Fatalf("with stop: got %q, want %q", got, want)
	}

	// The streaming gate ends the real generation at the first line it accepts.
	got, err = b.Fill(ctx, codegen.FillRequest{Prefix: "x", Suffix: "y", Multiline: true,
		Complete: func(s string) (int, bool) { return len(s), strings.HasSuffix(s, "TRUE;") }})
	if want := "IF start THEN\n    motor := TRUE;"; err != nil || len(got) != 1 || got[0].Text != want {
		t.Fatalf("with gate: got %q, %v; want %q", got, err, want)
	}

	// Seeds are accepted; the tiny model is sure of itself, so the candidates collapse.
	got, err = b.Fill(ctx, codegen.FillRequest{Prefix: "x", Suffix: "y", Multiline: true, Candidates: 2})
	if err != nil || len(got) != 1 || got[0].Text != text {
		t.Fatalf("two candidates: got %q, %v", got, err)
	}
}

// TestChatRealOllama is the generation round trip of the integration tier: Chat through
// the real /api/chat, once with the FIM template (Ollama folds the messages into
// .Prompt) and once with a chat template that ranges over .Messages.
func TestChatRealOllama(t *testing.T) {
	host := ollamatest.StartReal(t, ollamatest.RealOptions{})
	const text = "```st\nTON_1(IN := start, PT := T#50ms);\n```"
	ollamatest.CreateTinyModel(t, host, "tiny-coder", text)
	ollamatest.CreateTinyModel(t, host, "tiny-chat", text, ollamatest.WithTemplate(ollamatest.ChatTemplate))

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	msgs := []codegen.ChatMessage{
		{Role: "system", Content: "You write Structured Text."},
		{Role: "user", Content: "debounce start for 50 ms"},
	}
	for _, model := range []string{"tiny-coder", "tiny-chat"} {
		b := ollama.New(ollama.Config{Host: host, Model: model, NumCtx: 2048})
		got, err := b.Chat(ctx, msgs)
		if err != nil {
			t.Fatalf("%s: %v", model, err)
		}
		if got != text {
			t.Fatalf("%s: got %q, want %q", model, got, text)
		}
		if code := codegen.ExtractCode(got); code != "TON_1(IN := start, PT := T#50ms);\n" {
			t.Fatalf("%s: extracted %q", model, code)
		}
	}
	// The chat-only model cannot fill in the middle and says so before generating.
	_, err := ollama.New(ollama.Config{Host: host, Model: "tiny-chat"}).Fill(ctx, codegen.FillRequest{Prefix: "p", Suffix: "s"})
	if !errors.Is(err, codegen.ErrUnavailable) || !strings.Contains(err.Error(), "unknown FIM family") {
		t.Fatalf("Fill on tiny-chat: %v", err)
	}
}

// TestFillRawFIMRealOllama checks raw mode against the real server: a Llama-architecture
// model named like Code Llama, without .Suffix in its template, gets the Code Llama
// tokens in a raw prompt along with the family's stop sequences, and the server
// accepts both.
func TestFillRawFIMRealOllama(t *testing.T) {
	host := ollamatest.StartReal(t, ollamatest.RealOptions{})
	const text = "G01 X10 Y20 F300"
	ollamatest.CreateTinyModel(t, host, "tiny-codellama", text, ollamatest.WithTemplate("{{ .Prompt }}"))

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	b := ollama.New(ollama.Config{Host: host, Model: "tiny-codellama", NumCtx: 2048})
	req := codegen.FillRequest{Prefix: "G00 X0 Y0\n", Suffix: "\nM30\n", MaxTokens: 32, Multiline: true}
	w, err := b.Render(ctx, req)
	if err != nil || w.Family != "codellama" || w.Prompt != "<PRE> G00 X0 Y0\n <SUF>\nM30\n <MID>" || !w.Raw {
		t.Fatalf("render = %+v, %v", w, err)
	}
	got, err := b.Fill(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Text != text {
		t.Fatalf("got %q, want %q", got, text)
	}
}
