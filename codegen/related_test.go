package codegen

import (
	"context"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen/syntax"
)

// countingRetriever answers with one block and counts its lookups; block, when set, holds
// each lookup until it is closed.
type countingRetriever struct {
	calls atomic.Int32
	block chan struct{}
}

func (r *countingRetriever) Related(ctx context.Context, _, _ string, _ []byte, _ int) []Block {
	r.calls.Add(1)
	if r.block != nil {
		select {
		case <-r.block:
		case <-ctx.Done():
			return nil
		}
	}
	return []Block{{Source: "related", Text: "x := 1;"}}
}

// idPack is a pack that only says its language: all related() asks of it.
type idPack struct{ Pack }

func (idPack) ID() string { return "st" }

// The related-code lookup runs once, on its goroutine or in the wait, whichever starts it
// first, and the wait gets its answer either way; a lookup that outlasts the limit gives
// nothing and is cancelled.
func TestRelatedLookupRunsOnce(t *testing.T) {
	req := SuggestRequest{Path: "a.st", File: syntax.TextOnly(nil, []byte("x := 1;\n")), Offset: 3}
	check := func(t *testing.T, r *countingRetriever, got []Block) {
		t.Helper()
		if len(got) != 1 || got[0].Source != "related" {
			t.Fatalf("got %v", got)
		}
		time.Sleep(10 * time.Millisecond) // a second lookup, had the goroutine run one too
		if n := r.calls.Load(); n != 1 {
			t.Fatalf("%d lookups, want 1", n)
		}
	}
	t.Run("the wait comes first", func(t *testing.T) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1)) // the goroutine cannot start before the wait
		r := &countingRetriever{}
		e := &Engine{Related: r}
		check(t, r, e.related(context.Background(), idPack{}, req)())
	})
	t.Run("the goroutine comes first", func(t *testing.T) {
		r := &countingRetriever{}
		e := &Engine{Related: r}
		wait := e.related(context.Background(), idPack{}, req)
		for r.calls.Load() == 0 {
			runtime.Gosched()
		}
		check(t, r, wait())
	})
	t.Run("too slow", func(t *testing.T) {
		r := &countingRetriever{block: make(chan struct{})}
		defer close(r.block)
		e := &Engine{Related: r}
		wait := e.related(context.Background(), idPack{}, req)
		for r.calls.Load() == 0 {
			runtime.Gosched()
		}
		start := time.Now()
		if got := wait(); got != nil {
			t.Fatalf("got %v from a lookup past its limit", got)
		}
		if waited := time.Since(start); waited < contextSourceLimit/2 || waited > 10*contextSourceLimit {
			t.Fatalf("waited %v, the limit is %v", waited, contextSourceLimit)
		}
	})
}
