package ollamatest

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ollama/ollama/fs/ggml"
)

func TestSplitPieces(t *testing.T) {
	for _, text := range []string{
		"abc", "abcd", "abcde", "aaaaaaaaaa", "abcabcabc", "ab ab ab ab",
		"IF x THEN\n  y := 1;\nEND_IF;", "G01 X10 Y20\nG01 X10 Y20\n", "ünïcödé ✓✓✓✓",
	} {
		pieces, err := splitPieces(text)
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		if got := strings.ReplaceAll(strings.Join(pieces, ""), "▁", " "); got != text {
			t.Fatalf("%q: pieces %q join to %q", text, pieces, got)
		}
		seen := map[string]bool{}
		for _, p := range pieces {
			if utf8.RuneCountInString(p) < 3 || seen[p] {
				t.Fatalf("%q: piece %q too short or repeated in %q", text, p, pieces)
			}
			seen[p] = true
		}
	}
	if _, err := splitPieces("ab"); err == nil {
		t.Fatal("2-character text accepted")
	}
}

func TestTinyModelGGUF(t *testing.T) {
	blob, err := TinyModelGGUF("END_IF;")
	if err != nil {
		t.Fatal(err)
	}
	f, _, err := ggml.Decode(bytes.NewReader(blob), -1)
	if err != nil {
		t.Fatal(err)
	}
	kv := f.KV()
	if kv.Architecture() != "llama" || kv.Uint("embedding_length") != kv.Uint("rope.dimension_count") {
		t.Fatalf("kv = %v", kv)
	}
	if _, ok := kv["llama.pooling_type"]; ok {
		t.Fatal("pooling_type would make it an embedding model")
	}
	var total uint64
	for _, ts := range f.Tensors().Items() {
		if ts.Size()%32 != 0 {
			t.Fatalf("tensor %s has %d bytes, not a multiple of 32", ts.Name, ts.Size())
		}
		total += ts.Size()
	}
	if len(f.Tensors().Items()) != 12 || total == 0 {
		t.Fatalf("%d tensors, %d bytes", len(f.Tensors().Items()), total)
	}
}
