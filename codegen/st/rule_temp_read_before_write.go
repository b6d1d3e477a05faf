package st

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleTempReadBeforeWrite: a VAR_TEMP read before anything wrote it (SCL).
var ruleTempReadBeforeWrite = register(&rules.Rule{
	ID:       "st/temp-read-before-write",
	Title:    "Temporary variable read before it is written",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Anchors:  []string{"TIA Portal: temporary data of optimized blocks is not initialized", "Siemens programming guideline (initialize temporary variables)"},
	Doc: rules.Doc(
		"Reports the first read of a VAR_TEMP variable that some path reaches before any write to it: an assignment (`+=` reads first; the assignment attempt `?=` and every target of a multiple assignment `#a := #b := 0` are writes), a FOR counter, an output binding `=> #temp`, or passing the bare variable to a block (which may fill it). IF and CASE without ELSE and loops that may not run count as paths that skip their writes. Blocks with GOTO are left alone. A write to a variable counts for the variables it overlays with AT, and a temporary declared AT a parameter or static variable (a view of its memory) has its value. Dialect: Siemens SCL (TIA Portal); CODESYS initialises VAR_TEMP on every call and is not checked.",
		"TIA Portal gives temporary variables no start value: in an optimized block they start as whatever the previous block left (non-optimized blocks: the local data stack). The value read is random from cycle to cycle, so the defect shows only sometimes, typically after a change elsewhere in the program.",
		"VAR_TEMP\n    tempSum : Real;\nEND_VAR\nFOR #i := 1 TO 10 DO\n    #tempSum += #values[#i];   // tempSum starts undefined\nEND_FOR;",
		"VAR_TEMP\n    tempSum : Real;\nEND_VAR\n#tempSum := 0.0;\nFOR #i := 1 TO 10 DO\n    #tempSum += #values[#i];\nEND_FOR;"),
}, checkTempReadBeforeWrite)

func checkTempReadBeforeWrite(pass *rules.Pass, run *Run) {
	if !run.SCL() {
		return
	}
	for _, p := range run.POUs() {
		temps := map[string]*Var{}
		for _, v := range p.Vars {
			if v.Section == SecTemp && !viewOfParameter(p, v) {
				temps[lower(v.Name)] = v
			}
		}
		if len(temps) == 0 {
			continue
		}
		for _, b := range Bodies(p) {
			if hasJumps(b) {
				continue
			}
			fl := &tempFlow{pass: pass, sc: run.Scope(p), temps: temps, reported: map[string]bool{}}
			fl.list(b, assignedSet{})
		}
	}
}

// viewOfParameter reports a temporary declared AT a variable of the block that is no
// temporary (`pv AT p : STRUCT … END_STRUCT` over an ANY input, classic SCL's way to take
// a parameter's pointer apart): it reads the memory of that variable, which has a value.
func viewOfParameter(p *POU, v *Var) bool {
	if v.Address == "" || strings.HasPrefix(v.Address, "%") {
		return false
	}
	for _, o := range p.Vars {
		if strings.EqualFold(o.Name, v.Address) {
			return o.Section != SecTemp
		}
	}
	return false
}

func hasJumps(b *Node) bool {
	found := false
	b.Walk(func(n *Node) bool {
		if n.Is("jump_statement", "label_statement") {
			found = true
		}
		return !found
	})
	return found
}

// assignedSet holds the temporaries written on every path so far (lower-case names).
type assignedSet map[string]bool

func (a assignedSet) copy() assignedSet {
	c := make(assignedSet, len(a))
	for k := range a {
		c[k] = true
	}
	return c
}

// meet keeps what both paths wrote; a nil set is a path that ended (RETURN, EXIT).
func meet(a, b assignedSet) assignedSet {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	out := assignedSet{}
	for k := range a {
		if b[k] {
			out[k] = true
		}
	}
	return out
}

type tempFlow struct {
	pass     *rules.Pass
	sc       *Scope
	temps    map[string]*Var
	reported map[string]bool
}

// list runs the statements from the set in; it returns the set at the end, nil when no
// path falls through.
func (fl *tempFlow) list(n *Node, in assignedSet) assignedSet {
	cur := in
	for _, s := range statements(n) {
		if cur == nil {
			return nil
		}
		cur = fl.stmt(s, cur)
	}
	return cur
}

func (fl *tempFlow) stmt(s *Node, cur assignedSet) assignedSet {
	switch s.Kind() {
	case "assignment":
		// A multiple assignment `#a := #b := 0;` writes every target of its chain and
		// reads only the value at its end.
		var lefts []*Node
		for a := s; a != nil; {
			left := a.Child("left")
			lefts = append(lefts, left)
			if op := a.Child("operator"); op != nil && !writesOnly(op.Text()) {
				fl.reads(left, cur) // `#x += 1`, S=, R= read the target first
			} else {
				fl.indexReads(left, cur)
			}
			next := a.Child("right")
			if next == nil || !next.Is("assignment_expression") {
				fl.reads(next, cur)
				cur = cur.copy()
				fl.callWrites(next, cur)
				break
			}
			a = next
		}
		for _, left := range lefts {
			fl.write(left, cur)
		}
	case "call_statement":
		fl.reads(s, cur)
		cur = cur.copy()
		fl.callWrites(s, cur)
	case "if_statement", "case_statement":
		if c := s.Child("condition"); c != nil {
			fl.reads(c, cur)
		}
		if v := s.Child("value"); v != nil {
			fl.reads(v, cur)
		}
		for _, e := range s.KidsOf("elsif_clause") {
			fl.reads(e.Child("condition"), cur) // approximate: as if evaluated up front
		}
		lists, exhaustive := branches(s)
		var out assignedSet
		first := true
		for _, l := range lists {
			r := fl.list(l, cur.copy())
			if first {
				out, first = r, false
			} else {
				out = meet(out, r)
			}
		}
		if !exhaustive {
			if first {
				out = cur
			} else {
				out = meet(out, cur)
			}
		}
		if out == nil && first {
			out = cur
		}
		return out
	case "for_statement":
		fl.reads(s.Child("from"), cur)
		fl.reads(s.Child("to"), cur)
		if by := s.Child("by"); by != nil {
			fl.reads(by, cur)
		}
		cur = cur.copy()
		fl.write(s.Child("variable"), cur)
		r := fl.list(s.Child("body"), cur.copy())
		if fl.runsOnce(s) && r != nil {
			return r // FOR 1 TO 3: the body runs
		}
		// otherwise the body may not run
	case "while_statement":
		fl.reads(s.Child("condition"), cur)
		fl.list(s.Child("body"), cur.copy())
	case "repeat_statement":
		if r := fl.list(s.Child("body"), cur.copy()); r != nil {
			fl.reads(s.Child("condition"), r)
			return r
		}
	case "region":
		return fl.list(s.Child("body"), cur)
	case "try_statement":
		// The handlers are read as if the body had run to its end: a read there is not
		// reported on a guess about where an exception struck.
		out := fl.list(s.Child("body"), cur.copy())
		after := out
		if after == nil {
			after = cur
		}
		for _, c := range s.KidsOf("catch_clause") {
			fl.list(c.Child("body"), after.copy())
		}
		for _, f := range s.KidsOf("finally_clause") {
			if r := fl.list(f.Child("body"), after.copy()); out != nil {
				out = r
			}
		}
		return out
	case "return_statement", "exit_statement", "continue_statement":
		if c := s.Child("condition"); c != nil { // `RETURN (bDone);` may go on
			fl.reads(c, cur)
			return cur
		}
		return nil
	}
	return cur
}

// writesOnly reports the assignment operators that store into their target without
// reading it first: `:=`, `REF=`, and the assignment attempt `?=` (TIA Portal and SIMATIC AX
// store the reference, or NULL when the type does not match).
func writesOnly(op string) bool {
	return op == ":=" || op == "?=" || strings.EqualFold(op, "REF=")
}

// runsOnce reports a FOR loop whose constant bounds make its body run at least once.
func (fl *tempFlow) runsOnce(s *Node) bool {
	from, to := fl.sc.eval(s.Child("from")), fl.sc.eval(s.Child("to"))
	if !from.OK || !to.OK {
		return false
	}
	step := Const{OK: true, V: 1}
	if by := s.Child("by"); by != nil {
		step = fl.sc.eval(by)
	}
	switch {
	case !step.OK:
		return false
	case step.V > 0:
		return from.V <= to.V
	case step.V < 0:
		return from.V >= to.V
	}
	return false
}

// callWrites marks what the calls inside n write: output bindings (`OUT => #t`) and a bare
// temporary passed to a parameter that is not known to be an input (an in-out or output
// of the block may fill it).
func (fl *tempFlow) callWrites(n *Node, cur assignedSet) {
	if n == nil {
		return
	}
	n.Walk(func(k *Node) bool {
		if k.Kind() == "argument" && fl.fills(k) {
			fl.write(k.Child("value"), cur)
		}
		return true
	})
}

// fills reports whether an argument may store into its (bare) value.
func (fl *tempFlow) fills(a *Node) bool {
	v := a.Child("value")
	if v == nil {
		return false
	}
	if op := a.Child("operator"); op != nil && op.Text() == "=>" {
		return true
	}
	return v.Is("local_variable", "identifier") && fl.paramSection(a) != SecInput
}

// paramSection says which section the formal parameter of an argument belongs to: the
// callee's declaration, or a standard block's lists; "" when unknown.
func (fl *tempFlow) paramSection(a *Node) string {
	list := a.Parent()
	if list == nil || list.Parent() == nil {
		return ""
	}
	f := list.Parent().Child("function")
	name := ""
	if n := a.Child("name"); n != nil {
		name = unquote(n.Text())
	}
	pos := 0
	for _, k := range list.KidsOf("argument") {
		if k == a {
			break
		}
		pos++
	}
	var pou *POU
	var std *StdPOU
	switch {
	case f.Is("identifier"):
		switch sym := fl.sc.Lookup(f.Text()); sym.Kind {
		case SymPOU:
			pou = sym.POU
		case SymStd:
			std = sym.Std
		case SymVar:
			pou, std = fl.sc.FBType(sym.Var.Type)
		}
	case f.Is("local_variable"):
		if v := fl.sc.Local(varName(f.First())); v != nil {
			pou, std = fl.sc.FBType(v.Type)
		}
	case f.Is("quoted_identifier", "string"):
		pou = fl.sc.findPOU(unquote(f.Text()))
		if pou != nil && pou.InstanceOf != "" {
			pou = fl.sc.findPOU(pou.InstanceOf)
		}
	}
	switch {
	case pou != nil && name != "":
		if v := (&Scope{POU: pou, Model: fl.sc.Model, WS: fl.sc.WS}).Local(name); v != nil {
			return v.Section
		}
	case pou != nil:
		in, _, _ := pou.Interface()
		if pos < len(in) {
			return SecInput
		}
	case std != nil:
		for _, g := range []struct {
			sec string
			ps  []Param
		}{{SecInput, std.Inputs}, {SecOutput, std.Outputs}, {SecInOut, std.InOuts}} {
			for _, prm := range g.ps {
				if strings.EqualFold(prm.Name, name) {
					return g.sec
				}
			}
		}
		if name == "" && pos < len(std.Inputs) {
			return SecInput
		}
	}
	return ""
}

// tempOf returns the temporary a designator's root names, or nil.
func (fl *tempFlow) tempOf(n *Node) *Var {
	name := varName(rootOf(n))
	if name == "" {
		return nil
	}
	return fl.temps[lower(name)]
}

// write marks the designator's temporary, and the ones it overlays with AT, as written.
func (fl *tempFlow) write(n *Node, cur assignedSet) {
	v := fl.tempOf(n)
	if v == nil {
		return
	}
	cur[lower(v.Name)] = true
	for k, o := range fl.temps {
		if strings.EqualFold(o.Address, v.Name) || strings.EqualFold(v.Address, o.Name) {
			cur[k] = true
		}
	}
}

// indexReads reads the index expressions inside a designator (`#a[#i] := …` reads #i).
func (fl *tempFlow) indexReads(n *Node, cur assignedSet) {
	for n != nil && n.Is("member_expression", "index_expression", "deref_expression") {
		if n.Kind() == "index_expression" {
			for _, i := range n.Children("index") {
				fl.reads(i, cur)
			}
		}
		if n.Kind() == "deref_expression" {
			n = n.Child("operand")
		} else {
			n = n.Child("object")
		}
	}
}

// reads reports every temporary the expression reads that some path has not written.
func (fl *tempFlow) reads(n *Node, cur assignedSet) {
	if n == nil {
		return
	}
	n.Walk(func(k *Node) bool {
		if k.Kind() == "argument" && fl.fills(k) {
			return false // written by the call, not read
		}
		name := ""
		switch {
		case k.Kind() == "identifier" && checkedIdentifier(k):
			name = k.Text()
		case k.Kind() == "quoted_identifier":
			name = varName(k) // #"temp val"
		}
		if name == "" {
			return true
		}
		v := fl.temps[lower(name)]
		if v == nil || cur[lower(v.Name)] || fl.reported[lower(v.Name)] {
			return true
		}
		fl.reported[lower(v.Name)] = true
		report(fl.pass, k.Parent(), "%s is read before it is written on some path: VAR_TEMP has no start value in TIA Portal", v.Name)
		return true
	})
}
