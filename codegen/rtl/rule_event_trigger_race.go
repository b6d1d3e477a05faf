package rtl

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleEventRace = register(&rules.Rule{
	ID:       "rtl/event-trigger-race",
	Title:    "event triggered and awaited in the same time step",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Anchors:  []string{"IEEE 1800-2017 15.5.1, 15.5.3 (triggered)", "Verification Academy: event race"},
	Doc: rules.Doc(
		`reports "-> e" when another process waits with "@e" (or "@(e)") at
the same point in time: both at time 0 of initial blocks, or both right after the same
event control (such as "@(posedge clk)") or the same delays from time 0.`,
		`Processes of one time step run in no defined order. If the trigger
runs first, the waiter starts waiting after the event happened and misses it — the
test hangs or skips a check depending on the simulator and on unrelated edits.`,
		`initial -> start_ev;
initial begin @start_ev; drive(); end`,
		`initial -> start_ev;
initial begin wait (start_ev.triggered); drive(); end`,
		`(the triggered state lasts the whole time step; or trigger with "->>").`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.units {
		checkEventRace(p, u)
	}
})

// timeKey names the point in simulated time a statement runs at, as far as the code
// shows it: "t0" plus the delays since time 0, "@…" after an event control, "" unknown.
type timeWalker struct {
	u        *UnitRef
	key      string
	triggers map[*Node]string // -> e statements
	waits    map[*Node]string // @e statements
}

func checkEventRace(p *rules.Pass, u *UnitRef) {
	w := &timeWalker{u: u, triggers: map[*Node]string{}, waits: map[*Node]string{}}
	u.Root.Walk(func(n *Node) bool {
		switch n.Kind() {
		case "initial_construct":
			w.key = "t0"
			w.stmt(n.Child("body"))
			return false
		case "always_construct":
			w.key = ""
			if c := n.Child("control"); c != nil && c.Kind() == "event_control" {
				w.key = "@" + squash(c.SrcString(u.Text))
			}
			w.stmt(n.Child("body"))
			return false
		case "task_declaration", "function_declaration", "preprocessor_directive":
			return false
		}
		return true
	})
	for tr, kt := range w.triggers {
		if kt == "" || strings.HasPrefix(tr.SrcString(u.Text), "->>") {
			continue
		}
		ev := tr.Child("event")
		if ev == nil {
			continue
		}
		for wt, kw := range w.waits {
			if kw != kt || processOf(wt) == processOf(tr) {
				continue
			}
			if ec := wt.Child("control"); ec != nil && eventName(ec) == ev.Text() {
				report(p, u, tr, "-> %s and @%s (line %d) run in the same time step in different processes: the wait may start after the trigger and miss it (wait on %s.triggered)",
					ev.Text(), ev.Text(), u.line(wt), ev.Text())
				break
			}
		}
	}
}

// eventName returns the single plain signal an event control waits on ("" otherwise).
func eventName(ec *Node) string {
	if ec.Kind() != "event_control" {
		return ""
	}
	s := ec.Children("sensitivity")
	if len(s) != 1 || s[0].Kind() != "event_expression" || s[0].Child("edge") != nil {
		return ""
	}
	if sig := s[0].Child("signal"); sig != nil && sig.Kind() == "identifier" {
		return sig.Text()
	}
	return ""
}

func (w *timeWalker) stmt(n *Node) {
	n = unlabel(n)
	if n == nil {
		return
	}
	switch n.Kind() {
	case "seq_block":
		for _, k := range n.Kids() {
			w.stmt(k)
		}
	case "timing_control_statement":
		c := n.Child("control")
		if c != nil && eventName(c) != "" {
			w.waits[n] = w.key
		}
		w.advance(c)
		w.stmt(n.Child("body"))
	case "event_trigger":
		w.triggers[n] = w.key
	case "if_statement", "case_statement":
		start, changed := w.key, false
		for _, k := range n.Kids() {
			if k.Field() == "consequence" || k.Field() == "alternative" || k.Kind() == "case_item" || k.Kind() == "default_case_item" {
				w.key = start
				w.stmt(k)
				changed = changed || w.key != start
			}
		}
		w.key = start
		if changed {
			w.key = ""
		}
	case "case_item", "default_case_item":
		w.stmt(n.Child("body"))
	case "forever_statement", "repeat_statement", "while_statement", "for_statement", "foreach_statement", "do_while_statement":
		start := w.key
		if !mayBlock(n.Child("body")) {
			w.stmt(n.Child("body"))
			w.key = start
			return
		}
		w.key = "" // the second pass starts wherever the first ended
		w.stmt(n.Child("body"))
		w.key = ""
	case "par_block":
		start := w.key
		for _, k := range n.Kids() {
			w.key = start
			w.stmt(k)
		}
		w.key = ""
	case "wait_statement":
		w.key = ""
		w.stmt(n.Child("body"))
	case "subroutine_call_statement":
		if f := n.First(); f == nil || f.Kind() != "system_call" {
			w.key = "" // a task may wait
		}
	}
}

func (w *timeWalker) advance(c *Node) {
	switch {
	case c == nil:
		w.key = ""
	case c.Kind() == "event_control":
		w.key = "@" + squash(c.SrcString(w.u.Text))
	case c.Kind() == "delay_control" && len(w.key) >= 2 && w.key[:2] == "t0":
		w.key += "#" + squash(c.SrcString(w.u.Text))
	default:
		w.key = ""
	}
}
