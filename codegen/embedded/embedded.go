// Package embedded is the offline backend: deterministic, instant, and always available.
// Its candidates come from the language pack (closing the open construct, skeletons built
// from the declarations in scope, passed in as hints) and from the document's own lines
// (completing the line being typed the way the same text continues elsewhere).
package embedded

import (
	"context"
	"strings"

	"github.com/gantry-dev/gantry/codegen"
)

// Backend is the embedded engine.
type Backend struct{}

// New returns the embedded backend.
func New() *Backend { return &Backend{} }

// Name implements codegen.Backend.
func (*Backend) Name() string { return "embedded" }

// Model implements codegen.Backend.
func (*Backend) Model() string { return "embedded" }

// Status implements codegen.StatusReporter: always usable.
func (*Backend) Status(context.Context) codegen.Status {
	return codegen.Status{Backend: "embedded", Model: "embedded", Reachable: true, CanInsert: true}
}

// maxCandidates keeps the gate's work bounded.
const maxCandidates = 5

// Fill implements codegen.Backend.
func (b *Backend) Fill(ctx context.Context, req codegen.FillRequest) ([]codegen.Candidate, error) {
	var out []codegen.Candidate
	seen := map[string]bool{}
	add := func(s string) {
		if s != "" && !seen[s] && len(out) < maxCandidates {
			seen[s] = true
			out = append(out, codegen.Candidate{Text: s})
		}
	}
	for _, h := range req.Hints {
		add(h)
	}
	add(LineCompletion(req.Prefix, req.Suffix))
	return out, ctx.Err()
}

// LineCompletion completes the line being typed from another line of the text that starts
// the same way, preferring the nearest one above the cursor.
func LineCompletion(prefix, suffix string) string {
	cur := prefix[strings.LastIndexByte(prefix, '\n')+1:]
	typed := strings.TrimLeft(cur, " \t")
	if len(strings.TrimSpace(typed)) < 2 {
		return ""
	}
	// The rest of the cursor's line must be empty, or we would duplicate it.
	if rest := suffix; strings.TrimSpace(strings.SplitN(rest, "\n", 2)[0]) != "" {
		return ""
	}
	above := strings.Split(prefix[:len(prefix)-len(cur)], "\n")
	for i := len(above) - 1; i >= 0; i-- {
		if c := continuation(above[i], typed); c != "" {
			return c
		}
	}
	for _, line := range strings.Split(suffix, "\n") {
		if c := continuation(line, typed); c != "" {
			return c
		}
	}
	return ""
}

func continuation(line, typed string) string {
	l := strings.TrimLeft(line, " \t")
	if len(l) > len(typed) && strings.HasPrefix(l, typed) {
		return strings.TrimRight(l[len(typed):], " \t\r")
	}
	return ""
}
