package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleDuplicate = register(&rules.Rule{
	ID:       "rtl/duplicate-declaration",
	Title:    "name declared twice",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"compiler", "Verilator: Duplicate declaration of signal"},
	Doc: rules.Doc(
		"reports a name declared twice in one scope (module, generate block, function, named block; the single item a generate if, case or for takes without begin-end is a generate block of its own). A non-ANSI port and its net or variable declaration are one signal; declarations in mutually exclusive `ifdef branches are allowed, and two in `ifdef branches of different macros (built together only if both are defined) are a warning.",
		"Every tool rejects the file; a model that re-declares a port or signal usually meant a different name.",
		`module count8(input logic clk, output logic [7:0] q);
  logic [7:0] q;
  always_ff @(posedge clk) q <= q + 8'd1;
endmodule`,
		`module count8(input logic clk, output logic [7:0] q);
  always_ff @(posedge clk) q <= q + 8'd1;
endmodule`,
		"Drop the second declaration, or rename it."),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.units {
		type key struct {
			scope *Node
			name  string
		}
		seen := map[key][]*Decl{}
		for _, d := range u.Decls {
			if d.NameNode == nil || d.Kind == KindLabel || isKeyword(d.Name) || svKeywords[d.Name] ||
				(u.FirstError >= 0 && d.NameNode.End() > u.FirstError) || (m.file.FirstError >= 0 && u.Base+d.NameNode.End() > m.file.FirstError) {
				continue
			}
			k := key{generateItemScope(d), d.Name}
			var soft *Decl // a declaration in a branch that needs another macro at once
			hard := false
			for _, prev := range seen[k] {
				if exclusive(prev.Cond, d.Cond) || nonANSIPair(prev, d) || forwardTypedef(prev) || forwardTypedef(d) || memberNamedAsItsClass(prev, d) {
					continue
				}
				if apartByMacros(prev.Cond, d.Cond) {
					if soft == nil {
						soft = prev
					}
					continue
				}
				report(p, u, d.NameNode, "%s is already declared at line %d", d.Name, u.line(prev.NameNode))
				hard = true
				break
			}
			if !hard && soft != nil {
				m.reportSoft(p, u, d.NameNode, "rtl/duplicate-declaration", "%s is already declared at line %d, in another `ifdef branch: both are built only if both macros are defined", d.Name, u.line(soft.NameNode))
			}
			seen[k] = append(seen[k], d)
		}
	}
})

// generateItemScope is the scope a declaration belongs to for this rule: its own scope,
// or, for a declaration that stands without begin-end as the body of a generate if, case
// or for (`if (P) logic a; else logic b;`), that body, which is a generate block of its
// own (IEEE 1800-2017 27.5: such a block is named genblk<n>, a new one for each construct).
func generateItemScope(d *Decl) *Node {
	n := d.NameNode
	if n == nil {
		return d.Scope
	}
	for ; n.Parent() != nil && n.Parent() != d.Scope; n = n.Parent() {
		switch n.Parent().Kind() {
		case "if_generate", "loop_generate":
			return n
		case "case_item", "default_case_item":
			if g := n.Parent().Parent(); g != nil && g.Kind() == "case_generate" && n.Field() == "body" {
				return n
			}
		}
	}
	return d.Scope
}

// forwardTypedef reports a forward type declaration (`typedef struct s;`), which the full
// typedef may repeat.
// memberNamedAsItsClass reports a class and a member of it with the class's name (`class
// dma_mem; static bit [31:0] dma_mem [int];`, `class driver; task driver();`): the class's
// name belongs to the scope around it, the member's to the class (IEEE 1800-2017 8.3), even
// where Gantry reads a class standing alone in its file as the scope of both.
func memberNamedAsItsClass(a, b *Decl) bool {
	cls, mem := a, b
	if b.Kind == KindClass {
		cls, mem = b, a
	}
	return cls.Kind == KindClass && mem.Kind != KindClass && cls.Node != nil && mem.Node != nil && mem.Node != cls.Node && mem.Node.Ancestor(nil, "class_declaration") == cls.Node
}

func forwardTypedef(d *Decl) bool {
	return d.Kind == KindType && d.Node != nil && d.Node.Kind() == "typedef_declaration" && d.Node.Child("type") == nil
}

// nonANSIPair reports whether two declarations are a non-ANSI port declaration and the
// net or variable declaration that gives it a type.
func nonANSIPair(a, b *Decl) bool {
	if a.Node.Kind() == "port_declaration" && b.Node.Kind() != "port_declaration" {
		return b.Kind == KindNet || b.Kind == KindVar
	}
	if b.Node.Kind() == "port_declaration" && a.Node.Kind() != "port_declaration" {
		return a.Kind == KindNet || a.Kind == KindVar
	}
	return false
}
