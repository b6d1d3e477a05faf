package codegen_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/st"
	"github.com/gantry-dev/gantry/codegen/syntax"
	stgrammar "github.com/gantry-dev/gantry/grammars/st"
)

// The server prepares the cursor's unit after each keystroke while the suggestion request
// is still on its way, so preparation and the request's context and gate run at once on
// one snapshot. They must give what the request alone gives, whichever comes first (the
// race detector watches the shared memo).
func TestPrepareCursorBesideTheRequest(t *testing.T) {
	ctx := context.Background()
	text := bigProgram(2000)
	f, err := syntax.Parse(ctx, stgrammar.Language(), []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	cfg := config.Default()
	typing := strings.LastIndex(text, "IF bRun THEN") + len("IF bRun")
	cursor := strings.LastIndex(text, "    \nEND_IF") + 4
	for i, typed := range []string{" AND nCount < 3", " OR", ""} {
		next, err := f.Apply(ctx, rangeChange(f, typing, typing, typed))
		if err != nil {
			t.Fatal(err)
		}
		f = next
		typing += len(typed)
		cursor += len(typed)
		// The answer of a snapshot nobody prepared, the same text edited the same way.
		p := st.New()
		alone := contextAndVerdict(ctx, p, f.WithoutTree(), cfg, cursor, i)

		p = st.New()
		var wg sync.WaitGroup
		results := make([]string, 4)
		for g := range results {
			wg.Add(2)
			go func() { defer wg.Done(); codegen.PrepareCursor(ctx, p, f, nil, "b.st", typing) }()
			go func() { defer wg.Done(); results[g] = contextAndVerdict(ctx, p, f, cfg, cursor, i) }()
		}
		wg.Wait()
		if !strings.Contains(alone, "fail: rule:st/undeclared-identifier") {
			t.Fatalf("edit %d: the failing candidate passed:\n%s", i, alone)
		}
		for g, got := range results {
			if got != alone {
				t.Fatalf("edit %d, request %d beside preparation:\n%s\nalone:\n%s", i, g, got, alone)
			}
		}
	}
}

// contextAndVerdict is what a suggestion request computes: the pack's context (its blocks
// and the unit) and the gate's verdicts on a passing and a failing candidate.
func contextAndVerdict(ctx context.Context, p *st.Pack, f *syntax.File, cfg *config.Config, off, i int) string {
	c := p.Context(ctx, codegen.ContextRequest{Path: "b.st", File: f, Offset: off, Config: cfg})
	g := codegen.NewGate(ctx, p, codegen.CheckRequest{Path: "b.st", File: f, Config: cfg}, off, c.Unit)
	pass := g.Vet(ctx, "nCount := nCount + 1;")
	fail := g.Vet(ctx, "nCount := nUndeclared;")
	var sb strings.Builder
	fmt.Fprint(&sb, c.Unit)
	for _, b := range c.Blocks {
		sb.WriteString("\n" + b.Source + ": " + b.Text)
	}
	sb.WriteString("\npass: " + pass.Reason + " " + pass.Rule + "\nfail: " + fail.Reason + " " + fail.Rule + " " + fail.Message)
	return sb.String()
}
