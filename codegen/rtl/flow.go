package rtl

import (
	"sort"
	"strings"
)

// flow collects processes, instances, and every read and write of a name.

type flowCtx struct {
	proc    *Proc
	inFunc  bool // function body: writes go to locals and the result
	inTask  bool
	loopHdr bool
	conds   []cond
}

func (c flowCtx) with(cd cond) flowCtx {
	n := make([]cond, len(c.conds), len(c.conds)+1)
	copy(n, c.conds)
	c.conds = append(n, cd)
	return c
}

// skipFlow are subtrees that hold no reads or writes of design signals.
var skipFlow = map[string]bool{
	"preprocessor_directive": true, "attribute_instance": true, "comment": true, "struct_type": true,
	"union_type": true, "interface_type": true, "import_declaration": true, "export_declaration": true,
	"modport_declaration": true, "property_declaration": true, "sequence_declaration": true,
	"typedef_declaration": true, "ERROR": true, "MISSING": true, "macro_name": true,
	"config_declaration": true, "constraint_prototype": true,
	// names in a bind resolve in the scope of the module it binds into
	"bind_directive": true,
}

// notRefField lists fields whose identifiers name something rather than refer to it.
var notRefField = map[string]bool{
	"name": true, "port": true, "member": true, "label": true, "end_label": true, "module": true,
	"interface": true, "modport": true, "package": true, "scope": true, "key": true, "variable": true,
	"gate": true, "c_name": true, "start": true, // randsequence (start)
}

// isRef reports whether an identifier refers to a declaration.
func isRef(n *Node) bool {
	if n.Kind() != "identifier" {
		return false
	}
	if notRefField[n.Field()] {
		if n.Field() == "name" && n.Parent() != nil && n.Parent().Kind() == "genvar_initialization" && n.Parent().Text() != "" && !strings.HasPrefix(n.Parent().Text(), "genvar") {
			return true
		}
		return false
	}
	if p := n.Parent(); p != nil {
		switch p.Kind() {
		case "disable_statement", "import_item", "attribute_spec", "macro_parameters", "production_call":
			return false
		}
	}
	return true
}

func (b *builder) flow(n *Node, c flowCtx) {
	if n == nil {
		return
	}
	u := b.u
	if skipFlow[n.Kind()] && (n != u.Root || n.Kind() == "config_declaration" || n.Kind() == "bind_directive") {
		return
	}
	switch n.Kind() {
	case "function_declaration":
		c.inFunc, c.proc = true, nil
	case "task_declaration":
		c.inTask, c.proc = true, nil
	}
	if f := flowers[n.Kind()]; f != nil && !f(b, n, c) {
		return
	}
	for _, k := range n.Kids() {
		b.flow(k, c)
	}
}

// flowers maps a node kind to what it reads, writes or starts; false stops flow from
// descending into the children.
var flowers map[string]func(b *builder, n *Node, c flowCtx) bool

func init() {
	// Filled in init: the handlers call flow, which reads this table.
	flowers = map[string]func(b *builder, n *Node, c flowCtx) bool{
		"macro_usage":                      (*builder).flowMacroUsage,
		"extern_unit_declaration":          (*builder).flowNothing,
		"identifier":                       (*builder).flowIdentifier,
		"type_identifier":                  (*builder).flowTypeIdentifier,
		"if_generate":                      (*builder).flowIfGenerate,
		"if_statement":                     (*builder).flowIfStatement,
		"case_generate":                    (*builder).flowCaseGenerate,
		"always_construct":                 (*builder).flowAlwaysConstruct,
		"initial_construct":                (*builder).flowAlwaysConstruct,
		"final_construct":                  (*builder).flowAlwaysConstruct,
		"continuous_assign":                (*builder).flowContinuousAssign,
		"procedural_continuous_assignment": (*builder).flowProceduralContinuousAssignment,
		"with_expression":                  (*builder).flowWithExpression,
		"blocking_assignment":              (*builder).flowBlockingAssignment,
		"nonblocking_assignment":           (*builder).flowBlockingAssignment,
		"assignment_expression":            (*builder).flowBlockingAssignment,
		"increment_statement":              (*builder).flowIncrementStatement,
		"for_statement":                    (*builder).flowForStatement,
		"loop_generate":                    (*builder).flowForStatement,
		"genvar_initialization":            (*builder).flowGenvarInitialization,
		"net_declaration":                  (*builder).flowNetDeclaration,
		"variable_declaration":             (*builder).flowNetDeclaration,
		"port_declaration":                 (*builder).flowNetDeclaration,
		"ansi_port_declaration":            (*builder).flowAnsiPortDeclaration,
		"module_instantiation":             (*builder).flowModuleInstantiation,
		"gate_instantiation":               (*builder).flowGateInstantiation,
	}
}

// flowNothing stops flow at a node that reads and writes nothing where it stands: an
// `extern module` header, whose parameters and ports belong to the module it announces.
func (b *builder) flowNothing(n *Node, c flowCtx) bool { return false }

// flowMacroUsage handles macro_usage.
func (b *builder) flowMacroUsage(n *Node, c flowCtx) bool {
	u := b.u
	if p := n.Parent(); p != nil && n.Field() == "" && (isScope(p) || p.Kind() == "generate_region") {
		u.MacroItems = true
		if nm := n.Child("name"); nm != nil {
			u.ItemMacros = append(u.ItemMacros, strings.TrimPrefix(nm.Text(), "`"))
		}
	}
	return true
}

// flowIdentifier handles identifier.
func (b *builder) flowIdentifier(n *Node, c flowCtx) bool {
	u := b.u
	if isRef(n) {
		u.Refs = append(u.Refs, n)
		u.Reads = append(u.Reads, &Access{Name: n.Text(), Kind: AccRead, Id: n, Proc: c.proc})
	}
	return false
}

// flowTypeIdentifier handles type_identifier.
func (b *builder) flowTypeIdentifier(n *Node, c flowCtx) bool {
	u := b.u
	u.Refs = append(u.Refs, n)
	return false
}

// flowIfGenerate handles if_generate.
func (b *builder) flowIfGenerate(n *Node, c flowCtx) bool {
	b.flow(n.Child("condition"), c)
	test := n.Child("condition")
	if k := n.Child("consequence"); k != nil {
		b.flow(k, c.with(cond{group: n.Start() + 1, branch: 0, test: test}))
	}
	if k := n.Child("alternative"); k != nil {
		b.flow(k, c.with(cond{group: n.Start() + 1, branch: 1, test: test}))
	}
	return false
}

// flowCaseGenerate handles case_generate.
func (b *builder) flowCaseGenerate(n *Node, c flowCtx) bool {
	b.flow(n.Child("value"), c)
	i := 0
	for _, k := range n.Kids() {
		if k.Kind() == "case_item" || k.Kind() == "default_case_item" {
			b.flow(k, c.with(cond{group: n.Start() + 1, branch: i}))
			i++
		}
	}
	return false
}

// flowAlwaysConstruct handles always_construct, initial_construct, final_construct.
func (b *builder) flowAlwaysConstruct(n *Node, c flowCtx) bool {
	u := b.u
	p := newProc(n)
	u.Procs = append(u.Procs, p)
	c.proc = p
	for _, k := range n.Kids() {
		b.flow(k, c)
	}
	return false
}

// flowContinuousAssign handles continuous_assign.
func (b *builder) flowContinuousAssign(n *Node, c flowCtx) bool {
	lefts, rights := n.Children("left"), n.Children("right")
	for i, l := range lefts {
		b.write(l, AccAssign, n, c, true)
		if i < len(rights) {
			b.flow(rights[i], c)
		}
	}
	if d := n.Child("delay"); d != nil {
		b.flow(d, c)
	}
	return false
}

// flowProceduralContinuousAssignment handles procedural_continuous_assignment.
func (b *builder) flowProceduralContinuousAssignment(n *Node, c flowCtx) bool {
	// assign/force override a signal for a while; they are not drivers of the design
	b.write(n.Child("left"), 0, n, c, true)
	b.flow(n.Child("right"), c)
	return false
}

// flowWithExpression handles with_expression.
func (b *builder) flowWithExpression(n *Node, c flowCtx) bool {
	u := b.u
	if n.Child("constraints") != nil {
		// names in `randomize() with { … }` resolve in the randomized object first
		b.flow(n.Child("value"), c)
		return false
	}
	// the iterator (`item`, or the name given as the method's argument) is local
	iters := map[string]bool{"item": true}
	v := n.Child("value")
	if v.Is("function_call") {
		b.flow(v.Child("function"), c)
		v.Child("arguments").Walk(func(k *Node) bool {
			if k.Kind() == "identifier" {
				iters[k.Text()] = true
			}
			return true
		})
	} else {
		b.flow(v, c)
	}
	refs, reads := len(u.Refs), len(u.Reads)
	b.flow(n.Child("condition"), c)
	keepRefs := u.Refs[:refs]
	for _, r := range u.Refs[refs:] {
		if !iters[r.Text()] {
			keepRefs = append(keepRefs, r)
		}
	}
	u.Refs = keepRefs
	keepReads := u.Reads[:reads]
	for _, r := range u.Reads[reads:] {
		if !iters[r.Name] {
			keepReads = append(keepReads, r)
		}
	}
	u.Reads = keepReads
	return false
}

// flowBlockingAssignment handles blocking_assignment, nonblocking_assignment, assignment_expression.
func (b *builder) flowBlockingAssignment(n *Node, c flowCtx) bool {
	kind := AccProc
	switch {
	case c.loopHdr:
		kind = AccLoop
	case c.inFunc:
		kind = 0 // not a driver
	case c.inTask:
		kind = AccTask
	case c.proc == nil:
		kind = AccLoop // genvar updates outside processes
	}
	l := n.Child("left")
	if op := n.Child("operator"); op != nil && op.Kind() != "=" && l != nil {
		b.flow(l, c) // compound assignment reads its target
	}
	b.write(l, kind, n, c, n.Kind() != "nonblocking_assignment")
	for _, k := range n.Kids() {
		if k.Field() != "left" {
			b.flow(k, c)
		}
	}
	return false
}

// flowIncrementStatement handles increment_statement.
func (b *builder) flowIncrementStatement(n *Node, c flowCtx) bool {
	kind := AccProc
	if c.loopHdr || c.proc == nil {
		kind = AccLoop
	} else if c.inFunc {
		kind = 0 // not a driver
	}
	if op := n.Child("operand"); op != nil {
		b.flow(op, c)
		b.write(op, kind, n, c, true)
	}
	return false
}

// flowForStatement handles for_statement, loop_generate.
func (b *builder) flowForStatement(n *Node, c flowCtx) bool {
	for _, k := range n.Kids() {
		hc := c
		if k.Field() == "initializer" || k.Field() == "update" {
			hc.loopHdr = true
		}
		b.flow(k, hc)
	}
	return false
}

// flowGenvarInitialization handles genvar_initialization.
func (b *builder) flowGenvarInitialization(n *Node, c flowCtx) bool {
	u := b.u
	if v := n.Child("value"); v != nil {
		b.flow(v, c)
	}
	if nm := n.Child("name"); nm != nil && isRef(nm) {
		u.Refs = append(u.Refs, nm)
	}
	return false
}

// flowNetDeclaration handles net_declaration, variable_declaration, port_declaration.
func (b *builder) flowNetDeclaration(n *Node, c flowCtx) bool {
	u := b.u
	for _, dc := range n.KidsOf("declarator") {
		v := dc.Child("value")
		nm := dc.Child("name")
		if v == nil || nm == nil {
			for _, ud := range dc.KidsOf("unpacked_dimension") {
				b.flow(ud, c)
			}
			continue
		}
		kind := AccInit
		if n.Kind() == "net_declaration" {
			kind = AccAssign
		}
		if c.inFunc {
			kind = 0 // not a driver
		}
		if kind != 0 {
			u.Writes = append(u.Writes, &Access{Name: nm.Text(), Kind: kind, Id: nm, Expr: nm, Stmt: dc, Proc: c.proc, Blocking: true, Cond: b.condsAt(dc, c)})
		}
		b.flow(v, c)
	}
	if t := n.Child("type"); t != nil {
		b.flow(t, c)
	}
	return false
}

// flowAnsiPortDeclaration handles ansi_port_declaration.
func (b *builder) flowAnsiPortDeclaration(n *Node, c flowCtx) bool {
	u := b.u
	if v := n.Child("value"); v != nil && !c.inFunc {
		if nm := n.Child("name"); nm != nil {
			if dir := n.Child("direction"); dir == nil || dir.Kind() != "input" {
				u.Writes = append(u.Writes, &Access{Name: nm.Text(), Kind: AccInit, Id: nm, Expr: nm, Stmt: n, Cond: b.condsAt(n, c)})
			}
		}
		b.flow(v, c)
	}
	if t := n.Child("type"); t != nil {
		b.flow(t, c)
	}
	return false
}

// flowModuleInstantiation handles module_instantiation.
func (b *builder) flowModuleInstantiation(n *Node, c flowCtx) bool {
	b.instance(n, c)
	return false
}

// flowGateInstantiation handles gate_instantiation.
func (b *builder) flowGateInstantiation(n *Node, c flowCtx) bool {
	for _, gi := range n.KidsOf("gate_instance") {
		terms := gi.Children("terminal")
		gate := n.Child("gate").Kind()
		// a pass switch (tran, rtranif1…) joins its terminals both ways: it writes neither
		bidirectional := strings.HasPrefix(gate, "tran") || strings.HasPrefix(gate, "rtran")
		for i, t := range terms {
			if i == 0 && !strings.HasPrefix(gate, "pull") && !bidirectional {
				b.write(t, AccGate, gi, c, true)
				b.flow(t, c) // reads only indices; the base is skipped below
				continue
			}
			b.flow(t, c)
		}
	}
	return false
}

// instance records a module instance and its connections.
func (b *builder) instance(n *Node, c flowCtx) {
	u := b.u
	mod := n.Child("module")
	params := n.Child("parameters")
	var pconns []*Node
	if params != nil {
		pconns = params.KidsOf("parameter_connection")
		b.flow(params, c)
		for _, pc := range pconns {
			if implicitConn(pc, u.Text) {
				// `.Width` reads the parent's Width
				nm := pc.Child("name")
				u.Refs = append(u.Refs, nm)
				u.Reads = append(u.Reads, &Access{Name: nm.Text(), Kind: AccRead, Id: nm, Proc: c.proc})
			}
		}
	}
	for _, in := range n.KidsOf("instance") {
		inst := &Instance{Node: n, Inst: in, ModNode: mod, Params: pconns}
		if mod != nil {
			inst.Module = mod.Text()
		}
		if nm := in.Child("name"); nm != nil {
			inst.Name, inst.NameNode = nm.Text(), nm
		}
		inst.Array = len(in.KidsOf("unpacked_dimension")) > 0
		for _, ud := range in.KidsOf("unpacked_dimension") {
			b.flow(ud, c)
		}
		// a connection's position is the number of commas before it: an empty ordered
		// connection (`u (q, , d)`) has no node but takes its place
		pos, prev := 0, -1
		for _, k := range in.Kids() {
			if prev >= 0 && k.Start() >= prev {
				pos += strings.Count(u.Text[prev:k.Start()], ",")
			}
			prev = k.End()
			switch k.Kind() {
			case "wildcard_port_connection":
				inst.Wildcard = true
			case "macro_usage":
				inst.MacroConns = true
			case "port_connection":
				inst.Conns = append(inst.Conns, k)
				inst.ConnPos = append(inst.ConnPos, pos)
				port := ""
				if p := k.Child("port"); p != nil {
					port = p.Text()
					inst.Named = true
				} else {
					inst.Positonal = true
				}
				conn := &Connection{Inst: inst, Port: port, Pos: pos}
				v := k.Child("value")
				if v == nil && port != "" && implicitConn(k, u.Text) {
					// `.name` connects the same-named signal (`.name()` connects nothing)
					p := k.Child("port")
					u.Refs = append(u.Refs, p)
					u.Writes = append(u.Writes, &Access{Name: port, Kind: AccInstance, Id: p, Expr: p, Stmt: k, Conn: conn, Cond: b.condsAt(k, c)})
					u.Reads = append(u.Reads, &Access{Name: port, Kind: AccInstance, Id: p, Stmt: k, Conn: conn})
				} else if v != nil {
					var ts []tgt
					b.targets(v, &ts)
					for _, t := range ts {
						u.Writes = append(u.Writes, &Access{Name: t.id.Text(), Kind: AccInstance, Id: t.id, Expr: t.expr, Stmt: k, Conn: conn,
							Range: t.rng, Partial: t.partial, Cond: b.condsAt(k, c)})
					}
					// every identifier of the value is a (potential) read; connection
					// reads are marked so that output connections can be told apart
					before := len(u.Reads)
					b.flow(v, c)
					for _, r := range u.Reads[before:] {
						r.Kind, r.Conn, r.Stmt = AccInstance, conn, k
					}
				}
			}
		}
		u.Instances = append(u.Instances, inst)
	}
	if mod != nil {
		// the module name is checked against the workspace, not the scope
	}
}

// implicitConn reports a `.name` port or parameter connection without parentheses, which
// connects the same-named signal or passes the parent's same-named parameter; `.name()`
// connects nothing.
func implicitConn(c *Node, text string) bool {
	return c.Child("value") == nil && (c.Child("port") != nil || c.Child("name") != nil) && !strings.Contains(c.SrcString(text), "(")
}

type tgt struct {
	id      *Node
	expr    *Node
	partial bool
	rng     *[2]int64
}

// targets lists the names an lvalue writes.
func (b *builder) targets(lv *Node, out *[]tgt) {
	if lv == nil {
		return
	}
	switch lv.Kind() {
	case "identifier":
		*out = append(*out, tgt{id: lv, expr: lv})
	case "select":
		base, depth := lv, 0
		for base != nil && base.Kind() == "select" {
			base = base.Child("value")
			depth++
		}
		for base != nil && base.Kind() == "member_access" {
			base = base.Child("value")
			depth += 2
		}
		if base != nil && base.Kind() == "identifier" {
			t := tgt{id: base, expr: lv, partial: true}
			if depth == 1 {
				t.rng = b.constRange(lv)
			}
			*out = append(*out, t)
		}
	case "member_access":
		base := lv
		for base != nil && (base.Kind() == "member_access" || base.Kind() == "select") {
			base = base.Child("value")
		}
		if base != nil && base.Kind() == "identifier" {
			*out = append(*out, tgt{id: base, expr: lv, partial: true})
		}
	case "concatenation":
		for _, k := range lv.Kids() {
			b.targets(k, out)
		}
	case "streaming_concatenation":
		b.targets(lv.Child("value"), out)
	case "stream_expression":
		// `data with [0 +: len]` writes part of data (len is read)
		if v := lv.Child("value"); v != nil {
			var ts []tgt
			b.targets(v, &ts)
			for _, t := range ts {
				t.partial, t.rng = true, nil
				*out = append(*out, t)
			}
		}
	case "parenthesized_expression":
		for _, k := range lv.Kids() {
			b.targets(k, out)
		}
	}
}

// constRange evaluates the bits a one-level select covers; nil when they depend on an
// overridable parameter (a partial write of unknown bits overlaps nothing for certain).
func (b *builder) constRange(sel *Node) *[2]int64 {
	dep := false
	sc := b.u.scopeAt(sel)
	r := selectRange(sel, func(name string) Const {
		c := sc(name)
		dep = dep || c.ParamDep
		return c
	})
	if dep {
		return nil
	}
	return r
}

func selectRange(sel *Node, sc Scope) *[2]int64 {
	if i := sel.Child("index"); i != nil {
		c := Eval(i, sc)
		if !c.OK {
			return nil
		}
		return &[2]int64{c.V, c.V}
	}
	r := sel.Child("range")
	if r == nil {
		return nil
	}
	if r.Kind() == "range" {
		l, h := Eval(r.Child("left"), sc), Eval(r.Child("right"), sc)
		if !l.OK || !h.OK {
			return nil
		}
		return &[2]int64{min(l.V, h.V), max(l.V, h.V)}
	}
	base, w := Eval(r.Child("base"), sc), Eval(r.Child("width"), sc)
	if !base.OK || !w.OK || w.V < 1 {
		return nil
	}
	if op := r.Child("operator"); op != nil && op.Kind() == "-:" {
		return &[2]int64{base.V - w.V + 1, base.V}
	}
	return &[2]int64{base.V, base.V + w.V - 1}
}

// write records the targets of an lvalue, and reads of its index expressions.
func (b *builder) write(lv *Node, kind AccessKind, stmt *Node, c flowCtx, blocking bool) {
	if lv == nil {
		return
	}
	var ts []tgt
	b.targets(lv, &ts)
	ids := map[*Node]bool{}
	for _, t := range ts {
		ids[t.id] = true
		b.u.Refs = append(b.u.Refs, t.id)
		if kind == 0 {
			continue
		}
		b.u.Writes = append(b.u.Writes, &Access{Name: t.id.Text(), Kind: kind, Id: t.id, Expr: t.expr, Stmt: stmt,
			Proc: c.proc, Blocking: blocking, Range: t.rng, Partial: t.partial, Cond: b.condsAt(stmt, c)})
	}
	// indices and other names inside the lvalue are reads
	lv.Walk(func(n *Node) bool {
		if skipFlow[n.Kind()] {
			return false
		}
		if n.Kind() == "identifier" && !ids[n] && isRef(n) {
			b.u.Refs = append(b.u.Refs, n)
			b.u.Reads = append(b.u.Reads, &Access{Name: n.Text(), Kind: AccRead, Id: n, Proc: c.proc})
		}
		return true
	})
}

func (b *builder) condsAt(n *Node, c flowCtx) []cond {
	ifd := ifdefAt(b.u.ifdef, n.Start())
	if len(ifd) == 0 {
		return c.conds
	}
	return append(append([]cond{}, c.conds...), ifd...)
}

func newProc(n *Node) *Proc {
	p := &Proc{Node: n, Body: n.Child("body"), Control: n.Child("control")}
	switch n.Kind() {
	case "initial_construct":
		p.Kind = "initial"
	case "final_construct":
		p.Kind = "final"
	default:
		if k := n.Child("kind"); k != nil {
			p.Kind = k.Kind()
		}
	}
	if ec := p.Control; ec != nil && ec.Kind() == "event_control" {
		for _, s := range ec.Children("sensitivity") {
			switch s.Kind() {
			case "implicit_event":
				p.Star = true
			case "event_expression":
				sig := s.Child("signal")
				if sig == nil {
					continue
				}
				if e := s.Child("edge"); e != nil {
					// a macro standing for the edge (`` `RST_EVENT rst ``, posedge or negedge
					// per configuration) makes the process clocked, of an edge not known here
					edge := e.Kind()
					if edge == "macro_usage" {
						edge = ""
					}
					p.Edges = append(p.Edges, Edge{Edge: edge, Signal: sig.Text(), Node: sig})
				} else {
					p.List = append(p.List, baseName(sig))
				}
			}
		}
	}
	switch p.Kind {
	case "always_comb":
		p.Comb = true
	case "always_ff":
		p.Seq = true
	case "always_latch":
		p.Latch = true
	case "always":
		if len(p.Edges) > 0 {
			p.Seq = true
		} else if (p.Star || len(p.List) > 0) && !waits(p.Body) {
			p.Comb = true
		}
	}
	return p
}

// waits reports a block that waits for time or an event inside (`@tick;`, `wait (ready);`,
// `#5`): a testbench's behavioural process written as always @(*) is no combinational
// logic (no loop in zero time, no latch: its writes happen after the wait).
func waits(body *Node) bool {
	if body == nil {
		return false
	}
	found := false
	body.Walk(func(n *Node) bool {
		switch n.Kind() {
		case "timing_control_statement", "wait_statement":
			found = true
		}
		return !found
	})
	return found
}

// baseName returns the identifier an expression selects from ("a" for a[3:0]).
func baseName(n *Node) string {
	for n != nil {
		switch n.Kind() {
		case "identifier":
			return n.Text()
		case "select", "member_access":
			n = n.Child("value")
		default:
			return n.Text()
		}
	}
	return ""
}

// ---------------------------------------------------------------------------
// `ifdef regions

type ifdefRegion struct {
	at    int
	state []cond
}

// maxIfdefDepth bounds the `ifdef nesting that is tracked (real code nests a few levels).
const maxIfdefDepth = 64

// scanIfdefs finds the conditional-compilation structure of text, skipping comments and
// strings: after each directive, the branch path in force. outer is the path in force
// where text starts (a unit inside a file's `ifdef); the text's `else and `endif may
// continue and close it.
func scanIfdefs(text string, outer []cond) []ifdefRegion { return scanIfdefsKeep(text, outer, 0) }

// scanIfdefsKeep is scanIfdefs keeping only the innermost keep conditions of each path
// (all when keep is 0): a file's scan serves its units' outer paths, which are bounded.
func scanIfdefsKeep(text string, outer []cond, keep int) []ifdefRegion {
	if len(outer) == 0 && !strings.Contains(text, "`if") {
		return nil
	}
	var out []ifdefRegion
	stack := append([]cond(nil), outer...)
	group, over := 0, 0
	snap := func(at int) {
		s := stack
		if keep > 0 && len(s) > keep {
			s = s[len(s)-keep:]
		}
		out = append(out, ifdefRegion{at: at, state: append([]cond(nil), s...)})
	}
	if len(outer) > 0 {
		snap(0)
	}
	// the branch requirements under which the text defines a macro, where each is certain
	var defs map[string][]cond
	for i, j := range directives(text) {
		switch text[i+1 : j] {
		case "define":
			if m := macroAfter(text, j); m != "" && len(stack) > 0 && over == 0 {
				if defs == nil {
					defs = map[string][]cond{}
				}
				if _, seen := defs[m]; !seen {
					var req []cond
					for _, c := range stack {
						if c.defined == 0 {
							req = nil
							break
						}
						req = append(req, cond{macro: c.macro, defined: c.defined})
					}
					defs[m] = req
				}
			}
		case "ifdef", "ifndef":
			if len(stack) >= maxIfdefDepth {
				over++ // each snapshot copies the path: deeper levels are not told apart
				break
			}
			group--
			c := cond{group: group, macro: macroAfter(text, j), defined: 1}
			if text[i+1:j] == "ifndef" {
				c.defined = -1
				c.notAll = defs[c.macro]
			}
			if c.macro == "" {
				c.defined = 0
			}
			stack = append(stack, c)
			snap(j)
		case "elsif", "else":
			if over == 0 && len(stack) > 0 {
				top := &stack[len(stack)-1]
				top.branch++
				top.notAll = nil
				if text[i+1:j] == "else" && top.branch == 1 {
					top.defined = -top.defined // the other side of `ifdef/`ifndef X
				} else if m := macroAfter(text, j); text[i+1:j] == "elsif" && m != "" {
					top.macro, top.defined = m, 1
				} else {
					top.defined = 0
				}
				snap(j)
			}
		case "endif":
			if over > 0 {
				over--
			} else if len(stack) > 0 {
				stack = stack[:len(stack)-1]
				snap(j)
			}
		}
	}
	return out
}

func ifdefAt(regions []ifdefRegion, off int) []cond {
	if len(regions) == 0 {
		return nil
	}
	i := sort.Search(len(regions), func(i int) bool { return regions[i].at > off })
	if i == 0 {
		return nil
	}
	return regions[i-1].state
}

// macroAfter returns the macro name after a directive ending at j (`ifdef NAME), or "".
func macroAfter(text string, j int) string {
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	k := j
	for k < len(text) && (text[k] == '_' || text[k] >= 'a' && text[k] <= 'z' || text[k] >= 'A' && text[k] <= 'Z' || text[k] >= '0' && text[k] <= '9' || text[k] == '$') {
		k++
	}
	return text[j:k]
}
