package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleReturnInFork = register(&rules.Rule{
	ID:       "rtl/return-in-fork",
	Title:    "return inside fork … join",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"IEEE 1800-2017 9.3.2", "sv-tests 9.3.3 fork_return"},
	Doc: rules.Doc(
		`reports a return statement inside a fork … join, join_any or
join_none block.`,
		`A forked thread is not the task that started it; returning from it
is illegal (IEEE 1800-2017 9.3.2) and tools refuse it. To end the threads early, use
disable fork (or a named block's disable); to end the task, return after the join.`,
		`task automatic wait_ack();
  fork
    begin @(posedge ack); return; end
    #100;
  join_any
endtask`,
		`task automatic wait_ack();
  fork
    @(posedge ack);
    #100;
  join_any
  disable fork;
endtask`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.units {
		u.Root.Walk(func(n *Node) bool {
			if n.Kind() != "return_statement" {
				return n.Kind() != "preprocessor_directive"
			}
			for a := n.Parent(); a != nil; a = a.Parent() {
				if a.Kind() == "function_declaration" || a.Kind() == "task_declaration" || a.Kind() == "class_declaration" {
					break // a subroutine declared inside the fork returns from itself
				}
				if a.Kind() == "par_block" {
					report(p, u, firstWord(u, n), "return inside a fork block: a forked thread cannot return from the task (use disable fork, or return after the join)")
					break
				}
			}
			return false
		})
	}
})
