package codegen_test

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/embedded"
)

// stalling accepts a request and never answers, like a host that took the connection and
// sends nothing.
type stalling struct{ calls atomic.Int32 }

func (*stalling) Name() string  { return "ollama" }
func (*stalling) Model() string { return "m" }
func (s *stalling) Fill(ctx context.Context, _ codegen.FillRequest) ([]codegen.Candidate, error) {
	s.calls.Add(1)
	<-ctx.Done()
	return nil, ctx.Err()
}

// A stall marks the model down after one timeout with a message a user can act on; the
// next request does not wait for it again, and the embedded backend answers both times.
func TestStalledModelIsMarkedDownAfterOneTimeout(t *testing.T) {
	f := parse(t, prog)
	reg := codegen.NewRegistry(testPack{hints: []string{"x := 0;"}})
	cfg := config.Default()
	cfg.Completion.TimeoutMS = 50
	model := &stalling{}
	health := &codegen.Health{Retry: time.Hour}
	var reported []error
	e := &codegen.Engine{Registry: reg, Primary: model, Fallback: embedded.New(), Health: health,
		OnPrimaryError: func(err error) { reported = append(reported, err) }}
	for i := 0; i < 3; i++ {
		res, err := e.Suggest(context.Background(), codegen.SuggestRequest{Path: "p.st", File: f, Offset: cursorOffset, Config: cfg})
		if err != nil {
			t.Fatal(err)
		}
		if res.Backend != "embedded" || len(res.Suggestions) != 1 {
			t.Fatalf("request %d: %q %+v", i, res.Backend, res.Suggestions)
		}
	}
	if n := model.calls.Load(); n != 1 {
		t.Errorf("the stalled model was asked %d times, want once", n)
	}
	if len(reported) != 1 || !errors.Is(reported[0], codegen.ErrUnavailable) ||
		!strings.Contains(reported[0].Error(), "did not answer within 50ms") || !strings.Contains(reported[0].Error(), "timeout_ms") {
		t.Errorf("reported %v", reported)
	}
	if health.Down() == nil {
		t.Error("not marked down")
	}
}

// answering returns fixed candidates.
type answering struct{ texts []string }

func (answering) Name() string  { return "ollama" }
func (answering) Model() string { return "m" }
func (a answering) Fill(context.Context, codegen.FillRequest) ([]codegen.Candidate, error) {
	var out []codegen.Candidate
	for _, t := range a.texts {
		out = append(out, codegen.Candidate{Text: t})
	}
	return out, nil
}

// When the gate drops everything the model said, the embedded backend is asked.
func TestEmbeddedAnswersWhenTheGateDropsEveryModelCandidate(t *testing.T) {
	f := parse(t, prog)
	reg := codegen.NewRegistry(testPack{hints: []string{"x := 0;"}})
	e := &codegen.Engine{Registry: reg, Primary: answering{[]string{"forbidden := 2;"}}, Fallback: embedded.New()}
	res, err := e.Suggest(context.Background(), codegen.SuggestRequest{Path: "p.st", File: f, Offset: cursorOffset, Config: config.Default()})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Suggestions) != 1 || res.Suggestions[0].Text != "x := 0;" || res.Backend != "embedded" {
		t.Errorf("%q %+v", res.Backend, res.Suggestions)
	}
	if len(res.Dropped) != 1 || res.Dropped[0].Text != "forbidden := 2;" {
		t.Errorf("dropped %+v", res.Dropped)
	}
}
