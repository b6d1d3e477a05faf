package ollama_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/ollama"
	"github.com/gantry-dev/gantry/codegen/ollama/ollamatest"
)

const embedder = "nomic-embed-text"

func TestEmbed(t *testing.T) {
	srv, b := newFake(t, ollama.Config{EmbedModel: embedder})
	srv.AddModel(ollamatest.Model{Name: embedder, Family: "nomic-bert"})
	texts := []string{"TON_1(IN := start, PT := T#5s);", "", "G01 X10"}
	got, err := b.Embed(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]float32{ollamatest.EmbedVector(texts[0]), nil, ollamatest.EmbedVector(texts[2])}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("vectors = %v", got)
	}
	e := srv.Requests()[0].Embed
	if e == nil || e.Model != embedder || !reflect.DeepEqual(e.Input, []any{texts[0], texts[2]}) || e.KeepAlive == nil {
		t.Fatalf("embed request = %+v", e)
	}
	if b.EmbedModel() != embedder {
		t.Fatalf("EmbedModel = %q", b.EmbedModel())
	}
}

func TestEmbedBatches(t *testing.T) {
	srv, b := newFake(t, ollama.Config{EmbedModel: embedder})
	srv.AddModel(ollamatest.Model{Name: embedder})
	texts := make([]string, 70)
	for i := range texts {
		texts[i] = fmt.Sprintf("chunk %d", i)
	}
	got, err := b.Embed(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range got {
		if !reflect.DeepEqual(v, ollamatest.EmbedVector(texts[i])) {
			t.Fatalf("vector %d does not line up", i)
		}
	}
	if n := countPath(srv, "/api/embed"); n != 3 {
		t.Fatalf("%d embed requests, want 3 batches", n)
	}
	if got, err := b.Embed(context.Background(), nil); err != nil || len(got) != 0 || countPath(srv, "/api/embed") != 3 {
		t.Fatalf("empty input: %v, %v", got, err)
	}
}

func TestEmbedUnavailable(t *testing.T) {
	srv, b := newFake(t, ollama.Config{})
	_, err := b.Embed(context.Background(), []string{"x"})
	if !errors.Is(err, codegen.ErrUnavailable) || !strings.Contains(err.Error(), "embedding model") {
		t.Fatalf("disabled: err = %v", err)
	}
	if n := len(srv.Requests()); n != 0 {
		t.Fatalf("%d requests while disabled", n)
	}
	_, b = newFake(t, ollama.Config{EmbedModel: "missing-embed"})
	_, err = b.Embed(context.Background(), []string{"x"})
	if !errors.Is(err, codegen.ErrUnavailable) || !strings.Contains(err.Error(), `"missing-embed" not found`) {
		t.Fatalf("missing: err = %v", err)
	}
	_, err = ollama.New(ollama.Config{Host: closedPort(t), EmbedModel: embedder}).Embed(context.Background(), []string{"x"})
	if !errors.Is(err, codegen.ErrUnavailable) {
		t.Fatalf("host down: err = %v", err)
	}
}
