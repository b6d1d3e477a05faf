package rtl

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// buildUnit computes the model of one top-level node copy. text is the unit's text.
func buildUnit(root *Node, text string, outer []cond) *Unit {
	u := &Unit{Root: root, Text: text, Signals: map[string]*Decl{},
		byName: map[string][]*Decl{}, env: map[string]Const{}}
	switch root.Kind() {
	case "module_declaration":
		u.Kind = UnitModule
	case "interface_declaration":
		u.Kind = UnitInterface
	case "package_declaration":
		u.Kind = UnitPackage
	case "udp_declaration":
		u.Kind = UnitPrimitive
	case "program_declaration":
		u.Kind = UnitProgram
	case "ERROR":
		t := strings.TrimSpace(text)
		switch {
		case strings.HasPrefix(t, "module") || strings.HasPrefix(t, "macromodule"):
			u.Kind = UnitModule
		case strings.HasPrefix(t, "interface"):
			u.Kind = UnitInterface
		default:
			u.Kind = UnitItems
		}
		u.Broken = true
	default:
		u.Kind = UnitItems
	}
	u.FirstError = -1
	root.Walk(func(n *Node) bool {
		if n.IsError() && (u.FirstError < 0 || n.Start() < u.FirstError) {
			u.FirstError = n.Start()
		}
		return u.FirstError < 0
	})
	if n := root.Child("name"); n != nil && u.Kind != UnitItems {
		u.Name, u.NameNode = n.Text(), n
	}
	u.Header = len(text)
	if pl := root.Child("ports"); pl != nil {
		u.Header = semicolonAfter(text, pl.End())
	} else if pp := root.Child("parameters"); pp != nil {
		u.Header = semicolonAfter(text, pp.End())
	} else if u.NameNode != nil {
		u.Header = semicolonAfter(text, u.NameNode.End())
	}
	u.ifdef = scanIfdefs(text, outer)
	u.NoNettype = strings.Contains(text, "`default_nettype none")
	u.HasInclude = strings.Contains(text, "`include")
	params, ports := root.Child("parameters"), root.Child("ports")
	// (or a part Gantry could not read: `module m (.*);`, the ports an extern header gives)
	u.OpenParams = listHolds(params, "macro_usage", "preprocessor_directive", "ERROR") || listHolds(ports, "ERROR")
	u.OpenPorts = listHolds(ports, "macro_usage", "preprocessor_directive", "ERROR")
	// an `include in the header writes the header's rest (BaseJump's `module m` or
	// `module m #(parameter A = 1` followed by `include "m_ports.svh"`): the parameters
	// and ports the included file declares are not in this text
	if u.Kind == UnitModule && includeInHeader(root, params, text) {
		u.OpenParams, u.OpenPorts = true, true
	}
	u.GapPorts = emptyPortBefore(ports, text)
	// a macro among the ports or parameters may declare them (VeeR's `EL2_LOCAL_RAM_TEST_IO)
	u.MacroItems = listHolds(params, "macro_usage") || listHolds(ports, "macro_usage")
	b := &builder{u: u}
	b.declare(root, root)
	u.evalParams()
	for _, d := range u.Decls {
		u.evalDims(d)
	}
	b.portsOf(root)
	b.flow(root, flowCtx{})
	u.markDeadBranches()
	for _, p := range u.Procs {
		detectClockReset(u, p)
	}
	u.Empty = u.Kind == UnitModule && onlyPortDecls(root)
	// The unit is cached for as long as its text is open: its longest lists drop the
	// room append left in them.
	u.Refs, u.Reads, u.Writes, u.Decls = exact(u.Refs), exact(u.Reads), exact(u.Writes), exact(u.Decls)
	return u
}

// macroArgumentNames returns the arguments of a macro use that are bare names.
func macroArgumentNames(m *Node) []*Node {
	var out []*Node
	for _, k := range m.Child("arguments").Kids() {
		if k.Kind() == "identifier" {
			out = append(out, k)
		}
	}
	return out
}

// includeInHeader reports whether an `include stands in a module's header before the
// semicolon that ends it: in its parameter list, or between its name or parameters and
// the header's end. Such a module declares its header's rest in the included file.
func includeInHeader(root, params *Node, text string) bool {
	for _, k := range params.Kids() {
		if k.Kind() == "preprocessor_directive" && strings.HasPrefix(text[k.Start():], "`include") {
			return true
		}
	}
	if root.Child("ports") != nil {
		return false
	}
	name := root.Child("name")
	if name == nil {
		return false
	}
	end := len(text)
	if i := strings.IndexByte(text[min(name.End(), len(text)):], ';'); i >= 0 {
		end = name.End() + i
	}
	for _, k := range root.Kids() {
		if k.Start() >= end {
			break
		}
		if k.Kind() == "preprocessor_directive" && strings.HasPrefix(text[k.Start():], "`include") {
			return true
		}
	}
	return false
}

// listHolds reports whether a header list (nil: none) holds an entry of one of kinds: a
// macro use or an `include among them stands for entries its text does not show.
func listHolds(list *Node, kinds ...string) bool {
	for _, k := range list.Kids() {
		if k.Is(kinds...) {
			return true
		}
	}
	return false
}

// emptyPortBefore reports whether a port list (nil: none) leaves a port empty before one
// it names: two commas with only blanks between them, or a comma right after the opening
// parenthesis. A trailing empty port moves no other port's position.
func emptyPortBefore(list *Node, text string) bool {
	if list == nil {
		return false
	}
	prev := list.Start() + 1
	for _, k := range list.Kids() {
		if k.Start() >= prev && k.Start() <= len(text) && strings.Count(text[prev:k.Start()], ",") > 1 ||
			prev == list.Start()+1 && k.Start() >= prev && strings.Contains(text[prev:k.Start()], ",") {
			return true
		}
		prev = k.End()
	}
	return false
}

// exact returns s in an array of its length when append left much more room.
func exact[T any](s []T) []T {
	if cap(s)-len(s) > len(s)/8 {
		return slices.Clone(s)
	}
	return s
}

func semicolonAfter(text string, off int) int {
	if i := strings.IndexByte(text[min(off, len(text)):], ';'); i >= 0 {
		return off + i + 1
	}
	return off
}

func onlyPortDecls(root *Node) bool {
	for _, k := range root.Kids() {
		switch k.Kind() {
		case "comment", "preprocessor_directive", "attribute_instance", "port_declaration", "import_declaration",
			"timeunits_declaration", "parameter_declaration", "localparam_declaration":
			continue
		}
		if k.Field() != "" {
			continue
		}
		return false
	}
	return true
}

// genConds is the generate-branch path of n.
func genConds(n *Node) []cond {
	var out []cond
	for c, p := n, n.Parent(); p != nil; c, p = p, p.Parent() {
		switch p.Kind() {
		case "if_generate":
			br := 0
			if c.Field() == "alternative" {
				br = 1
			}
			if c.Field() == "consequence" || c.Field() == "alternative" {
				out = append(out, cond{group: p.Start() + 1, branch: br, test: p.Child("condition")})
			}
		case "case_generate":
			i := 0
			for _, k := range p.Kids() {
				if k == c {
					out = append(out, cond{group: p.Start() + 1, branch: i})
					break
				}
				if k.Kind() == "case_item" || k.Kind() == "default_case_item" {
					i++
				}
			}
		}
	}
	return out
}

type builder struct {
	u        *Unit
	lastAnsi *Decl
	class    *Node // the class whose items are being declared
	// outerConst, when set, tells whether a name the unit does not declare is a constant
	// of a package it imports (elaborationConstant)
	outerConst func(name string) bool
}

var svOnly = map[string]bool{
	"always_ff": true, "always_comb": true, "always_latch": true, "typedef_declaration": true,
	"enum_type": true, "struct_type": true, "union_type": true, "package_declaration": true,
	"interface_declaration": true, "import_declaration": true, "unique": true, "priority": true,
	"unique0": true, "increment_statement": true, "assignment_pattern": true, "inside_expression": true,
	"foreach_statement": true, "do_while_statement": true, "wildcard_port_connection": true,
	"interface_type": true, "modport_declaration": true, "immediate_assertion": true,
	"concurrent_assertion": true, "cast": true, "with_expression": true, "assignment_expression": true,
}

func (b *builder) add(d *Decl) {
	u := b.u
	if d.NameNode != nil {
		d.Cond = append(genConds(d.NameNode), ifdefAt(u.ifdef, d.NameNode.Start())...)
	}
	if b.class != nil && d.Scope == b.class && d.Kind != KindClass {
		d.Class = b.class
	}
	u.Decls = append(u.Decls, d)
	u.byName[d.Name] = append(u.byName[d.Name], d)
	if d.Scope == u.Root {
		if old := u.Signals[d.Name]; old != nil {
			// A non-ANSI port and its net or variable declaration describe one signal.
			if old.PortDecl != d.PortDecl && old.Merged == nil && (d.IsSignal() || old.IsSignal()) {
				u.Signals[d.Name] = mergeDecl(old, d)
				return
			}
			return
		}
		u.Signals[d.Name] = d
	}
}

// mergeDecl folds the net/variable declaration of a non-ANSI port into the port.
func mergeDecl(port, other *Decl) *Decl {
	if !port.PortDecl {
		port, other = other, port // the port declaration stands for the signal
	}
	port.Merged = other
	if other.Kind == KindVar {
		port.Kind = KindVar
		port.NetType = ""
	} else if other.NetType != "" {
		port.NetType = other.NetType
	}
	if len(port.Packed) == 0 && len(other.Packed) > 0 {
		port.Packed = other.Packed
	}
	if port.TypeText == "" || other.Kind == KindVar {
		port.TypeText = other.TypeText
	}
	if other.Signed {
		port.Signed = true
	}
	if len(other.Unpacked) > 0 && len(port.Unpacked) == 0 {
		port.Unpacked = other.Unpacked
	}
	return port
}

func isScope(n *Node) bool {
	switch n.Kind() {
	case "module_declaration", "interface_declaration", "package_declaration", "generate_block",
		"function_declaration", "task_declaration", "for_statement", "loop_generate",
		"foreach_statement", "seq_block", "par_block", "class_declaration", "covergroup_declaration",
		"checker_declaration", "let_declaration", "foreach_constraint", "program_declaration",
		// a clocking block's properties and sequences are its own (`cb.p3`, IEEE 1800-2017 14.3)
		"clocking_declaration",
		// a randsequence's productions, and a production's arguments (18.17)
		"randsequence_statement", "production":
		return true
	}
	return false
}

// declare collects declarations under n, in scope.
// declare records the declarations of n in scope, then those of its children (in n's own
// scope when n opens one). What each kind of node declares is in declarers.
func (b *builder) declare(n *Node, scope *Node) {
	if svOnly[n.Kind()] {
		b.u.SVSyntax = true
	}
	if d := declarers[n.Kind()]; d != nil && !d(b, n, scope) {
		return
	}
	inner := scope
	if n != scope && isScope(n) {
		inner = n
	}
	for _, k := range n.Kids() {
		b.declare(k, inner)
	}
}

// declarers maps a node kind to what it declares; false stops declare from descending.
var declarers map[string]func(b *builder, n, scope *Node) bool

func init() {
	// Filled in init: the declarers call declare, which reads this table.
	declarers = map[string]func(b *builder, n, scope *Node) bool{
		"ERROR":                  (*builder).declareLostToError,
		"preprocessor_directive": (*builder).declarePreprocessorDirective,
		"bind_directive":         (*builder).declareBindDirective,
		// `extern module m(a, b);` declares a unit ahead of its definition: its ports
		// belong to the module, not to the compilation unit where the prototype stands
		"extern_unit_declaration": (*builder).declarePreprocessorDirective,
		"attribute_instance":      (*builder).declarePreprocessorDirective,
		"comment":                 (*builder).declarePreprocessorDirective,
		"struct_type":             (*builder).declarePreprocessorDirective,
		"union_type":              (*builder).declarePreprocessorDirective,
		"interface_type":          (*builder).declarePreprocessorDirective,
		"modport_port":            (*builder).declarePreprocessorDirective,
		"primitive_type":          (*builder).declarePrimitiveType,
		"import_declaration":      (*builder).declareImportDeclaration,
		"parameter_declaration":   (*builder).declareParameterDeclaration,
		"localparam_declaration":  (*builder).declareParameterDeclaration,
		"ansi_port_declaration":   (*builder).declareAnsiPortDeclaration,
		"port":                    (*builder).declarePort,
		"port_declaration":        (*builder).declarePortDeclaration,
		"net_declaration":         (*builder).declareNetDeclaration,
		"variable_declaration":    (*builder).declareNetDeclaration,
		"struct_member":           (*builder).declareNetDeclaration,
		"typedef_declaration":     (*builder).declareTypedefDeclaration,
		"nettype_declaration":     (*builder).declareTypedefDeclaration,
		"genvar_declaration":      (*builder).declareGenvarDeclaration,
		"genvar_initialization":   (*builder).declareGenvarInitialization,
		"function_declaration":    (*builder).declareFunctionDeclaration,
		"task_declaration":        (*builder).declareFunctionDeclaration,
		"module_instantiation":    (*builder).declareModuleInstantiation,
		"gate_instance":           (*builder).declareGateInstance,
		"generate_block":          (*builder).declareGenerateBlock,
		"seq_block":               (*builder).declareGenerateBlock,
		"par_block":               (*builder).declareGenerateBlock,
		"immediate_assertion":     (*builder).declareImmediateAssertion,
		"concurrent_assertion":    (*builder).declareImmediateAssertion,
		"modport_item":            (*builder).declareModportItem,
		"property_declaration":    (*builder).declarePropertyDeclaration,
		"sequence_declaration":    (*builder).declarePropertyDeclaration,
		"foreach_statement":       (*builder).declareForeachStatement,
		"pattern_variable":        (*builder).declarePatternVariable,
		"foreach_constraint":      (*builder).declareForeachStatement,
		"class_declaration":       (*builder).declareClassDeclaration,
		"method_prototype":        (*builder).declareMethodPrototype,
		"dpi_import_declaration":  (*builder).declareMethodPrototype,
		"constraint_declaration":  (*builder).declareConstraintDeclaration,
		"constraint_prototype":    (*builder).declareConstraintDeclaration,
		"covergroup_declaration":  (*builder).declareConstraintDeclaration,
		"let_declaration":         (*builder).declareConstraintDeclaration,
		"checker_declaration":     (*builder).declareConstraintDeclaration,
		"coverpoint":              (*builder).declareCoverpoint,
		"cover_cross":             (*builder).declareCoverpoint,
		"specparam_declaration":   (*builder).declareSpecparamDeclaration,
		"config_declaration":      (*builder).declareConfigDeclaration,
		"clocking_declaration":    (*builder).declareClockingDeclaration,
		"production":              (*builder).declareProduction,
		"enum_type":               (*builder).declareEnumType,
	}
}

// declareLostToError handles ERROR.
func (b *builder) declareLostToError(n, scope *Node) bool {
	u := b.u
	if n == scope {
		return true
	}
	// declarations lost to a syntax error: their names count as declared, so that a
	// syntax error does not also produce undeclared-name errors
	n.Walk(func(k *Node) bool {
		if k.Kind() == "identifier" {
			if u.lost == nil {
				u.lost = map[string]bool{}
			}
			u.lost[k.Text()] = true
		}
		return true
	})
	return false
}

// declareBindDirective handles a bind inside a module: its instance lives in the target
// module (tb.sv's `bind prim_fifo : dut.u_fifo fifo_if u_if (.*);`), not here.
func (b *builder) declareBindDirective(n, scope *Node) bool {
	return n == scope
}

// declarePreprocessorDirective handles preprocessor_directive, attribute_instance, comment ….
func (b *builder) declarePreprocessorDirective(n, scope *Node) bool {
	u := b.u
	if n.Kind() == "struct_type" || n.Kind() == "union_type" {
		u.SVSyntax = true
	}
	return false
}

// declarePrimitiveType handles primitive_type.
func (b *builder) declarePrimitiveType(n, scope *Node) bool {
	u := b.u
	if n.Text() == "logic" || n.Text() == "bit" || n.Text() == "int" || n.Text() == "byte" {
		u.SVSyntax = true
	}
	return true
}

// declareImportDeclaration handles import_declaration.
func (b *builder) declareImportDeclaration(n, scope *Node) bool {
	u := b.u
	for _, it := range n.KidsOf("import_item") {
		pk, nm := it.Child("package"), it.Child("name")
		if pk != nil && nm != nil {
			u.Imports = append(u.Imports, Import{Package: pk.Text(), Name: nm.Text()})
		}
	}
	u.SVSyntax = true
	return false
}

// declareParameterDeclaration handles parameter_declaration, localparam_declaration.
func (b *builder) declareParameterDeclaration(n, scope *Node) bool {
	u := b.u
	kind := KindParam
	if n.Kind() == "localparam_declaration" {
		kind = KindLocal
	}
	typ := n.Child("type")
	names, values := n.Children("name"), n.Children("value")
	if len(names) == 1 && names[0].Kind() == "macro_usage" && len(values) == 0 {
		// `parameter `BSG_INV_PARAM(w_p)`: the macro's bare-name arguments are the
		// parameters it declares, their defaults unknown
		names, values = macroArgumentNames(names[0]), nil
	}
	for i, nm := range names {
		if nm.Kind() == "macro_usage" {
			// `parameter size_t `SIZE_PARAM(tcdm) = '0`: the macro spells the name only, and
			// what it expands to is not its argument (uses spell it by the macro too); the
			// unit has a parameter its text does not name (`#(.SIZE_tcdm(…))` overrides it)
			u.OpenParams = true
			continue
		}
		d := &Decl{Name: nm.Text(), Kind: kind, NameNode: nm, Node: n, Scope: scope}
		if typ != nil {
			b.setType(d, typ) // a parameter of an enum or struct type is of that type
		}
		if i < len(values) {
			d.Value = values[i]
			d.ValueText = squash(values[i].SrcString(u.Text))
			if values[i].Kind() == "data_type" || values[i].Kind() == "enum_type" || values[i].Kind() == "struct_type" {
				d.Kind = KindTypeParam
			}
		}
		if strings.HasPrefix(strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(n.SrcString(u.Text), "parameter"), "localparam")), "type") {
			d.Kind = KindTypeParam
		}
		u.Params = append(u.Params, d)
		b.add(d)
	}
	for _, k := range n.Kids() {
		if k.Field() != "name" {
			b.declare(k, scope)
		}
	}
	return false
}

// declareAnsiPortDeclaration handles ansi_port_declaration.
func (b *builder) declareAnsiPortDeclaration(n, scope *Node) bool {
	d := b.portDecl(n, scope)
	d.PortDecl = true
	if n.Child("direction") == nil && b.lastAnsi != nil && b.lastAnsi.Dir != "" && !d.Iface && !macroSince(b.lastAnsi, n) {
		// a port without direction inherits the previous port's (IEEE 1800 23.2.2.3); after
		// an interface port (`bus_if m, bus_if s`) there is none to inherit
		d.Dir = b.lastAnsi.Dir
		if d.Kind == KindIfacePort {
			// `input logic a, bus_t b` or `input logic a, axi_if bus`: a typed port or an
			// interface port, as the type's name is a type or an interface (maybeIface)
			d.Kind, d.Iface, d.MaybeIface = KindVar, false, true
			if d.Dir == "input" || d.Dir == "inout" {
				d.Kind = KindNet
			}
		}
	}
	switch scope.Kind() {
	case "module_declaration", "interface_declaration", "function_declaration", "task_declaration", "program_declaration",
		"covergroup_declaration": // `covergroup cg (int lo, hi)`: hi is an int argument too
		b.lastAnsi = d // `input logic [7:0] a, b`: b continues a's declaration
	}
	b.add(d)
	if v := n.Child("value"); v != nil {
		b.declare(v, scope)
	}
	return false
}

// declarePort handles port.
func (b *builder) declarePort(n, scope *Node) bool {
	// A continuation of an ANSI list inherits the previous declaration; a non-ANSI
	// header name declares nothing.
	if b.lastAnsi != nil && n.Child("name") != nil && n.Parent() != nil && n.Parent().Kind() == "port_list" && n.Parent().Parent() == scope {
		prev := b.lastAnsi
		nm := n.Child("name")
		d := &Decl{Name: nm.Text(), Kind: prev.Kind, Dir: prev.Dir, NetType: prev.NetType, TypeText: prev.TypeText,
			UserType: prev.UserType, NameNode: nm, Node: n, Scope: scope, Packed: prev.Packed, Signed: prev.Signed,
			Iface: prev.Iface, PortDecl: true}
		if macroSince(prev, n) {
			// `input aclk, `MODPORT(axis_if, rx) rx`: a macro spells the port's header (an
			// interface's modport, a type, a direction) or stands for ports of its own, so
			// what the name continues is unknown: a port of unknown kind, not the input
			d = &Decl{Name: nm.Text(), Kind: KindIfacePort, Iface: true, NameNode: nm, Node: n, Scope: scope, PortDecl: true}
		}
		if v := n.Child("value"); v != nil { // `function f(string a = "", b = "x")`
			d.Value, d.ValueText = v, squash(v.SrcString(b.u.Text))
		}
		b.add(d)
	} else if nm := n.Child("name"); b.lastAnsi == nil && nm != nil && isSubroutine(scope) && n.Parent() != nil &&
		n.Parent().Kind() == "port_list" && n.Parent().Parent() == scope && !declaresInBody(scope, nm.Text()) {
		// a subroutine's argument named alone is an input of type logic (IEEE 1800-2017
		// 13.3, 13.4: direction and type are inherited, input logic at the start):
		// `task aresetGen(sclkLocal, csLocal, noOfSlaves);`
		d := &Decl{Name: nm.Text(), Kind: KindVar, Dir: "input", TypeText: "logic", NameNode: nm, Node: n, Scope: scope, PortDecl: true}
		if v := n.Child("value"); v != nil {
			d.Value, d.ValueText = v, squash(v.SrcString(b.u.Text))
		}
		b.add(d)
		b.lastAnsi = d
	}
	return false
}

// macroSince reports whether a macro stands in n's list between the port prev declares
// and n.
func macroSince(prev *Decl, n *Node) bool {
	list := n.Parent()
	if prev == nil || prev.Node == nil || list == nil || prev.Node.Parent() != list {
		return false
	}
	for _, k := range list.Kids() {
		if k.Kind() == "macro_usage" && k.Start() >= prev.Node.End() && k.End() <= n.Start() {
			return true
		}
	}
	return false
}

func isSubroutine(n *Node) bool {
	return n != nil && (n.Kind() == "function_declaration" || n.Kind() == "task_declaration")
}

// declaresInBody reports whether a subroutine's body declares name as a port (a
// Verilog-1995 `task t; input a;` style body under a list of names).
func declaresInBody(sub *Node, name string) bool {
	for _, pd := range sub.KidsOf("port_declaration") {
		for _, dc := range pd.KidsOf("declarator") {
			if nm := dc.Child("name"); nm != nil && nm.Text() == name {
				return true
			}
		}
	}
	return false
}

// declarePortDeclaration handles port_declaration.
func (b *builder) declarePortDeclaration(n, scope *Node) bool {
	u := b.u
	for _, dc := range n.KidsOf("declarator") {
		d := b.portDecl(n, scope)
		nm := dc.Child("name")
		if nm == nil {
			continue
		}
		d.Name, d.NameNode = nm.Text(), nm
		d.Unpacked = dc.KidsOf("unpacked_dimension")
		d.PortDecl = true
		if v := dc.Child("value"); v != nil {
			d.Value, d.ValueText = v, squash(v.SrcString(u.Text))
		}
		b.add(d)
	}
	return false
}

// declareNetDeclaration handles net_declaration, variable_declaration, struct_member.
func (b *builder) declareNetDeclaration(n, scope *Node) bool {
	u := b.u
	if n.Kind() == "struct_member" {
		return false
	}
	typ := n.Child("type")
	for _, dc := range n.KidsOf("declarator") {
		nm := dc.Child("name")
		if nm == nil {
			continue
		}
		d := &Decl{Name: nm.Text(), NameNode: nm, Node: n, Scope: scope, Unpacked: dc.KidsOf("unpacked_dimension")}
		if n.Kind() == "net_declaration" {
			d.Kind = KindNet
			if k := n.Child("kind"); k != nil {
				d.NetType = k.Kind()
			}
		} else {
			d.Kind = KindVar
		}
		b.setType(d, typ)
		if v := dc.Child("value"); v != nil {
			d.Value, d.ValueText = v, squash(v.SrcString(u.Text))
		}
		d.Quals = qualifiers(n)
		b.add(d)
	}
	if typ != nil {
		b.declareEnums(typ, scope)
	}
	for _, dc := range n.KidsOf("declarator") {
		if v := dc.Child("value"); v != nil {
			b.declare(v, scope)
		}
	}
	return false
}

// declareTypedefDeclaration handles typedef_declaration.
func (b *builder) declareTypedefDeclaration(n, scope *Node) bool {
	u := b.u
	if nm := n.Child("name"); nm != nil {
		d := &Decl{Name: nm.Text(), Kind: KindType, NameNode: nm, Node: n, Scope: scope}
		if t := n.Child("type"); t != nil {
			d.TypeText = squash(t.SrcString(u.Text))
			b.declareEnums(t, scope)
		}
		b.add(d)
	}
	return false
}

// declareGenvarDeclaration handles genvar_declaration.
func (b *builder) declareGenvarDeclaration(n, scope *Node) bool {
	for _, nm := range n.Children("name") {
		b.add(&Decl{Name: nm.Text(), Kind: KindGenvar, NameNode: nm, Node: n, Scope: scope})
	}
	return false
}

// declareGenvarInitialization handles genvar_initialization.
func (b *builder) declareGenvarInitialization(n, scope *Node) bool {
	u := b.u
	if strings.HasPrefix(n.SrcString(u.Text), "genvar") {
		if nm := n.Child("name"); nm != nil {
			b.add(&Decl{Name: nm.Text(), Kind: KindGenvar, NameNode: nm, Node: n, Scope: scope})
		}
	}
	return false
}

// declareFunctionDeclaration handles function_declaration, task_declaration.
func (b *builder) declareFunctionDeclaration(n, scope *Node) bool {
	u := b.u
	if nm := n.Child("name"); nm != nil && nm.Kind() == "identifier" {
		kind := KindFunction
		if n.Kind() == "task_declaration" {
			kind = KindTask
		}
		d := &Decl{Name: nm.Text(), Kind: kind, NameNode: nm, Node: n, Scope: scope, Quals: qualifiers(n)}
		if rt := n.Child("return_type"); rt != nil {
			d.TypeText = squash(rt.SrcString(u.Text))
			d.Packed = rt.KidsOf("packed_dimension")
		}
		b.add(d)
	}
	saved := b.lastAnsi
	b.lastAnsi = nil
	for _, k := range n.Kids() {
		if k.Field() != "name" && k.Field() != "end_label" {
			b.declareFnItem(k, n)
		}
	}
	b.lastAnsi = saved
	return false
}

// declareModuleInstantiation handles module_instantiation.
func (b *builder) declareModuleInstantiation(n, scope *Node) bool {
	for _, in := range n.KidsOf("instance") {
		if nm := in.Child("name"); nm != nil {
			d := &Decl{Name: nm.Text(), Kind: KindInstance, NameNode: nm, Node: in, Scope: scope}
			if m := n.Child("module"); m != nil {
				d.TypeText = m.Text()
			}
			b.add(d)
		}
	}
	return true
}

// declareGateInstance handles gate_instance.
func (b *builder) declareGateInstance(n, scope *Node) bool {
	if nm := n.Child("name"); nm != nil {
		b.add(&Decl{Name: nm.Text(), Kind: KindInstance, NameNode: nm, Node: n, Scope: scope})
	}
	return true
}

// declareGenerateBlock handles generate_block, seq_block, par_block.
func (b *builder) declareGenerateBlock(n, scope *Node) bool {
	for _, l := range n.Children("label") {
		b.add(&Decl{Name: l.Text(), Kind: KindLabel, NameNode: l, Node: n, Scope: scope})
		break
	}
	return true
}

// declareImmediateAssertion handles immediate_assertion, concurrent_assertion.
func (b *builder) declareImmediateAssertion(n, scope *Node) bool {
	if l := n.Child("label"); l != nil {
		b.add(&Decl{Name: l.Text(), Kind: KindLabel, NameNode: l, Node: n, Scope: scope})
	}
	return true
}

// declareModportItem handles modport_item.
func (b *builder) declareModportItem(n, scope *Node) bool {
	if nm := n.Child("name"); nm != nil {
		b.add(&Decl{Name: nm.Text(), Kind: KindModport, NameNode: nm, Node: n, Scope: scope})
	}
	return false
}

// declarePropertyDeclaration handles property_declaration, sequence_declaration.
func (b *builder) declarePropertyDeclaration(n, scope *Node) bool {
	if nm := n.Child("name"); nm != nil {
		b.add(&Decl{Name: nm.Text(), Kind: KindProperty, NameNode: nm, Node: n, Scope: scope})
	}
	return false
}

// declareForeachStatement handles foreach_statement, foreach_constraint.
func (b *builder) declareForeachStatement(n, scope *Node) bool {
	for _, v := range n.Children("variable") {
		b.add(&Decl{Name: v.Text(), Kind: KindVar, TypeText: "int", NameNode: v, Node: n, Scope: n})
	}
	return true
}

// declarePatternVariable handles pattern_variable: `.v` in a pattern binds v for the case
// item, the if statement or the conditional expression that matches it (IEEE 1800-2017
// 12.6).
func (b *builder) declarePatternVariable(n, scope *Node) bool {
	nm := n.Child("name")
	if nm == nil {
		return false
	}
	at := n
	for p := n.Parent(); p != nil; p = p.Parent() {
		if k := p.Kind(); k == "case_pattern_item" || k == "if_statement" || k == "conditional_expression" {
			at = p
			break
		}
		if k := p.Kind(); k == "matches_expression" {
			at = p
		}
	}
	b.add(&Decl{Name: nm.Text(), Kind: KindVar, NameNode: nm, Node: n, Scope: at})
	return false
}

// declareClassDeclaration handles class_declaration.
func (b *builder) declareClassDeclaration(n, scope *Node) bool {
	b.declareClass(n, scope)
	return false
}

// declareMethodPrototype handles method_prototype, dpi_import_declaration.
func (b *builder) declareMethodPrototype(n, scope *Node) bool {
	u := b.u
	if nm := n.Child("name"); nm != nil && nm.Kind() == "identifier" {
		kind := KindFunction
		if strings.Contains(strings.SplitN(n.SrcString(u.Text), "(", 2)[0], "task ") {
			kind = KindTask
		}
		d := &Decl{Name: nm.Text(), Kind: kind, NameNode: nm, Node: n, Scope: scope, Quals: qualifiers(n)}
		if rt := n.Child("return_type"); rt != nil {
			d.TypeText = squash(rt.SrcString(u.Text))
		}
		b.add(d)
	}
	return false // the ports of a prototype declare nothing in the enclosing scope
}

// declareConstraintDeclaration handles constraint_declaration, constraint_prototype, covergroup_declaration ….
func (b *builder) declareConstraintDeclaration(n, scope *Node) bool {
	kind := map[string]string{"constraint_declaration": KindConstr, "constraint_prototype": KindConstr,
		"covergroup_declaration": KindCovergrp, "let_declaration": KindLet, "checker_declaration": KindChecker}[n.Kind()]
	if nm := n.Child("name"); nm != nil && nm.Kind() == "identifier" {
		b.add(&Decl{Name: nm.Text(), Kind: kind, NameNode: nm, Node: n, Scope: scope, Quals: qualifiers(n)})
	}
	if pl := n.Child("ports"); pl != nil && (n.Kind() == "let_declaration" || n.Kind() == "checker_declaration") {
		// untyped formal arguments: `let max(a, b) = …`
		for _, pt := range pl.KidsOf("port") {
			if nm := pt.Child("name"); nm != nil {
				b.add(&Decl{Name: nm.Text(), Kind: KindVar, NameNode: nm, Node: pt, Scope: n})
			}
		}
	}
	saved := b.lastAnsi
	b.lastAnsi = nil
	for _, k := range n.Kids() {
		if k.Field() != "name" && k.Field() != "end_label" {
			b.declare(k, n)
		}
	}
	b.lastAnsi = saved
	return false
}

// declareCoverpoint handles coverpoint, cover_cross.
func (b *builder) declareCoverpoint(n, scope *Node) bool {
	if p := n.Parent(); p != nil && p.Kind() == "class_declaration" {
		// between macros that open and close a covergroup (riscv-dv's `CG_BEGIN(add) …
		// `CG_END): each pair is a covergroup of its own, which Gantry does not see, and
		// their coverpoints' names repeat from one to the next
		return true
	}
	if l := n.Child("label"); l != nil {
		b.add(&Decl{Name: l.Text(), Kind: KindCoverpt, NameNode: l, Node: n, Scope: scope})
	}
	return true
}

// declareSpecparamDeclaration handles specparam_declaration.
func (b *builder) declareSpecparamDeclaration(n, scope *Node) bool {
	for _, nm := range n.Children("name") {
		b.add(&Decl{Name: nm.Text(), Kind: KindLocal, NameNode: nm, Node: n, Scope: scope})
	}
	return false
}

// declareConfigDeclaration handles config_declaration.
func (b *builder) declareConfigDeclaration(n, scope *Node) bool {
	return false // library and cell names, not design names
}

// declareClockingDeclaration handles clocking_declaration. `default clocking cb;`
// (no event) names a clocking block declared elsewhere (IEEE 1800-2017 14.12): it
// declares nothing.
func (b *builder) declareClockingDeclaration(n, scope *Node) bool {
	if n.Child("event") == nil {
		return true
	}
	if nm := n.Child("name"); nm != nil && nm.Kind() == "identifier" {
		b.add(&Decl{Name: nm.Text(), Kind: KindClocking, NameNode: nm, Node: n, Scope: scope})
	}
	return true
}

// declareProduction handles production: its name is what the code blocks of the
// randsequence read its value by (`{ $display(op, value[2]); }`, IEEE 1800-2017 18.17.7).
func (b *builder) declareProduction(n, scope *Node) bool {
	if nm := n.Child("name"); nm != nil {
		b.add(&Decl{Name: nm.Text(), Kind: KindLabel, NameNode: nm, Node: n, Scope: scope})
	}
	return true
}

// declareEnumType handles enum_type.
func (b *builder) declareEnumType(n, scope *Node) bool {
	b.declareEnums(n, scope)
	return false
}

func (b *builder) declareClass(n *Node, scope *Node) {
	if nm := n.Child("name"); nm != nil {
		d := &Decl{Name: nm.Text(), Kind: KindClass, NameNode: nm, Node: n, Scope: scope, TypeText: "class", Quals: qualifiers(n)}
		// (a macro naming the base, `extends `VMM_ENV`, leaves it unknown)
		if sc := n.Child("superclass"); sc != nil && sc.Kind() != "macro_usage" {
			if cn := sc.Child("name"); cn != nil {
				d.Extends = cn.Text()
			}
		}
		b.add(d)
	}
	savedClass, savedAnsi := b.class, b.lastAnsi
	b.class, b.lastAnsi = n, nil
	for _, k := range n.Kids() {
		switch k.Field() {
		case "name", "end_label", "superclass", "arguments", "interface_class":
			continue
		}
		b.declare(k, n)
	}
	b.class, b.lastAnsi = savedClass, savedAnsi
}

// qualifiers lists the qualifier keywords of a declaration (virtual, static, local, …).
func qualifiers(n *Node) []string {
	var out []string
	for _, k := range n.Children("qualifier") {
		out = append(out, k.Kind())
	}
	if v := n.Child("virtual"); v != nil {
		out = append(out, "virtual")
	}
	return out
}

// declareFnItem declares a function's or task's ports and locals in its own scope.
func (b *builder) declareFnItem(n *Node, fn *Node) {
	switch n.Kind() {
	case "port_list":
		for _, k := range n.Kids() {
			b.declare(k, fn)
		}
		return
	}
	b.declare(n, fn)
}

func (b *builder) declareEnums(t *Node, scope *Node) {
	t.Walk(func(n *Node) bool {
		if n.Kind() == "enum_member" {
			if nm := n.Child("name"); nm != nil {
				names := enumRangeNames(n, nm.Text())
				if len(names) == 0 {
					b.add(&Decl{Name: nm.Text(), Kind: KindEnumConst, NameNode: nm, Node: n, Scope: scope, Value: n.Child("value")})
				}
				// `reg_a[2] = 1, reg_a[2:4] = 10` declares reg_a0 … reg_a4, never reg_a itself
				for _, name := range names {
					b.add(&Decl{Name: name, Kind: KindEnumConst, NameNode: nm, Node: n, Scope: scope})
				}
			}
			return false
		}
		return n.Kind() != "struct_type" && n.Kind() != "union_type" || n == t
	})
}

// maxEnumRange bounds the members one `name[N]` may stand for.
const maxEnumRange = 4096

// enumRangeNames lists the members an enum member with a range stands for (IEEE 1800-2017
// 6.19): `S[3]` is S0, S1, S2 and `S[2:4]` is S2, S3, S4 (counting down when the first
// bound is larger). Bounds are integral numbers, decimal or based (`S[4'h2:4'h4]`); others
// give none.
func enumRangeNames(member *Node, base string) []string {
	var bounds []int
	for _, k := range member.Kids() {
		if k.Field() != "" {
			continue
		}
		// an integral number, decimal or based (`csr__res[12'h004:12'h0ff]`, A.2.6)
		v, _, ok := ParseNumber(k.Text())
		if !ok || v < 0 || v > math.MaxInt32 {
			return nil
		}
		bounds = append(bounds, int(v))
	}
	from, to := 0, 0
	switch len(bounds) {
	case 1:
		if bounds[0] == 0 {
			return nil
		}
		from, to = 0, bounds[0]-1
	case 2:
		from, to = bounds[0], bounds[1]
	default:
		return nil
	}
	step := 1
	if to < from {
		step = -1
	}
	if (to-from)*step >= maxEnumRange {
		return nil
	}
	var out []string
	for i := from; ; i += step {
		out = append(out, base+strconv.Itoa(i))
		if i == to {
			break
		}
	}
	return out
}

func (b *builder) portDecl(n *Node, scope *Node) *Decl {
	d := &Decl{Node: n, Scope: scope}
	if nm := n.Child("name"); nm != nil {
		d.Name, d.NameNode = nm.Text(), nm
	}
	d.Unpacked = n.KidsOf("unpacked_dimension")
	if dir := n.Child("direction"); dir != nil {
		d.Dir = dir.Kind()
	}
	nt := n.Child("net_type")
	typ := n.Child("type")
	b.setType(d, typ)
	switch {
	case typ != nil && typ.Kind() == "interface_type":
		d.Kind = KindIfacePort
		d.Iface = true
		if i := typ.Child("interface"); i != nil {
			d.UserType = i.Text()
		}
		d.TypeText = squash(typ.SrcString(b.u.Text))
	case nt != nil && nt.Kind() != "var":
		d.Kind = KindNet
		d.NetType = nt.Kind()
	case nt != nil && nt.Kind() == "var":
		d.Kind = KindVar
	case d.Dir == "" && n.Kind() == "ansi_port_declaration" && d.UserType != "":
		// `my_if bus` or `pkg_t x` without direction: an interface port when not a type
		d.Kind = KindIfacePort
	case scope.Kind() == "function_declaration" || scope.Kind() == "task_declaration":
		d.Kind = KindVar // a subroutine's arguments are variables, typed or not (IEEE 1800 13.3)
	case typ == nil || isImplicitType(typ):
		d.Kind = KindNet
		if d.Dir != "" {
			d.NetType = "wire"
		}
	case d.Dir == "input" || d.Dir == "inout":
		d.Kind = KindNet // an input with a data type is still a net (IEEE 1800 23.2.2.3)
	default:
		d.Kind = KindVar
	}
	if v := n.Child("value"); v != nil {
		d.Value, d.ValueText = v, squash(v.SrcString(b.u.Text))
	}
	return d
}

func isImplicitType(t *Node) bool {
	return t.Kind() == "data_type" && t.Child("base") == nil
}

func (b *builder) setType(d *Decl, typ *Node) {
	if typ == nil {
		return
	}
	d.TypeText = squash(typ.SrcString(b.u.Text))
	switch typ.Kind() {
	case "data_type":
		d.Packed = typ.KidsOf("packed_dimension")
		if base := typ.Child("base"); base != nil && (base.Kind() == "type_identifier" || base.Kind() == "scoped_identifier") {
			d.UserType = base.Text()
		}
		if s := typ.Child("signing"); s != nil && s.Kind() == "signed" {
			d.Signed = true
		}
	case "virtual_interface_type":
		if i := typ.Child("interface"); i != nil {
			d.UserType = i.Text()
		}
	case "enum_type", "struct_type", "union_type":
		d.UserType = typ.Kind()
		if typ.Kind() == "enum_type" {
			d.UserType = "enum"
		}
	}
}

// evalParams evaluates the unit's parameters in declaration order.
func (u *Unit) evalParams() {
	sc := u.Scope()
	for _, p := range u.Params {
		if p.Kind == KindTypeParam {
			continue
		}
		c := Eval(p.Value, sc)
		if p.Kind == KindParam {
			c.ParamDep = true
		}
		p.Const = c
		if _, ok := u.env[p.Name]; !ok {
			u.env[p.Name] = c
		}
	}
	// enum constants with explicit values are constants too
	for _, d := range u.Decls {
		if d.Kind == KindEnumConst && d.Value != nil {
			if _, ok := u.env[d.Name]; !ok {
				u.env[d.Name] = Eval(d.Value, sc)
			}
		}
	}
}

func (u *Unit) evalDims(d *Decl) {
	if !d.IsSignal() && d.Kind != KindParam && d.Kind != KindLocal {
		return
	}
	sc := u.Scope()
	d.Dims = d.Dims[:0]
	for _, ud := range d.Unpacked {
		if s := ud.Child("size"); s != nil {
			c := Eval(s, sc)
			d.Dims = append(d.Dims, Dim{Msb: Const{V: 0, OK: c.OK, ParamDep: c.ParamDep}, Lsb: Const{V: c.V - 1, OK: c.OK, ParamDep: c.ParamDep}})
			continue
		}
		d.Dims = append(d.Dims, Dim{Msb: Eval(ud.Child("msb"), sc), Lsb: Eval(ud.Child("lsb"), sc)})
	}
	for _, pd := range d.Packed {
		d.Dims = append(d.Dims, Dim{Msb: Eval(pd.Child("msb"), sc), Lsb: Eval(pd.Child("lsb"), sc), Packed: true})
	}
	if w, ok := d.WidthIn(sc); ok {
		d.Width = w
		for _, dm := range d.Dims {
			if dm.Packed && (dm.Msb.ParamDep || dm.Lsb.ParamDep) {
				d.WidthDep = true
			}
		}
	}
}

// portsOf lists the header ports in order.
func (b *builder) portsOf(root *Node) {
	u := b.u
	pl := root.Child("ports")
	if pl == nil {
		return
	}
	for _, k := range pl.Kids() {
		var nm *Node
		switch k.Kind() {
		case "ansi_port_declaration", "port":
			nm = k.Child("name")
		}
		if nm == nil {
			continue
		}
		p := &Port{Name: nm.Text(), Node: nm, Default: k.Child("value")}
		if d := u.Signals[nm.Text()]; d != nil && d.PortDecl {
			p.Decl = d
			p.Dir = d.Dir
		}
		u.Ports = append(u.Ports, p)
	}
}
