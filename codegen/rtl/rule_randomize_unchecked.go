package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleRandomize = register(&rules.Rule{
	ID:       "rtl/randomize-unchecked",
	Title:    "randomize() result ignored",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Anchors:  []string{"IEEE 1800-2017 18.6.3, 18.12", "UVM cookbook: check randomize()", "Verilator IGNOREDRETURN"},
	Doc: rules.Doc(
		`reports a call of randomize() — obj.randomize(), std::randomize(…),
with or without an inline "with { … }" — used as a statement, its result dropped.
A void'(…) cast says the drop is deliberate and is accepted.`,
		`randomize() returns 0 when the constraints cannot be solved, and then
leaves every random variable with its old value: the test goes on with stale stimulus
and passes without exercising what it meant to.`,
		`class packet;
  rand bit [7:0] len;
endclass
module tb;
  packet pkt = new();
  initial begin
    pkt.randomize() with { len < 64; };
  end
endmodule`,
		`class packet;
  rand bit [7:0] len;
endclass
module tb;
  packet pkt = new();
  initial begin
    if (!pkt.randomize() with { len < 64; })
      $fatal(1, "pkt: constraints cannot be met");
  end
endmodule`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.units {
		u.Root.Walk(func(n *Node) bool {
			if n.Kind() != "subroutine_call_statement" {
				return n.Kind() != "preprocessor_directive"
			}
			call := n.First()
			if call != nil && call.Kind() == "with_expression" {
				call = call.Child("value")
			}
			var fn *Node
			switch {
			case call == nil:
			case call.Kind() == "function_call":
				fn = call.Child("function")
			case call.Kind() == "member_access", call.Kind() == "identifier":
				fn = call
			}
			if calleeName(fn) == "randomize" {
				report(p, u, n, "the result of randomize() is ignored: when the constraints fail it returns 0 and keeps the old values (check it, or cast to void'(…) on purpose)")
			}
			return false
		})
	}
})
