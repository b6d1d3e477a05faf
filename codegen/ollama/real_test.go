package ollama_test

import (
	"context"
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
}
