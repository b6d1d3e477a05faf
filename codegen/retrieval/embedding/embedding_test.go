package embedding_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/ollama"
	"github.com/gantry-dev/gantry/codegen/ollama/ollamatest"
	"github.com/gantry-dev/gantry/codegen/retrieval/embedding"
)

const model = "nomic-embed-text"

var chunks = []embedding.Chunk{
	{Path: "motor.st", Line: 1, Text: "FUNCTION_BLOCK FB_Motor\nVAR_INPUT start : BOOL; END_VAR"},
	{Path: "valve.st", Line: 10, Text: "FUNCTION_BLOCK FB_Valve\nVAR_INPUT open : BOOL; END_VAR"},
	{Path: "drill.nc", Line: 3, Text: "G81 X100 Y25 Z-10 R2 F120"},
	{Path: "alu.v", Line: 7, Text: "module alu(input clk, input [7:0] a, b);"},
	{Path: "debounce.st", Line: 20, Text: "TON_1(IN := raw, PT := T#50ms);"},
}

func fake(t *testing.T) (*ollamatest.Server, *ollama.Backend) {
	t.Helper()
	srv := ollamatest.NewServer(t, ollamatest.Model{Name: model, Family: "nomic-bert"})
	return srv, ollama.New(ollama.Config{Host: srv.URL, EmbedModel: model})
}

func embeds(srv *ollamatest.Server) [][]any {
	var out [][]any
	for _, r := range srv.Requests() {
		if r.Embed != nil {
			out = append(out, r.Embed.Input.([]any))
		}
	}
	return out
}

func open(t *testing.T, dir string, max int64) *embedding.Cache {
	t.Helper()
	c, err := embedding.Open(dir, model, max)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func cos(a, b []float32) float64 {
	var d float64
	for i := range a {
		d += float64(a[i]) * float64(b[i])
	}
	return d // EmbedVector is unit length
}

func TestCacheSurvivesRestart(t *testing.T) {
	srv, b := fake(t)
	dir := t.TempDir()
	c := open(t, dir, 0)
	r := &embedding.Ranker{Embedder: b, Cache: c, MinScore: -1, Limit: 10}
	if _, err := r.Rank(context.Background(), "start the motor", chunks); err != nil {
		t.Fatal(err)
	}
	// One request: the query and the five chunks together.
	if got := embeds(srv); len(got) != 1 || len(got[0]) != 6 || got[0][0] != "start the motor" {
		t.Fatalf("embed requests = %v", got)
	}
	if c.Len() != 5 { // the query is not cached
		t.Fatalf("cached %d vectors", c.Len())
	}
	c.Close()

	// A restart: a new cache on the same directory embeds only the new query.
	c2 := open(t, dir, 0)
	if c2.Len() != 5 {
		t.Fatalf("reloaded %d vectors", c2.Len())
	}
	r2 := &embedding.Ranker{Embedder: b, Cache: c2, MinScore: -1, Limit: 10}
	hits, err := r2.Rank(context.Background(), "open the valve", chunks)
	if err != nil || len(hits) != 5 {
		t.Fatalf("hits = %v, %v", hits, err)
	}
	if got := embeds(srv); len(got) != 2 || !reflect.DeepEqual(got[1], []any{"open the valve"}) {
		t.Fatalf("embed requests after restart = %v", got)
	}
	if v, ok := c2.Get(chunks[2].Text); !ok || !reflect.DeepEqual(v, ollamatest.EmbedVector(chunks[2].Text)) {
		t.Fatal("reloaded vector differs from the embedded one")
	}
}

func TestRank(t *testing.T) {
	_, b := fake(t)
	r := &embedding.Ranker{Embedder: b, Cache: open(t, t.TempDir(), 0), MinScore: -1, Limit: 3}
	query := chunks[2].Text // the drilling cycle itself
	hits, err := r.Rank(context.Background(), query, chunks)
	if err != nil {
		t.Fatal(err)
	}
	// Expected order from the vectors themselves.
	q := ollamatest.EmbedVector(query)
	want := slices.Clone(chunks)
	sort.SliceStable(want, func(i, j int) bool {
		return cos(q, ollamatest.EmbedVector(want[i].Text)) > cos(q, ollamatest.EmbedVector(want[j].Text))
	})
	if len(hits) != 3 || hits[0].Path != "drill.nc" || math.Abs(hits[0].Score-1) > 1e-6 {
		t.Fatalf("hits = %+v", hits)
	}
	for i, h := range hits {
		if h.Chunk != want[i] || math.Abs(h.Score-cos(q, ollamatest.EmbedVector(h.Text))) > 1e-6 {
			t.Fatalf("hit %d = %+v, want %+v", i, h, want[i])
		}
	}
}

func TestRankThreshold(t *testing.T) {
	_, b := fake(t)
	c := open(t, t.TempDir(), 0)
	query := chunks[4].Text
	q := ollamatest.EmbedVector(query)
	// A threshold just above the best unrelated chunk keeps only the exact match.
	best := -1.0
	for _, ch := range chunks[:4] {
		best = max(best, cos(q, ollamatest.EmbedVector(ch.Text)))
	}
	r := &embedding.Ranker{Embedder: b, Cache: c, MinScore: best + 1e-3, Limit: 10}
	hits, err := r.Rank(context.Background(), query, chunks)
	if err != nil || len(hits) != 1 || hits[0].Path != "debounce.st" {
		t.Fatalf("hits = %+v, %v", hits, err)
	}
	// Without the match, nothing is relevant enough.
	hits, err = r.Rank(context.Background(), query, chunks[:4])
	if err != nil || len(hits) != 0 {
		t.Fatalf("weak matches let in: %+v, %v", hits, err)
	}
	// The default threshold is the documented one.
	r.MinScore = 0
	hits, _ = r.Rank(context.Background(), query, chunks)
	for _, h := range hits {
		if h.Score < embedding.DefaultMinScore {
			t.Fatalf("hit below the default threshold: %+v", h)
		}
	}
}

func TestRankOnlyCachedAndWarm(t *testing.T) {
	srv, b := fake(t)
	c := open(t, t.TempDir(), 0)
	r := &embedding.Ranker{Embedder: b, Cache: c, MinScore: -1, Limit: 10, OnlyCached: true}
	hits, err := r.Rank(context.Background(), "q", chunks)
	if err != nil || len(hits) != 0 || c.Len() != 0 {
		t.Fatalf("cold OnlyCached: hits %v, err %v, cached %d", hits, err, c.Len())
	}
	if got := embeds(srv); len(got) != 1 || len(got[0]) != 1 {
		t.Fatalf("OnlyCached embedded chunks: %v", got)
	}
	texts := []string{chunks[0].Text, chunks[1].Text, chunks[0].Text, ""}
	if err := r.Warm(context.Background(), texts); err != nil {
		t.Fatal(err)
	}
	if got := embeds(srv); len(got) != 2 || len(got[1]) != 2 {
		t.Fatalf("warm requests = %v (duplicates and blanks must not be sent)", got)
	}
	hits, _ = r.Rank(context.Background(), "q", chunks)
	if len(hits) != 2 {
		t.Fatalf("warm chunks not ranked: %+v", hits)
	}
	if err := r.Warm(context.Background(), texts); err != nil || len(embeds(srv)) != 3 {
		t.Fatalf("second warm asked the server: %v", err)
	}
}

func TestRankErrors(t *testing.T) {
	c := open(t, t.TempDir(), 0)
	b := ollama.New(ollama.Config{Host: "127.0.0.1:1", Model: "x"}) // embeddings off
	r := &embedding.Ranker{Embedder: b, Cache: c}
	if _, err := r.Rank(context.Background(), "q", chunks); !errors.Is(err, codegen.ErrUnavailable) {
		t.Fatalf("err = %v", err)
	}
	if _, err := (&embedding.Ranker{}).Rank(context.Background(), "q", chunks); err == nil {
		t.Fatal("no embedder accepted")
	}
}

func TestCacheDamagedTail(t *testing.T) {
	dir := t.TempDir()
	c := open(t, dir, 0)
	c.Put("a", []float32{1, 0})
	c.Put("b", []float32{0, 1})
	c.Close()
	files, _ := filepath.Glob(filepath.Join(dir, "*.vec"))
	if len(files) != 1 {
		t.Fatalf("files = %v", files)
	}
	f, _ := os.OpenFile(files[0], os.O_WRONLY|os.O_APPEND, 0)
	f.Write([]byte("half a record"))
	f.Close()
	info, _ := os.Stat(files[0])

	c2 := open(t, dir, 0)
	if v, ok := c2.Get("b"); c2.Len() != 2 || !ok || v[1] != 1 {
		t.Fatalf("len %d, b = %v", c2.Len(), v)
	}
	if after, _ := os.Stat(files[0]); after.Size() != info.Size()-int64(len("half a record")) {
		t.Fatalf("damaged tail kept: %d -> %d bytes", info.Size(), after.Size())
	}
	// Appends after the repair are readable.
	c2.Put("c", []float32{1, 1})
	c2.Close()
	if c3 := open(t, dir, 0); c3.Len() != 3 {
		t.Fatalf("after repair and append: %d vectors", c3.Len())
	}
}

func TestCacheBounded(t *testing.T) {
	dir := t.TempDir()
	const max = 4096
	c := open(t, dir, max)
	vec := make([]float32, 16) // 104 bytes a record
	for i := range 200 {
		vec[0] = float32(i)
		if err := c.Put(fmt.Sprint("chunk ", i), vec); err != nil {
			t.Fatal(err)
		}
		files, _ := filepath.Glob(filepath.Join(dir, "*.vec"))
		if info, _ := os.Stat(files[0]); info.Size() > max {
			t.Fatalf("file grew to %d bytes", info.Size())
		}
	}
	if v, ok := c.Get("chunk 199"); !ok || v[0] != 199 {
		t.Fatal("newest entry dropped")
	}
	if _, ok := c.Get("chunk 0"); ok {
		t.Fatal("oldest entry kept")
	}
	n := c.Len()
	c.Close()
	if c2 := open(t, dir, max); c2.Len() != n || n == 0 || n > max/104 {
		t.Fatalf("memory %d, reloaded %d", n, c2.Len())
	}
}

func TestCachePerModel(t *testing.T) {
	dir := t.TempDir()
	a := open(t, dir, 0)
	a.Put("x", []float32{1})
	b, err := embedding.Open(dir, "mxbai-embed-large:latest", 0)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, ok := b.Get("x"); ok || b.Model() != "mxbai-embed-large:latest" {
		t.Fatal("models share vectors")
	}
	if _, err := embedding.Open(dir, "", 0); err == nil {
		t.Fatal("empty model accepted")
	}
}

func TestDefaultDir(t *testing.T) {
	home := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", home)
	t.Setenv("HOME", home)
	d, err := embedding.DefaultDir()
	if err != nil {
		t.Fatal(err)
	}
	base, _ := os.UserCacheDir()
	if d != filepath.Join(base, "gantry", "embeddings") {
		t.Fatalf("DefaultDir = %q", d)
	}
	c, err := embedding.Open("", model, 0)
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	if files, _ := filepath.Glob(filepath.Join(d, "*.vec")); len(files) != 1 {
		t.Fatalf("files in default dir: %v", files)
	}
}
