package codegen_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/st"
	"github.com/gantry-dev/gantry/codegen/syntax"
	stgrammar "github.com/gantry-dev/gantry/grammars/st"
)

func bigProgram(n int) string {
	var sb strings.Builder
	for i := 0; i*12 < n; i++ {
		fmt.Fprintf(&sb, "FUNCTION_BLOCK FB_%d\nVAR_INPUT\n    bIn : BOOL;\nEND_VAR\nVAR\n    nX : INT;\nEND_VAR\nIF bIn THEN\n    nX := nX + 1;\nEND_IF;\nEND_FUNCTION_BLOCK\n\n", i)
	}
	return sb.String() + "PROGRAM Main\nVAR\n    bRun : BOOL;\n    nCount : INT;\nEND_VAR\nIF bRun THEN\n    \nEND_IF;\nEND_PROGRAM\n"
}

// BenchmarkGateVet measures one candidate through the gate (splice, incremental reparse,
// syntax delta, rule delta on the unit) in a 10,000-line file.
func BenchmarkGateVet(b *testing.B) {
	vetCandidates(b, bigProgram(10000))
}

// vetCandidates times one candidate at a time through the gate at the blank line of the
// text's last POU, Main, each passing it.
func vetCandidates(b *testing.B, text string) {
	vetEach(b, text, "nCount := nCount + %d;", "")
}

// vetEach times candidates made from format and a counter through the gate at the blank
// line of the text's last POU, Main, each given the verdict reason. As in the pipeline,
// the pack's context for the prompt comes first (and gives the unit).
func vetEach(b *testing.B, text, format, reason string) {
	off := strings.LastIndex(text, "    \nEND_IF") + 4
	f, _ := syntax.Parse(context.Background(), stgrammar.Language(), []byte(text))
	p := st.New()
	cfg := config.Default()
	c := p.Context(context.Background(), codegen.ContextRequest{Path: "b.st", File: f, Offset: off, Config: cfg})
	g := codegen.NewGate(context.Background(), p, codegen.CheckRequest{Path: "b.st", File: f, Config: cfg}, off, c.Unit)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// A new text each time: the gate remembers verdicts per text.
		if v := g.Vet(context.Background(), fmt.Sprintf(format, i)); v.Reason != reason {
			b.Fatal(v)
		}
	}
}

// BenchmarkGateVetLongUnit is BenchmarkGateVet with the cursor in a POU of 600 lines: each
// candidate's window is reparsed from the unit's tree, so its cost follows the candidate
// more than the POU.
func BenchmarkGateVetLongUnit(b *testing.B) {
	var body strings.Builder
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&body, "IF nCount > %d THEN\n    nCount := nCount - 1;\n    bRun := NOT bRun;\nELSE\n    nCount := nCount + %d;\nEND_IF;\n", i, i)
	}
	text := bigProgram(10000)
	vetCandidates(b, strings.Replace(text, "IF bRun THEN\n    \nEND_IF;\nEND_PROGRAM", body.String()+"IF bRun THEN\n    \nEND_IF;\nEND_PROGRAM", 1))
}

// BenchmarkGateVetOpenBlockInABrokenDocument vets a candidate that leaves a block open (a
// line-by-line model's `IF … THEN`, dropped for its missing END_IF) in a 10,000-line file
// with a syntax error in another POU: the unit decides, and the document is not reparsed
// for it (as it is, for a candidate at a unit's edge in a small file: Gate.wholeDocument).
func BenchmarkGateVetOpenBlockInABrokenDocument(b *testing.B) {
	vetEach(b, strings.Replace(bigProgram(10000), "nX := nX + 1;", "nX := (nX + ;", 1), "IF nCount > %d THEN", "syntax")
}

// BenchmarkCacheTypingSession scripts a user typing through a shown suggestion one character
// at a time and reports how many requests the cache answered without a backend.
func BenchmarkCacheTypingSession(b *testing.B) {
	text := bigProgram(2000)
	off := strings.LastIndex(text, "    \nEND_IF") + 4
	p := st.New()
	reg := codegen.NewRegistry(p)
	backend := &countingBackend{text: "nCount := nCount + 1;"}
	var hits, lookups int
	for i := 0; i < b.N; i++ {
		cache := codegen.NewCache(64)
		e := &codegen.Engine{Registry: reg, Primary: backend, Cache: cache}
		cur := text
		for typed := 0; typed <= len(backend.text)-1; typed++ {
			doc := cur[:off] + backend.text[:typed] + cur[off:]
			f, _ := syntax.Parse(context.Background(), stgrammar.Language(), []byte(doc))
			if _, err := e.Suggest(context.Background(), codegen.SuggestRequest{Path: "b.st", File: f, Offset: off + typed, Config: config.Default(), Invoked: true}); err != nil {
				b.Fatal(err)
			}
		}
		h, l := cache.HitRate()
		hits, lookups = hits+h, lookups+l
	}
	b.ReportMetric(float64(hits)/float64(lookups), "cache-hit-rate")
	b.ReportMetric(float64(backend.calls)/float64(b.N), "backend-calls/session")
}

type countingBackend struct {
	text  string
	calls int
}

func (c *countingBackend) Name() string  { return "counting" }
func (c *countingBackend) Model() string { return "counting" }
func (c *countingBackend) Fill(context.Context, codegen.FillRequest) ([]codegen.Candidate, error) {
	c.calls++
	return []codegen.Candidate{{Text: c.text}}, nil
}
