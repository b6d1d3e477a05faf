package rtl

import (
	"fmt"
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"sort"
	"strings"
)

// The embedded backend's RTL offers, built from the design model: an instance with every
// port connected by name, defaults for an always_comb block, a case over an enum state
// with a default, always_ff/always_comb skeletons for signals nothing drives yet, and the
// closer of the construct left open. Every offer still goes through the gate.

func hints(u *UnitRef, ix *Index, text []byte, off int, unit [2]int, sv bool, multiline bool) []string {
	var out []string
	add := func(s string) {
		if s != "" {
			out = append(out, s)
		}
	}
	ls := lineStart(text, off)
	before := string(text[ls:off])
	indent := before[:len(before)-len(strings.TrimLeft(before, " \t"))]
	trimmed := strings.TrimSpace(before)

	if ix != nil {
		add(instanceHint(u, ix, text, off, indent))
	}
	var pr *Proc
	if u != nil {
		rel := off - u.Base
		for _, p := range u.Procs {
			if rel > p.Node.Start() && rel <= p.Node.End() {
				pr = p
			}
		}
	}
	closer := closerHint(text, unit, off)
	if u != nil && multiline {
		if pr != nil {
			afterBegin := strings.HasSuffix(stripLineComment(prevCodeText(text, off)), "begin")
			if pr.Comb && afterBegin {
				add(defaultsHint(u, pr, off, indent, sv))
			}
			if pr.Seq && afterBegin && pr.Body != nil && pr.Body.Kind() == "seq_block" && emptyBlock(pr.Body) {
				add(ffBodyHint(u, ix, pr.Edges, lineIndent(text, u.Base+pr.Node.Start()), indent, sv, closer == "end"))
			}
		} else if edges, at := openClockedHeader(text, off); edges != nil {
			// a clocked block just opened, that error recovery has not made a process of
			add(ffBodyHint(u, ix, edges, lineIndent(text, at), indent, sv, closer == "end"))
			add(caseHint(u, ix, trimmed, text, off, indent))
		}
	}
	if trimmed == "" || multiline {
		add(closer)
	}
	if u != nil && multiline && pr == nil && trimmed == "" && off-u.Base > u.Header && closer != "endmodule" {
		sem := Resolve(u, ix)
		regs, outs := undriven(u, sem)
		if len(regs) == 0 {
			regs = outs
			outs = nil
		}
		add(alwaysFFHint(u, regs, indent, sv))
		add(alwaysCombHint(u, outs, indent, sv))
	}
	if closer == "endmodule" && trimmed == "" && !multiline {
		add(closer)
	}
	return dedupe(out)
}

func dedupe(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// prevCodeText is the code before the cursor on its line, or the previous non-blank line.
func prevCodeText(text []byte, off int) string {
	ls := lineStart(text, off)
	if s := strings.TrimSpace(string(text[ls:off])); s != "" {
		return s
	}
	return prevNonBlankLine(text, ls)
}

// instanceHint completes `name` typed at the start of a line into an instance of that
// module with every port connected by name.
func instanceHint(u *UnitRef, ix *Index, text []byte, off int, indent string) string {
	w := wordBefore(text, off)
	if w == "" || isKeyword(w) {
		return ""
	}
	mod := ix.Module(w)
	rest := ""
	if mod == nil {
		if len(w) < 3 {
			return ""
		}
		var cands []*UnitRef
		for _, m := range ix.All() {
			if (m.Kind == UnitModule || m.Kind == UnitInterface) && strings.HasPrefix(m.Name, w) && m.Name != w {
				cands = append(cands, m)
			}
		}
		if len(cands) != 1 {
			return ""
		}
		mod = cands[0]
		rest = mod.Name[len(w):]
	}
	if mod.Kind != UnitModule && mod.Kind != UnitInterface {
		return ""
	}
	if u != nil && u.Name == mod.Name {
		return ""
	}
	var sb strings.Builder
	sb.WriteString(rest)
	var params []string
	for _, p := range mod.Params {
		if p.Kind != KindParam {
			continue
		}
		if u != nil {
			if d := u.Lookup(p.Name); d != nil && (d.Kind == KindParam || d.Kind == KindLocal) {
				params = append(params, fmt.Sprintf(".%s(%s)", p.Name, p.Name))
			}
		}
	}
	if len(params) > 0 {
		sb.WriteString(" #(" + strings.Join(params, ", ") + ")")
	}
	sb.WriteString(" " + instanceName(u, mod.Name) + " (\n")
	width := 0
	for _, p := range mod.Ports {
		width = max(width, len(p.Name))
	}
	for i, p := range mod.Ports {
		val := ""
		if u != nil {
			if d := u.Lookup(p.Name); d != nil && d.IsSignal() {
				val = p.Name
			}
		}
		sep := ","
		if i == len(mod.Ports)-1 {
			sep = ""
		}
		sb.WriteString(fmt.Sprintf("%s  .%-*s (%s)%s\n", indent, width, p.Name, val, sep))
	}
	sb.WriteString(indent + ");")
	return sb.String()
}

func instanceName(u *UnitRef, mod string) string {
	name := "u_" + mod
	if u == nil {
		return name
	}
	for i := 0; ; i++ {
		n := name
		if i > 0 {
			n = fmt.Sprintf("%s_%d", name, i)
		}
		if !u.HasName(n) {
			return n
		}
	}
}

var keywords = map[string]bool{
	"module": true, "endmodule": true, "begin": true, "end": true, "always": true, "always_ff": true,
	"always_comb": true, "always_latch": true, "assign": true, "wire": true, "reg": true, "logic": true,
	"input": true, "output": true, "inout": true, "if": true, "else": true, "case": true, "casez": true,
	"casex": true, "endcase": true, "for": true, "generate": true, "endgenerate": true, "initial": true,
	"localparam": true, "parameter": true, "function": true, "endfunction": true, "task": true,
	"endtask": true, "typedef": true, "enum": true, "struct": true, "default": true, "genvar": true,
	"integer": true, "bit": true, "int": true, "unique": true, "priority": true, "return": true,
	"interface": true, "endinterface": true, "package": true, "endpackage": true, "import": true,
	"posedge": true, "negedge": true, "or": true, "and": true, "not": true, "signed": true,
}

func isKeyword(w string) bool { return keywords[w] }

// defaultsHint assigns a default to every variable a combinational block assigns that is
// not already assigned before the cursor.
func defaultsHint(u *UnitRef, pr *Proc, off int, indent string, sv bool) string {
	rel := off - u.Base
	seen := map[string]bool{}
	var names []string
	for _, w := range u.Writes {
		if w.Proc != pr || w.Kind != AccProc || u.localTo(w.Name, w.Id, pr.Node) {
			continue
		}
		if w.Stmt.End() <= rel && w.Stmt.Start() < rel {
			seen[w.Name] = true // assigned before the cursor already
		}
	}
	for _, w := range u.Writes {
		if w.Proc != pr || w.Kind != AccProc || seen[w.Name] || u.localTo(w.Name, w.Id, pr.Node) {
			continue
		}
		seen[w.Name] = true
		names = append(names, w.Name)
	}
	if len(names) == 0 {
		return ""
	}
	var lines []string
	for _, n := range names {
		lines = append(lines, n+" = "+zeroFor(u, n, sv)+";")
	}
	return joinIndented(lines, indent)
}

func zeroFor(u *UnitRef, name string, sv bool) string {
	d := u.Lookup(name)
	if d != nil {
		if members := u.EnumMembers(name, d.NameNode, nil); len(members) > 0 {
			return members[0]
		}
	}
	if sv {
		return "'0"
	}
	if d != nil && d.Width > 1 && !d.WidthDep {
		return fmt.Sprintf("%d'd0", d.Width)
	}
	if d != nil && d.Width == 1 {
		return "1'b0"
	}
	return "0"
}

// joinIndented puts the first line at the cursor and indents the others.
func joinIndented(lines []string, indent string) string {
	return strings.Join(lines, "\n"+indent)
}

// caseHint offers a case over an enum-typed signal with one item per member and a default,
// or the items of a case header over an enum typed just above.
func caseHint(u *UnitRef, ix *Index, trimmed string, text []byte, off int, indent string) string {
	prev := strings.TrimSpace(stripLineComment(prevCodeText(text, off)))
	if trimmed == "" && strings.HasSuffix(prev, ")") && (strings.Contains(prev, "case (") || strings.Contains(prev, "case(")) {
		i := strings.LastIndex(prev, "(")
		sel := strings.TrimSpace(prev[i+1 : len(prev)-1])
		members := enumOf(u, ix, sel)
		if len(members) == 0 {
			return ""
		}
		var lines []string
		for _, m := range members {
			lines = append(lines, m+": begin", "end")
		}
		lines = append(lines, "default: begin", "end")
		return joinIndented(lines, indent)
	}
	if trimmed != "" {
		return ""
	}
	var state string
	for _, d := range u.Decls {
		if d.Scope != u.Root || !d.IsSignal() || d.UserType == "" {
			continue
		}
		if len(enumOf(u, ix, d.Name)) == 0 {
			continue
		}
		if state == "" || strings.Contains(strings.ToLower(d.Name), "state") && !strings.Contains(strings.ToLower(state), "state") {
			state = d.Name
		}
	}
	if state == "" {
		return ""
	}
	lines := []string{"case (" + state + ")"}
	for _, m := range enumOf(u, ix, state) {
		lines = append(lines, "  "+m+": begin", "  end")
	}
	lines = append(lines, "  default: begin", "  end", "endcase")
	return joinIndented(lines, indent)
}

func enumOf(u *UnitRef, ix *Index, name string) []string {
	d := u.Lookup(name)
	if d == nil || ix == nil {
		return nil
	}
	return u.EnumMembers(name, d.NameNode, ix)
}

// undriven lists the variables (registers-to-be) and the output ports nothing drives.
func undriven(u *UnitRef, s *Sem) (regs, outs []string) {
	for _, d := range u.Decls {
		if d.Scope != u.Root || d.NameNode == nil || s.Driven(d.Name) || u.Signals[d.Name] != d {
			continue
		}
		switch {
		case d.Dir == "output" && (d.Kind == KindVar || d.Kind == KindNet):
			outs = append(outs, d.Name)
		case d.Dir == "" && d.Kind == KindVar:
			regs = append(regs, d.Name)
		}
	}
	return
}

// alwaysFFHint is a clocked block with the module's clock and reset convention that
// resets every register in regs.
func alwaysFFHint(u *UnitRef, regs []string, indent string, sv bool) string {
	if len(regs) == 0 {
		return ""
	}
	conv := Convention{ClockEdge: "posedge"}
	if cs := u.Conventions(); len(cs) > 0 {
		conv = cs[0]
	} else if clk, rst, low := guessClockReset(u); clk != "" {
		conv.Clock, conv.Reset, conv.ResetLow = clk, rst, low
	}
	if conv.Clock == "" {
		return ""
	}
	kw := "always"
	if sv {
		kw = "always_ff"
	}
	sens := "@(" + conv.ClockEdge + " " + conv.Clock
	if conv.Reset != "" && !conv.ResetSync {
		sens += " or " + edgeFor(conv.ResetLow) + " " + conv.Reset
	}
	sens += ")"
	lines := []string{kw + " " + sens + " begin"}
	sort.Strings(regs)
	if conv.Reset != "" {
		test := conv.Reset
		if conv.ResetLow {
			test = "!" + conv.Reset
		}
		lines = append(lines, "  if ("+test+") begin")
		for _, r := range regs {
			lines = append(lines, "    "+r+" <= "+zeroFor(u, r, sv)+";")
		}
		lines = append(lines, "  end else begin")
		for _, r := range regs {
			lines = append(lines, "    "+r+" <= "+r+";")
		}
		lines = append(lines, "  end")
	} else {
		for _, r := range regs {
			lines = append(lines, "  "+r+" <= "+r+";")
		}
	}
	lines = append(lines, "end")
	return joinIndented(lines, indent)
}

// alwaysCombHint is a combinational block that gives every output in outs a default, so
// that whatever is added below infers no latch.
func alwaysCombHint(u *UnitRef, outs []string, indent string, sv bool) string {
	if len(outs) == 0 {
		return ""
	}
	for _, o := range outs {
		if d := u.Lookup(o); d == nil || d.Kind != KindVar {
			return "" // a wire output takes an assign, not a procedure
		}
	}
	kw := "always @*"
	if sv {
		kw = "always_comb"
	}
	lines := []string{kw + " begin"}
	sort.Strings(outs)
	for _, o := range outs {
		lines = append(lines, "  "+o+" = "+zeroFor(u, o, sv)+";")
	}
	lines = append(lines, "end")
	return joinIndented(lines, indent)
}

var closers = map[string]string{
	"begin": "end", "case": "endcase", "casez": "endcase", "casex": "endcase", "fork": "join",
	"function": "endfunction", "task": "endtask", "generate": "endgenerate", "module": "endmodule",
	"macromodule": "endmodule", "interface": "endinterface", "package": "endpackage",
}

var closerOpeners = map[string][]string{
	"end": {"begin"}, "endcase": {"case", "casez", "casex"}, "join": {"fork"}, "join_any": {"fork"},
	"join_none": {"fork"}, "endfunction": {"function"}, "endtask": {"task"}, "endgenerate": {"generate"},
	"endmodule": {"module", "macromodule"}, "endinterface": {"interface"}, "endpackage": {"package"},
}

type openKw struct {
	word string
	at   int
}

// closerHint returns the closer of the innermost construct open at off that nothing after
// the cursor closes ("end", "endcase", "endmodule", …), or "".
func closerHint(text []byte, unit [2]int, off int) string {
	start := unit[0]
	if start > off {
		return ""
	}
	var stack []openKw
	missing := map[openKw]bool{}
	prev := ""
	push := func(w string, at int) {
		if _, ok := closers[w]; ok {
			if w == "fork" && (prev == "wait" || prev == "disable") {
				return
			}
			if (w == "function" || w == "task") && (prev == "import" || prev == "export" || prev == "extern") {
				return
			}
			stack = append(stack, openKw{w, at})
			return
		}
		if ops, ok := closerOpeners[w]; ok {
			for i := len(stack) - 1; i >= 0; i-- {
				if contains1(ops, stack[i].word) {
					for _, skipped := range stack[i+1:] {
						missing[skipped] = true
					}
					stack = stack[:i]
					break
				}
			}
		}
	}
	scanWords(text, start, off, func(w string, at int) { push(w, at); prev = w })
	if len(stack) == 0 {
		return ""
	}
	open := append([]openKw(nil), stack...)
	// does the rest of the file close them?
	prev = ""
	scanWords(text, off, len(text), func(w string, at int) {
		if len(stack) == 0 {
			return
		}
		push(w, at)
		prev = w
	})
	// constructs open at the cursor that nothing closes: offer the innermost one's closer
	for _, s := range stack {
		missing[s] = true
	}
	top := open[len(open)-1]
	for _, o := range open {
		if missing[o] {
			return closers[top.word]
		}
	}
	return ""
}

func contains1(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// emptyBlock reports a begin … end with no statement yet.
func emptyBlock(b *Node) bool {
	for _, k := range b.Kids() {
		if k.Field() == "" && !k.IsError() && isStatement(k) {
			return false
		}
	}
	return true
}

// ffBodyHint fills the empty body of a clocked block: the reset branch of the block's own
// reset (its second edge, or the module's synchronous convention) over the registers
// nothing drives yet, and the block's `end` (at procIndent) when nothing closes it.
func ffBodyHint(u *UnitRef, ix *Index, edges []Edge, procIndent, indent string, sv, close bool) string {
	regs, _ := undriven(u, Resolve(u, ix))
	if len(regs) == 0 {
		return ""
	}
	sort.Strings(regs)
	reset, low := "", false
	for _, e := range edges {
		if len(edges) > 1 && !looksLikeClock(e.Signal) {
			reset, low = e.Signal, e.Edge == "negedge"
		}
	}
	if reset == "" && len(edges) == 1 {
		for _, c := range u.Conventions() {
			if c.ResetSync && c.Clock == edges[0].Signal {
				reset, low = c.Reset, c.ResetLow
				break
			}
		}
	}
	var lines []string
	if reset != "" {
		test := reset
		if low {
			test = "!" + reset
		}
		lines = append(lines, "if ("+test+") begin")
		for _, r := range regs {
			lines = append(lines, "  "+r+" <= "+zeroFor(u, r, sv)+";")
		}
		lines = append(lines, "end else begin")
		for _, r := range regs {
			lines = append(lines, "  "+r+" <= "+r+";")
		}
		lines = append(lines, "end")
	} else {
		for _, r := range regs {
			lines = append(lines, r+" <= "+r+";")
		}
	}
	out := joinIndented(lines, indent)
	if close {
		out += "\n" + procIndent + "end"
	}
	return out
}

// lineIndent returns the leading white space of the line holding off.
func lineIndent(text []byte, off int) string {
	ls := lineStart(text, off)
	i := ls
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	return string(text[ls:i])
}

var (
	clockedHeaderRE = lazyregexp.New(`^\s*(always_ff|always)\s*@\s*\((.*)\)\s*begin\s*(//.*)?$`)
	edgeRE          = lazyregexp.New(`\b(posedge|negedge)\s+([A-Za-z_][A-Za-z0-9_$]*)`)
)

// openClockedHeader reads the line above the cursor as the header of a clocked block
// (`always_ff @(posedge clk or negedge rst_n) begin`): its edges and the header's offset.
func openClockedHeader(text []byte, off int) ([]Edge, int) {
	ls := lineStart(text, off)
	if strings.TrimSpace(string(text[ls:off])) != "" || ls == 0 {
		return nil, 0
	}
	// the previous non-blank line
	end := ls - 1
	for end > 0 {
		start := lineStart(text, end)
		if strings.TrimSpace(string(text[start:end])) != "" {
			m := clockedHeaderRE.FindSubmatch(text[start:end])
			if m == nil {
				return nil, 0
			}
			var edges []Edge
			for _, e := range edgeRE.FindAllSubmatch(m[2], -1) {
				edges = append(edges, Edge{Edge: string(e[1]), Signal: string(e[2])})
			}
			if len(edges) == 0 {
				return nil, 0
			}
			return edges, start
		}
		end = start - 1
	}
	return nil, 0
}
