package rtl

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleForkNoWait = register(&rules.Rule{
	ID:       "rtl/fork-without-wait",
	Title:    "task returns while its fork … join_none threads still run",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Anchors:  []string{"IEEE 1800-2017 9.3.2, 9.6.1 (wait fork)", "Verification Academy: fork join_none"},
	Doc: rules.Doc(
		`reports fork … join_none (or join_any) in a task when nothing after
it in the task waits for (wait fork) or ends (disable fork) the threads it started.
Forks whose every thread is a forever loop (background monitors) and UVM phase tasks
(run_phase, main_phase…, whose threads live until the phase ends) are left alone.`,
		`The task returns while the forked work is still running: the caller
goes on as if the transfer were done, checks results too early, or starts a second
transfer that collides with the first. A join_any leaves the slower threads running
in the same way.`,
		`task automatic send_both(packet a, packet b);
  fork
    drive(a);
    drive(b);
  join_none
endtask`,
		`task automatic send_both(packet a, packet b);
  fork
    drive(a);
    drive(b);
  join_none
  wait fork;
endtask`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.units {
		u.Root.Walk(func(n *Node) bool {
			if n.Kind() != "task_declaration" {
				return n.Kind() != "preprocessor_directive"
			}
			task := n
			if nm := task.Child("name"); nm != nil && strings.HasSuffix(nm.Text(), "_phase") {
				return false // a UVM phase: its threads run on until the phase ends, by design
			}
			task.Walk(func(f *Node) bool {
				if f.Kind() != "par_block" || f == task {
					return true
				}
				if k := joinKind(u, f); k == "join" || backgroundOnly(f) {
					return true
				}
				waited := false
				task.Walk(func(w *Node) bool {
					if w.Start() >= f.End() && isWaitFork(u, w) {
						waited = true
					}
					return !waited
				})
				if !waited {
					report(p, u, firstWord(u, f), "%s: the task returns while the forked threads still run (add wait fork; before it ends, or disable fork;)", joinKind(u, f))
				}
				return false
			})
			return false
		})
	}
})

// backgroundOnly reports whether every thread of a fork is a forever loop.
func backgroundOnly(f *Node) bool {
	threads := 0
	for _, k := range f.Kids() {
		if !isStatement(k) || k.Field() != "" {
			continue // declarations, the label, the join keyword
		}
		threads++
		s := unlabel(k)
		if s.Kind() == "seq_block" {
			blk := s
			s = nil
			for _, x := range blk.Kids() {
				if x.Kind() == "forever_statement" {
					s = x
				}
			}
			if s == nil {
				return false
			}
		}
		if s.Kind() != "forever_statement" {
			return false
		}
	}
	return threads > 0
}
