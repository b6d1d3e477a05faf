package rtl

import (
	"sort"
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleCombLoop = register(&rules.Rule{
	ID:       "rtl/combinational-loop",
	Title:    "signal that depends on itself without a register",
	Severity: rules.Error,
	Category: rules.Safety,
	Anchors:  []string{"Verilator UNOPTFLAT (approximate)", "Verilator ALWCOMBORDER"},
	Doc: rules.Doc(
		"follows continuous assigns and combinational always blocks and reports a cycle of signals that feed each other with no flip-flop in between. Bits are tracked where selects are constant, so a carry chain through different bits of one vector is not a loop; bitwise operators (~ & | ^) keep each bit in its own lane, and a concatenation places each operand at its own bits, so an unrolled CRC or scrambler whose feedback word reads only higher bits of the state it sits in is not a loop either; selects with variable indices are not followed. In a combinational block, a variable read after the block itself assigned it is a local value, not a dependency. Assigns in the two branches of a generate if are never built together, and a branch the module's default parameters leave out is not built at all: neither closes a loop. A loop through a tristate buffer (`assign pad = oe ? d : 1'bz;`) is a warning: two buffers joining a pad and a core net close it only if both enables are on at once.",
		"A combinational loop oscillates or latches unpredictably in hardware, timing analysis cannot handle it, and simulation may hang in zero-delay iteration.",
		`module hold(input logic en, input logic start, output logic a);
  logic b;
  assign a = b & en;
  assign b = a | start;
endmodule`,
		`module hold(input logic clk, input logic en, input logic start, output logic a);
  logic b;
  assign a = b & en;
  always_ff @(posedge clk) b <= a | start;
endmodule`,
		"Break the loop with a register (always_ff), or rewrite the logic so that no signal depends on itself."),
}, checkCombLoop)

type combEdge struct {
	from, to *Decl
	rd, wr   *[2]int64 // bits read from `from`, bits written in `to` (nil: all)
	stmt     *Node
	cond     []cond // the generate and `ifdef branches stmt lies in
	// aligned: the read reaches the target through bitwise operators only, with as many
	// bits as are written, so bit i of rd drives bit i of wr and no other
	// (`assign s[1:0] = t[1:0] & ~m;`)
	aligned bool
	// tristate: stmt is a continuous assign whose value is high-z on one arm of a ?:
	// (`assign pad = oe ? d : 1'bz;`), a driver that lets go of its net
	tristate bool
}

// through returns the bits of e's target that the bits in of its source drive.
func (e *combEdge) through(in *[2]int64) *[2]int64 {
	if !e.aligned || in == nil || e.rd == nil || e.wr == nil {
		return e.wr
	}
	lo, hi := max(in[0], e.rd[0]), min(in[1], e.rd[1])
	if lo > hi {
		return e.wr
	}
	d := e.wr[0] - e.rd[0]
	return &[2]int64{lo + d, hi + d}
}

func checkCombLoop(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		edges := combEdges(u, m.ix)
		if len(edges) == 0 {
			continue
		}
		out := map[*Decl][]*combEdge{}
		for _, e := range edges {
			out[e.from] = append(out[e.from], e)
		}
		starts := make([]*Decl, 0, len(out))
		for d := range out {
			starts = append(starts, d)
		}
		sort.Slice(starts, func(i, j int) bool { return starts[i].NameNode.Start() < starts[j].NameNode.Start() })
		reported := map[*Node]bool{}
		budget := 20000
		for _, s := range starts {
			cycle := findCycle(s, out, &budget)
			if cycle == nil {
				continue
			}
			var names []string
			at := cycle[0].stmt
			for _, e := range cycle {
				names = append(names, e.from.Name)
				if e.stmt.Start() < at.Start() {
					at = e.stmt
				}
			}
			if reported[at] {
				continue
			}
			reported[at] = true
			names = append(names, cycle[0].from.Name)
			if throughTristate(cycle) {
				// Two buffers joining a pad and a core signal in both directions
				// (`assign pad = oe ? o : 1'bz; assign i = oe ? 1'bz : pad;`) form a cycle
				// only if both drive at once, which their enables usually exclude.
				m.reportSoft(p, u, firstWord(u, at), "rtl/combinational-loop", "combinational loop through a tristate driver: %s (a loop only if the enables let both directions drive at once)", strings.Join(names, " -> "))
				continue
			}
			report(p, u, firstWord(u, at), "combinational loop: %s", strings.Join(names, " -> "))
		}
	}
}

// findCycle searches a cycle through start whose bits line up at every signal. Along a
// chain of bit-for-bit (aligned) edges, the bits reached are those of start moved by off:
// the chain comes back to the same bits only if off is 0 (`t[0] = ~s[1]` then
// `s[1:0] = t[1:0] & m` moves s[1] to s[0], no loop).
func findCycle(start *Decl, out map[*Decl][]*combEdge, budget *int) []*combEdge {
	var path []*combEdge
	onPath := map[*Decl]bool{}
	var dfs func(d *Decl, in *[2]int64, off int64, exact bool) bool
	dfs = func(d *Decl, in *[2]int64, off int64, exact bool) bool {
		if *budget <= 0 {
			return false
		}
		*budget--
		for _, e := range out[d] {
			if len(path) > 0 && !rangesOverlap(in, e.rd) {
				continue
			}
			if !elaboratedWith(e, path) {
				continue // an assign of the other branch of a generate if is not in this design
			}
			wr := e.through(in)
			eoff, eexact := off, false
			if e.aligned && e.rd != nil && e.wr != nil && (exact || len(path) == 0) {
				eoff, eexact = off+e.wr[0]-e.rd[0], true
			}
			if e.to == start {
				closes := rangesOverlap(wr, path0rd(path, e))
				if eexact {
					closes = eoff == 0
				}
				if closes {
					path = append(path, e)
					return true
				}
				continue
			}
			if onPath[e.to] || len(path) > 12 {
				continue
			}
			onPath[e.to] = true
			path = append(path, e)
			if dfs(e.to, wr, eoff, eexact) {
				return true
			}
			path = path[:len(path)-1]
			onPath[e.to] = false
		}
		return false
	}
	onPath[start] = true
	if dfs(start, nil, 0, false) {
		return path
	}
	return nil
}

// elaboratedWith reports whether e can be in one elaboration with every edge of path.
func elaboratedWith(e *combEdge, path []*combEdge) bool {
	for _, p := range path {
		if exclusive(e.cond, p.cond) {
			return false
		}
	}
	return true
}

func path0rd(path []*combEdge, last *combEdge) *[2]int64 {
	if len(path) == 0 {
		return last.rd
	}
	return path[0].rd
}

// combEdges lists read → write dependencies of continuous assigns and combinational
// processes.
func combEdges(u *UnitRef, ix *Index) []*combEdge {
	var edges []*combEdge
	sc := u.Scope()
	pb := &builder{u: u.Unit, outerConst: func(name string) bool { return packageConstant(ix, u.Imports, name) }}
	add := func(stmt *Node, lhs, rhs []*Node, proc *Proc) {
		conds := append(genConds(stmt), ifdefAt(u.ifdef, stmt.Start())...)
		u.markDead(conds)
		for _, c := range conds {
			if c.dead {
				return // the module's default parameters leave this statement out
			}
		}
		var ts []tgt
		b := &builder{u: u.Unit}
		for _, l := range lhs {
			b.targets(l, &ts)
		}
		lanes := map[*Node]lane{} // identifier → where its bits land in the value, bit for bit
		if len(rhs) > 0 {
			laneReads(u.Unit, rhs[0], 0, lanes, sc)
		}
		for _, t := range ts {
			if t.partial && t.rng == nil {
				continue
			}
			to := u.LookupAt(t.id.Text(), t.id)
			if to == nil || to.Scope != u.Root || !to.IsSignal() {
				continue
			}
			for _, r := range rhs {
				reads(r, func(id *Node, rng *[2]int64, exact bool) {
					if !exact {
						return
					}
					from := u.LookupAt(id.Text(), id)
					if from == nil || from.Scope != u.Root || !from.IsSignal() {
						return
					}
					if proc != nil && assignedBefore(u.Unit, proc, id) {
						return
					}
					if proc != nil && !sensitiveTo(proc, from.Name) {
						return // the block does not run again when this value changes
					}
					econds := conds
					if arms := paramArms(pb, id, r); len(arms) > 0 {
						// `P == X ? q + 1 : 0`: the read exists only in the elaborations
						// whose parameters pick its arm
						u.markDead(arms)
						for _, c := range arms {
							if c.dead {
								return
							}
						}
						econds = append(append([]cond(nil), conds...), arms...)
					}
					e := &combEdge{from: from, to: to, rd: rng, wr: t.rng, stmt: stmt, cond: econds,
						tristate: proc == nil && len(rhs) > 0 && tristateValue(rhs[0])}
					if l, ok := lanes[id]; ok {
						e.alignTo(l, rng, from, t, to, sc)
					}
					edges = append(edges, e)
				}, sc)
			}
		}
	}
	for _, n := range u.Root.Kids() {
		collectCombStmts(n, func(stmt *Node, lhs, rhs []*Node, proc *Proc) { add(stmt, lhs, rhs, proc) }, u.Unit)
	}
	return edges
}

// collectCombStmts finds the assignments of continuous assigns and combinational
// processes, with the conditions that guard them as extra reads.
func collectCombStmts(n *Node, fn func(stmt *Node, lhs, rhs []*Node, proc *Proc), u *Unit) {
	switch n.Kind() {
	case "continuous_assign":
		if n.Child("delay") != nil {
			return // `assign #5 osc = ~osc;`: a delayed feedback oscillates in time, a testbench's clock
		}
		lefts, rights := n.Children("left"), n.Children("right")
		for i, l := range lefts {
			if i < len(rights) {
				fn(n, []*Node{l}, []*Node{rights[i]}, nil)
			}
		}
		return
	case "always_construct":
		var pr *Proc
		for _, p := range u.Procs {
			if p.Node == n {
				pr = p
			}
		}
		if pr == nil || !pr.Comb {
			return
		}
		var walk func(s *Node, guards []*Node)
		walk = func(s *Node, guards []*Node) {
			s = unlabel(s)
			if s == nil {
				return
			}
			switch s.Kind() {
			case "blocking_assignment", "nonblocking_assignment":
				if d := s.Child("delay"); d != nil && d.Kind() != "macro_usage" {
					// `clk <= #500 !clk;` in always @(*): the new value comes after a delay,
					// a clock generator of simulation models and testbenches, no zero-delay loop
					return
				}
				fn(s, []*Node{s.Child("left")}, append([]*Node{s.Child("right")}, guards...), pr)
				return
			case "if_statement":
				g := append(append([]*Node{}, guards...), s.Child("condition"))
				walk(s.Child("consequence"), g)
				walk(s.Child("alternative"), g)
				return
			case "case_statement":
				g := append(append([]*Node{}, guards...), s.Child("value"))
				for _, it := range s.Kids() {
					if it.Kind() == "case_item" || it.Kind() == "default_case_item" {
						walk(it.Child("body"), g)
					}
				}
				return
			case "for_statement":
				walk(s.Child("body"), guards)
				return
			}
			for _, k := range s.Kids() {
				walk(k, guards)
			}
		}
		walk(pr.Body, nil)
		return
	case "module_declaration", "interface_declaration", "generate_region", "generate_block", "if_generate",
		"case_generate", "case_item", "default_case_item", "loop_generate":
		for _, k := range n.Kids() {
			collectCombStmts(k, fn, u)
		}
	}
}

// reads calls fn for each identifier an expression reads, with the constant bits read
// (exact is false when a variable index makes the bits unknown).
func reads(n *Node, fn func(id *Node, rng *[2]int64, exact bool), sc Scope) {
	if n == nil {
		return
	}
	switch n.Kind() {
	case "identifier":
		if isRef(n) {
			fn(n, nil, true)
		}
		return
	case "select":
		v := n.Child("value")
		if v != nil && v.Kind() == "identifier" {
			r := selectRange(n, sc)
			fn(v, r, r != nil)
			for _, k := range n.Kids() {
				if k != v {
					reads(k, fn, sc)
				}
			}
			return
		}
	case "function_call", "system_call":
		if f := n.Child("function"); n.Kind() == "system_call" && f != nil && shapeQuery[f.Text()] {
			return // `$bits(shamt)` asks for a size, fixed at elaboration, not for the value
		}
		if a := n.Child("arguments"); a != nil {
			reads(a, fn, sc)
		}
		return
	case "member_access":
		return
	}
	for _, k := range n.Kids() {
		reads(k, fn, sc)
	}
}

// shapeQuery holds the system functions that ask about an expression's type or shape
// (IEEE 1800-2017 20.6, 20.7), whose answer is a constant of the elaboration.
var shapeQuery = map[string]bool{
	"$bits": true, "$typename": true, "$isunbounded": true, "$dimensions": true,
	"$unpacked_dimensions": true, "$left": true, "$right": true, "$low": true, "$high": true,
	"$increment": true, "$size": true,
}

// assignedBefore reports whether the process assigns id's name before id in the text.
func assignedBefore(u *Unit, pr *Proc, id *Node) bool {
	for _, w := range u.Writes {
		if w.Proc == pr && w.Name == id.Text() && w.Stmt.End() <= id.Start() {
			return true
		}
	}
	return false
}

// sensitiveTo reports whether a combinational process runs again when name changes:
// always_comb and @* react to everything they read, an explicit list only to its signals
// (a behavioural model's `always @(csb, clk)` that reads and writes a state variable loops
// through nothing).
func sensitiveTo(p *Proc, name string) bool {
	if p.Kind != "always" || p.Star || len(p.List) == 0 {
		return true
	}
	for _, s := range p.List {
		if s == name {
			return true
		}
	}
	return false
}

// lane is where a read's lowest bit lands in an assigned value, each of its bits driving
// the bit as far above that one and no other: at 0 through bitwise operators (~, &, |, ^,
// ~^ and the arms of ?:, whose narrower operands are widened at the top), at the width of
// the operands to its right inside a concatenation (`{state, feedback}`: feedback at 0).
type lane struct {
	read *Node // the select or the identifier read
	at   int64
}

// laneReads records the lane of each identifier n reads bit for bit, n's own bits landing
// at at. A concatenation's operands left of one whose width is unknown get none.
func laneReads(u *Unit, n *Node, at int64, out map[*Node]lane, sc Scope) {
	if n == nil {
		return
	}
	switch n.Kind() {
	case "parenthesized_expression":
		if n.NumKids() == 1 {
			laneReads(u, n.Kid(0), at, out, sc)
		}
	case "unary_expression":
		if op := n.Child("operator"); op != nil && op.Text() == "~" {
			laneReads(u, n.Child("operand"), at, out, sc)
		}
	case "binary_expression":
		switch op := n.Child("operator"); {
		case op == nil:
		case op.Text() == "&", op.Text() == "|", op.Text() == "^", op.Text() == "~^", op.Text() == "^~":
			laneReads(u, n.Child("left"), at, out, sc)
			laneReads(u, n.Child("right"), at, out, sc)
		}
	case "conditional_expression":
		laneReads(u, n.Child("consequence"), at, out, sc)
		laneReads(u, n.Child("alternative"), at, out, sc)
	case "concatenation":
		for i := n.NumKids() - 1; i >= 0; i-- {
			k := n.Kid(i)
			laneReads(u, k, at, out, sc)
			w, _, ok := u.ExprWidth(k, sc)
			if !ok {
				return
			}
			at += int64(w)
		}
	case "select":
		if v := n.Child("value"); v != nil && v.Kind() == "identifier" && lowToHigh(n, u.LookupAt(v.Text(), v), sc) {
			out[v] = lane{n, at}
		}
	case "identifier":
		if isRef(n) {
			out[n] = lane{n, at}
		}
	}
}

// alignTo makes e a bit-for-bit edge when its read lies in lane l: the bits read (rd, or
// all of a whole vector's) land on the written bits from the target's lowest (wr, or all
// of a whole vector's) plus the lane, cut at the target's top. Anything it cannot place
// so (a vector of several dimensions, a signed whole read that a wider value extends)
// leaves the edge as it was, reaching every written bit.
func (e *combEdge) alignTo(l lane, rd *[2]int64, from *Decl, t tgt, to *Decl, sc Scope) {
	if rd == nil {
		if l.read.Kind() != "identifier" || from.Signed {
			return
		}
		rd = declaredBits(from, sc)
	}
	wr := t.rng
	if wr == nil {
		wr = declaredBits(to, sc)
	} else if t.expr == nil || t.expr.Kind() != "select" || !lowToHigh(t.expr, to, sc) {
		return
	}
	if rd == nil || wr == nil {
		return
	}
	lo := wr[0] + l.at
	if lo > wr[1] {
		return
	}
	hi := min(lo+rd[1]-rd[0], wr[1])
	e.rd, e.wr, e.aligned = &[2]int64{rd[0], rd[0] + hi - lo}, &[2]int64{lo, hi}, true
}

// declaredBits is the bits of a signal of one packed dimension written high to low
// (`logic [7:0] d`: 0 to 7), or of one bit; nil for any other.
func declaredBits(d *Decl, sc Scope) *[2]int64 {
	if d.UserType != "" || d.Iface || len(d.Unpacked) > 0 {
		return nil
	}
	switch len(d.Packed) {
	case 0:
		if w, ok := d.WidthIn(sc); ok && w == 1 {
			return &[2]int64{0, 0}
		}
	case 1:
		msb, lsb := Eval(d.Packed[0].Child("msb"), sc), Eval(d.Packed[0].Child("lsb"), sc)
		if msb.OK && lsb.OK && msb.V >= lsb.V {
			return &[2]int64{lsb.V, msb.V}
		}
	}
	return nil
}

// lowToHigh reports whether a select of vector d takes its bits in the vector's order, its
// lowest bit first: one bit, a range written high to low, or an indexed part-select
// (`[b +: w]`, `[b -: w]`) of a vector declared high to low.
func lowToHigh(sel *Node, d *Decl, sc Scope) bool {
	if sel.Child("index") != nil {
		return true
	}
	r := sel.Child("range")
	if r == nil {
		return false
	}
	if r.Kind() == "range" {
		l, h := Eval(r.Child("left"), sc), Eval(r.Child("right"), sc)
		return l.OK && h.OK && l.V >= h.V
	}
	return d != nil && declaredBits(d, sc) != nil
}

// throughTristate reports whether a cycle passes a tristate driver.
func throughTristate(cycle []*combEdge) bool {
	for _, e := range cycle {
		if e.tristate {
			return true
		}
	}
	return false
}

// tristateValue reports whether an assigned value is a tristate buffer: a ?: one of
// whose arms is all high-z (`oe ? d : 1'bz`, `en ? 'z : q`).
func tristateValue(n *Node) bool {
	for n != nil && n.Kind() == "parenthesized_expression" && n.NumKids() == 1 {
		n = n.Kid(0)
	}
	if n == nil || n.Kind() != "conditional_expression" {
		return false
	}
	return highZ(n.Child("consequence")) || highZ(n.Child("alternative"))
}

// highZ reports whether n is a number whose every digit is z (`1'bz`, `8'hzz`, `'z`).
func highZ(n *Node) bool {
	if n == nil || n.Kind() != "number" {
		return false
	}
	t := strings.ToLower(strings.ReplaceAll(n.Text(), "_", ""))
	if i := strings.IndexByte(t, '\''); i >= 0 {
		t = strings.TrimLeft(t[i+1:], "s")
		if t != "" && strings.ContainsRune("bodh", rune(t[0])) {
			t = t[1:]
		}
	}
	t = strings.TrimSpace(t)
	return t != "" && strings.Trim(t, "z?") == ""
}

// paramArms lists the arms of conditional expressions on parameters (`P == X ? a : b`)
// that id, read in the expression root, lies in: each as the branch of a condition, as an
// if-generate's, since elaboration keeps one arm.
func paramArms(b *builder, id, root *Node) []cond {
	var out []cond
	for n := id; n != nil && n != root; n = n.Parent() {
		p := n.Parent()
		if p == nil || p.Kind() != "conditional_expression" {
			continue
		}
		c := p.Child("condition")
		if c == nil || !b.elaborationConstant(c) {
			continue
		}
		switch n.Field() {
		case "consequence":
			out = append(out, cond{group: p.Start() + 1, branch: 0, test: c})
		case "alternative":
			out = append(out, cond{group: p.Start() + 1, branch: 1, test: c})
		}
	}
	return out
}

// packageConstant reports whether name is a parameter or enum member of a package the
// imports bring in (`import aes_pkg::*;` and its `SBoxImplDom`).
func packageConstant(ix *Index, imports []Import, name string) bool {
	if ix == nil {
		return false
	}
	for _, im := range imports {
		if im.Name != "*" && im.Name != name {
			continue
		}
		pk := ix.Module(im.Package)
		if pk == nil || pk.Kind != UnitPackage {
			continue
		}
		if d := pk.Lookup(name); d != nil && (d.Kind == KindParam || d.Kind == KindLocal || d.Kind == KindEnumConst) {
			return true
		}
	}
	return false
}
