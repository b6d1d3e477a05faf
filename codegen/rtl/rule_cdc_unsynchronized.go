package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleCDC = register(&rules.Rule{
	ID:       "rtl/cdc-unsynchronized",
	Title:    "register read in another clock domain without a synchroniser",
	Severity: rules.Warning,
	Category: rules.Safety,
	Anchors:  []string{"CDC practice (two-flop synchroniser)", "Cummings, Clock Domain Crossing (SNUG 2008)"},
	Doc: rules.Doc(
		`finds registers written in a block clocked by one clock and read in
a block clocked by another. The read is fine when it is the first stage of a
synchroniser: a plain copy into a register ("sync1 <= other") whose value is itself
only copied again ("sync2 <= sync1"), or the input end of a shift register
("sync <= {sync[0], other}"). Any other use (logic, conditions, a single stage) is
reported. Only registers written in this module are followed.`,
		`A signal sampled near its change by an unrelated clock goes
metastable: the flop's output settles late and to either value, and logic that uses it
directly sees different values in different places. Multi-bit values additionally tear.`,
		`module cross(input logic clk_a, clk_b, start, output logic [7:0] count_b);
  logic flag_a;
  always_ff @(posedge clk_a) flag_a <= start;
  always_ff @(posedge clk_b) if (flag_a) count_b <= count_b + 1;
endmodule`,
		`module cross(input logic clk_a, clk_b, start, output logic [7:0] count_b);
  logic flag_a, flag_s1, flag_s2;
  always_ff @(posedge clk_a) flag_a <= start;
  always_ff @(posedge clk_b) begin
    flag_s1 <= flag_a;
    flag_s2 <= flag_s1;
  end
  always_ff @(posedge clk_b) if (flag_s2) count_b <= count_b + 1;
endmodule`,
	),
}, checkCDC)

func checkCDC(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		domain := map[*Decl]string{}
		mixed := map[*Decl]bool{}
		clocks := map[string]bool{}
		for _, w := range u.Writes {
			if w.Proc == nil || !w.Proc.Seq || w.Proc.Clock == "" || w.Kind != AccProc {
				continue
			}
			clocks[w.Proc.Clock] = true
			d := u.unitSignal(w)
			if d == nil {
				continue
			}
			if c, ok := domain[d]; ok && c != w.Proc.Clock {
				mixed[d] = true
			}
			domain[d] = w.Proc.Clock
		}
		if len(clocks) < 2 {
			continue
		}
		reported := map[[2]any]bool{}
		for _, r := range u.Reads {
			pr := r.Proc
			if pr == nil || !pr.Seq || pr.Clock == "" || contains(pr.Control, r.Id) {
				continue
			}
			d := u.unitSignal(r)
			if d == nil || mixed[d] {
				continue
			}
			src, ok := domain[d]
			if !ok || src == pr.Clock || r.Name == pr.Reset {
				continue
			}
			if firstStage(u.Unit, r, pr) {
				continue
			}
			key := [2]any{d, pr}
			if reported[key] {
				continue
			}
			reported[key] = true
			report(p, u, r.Id, "%s is clocked by %s and read in the %s domain without a two-flop synchroniser", r.Name, src, pr.Clock)
		}
	}
}

// firstStage reports whether a crossing read is the input of a synchroniser: a plain
// copy into a register (or the input end of a shift register) whose value is only
// copied again in the same domain.
func firstStage(u *Unit, r *Access, pr *Proc) bool {
	n := r.Id
	par := n.Parent()
	var stmt *Node
	switch {
	case par != nil && par.Kind() == "nonblocking_assignment" && n.Field() == "right":
		stmt = par
	case par != nil && par.Kind() == "concatenation" && par.Parent() != nil && par.Parent().Kind() == "nonblocking_assignment" && par.Field() == "right":
		stmt = par.Parent()
	default:
		return false
	}
	t := stmt.Child("left")
	if t == nil {
		return false
	}
	name := baseName(t)
	if par.Kind() == "concatenation" {
		// a shift-register synchroniser: sync <= {sync[N-2:0], other}
		for _, k := range par.Kids() {
			if k != n && baseName(k) == name {
				return true
			}
		}
	}
	// the first stage must feed only further copies (or itself, as a shift register)
	for _, rd := range u.Reads {
		if rd.Name != name {
			continue
		}
		if rd.Proc == nil || rd.Proc.Clock != pr.Clock {
			return false
		}
		p := rd.Id.Parent()
		for p != nil && (p.Kind() == "select" || p.Kind() == "concatenation") {
			p = p.Parent()
		}
		if p == nil || p.Kind() != "nonblocking_assignment" {
			return false
		}
	}
	return true
}
