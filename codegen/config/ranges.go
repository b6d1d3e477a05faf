package config

import (
	"fmt"
	"math"
)

// A numeric setting's range. The bounds keep one request's cost sane: a candidates_invoked
// of 100000 once fired 176 model requests from one `gantry complete`.
type numRange struct {
	key      string
	lo, hi   float64
	value    float64
	fraction bool // a float setting (printed with decimals)
}

// Ranges of the numeric settings, inclusive.
func (c *Config) ranges() []numRange {
	cp := c.Completion
	out := []numRange{
		{key: "completion.max_tokens", lo: 1, hi: 4096, value: float64(cp.MaxTokens)},
		{key: "completion.temperature", lo: 0, hi: 2, value: cp.Temperature, fraction: true},
		{key: "completion.context_tokens", lo: 64, hi: 131072, value: float64(cp.ContextTokens)},
		{key: "completion.num_ctx", lo: 256, hi: 1048576, value: float64(cp.NumCtx)},
		{key: "completion.debounce_ms", lo: 0, hi: 10000, value: float64(cp.DebounceMS)},
		{key: "completion.timeout_ms", lo: 100, hi: 600000, value: float64(cp.TimeoutMS)},
		{key: "completion.candidates", lo: 1, hi: 8, value: float64(cp.Candidates)},
		{key: "completion.candidates_invoked", lo: 1, hi: 8, value: float64(cp.CandidatesInvoked)},
		{key: "retrieval.limit", lo: 0, hi: 20, value: float64(c.Retrieval.Limit)},
		{key: "limits.max_message_mb", lo: 1, hi: 1024, value: float64(c.Limits.MaxMessageMB)},
		{key: "retrieval.min_score", lo: 0, hi: 1000, value: c.Retrieval.MinScore, fraction: true},
	}
	return out
}

// checkRanges reports every numeric setting outside its range, naming the range.
func (c *Config) checkRanges() []error {
	var errs []error
	for _, r := range c.ranges() {
		if math.IsNaN(r.value) || r.value < r.lo || r.value > r.hi {
			errs = append(errs, fmt.Errorf("%s = %s: want %s to %s", r.key, r.format(r.value), r.format(r.lo), r.format(r.hi)))
		}
	}
	return errs
}

func (r numRange) format(v float64) string {
	if r.fraction {
		return fmt.Sprintf("%g", v)
	}
	return fmt.Sprintf("%.0f", v)
}
