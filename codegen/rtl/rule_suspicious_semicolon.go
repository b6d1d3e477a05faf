package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleSuspiciousSemicolon = register(&rules.Rule{
	ID:       "rtl/suspicious-semicolon",
	Title:    "a stray ; as the body of if, else, a loop or always",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Anchors:  []string{"Verible suspicious-semicolon"},
	Doc: rules.Doc(
		`reports a lone ";" as the body of if, else, for, while, repeat,
forever, foreach or an always block: "if (c);" ends the if there, and the statement
meant to be conditional runs every time. An empty case item ("2'b00: ;") and
"wait (c);" are left alone.`,
		`The code reads as conditional but is not: the line after the
semicolon always executes, and a loop with an empty body spins or does nothing.`,
		`module load_reg(input logic clk, load, input logic [7:0] d, output logic [7:0] q);
  always_ff @(posedge clk) begin
    if (load);
      q <= d;        // loads on every clock
  end
endmodule`,
		`module load_reg(input logic clk, load, input logic [7:0] d, output logic [7:0] q);
  always_ff @(posedge clk) begin
    if (load)
      q <= d;
  end
endmodule`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.units {
		u.Root.Walk(func(n *Node) bool {
			if n.Kind() != "null_statement" || n.Parent() == nil {
				return true
			}
			what := ""
			switch par := n.Parent(); par.Kind() {
			case "if_statement":
				if n.Field() == "consequence" {
					what = "if"
				} else if n.Field() == "alternative" {
					what = "else"
				}
			case "for_statement", "while_statement", "repeat_statement", "forever_statement", "foreach_statement":
				if n.Field() == "body" {
					what = firstWord(u, par).SrcString(u.Text)
				}
			case "always_construct":
				if n.Field() == "body" {
					what = "always block"
				}
			}
			if what != "" {
				report(p, u, n, "this ; is the whole body of the %s: the statement after it is not part of it", what)
			}
			return false
		})
	}
})
