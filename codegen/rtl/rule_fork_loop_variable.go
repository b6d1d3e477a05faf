package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleForkLoopVar = register(&rules.Rule{
	ID:       "rtl/fork-loop-variable",
	Title:    "fork … join_none in a loop reads the loop variable",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Anchors:  []string{"IEEE 1800-2017 9.3.2 (automatic variables in fork)", "Verification Academy: fork join_none in a for loop"},
	Doc: rules.Doc(
		`reports a fork … join_none (or join_any) inside a for, foreach,
repeat or while loop whose threads read the loop variable directly, when the loop body
does not block (so the threads start only after the loop is over). A copy declared
inside the fork ("automatic int k = i;") is the fix and is accepted.`,
		`The spawned threads do not run until the parent blocks; by then the
loop has finished, and every thread reads the same, final value of the one loop
variable — four threads that should drive lanes 0 to 3 all drive lane 4.`,
		`module tb;
  task automatic drive_lane(int lane);
    #1 $display("lane %0d", lane);
  endtask
  initial begin
    for (int i = 0; i < 4; i++)
      fork
        drive_lane(i);
      join_none
    wait fork;
  end
endmodule`,
		`module tb;
  task automatic drive_lane(int lane);
    #1 $display("lane %0d", lane);
  endtask
  initial begin
    for (int i = 0; i < 4; i++)
      fork
        automatic int lane = i;
        drive_lane(lane);
      join_none
    wait fork;
  end
endmodule`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.units {
		u.Root.Walk(func(f *Node) bool {
			if f.Kind() != "par_block" {
				return f.Kind() != "preprocessor_directive"
			}
			if joinKind(u, f) == "join" {
				return true
			}
			loop := enclosing(f, "for_statement", "foreach_statement", "repeat_statement", "while_statement", "do_while_statement")
			if loop == nil || blocksOutside(loop.Child("body"), f) {
				return true
			}
			vars := loopVariables(loop)
			if len(vars) == 0 {
				return true
			}
			var hit *Node
			for _, k := range f.Kids() {
				if k.Kind() == "variable_declaration" || hit != nil {
					continue // a per-thread copy may read the variable
				}
				k.Walk(func(x *Node) bool {
					if hit == nil && x.Kind() == "identifier" && vars[x.Text()] && isRef(x) {
						hit = x
					}
					return hit == nil
				})
			}
			if hit != nil {
				report(p, u, hit, "the threads of this %s start after the loop ends: they all read the last value of %s (copy it first: automatic int k = %s;)", joinKind(u, f), hit.Text(), hit.Text())
			}
			return true
		})
	}
})

// loopVariables returns the names a loop steps.
func loopVariables(loop *Node) map[string]bool {
	out := map[string]bool{}
	switch loop.Kind() {
	case "for_statement":
		for _, k := range loop.Kids() {
			if k.Field() != "initializer" {
				continue
			}
			k.Walk(func(x *Node) bool {
				if x.Kind() == "identifier" && (x.Field() == "left" || x.Field() == "name") {
					out[x.Text()] = true
				}
				return x.Kind() != "declarator" || x == k
			})
			if k.Kind() == "variable_declaration" {
				for _, dc := range k.KidsOf("declarator") {
					if nm := dc.Child("name"); nm != nil {
						out[nm.Text()] = true
					}
				}
			}
		}
	case "foreach_statement":
		for _, v := range loop.Children("variable") {
			out[v.Text()] = true
		}
	}
	return out
}

// blocksOutside reports whether the loop body can suspend outside the fork f.
func blocksOutside(body, f *Node) bool {
	if body == nil || body == f {
		return false
	}
	found := false
	body.Walk(func(k *Node) bool {
		if k == f || found {
			return false
		}
		switch k.Kind() {
		case "delay_control", "event_control", "cycle_delay", "wait_statement":
			found = true
		case "subroutine_call_statement":
			if first := k.First(); first == nil || first.Kind() != "system_call" {
				found = true
			}
		}
		return !found
	})
	return found
}
