package retrieval_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/ollama"
	"github.com/gantry-dev/gantry/codegen/ollama/ollamatest"
	"github.com/gantry-dev/gantry/codegen/retrieval"
	"github.com/gantry-dev/gantry/codegen/retrieval/embedding"
	"github.com/gantry-dev/gantry/codegen/syntax"
	stgrammar "github.com/gantry-dev/gantry/grammars/st"
)

type files map[string]string

func (fs files) Files(ctx context.Context, lang string) []codegen.WorkspaceFile {
	var out []codegen.WorkspaceFile
	for p, t := range fs {
		f, _ := syntax.Parse(ctx, stgrammar.Language(), []byte(t))
		out = append(out, codegen.WorkspaceFile{Path: p, File: f})
	}
	return out
}

// Embeddings add similar chunks, and what goes to the embed API is masked.
func TestSemanticRetrievalWarmsAndNeverSendsSecrets(t *testing.T) {
	fake := ollamatest.NewServer(t, ollamatest.CodeModel("fim"), ollamatest.Model{Name: "nomic-embed-text", Family: "nomic-bert"})
	b := ollama.New(ollama.Config{Host: fake.URL, Model: "fim", EmbedModel: "nomic-embed-text"})
	cache, err := embedding.Open(t.TempDir(), "nomic-embed-text", 0)
	if err != nil {
		t.Fatal(err)
	}
	defer cache.Close()
	ws := files{
		"/ws/valve.st": "FUNCTION_BLOCK FB_Valve\nVAR_INPUT\n  bOpenCmd : BOOL;\nEND_VAR\n(* ftp password := 'geheim' *)\nEND_FUNCTION_BLOCK\n",
		"/ws/main.st":  "PROGRAM Main\nVAR\n  fbValve : FB_Valve;\nEND_VAR\nfbValve(bOpenCmd := TRUE);\nEND_PROGRAM\n",
	}
	r := &retrieval.Retriever{Workspace: ws, Semantic: &embedding.Ranker{Embedder: b, Cache: cache, OnlyCached: true, MinScore: -1}}
	text := []byte(ws["/ws/main.st"])
	off := strings.Index(string(text), "fbValve(")
	r.Related(context.Background(), "st", "/ws/main.st", text, off) // builds the index, starts the warm-up
	deadline := time.Now().Add(10 * time.Second)
	for cache.Len() == 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if cache.Len() == 0 {
		t.Fatal("the background warm-up embedded nothing")
	}
	blocks := r.Related(context.Background(), "st", "/ws/main.st", text, off)
	if len(blocks) == 0 || !strings.Contains(blocks[0].Source, "valve.st") {
		t.Errorf("blocks %+v", blocks)
	}
	for _, req := range fake.Requests() {
		if strings.Contains(string(req.Body), "geheim") {
			t.Fatalf("a secret reached %s: %s", req.Path, req.Body)
		}
	}
}
