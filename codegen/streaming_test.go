package codegen_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/ollama"
	"github.com/gantry-dev/gantry/codegen/ollama/ollamatest"
	"github.com/gantry-dev/gantry/codegen/st"
)

// The streaming gate stops the model once the text passes the gate and closes the block it
// opened, and a stream that breaks is cut back to its last passing prefix.
func TestStreamingGateStopsEarly(t *testing.T) {
	fake := ollamatest.NewServer(t, ollamatest.CodeModel("fim"))
	chunks := []string{"IF nCount > 10 THEN\n", "    nCount := 0;\n", "END_IF;\n"}
	for i := 0; i < 60; i++ {
		chunks = append(chunks, "nCount := nCount + 1;\n")
	}
	fake.Reply(ollamatest.Reply{Chunks: chunks, Delay: 20 * time.Millisecond})
	prog := "PROGRAM P\nVAR\n  nCount : INT;\nEND_VAR\n\nEND_PROGRAM\n"
	f := parse(t, prog)
	cfg := config.Default()
	cfg.Completion.Candidates = 1
	e := &codegen.Engine{Registry: codegen.NewRegistry(st.New()), Primary: ollama.New(ollama.Config{Host: fake.URL, Model: "fim"})}
	res, err := e.Suggest(context.Background(), codegen.SuggestRequest{Path: "p.st", File: f, Offset: strings.Index(prog, "\nEND_PROGRAM"), Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Suggestions) != 1 || res.Suggestions[0].Text != "IF nCount > 10 THEN\n    nCount := 0;\nEND_IF;" {
		t.Fatalf("suggestions %+v dropped %+v", res.Suggestions, res.Dropped)
	}
	// A stream read to its end is not cancelled: the cancellation proves the early stop.
	select {
	case <-fake.Canceled():
	case <-time.After(5 * time.Second):
		t.Error("the model host never saw the request cancelled")
	}
}
