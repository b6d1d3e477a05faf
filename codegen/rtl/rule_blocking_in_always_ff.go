package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleBlockingFF = register(&rules.Rule{
	ID:       "rtl/blocking-in-always-ff",
	Title:    "blocking assignment in always_ff",
	Severity: rules.Error,
	Category: rules.Safety,
	Anchors:  []string{"Verilator BLKSEQ", "Verible always-ff-non-blocking", "svlint blocking_assignment_in_always_ff"},
	Doc: rules.Doc(
		`reports "=" assignments in always_ff to anything but a variable
declared inside that block. Strings, associative and dynamic arrays and queues are
simulation storage, not flip-flops (and some simulators refuse a nonblocking write to an
element of one): a blocking write to them is not judged.`,
		`A blocking assignment updates the register at once, so every later
read in the same clock edge (in this block, and in other blocks depending on the
simulator's ordering) sees the new value: simulation stops matching the flip-flops that
synthesis builds, and shift registers collapse into a single stage.`,
		`module shift2(input logic clk, d, output logic q1, q2);
  always_ff @(posedge clk) begin
    q1 = d;
    q2 = q1;   // q2 gets d, not the old q1
  end
endmodule`,
		`module shift2(input logic clk, d, output logic q1, q2);
  always_ff @(posedge clk) begin
    q1 <= d;
    q2 <= q1;
  end
endmodule`,
	),
}, func(p *rules.Pass, m *checkModel) { checkBlockingSeq(p, m, true) })

// checkBlockingSeq reports blocking assignments to state in always_ff (ff) or in an
// edge-triggered plain always (!ff).
func checkBlockingSeq(p *rules.Pass, m *checkModel, ff bool) {
	for _, u := range m.modules() {
		for _, w := range u.Writes {
			if w.Proc == nil || w.Kind != AccProc || !w.Blocking || !w.Proc.Seq {
				continue
			}
			if (w.Proc.Kind == "always_ff") != ff {
				continue
			}
			if u.localTo(w.Name, w.Id, w.Proc.Node) || modifying(w.Stmt) {
				continue // x++ and x += 1 are left alone, as Verible does by default
			}
			d := u.LookupAt(w.Name, w.Id)
			if d == nil || !d.IsSignal() || notRegister(d) {
				continue
			}
			if ff {
				report(p, u, w.Stmt, "blocking assignment to %s in always_ff; use <=", w.Name)
			} else if !tempOnly(u.Unit, w) {
				report(p, u, w.Stmt, "blocking assignment to %s in a clocked always block; use <=", w.Name)
			}
		}
	}
}

// tempOnly reports whether a blocking write in a clocked block is a temporary: the
// variable is written and read only inside that block, only with "=", and every read comes
// after a write that runs whenever the read does (in the same branch of every if, case or
// loop around the read). A register reset with "=" in the reset branch and read in the
// other branch is state, not a temporary, however the text orders them.
func tempOnly(u *Unit, w *Access) bool {
	if d := u.LookupAt(w.Name, w.Id); d == nil || d.PortDecl {
		return false
	}
	var writes []*Access
	for _, o := range u.Writes {
		if o.Name != w.Name {
			continue
		}
		if o.Proc != w.Proc || !o.Blocking {
			return false
		}
		writes = append(writes, o)
	}
	for _, r := range u.Reads {
		if r.Name != w.Name {
			continue
		}
		if r.Proc != w.Proc || !writtenBefore(r, writes, w.Proc.Node) {
			return false
		}
	}
	return true
}

// writtenBefore reports whether one of writes ends before read r and runs whenever r does:
// r lies within the branch that holds the write.
func writtenBefore(r *Access, writes []*Access, proc *Node) bool {
	for _, o := range writes {
		if o.Stmt.End() > r.Id.Start() {
			continue
		}
		if b := branchOf(o.Stmt, proc); b.Start() <= r.Id.Start() && r.Id.End() <= b.End() {
			return true
		}
	}
	return false
}

// branchOf returns the part of process proc that runs whenever stmt does: the branch of
// the innermost if, case or loop holding stmt, or the process itself.
func branchOf(stmt, proc *Node) *Node {
	prev := stmt
	for n := stmt.Parent(); n != nil && n != proc; prev, n = n, n.Parent() {
		switch n.Kind() {
		case "if_statement", "case_statement", "case_item", "default_case_item", "for_statement",
			"foreach_statement", "while_statement", "do_while_statement", "repeat_statement", "forever_statement", "randcase_statement":
			return prev
		}
	}
	return proc
}

// modifying reports an increment or a compound assignment (x++, x += 1).
func modifying(stmt *Node) bool {
	if stmt.Kind() == "increment_statement" {
		return true
	}
	op := stmt.Child("operator")
	return op != nil && op.Kind() != "="
}

// notRegister reports whether d is storage synthesis never makes a register of: a string,
// or an associative or dynamic array or a queue (`[int]`, `[*]`, `[]`, `[$]`, `[$:7]`).
func notRegister(d *Decl) bool {
	if d.TypeText == "string" {
		return true
	}
	for _, dim := range d.Unpacked {
		switch msb, size := dim.Child("msb"), dim.Child("size"); {
		case dim.Child("key") != nil: // [int], [*]
		case msb != nil && msb.Kind() == "unbounded": // [$:7]
		case msb == nil && (size == nil || size.Kind() == "unbounded"): // [], [$]
		default:
			continue
		}
		return true
	}
	return false
}
