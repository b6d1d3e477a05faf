package rtl

import (
	"regexp"
	"sort"
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleLatch = register(&rules.Rule{
	ID:       "rtl/latch-inferred",
	Title:    "combinational block that infers a latch",
	Severity: rules.Error,
	Category: rules.Safety,
	Anchors:  []string{"Verilator LATCH", "Verible always-comb (prefer always_comb)", "IEEE 1800 9.2.2.2"},
	Doc: rules.Doc(
		`reports variables that a combinational block (always_comb, always @*,
or always with a level-sensitive list) assigns on some paths but not on all: an if
without else, a case without default that does not cover every value (a unique or
priority case, and a unique or priority if chain, count as full). An error in
always_comb, which promises combinational logic, and a warning in always @*; a
warning too where only parameters other than the defaults leave out the branch that
assigns (an if on a parameter without else). A case inside's ranges cover the values
between their bounds, and a macro used as a statement writes the variable it is given
first when its definition assigns that formal (or is not in the file). Assigning a
default at the top of the block is the usual fix.`,
		`The variable must keep its value on the missing paths, so synthesis
builds a level-sensitive latch: timing analysis cannot close on it, glitches pass
through, and FPGA tools map it badly.`,
		`always_comb begin
  if (sel) y = a;
end`,
		`always_comb begin
  y = '0;
  if (sel) y = a;
end`,
	),
}, checkLatch)

func checkLatch(p *rules.Pass, m *checkModel) {
	macroAssigns := map[string]bool{} // by macro name: whether a statement of it writes its first argument
	for _, u := range m.modules() {
		for _, pr := range u.Procs {
			if !pr.Comb || pr.Body == nil {
				continue
			}
			assigned := map[string]bool{}
			for _, w := range u.Writes {
				if w.Proc == pr && w.Kind == AccProc && !u.localTo(w.Name, w.Id, pr.Node) {
					assigned[w.Name] = true
				}
			}
			if len(assigned) == 0 {
				continue
			}
			la := latchAnalysis{u: u.Unit, ix: m.ix, strict: true, proc: pr.Body, text: fileText(u), macroAssigns: macroAssigns}
			def := la.definite(pr.Body)
			var missing []string
			for name := range assigned {
				if !def[name] && !u.blockTemporary(pr, la, name) {
					missing = append(missing, name)
				}
			}
			if len(missing) == 0 {
				continue
			}
			sort.Strings(missing)
			at := keyword(pr.Node)
			// A case over a state register whose items list every value the register is
			// ever given (or every member of its enum, not every encoding) still builds a
			// latch, as synthesis sees it, but one that never holds: a warning.
			la.reach, la.strict = true, false
			if allIn(missing, la.definite(pr.Body)) {
				m.reportSoft(p, u, at, "rtl/latch-inferred", "%s infers a latch for %s on case values the selector is never given (add a default)", pr.Kind, strings.Join(missing, ", "))
				continue
			}
			// A case whose items are parameters Gantry cannot evaluate (`P.S_FMT:`, one per
			// format) may list every value of its selector: the latch is only possible.
			la.reach, la.strict, la.maybe = false, true, true
			if allIn(missing, la.definite(pr.Body)) {
				m.reportSoft(p, u, at, "rtl/latch-inferred", "%s infers a latch for %s unless its case items, parameters of values not known here, cover every value of the selector (add a default)", pr.Kind, strings.Join(missing, ", "))
				continue
			}
			// An if on parameters without else whose defaults take the branch that writes
			// (`BRANCH : if (CFG_BRANCH) begin … end`, CFG_BRANCH = 1): the latch is built
			// only where an instance overrides them, which the defaults' build never sees.
			la.reach, la.strict, la.maybe, la.defaults = false, true, false, true
			if allIn(missing, la.definite(pr.Body)) {
				m.reportSoft(p, u, at, "rtl/latch-inferred", "%s infers a latch for %s where parameters leave out a branch that writes it (the defaults take it; add an else or a default first)", pr.Kind, strings.Join(missing, ", "))
				continue
			}
			if pr.Kind == "always_comb" {
				report(p, u, at, "always_comb infers a latch for %s: not assigned on every path (assign a default first)", strings.Join(missing, ", "))
			} else {
				m.reportSoft(p, u, at, "rtl/latch-inferred", "combinational always infers a latch for %s: not assigned on every path (assign a default first)", strings.Join(missing, ", "))
			}
		}
	}
}

type latchAnalysis struct {
	u  *Unit
	ix *Index
	// reach counts a case as full when its items cover every value its selector is ever
	// assigned (a state register fed only constants and its next-state variable).
	reach bool
	// strict counts a case over an enum as full only when it covers every encoding of the
	// selector, as synthesis does (yosys infers a latch for the unused encodings).
	strict bool
	// maybe counts a case as full when its items may list every selector value: some are
	// parameters of unknown value and there are enough of them (caseMayCover).
	maybe bool
	// proc is the body of the process analysed.
	proc *Node
	// depth counts the calls definite follows into the module's functions and tasks.
	depth int
	// defaults takes an if on parameters by their default values, as the module built
	// with its defaults has only the branch they pick.
	defaults bool
	// text is the file's text, where the definitions of macros used as statements are
	// looked up; macroAssigns keeps what was found for each macro, once per file.
	text         string
	macroAssigns map[string]bool
}

// assigns adds to out the names an assignment or an increment statement writes.
func (la latchAnalysis) assigns(n *Node, out map[string]bool) {
	if n.Kind() == "increment_statement" {
		if op := n.Child("operand"); op != nil {
			out[baseName(op)] = true
		}
		return
	}
	var ts []tgt
	(&builder{u: la.u}).targets(n.Child("left"), &ts)
	for _, t := range ts {
		out[t.id.Text()] = true
	}
}

// definite returns the names a statement assigns on every path through it.
func (la latchAnalysis) definite(n *Node) map[string]bool {
	out := map[string]bool{}
	n = unlabel(n)
	if n == nil {
		return out
	}
	switch n.Kind() {
	case "blocking_assignment", "nonblocking_assignment", "increment_statement":
		la.assigns(n, out)
	case "seq_block", "par_block":
		for _, k := range n.Kids() {
			for name := range la.definite(k) {
				out[name] = true
			}
		}
	case "if_statement":
		alt := n.Child("alternative")
		if v, ok := literalCondition(n.Child("condition")); ok {
			// `if (1'b1) begin … end` (a disabled alternative kept in the text, rp32's ALU
			// muxes): the branch the literal picks is the only path
			if v {
				return la.definite(n.Child("consequence"))
			}
			return la.definite(alt)
		}
		if c := n.Child("condition"); c != nil && la.defaults && (&builder{u: la.u}).elaborationConstant(c) {
			if v := Eval(c, la.u.Scope()); v.OK {
				if v.V != 0 {
					return la.definite(n.Child("consequence"))
				}
				return la.definite(alt)
			}
		}
		if c := n.Child("condition"); c != nil && (&builder{u: la.u}).elaborationConstant(c) {
			// an if on parameters or genvars keeps one branch per elaborated block: a name
			// is definite when each branch that writes it writes it on every path
			// (`if (i == 0) out = …; else s2[i] = …;` in a generate loop's always_comb)
			// — and nothing else in the process writes it, which would be all there is of
			// it in the other branch's blocks
			a, wa := la.definite(n.Child("consequence")), la.written(n.Child("consequence"), nil)
			b, wb := la.definite(alt), la.written(alt, nil)
			outside := la.written(la.proc, n)
			for name := range wa {
				if a[name] && (b[name] || !wb[name] && !outside[name]) {
					out[name] = true
				}
			}
			for name := range wb {
				if b[name] && !wa[name] && !outside[name] {
					out[name] = true
				}
			}
			return out
		}
		if la.strict && fullIfChain(n) {
			return la.chainDefinite(n)
		}
		if alt == nil {
			return out
		}
		a, b := la.definite(n.Child("consequence")), la.definite(alt)
		for name := range a {
			if b[name] {
				out[name] = true
			}
		}
	case "case_statement":
		full := la.u.caseFull(n, la.ix)
		if la.strict {
			q := n.Child("qualifier")
			full = len(n.KidsOf("default_case_item")) > 0 || len(n.KidsOf("macro_usage")) > 0 || q != nil && (q.Kind() == "unique" || q.Kind() == "priority" || q.Kind() == "unique0") ||
				la.u.caseCovers(n, la.ix, false)
		}
		if la.maybe && !full {
			full = la.u.caseMayCover(n)
		}
		if !full && !(la.reach && la.u.caseCoversReachable(n)) {
			return out
		}
		// a default after items that list every value of the selector never runs on 0/1
		// values (`default: ;  // can't happen`): synthesis and Verilator build no latch
		// for what it leaves unassigned
		skipDefault := len(n.KidsOf("default_case_item")) > 0 && la.u.itemsCoverEncodings(n, la.ix)
		first := true
		for _, it := range n.Kids() {
			if it.Kind() != "case_item" && it.Kind() != "default_case_item" {
				continue
			}
			if it.Kind() == "default_case_item" && skipDefault {
				continue
			}
			d := la.definite(it.Child("body"))
			if first {
				out, first = d, false
				continue
			}
			for name := range out {
				if !d[name] {
					delete(out, name)
				}
			}
		}
	case "for_statement", "while_statement", "repeat_statement", "foreach_statement", "forever_statement",
		"do_while_statement", "timing_control_statement":
		return la.definite(n.Child("body"))
	case "subroutine_call_statement":
		// a function or task of the module that writes its variables (`update_empty();`
		// setting is_empty_next on every path) writes them where it is called
		return la.calleeDefinite(n)
	case "macro_usage":
		la.macroWrites(n, out)
	}
	return out
}

// macroWrites adds the variable a macro used as a statement is given as its first
// argument (`AXI_SET_B_STRUCT(slv_resp_o.b, mst_resp.b), PULP's struct-assigning
// macros in always_comb): such a macro writes it, unless its definition in the file shows
// that it does not assign that formal. Gantry does not expand the macro, so without this
// the branch holding it counted as writing nothing.
func (la latchAnalysis) macroWrites(n *Node, out map[string]bool) {
	args, nm := n.Child("arguments"), n.Child("name")
	if args == nil || nm == nil {
		return
	}
	first := args.First()
	if first == nil {
		return
	}
	switch first.Kind() {
	case "identifier", "member_access", "select":
	default:
		return
	}
	name := strings.TrimPrefix(nm.Text(), "`")
	writes, seen := la.macroAssigns[name]
	if !seen {
		body, ok := macroDefinition(la.text, name)
		writes = !ok || macroAssignsFirstFormal(body)
		if la.macroAssigns != nil {
			la.macroAssigns[name] = writes
		}
	}
	if writes {
		out[baseName(first)] = true
	}
}

// macroAssignsFirstFormal reports whether a macro definition's body (the text after its
// name) assigns its first formal argument, whole or a part of it: `(lhs, rhs) lhs = rhs;`,
// `(q, d) q.f <= d;`.
func macroAssignsFirstFormal(body string) bool {
	if !strings.HasPrefix(body, "(") {
		return false
	}
	end := strings.IndexByte(body, ')')
	if end < 0 {
		return false
	}
	formal := body[1:end]
	if i := strings.IndexAny(formal, ",="); i >= 0 {
		formal = formal[:i]
	}
	formal = strings.TrimSpace(formal)
	if formal == "" {
		return false
	}
	re, err := regexp.Compile(`(^|[^\w$.])` + regexp.QuoteMeta(formal) + `((\.\w+)|\[[^\]]*\])*\s*<?=([^=]|$)`)
	return err == nil && re.MatchString(body[end+1:])
}

// maxCalleeDepth bounds how deep definite follows calls (recursive functions).
const maxCalleeDepth = 4

// calleeDefinite returns the module's variables a call of one of the module's own
// functions or tasks assigns on every path through the callee's body; its locals and
// arguments, which shadow them, are left out.
func (la latchAnalysis) calleeDefinite(call *Node) map[string]bool {
	out := map[string]bool{}
	var fc *Node
	for _, k := range call.Kids() {
		if k.Kind() == "function_call" {
			fc = k
		}
	}
	if fc == nil || la.depth >= maxCalleeDepth {
		return out
	}
	name := fc.Child("function")
	if name == nil || name.Kind() != "identifier" {
		return out
	}
	d := la.u.LookupAt(name.Text(), call)
	if d == nil || (d.Kind != KindFunction && d.Kind != KindTask) || d.Node == nil || d.Scope != la.u.Root {
		return out
	}
	inner := la
	inner.depth++
	for _, k := range d.Node.Kids() {
		switch k.Field() {
		case "name", "ports", "return_type", "lifetime":
			continue
		}
		for v := range inner.definite(k) {
			out[v] = true
		}
	}
	var last *Node // a node inside the callee, where its locals are in scope
	for _, k := range d.Node.Kids() {
		last = k
	}
	for v := range out {
		own := la.u.LookupAt(v, call)
		if own == nil || own.Scope != la.u.Root || own.Kind == KindFunction || own.Kind == KindTask || last == nil || la.u.LookupAt(v, last) != own {
			delete(out, v)
		}
	}
	return out
}

// itemsCoverEncodings reports whether a case's items list every encoding of its selector:
// every value, or every member of an enum with as many members as its width has encodings
// (enum values are distinct, IEEE 1800-2017 6.19).
func (u *Unit) itemsCoverEncodings(cs *Node, ix *Index) bool {
	if u.caseCovers(cs, ix, false) {
		return true
	}
	sel := cs.Child("value")
	if sel == nil || sel.Kind() != "identifier" || !u.caseCovers(cs, ix, true) {
		return false
	}
	enum := u.enumTypeOf(sel.Text(), sel, ix)
	if enum == nil {
		return false
	}
	w, ok := u.enumWidth(enum)
	return ok && w <= 12 && len(enum.KidsOf("enum_member")) == 1<<uint(w)
}

// written returns the names a statement assigns on some path through it, leaving out
// the statement skip.
func (la latchAnalysis) written(n, skip *Node) map[string]bool {
	out := map[string]bool{}
	if n == nil {
		return out
	}
	n.Walk(func(k *Node) bool {
		if k == skip {
			return false
		}
		switch k.Kind() {
		case "blocking_assignment", "nonblocking_assignment", "increment_statement":
			la.assigns(k, out)
		}
		return true
	})
	return out
}

// caseCoversReachable reports whether a plain case over a variable lists, among its
// constant items, every value that variable is ever assigned.
func (u *Unit) caseCoversReachable(cs *Node) bool {
	sel := cs.Child("value")
	if k := cs.Child("kind"); sel == nil || sel.Kind() != "identifier" || (k != nil && k.Kind() != "case") {
		return false
	}
	items := map[int64]bool{}
	for _, it := range cs.KidsOf("case_item") {
		for _, p := range it.Children("pattern") {
			if c := Eval(p, u.Scope()); c.OK {
				items[c.V] = true
			}
		}
	}
	vals, ok := u.assignedValues(sel.Text(), sel, map[*Decl]bool{})
	if !ok || len(vals) == 0 {
		return false
	}
	for v := range vals {
		if !items[v] {
			return false
		}
	}
	return true
}

// assignedValues collects the constant values a variable is given by every write to it,
// following whole-variable copies from other such variables; ok is false when a write is
// partial or not constant.
func (u *Unit) assignedValues(name string, at *Node, seen map[*Decl]bool) (map[int64]bool, bool) {
	d := u.LookupAt(name, at)
	if d == nil || !d.IsSignal() || d.Dir == "input" || d.Dir == "inout" || d.Iface {
		return nil, false
	}
	out := map[int64]bool{}
	if seen[d] {
		return out, true // holding its own value adds nothing
	}
	seen[d] = true
	writes := 0
	for _, w := range u.Writes {
		if w.Name != name || u.LookupAt(w.Name, w.Id) != d {
			continue
		}
		if w.Partial || (w.Kind != AccProc && w.Kind != AccInit && w.Kind != AccAssign) {
			return nil, false
		}
		rhs := writeValue(w)
		if rhs == nil || !u.exprValues(rhs, seen, out) {
			return nil, false
		}
		writes++
	}
	return out, writes > 0
}

func (u *Unit) exprValues(e *Node, seen map[*Decl]bool, out map[int64]bool) bool {
	if c := Eval(e, u.Scope()); c.OK {
		out[c.V] = true
		return true
	}
	switch e.Kind() {
	case "identifier":
		vs, ok := u.assignedValues(e.Text(), e, seen)
		for v := range vs {
			out[v] = true
		}
		return ok
	case "parenthesized_expression":
		for _, k := range e.Kids() {
			return u.exprValues(k, seen, out)
		}
	case "conditional_expression":
		a, b := e.Child("consequence"), e.Child("alternative")
		return a != nil && b != nil && u.exprValues(a, seen, out) && u.exprValues(b, seen, out)
	}
	return false
}

// writeValue returns the right-hand side of a whole-variable write.
func writeValue(w *Access) *Node {
	switch w.Stmt.Kind() {
	case "blocking_assignment", "nonblocking_assignment":
		if op := w.Stmt.Child("operator"); op != nil && op.Kind() != "=" {
			return nil
		}
		if w.Stmt.Child("left") != w.Expr {
			return nil
		}
		return w.Stmt.Child("right")
	case "declarator", "ansi_port_declaration":
		return w.Stmt.Child("value")
	case "continuous_assign":
		lefts, rights := w.Stmt.Children("left"), w.Stmt.Children("right")
		for i, l := range lefts {
			if l == w.Expr && i < len(rights) {
				return rights[i]
			}
		}
	}
	return nil
}

// blockTemporary reports whether name is only a temporary of the process: nothing outside
// it reads name, and inside it every read follows an assignment on the same path. Its
// value never outlives the branch that set it, so synthesis keeps no latch (yosys removes
// the unused one): ibex's always_comb blocks compute such values inside case items.
func (u *Unit) blockTemporary(pr *Proc, la latchAnalysis, name string) bool {
	if d := u.Lookup(name); d == nil || d.Dir != "" || d.Iface {
		return false // a port is read outside the module
	}
	for _, r := range u.Reads {
		if r.Name == name && r.Proc != pr {
			return false
		}
	}
	return la.readsAfterWrite(pr.Body, name, false)
}

// readsAfterWrite walks a statement in execution order: it reports whether every read of
// name in it finds name already assigned on its path (set says whether it is on entry).
func (la latchAnalysis) readsAfterWrite(n *Node, name string, set bool) bool {
	n = unlabel(n)
	if n == nil {
		return true
	}
	readsName := func(e *Node) bool {
		found := false
		if e != nil {
			e.Walk(func(k *Node) bool {
				if k.Kind() == "identifier" && k.Text() == name {
					found = true
				}
				return !found
			})
		}
		return found
	}
	switch n.Kind() {
	case "seq_block":
		for _, k := range n.Kids() {
			if !la.readsAfterWrite(k, name, set) {
				return false
			}
			if la.definite(k)[name] {
				set = true
			}
		}
		return true
	case "blocking_assignment", "nonblocking_assignment":
		if set {
			return true
		}
		if readsName(n.Child("right")) {
			return false
		}
		// An index of the target reads too (x[name] = …); the targets themselves do not,
		// name among others in a concatenation included ({name, y} = a + b).
		left := n.Child("left")
		if left != nil && left.Kind() != "identifier" && readsName(left) {
			var ts []tgt
			(&builder{u: la.u}).targets(left, &ts)
			target := map[int]bool{}
			for _, t := range ts {
				target[t.id.Start()] = true
			}
			read := false
			left.Walk(func(k *Node) bool {
				if k.Kind() == "identifier" && k.Text() == name && !target[k.Start()] {
					read = true
				}
				return !read
			})
			if read {
				return false
			}
		}
		return true
	case "if_statement":
		if !set && readsName(n.Child("condition")) {
			return false
		}
		return la.readsAfterWrite(n.Child("consequence"), name, set) && la.readsAfterWrite(n.Child("alternative"), name, set)
	case "case_statement":
		if !set && readsName(n.Child("value")) {
			return false
		}
		for _, it := range n.Kids() {
			if it.Kind() != "case_item" && it.Kind() != "default_case_item" {
				continue
			}
			for _, p := range it.Children("pattern") {
				if !set && readsName(p) {
					return false
				}
			}
			if !la.readsAfterWrite(it.Child("body"), name, set) {
				return false
			}
		}
		return true
	}
	// Any other statement: its reads count only once name is set.
	return set || !readsName(n)
}

// caseMayCover reports whether a case's items may list every value of its selector though
// Gantry cannot tell: some items are parameters (or members of a struct parameter, or
// package constants) whose values it does not know, and the selector's width is unknown or
// small enough for the items to fill it.
func (u *Unit) caseMayCover(cs *Node) bool {
	sel := cs.Child("value")
	if sel == nil {
		return false
	}
	if k := cs.Child("kind"); k != nil && k.Kind() != "case" {
		return false
	}
	labels, unknown := map[string]bool{}, 0
	for _, it := range cs.KidsOf("case_item") {
		for _, p := range it.Children("pattern") {
			if labels[p.Text()] {
				continue
			}
			labels[p.Text()] = true
			if Eval(p, u.Scope()).OK {
				continue
			}
			if !u.paramLabel(p) {
				return false
			}
			unknown++
		}
	}
	if unknown == 0 {
		return false
	}
	w, _, ok := u.ExprWidth(sel, u.Scope())
	return !ok || w <= 12 && len(labels) >= 1<<uint(w)
}

// paramLabel reports whether a case item is a constant of unknown value: a parameter, a
// member of a parameter (`P.S_FMT`) or a package's constant (`pkg::X`).
func (u *Unit) paramLabel(p *Node) bool {
	switch p.Kind() {
	case "scoped_identifier":
		return true
	case "member_access":
		return u.paramLabel(p.Child("value"))
	case "identifier":
		d := u.LookupAt(p.Text(), p)
		return d != nil && (d.Kind == KindParam || d.Kind == KindLocal)
	}
	return false
}

// allIn reports whether every name is in set.
func allIn(names []string, set map[string]bool) bool {
	for _, n := range names {
		if !set[n] {
			return false
		}
	}
	return true
}

// fullIfChain reports whether an if is `unique if` or `priority if`: the tool may assume
// one of its conditions holds (IEEE 1800-2017 12.4.2, a violation is reported when none
// does), so an else-if chain without a final else is full, as a unique case is.
func fullIfChain(n *Node) bool {
	q := n.Child("qualifier")
	return q != nil && (q.Kind() == "unique" || q.Kind() == "priority")
}

// chainDefinite returns the names every branch of a full if chain assigns: the
// consequences of the if and of the else-ifs after it, and the final else if there is one.
func (la *latchAnalysis) chainDefinite(n *Node) map[string]bool {
	var out map[string]bool
	meet := func(d map[string]bool) {
		if out == nil {
			out = d
			return
		}
		for name := range out {
			if !d[name] {
				delete(out, name)
			}
		}
	}
	for {
		meet(la.definite(n.Child("consequence")))
		alt := unlabel(n.Child("alternative"))
		if alt == nil {
			return out
		}
		if alt.Kind() != "if_statement" || alt.Child("qualifier") != nil {
			meet(la.definite(alt))
			return out
		}
		n = alt
	}
}

// literalCondition reads a condition that is a number alone (`1'b1`, `(0)`), with no x or
// z digit: whether it is true, and whether it is such a literal.
func literalCondition(c *Node) (bool, bool) {
	for c != nil && c.Kind() == "parenthesized_expression" && c.NumKids() > 0 {
		var inner *Node
		for _, k := range c.Kids() {
			inner = k
			break
		}
		c = inner
	}
	if c == nil || c.Kind() != "number" {
		return false, false
	}
	v, _, ok := ParseNumber(c.Text())
	return v != 0, ok
}
