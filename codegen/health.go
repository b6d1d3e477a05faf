package codegen

import (
	"context"
	"sync"
	"time"
)

// Health remembers that a model backend stalled (accepted the request, then sent nothing
// within the timeout). While it is down, suggestions skip it and the embedded backend
// answers at once instead of every request waiting out the timeout again; a background
// probe marks it up when it answers again. A nil *Health tracks nothing.
type Health struct {
	// Retry is the wait between background probes (default 5 s).
	Retry time.Duration

	mu      sync.Mutex
	down    error
	probing bool
}

// Down returns why the backend is marked down, or nil.
func (h *Health) Down() error {
	if h == nil {
		return nil
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.down
}

// MarkDown records why b is down and starts one background probe: a backend that reports
// its status (Ollama's version and model lookup) is up again when it answers; one that
// cannot is tried again by the next request after one Retry.
func (h *Health) MarkDown(why error, b Backend) {
	if h == nil {
		return
	}
	h.mu.Lock()
	h.down = why
	start := !h.probing
	h.probing = true
	h.mu.Unlock()
	if start {
		go h.probe(b)
	}
}

func (h *Health) probe(b Backend) {
	retry := h.Retry
	if retry <= 0 {
		retry = 5 * time.Second
	}
	for {
		time.Sleep(retry)
		up := true
		if sr, ok := b.(StatusReporter); ok {
			ctx, cancel := context.WithTimeout(context.Background(), 2*retry)
			st := sr.Status(ctx)
			cancel()
			up = st.Reachable && st.CanInsert
		}
		if up {
			h.mu.Lock()
			h.down, h.probing = nil, false
			h.mu.Unlock()
			return
		}
		if retry < time.Minute {
			retry *= 2
		}
	}
}
