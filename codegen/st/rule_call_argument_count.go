package st

import (
	"strconv"
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleCallArgumentCount: a function called with more or fewer arguments than it takes.
var ruleCallArgumentCount = register(&rules.Rule{
	ID:       "st/call-argument-count",
	Title:    "Call with the wrong number of arguments",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"compiler error (too many / too few parameters)", "IEC 61131-3 non-formal call", "CODESYS/TwinCAT compiler error C0039 (VAR_IN_OUT must be assigned in call)"},
	Doc: rules.Doc(
		"Reports a non-formal call (arguments without names) of an IEC 61131-3 standard function with fewer or more arguments than the function takes (LIMIT takes three, SEL three, EXPT two, SQRT one; MAX, MIN, ADD, MUL, AND, OR, XOR, CONCAT and MUX take two or more), of a type conversion with other than one, and of a FUNCTION the project writes out (with a body, not named like a standard function) with more arguments than it has inputs, in-outs and outputs, in bodies and in initial values (a POU's variables, a global variable list's, a structure's members: `rMax : LREAL := EXPT(10);`). A formal call (`LIMIT(MN := 0, IN := n, MX := 10)`) names its parameters and is left to st/undeclared-identifier. Also a call of an instance of the project's function block that does not pass each of its VAR_IN_OUT parameters (its bases' included): the instance keeps no reference between calls (CODESYS and TwinCAT refuse it, C0039; TIA Portal lets a call leave InOuts out, so SCL is not judged). In SCL also a formal call of a standard function naming fewer inputs than it takes (`MAX(IN1 := 0.0)`, `SEL(G := bSim, IN0 := nA)`): TIA Portal gives a function's inputs no default; and in SCL an argument without a name in a call that names the others (`#fbDelay(IN := #run, PT = T#2S)`: TIA names all of them, and such a value is most often `=` typed for `:=`; newer CODESYS and TwinCAT compilers place it by its position). A function of a library or one declared more than once (overloads) is not checked. Dialects: CODESYS/TwinCAT, SIMATIC AX, Siemens SCL, B&R and OpenPLC.",
		"The compiler refuses the program. From a suggestion it usually means the model mixed up two functions (LIMIT with MIN) or invented a parameter.",
		"nSpeed := LIMIT(0, nSetpoint);\nrRoot := SQRT(rArea, 2.0);",
		"nSpeed := LIMIT(0, nSetpoint, 1500);\nrRoot := SQRT(rArea);"),
}, checkCallArgumentCount)

// stdArity gives the standard functions' argument counts (most, -1 when extensible).
// Functions whose count differs between dialects (ROUND, TIME) are left out.
var stdArity = map[string][2]int{
	"ABS": {1, 1}, "SQRT": {1, 1}, "LN": {1, 1}, "LOG": {1, 1}, "EXP": {1, 1}, "EXPT": {2, 2},
	"SIN": {1, 1}, "COS": {1, 1}, "TAN": {1, 1}, "ASIN": {1, 1}, "ACOS": {1, 1}, "ATAN": {1, 1}, "ATAN2": {2, 2},
	"ADD": {2, -1}, "MUL": {2, -1}, "SUB": {2, 2}, "DIV": {2, 2}, "MOD": {2, 2}, "MOVE": {1, 1},
	"MIN": {2, -1}, "MAX": {2, -1}, "LIMIT": {3, 3}, "SEL": {3, 3}, "MUX": {2, -1},
	"SHL": {2, 2}, "SHR": {2, 2}, "ROL": {2, 2}, "ROR": {2, 2},
	"AND": {2, -1}, "OR": {2, -1}, "XOR": {2, -1}, "NOT": {1, 1},
	"GT": {2, -1}, "GE": {2, -1}, "EQ": {2, -1}, "LE": {2, -1}, "LT": {2, -1}, "NE": {2, 2},
	"LEN": {1, 1}, "LEFT": {2, 2}, "RIGHT": {2, 2}, "MID": {3, 3}, "CONCAT": {2, -1},
	"INSERT": {3, 3}, "DELETE": {3, 3}, "REPLACE": {4, 4}, "FIND": {2, 2},
	"TRUNC": {1, 1}, "TRUNC_INT": {1, 1},
	"ADR": {1, 1}, "BITADR": {1, 1}, "SIZEOF": {1, 1}, "REF": {1, 1},
	"MEMCPY": {3, 3}, "MEMSET": {3, 3}, "MEMCMP": {3, 3}, "UPPER_BOUND": {2, 2}, "LOWER_BOUND": {2, 2},
	"IS_VALID": {1, 1}, "CONCAT_DATE_TOD": {2, 2}, "ADD_TIME": {2, 2}, "SUB_TIME": {2, 2},
	"EDGEPOS": {1, 1}, "EDGENEG": {1, 1}, "EDGE": {1, 1},
}

func checkCallArgumentCount(pass *rules.Pass, run *Run) {
	scl := run.SCL()
	seen := map[int]bool{} // initial values' calls, by position: a declaration is judged once
	initial := func(sc *Scope) func(*Node) {
		return func(n *Node) {
			if !seen[n.Start()] {
				seen[n.Start()] = true
				checkPositionalCount(pass, sc, n)
			}
		}
	}
	for _, p := range run.POUs() {
		sc := run.Scope(p)
		// and the calls in its variables' initial values (`rMax : LREAL := EXPT(10, 3);`)
		initialCalls(p.Vars, initial(sc))
		run.visitBodyNodes(p, func(n *Node) {
			if n.Is("call_statement") && !scl {
				checkInOutsGiven(pass, run, p, sc, n)
			}
			f, args := n.Child("function"), n.Child("arguments")
			if args == nil || !args.Is("argument_list") {
				return
			}
			list := args.KidsOf("argument")
			for _, a := range list {
				if a.Child("operator") != nil {
					if scl {
						checkFormalCallSCL(pass, sc, f, args, list)
					}
					return // a formal call: its names are checked, not its count
				}
			}
			checkPositionalCount(pass, sc, n)
		}, "call_expression", "call_statement")
	}
	// the initial values of global variable lists and of structures' members, which belong
	// to no POU: `L9 : LREAL := SQRT(EXPT(4.1, 2) + EXPT(2.4, 2));` in a GVL
	sc := &Scope{Model: run.Model, WS: run.WS}
	sc.setDialect(run.Dialect())
	for _, u := range run.Model.Units {
		d := u.Abs(run.Text)
		initialCalls(d.globals, initial(sc))
		for _, t := range d.types {
			if t.Type != nil && (t.Type.Kind == TypeStruct || t.Type.Kind == TypeUnion) {
				initialCalls(t.Type.Members, initial(sc))
			}
		}
	}
}

// initialCalls calls fn with each call in the initial values of vars (once per
// declaration, which may name several variables).
func initialCalls(vars []*Var, fn func(*Node)) {
	for _, v := range vars {
		if v.Node == nil || v.Start != firstName(v.Node) {
			continue
		}
		if val := v.Node.Child("value"); val != nil {
			val.Walk(func(n *Node) bool {
				if n.IsError() {
					return false
				}
				if n.Is("call_expression") {
					fn(n)
				}
				return true
			})
		}
	}
}

// checkPositionalCount reports a call by position of a function whose number of
// arguments Gantry knows with too few or too many of them; a formal call is checked by its
// names elsewhere.
func checkPositionalCount(pass *rules.Pass, sc *Scope, n *Node) {
	f, args := n.Child("function"), n.Child("arguments")
	if args == nil || !args.Is("argument_list") || !f.Is("identifier") {
		return
	}
	list := args.KidsOf("argument")
	for _, a := range list {
		if a.Child("operator") != nil {
			return
		}
	}
	least, most, what := sc.arity(f.Text())
	if least < 0 {
		return
	}
	switch given := len(list); {
	case given < least:
		report(pass, args, "%s takes %s, %d given", what, arguments(least, most), given)
	case most >= 0 && given > most:
		report(pass, args, "%s takes %s, %d given", what, arguments(least, most), given)
	}
}

// checkFormalCallSCL reports, in a formal call in SCL, an argument without its parameter's
// name, and a standard function named with fewer inputs than it takes: TIA Portal supplies
// no default for a function's inputs, so `MAX(IN1 := 0.0)` and `SEL(G := bSim, IN0 := nA)`
// do not compile. Elsewhere a formal call may leave inputs at their defaults, and newer
// CODESYS and TwinCAT compilers place an unnamed argument by its position (a public
// TwinCAT project calls `LEFT(STR := sLine, nSplit)`): neither is judged there.
func checkFormalCallSCL(pass *rules.Pass, sc *Scope, f, args *Node, list []*Node) {
	for _, arg := range list {
		if arg.Child("name") == nil {
			// TIA Portal names every parameter of a call that names one; a value without
			// a name there is most often `=` typed for `:=` (`PT = T#2S`).
			report(pass, arg, "an argument without its parameter's name in a call that names the others: SCL names them all")
			return
		}
	}
	if !f.Is("identifier") {
		return
	}
	sym := sc.Lookup(f.Text())
	if sym.Kind != SymStd || sym.Std == nil {
		return
	}
	u := strings.ToUpper(sym.Std.Name)
	a, ok := stdArity[u]
	if !ok || TIALookup(u) == nil {
		return
	}
	given := 0
	for _, arg := range list {
		if op := arg.Child("operator"); op == nil || op.Text() != ":=" {
			continue
		}
		switch strings.ToUpper(unquote(arg.Child("name").Text())) {
		case "EN", "ENO":
			continue
		}
		given++
	}
	if given < a[0] {
		report(pass, args, "%s takes %s, %d given: TIA Portal gives a function's inputs no default", u, arguments(a[0], a[1]), given)
	}
}

// arity gives how many arguments a non-formal call of name takes (most -1: no limit), and
// what to call it; least -1 when Gantry does not know.
func (s *Scope) arity(name string) (least, most int, what string) {
	switch sym := s.Lookup(name); sym.Kind {
	case SymStd:
		u := strings.ToUpper(sym.Std.Name)
		if a, ok := stdArity[u]; ok {
			return a[0], a[1], u
		}
		if to, ok := conversion(u); ok {
			if _, elementary := elementary[to]; elementary || to == "STRING" || to == "WSTRING" {
				return 1, 1, u
			}
		}
	case SymPOU:
		pou := sym.POU
		if a, ok := stdArity[strings.ToUpper(name)]; ok && pou != nil && pou.Kind == KindFunction && pou.BodyStart == pou.BodyEnd && StdLookup(name) != nil {
			// B&R's operator.fun and standard.fun declare the IEC standard functions
			// (`FUNCTION LIMIT : ANY`) without a body: the standard's counts hold (its MAX
			// takes more than the two inputs it lists).
			return a[0], a[1], strings.ToUpper(name)
		}
		// Only a function the project writes out is judged: a declaration without a body is a
		// library's interface (B&R's operator.fun declares MAX with two inputs; it takes
		// more), and so, most likely, is one named like a standard function.
		if pou == nil || pou.Kind != KindFunction || pou.BodyStart == pou.BodyEnd || StdLookup(name) != nil ||
			s.Overloaded(name) || s.Redeclared(name) || s.fromLibrary(pou) {
			break
		}
		params := 0
		for _, v := range pou.Vars {
			if v.Section == SecInput || v.Section == SecInOut || v.Section == SecOutput {
				params++
			}
		}
		return 0, params, pou.Name
	}
	return -1, -1, ""
}

// arguments says how many arguments a function takes, in words.
func arguments(least, most int) string {
	plural := func(n int) string {
		if n == 1 {
			return "1 argument"
		}
		return strconv.Itoa(n) + " arguments"
	}
	switch {
	case most < 0:
		return strconv.Itoa(least) + " or more arguments"
	case least == most:
		return plural(least)
	case least == 0:
		return "at most " + plural(most)
	}
	return strconv.Itoa(least) + " to " + plural(most)
}

// checkInOutsGiven reports a call of a function block instance of the project that does
// not pass each VAR_IN_OUT of the block (and of its bases): the instance keeps no
// reference between calls, so every call must give one (CODESYS and TwinCAT compiler
// error C0039). TIA Portal lets a call leave some InOuts out, so SCL is not judged, and
// an instance whose in-out the POU sets as a member (`fbSort.PT := aData;`, which
// CODESYS refuses, C0178, but OpenPLC's compiler takes) is left alone.
func checkInOutsGiven(pass *rules.Pass, run *Run, p *POU, sc *Scope, call *Node) {
	name := calledVar(call.Child("function"))
	if name == "" {
		return
	}
	sym := sc.Lookup(name)
	if sym.Kind != SymVar || sym.Var == nil {
		return
	}
	blk, _ := sc.FBType(sc.Resolve(sym.Var.Type))
	if blk == nil {
		return
	}
	var inOuts []*Var
	for b, depth := blk, 0; ; depth++ {
		if b == nil || depth > 8 || sc.fromLibrary(b) || sc.Redeclared(b.Name) {
			return // a block or base Gantry does not see whole
		}
		for _, v := range b.Vars {
			if v.Section == SecInOut {
				inOuts = append(inOuts, v)
			}
		}
		if len(b.Extends) == 0 {
			break
		}
		b = sc.findPOU(b.Extends[0])
	}
	given := map[string]bool{}
	if args := call.Child("arguments"); args != nil {
		for _, a := range args.KidsOf("argument") {
			if nm := a.Child("name"); nm != nil {
				given[lower(unquote(nm.Text()))] = true
			}
		}
	}
	for a := range run.BodyNodes(p, "assignment") {
		if l := a.Child("left"); l.Is("member_expression") && lower(calledVar(l.Child("object"))) == lower(name) {
			given[lower(l.Child("member").Text())] = true
		}
	}
	for _, v := range inOuts {
		if !given[lower(v.Name)] {
			report(pass, call.Child("function"), "the call of %s does not pass VAR_IN_OUT %s: every call of %s must", name, v.Name, blk.Name)
			return
		}
	}
}
