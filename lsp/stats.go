package lsp

import (
	"sync"
	"time"

	"github.com/gantry-dev/gantry/codegen/provenance"
)

// statsFlushDelay batches statistics writes: one file write per burst of suggestions.
const statsFlushDelay = 2 * time.Second

// statsRecorder accumulates counter changes and writes them to the statistics file later.
type statsRecorder struct {
	mu      sync.Mutex
	pending []func(*provenance.Stats)
	timer   *time.Timer
}

// record queues a change to one language's counters.
func (s *Server) record(lang string, f func(*provenance.Counts)) {
	r := &s.statsRec
	r.mu.Lock()
	defer r.mu.Unlock()
	r.pending = append(r.pending, func(st *provenance.Stats) { f(st.Lang(lang)) })
	if r.timer == nil {
		r.timer = time.AfterFunc(statsFlushDelay, s.flushStats)
	}
}

// flushStats writes queued changes; it also runs at shutdown.
func (s *Server) flushStats() {
	r := &s.statsRec
	r.mu.Lock()
	pending := r.pending
	r.pending, r.timer = nil, nil
	r.mu.Unlock()
	if len(pending) == 0 {
		return
	}
	_ = provenance.Update(provenance.StatsPath(), func(st *provenance.Stats) {
		for _, f := range pending {
			f(st)
		}
	})
}
