package ollama_test

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/ollama"
	"github.com/gantry-dev/gantry/codegen/ollama/ollamatest"
)

// recorder is a Complete hook that accepts the first text ending with want.
type recorder struct {
	mu    sync.Mutex
	want  string
	calls []string
}

func (r *recorder) complete(text string) (int, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls = append(r.calls, text)
	return len(text), r.want != "" && strings.HasSuffix(text, r.want)
}

func TestFillStreamingGateStopsEarly(t *testing.T) {
	srv, b := newFake(t, ollama.Config{})
	chunks := []string{"IF x ", "THEN\n", "  y := 1;\n", "\n", "END_IF;", "\n"}
	for range 100 {
		chunks = append(chunks, "z := z + 1;\n")
	}
	srv.Reply(ollamatest.Reply{Chunks: chunks, Delay: 10 * time.Millisecond})
	gate := &recorder{want: "END_IF;"}
	start := time.Now()
	got, err := b.Fill(context.Background(), codegen.FillRequest{Prefix: "p", Suffix: "s", Multiline: true, Complete: gate.complete})
	if err != nil {
		t.Fatal(err)
	}
	if want := "IF x THEN\n  y := 1;\n\nEND_IF;"; len(got) != 1 || got[0].Text != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	// Offered once per completed non-blank line, in order.
	if want := []string{"IF x THEN", "IF x THEN\n  y := 1;", "IF x THEN\n  y := 1;\n\nEND_IF;"}; !reflect.DeepEqual(gate.calls, want) {
		t.Fatalf("calls = %q, want %q", gate.calls, want)
	}
	// The server was cut off while it still had ~100 chunks (a second) to send.
	expectCanceled(t, srv)
	if d := time.Since(start); d > 700*time.Millisecond {
		t.Fatalf("took %s: the stream was read to the end", d)
	}
}

func TestFillStreamingGateIndependentOfChunking(t *testing.T) {
	for _, chunks := range [][]string{
		{"a;\nb;\nc;\nd;"},
		{"a;\n", "b;\n", "c;\n", "d;"},
		{"a", ";\nb;", "\nc;\nd", ";"},
	} {
		srv, b := newFake(t, ollama.Config{})
		srv.Reply(ollamatest.Reply{Chunks: chunks})
		gate := &recorder{want: "b;"}
		got := fill(t, b, codegen.FillRequest{Prefix: "p", Suffix: "s", Multiline: true, Complete: gate.complete})
		if got != "a;\nb;" {
			t.Fatalf("%q: got %q", chunks, got)
		}
	}
}

func TestFillStreamingGateAfterFilters(t *testing.T) {
	// Stop sequences cut first; the gate only sees what survives them, and when it
	// never accepts, the filtered text is the candidate as before.
	srv, b := newFake(t, ollama.Config{})
	srv.Reply(ollamatest.Reply{Chunks: []string{"a;\nb;\nEND_IF\nc;\n"}})
	gate := &recorder{}
	got := fill(t, b, codegen.FillRequest{Prefix: "p", Suffix: "s", Stop: []string{"END_IF"}, Multiline: true, Complete: gate.complete})
	if got != "a;\nb;\n" || !reflect.DeepEqual(gate.calls, []string{"a;", "a;\nb;"}) {
		t.Fatalf("got %q, calls %q", got, gate.calls)
	}
}

func TestFillStreamingGateCutBehindOffered(t *testing.T) {
	for _, tc := range []struct {
		chunks []string
		stop   []string
		want   string
	}{
		{[]string{"a;\n", "END_IF;\nb;"}, []string{"\nEND_IF"}, "a;"},
		{[]string{"G01\n", "G01\n", "G01\n", "G01\n"}, nil, "G01"},
	} {
		srv, b := newFake(t, ollama.Config{})
		srv.Reply(ollamatest.Reply{Chunks: tc.chunks})
		gate := &recorder{}
		if got := fill(t, b, codegen.FillRequest{Prefix: "p", Suffix: "s", Stop: tc.stop, Multiline: true, Complete: gate.complete}); got != tc.want {
			t.Fatalf("%q: got %q, want %q", tc.chunks, got, tc.want)
		}
	}
}

func TestFillCandidates(t *testing.T) {
	srv, b := newFake(t, ollama.Config{})
	srv.Respond(func(r ollamatest.Request) ollamatest.Reply {
		switch r.Generate.Options["seed"] {
		case 1.0, 3.0:
			return ollamatest.Reply{Chunks: []string{"x := 1;"}} // 3 repeats 1: dropped
		case 2.0:
			return ollamatest.Reply{Chunks: []string{"x := 2;"}}
		}
		return ollamatest.Reply{Chunks: []string{"y := 4;"}}
	})
	got, err := b.Fill(context.Background(), codegen.FillRequest{Prefix: "p", Suffix: "s", Candidates: 4})
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, c := range got {
		texts = append(texts, c.Text)
	}
	if want := []string{"x := 1;", "x := 2;", "y := 4;"}; !reflect.DeepEqual(texts, want) {
		t.Fatalf("candidates = %q, want %q", texts, want)
	}
	gens := srv.Generates()
	if len(gens) != 4 {
		t.Fatalf("%d generate requests, want 4", len(gens))
	}
	for i, g := range gens {
		seed, temp := g.Options["seed"], g.Options["temperature"].(float64)
		if seed != float64(i+1) || fmt.Sprintf("%.1f", temp) != fmt.Sprintf("%.1f", 0.2*float64(i)) {
			t.Fatalf("candidate %d: seed %v temperature %v", i, seed, temp)
		}
		if g.Options["num_ctx"] != 4096.0 {
			t.Fatalf("candidate %d: num_ctx %v", i, g.Options["num_ctx"])
		}
	}
}

func TestFillCandidatesTemperatureCap(t *testing.T) {
	srv, b := newFake(t, ollama.Config{Temperature: 0.9})
	fill2 := func() {
		if _, err := b.Fill(context.Background(), codegen.FillRequest{Prefix: "p", Suffix: "s", Candidates: 3}); err != nil {
			t.Fatal(err)
		}
	}
	fill2()
	var temps []float64
	for _, g := range srv.Generates() {
		temps = append(temps, g.Options["temperature"].(float64))
	}
	if temps[0] != 0.9 || temps[1] != 1 || temps[2] != 1 {
		t.Fatalf("temperatures = %v", temps)
	}
}

func TestFillCandidatesCancelAbortsAll(t *testing.T) {
	srv, b := newFake(t, ollama.Config{})
	srv.Reply(ollamatest.Reply{Chunks: slices.Repeat([]string{"x"}, 100), Delay: 10 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	_, err := b.Fill(ctx, codegen.FillRequest{Prefix: "p", Suffix: "s", Multiline: true, Candidates: 3})
	if err != context.Canceled {
		t.Fatalf("err = %v", err)
	}
	expectCanceled(t, srv)
	if n := len(srv.Generates()); n != 1 {
		t.Fatalf("%d generate requests after cancellation, want 1", n)
	}
}

func TestFillCandidatesKeepsEarlierOnLaterFailure(t *testing.T) {
	srv, b := newFake(t, ollama.Config{})
	srv.Respond(func(r ollamatest.Request) ollamatest.Reply {
		if r.Generate.Options["seed"] == 1.0 {
			return ollamatest.Reply{Chunks: []string{"ok"}}
		}
		return ollamatest.Reply{Status: 500, Error: "runner crashed"}
	})
	got, err := b.Fill(context.Background(), codegen.FillRequest{Prefix: "p", Suffix: "s", Candidates: 3})
	if err != nil || len(got) != 1 || got[0].Text != "ok" {
		t.Fatalf("got %v, %v", got, err)
	}
	if n := len(srv.Generates()); n != 2 {
		t.Fatalf("%d generate requests, want 2 (stop after the failure)", n)
	}
}
