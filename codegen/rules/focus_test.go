package rules

import (
	"slices"
	"testing"
)

// focusRecorder is a Focusable model that records, per rule, the focus it was given.
type focusRecorder struct {
	focus *[2]int
	seen  map[string]*[2]int
	calls int
}

func (m *focusRecorder) Focus(within *[2]int) { m.focus, m.calls = within, m.calls+1 }

// TestRunFocusesLocalRulesOnly: with Options.Focus, a Local rule runs with the focus set on
// a Focusable model and any other rule without it, and the model is left without a focus
// when the run ends; without Options.Focus the model is never asked.
func TestRunFocusesLocalRulesOnly(t *testing.T) {
	m := &focusRecorder{seen: map[string]*[2]int{}}
	record := func(p *Pass) { m.seen[p.rule] = p.Model.(*focusRecorder).focus }
	list := []*Rule{
		{ID: "x/local", Severity: Error, Local: true, Check: record},
		{ID: "x/whole", Severity: Error, Check: record},
		{ID: "x/local-again", Severity: Error, Local: true, Check: record},
	}
	focus := &[2]int{10, 20}
	Run(nil, m, nil, list, Options{Focus: focus})
	for id, want := range map[string]*[2]int{"x/local": focus, "x/whole": nil, "x/local-again": focus} {
		if m.seen[id] != want {
			t.Errorf("%s ran with focus %v, want %v", id, m.seen[id], want)
		}
	}
	if m.focus != nil {
		t.Errorf("the model kept the focus %v after the run", m.focus)
	}
	m.calls = 0
	Run(nil, m, nil, list, Options{})
	if m.calls != 0 || slices.ContainsFunc([]string{"x/local", "x/whole"}, func(id string) bool { return m.seen[id] != nil }) {
		t.Errorf("a run without a focus set one (%d calls, %v)", m.calls, m.seen)
	}
}
