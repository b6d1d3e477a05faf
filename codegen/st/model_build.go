package st

import (
	"bytes"
	"maps"
	"slices"
	"strings"

	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"github.com/gantry-dev/gantry/codegen/syntax/gotree"
)

// unitData is what one top-level declaration contributes: its POUs, types and global
// variables. Its offsets are those of the text it was first read from, where the unit
// began at at; one unitData serves every file snapshot holding the same text (see
// cache.go), shifted by Unit.Abs where the unit stands elsewhere — a unit read again at the
// same place (a file just opened, a unit above the edit) needs no shifted copy.
type unitData struct {
	// qualified: {attribute 'qualified_only'} stands before the unit's TYPE
	qualified bool
	kind      string
	root      *Node
	at        int
	pous      []*POU // top-level POUs (nested ones hang off Children)
	types     []*TypeDecl
	globals   []*Var
	// stmts marks top-level statements outside any POU (snippets, scripts).
	stmts bool
	// doc is the comment above the unit's POU (kept across Abs copies).
	doc string
	// namespaces are the first segments of NAMESPACE names (Util for Util.Signals) and the
	// full dotted names (util.signals), for USING.
	namespaces []string
	// decor is what the unit's place in its file adds to its tree (decorate).
	decor unitDecor
}

// unitDecor is what a unit takes from around it rather than from its tree: the TwinCAT
// global variable list it belongs to, a qualified_only attribute before it, the comment
// above it. A copy made where the unit moved to (Unit.Abs) gets the same.
type unitDecor struct {
	qualified     bool   // {attribute 'qualified_only'} stands before the unit's TYPE
	list          string // the GVL's name (<GVL Name="GVL_IO">), "" outside one
	listQualified bool   // the list's variables are reached only through its name
	listProperty  bool   // the unit is a property of the list: one of its members
	gvlQualified  bool   // the list is qualified_only (for its properties)
	doc           string // the comment above the unit's POU
}

// decorate applies d to a unit built from its tree.
func (u *unitData) decorate(d unitDecor) {
	u.decor = d
	markQualified(u, d.qualified)
	if d.list != "" {
		for _, v := range u.globals {
			v.List, v.ListQualified = d.list, d.listQualified
		}
	}
	if d.listProperty {
		for _, p := range u.pous {
			if p.Kind == KindProperty {
				u.globals = append(u.globals, &Var{Name: p.Name, Section: SecGlobal, Type: p.ReturnType,
					Start: p.NameStart, End: p.NameEnd, DeclStart: p.Start, DeclEnd: p.DeclEnd,
					List: d.list, ListQualified: d.gvlQualified})
			}
		}
	}
	if d.doc != "" {
		for _, p := range u.pous {
			p.Doc = d.doc
		}
	}
	u.doc = d.doc
}

// eachType calls fn for every type the unit's declarations write: results, variables (of
// nested POUs too), type declarations and global variables, and within them element and
// member types.
func (u *unitData) eachType(fn func(*Type)) {
	var typ func(t *Type)
	typ = func(t *Type) {
		for ; t != nil; t = t.Elem {
			fn(t)
			for _, m := range t.Members {
				typ(m.Type)
			}
		}
	}
	var pou func(p *POU)
	pou = func(p *POU) {
		typ(p.ReturnType)
		for _, v := range p.Vars {
			typ(v.Type)
		}
		for _, c := range p.Children {
			pou(c)
		}
	}
	for _, p := range u.pous {
		pou(p)
	}
	for _, t := range u.types {
		typ(t.Type)
	}
	for _, v := range u.globals {
		typ(v.Type)
	}
}

// builder turns a syntax copy into declarations; off converts node offsets to text offsets.
type builder struct {
	text []byte
	off  int
	u    *unitData
	ns   string // the NAMESPACE being read
	// named shares one Type among the unit's variables declared with the same plain
	// type name (most are INT, BOOL, REAL…): types are never changed once built.
	named map[string]*Type
}

func (b *builder) src(n *Node) string {
	if n == nil {
		return ""
	}
	if n.NumKids() == 0 {
		return n.Text()
	}
	if src := n.Source(); src != "" {
		return src // the copy's own text: no string of its own
	}
	s, e := n.Start()+b.off, n.End()+b.off
	if s < 0 || e > len(b.text) || s > e {
		return ""
	}
	return string(b.text[s:e])
}

func buildUnit(root *Node, text []byte, off int) *unitData {
	b := &builder{text: text, off: off, u: &unitData{kind: root.Kind(), root: root}}
	b.top(root)
	return b.u
}

func (b *builder) top(n *Node) {
	switch n.Kind() {
	case "program_declaration", "function_declaration", "function_block_declaration", "class_declaration",
		"method_declaration", "property_declaration", "action_declaration", "interface_declaration",
		"organization_block_declaration", "data_block_declaration", "transition_condition":
		b.u.pous = append(b.u.pous, b.pou(n, nil))
	case "type_declaration":
		b.typeDecl(n)
	case "var_section":
		b.u.globals = append(b.u.globals, b.section(n, nil)...)
	case "source_file":
		for _, k := range n.Kids() {
			b.top(k)
		}
	case "namespace_declaration":
	case "ERROR":
		if !b.recoverPOU(n) {
			b.u.stmts = true
		}
	case "configuration_declaration", "comment", "pragma", "using_directive", "region_end":
	default:
		b.u.stmts = true
	}
	if n.Kind() == "namespace_declaration" {
		if name := n.Child("name"); name != nil {
			b.u.namespaces = append(b.u.namespaces, strings.SplitN(b.src(name), ".", 2)[0])
		}
		outer := b.ns
		if name := n.Child("name"); name != nil {
			b.ns = strings.TrimPrefix(outer+"."+b.src(name), ".")
			if strings.Contains(b.ns, ".") {
				b.u.namespaces = append(b.u.namespaces, b.ns)
			}
		}
		for _, k := range n.Kids() {
			b.top(k)
		}
		b.ns = outer
	}
}

var pouKeywords = map[string]string{
	"PROGRAM": KindProgram, "FUNCTION": KindFunction, "FUNCTION_BLOCK": KindFunctionBlock, "CLASS": KindClass,
	"METHOD": KindMethod, "ACTION": KindAction, "ORGANIZATION_BLOCK": KindOrgBlock,
}

// recoverPOU reads a POU the parser could not finish (the user is typing in it): the
// header keyword from the text, the name and the VAR sections from what did parse. It gives
// Context its scope on broken code; the body is left unread.
func (b *builder) recoverPOU(n *Node) bool {
	fields := strings.Fields(b.src(n))
	if len(fields) < 2 {
		return false
	}
	kind := pouKeywords[strings.ToUpper(fields[0])]
	if kind == "" {
		return false
	}
	p := &POU{Kind: kind, Start: n.Start(), End: n.End(), Node: leafNode("ERROR", n.Start(), n.End(), true, nil)}
	for _, k := range n.Kids() {
		switch {
		case k.Kind() == "identifier" && p.Name == "":
			p.Name = k.Text()
			p.NameStart, p.NameEnd = k.Start(), k.End()
			p.DeclEnd = k.End()
		case k.Kind() == "var_section":
			p.Vars = append(p.Vars, b.section(k, p)...)
			p.DeclEnd = k.End()
		case k.Kind() == "method_declaration" || k.Kind() == "action_declaration":
			p.Children = append(p.Children, b.pou(k, p))
		}
	}
	if p.Name == "" {
		return false
	}
	if i := strings.Index(fields[1], ":"); i > 0 {
		p.Name = fields[1][:i]
	}
	p.seal()
	b.u.pous = append(b.u.pous, p)
	return true
}

var pouKinds = map[string]string{
	"program_declaration":            KindProgram,
	"function_declaration":           KindFunction,
	"function_block_declaration":     KindFunctionBlock,
	"class_declaration":              KindClass,
	"method_declaration":             KindMethod,
	"property_declaration":           KindProperty,
	"action_declaration":             KindAction,
	"transition_condition":           KindAction, // an SFC transition's condition, for its reads
	"interface_declaration":          KindInterface,
	"organization_block_declaration": KindOrgBlock,
	"data_block_declaration":         KindDataBlock,
}

// pouNodes is the set of pouKinds' node kinds, asked of every node of the walks that
// stop at nested POUs.
var pouNodes = gotree.NewKindSet(slices.Collect(maps.Keys(pouKinds))...)

func (b *builder) pou(n *Node, parent *POU) *POU {
	p := &POU{Kind: pouKinds[n.Kind()], Start: n.Start(), End: n.End(), Parent: parent, Node: n}
	if parent == nil {
		p.Namespace = b.ns
	}
	if name := n.Child("name"); name != nil {
		p.Name = unquote(b.src(name))
		p.NameStart, p.NameEnd = name.Start(), name.End()
		p.DeclEnd = name.End()
	} else if n.Kind() == "action_declaration" || n.Kind() == "transition_condition" {
		// A TwinCAT action or SFC transition: its name is the XML attribute of the
		// <Action> or <Transition> around it. A transition written as statements sets its
		// name, a BOOL, as a function sets its result.
		tag := "Action"
		if n.Kind() == "transition_condition" || xmlInside(b.text, n.Start()+b.off, "Transition", "Action") {
			tag = "Transition"
			p.ReturnType = &Type{Kind: TypeNamed, Name: "BOOL", Text: "BOOL"}
		}
		p.Name = xmlName(b.text, n.Start()+b.off, tag)
	}
	if rt := n.Child("return_type"); rt != nil {
		p.ReturnType = b.typ(rt)
		p.DeclEnd = rt.End()
	} else if t := n.Child("type"); t != nil && p.Kind == KindProperty {
		p.ReturnType = b.typ(t)
	}
	for _, k := range n.Kids() {
		switch k.Kind() {
		case "extends_clause":
			for _, t := range k.Children("type") {
				if t.Kind() == "generic_type" { // `EXTENDS FB_Buffer<100>`
					t = t.Child("type")
				}
				p.Extends = append(p.Extends, b.src(t))
			}
		case "implements_clause":
			for _, t := range k.Children("type") {
				p.Implements = append(p.Implements, b.src(t))
			}
		case "var_section":
			p.Vars = append(p.Vars, b.section(k, p)...)
			p.DeclEnd = k.End()
		case "method_declaration", "property_declaration", "action_declaration", "transition_condition":
			p.Children = append(p.Children, b.pou(k, p))
		case "property_accessor":
			for _, s := range k.KidsOf("var_section") {
				p.Vars = append(p.Vars, b.section(s, p)...)
			}
		case "comment", "pragma":
		default:
			if k.Field() == "body" {
				p.BodyStart, p.BodyEnd = k.Start(), k.End()
			}
		}
	}
	if parent == nil && (p.Kind == KindFunctionBlock || p.Kind == KindProgram) {
		p.Children = append(p.Children, b.xmlOnlyActions(p)...)
		p.Implicit = b.sfcImplicit(p)
	}
	if n.Kind() == "data_block_declaration" {
		if t := n.Child("type"); t != nil && t.Kind() == "struct_type" {
			for _, d := range t.KidsOf("var_declaration") {
				p.Vars = append(p.Vars, b.varDecl(d, SecVar, false, false, p)...)
			}
		} else if t != nil && t.Kind() == "type_name" {
			p.InstanceOf = unquote(strings.TrimSpace(b.src(t)))
		}
	}
	p.seal()
	p.Calls = b.calls(n, p)
	return p
}

// xmlOnlyActions are the actions of a TwinCAT POU file that have no ST in it: an action
// drawn in CFC, FBD or LD is an <Action> element with XML for its body, so the tree has no
// node for it, yet the POU's ST calls it by name (`FileFBs();`). They are members without
// a body, named where the XML names them.
func (b *builder) xmlOnlyActions(p *POU) []*POU {
	if !twincatXML(b.text) {
		return nil
	}
	var out []*POU
	for _, a := range xmlElementNames(b.text, "Action") {
		if p.Child(a.name) != nil {
			continue
		}
		at := a.at - b.off
		c := &POU{Kind: KindAction, Name: a.name, Parent: p, Start: at, End: at + len(a.name), NameStart: at, NameEnd: at + len(a.name), DeclEnd: at + len(a.name)}
		c.seal()
		out = append(out, c)
	}
	return out
}

// sfcFlags are the variables TwinCAT and CODESYS declare in an SFC block when its SFC
// settings say so (kept in the project's properties, which Gantry does not read): code
// reads them, in the block and through an instance (`prgSequence.SFCCurrentStep`).
var sfcFlags = []struct{ name, typ, doc string }{
	{"SFCInit", "BOOL", "TRUE resets the sequence to its initial step and holds it there"},
	{"SFCReset", "BOOL", "TRUE resets the sequence to its initial step, which then runs"},
	{"SFCPause", "BOOL", "TRUE suspends the sequence"},
	{"SFCError", "BOOL", "TRUE once a step exceeded its time limit"},
	{"SFCEnableLimit", "BOOL", "enables the steps' time limits"},
	{"SFCErrorStep", "STRING", "the step whose time limit was exceeded"},
	{"SFCErrorPOU", "STRING", "the block whose step exceeded its time limit"},
	{"SFCQuitError", "BOOL", "TRUE suspends the sequence and clears SFCError"},
	{"SFCTrans", "BOOL", "TRUE in a cycle where a transition fired"},
	{"SFCCurrentStep", "STRING", "the name of the active step"},
	{"SFCTip", "BOOL", "in tip mode, a rising edge fires the next transition"},
	{"SFCTipMode", "BOOL", "TRUE enables tip mode"},
	{"SFCErrorAnalyzation", "STRING", "the parts of the transition that blocks after a timeout"},
}

// sfcImplicit returns the implicit variables of a TwinCAT block drawn in SFC: its flags,
// and one variable per step (`Init.x` is TRUE while the step is active, `Init.t` how long
// it has been).
func (b *builder) sfcImplicit(p *POU) []*Var {
	if !twincatXML(b.text) || !bytes.Contains(b.text, []byte("SFCImplementationObject")) {
		return nil
	}
	var out []*Var
	for _, f := range sfcFlags {
		out = append(out, &Var{Name: f.name, Section: SecVar, Type: &Type{Kind: TypeNamed, Name: f.typ, Text: f.typ},
			Owner: p, Decl: f.name + " : " + f.typ, Comment: "SFC flag: " + f.doc})
	}
	for _, step := range sfcStepNames(b.text) {
		out = append(out, &Var{Name: step, Section: SecVar, Type: &Type{Kind: TypeNamed, Name: "SFCStepType", Text: "SFCStepType"},
			Owner: p, Decl: step + " : SFCStepType", Comment: "SFC step: .x is TRUE while it is active, .t the time it has been"})
	}
	return out
}

// section reads one VAR … END_VAR block.
func (b *builder) section(n *Node, owner *POU) []*Var {
	kind := SecVar
	if k := n.Child("kind"); k != nil {
		kind = strings.ToUpper(strings.TrimSpace(b.src(k)))
	}
	if kind == "VAR_DB_SPECIFIC" {
		kind = SecVar // TIA's data-block-specific parameters, also written VAR DB_SPECIFIC
	}
	// Classic SCL's CONST … END_CONST holds constants without a qualifier.
	constant, retain := kind == "CONST", false
	for _, q := range n.Children("qualifier") {
		switch strings.ToUpper(strings.TrimSpace(b.src(q))) {
		case "CONSTANT":
			constant = true
		case "RETAIN", "PERSISTENT":
			retain = true
		}
	}
	if kind == "VAR_GENERIC" {
		// A generic block's constant takes the value of each instantiation (`FB<6>`): its
		// initial value is only a default, so nothing may be computed from it.
		constant = false
	}
	var out []*Var
	for i, d := range n.Kids() {
		if d.Kind() != "var_declaration" {
			continue
		}
		vs := b.varDecl(d, kind, constant, retain, owner)
		if c := b.trailingComment(n, i, d); c != "" {
			for _, v := range vs {
				v.Comment = c
			}
		}
		out = append(out, vs...)
	}
	return out
}

// trailingComment finds a comment inside the declaration or right after it on its line.
func (b *builder) trailingComment(parent *Node, i int, d *Node) string {
	for _, k := range d.Kids() {
		if k.Kind() == "comment" {
			return cleanComment(k.Text())
		}
	}
	if i+1 < parent.NumKids() && parent.Kid(i+1).Kind() == "comment" {
		c := parent.Kid(i + 1)
		gap := b.text[d.End()+b.off : c.Start()+b.off]
		if !strings.ContainsAny(string(gap), "\n") {
			return cleanComment(c.Text())
		}
	}
	return ""
}

func cleanComment(s string) string {
	s = strings.TrimSpace(s)
	switch {
	case strings.HasPrefix(s, "//"):
		s = s[2:]
	case strings.HasPrefix(s, "(*") && strings.HasSuffix(s, "*)") && len(s) >= 4:
		s = s[2 : len(s)-2]
	case strings.HasPrefix(s, "/*") && strings.HasSuffix(s, "*/") && len(s) >= 4:
		s = s[2 : len(s)-2]
	}
	return oneSpaced(s)
}

// oneSpaced returns s with its runs of white space made one space and its ends trimmed;
// s itself when it already is (most declarations and type names), so a model shares the
// copy's text instead of holding a string per declaration.
func oneSpaced(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' && i > 0 && i < len(s)-1 && s[i+1] != ' ' && s[i+1] != '\t' && s[i+1] != '\n' && s[i+1] != '\r' {
			continue
		}
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c >= 0x80 {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

func (b *builder) varDecl(d *Node, section string, constant, retain bool, owner *POU) []*Var {
	var t *Type
	if tn := d.Child("type"); tn != nil {
		t = b.varType(tn)
	}
	addr := ""
	if a := d.Child("address"); a != nil {
		addr = strings.ToUpper(b.src(a))
	}
	val := ""
	if v := d.Child("value"); v != nil {
		val = b.src(v)
	}
	decl := oneSpaced(b.src(d))
	var out []*Var
	for _, name := range d.Children("name") {
		out = append(out, &Var{
			Name: unquote(b.src(name)), Section: section, Type: t, Address: addr, Value: val,
			Constant: constant, Retain: retain, Decl: decl,
			Start: name.Start(), End: name.End(), DeclStart: d.Start(), DeclEnd: d.End(), Owner: owner, Node: d,
		})
	}
	return out
}

func (b *builder) typeDecl(n *Node) {
	var cur *TypeDecl
	base := ""
	for _, k := range n.Kids() {
		switch {
		case k.Field() == "name":
			cur = &TypeDecl{Name: unquote(b.src(k)), Start: k.Start(), End: k.End(), NameStart: k.Start(), NameEnd: k.End()}
			b.u.types = append(b.u.types, cur)
			base = ""
		case k.Kind() == "extends_clause":
			base = strings.TrimSpace(b.src(k.Child("type")))
		case k.Field() == "value" && cur != nil:
			cur.Init = k
		case k.Field() == "type" && cur != nil:
			cur.Type = b.typ(k)
			cur.End = k.End()
			if base != "" && cur.Type.Base == "" {
				cur.Type.Base = base
			}
		}
	}
}

// qualifiedOnlyPragma is the attribute that makes an enumeration's values Type.Value only.
var qualifiedOnlyPragma = lazyregexp.New(`(?i)^\{\s*attribute\s+'qualified_only'`)

// markQualified marks a unit's types {attribute 'qualified_only'}, the pragma before them
// (a sibling in the tree, outside the unit's node).
func markQualified(u *unitData, qualified bool) {
	if !qualified {
		return
	}
	u.qualified = true
	for _, t := range u.types {
		t.QualifiedOnly = true
	}
}

// varType is typ for a variable: a plain named type is shared within the unit.
func (b *builder) varType(n *Node) *Type {
	if n.Kind() != "type_name" && n.Kind() != "identifier" {
		return b.typ(n)
	}
	text := oneSpaced(b.src(n))
	if t := b.named[text]; t != nil {
		return t
	}
	t := b.typ(n)
	if t.Kind == TypeNamed && t.Text == text && t.Elem == nil && len(t.Dims) == 0 && t.Base == "" {
		if b.named == nil {
			b.named = map[string]*Type{}
		}
		b.named[text] = t
	}
	return t
}

func (b *builder) typ(n *Node) *Type {
	t := &Type{Text: oneSpaced(b.src(n))}
	switch n.Kind() {
	case "type_name", "identifier", "quoted_identifier":
		t.Kind, t.Name = TypeNamed, unquote(t.Text)
	case "generic_type": // `List<10>`: an instance of the generic block List
		t.Kind, t.Name = TypeNamed, unquote(b.src(n.Child("type")))
	case "string_type":
		t.Kind = TypeString
	case "array_type":
		t.Kind = TypeArray
		for _, r := range n.Children("range") {
			if r.Kind() == "range" {
				t.Dims = append(t.Dims, Dim{Lo: r.Child("lower"), Hi: r.Child("upper")})
			} else {
				t.Dims = append(t.Dims, Dim{})
			}
		}
		t.Elem = b.typ(n.Child("element"))
	case "pointer_type":
		t.Kind = TypePointer
		t.Elem = b.typ(n.Child("type"))
	case "reference_type":
		t.Kind = TypeRef
		t.Elem = b.typ(n.Child("type"))
	case "struct_type", "union_type":
		t.Kind = TypeStruct
		if n.Kind() == "union_type" {
			t.Kind = TypeUnion
		}
		for i, d := range n.Kids() {
			if d.Kind() != "var_declaration" {
				continue
			}
			vs := b.varDecl(d, SecVar, false, false, nil)
			if c := b.trailingComment(n, i, d); c != "" {
				for _, v := range vs {
					v.Comment = c
				}
			}
			t.Members = append(t.Members, vs...)
		}
		if e := n.KidsOf("extends_clause"); len(e) > 0 {
			t.Base = strings.TrimSpace(b.src(e[0].Child("type")))
		}
	case "subrange_type":
		t.Kind = TypeSubrange
		t.Name = b.src(n.Child("type"))
		if r := n.Child("range"); r != nil {
			t.Lo, t.Hi = r.Child("lower"), r.Child("upper")
		}
	case "enum_type":
		t.Kind = TypeEnum
		if base := n.Child("base"); base != nil {
			t.Base = b.src(base)
		}
		for _, e := range n.KidsOf("enumerator") {
			nm := e.Child("name")
			ev := EnumValue{Name: b.src(nm), Value: e.Child("value")}
			if nm != nil {
				ev.Start, ev.End = nm.Start(), nm.End()
			}
			t.Enum = append(t.Enum, ev)
		}
	default:
		t.Kind, t.Name = TypeNamed, t.Text
	}
	return t
}

// calls collects the lower-case names the POU's own body calls, for the call graph.
func (b *builder) calls(n *Node, p *POU) []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		s = lower(s)
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	n.Walk(func(k *Node) bool {
		if k != n && pouNodes.Has(k) {
			return false // nested methods have their own list
		}
		if k.Kind() != "call_statement" && k.Kind() != "call_expression" {
			return true
		}
		f := k.Child("function")
		switch {
		case f.Is("identifier"):
			if v := lookupOwn(p, f.Text()); v != nil && v.Type != nil {
				add(v.Type.Name) // an FB instance runs its type's body
			} else {
				add(f.Text())
			}
		case f.Is("member_expression"):
			obj, mem := f.Child("object"), f.Child("member")
			if obj.Is("this") || (obj.Is("deref_expression") && obj.Child("operand").Is("this")) {
				add(mem.Text())
			}
		}
		return true
	})
	return out
}

func unquote(s string) string {
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		return s[1 : len(s)-1]
	}
	return s
}

// lookupOwn finds a variable in the POU or the POUs it is nested in.
func lookupOwn(p *POU, name string) *Var {
	for ; p != nil; p = p.Parent {
		if v := p.Var(name); v != nil {
			return v
		}
	}
	return nil
}
