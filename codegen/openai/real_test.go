package openai_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/ollama/ollamatest"
	"github.com/gantry-dev/gantry/codegen/openai"
	"github.com/gantry-dev/gantry/codegen/packs"
)

// The real Ollama v0.6.5 serves the OpenAI-compatible API under /v1/: a suggestion (with
// suffix, and with a family's raw FIM prompt) and a generation round trip through it, with
// tiny models whose greedy answers are known.
func TestSuggestionAndGenerationThroughRealOllamaV1(t *testing.T) {
	host := ollamatest.StartReal(t, ollamatest.RealOptions{})
	const fill = "nCount := nCount + 1;"
	const chat = "```st\nnCount := nCount + 1;\n```"
	ollamatest.CreateTinyModel(t, host, "tiny-coder", fill)
	ollamatest.CreateTinyModel(t, host, "tiny-codellama", fill, ollamatest.WithTemplate("{{ .Prompt }}"))
	ollamatest.CreateTinyModel(t, host, "tiny-chat", chat, ollamatest.WithTemplate(ollamatest.ChatTemplate))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	req := codegen.FillRequest{Language: "st", Header: "(* file: main.st *)", Prefix: "IF bStart THEN\n    ",
		Suffix: "\nEND_IF;\n", Stop: []string{"END_PROGRAM"}, MaxTokens: 32, Multiline: true}
	for _, model := range []string{"tiny-coder", "tiny-codellama"} {
		b := openai.New(openai.Config{BaseURL: host + "/v1", Model: model})
		if st := b.Status(ctx); !st.Reachable || !st.CanInsert {
			t.Fatalf("%s: status %+v", model, st)
		}
		got, err := b.Fill(ctx, req)
		if err != nil {
			t.Fatalf("%s: %v", model, err)
		}
		if len(got) != 1 || got[0].Text != fill {
			t.Fatalf("%s: got %q, want %q", model, got, fill)
		}
	}
	if w := openai.New(openai.Config{BaseURL: host + "/v1", Model: "tiny-codellama"}).Render(req, 0, 1); w.Family != "codellama" || !strings.HasPrefix(w.Prompt, "<PRE> ") {
		t.Errorf("tiny-codellama wire %+v", w)
	}

	// Generation: the chat answer is extracted, spliced into the file and checked.
	st := packs.Registry().ByID("st")
	doc := "PROGRAM Main\nVAR\n    bStart : BOOL;\n    nCount : INT;\nEND_VAR\nIF bStart THEN\n    (* gantry: count the starts *)\n    \nEND_IF;\nEND_PROGRAM\n"
	f, err := codegen.Parse(ctx, st, "main.st", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	b := openai.New(openai.Config{BaseURL: host + "/v1", Model: "tiny-coder", ChatModel: "tiny-chat"})
	res, err := codegen.Generate(ctx, st, b, codegen.GenerateRequest{
		Instruction: "count the starts", Config: config.Default(), Path: "main.st", Document: f,
		Offset: strings.Index(doc, "    \nEND_IF"),
	})
	if err != nil {
		t.Fatal(err)
	}
	if !res.OK || strings.TrimSpace(res.Code) != fill {
		t.Fatalf("generate: %+v", res)
	}
}
