package rtl

import (
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"maps"
	"path/filepath"
	"strings"

	"github.com/gantry-dev/gantry/codegen/editdist"
	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleUndeclared = register(&rules.Rule{
	ID:       "rtl/undeclared-identifier",
	Title:    "name that nothing declares",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"Verilator IMPLICIT", "compiler"},
	Doc: rules.Doc(
		`reports identifiers and type names that no declaration in the module,
its imported packages (with the names they export), the file's top level or the workspace
provides. An undeclared
name used where Verilog creates an implicit net (a port connection, a gate terminal,
the left side of an assign) is reported as a warning unless `+"`"+`default_nettype none is
in force; so is the root of a hierarchical name (u_top.u_core.pc in a checker bound into
a design: an upward reference only elaboration resolves) unless it is one edit from a
declared name (a typo); a root that a module instantiating the unit declares is found there
(`+"`"+`status.busy`+"`"+` in a child whose parent holds `+"`"+`status_if status ();`+"`"+`), and so is the type of a module header port written without
direction (dbg_if dbg: an interface port as well, the interface perhaps in a library
outside the project). A name in a concatenation connected to a port or assigned by an
assign (`+"`"+`assign {carry, sum} = a + b;`+"`"+`) is an implicit net as well. Names an `+"`"+`else or `+"`"+`elsif branch mentions count as declared (Gantry reads only the
first branch of a conditional). Names an included file declares count as declared: an `+"`"+`include is looked for
in the including file's folder, then in the +incdir+ folders of the project's filelists
(.f). Files with an include that is not found (or that declares names through macros),
headers (.svh, .vh, .inc) and files another file includes (fragments whose names the including
file declares), modules importing packages the workspace does not have, and modules that
use as declarations macros neither the file nor its includes define are not checked (where
they are defined, every name their expansions can hold counts as declared).`,
		`An undeclared name is an elaboration error, or silently a new 1-bit
wire: a typo in a connection leaves the intended signal unconnected and truncates the
value to one bit.`,
		`module inc(input logic [7:0] count, output logic [7:0] out);
  assign out = cnt + 1;   // cnt is not declared
endmodule`,
		`module inc(input logic [7:0] count, output logic [7:0] out);
  assign out = count + 1;
endmodule`,
	),
}, checkUndeclared)

func checkUndeclared(p *rules.Pass, m *checkModel) {
	// names the included files declare count as declared; an include not found leaves
	// the file unjudged
	included, ok := m.includedNames()
	if !ok {
		return
	}
	// a header, or a file another file includes, is a fragment: the including file
	// declares the names it uses
	if isHeader(m.path) || m.ix.Included[filepath.Base(m.path)] {
		return
	}
	// file-level wildcard imports apply to every unit, and so do those of the files it
	// includes
	fileImports := append([]Import(nil), m.includedImports...)
	for _, u := range m.file.Units {
		if u.Kind == UnitItems {
			fileImports = append(fileImports, u.Imports...)
		}
	}
	// a unit of a large document, parsed alone, or the gate's cut of a unit (whose
	// document is the window it was cut from): the file-level imports above it apply
	if doc := m.file.File.Document(); doc != nil {
		if start, _ := doc.Span(); start > 0 {
			fileImports = append(fileImports, importsAbove(doc, start)...)
		}
	}
	// names an `else or `elsif branch mentions: Gantry reads only the first branch, and the
	// other may declare what the code after the conditional uses (a port list whose
	// `else declares the SD card's pins, used under a later `ifndef)
	inactive := inactiveBranchWords(m.file.Units)
	// macros among the file-level items (UVM's `uvm_analysis_imp_decl(_expected)`, which
	// declares the class uvm_analysis_imp_expected) declare names for every unit of the
	// file: those their known expansions can hold count as declared
	fileMacros := map[string]bool{}
	for _, fu := range m.file.Units {
		if fu.Kind == UnitItems && fu.Root != nil && fu.Root.Kind() == "macro_usage" {
			if names, known := macroDeclarable(fu, m.includedTexts); known {
				maps.Copy(fileMacros, names)
			}
		}
	}
	for _, u := range m.units {
		// a macro used as an item may declare names: those its expansion can hold (its
		// arguments' and its definition's words) count as declared, and where a definition
		// is not known or pastes names together the unit is not judged
		var byMacros map[string]bool
		if u.MacroItems && !macrosDeclareNothing(u) {
			var known bool
			if byMacros, known = macroDeclarable(u, m.includedTexts); !known {
				continue
			}
		}
		imports := append(append([]Import(nil), fileImports...), u.Imports...)
		pkgs, unknown := importedPackages(m.ix, imports)
		if unknown {
			continue
		}
		// a name a port connection or assign target declares implicitly (a 1-bit wire) is
		// declared for the rest of the module
		implicit := map[string]bool{}
		if !u.NoNettype {
			for _, ref := range u.Refs {
				if implicitNet(u, ref) {
					implicit[ref.Text()] = true
				}
			}
		}
		for _, ref := range u.Refs {
			if delayedTimingSignal(u, ref) {
				implicit[ref.Text()] = true
			}
		}
		for _, ref := range u.Refs {
			name := ref.Text()
			if implicit[name] && !implicitNet(u, ref) || ref.Ancestor(nil, "macro_usage") != nil {
				continue // declared implicitly; a macro argument may be pasted into another name
			}
			if u.HasName("\\"+name+" ") || u.HasName("\\"+name) {
				continue // declared as an escaped identifier (\cpu3 is cpu3)
			}
			if u.FirstError >= 0 && ref.End() > u.FirstError || m.file.FirstError >= 0 && u.Base+ref.End() > m.file.FirstError || isKeyword(name) || svKeywords[name] {
				continue
			}
			if name == "" || u.HasName(name) || included[name] || byMacros[name] || fileMacros[name] || inactive[name] || declaredElsewhere(m.ix, name, imports, pkgs) || builtinClasses[name] || m.includeBlind(u.Base+ref.Start()) {
				continue
			}
			if inheritedOrUnknown(m, u, ref) || name == "item" && ref.Ancestor(nil, "covergroup_declaration") != nil ||
				randomizeArgument(ref) {
				continue // a member from a base class; a coverage bin's `with (item …)` iterator
			}
			if ref.Kind() == "identifier" && ref.Parent() != nil && ref.Parent().Kind() == "function_call" && ref.Field() == "function" {
				// functions may come from packages imported later or the $unit scope
				if len(m.ix.Item(name)) > 0 || upwardSubroutine(m.ix, u, name) {
					continue
				}
				// randomize(x) with {…} outside a class is std::randomize, whose std:: may be
				// left out (IEEE 1800-2017 18.12)
				if name == "randomize" {
					continue
				}
				// a class's built-in methods called on this object: `srandom(seed);`,
				// `return get_randstate();` in a method (IEEE 1800-2017 18.8, 18.9, 18.13)
				if builtinClassMethods[name] && ref.Ancestor(nil, "class_declaration") != nil {
					continue
				}
			}
			if !u.NoNettype && implicitNet(u, ref) {
				m.reportSoft(p, u, ref, "rtl/undeclared-identifier", "%s is not declared: Verilog makes it an implicit 1-bit wire", name)
				continue
			}
			if ref.Kind() == "type_identifier" && interfacePortType(ref) {
				// `module chk(dbg_if dbg);`: a header port without direction whose type is
				// nowhere in the project is, as often as not, an interface the verification
				// library beside it defines (IEEE 1800-2017 25.5: interface ports)
				m.reportSoft(p, u, ref, "rtl/undeclared-identifier", "type %s is not declared: as a port without direction it may be an interface defined outside the project", name)
				continue
			}
			if ui, ok := m.unitImported(name); ok {
				// a package another file imports at its top level: in the compilation
				// unit's scope for the files compiled after it in one unit
				m.reportSoft(p, u, ref, "rtl/undeclared-identifier", "%s is not declared here: package %s declares it, which %s imports at its top level ($unit), visible only where that file is compiled before this one in one compilation unit; import the package here", name, ui.pkg, filepath.Base(ui.path))
				continue
			}
			if ui, ok := m.unitImportedUnknown(); ok && (calledName(ref) && !notPackageSubroutine[name] || ref.Kind() == "type_identifier" && packagePrefixed(name, ui.pkg)) {
				// a subroutine, or a type named as the package's own (uvm_sequencer of
				// uvm_pkg), that a package the project lacks may declare, which another file
				// imports at its top level (`run_test();` in a testbench beside files that
				// `import uvm_pkg::*;` outside their units)
				m.reportSoft(p, u, ref, "rtl/undeclared-identifier", "%s is not declared here: package %s, which the project does not hold and %s imports at its top level ($unit), may declare it, visible only where that file is compiled before this one in one compilation unit; import the package here", name, ui.pkg, filepath.Base(ui.path))
				continue
			}
			if macro, ok := m.undefinedBranch(u.Base + ref.Start()); ok {
				// the first branch of `ifdef M, which Gantry reads, where nothing in the
				// project defines M: a compile without +define+M never reads it
				m.reportSoft(p, u, ref, "rtl/undeclared-identifier", "%s is not declared, in the `ifdef %s branch, which only a compile with +define+%s reads (no file of the project defines it)", name, macro, macro)
				continue
			}
			if ref.Kind() == "type_identifier" {
				report(p, u, ref, "type %s is not declared", name)
				continue
			}
			if par := ref.Parent(); par != nil && par.Kind() == "member_access" && ref.Field() == "value" && upwardScope(m.ix, u, name) {
				continue // `foo.quux` in Bar, and the module instantiating Bar declares foo
			}
			if par := ref.Parent(); par != nil && par.Kind() == "member_access" && ref.Field() == "value" && !nearName(u.Unit, name) {
				// `u_top.u_core.pc` in a checker or a bound module: an upward hierarchical
				// reference names an instance above, which only elaboration can find (a
				// name one edit from a declared one stays an error: a typo)
				m.reportSoft(p, u, ref, "rtl/undeclared-identifier", "%s is not declared in %s: as the root of a hierarchical name it must be an instance above it (resolved only where %s is instantiated)", name, u.Name, u.Name)
				continue
			}
			report(p, u, ref, "%s is not declared", name)
		}
	}
}

// builtinClassMethods are the methods every class has (IEEE 1800-2017 18.8, 18.9, 18.13).
var builtinClassMethods = map[string]bool{
	"srandom": true, "get_randstate": true, "set_randstate": true, "rand_mode": true, "constraint_mode": true,
	"pre_randomize": true, "post_randomize": true,
}

// importedPackages returns the package units imported with a wildcard or by name, and
// whether any imported package is unknown to the workspace. A package that declares,
// imports and includes nothing is a placeholder (a test's `package uvm_pkg; endpackage`
// standing in for the library a build passes in): what the real one declares is
// unknown too. Where the project holds several packages of the name equally near the
// file (two versions of a core's state package side by side, one for each privileged
// spec), the build picks one: each import gets them all.
func importedPackages(ix *Index, imports []Import) ([][]*UnitRef, bool) {
	var out [][]*UnitRef
	for _, im := range imports {
		defs := ix.nearestTied(im.Package)
		if len(defs) == 0 {
			return nil, true
		}
		for _, pk := range defs {
			if pk.Kind != UnitPackage || placeholderPackage(pk.Unit) {
				return nil, true
			}
		}
		out = append(out, defs)
	}
	return out, false
}

// placeholderPackage reports whether package pk holds nothing: no declaration, import,
// include or macro item; or only typedefs and classes with nothing in them, which name a
// library's classes without their contents (a guide's `package uvm_pkg; class
// uvm_object; endclass … endpackage`, enough for its own examples to compile): what the
// library declares is not there.
func placeholderPackage(pk *Unit) bool {
	if len(pk.Imports) > 0 || pk.HasInclude || pk.MacroItems || pk.FirstError >= 0 || pk.Root == nil {
		return false
	}
	classes := 0
	for _, item := range pk.Root.Kids() {
		switch item.Kind() {
		case "comment", "identifier", "typedef_declaration":
		case "class_declaration":
			for _, k := range item.Kids() {
				if f := k.Field(); f != "name" && f != "parameters" && k.Kind() != "comment" {
					return false
				}
			}
			classes++
		default:
			return false
		}
	}
	return classes > 0 || len(pk.Decls) == 0
}

func declaredElsewhere(ix *Index, name string, imports []Import, pkgs [][]*UnitRef) bool {
	for i, im := range imports {
		if im.Name == name {
			return true
		}
		if im.Name != "*" {
			continue
		}
		for _, pk := range pkgs[i] {
			if pk.HasName(name) || exports(ix, pk.Unit, name, 0) {
				return true
			}
		}
	}
	if len(ix.Item(name)) > 0 {
		return true
	}
	// module, interface and package names (hierarchical references, interface types)
	return len(ix.Lookup(name)) > 0
}

// exports reports whether package pk exports name: `export q::name;`, `export q::*;` for a
// name q declares or exports, or `export *::*;` for a name pk imports (IEEE 1800-2017 26.6;
// OpenTitan's spi_device_pkg re-exports its register package's depths).
func exports(ix *Index, pk *Unit, name string, depth int) bool {
	if depth > 4 {
		return false
	}
	for _, ex := range pk.Root.KidsOf("export_declaration") {
		for _, it := range ex.KidsOf("import_item") {
			from, what := it.Child("package"), it.Child("name")
			if from == nil || what == nil {
				continue
			}
			switch {
			case from.Kind() == "wildcard":
				for _, im := range pk.Imports {
					if im.Name == name || im.Name == "*" && pkgDeclares(ix, im.Package, name, depth) {
						return true
					}
				}
			case what.Kind() == "wildcard":
				if pkgDeclares(ix, from.Text(), name, depth) {
					return true
				}
			case what.Text() == name:
				return true
			}
		}
	}
	return false
}

// pkgDeclares reports whether the workspace's package of that name declares or exports name.
func pkgDeclares(ix *Index, pkg, name string, depth int) bool {
	q := ix.Module(pkg)
	return q != nil && q.Kind == UnitPackage && (q.HasName(name) || exports(ix, q.Unit, name, depth+1))
}

// nearName reports a name within one edit of a name the unit declares.
func nearName(u *Unit, name string) bool {
	near := false
	u.EachName(func(n string) bool {
		near = editdist.Within(n, name, 1)
		return !near
	})
	return near
}

// implicitNet reports whether an undeclared identifier sits where Verilog declares an
// implicit net: a whole port-connection value, a gate terminal, an assign target or a net
// alias's side, or
// a member of a concatenation standing there (`.q({hi, lo})`, `assign {carry, sum} = a + b`:
// IEEE 1800-2017 6.10 makes an implicit net of an identifier anywhere in a connection list or
// on the left of a continuous assignment; Verilator, iverilog and yosys warn and declare it).
func implicitNet(u *UnitRef, ref *Node) bool {
	if ref.Kind() != "identifier" || ref.Parent() == nil {
		return false
	}
	n := ref
	for n.Parent() != nil && n.Parent().Kind() == "concatenation" {
		n = n.Parent()
	}
	if n != ref && n.Parent() != nil && n.Parent().Kind() != "port_connection" &&
		(n.Parent().Kind() != "continuous_assign" || n.Field() != "left") {
		return false
	}
	switch n.Parent().Kind() {
	case "port_connection":
		return n.Field() == "value"
	case "gate_instance":
		return true
	case "continuous_assign":
		return n.Field() == "left"
	case "net_alias":
		// `alias clk = Clk = CLK;`: an undeclared name in an alias is an implicit net, as
		// an assign target is (IEEE 1800-2017 10.11)
		return true
	}
	return false
}

// delayedTimingSignal reports a name given as the delayed reference or delayed data
// signal of $setuphold or $recrem (their eighth and ninth arguments): a timing check
// declares such a net itself when nothing else does (IEEE 1800-2017 31.9).
func delayedTimingSignal(u *UnitRef, ref *Node) bool {
	ev := ref.Parent()
	if ev == nil || ev.Kind() != "timing_check_event" || ref.Field() != "signal" {
		return false
	}
	tc := ev.Parent()
	if tc == nil || tc.Kind() != "timing_check" {
		return false
	}
	name := tc.Child("name")
	if name == nil || (name.Text() != "$setuphold" && name.Text() != "$recrem") {
		return false
	}
	return strings.Count(u.Text[tc.Start():ev.Start()], ",") >= 7
}

// inactiveBranchWords returns the words of the `else and `elsif branches in units.
func inactiveBranchWords(units []*UnitRef) map[string]bool {
	out := map[string]bool{}
	for _, u := range units {
		if !strings.Contains(u.Text, "`els") {
			continue
		}
		u.Root.Walk(func(n *Node) bool {
			if n.Kind() == "inactive_branch" {
				for _, w := range wordRE.FindAllString(n.SrcString(u.Text), -1) {
					out[w] = true
				}
				return false
			}
			return true
		})
	}
	return out
}

var wordRE = lazyregexp.New(`[A-Za-z_][A-Za-z0-9_$]*`)

// svKeywords are words error recovery may turn into names, and the class handles
// (this, super, null) a grammar may read as names.
var svKeywords = map[string]bool{"type": true, "endmodule": true, "endfunction": true, "endtask": true,
	"endcase": true, "endgenerate": true, "assign": true, "initial": true, "for": true, "while": true,
	"return": true, "end": true, "begin": true, "else": true, "wire": true, "reg": true, "logic": true,
	"this": true, "super": true, "null": true, "new": true, "local": true,
	"nettype": true, "interconnect": true}

// builtinClasses are the classes of the std package (IEEE 1800-2017 15, 9.7), and
// CrossQueueType, the type a cross's bins functions return (19.6.1.4).
var builtinClasses = map[string]bool{"mailbox": true, "semaphore": true, "process": true, "std": true, "CrossQueueType": true}

// randomizeArgument reports a name passed to obj.randomize(…): it names a member of the
// object's class (IEEE 1800-2017 18.11), not a variable of the caller.
func randomizeArgument(ref *Node) bool {
	args := ref.Ancestor(nil, "argument_list")
	if args == nil || args.Parent() == nil || args.Parent().Kind() != "function_call" {
		return false
	}
	fn := args.Parent().Child("function")
	return fn != nil && fn.Kind() == "member_access" && calleeName(fn) == "randomize"
}

// macrosDeclareNothing reports whether every macro a unit uses among its items is defined
// in its file with a body that declares no name: no declaration keyword, no instance or
// typed declaration (two names in a row), no macro of its own (`REG_RESET(clk, rst, q, d)
// writing an always_ff). A macro in the header's lists, or one defined elsewhere, may.
func macrosDeclareNothing(u *UnitRef) bool {
	if len(u.ItemMacros) == 0 {
		return false
	}
	text := fileText(u)
	for _, name := range u.ItemMacros {
		body, found := macroDefinition(text, name)
		if !found || strings.Contains(body, "`") || declaringWordRE.MatchString(body) {
			return false
		}
		for _, m := range twoNamesRE.FindAllStringSubmatch(body, -1) {
			if !statementWords[m[1]] {
				return false
			}
		}
	}
	return !listHoldsMacro(u.Root.Child("parameters")) && !listHoldsMacro(u.Root.Child("ports"))
}

func listHoldsMacro(list *Node) bool { return listHolds(list, "macro_usage") }

// macroDeclarable returns every name the item macros of unit u (used as module items or
// in its parameter or port list) may declare, and whether that is known: the words of
// each use's expansion, its arguments put in for its formal arguments (defaults where left
// out) and token pastes joined, with the macros the expansion uses expanded the same way;
// definitions are looked for in the unit's file and then in the files it includes (a
// `CHECK(name, prop) from an assertion header whose expansion declares `localparam int
// name`, a flop macro declaring its name argument with _d pasted on). The set is a bound, not the expansion: every
// branch of an `ifdef inside a body counts. Unknown: a definition not found (a macro of a
// library outside the project, whose expansion can hold any name), or expansions nested
// too deep or too many.
func macroDeclarable(u *UnitRef, included []string) (map[string]bool, bool) {
	texts := append([]string{fileText(u)}, included...)
	names := map[string]bool{}
	seen := map[string]bool{}
	budget := 256
	var expand func(name string, args []string, depth int) bool
	expand = func(name string, args []string, depth int) bool {
		key := name + "(" + strings.Join(args, ",") + ")"
		if seen[key] || compilerDirectives[name] {
			return true
		}
		seen[key] = true
		if budget--; budget < 0 || depth > maxIncludeDepth {
			return false
		}
		body, found := "", false
		for _, t := range texts {
			if body, found = macroDefinition(t, name); found {
				break
			}
		}
		if !found {
			return false
		}
		if strings.HasPrefix(body, "(") {
			formals, n := macroArguments(body)
			body = body[n:]
			values := map[string]string{}
			for k, f := range formals {
				formal, def, _ := strings.Cut(f, "=")
				formal = strings.TrimSpace(formal)
				// an actual argument stands without the blanks around it (`x``num` of
				// `CELL(_comb, 1) pastes x1, not "x 1")
				if k < len(args) && strings.TrimSpace(args[k]) != "" {
					values[formal] = strings.TrimSpace(args[k])
				} else {
					values[formal] = strings.TrimSpace(def)
				}
			}
			body = wordRE.Regexp().ReplaceAllStringFunc(body, func(w string) string {
				if v, ok := values[w]; ok {
					return v
				}
				return w
			})
		}
		body = strings.ReplaceAll(body, "``", "")
		for _, w := range wordRE.FindAllString(body, -1) {
			names[w] = true
		}
		for _, m := range macroUseRE.FindAllStringSubmatchIndex(body, -1) {
			var inner []string
			if rest := strings.TrimLeft(body[m[1]:], " \t"); strings.HasPrefix(rest, "(") {
				inner, _ = macroArguments(rest)
			}
			if !expand(body[m[2]:m[3]], inner, depth+1) {
				return false
			}
		}
		return true
	}
	params, ports := u.Root.Child("parameters"), u.Root.Child("ports")
	known := true
	u.Root.Walk(func(n *Node) bool {
		if !known {
			return false
		}
		if n.Kind() != "macro_usage" {
			return true
		}
		p := n.Parent()
		fileItem := n == u.Root && u.Kind == UnitItems // a macro among a file's top-level items
		if !fileItem && (p == nil || !(n.Field() == "" && (isScope(p) || p.Kind() == "generate_region") || params != nil && p == params || ports != nil && p == ports)) {
			return false // a macro in an expression or a statement declares nothing here
		}
		nm := n.Child("name")
		if nm == nil {
			known = false
			return false
		}
		use := n.SrcString(u.Text)
		for _, w := range wordRE.FindAllString(use, -1) {
			names[w] = true
		}
		var args []string
		if k := strings.IndexByte(use, '('); k >= 0 {
			args, _ = macroArguments(use[k:])
		}
		known = expand(strings.TrimPrefix(nm.Text(), "`"), args, 0)
		return false
	})
	return names, known
}

// macroArguments splits the parenthesized list text starts with at its top-level commas,
// and returns how many bytes the list takes (all of text when it is not closed).
func macroArguments(text string) ([]string, int) {
	var out []string
	depth, from := 0, 1
	for k := 0; k < len(text); k++ {
		switch text[k] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
			if depth == 0 {
				return append(out, text[from:k]), k + 1
			}
		case ',':
			if depth == 1 {
				out = append(out, text[from:k])
				from = k + 1
			}
		}
	}
	return append(out, text[min(from, len(text)):]), len(text)
}

var macroUseRE = lazyregexp.New("`([A-Za-z_][\\w$]*)")

// compilerDirectives are the backtick words that are no macro (IEEE 1800-2017 22).
var compilerDirectives = map[string]bool{"define": true, "undef": true, "undefineall": true, "ifdef": true,
	"ifndef": true, "elsif": true, "else": true, "endif": true, "include": true, "line": true,
	"__FILE__": true, "__LINE__": true, "timescale": true, "resetall": true, "default_nettype": true,
	"celldefine": true, "endcelldefine": true, "unconnected_drive": true, "nounconnected_drive": true,
	"pragma": true, "begin_keywords": true, "end_keywords": true}

var declaringWordRE = lazyregexp.New(`(?m)\b(?:wire|reg|logic|bit|byte|shortint|int|longint|integer|time|real|realtime|shortreal|string|chandle|event|genvar|parameter|localparam|defparam|specparam|typedef|struct|union|enum|input|output|inout|ref|var|tri|tri0|tri1|triand|trior|trireg|wand|wor|supply0|supply1|uwire|interconnect|function|task|class|interface|modport|clocking|covergroup|property|sequence|let|checker|import|module|program|package)\b|\b(?:begin|fork)\s*:|^\s*\w+\s*:`)

// twoNamesRE finds a name followed by another and what may follow a declared name or an
// instance's: `t x;`, `m u (`, `m #(…)`.
var twoNamesRE = lazyregexp.New(`\b([A-Za-z_]\w*)\s+(?:#|[A-Za-z_]\w*\s*[;=,(\[])`)

// statementWords may stand before a name in a statement without declaring it.
var statementWords = map[string]bool{"if": true, "else": true, "begin": true, "end": true, "case": true, "casex": true,
	"casez": true, "endcase": true, "default": true, "for": true, "while": true, "repeat": true, "forever": true,
	"do": true, "return": true, "assign": true, "deassign": true, "force": true, "release": true, "disable": true,
	"wait": true, "posedge": true, "negedge": true, "edge": true, "or": true, "and": true, "not": true,
	"always": true, "always_ff": true, "always_comb": true, "always_latch": true, "initial": true, "final": true,
	"fork": true, "join": true, "unique": true, "unique0": true, "priority": true, "iff": true, "define": true}

// interfacePortType reports whether ref is the whole type of a module, interface or
// program header port written without direction or net kind (`dbg_if dbg`), which reads
// as an interface port as well as a variable of a user type.
func interfacePortType(ref *Node) bool {
	dt := ref.Parent()
	if dt == nil || dt.Kind() != "data_type" || ref.Field() != "base" || len(dt.KidsOf("packed_dimension")) > 0 || dt.Child("parameters") != nil {
		return false
	}
	port := dt.Parent()
	if port == nil || port.Kind() != "ansi_port_declaration" || port.Child("direction") != nil || port.Child("net_type") != nil {
		return false
	}
	list := port.Parent()
	if list == nil || list.Kind() != "port_list" || list.Parent() == nil {
		return false
	}
	switch list.Parent().Kind() {
	case "module_declaration", "interface_declaration", "program_declaration":
		return true
	}
	return false
}

// upwardSubroutine reports whether name, called by simple name in unit u and declared
// nowhere in it, is a task or function of a module that instantiates u: such a call is
// searched upward through the instance hierarchy (IEEE 1800-2017 23.8), as a DPI example's
// bench calls `setup_complete()`, which the module above it declares.
// upwardScope reports whether name, the root of a hierarchical name in module u that u
// does not declare, is declared in a module the index knows to instantiate u: upward name
// resolution finds it there (IEEE 1800-2017 23.8), as Verilator's tests of interfaces
// reached from a child module do (`foo.quux = 0` in Bar, `Foo foo (); Bar bar ();` in Baz).
func upwardScope(ix *Index, u *UnitRef, name string) bool {
	if ix == nil || u.Kind != UnitModule {
		return false
	}
	for _, p := range ix.All() {
		if p.Unit == u.Unit || p.Lookup(name) == nil {
			continue
		}
		for _, in := range p.Instances {
			if in.Module == u.Name {
				return true
			}
		}
	}
	return false
}

func upwardSubroutine(ix *Index, u *UnitRef, name string) bool {
	if ix == nil || u.Kind != UnitModule {
		return false
	}
	for _, p := range ix.All() {
		if p.Unit == u.Unit {
			continue
		}
		d := p.Lookup(name)
		if d == nil || d.Kind != KindTask && d.Kind != KindFunction {
			continue
		}
		for _, in := range p.Instances {
			if in.Module == u.Name {
				return true
			}
		}
	}
	return false
}

// calledName reports whether an identifier names the function or task a call calls.
func calledName(ref *Node) bool {
	par := ref.Parent()
	return ref.Kind() == "identifier" && par != nil && par.Kind() == "function_call" && ref.Field() == "function"
}

// packagePrefixed reports whether a name begins with its package's name, less a `_pkg` or
// `pkg` ending, and an underscore: uvm_sequencer of uvm_pkg.
func packagePrefixed(name, pkg string) bool {
	stem := strings.TrimSuffix(strings.TrimSuffix(pkg, "pkg"), "_")
	return stem != "" && strings.HasPrefix(name, stem+"_")
}

// notPackageSubroutine lists words called as subroutines that no package supplies: system
// tasks written without their `$` and statement keywords a typo turned into calls.
var notPackageSubroutine = map[string]bool{
	"display": true, "write": true, "strobe": true, "monitor": true, "finish": true, "stop": true,
	"fatal": true, "error": true, "warning": true, "info": true, "sformatf": true, "sformat": true,
	"time": true, "random": true, "urandom": true, "urandom_range": true, "cast": true, "bits": true,
	"clog2": true, "readmemh": true, "readmemb": true, "fopen": true, "fclose": true, "fdisplay": true,
	"fwrite": true, "dumpfile": true, "dumpvars": true, "foreach": true, "repeat": true, "wait": true,
	"fork": true, "case": true, "if": true, "randomize": true,
}
