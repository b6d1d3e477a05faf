package st

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/gantry-dev/gantry/codegen"
)

// maxBlocks keeps the prompt header small; the prompt builder trims further by tokens.
const maxBlocks = 8

// blocks builds the prompt context: declarations in scope, enumeration values near the
// cursor, what the function block inherits, the global variables it uses, interfaces of
// the blocks and functions the POU uses, the naming convention.
func (c *cursor) blocks() []codegen.Block {
	var out, more []codegen.Block
	if c.pou != nil {
		decl := declarations(c.pou)
		if c.scope.SCL {
			decl = sclNames(c.pou) + "\n" + decl
		}
		// A block whose declarations are too long for the prompt shows first the ones the
		// code around the cursor uses, which the shortened list may not reach.
		if near := c.declarationsUsedNear(); near != "" {
			out = append(out, codegen.Block{Source: "declarations the code around the cursor uses", Text: near, List: true})
		}
		// A list block: a function block of 150 variables keeps its first ones in the
		// prompt rather than none.
		out = append(out, codegen.Block{Source: "declarations in scope", Text: decl, List: true})
		// The values of the enumeration the cursor's line compares or switches on come
		// right after: they decide the next line more than anything else.
		if b := c.enumBlock(); b.Text != "" {
			out = append(out, b)
		}
		more = append(more, c.inherited()...)
		more = append(more, c.globalsInUse()...)
		more = append(more, c.interfaces()...)
		if c.scope.SCL {
			more = append(more, c.dataBlocks()...)
		}
	}
	var naming []codegen.Block
	if nc := c.naming(); nc != "" {
		naming = append(naming, codegen.Block{Source: "naming convention", Text: nc})
	}
	if room := maxBlocks - len(out) - len(naming); len(more) > room {
		more = more[:room]
	}
	return append(append(out, more...), naming...)
}

// declarations renders the POU's variables (and its function block's, for a method) by
// section, with types, addresses, initial values and comments.
func declarations(p *POU) string {
	var sb strings.Builder
	for q := p; q != nil; q = q.Parent {
		header := q.Kind + " " + q.Name
		if q.ReturnType != nil {
			header += " : " + q.ReturnType.Text
		}
		if len(q.Extends) > 0 {
			header += " EXTENDS " + strings.Join(q.Extends, ", ")
		}
		sb.WriteString(header + "\n")
		section := ""
		for _, v := range q.Vars {
			if v.Section != section {
				if section != "" {
					sb.WriteString("END_VAR\n")
				}
				section = v.Section
				sb.WriteString(section)
				if v.Constant {
					sb.WriteString(" CONSTANT")
				}
				sb.WriteString("\n")
			}
			sb.WriteString("    " + varLine(v) + "\n")
		}
		if section != "" {
			sb.WriteString("END_VAR\n")
		}
	}
	return strings.TrimRight(sb.String(), "\n")
}

// manyVars is the number of variables from which a POU's declarations are unlikely to
// fit the prompt's header whole (about 10 tokens a line, against half of a 2,048-token
// budget shared with the other blocks).
const manyVars = 40

// declarationsUsedNear renders, for a POU (with its function block, for a method) of more
// than manyVars variables, the declarations of those the code around the cursor names
// (about 60 lines before it and 15 after), by section; "" for a smaller POU.
func (c *cursor) declarationsUsedNear() string {
	n := 0
	for q := c.pou; q != nil; q = q.Parent {
		n += len(q.Vars)
	}
	if n <= manyVars {
		return ""
	}
	// The code, not the declarations: the window starts after the last END_VAR before
	// the cursor.
	from := max(0, c.off-3000)
	for _, kw := range []string{"END_VAR", "end_var", "End_Var"} {
		if i := bytes.LastIndex(c.text[from:c.off], []byte(kw)); i >= 0 {
			from += i + len(kw)
		}
	}
	used := map[string]bool{}
	for _, name := range usedNames(c.text[from:min(len(c.text), c.off+800)]) {
		used[name] = true
	}
	var sb strings.Builder
	for q := c.pou; q != nil; q = q.Parent {
		section := ""
		for _, v := range q.Vars {
			if !used[lower(v.Name)] {
				continue
			}
			if v.Section != section {
				if section != "" {
					sb.WriteString("END_VAR\n")
				}
				section = v.Section
				sb.WriteString(section + " // " + q.Kind + " " + q.Name + "\n")
			}
			sb.WriteString("    " + varLine(v) + "\n")
		}
		if section != "" {
			sb.WriteString("END_VAR\n")
		}
	}
	return strings.TrimRight(sb.String(), "\n")
}

func varLine(v *Var) string {
	s := v.Name
	if v.Address != "" {
		s += " AT " + v.Address
	}
	if v.Type != nil {
		s += " : " + v.Type.Text
	}
	if v.Value != "" {
		s += " := " + strings.Join(strings.Fields(v.Value), " ")
	}
	s += ";"
	if v.Comment != "" {
		s += " // " + v.Comment
	}
	return s
}

// interfaces lists the inputs and outputs of FB instances declared in scope and of the
// functions the POU calls, with where each is declared.
func (c *cursor) interfaces() []codegen.Block {
	var out []codegen.Block
	seen := map[string]bool{}
	add := func(name string) {
		k := lower(name)
		if seen[k] || len(out) >= maxBlocks-2 {
			return
		}
		seen[k] = true
		if p, path := c.findPOU(name); p != nil {
			out = append(out, codegen.Block{Source: path, Text: pouInterface(p)})
			return
		}
		if std := c.scope.std(name); std != nil && std.FB {
			out = append(out, codegen.Block{Source: "standard library", Text: stdInterface(std)})
		}
	}
	for q := c.pou; q != nil; q = q.Parent {
		for _, v := range q.Vars {
			if v.Type == nil {
				continue
			}
			t := v.Type
			if t.Kind == TypeArray && t.Elem != nil {
				t = t.Elem
			}
			if t.Kind == TypeNamed {
				if p, std := c.scope.FBType(t); p != nil || std != nil {
					add(t.Name)
				}
			}
		}
	}
	for _, name := range c.pou.Calls {
		if p, _ := c.findPOU(name); p != nil && p.Kind == KindFunction {
			add(p.Name)
		} else if p == nil && c.scope.SCL {
			// TIA system instructions the block calls, with their parameters.
			if std := TIALookup(name); std != nil && !seen[lower(name)] && len(out) < maxBlocks-2 {
				seen[lower(name)] = true
				out = append(out, codegen.Block{Source: "TIA Portal system instruction", Text: stdInterface(std)})
			}
		}
	}
	return out
}

// sclNames lists the block's own variables as SCL code writes them: with `#`.
func sclNames(p *POU) string {
	var names []string
	for q := p; q != nil; q = q.Parent {
		for _, v := range q.Vars {
			names = append(names, "#"+v.Name)
		}
	}
	if len(names) == 0 {
		return "// SCL: the block's own variables are written with # (#name)"
	}
	return "// SCL: in the code the block's own variables are written with #: " + strings.Join(names, ", ")
}

// dataBlocks renders the global data blocks the POU uses ("DB".member): their members,
// or for an instance DB its function block's interface.
func (c *cursor) dataBlocks() []codegen.Block {
	var out []codegen.Block
	seen := map[string]bool{}
	if c.pou.Node == nil {
		return nil
	}
	c.pou.Top().Node.Walk(func(n *Node) bool {
		if !n.Is("quoted_identifier", "string") || !strings.HasPrefix(n.Text(), "\"") || len(out) >= 3 {
			return true
		}
		name := unquote(n.Text())
		if seen[lower(name)] {
			return true
		}
		seen[lower(name)] = true
		db, path := c.findPOU(name)
		if db == nil || db.Kind != KindDataBlock {
			return true
		}
		var sb strings.Builder
		fmt.Fprintf(&sb, "DATA_BLOCK \"%s\" // use as \"%s\".member\n", db.Name, db.Name)
		if db.InstanceOf != "" {
			if fb, _ := c.findPOU(db.InstanceOf); fb != nil {
				fmt.Fprintf(&sb, "// instance data block of \"%s\"\n%s", fb.Name, pouInterface(fb))
			}
		} else {
			for _, v := range db.Vars {
				sb.WriteString("    " + varLine(v) + "\n")
			}
		}
		out = append(out, codegen.Block{Source: path, Text: strings.TrimRight(sb.String(), "\n")})
		return true
	})
	return out
}

// maxBases bounds the inherited blocks: the nearest bases matter most, and a deep
// framework hierarchy would crowd out the interfaces of the blocks the POU calls.
const maxBases = 3

// inherited renders what the cursor's function block inherits (EXTENDS, however far up,
// nearest first): each base's variables and the signatures of its methods and properties,
// with where it is declared. Object-oriented TwinCAT and CODESYS code reads and calls its
// bases' members (a state machine base's step, a unit base's axes) more than its own, and
// a model that does not see them invents them.
func (c *cursor) inherited() []codegen.Block {
	top := c.pou
	for top.Parent != nil {
		top = top.Parent // a method's or action's function block
	}
	var out []codegen.Block
	seen := map[*POU]bool{top: true}
	queue := top.Extends
	for len(queue) > 0 && len(out) < maxBases {
		name := queue[0]
		queue = queue[1:]
		base, where := c.basePOU(name)
		if base == nil || seen[base] {
			continue
		}
		seen[base] = true
		out = append(out, codegen.Block{Source: where, Text: baseMembers(base), List: true})
		queue = append(queue, base.Extends...)
	}
	return out
}

// maxGlobals bounds the global variables shown: a POU that reads a large I/O list gets
// the first ones it uses.
const maxGlobals = 24

// globalsInUse renders the global variables the cursor's POU uses (and, in a method or
// action, its function block's own body), declared as their lists declare them: address,
// type, initial value and comment, one block per file. Which signals are inputs (%I) and
// which outputs (%Q), and what each one means, is what a PLC body is written from; a
// model that does not see the list invents names like it.
func (c *cursor) globalsInUse() []codegen.Block {
	type list struct {
		where    string
		constant bool
	}
	var order []list
	vars := map[list][]*Var{}
	qualifier := map[list]string{}
	seen := map[*Var]bool{}
	looked := map[string]bool{} // a body names the same few variables over and over
	count := 0
	visit := func(n *Node) bool {
		if count >= maxGlobals || !n.Is("identifier") {
			return true
		}
		name, qual := n.Text(), ""
		if looked[name] {
			return true
		}
		if par := n.Parent(); par.Is("member_expression") && par.Child("member") == n {
			// `GVL_IO.bStart`: a member is a global only under a root that names
			// nothing else (a global variable list's name, a namespace); the root of
			// `gstMachine.bReady` is looked up as any name.
			obj := par.Child("object")
			if !obj.Is("identifier") || c.scope.Lookup(obj.Text()).Kind != SymNone {
				return true
			}
			qual = obj.Text()
		} else if c.scope.Local(name) != nil {
			looked[name] = true
			return true
		}
		if qual == "" {
			looked[name] = true
		}
		v, where := c.scope.Global(name)
		if v == nil || seen[v] {
			return true
		}
		seen[v] = true
		count++
		if where == "" {
			where = "this file"
		}
		k := list{where, v.Constant}
		if _, ok := vars[k]; !ok {
			order = append(order, k)
		}
		vars[k] = append(vars[k], v)
		if qual != "" && qualifier[k] == "" {
			qualifier[k] = qual
		}
		return true
	}
	pous := []*POU{c.pou}
	if top := c.pou.Top(); top != c.pou {
		pous = append(pous, top)
	}
	for _, p := range pous {
		walkBodies(p, visit)
	}
	var out []codegen.Block
	for _, k := range order {
		var sb strings.Builder
		sb.WriteString("VAR_GLOBAL")
		if k.constant {
			sb.WriteString(" CONSTANT")
		}
		if q := qualifier[k]; q != "" {
			sb.WriteString(" // used as " + q + ".name")
		}
		sb.WriteString("\n")
		for _, v := range vars[k] {
			sb.WriteString("    " + varLine(v) + "\n")
		}
		sb.WriteString("END_VAR")
		out = append(out, codegen.Block{Source: k.where, Text: sb.String(), List: true})
	}
	return out
}

// basePOU finds a base named in an EXTENDS clause (qualified by a library's namespace or
// not), with where it is declared.
func (c *cursor) basePOU(name string) (*POU, string) {
	k := c.scope.unqualified(name)
	if p := c.m.pous[k]; p != nil {
		return p, "this file"
	}
	if c.ws == nil {
		return nil, ""
	}
	if p, where := c.ws.pou(k); p != nil {
		return p, where
	}
	if p, lib := c.ws.libs.pou(k); p != nil {
		return p, "library " + lib
	}
	return nil, ""
}

// baseMembers renders what a derived block can use of base: its variables (a VAR_TEMP
// lives only during the base's own call) and its methods and properties, the PROTECTED
// ones included, the PRIVATE ones not.
func baseMembers(base *POU) string {
	var sb strings.Builder
	head := base.Kind + " " + base.Name
	if len(base.Extends) > 0 {
		head += " EXTENDS " + strings.Join(base.Extends, ", ")
	}
	if base.Doc != "" {
		head += " // " + base.Doc
	}
	sb.WriteString(head + "\n")
	section := ""
	for _, v := range base.Vars {
		if v.Section == SecTemp {
			continue
		}
		if v.Section != section {
			if section != "" {
				sb.WriteString("END_VAR\n")
			}
			section = v.Section
			sb.WriteString(section + "\n")
		}
		sb.WriteString("    " + varLine(v) + "\n")
	}
	if section != "" {
		sb.WriteString("END_VAR\n")
	}
	for _, m := range base.Children {
		if access(m) == "PRIVATE" || m.Kind != KindMethod && m.Kind != KindProperty || runtimeMethods[lower(m.Name)] {
			continue
		}
		sb.WriteString(memberSignature(m) + "\n")
	}
	return strings.TrimRight(sb.String(), "\n")
}

// runtimeMethods are the methods the runtime calls on an instance (set-up, copy on online
// change, tear-down), never the code.
var runtimeMethods = map[string]bool{"fb_init": true, "fb_reinit": true, "fb_exit": true}

// memberSignature is a method's or property's one-line signature:
// `METHOD MoveTo(rPos : LREAL; bDone : BOOL) : BOOL`, `PROPERTY Busy : BOOL`.
func memberSignature(m *POU) string {
	line := m.Kind + " " + m.Name
	if m.Kind == KindMethod {
		in, outs, inout := m.Interface()
		var params []string
		for _, v := range append(append(in, inout...), outs...) {
			t := ""
			if v.Type != nil {
				t = " : " + v.Type.Text
			}
			params = append(params, v.Name+t)
		}
		line += "(" + strings.Join(params, "; ") + ")"
	}
	if m.ReturnType != nil {
		line += " : " + m.ReturnType.Text
	}
	return line
}

// findPOU finds a POU with the path to show as its source.
func (c *cursor) findPOU(name string) (*POU, string) {
	k := lower(name)
	if p := c.m.pous[k]; p != nil {
		return p, "this file"
	}
	if c.ws != nil {
		if p, where := c.ws.pou(k); p != nil {
			return p, where
		}
	}
	return nil, ""
}

func pouInterface(p *POU) string {
	var sb strings.Builder
	head := p.Kind + " " + p.Name
	if p.ReturnType != nil {
		head += " : " + p.ReturnType.Text
	}
	if p.Doc != "" {
		head += " // " + p.Doc
	}
	sb.WriteString(head + "\n")
	in, outs, inout := p.Interface()
	for _, g := range []struct {
		kw   string
		vars []*Var
	}{{SecInput, in}, {SecOutput, outs}, {SecInOut, inout}} {
		if len(g.vars) == 0 {
			continue
		}
		sb.WriteString(g.kw + "\n")
		for _, v := range g.vars {
			sb.WriteString("    " + varLine(v) + "\n")
		}
		sb.WriteString("END_VAR\n")
	}
	if p.Kind == KindClass {
		// A class is used through its methods (SIMATIC AX): list their signatures.
		for _, m := range p.Children {
			if m.Kind != KindMethod || isPrivate(m) {
				continue
			}
			sb.WriteString(memberSignature(m) + "\n")
		}
	}
	return strings.TrimRight(sb.String(), "\n")
}

// isPrivate reports a method declared PRIVATE or PROTECTED (not callable from outside).
func isPrivate(m *POU) bool {
	a := access(m)
	return a == "PRIVATE" || a == "PROTECTED"
}

// access is a method's or property's access specifier in upper case, "" when it has none.
func access(m *POU) string {
	if m.Node == nil {
		return ""
	}
	if as := m.Node.KidsOf("access_specifier"); len(as) > 0 {
		return strings.ToUpper(strings.TrimSpace(as[0].Text()))
	}
	return ""
}

func stdInterface(s *StdPOU) string {
	if t, ok := stdInterfaces.Load(s); ok {
		return t.(string) // the same few blocks (TON, R_TRIG…) go into every prompt
	}
	t := formatStdInterface(s)
	stdInterfaces.Store(s, t)
	return t
}

// stdInterfaces holds stdInterface's text per standard POU.
var stdInterfaces sync.Map

func formatStdInterface(s *StdPOU) string {
	var sb strings.Builder
	if s.FB {
		sb.WriteString("FUNCTION_BLOCK " + s.Name + " // " + s.Doc + "\n")
	} else {
		ret := s.Return
		if ret == "" {
			ret = "ANY"
		}
		sb.WriteString("FUNCTION " + s.Name + " : " + ret + " // " + s.Doc + "\n")
	}
	for _, g := range []struct {
		kw string
		ps []Param
	}{{SecInput, s.Inputs}, {SecOutput, s.Outputs}, {SecInOut, s.InOuts}} {
		if len(g.ps) == 0 && (!s.FB || g.kw == SecInOut) {
			continue
		}
		sb.WriteString(g.kw + "\n")
		for _, p := range g.ps {
			fmt.Fprintf(&sb, "    %s : %s;\n", p.Name, p.Type)
		}
		sb.WriteString("END_VAR\n")
	}
	return strings.TrimRight(sb.String(), "\n")
}

// enumBlock lists the values of enumeration-typed variables mentioned around the cursor
// (this line and the two above) or of the CASE the cursor is in.
func (c *cursor) enumBlock() codegen.Block {
	start := c.off
	for lines := 0; start > 0 && lines < 3; start-- {
		if c.text[start-1] == '\n' {
			lines++
		}
	}
	window := string(c.text[start:c.off]) + c.lineSuffix()
	if cs := c.enclosingCaseValue(); cs != "" {
		window += " " + cs
	}
	var lines []string
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(window, func(r rune) bool { return !(r == '_' || r < 128 && isIdent(byte(r))) }) {
		v := c.scope.Local(w)
		if v == nil {
			v, _ = c.scope.Global(w)
		}
		if v == nil {
			continue
		}
		d, enum := c.scope.EnumOf(v.Type)
		if enum == nil {
			continue
		}
		name := v.Type.Text
		if d != nil {
			name = d.Name
		}
		if seen[lower(name)] {
			continue
		}
		seen[lower(name)] = true
		var vals []string
		for _, e := range enum.Enum {
			vals = append(vals, e.Name)
		}
		lines = append(lines, fmt.Sprintf("%s (%s) : %s", name, v.Name, strings.Join(vals, ", ")))
	}
	if len(lines) == 0 {
		return codegen.Block{}
	}
	return codegen.Block{Source: "enumeration values", Text: strings.Join(lines, "\n")}
}

// enclosingCaseValue returns the text of the value of the innermost CASE around the cursor.
func (c *cursor) enclosingCaseValue() string {
	if c.pou == nil || c.pou.Node == nil {
		return ""
	}
	val := ""
	c.pou.Node.Walk(func(n *Node) bool {
		if n.Start() > c.off || n.End() < c.off {
			return false
		}
		if n.Kind() == "case_statement" {
			val = n.Child("value").Src(c.text)
		}
		return true
	})
	return val
}

// naming infers the variable naming convention from the file's declarations.
func (c *cursor) naming() string {
	prefixed, total := 0, 0
	counts := map[string]int{}
	for _, u := range c.m.Units {
		for _, p := range u.data.pous {
			for _, v := range p.Vars {
				total++
				if pre := hungarian(c.scope, v); pre != "" && strings.HasPrefix(v.Name, pre) && len(v.Name) > len(pre) &&
					v.Name[len(pre)] >= 'A' && v.Name[len(pre)] <= 'Z' {
					prefixed++
					counts[pre]++
				}
			}
		}
	}
	if total < 4 {
		return ""
	}
	if prefixed*2 >= total {
		var ex []string
		for pre := range counts {
			ex = append(ex, pre)
		}
		sort.Strings(ex)
		return "variables use type prefixes (Hungarian notation): " + strings.Join(ex, ", ") +
			" (b BOOL, n integers, r REAL, t TIME, s STRING, e enums, st structs, a arrays, fb block instances)"
	}
	return ""
}

// hungarian returns the conventional prefix for a variable's type.
func hungarian(sc *Scope, v *Var) string {
	t := v.Type
	if t == nil {
		return ""
	}
	switch t.Kind {
	case TypeArray:
		return "a"
	case TypePointer:
		return "p"
	case TypeRef:
		return "ref"
	case TypeString:
		return "s"
	}
	switch el := t.Elementary(); elementary[el].cat {
	case CatBool:
		return "b"
	case CatInt:
		return "n"
	case CatReal:
		if el == "LREAL" {
			return "lr"
		}
		return "r"
	case CatTime:
		return "t"
	case CatBits:
		return map[string]string{"BYTE": "by", "WORD": "w", "DWORD": "dw", "LWORD": "lw"}[el]
	}
	if p, std := sc.FBType(t); p != nil || std != nil {
		return "fb"
	}
	if _, e := sc.EnumOf(t); e != nil {
		return "e"
	}
	if d := sc.FindType(t.Name); d != nil && d.Type != nil && d.Type.Kind == TypeStruct {
		return "st"
	}
	return ""
}
