package st

import (
	"bytes"
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleArgumentDirection: a formal call that passes an output with := or an input with =>.
var ruleArgumentDirection = register(&rules.Rule{
	ID:       "st/argument-direction",
	Title:    "Output passed with := or input with =>",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Anchors:  []string{"IEC 61131-3 formal call (output_variable => variable)", "RuSTy E140 (:= for an output), E135 (=> for a non-output)", "CODESYS/TwinCAT ST assignment operator for outputs"},
	Doc: rules.Doc(
		"Reports a named argument of a call whose operator does not match its parameter's direction: `:=` to a VAR_OUTPUT (`fbDelay(IN := bRun, PT := T#2S, Q := bDone)`) or `=>` from a VAR_INPUT or VAR_IN_OUT (`fbDelay(IN => bRun)`; an InOut bound with `=>` is left to TIA Portal, whose own call templates write some that way), and `ENO :=` in any call, ENO being every function's and block's output (`MOVE(EN := bStep, IN := 5, ENO := bDone)`). Judged for instances of the standard blocks (TON, CTU, R_TRIG…), of the library blocks Gantry ships (ADSREADEX, FB_MBReadRegs, SendString, FB_StringRingBuffer…; also where an action of such an instance is called with arguments, `fbFifo.A_AddTail(putValue := s, bOk => bOk)`, which takes the block's parameters), of the project's function blocks (their bases included), calls of the project's functions (in SCL also by their quoted name, `\"FC_Scale\"(…)`), of the project's blocks through an instance data block, declared (`\"IDB_Pump\"(…)`) or the single instance TIA Portal names after the block (`\"FB_Pump_DB\"(…)`, `_DB_1` …, no source of its own), of instances that are members of a structure or a data block (`#Timers.Step(…)`), TIA's IEC timers and counters called on their instance (`\"IEC_Timer_0_DB\".TON(…)`, `#tmr.TOF(…)` for an IEC_TIMER) and of its methods (through an instance, a member or element of one, THIS^, or by name inside the block), where Gantry knows each parameter's section; in a block whose base Gantry cannot see, only calls of what the block itself declares; a block declared twice, an overloaded function and a TIA instruction whose IEC name TIA spells differently are left alone, and so is a function's output bound with `:=` in a classic STEP 7 SCL source (S7-300/400: a block named by its number, a quoted VERSION, or CONST or LABEL sections), which has no `=>` and binds outputs so (a source that uses `=>` or asks for optimized block access is TIA Portal's, however it names its blocks). The outputs of PID_Compact (V1 and V2), of the open user communication instructions (TSEND_C, TRCV_C, TSEND, TRCV, TCON, TDISCON: DONE or NDR, BUSY, ERROR, STATUS, RCVD_LEN) and of the data log and recipe instructions (DataLogCreate … DataLogDelete, RecipeExport, RecipeImport), whose instances Gantry does not model otherwise, are known. In TIA Portal SCL a block called by its quoted name whose parameters Gantry does not know (a library's, one kept outside the sources), or an instance whose type is written quoted and unknown (`#lag(…)` for a `\"LGF_FilterPT1\"`), is judged by the file's other calls of that block: a formal they read with `=>` and never bind with `:=` is an output; so in SIMATIC AX is a call of a package's block, function or class method Gantry has no signature for (an instance of `WriteRecord`, `GetSystemDateTime(…)`, `Strings.ToInt(…)`, `_valve.WriteCyclic(…)`), judged by the file's other calls of the same instance type, function or method. Dialects: CODESYS/TwinCAT, SIMATIC AX, Siemens SCL (TIA), B&R and OpenPLC.",
		"`:=` writes the caller's variable into the block's output before the call, which the call then overwrites: the variable meant to receive the output never does (`bDone` stays as it was). `=>` on an input reads the input's old value back instead of passing one. Compilers refuse it or accept it silently; either way the signal does not flow where the code says. From a suggestion it is the classic confusion of the two operators.",
		"VAR fbDelay : TON; bRun, bDone : BOOL; END_VAR\nfbDelay(IN := bRun, PT := T#2S, Q := bDone);",
		"VAR fbDelay : TON; bRun, bDone : BOOL; END_VAR\nfbDelay(IN := bRun, PT := T#2S, Q => bDone);"),
}, checkArgumentDirection)

func checkArgumentDirection(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		sc := run.Scope(p)
		if sc.Incomplete && p.Kind == "" {
			continue // code outside a POU: a local may be read as the type it is named after
		}
		run.visitBodyNodes(p, func(n *Node) {
			op, name := n.Child("operator"), n.Child("name")
			if op == nil || name == nil {
				return
			}
			if sc.Incomplete && !ownCallee(sc, n) {
				// A block with a base Gantry cannot see (a library's, TcUnit's
				// FB_TestSuite): a name that is no variable of its own may be the base's.
				return
			}
			formal := unquote(name.Text())
			if strings.EqualFold(formal, "ENO") && op.Text() == ":=" && inCall(n) {
				// Every function's and block's ENO is an output (IEC 61131-3 EN/ENO),
				// whatever Gantry knows of the callee: Beremiz and OpenPLC write each
				// MOVE of a ladder rung as MOVE(EN := …, IN := …, ENO => _TMP_ENO).
				report(pass, op, "ENO is an output of every call: a call reads it with ENO => variable, := writes into it before the call")
				return
			}
			sec, _, callee, ok := sc.formalOf(n)
			if !ok {
				if op.Text() == ":=" && run.SCL() {
					if callee := tiaInstructionOutput(sc, n, formal); callee != "" {
						report(pass, op, "%s is an output of %s: a call reads it with %s => variable, := writes into it before the call", formal, callee, formal)
						return
					}
				}
				if op.Text() == ":=" && (run.SCL() && !run.classicCallSyntax() || run.Dialect() == DialectAX) {
					if callee, line := run.arrowBound(n, formal); line > 0 {
						report(pass, op, "%s is an output of %s (the call on line %d reads it with =>): := writes into it before the call", formal, callee, line)
					}
				}
				return
			}
			switch {
			case op.Text() == ":=" && sec == SecOutput && run.SCL() && run.classicCallSyntax() && sc.isFunction(callee):
				// Classic STEP 7 SCL has no `=>`: a function's outputs are bound with `:=`
				// (`factor(error := nErr);`), and the call writes them after it returns.
			case op.Text() == ":=" && sec == SecOutput:
				report(pass, op, "%s is an output of %s: a call reads it with %s => variable, := writes into it before the call", formal, callee, formal)
			case op.Text() == "=>" && (sec == SecInput || sec == SecInOut && !run.SCL()):
				// TIA Portal's own call templates bind some InOuts with => (Serialize's
				// DEST_ARRAY), and its compiler takes either.
				what := "an input"
				if sec == SecInOut {
					what = "an in-out"
				}
				report(pass, op, "%s is %s of %s: a call passes it with %s := value", formal, what, callee, formal)
			}
		}, "argument")
	}
}

// tiaInstructionOutputs are output parameters of TIA Portal instructions whose whole
// interface Gantry does not model (their instances carry configuration members real code
// reads, `#pid.Config.InputUpperLimit`, or take parameters Gantry does not list): only
// the direction of these formals is known. PID_Compact's outputs are those of V1 and V2
// alike (S7-1200/1500 PID control function manual, output parameters of PID_Compact V1
// and V2; ErrorBits is V2's). The open user communication instructions' and the recipe
// and data log instructions' are the status outputs the S7-1200 system manual (V4.2,
// "Open user communication" and "Recipes and Data logs") gives them: DONE (NDR for a
// receive), BUSY, ERROR, STATUS, and RCVD_LEN of a receive.
var tiaInstructionOutputs = map[string][]string{
	"PID_COMPACT":    {"ScaledInput", "Output", "Output_PER", "Output_PWM", "SetpointLimit_H", "SetpointLimit_L", "InputWarning_H", "InputWarning_L", "State", "Error", "ErrorBits"},
	"TSEND_C":        {"DONE", "BUSY", "ERROR", "STATUS"},
	"TRCV_C":         {"DONE", "BUSY", "ERROR", "STATUS", "RCVD_LEN"},
	"TSEND":          {"DONE", "BUSY", "ERROR", "STATUS"},
	"TRCV":           {"NDR", "BUSY", "ERROR", "STATUS", "RCVD_LEN"},
	"TCON":           {"DONE", "BUSY", "ERROR", "STATUS"},
	"TDISCON":        {"DONE", "BUSY", "ERROR", "STATUS"},
	"DATALOGCREATE":  {"DONE", "BUSY", "ERROR", "STATUS"},
	"DATALOGOPEN":    {"DONE", "BUSY", "ERROR", "STATUS"},
	"DATALOGWRITE":   {"DONE", "BUSY", "ERROR", "STATUS"},
	"DATALOGCLOSE":   {"DONE", "BUSY", "ERROR", "STATUS"},
	"DATALOGNEWFILE": {"DONE", "BUSY", "ERROR", "STATUS"},
	"DATALOGDELETE":  {"DONE", "BUSY", "ERROR", "STATUS"},
	"RECIPEEXPORT":   {"DONE", "BUSY", "ERROR", "STATUS"},
	"RECIPEIMPORT":   {"DONE", "BUSY", "ERROR", "STATUS"},
}

// tiaInstructionOutput returns the instruction an SCL call `#pid(…)` calls when the
// instance is declared as one of tiaInstructionOutputs and formal is one of its outputs.
func tiaInstructionOutput(sc *Scope, arg *Node, formal string) string {
	if !inCall(arg) {
		return ""
	}
	f := arg.Parent().Parent().Child("function")
	if f.Is("local_variable") {
		f = f.First()
	}
	if !f.Is("identifier") {
		return ""
	}
	v := sc.Local(f.Text())
	if v == nil || v.Type == nil || v.Type.Kind != TypeNamed {
		return ""
	}
	for _, out := range tiaInstructionOutputs[strings.ToUpper(v.Type.Name)] {
		if strings.EqualFold(out, formal) {
			return v.Type.Name
		}
	}
	return ""
}

// classicCallSyntax reports a classic STEP 7 SCL source (classicSCLSource) that binds
// its calls as classic SCL does: with `:=` only. Classic SCL has no `=>`, and optimized
// block access (`{ S7_Optimized_Access := 'TRUE' }`) exists only on the S7-1200/1500
// TIA Portal programs: a source with either is TIA Portal's, whatever names its blocks.
func (r *Run) classicCallSyntax() bool {
	if r.classicCalls == 0 {
		r.classicCalls = -1
		if r.classicSCLSource() && !(r.File != nil && sourceMarkersOf(r.File.Document()).optimizedAccess) && !r.bindsWithArrow() {
			r.classicCalls = 1
		}
	}
	return r.classicCalls > 0
}

// bindsWithArrow reports a call in the file's bodies that binds an output with `=>`.
func (r *Run) bindsWithArrow() bool {
	for _, p := range r.POUs() {
		for n := range r.BodyNodes(p, "argument") {
			if op := n.Child("operator"); op != nil && op.Text() == "=>" {
				return true
			}
		}
	}
	return false
}

// optimizedAccessMarker reports TIA Portal's block attribute for optimized access,
// S7_Optimized_Access in any case, as a word of text.
func optimizedAccessMarker(text []byte) bool {
	const word = "S7_Optimized_Access"
	for at := 0; ; {
		i := bytes.Index(text[at:], []byte("7_")) // caseless: found fast, then compared
		if i < 0 {
			return false
		}
		start := at + i - 1
		at += i + 2
		if start < 0 || start+len(word) > len(text) || !bytes.EqualFold(text[start:start+len(word)], []byte(word)) {
			continue
		}
		if (start == 0 || !isIdent(text[start-1])) && (start+len(word) == len(text) || !isIdent(text[start+len(word)])) {
			return true
		}
	}
}

// arrowBound looks, for a TIA Portal SCL call of a block whose parameters Gantry does
// not know (a function or an instance data block called by its quoted name,
// `"FC_Elapsed"(…)`, or an instance whose type is written quoted, `#filter(…)` for a
// `"LGF_FilterPT1"`: a library's block or one outside the sources), at the file's other
// calls of the same block: where they bind formal with `=>` and never with `:=`, formal
// is an output (TIA Portal binds only outputs with `=>`; it writes an InOut so only in
// the templates of some system instructions, whose names are not quoted). It returns the
// callee and the line of the first such binding, or 0. In SIMATIC AX the same holds for
// a call of a package's block or function Gantry has no signature for (an instance of
// `WriteRecord`, `GetSystemDateTime(…)`, `Strings.ToInt(…)`, a package class's method
// `_valve.WriteCyclic(…)`): AX binds an output with `=>` and an input or in-out with
// `:=`, so a formal the file's other calls of the same callee read with `=>` is an output.
func (r *Run) arrowBound(arg *Node, formal string) (string, int) {
	key := r.calleeKey(arg)
	if key == "" {
		return "", 0
	}
	if r.bindings == nil {
		r.bindings = map[string]*binding{}
		seen := map[int]bool{} // (a method's body is also its class's: counted once)
		for _, p := range r.POUs() {
			for n := range r.BodyNodes(p, "argument") {
				k := r.calleeKey(n)
				if k == "" || seen[n.Start()] {
					continue
				}
				seen[n.Start()] = true
				k += "\x00" + lower(unquote(n.Child("name").Text()))
				b := r.bindings[k]
				if b == nil {
					b = &binding{}
					r.bindings[k] = b
				}
				switch n.Child("operator").Text() {
				case ":=":
					b.assigned++
				case "=>":
					if b.arrows == 0 {
						b.line = r.File.Lines.Position(n.Start()).Line + 1
					}
					b.arrows++
				}
			}
		}
	}
	b := r.bindings[key+"\x00"+lower(formal)]
	if b == nil || b.arrows == 0 || b.assigned > 1 {
		return "", 0 // the other calls bind it both ways (perhaps an InOut), or not at all
	}
	name, _, _ := strings.Cut(key, "\x00")
	return unquote(strings.TrimPrefix(strings.TrimPrefix(name, "type:"), "fn:")), b.line
}

// binding counts how a file's calls of one block bind one formal.
type binding struct {
	assigned, arrows, line int
}

// calleeKey names the block a named argument's call calls when the name is quoted: the
// quoted function or data block (`"FC_Elapsed"(…)`), or the quoted type of the instance
// the POU declares (`#filter(…)`, filter : "LGF_FilterPT1"); lower-cased, or "".
func (r *Run) calleeKey(arg *Node) string {
	if arg.Child("name") == nil || arg.Child("operator") == nil || !inCall(arg) {
		return ""
	}
	f := arg.Parent().Parent().Child("function")
	if f.Is("quoted_identifier") {
		return strings.ToLower(f.Text())
	}
	if r.Dialect() == DialectAX {
		return r.axCalleeKey(f)
	}
	if f.Is("local_variable") {
		f = f.First()
	}
	if !f.Is("identifier", "quoted_identifier") {
		return ""
	}
	p := innermostPOU(r.POUs(), f.Start())
	if p == nil {
		return ""
	}
	v := r.Scope(p).Local(unquote(f.Text()))
	if v == nil || v.Type == nil || v.Type.Kind != TypeNamed || !strings.HasPrefix(v.Type.Text, `"`) {
		return ""
	}
	return "type:" + strings.ToLower(v.Type.Text)
}

// axCalleeKey names what a SIMATIC AX call calls, for arrowBound: the type of a local
// instance (`_instWriteRecord(…)` for `_instWriteRecord : WriteRecord`), that type and
// the method for a method called on a local instance (`_valve.WriteCyclic(…)`), or the
// function's name as written, namespace and all (`GetSystemDateTime(…)`,
// `Strings.ToInt(…)`); lower-cased, or "" for anything else (an element of an array, a
// member of a member, THIS).
func (r *Run) axCalleeKey(f *Node) string {
	var root, method *Node
	switch {
	case f.Is("identifier"):
		root = f
	case f.Is("member_expression"):
		root, method = f.Child("object"), f.Child("member")
		if root == nil || method == nil || !method.Is("identifier") {
			return ""
		}
	default:
		return ""
	}
	p := innermostPOU(r.POUs(), f.Start())
	if p == nil {
		return ""
	}
	if root.Is("identifier") {
		if v := r.Scope(p).Local(root.Text()); v != nil {
			if v.Type == nil || v.Type.Kind != TypeNamed || r.Scope(p).Redeclared(v.Type.Name) {
				return "" // (a block declared twice differently: which one is unknown)
			}
			k := "type:" + strings.ToLower(v.Type.Text)
			if method != nil {
				k += "." + strings.ToLower(method.Text())
			}
			return k
		}
	}
	// A function, by its name or a namespace path: no local's (a local's member's method,
	// `_a.b.Do(…)`, is left alone).
	for n := f; ; n = n.Child("object") {
		switch {
		case n.Is("identifier"):
			if r.Scope(p).Local(n.Text()) != nil {
				return ""
			}
			last := f
			if f.Is("member_expression") {
				last = f.Child("member")
			}
			if r.Scope(p).Overloaded(last.Text()) {
				return "" // (which overload a call means depends on its arguments)
			}
			return "fn:" + strings.ToLower(f.Text())
		case n.Is("member_expression"):
			if m := n.Child("member"); m == nil || !m.Is("identifier") {
				return ""
			}
		default:
			return ""
		}
	}
}

// inCall reports whether the named argument arg stands in a call's argument list.
func inCall(arg *Node) bool {
	list := arg.Parent()
	return list != nil && list.Is("argument_list") && list.Parent() != nil && list.Parent().Is("call_expression", "call_statement")
}

// ownCallee reports a call, around the argument arg, of something the POU itself
// declares: an instance among its variables (or an element or member of one), a method of
// its block reached through THIS^, or one of its own methods called by its name. Such a
// name cannot be a base's, which the POU may not declare again.
func ownCallee(sc *Scope, arg *Node) bool {
	list := arg.Parent()
	if list == nil || list.Parent() == nil {
		return false
	}
	f := list.Parent().Child("function")
	if f.Is("identifier") {
		if sym := sc.Lookup(f.Text()); sym.Kind == SymSelf {
			return sym.POU != nil && sym.POU.Kind == KindMethod && sc.POU != nil && sym.POU.Parent == sc.POU.Top()
		}
	}
	for depth := 0; f != nil && depth < 16; depth++ {
		switch {
		case f.Is("deref_expression"):
			f = f.Child("operand")
		case f.Is("member_expression", "index_expression"):
			f = f.Child("object")
		case f.Is("local_variable"):
			f = f.First()
		default:
			return f.Is("this") || f.Is("identifier") && sc.Local(f.Text()) != nil
		}
	}
	return false
}

// formalOf finds the formal parameter a named argument of a call names: its section
// (VAR_INPUT, VAR_OUTPUT or VAR_IN_OUT), its declared type and what the call calls. ok
// is false when Gantry does not know the callee's parameters for certain.
func (s *Scope) formalOf(arg *Node) (sec string, typ *Type, callee string, ok bool) {
	name, list := arg.Child("name"), arg.Parent()
	if name == nil || list == nil || !list.Is("argument_list") || list.Parent() == nil || !list.Parent().Is("call_expression", "call_statement") {
		return "", nil, "", false
	}
	f := list.Parent().Child("function")
	if f.Is("local_variable") { // SCL's #instance
		f = f.First()
	}
	formal := unquote(name.Text())
	switch strings.ToUpper(formal) {
	case "EN", "ENO", "RET_VAL":
		return "", nil, "", false // every block's and function's, implicitly
	}
	switch {
	case f.Is("index_expression"):
		// fbSection[i](…): an instance in an array
		return s.instanceFormal(s.designatorType(f), formal)
	case f.Is("quoted_identifier"):
		// SCL: "IDB_Conveyor"(…), an instance data block of a block of the project, or
		// "FC_Scale"(…), a function of the project called by its quoted name
		name := unquote(f.Text())
		switch p := s.findPOU(name); {
		case p == nil:
			if fb := defaultInstanceOf(s, name); fb != "" {
				// "FB_Valve_DB"(…) with no source for the data block: the single
				// instance TIA Portal names after the block it calls
				return s.instanceFormal(&Type{Kind: TypeNamed, Name: fb}, formal)
			}
		case p.Kind == KindDataBlock && p.InstanceOf != "":
			return s.instanceFormal(&Type{Kind: TypeNamed, Name: p.InstanceOf}, formal)
		case p.Kind == KindFunction && !s.Overloaded(name) && !s.Redeclared(p.Name):
			if v := p.Var(formal); v != nil && isParamSection(v.Section) {
				return v.Section, v.Type, p.Name, true
			}
		}
		return "", nil, "", false
	case f.Is("member_expression") && s.SCL && tiaInstanceCall(s, f) != nil:
		// "IEC_Timer_0_DB".TON(…), #stat.tmr.TON(…): TIA's IEC timer or counter called
		// on its instance (an IEC_TIMER or IEC_COUNTER, or a data block TIA made for one)
		std := tiaInstanceCall(s, f)
		sec, typ, ok = stdFormal(std, formal)
		return sec, typ, std.Name, ok
	case f.Is("member_expression") && f.Child("member").Is("identifier") && calledInstanceMember(s, f) != nil:
		// #Timers.Sequence(…), "DB_Test".delay(…): an instance that is a member of a
		// structure or of a global data block
		return s.instanceFormal(calledInstanceMember(s, f).Type, formal)
	case f.Is("member_expression") && f.Child("member").Is("identifier") && (ownObject(s, f.Child("object")) || f.Child("object").Is("index_expression")):
		// fbAxis.M_Move(…), itfStore.Load(…): a method of the project's, not overloaded
		t := memberOf(s, f.Child("object"), f.Child("member").Text(), s.POU)
		if t.kind == tPOU && t.pou != nil && t.pou.Kind == KindAction && t.pou.Top() != nil && t.pou.Top().IsFBLike() {
			// fbFifo.A_AddTail(putValue := s, bOk => bOk): an action called on an
			// instance with arguments takes its block's parameters, as a call of the
			// instance does (Tc2_Utilities' ring buffers are driven so)
			return s.instanceFormal(&Type{Kind: TypeNamed, Name: t.pou.Top().Name}, formal)
		}
		if t.kind != tPOU || t.pou == nil || t.pou.Kind != KindMethod || !s.knownMethod(t.pou) || len(t.pou.Overloads()) > 1 {
			return "", nil, "", false
		}
		if v := t.pou.Var(formal); v != nil && isParamSection(v.Section) {
			return v.Section, v.Type, t.pou.Top().Name + "." + t.pou.Name, true
		}
		return "", nil, "", false
	case !f.Is("identifier"):
		return "", nil, "", false
	}
	switch sym := s.Lookup(varName(f)); sym.Kind {
	case SymVar:
		return s.instanceFormal(sym.Var.Type, formal)
	case SymPOU:
		if sym.POU == nil || sym.POU.Kind == KindFunctionBlock || s.Overloaded(varName(f)) || s.Redeclared(sym.POU.Name) {
			return "", nil, "", false
		}
		if v := sym.POU.Var(formal); v != nil && isParamSection(v.Section) {
			return v.Section, v.Type, sym.POU.Name, true
		}
	case SymSelf:
		// Find(value, index => i) inside the block: one of its own methods (or its
		// bases'), called by its name.
		m := sym.POU
		if m == nil || m.Kind != KindMethod || !s.knownMethod(m) || len(m.Overloads()) > 1 {
			return "", nil, "", false
		}
		if v := m.Var(formal); v != nil && isParamSection(v.Section) {
			return v.Section, v.Type, m.Top().Name + "." + m.Name, true
		}
	case SymStd:
		if sym.Std != nil && !(s.SCL && TIALookup(sym.Std.Name) == nil) {
			sec, typ, ok = stdFormal(sym.Std, formal)
			return sec, typ, sym.Std.Name, ok
		}
	}
	return "", nil, "", false
}

// defaultInstanceOf returns the function block of the project whose single instance TIA
// Portal names name by default: the block's name with `_DB` after it (`"FB_Valve_DB"`),
// and `_DB_1`, `_DB_2` … for the further ones. "" when name is no such name, or the
// project has no function block of that name (or several); a data block the project
// declares is looked up before (its source says what it is an instance of).
func defaultInstanceOf(s *Scope, name string) string {
	i := len(name) - 3
	for ; i > 0; i-- { // the last `_DB`, either case (byte offsets of name itself)
		if name[i] == '_' && name[i+1]|0x20 == 'd' && name[i+2]|0x20 == 'b' {
			break
		}
	}
	if i <= 0 {
		return ""
	}
	if rest := name[i+3:]; rest != "" {
		if rest[0] != '_' || len(rest) == 1 || strings.Trim(rest[1:], "0123456789") != "" {
			return ""
		}
	}
	fb := s.findPOU(name[:i])
	if fb == nil || fb.Kind != KindFunctionBlock || s.Redeclared(fb.Name) {
		return ""
	}
	return fb.Name
}

// tiaInstanceCalls are the IEC timers and counters TIA Portal calls on an instance written
// before a dot (`"IEC_Timer_0_DB".TON(…)`, `#stat.tmr.TOF(…)`), by the TIA block whose
// parameters the call takes.
var tiaInstanceCalls = map[string]string{"TON": "TON_TIME", "TOF": "TOF_TIME", "TP": "TP_TIME", "TONR": "TONR_TIME", "CTU": "CTU", "CTD": "CTD", "CTUD": "CTUD"}

// tiaInstanceCall returns the TIA block an SCL call `object.TON(…)` calls: a timer or a
// counter instruction on an instance whose type is TIA's IEC_TIMER, IEC_LTIMER or
// IEC_COUNTER kind, or that Gantry cannot resolve (the data block TIA made for the timer
// is no source). Not where the object has a member of that name (a structure's TON).
func tiaInstanceCall(s *Scope, f *Node) *StdPOU {
	member := f.Child("member")
	if !member.Is("identifier") {
		return nil
	}
	name, ok := tiaInstanceCalls[strings.ToUpper(member.Text())]
	if !ok {
		return nil
	}
	obj := f.Child("object")
	if obj.Is("local_variable") {
		obj = obj.First()
	}
	if memberOf(s, obj, member.Text(), s.POU).kind != tNone {
		return nil
	}
	if obj.Is("quoted_identifier") {
		if p := s.findPOU(unquote(obj.Text())); p != nil && !(p.Kind == KindDataBlock && iecInstanceType(p.InstanceOf)) {
			return nil
		}
		return TIALookup(name)
	}
	t := s.designatorType(obj)
	if t == nil || t.Kind == TypeNamed && iecInstanceType(t.Name) {
		return TIALookup(name)
	}
	return nil
}

// iecInstanceType reports TIA's instance types of the IEC timers and counters.
func iecInstanceType(name string) bool {
	u := strings.ToUpper(name)
	return strings.HasPrefix(u, "IEC_") && (strings.Contains(u, "TIMER") || strings.Contains(u, "COUNTER"))
}

// calledInstanceMember returns the variable a call `object.member(…)` calls when the member is a
// variable (a structure's field, a data block's or a block's variable) whose type is a
// function block: an instance, not a method.
func calledInstanceMember(s *Scope, f *Node) *Var {
	obj, member := f.Child("object"), f.Child("member")
	if obj.Is("local_variable") {
		obj = obj.First()
	}
	if !member.Is("identifier") || !(ownObject(s, obj) || obj.Is("index_expression") || s.SCL && obj.Is("quoted_identifier")) {
		return nil
	}
	var v *Var
	if t := s.Resolve(s.designatorType(obj)); t != nil && t.Kind == TypeStruct {
		// a structure declared in place (`Timers : Struct … END_STRUCT`)
		for _, m := range t.Members {
			if strings.EqualFold(m.Name, member.Text()) {
				v = m
			}
		}
	} else if t := memberOf(s, obj, member.Text(), s.POU); (t.kind == tVar || t.kind == tField) && t.v != nil {
		v = t.v
	}
	if v == nil || v.Type == nil {
		return nil
	}
	if pou, std := s.FBType(s.Resolve(v.Type)); pou == nil && std == nil {
		return nil
	}
	return v
}

// instanceFormal finds formal among the parameters of the block an instance of type t
// calls: a standard block or one of the project's (its bases included).
func (s *Scope) instanceFormal(t *Type, formal string) (sec string, typ *Type, callee string, ok bool) {
	t = s.Resolve(t)
	if t == nil || t.Kind != TypeNamed {
		return "", nil, "", false
	}
	pou, std := s.FBType(t)
	switch {
	case std != nil && s.SCL && TIALookup(std.Name) == nil:
		return "", nil, "", false // an IEC name TIA spells its own way
	case std != nil:
		sec, typ, ok = stdFormal(std, formal)
		return sec, typ, std.Name, ok
	case pou != nil && !s.Redeclared(pou.Name):
		if v := s.inheritedParam(pou, formal, 0); v != nil {
			return v.Section, v.Type, pou.Name, true
		}
	}
	return "", nil, "", false
}

// stdFormal finds a standard block's or function's parameter by name.
func stdFormal(std *StdPOU, formal string) (string, *Type, bool) {
	for _, l := range []struct {
		sec    string
		params []Param
	}{{SecInput, std.Inputs}, {SecInput, std.IECInputs}, {SecInOut, std.InOuts}, {SecOutput, std.Outputs}} {
		for _, prm := range l.params {
			if strings.EqualFold(prm.Name, formal) {
				return l.sec, &Type{Kind: TypeNamed, Name: prm.Type}, true
			}
		}
	}
	return "", nil, false
}

// inheritedParam finds a parameter of block p or of its bases.
func (s *Scope) inheritedParam(p *POU, formal string, depth int) *Var {
	if p == nil || depth > 8 {
		return nil
	}
	if v := p.Var(formal); v != nil && isParamSection(v.Section) {
		return v
	}
	for _, base := range p.Extends {
		if v := s.inheritedParam(s.findPOU(base), formal, depth+1); v != nil {
			return v
		}
	}
	return nil
}

func isParamSection(sec string) bool {
	return sec == SecInput || sec == SecOutput || sec == SecInOut
}

// isFunction reports whether name, a callee formalOf named, is a FUNCTION of the project
// or a system function (not a block).
func (s *Scope) isFunction(name string) bool {
	if p := s.findPOU(name); p != nil {
		return p.Kind == KindFunction
	}
	std := s.std(name)
	return std != nil && !std.FB // a system function: BLKMOV(SRCBLK := a, DSTBLK := b)
}
