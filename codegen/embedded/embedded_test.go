package embedded

import (
	"context"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
)

func TestLineCompletionUsesNearestMatchingLine(t *testing.T) {
	prefix := "fbA(IN := bA, PT := T#1S);\nfbT(IN := bStart, PT := T#5S);\nx := 1;\n  fbT(IN"
	if got := LineCompletion(prefix, "\nEND_PROGRAM\n"); got != " := bStart, PT := T#5S);" {
		t.Errorf("got %q", got)
	}
	if got := LineCompletion(prefix, " := q;\n"); got != "" {
		t.Errorf("must not complete when the line goes on: %q", got)
	}
	if got := LineCompletion("x\n ", ""); got != "" {
		t.Errorf("nothing typed: %q", got)
	}
}

func TestFillOffersHintsFirstAndIsBounded(t *testing.T) {
	req := codegen.FillRequest{Hints: []string{"END_IF;", "END_IF;", "a", "b", "c", "d", "e"}}
	got, err := New().Fill(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != maxCandidates || got[0].Text != "END_IF;" || got[1].Text != "a" {
		t.Errorf("%+v", got)
	}
}
