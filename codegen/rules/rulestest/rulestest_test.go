package rulestest

import (
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// Each want matches a finding of its own, and a pattern after "id: " must match its message.
func TestCompareCountsFindingsAndMatchesMessages(t *testing.T) {
	text := "a\nb // want \"x/r\" \"x/r: second\"\nc // want \"x/r: third\"\n"
	f := syntax.TextOnly(nil, []byte(text))
	at := func(line int) int { return f.Lines.Start(line) }
	wants := WantsOf([]byte(text))
	if len(wants[2]) != 2 || wants[2][1].Rule != "x/r" || wants[2][1].Message == nil || len(wants[3]) != 1 {
		t.Fatalf("wants %+v", wants)
	}
	cases := []struct {
		name     string
		findings []rules.Finding
		problems []string
	}{
		{"all met", []rules.Finding{{Rule: "x/r", Start: at(1), Message: "first"}, {Rule: "x/r", Start: at(1), Message: "the second one"}, {Rule: "x/r", Start: at(2), Message: "third"}}, nil},
		{"one finding for two wants", []rules.Finding{{Rule: "x/r", Start: at(1), Message: "the second one"}, {Rule: "x/r", Start: at(2), Message: "third"}}, []string{"2: missing finding x/r"}},
		{"a third finding on the line", []rules.Finding{{Rule: "x/r", Start: at(1), Message: "a"}, {Rule: "x/r", Start: at(1), Message: "second"}, {Rule: "x/r", Start: at(1), Message: "extra"}, {Rule: "x/r", Start: at(2), Message: "third"}}, []string{"2: unexpected finding x/r: "}},
		{"message does not match", []rules.Finding{{Rule: "x/r", Start: at(1), Message: "a"}, {Rule: "x/r", Start: at(1), Message: "second"}, {Rule: "x/r", Start: at(2), Message: "fourth"}}, []string{`3: missing finding x/r with a message matching "third"`, "3: unexpected finding x/r: fourth"}},
		{"a clean line is not", []rules.Finding{{Rule: "x/r", Start: at(0), Message: "zero"}, {Rule: "x/r", Start: at(1), Message: "a"}, {Rule: "x/r", Start: at(1), Message: "second"}, {Rule: "x/r", Start: at(2), Message: "third"}}, []string{"1: unexpected finding x/r: zero"}},
	}
	for _, c := range cases {
		got := CompareWants(f, c.findings, wants, nil)
		if len(got) != len(c.problems) {
			t.Errorf("%s: problems %q, want %q", c.name, got, c.problems)
			continue
		}
		for i := range got {
			if !strings.HasPrefix(got[i], c.problems[i]) {
				t.Errorf("%s: problem %q, want %q", c.name, got[i], c.problems[i])
			}
		}
	}
}
