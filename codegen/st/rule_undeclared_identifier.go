package st

import (
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/gantry-dev/gantry/codegen/editdist"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleUndeclaredIdentifier: a name nothing declares.
var ruleUndeclaredIdentifier = register(&rules.Rule{
	ID:       "st/undeclared-identifier",
	Title:    "Undeclared identifier",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"compiler error (identifier not defined)"},
	Doc: rules.Doc(
		"Reports a name used in a body that no declaration in scope provides: the POU's variables (and its function block's, and inherited ones), global variable lists of the file and the workspace, the mapp links a B&R project's Physical configurations declare (`gAlarmXCore` of an .mpalarmxcore), the PLC tags and user constants of a TIA Portal project's tag tables exported beside an SCL source (a CSV of TIA's PLC Tags sheet or an Openness XML, in the source's folder, a folder above it or a Tags folder there), which a hand-written source may name without quotes, POUs, types, enumeration values and the standard library (TON, LIMIT, INT_TO_REAL…); and a named argument that is no parameter of what is called (`fbDelay(IN := b, PTT := T#1S)`, `fbConveyor.M_Run(rVelocity := v)`, an action called with its block's parameters, `fbQueue.A_Push(nPutt := 1)`, in SCL a block called by its quoted name, a function, an instance data block or the single instance TIA names after a block, `\"FC_Scale\"(rawValue := 5)`), and a member that the object's type lacks (`fbDelay.Done`, `stRecipe.rTemp`; not FB_init, which every CODESYS and TwinCAT function block has implicitly) or a value that the project's enumeration lacks (`E_State.STOPPED`, `E_State#STOPPED` where E_State lists IDLE, RUN and FAULT) or a variable that the project's global variable list lacks (`GVL_IO.bNope`, a TwinCAT GVL), in bodies, in initial values and in an instance's FB_init arguments, a global variable list's too (`nCode := E_ErrorCode.OKAY` in a list of constant error records), and a variable of a GVL marked {attribute 'qualified_only'} written without the list's name (`bStart` for `GVL_IO.bStart`: not where a local has the name or two lists declare it), where Gantry knows every parameter or member: the IEC standard blocks, TIA's system functions in SCL (`SHR(INN := w, N := 3)`; of MIN, MAX, MUX and CONCAT, which IEC 61131-3 makes extensible, any further input `IN3` … is a parameter, `INN` is not), and the project's own structures, blocks, functions, programs and methods with their bases (not a library's, not a name the workspace declares twice differently, as a repository of several projects may). Names under a library the project references (`Tc2_MC2.MC_Power`, from a TwinCAT .plcproj, a PLCopen export's <Libraries> or `[st] libraries`) are known, and the common Beckhoff and CODESYS library blocks ship with Gantry; when the project references a library Gantry does not list completely, or, where the project names no libraries at all, the POU declares a variable of a type nothing Gantry sees declares (code copied out of a project that uses a library, without the project), calls and dotted names nothing declares are left alone (they may come from it; not a root one or two edits from the project's own name whose type has the member after the dot, however short the name, `E_ModeZq.AUTO` beside E_Mode or `tankZq.rLevel` beside a variable tank, also one the block inherits from a base of the project's, which is a typo, nor one that close to a referenced library's namespace, `Tc2_UtilitiesZq.F_LTrim`, or, in SIMATIC AX, to a namespace the project declares under one the file imports or the POU lies in, written relative to it and going on with a function or namespace it holds, `StringsZq.ToInt` under `USING Simatic.Ax.Conversion`, or to the list TwinCAT generates in every project, `TwinCAT_SystemInfoVarListZq._TaskInfo`, also in a block whose base Gantry cannot see), and so is a name given to, compared with, assigned to, used as a CASE label for or declared as the initial value of (or a field's value in the structure initializer of) something whose type Gantry cannot resolve (`fbMove.BufferMode := mcAborting;`: most likely a value of that library's enumeration; also through SEL, MUX, MIN, MAX, LIMIT or MOVE, which return one of their values), or passed by position to a function nothing declares or to a method of such an instance (`fbValve.M_Control(CloseValve)`; not a name one or two edits from a variable or member of the POU, of its block or of the block's bases, `_axisDBZq` beside an inherited `_axisDB`), and so is a name written the way libraries name their constants and enumeration values (`S_OK`, `CONNECT_MODE_ENABLEDBG`, `eUAIdentifierType_String`, a Hungarian-prefixed `iCPr_MAX_CONTAINER`) unless it is one or two edits from a name in scope (a typo), as are calls of unknown functions in SCL files (the system library is too large to list) and in a file that imports (`USING`) a namespace neither the file nor the workspace declares (a SIMATIC AX package such as AxUnit.Assert), and, in SCL, names written like constants (TIA's PLC tag tables hold user constants, `KIND_PUMP`, outside the sources), and, in a CODESYS source that comes without its project (no TwinCAT object, no list of libraries), a name read with a member of a SoftMotion axis (`Lift.fActPosition`, `Lift.nAxisState`: the device tree declares each axis, an AXIS_REF_SM3) unless it is a typo of a name in scope, as is a value given to a formal of a library's type of a PROGRAM or FUNCTION called by its name (`P_Jog(Group := Portal)`), and a member a block's own file lacks that the workspace declares as a METHOD, PROPERTY or ACTION saved on its own (CODESYS's scripting saves a block's members one object per file: `fbPump.Prime()` with FB_Pump.Prime.st beside FB_Pump.st), and a name or call in a TwinCAT object file checked in a tree that lacks its project's global variable lists — no .plcproj and no .TcGVL anywhere in it, or a .plcproj compiling a GVL the tree does not hold (POUs copied out of their project: TwinCAT declares globals only in GVLs, libraries only in the .plcproj) — unless it is one or two edits from a name in scope. In a block whose base Gantry cannot see (a library's block, a class of a SIMATIC AX package), a name nothing declares is left alone, as the base may declare it, unless it is one or two edits from a variable or member of the block, its owner or the bases Gantry does see (`nActivationsZq` beside `nActivations`), which is a typo. Names inside a conditional pragma's branch that no build of the project compiles are not reported: `{IF defined (pou: FB_Bfu)} … {END_IF}` where the project declares no FB_Bfu (a machine variant's module left out), or the `{ELSE}` of a `defined (variable: …)` or `defined (type: …)` the project satisfies; a compiler define (`defined (Variant1)`) is not seen, so both of its branches are judged. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL, where ENO (every block), OK (classic SCL's error flag) and RET_VAL (a function's result) are declared implicitly, TIA's system instructions (MOVE_BLK, Serialize, RD_SYS_T…) are known with their signatures, and classic SCL's absolute operands written without `%` (`MW10`, `I0.0`, `DB10.DW4`, `PIW256`, `T5`) are operands, not names, NIL is its null pointer, and a classic source (a block named by its number, a VERSION written as a string, `VERSION : '1.0'`, or classic block constants or jump labels, `CONST … END_CONST`, `LABEL … END_LABEL`) reads the symbol table's symbols unquoted.",
		"The program will not compile. In suggestions it is the typical sign of a model inventing a variable (`bMotorRunning` where the code says `bMotorOn`).",
		"VAR bMotorOn : BOOL; END_VAR\nbMotorRunning := TRUE;",
		"VAR bMotorOn : BOOL; END_VAR\nbMotorOn := TRUE;"),
}, checkUndeclared)

func checkUndeclared(pass *rules.Pass, run *Run) {
	mark := pass.Mark()
	checkUndeclaredNames(pass, run)
	checkGlobalInitializers(pass, run)
	dropInDeadBranches(pass, run, mark)
}

// checkGlobalInitializers judges the initial values of global variable lists and of
// structures' members, which belong to no POU: a value the project's enumeration lacks (`nCode := E_ErrorCode.OKAY` in a GVL
// of constant error records) or a variable the project's global variable list lacks. Other
// names there are left alone: a list's initial values may name a library's constants.
func checkGlobalInitializers(pass *rules.Pass, run *Run) {
	sc := &Scope{Model: run.Model, WS: run.WS}
	decls := func(vars []*Var) {
		for _, v := range vars {
			if v.Node != nil && v.Start == firstName(v.Node) {
				checkQualifiedValues(pass, sc, run.Path, v.Node.Child("value"))
				checkQualifiedValues(pass, sc, run.Path, v.Node.Child("arguments"))
			}
		}
	}
	for _, u := range run.Model.Units {
		d := u.Abs(run.Text)
		decls(d.globals)
		// and a structure's members' initial values (`eMode : E_Mode := E_Mode.Auto;`)
		for _, t := range d.types {
			if t.Type != nil && (t.Type.Kind == TypeStruct || t.Type.Kind == TypeUnion) {
				decls(t.Type.Members)
			}
			if t.Type != nil && t.Type.Kind == TypeEnum && t.Init != nil {
				checkEnumDefault(pass, sc, run.Path, t)
			}
		}
	}
}

// checkEnumDefault judges an enumeration type's initial value, which must be one of its
// own values (IEC 61131-3 enumerated data types): `TYPE E_Mode : (IDLE, RUN) := IDEL;
// END_TYPE` names none. A qualified value (`E_Mode#IDEL`, `E_Mode.IDEL`) is judged as
// everywhere else.
func checkEnumDefault(pass *rules.Pass, sc *Scope, path string, t *TypeDecl) {
	if !t.Init.Is("identifier") {
		checkQualifiedValues(pass, sc, path, t.Init)
		return
	}
	for _, e := range t.Type.Enum {
		if strings.EqualFold(e.Name, t.Init.Text()) {
			return
		}
	}
	report(pass, t.Init, "%s has no value %s", t.Name, t.Init.Text())
}

// checkQualifiedValues judges the qualified values under n: a value the project's
// enumeration lacks (`E_State.RUNN`, `E_State#RUNN`) and a variable the project's global
// variable list lacks (`GVL_IO.bStrat`).
func checkQualifiedValues(pass *rules.Pass, sc *Scope, path string, n *Node) {
	if n == nil {
		return
	}
	n.Walk(func(n *Node) bool {
		if n.IsError() {
			return false
		}
		if n.Kind() == "typed_literal" {
			if lit := n.Child("value"); lit.Is("identifier") {
				checkTypedEnumValue(pass, sc, n.Child("type").Text(), lit) // E_State#IDLE
			}
			return false
		}
		if par := n.Parent(); n.Is("identifier") && par.Is("member_expression") && n.Field() == "member" && par.Child("object").Is("identifier") {
			checkEnumValue(pass, sc, par.Child("object").Text(), n)
			checkListMember(pass, sc, path, par.Child("object").Text(), n)
		}
		return true
	})
}

// dropInDeadBranches withdraws the names reported inside a conditional pragma's branch
// that no build of the project compiles: `{IF defined (pou: FB_Bfu)} … {END_IF}` where the
// project has no FB_Bfu (a machine variant's module left out), or the `{ELSE}` of a
// variable the project declares. TwinCAT and CODESYS skip such text before compiling it.
func dropInDeadBranches(pass *rules.Pass, run *Run, mark int) {
	if pass.Mark() == mark {
		return
	}
	cond := conditionalBranches(run.Text, 0, len(run.Text))
	if cond == nil {
		return
	}
	// Each condition is decided where its pragma stands, in the scope of the POU there.
	dead := cond.deadAfter(run.Text, func(at int, c string) (bool, bool) {
		p := innermostPOU(run.POUs(), at)
		if p == nil {
			return false, false
		}
		return decideDefined(run.Scope(p), c)
	})
	pass.DropSince(mark, func(f rules.Finding) bool { return cond.deadAt(dead, f.Start) })
}

func checkUndeclaredNames(pass *rules.Pass, run *Run) {
	scl := run.SCL()
	imports, foreign := usings(run)
	for _, p := range run.POUs() {
		sc := run.Scope(p)
		if sc.Incomplete {
			// An unknown base or owner could declare anything, but not a name one or two
			// edits from one of the POU's own variables with the same member after the dot.
			if p.Kind != "" {
				// Nor does it declare values of the project's enumerations (`E_State.RUNN`)
				// or variables of its global variable lists (`GVL_IO.bStrat`).
				walkBodies(p, func(n *Node) bool {
					if n.IsError() {
						return false
					}
					if n.Kind() == "typed_literal" {
						if v := n.Child("value"); v.Is("identifier") {
							checkTypedEnumValue(pass, sc, n.Child("type").Text(), v)
						}
						return false
					}
					if par := n.Parent(); n.Is("identifier") && par.Is("member_expression") && n.Field() == "member" && par.Child("object").Is("identifier") {
						checkEnumValue(pass, sc, par.Child("object").Text(), n)
						checkListMember(pass, sc, run.Path, par.Child("object").Text(), n)
						checkShippedValue(pass, sc, par.Child("object").Text(), n)
					}
					if (misspeltOwnRoot(sc, p, n) || misspeltOwnName(sc, p, n)) && !(sc.Refresh() && sc.Lookup(n.Text()).Kind != SymNone) {
						report(pass, n, "undeclared identifier %q", n.Text())
					}
					if par := n.Parent(); n.Is("identifier") && par.Is("member_expression") && n.Field() == "member" && selfObject(par.Child("object")) &&
						sc.POU != nil && sc.POU.Top().IsFBLike() && selfMemberTypo(sc, n) {
						// `THIS^.fbGaugeZq.IG` beside the block's own fbGauge
						report(pass, n, "%s has no member %s", sc.POU.Top().Name, n.Text())
					}
					return true
				})
				// and so are those in its variables' initial values and FB_init arguments
				for _, v := range p.Vars {
					if v.Node != nil && v.Start == firstName(v.Node) {
						checkQualifiedValues(pass, sc, run.Path, v.Node.Child("value"))
						checkQualifiedValues(pass, sc, run.Path, v.Node.Child("arguments"))
					}
				}
			}
			continue
		}
		// A referenced library Gantry does not list completely may declare a block, a
		// function or a type: such names are unknown, not undeclared. So may one the project
		// does not say it uses (no .plcproj, no [st] libraries) but the POU's own variables
		// show is there.
		fromLibrary := len(sc.UnknownLibraries()) > 0 || !sc.ReferencesLibraries() && run.unseenLibrary() || run.plcopenWithoutLibraries() || run.bnrProgramWithoutVars() || run.twinCATOutsideProject()
		body := p
		if p.Kind == "" && sc.POU != nil {
			p = sc.POU // a PLCopen body: typos are judged against its POU's variables
		}
		visit := func(n *Node) bool {
			if n.IsError() {
				return false // the syntax error is reported already
			}
			if n.Kind() == "argument" {
				checkFormal(pass, sc, n)
			}
			if n.Kind() == "typed_literal" {
				if v := n.Child("value"); v.Is("identifier") {
					checkTypedEnumValue(pass, sc, n.Child("type").Text(), v) // E_State#IDLE
				}
				return false
			}
			if n.Kind() != "identifier" {
				return true
			}
			if par := n.Parent(); par.Is("member_expression") && n.Field() == "member" {
				checkMember(pass, sc, par.Child("object"), n)
				if obj := par.Child("object"); obj.Is("identifier") {
					checkEnumValue(pass, sc, obj.Text(), n)
					checkListMember(pass, sc, run.Path, obj.Text(), n)
					checkShippedValue(pass, sc, obj.Text(), n)
				}
				return true
			}
			if !checkedIdentifier(n) {
				return true
			}
			if sym := sc.Lookup(n.Text()); sym.Kind != SymNone {
				// A GVL's property (a top-level PROPERTY of its file) is a member of the list,
				// named through it as its variables are where the list is qualified only.
				gvlProperty := sym.Kind == SymPOU && sym.POU != nil && sym.POU.Kind == KindProperty && sym.POU.Parent == nil
				if !gvlProperty && (sym.Kind != SymVar || sym.Var == nil || sym.Var.List == "") {
					return true
				}
				if l := sc.qualifiedOnlyGlobal(n.Text()); l != nil && sameProject(run.Path, l) {
					report(pass, n, "%s belongs to %s, which is {attribute 'qualified_only'}: write %s.%s", n.Text(), l.name, l.name, n.Text())
				}
				return true
			}
			if sc.Refresh() && sc.Lookup(n.Text()).Kind != SymNone {
				return true // declared in a file the workspace index had not seen yet
			}
			par, at := n.Parent(), n
			if par.Is("global_scope") { // `.GVL.x`: the dot only says where to look
				par, at = par.Parent(), par
			}
			// GVL.x, Namespace.FB, Library.Function; a library or an imported namespace
			// Gantry cannot see (AxUnit's Assert.Equal) may declare the root.
			if par.Is("member_expression") && par.Child("object") == at && (fromLibrary || foreign || qualifiedName(sc, n.Text(), par) || nestedNamespace(sc, p, imports, n.Text())) && !ownTypo(sc, p, n.Text(), par.Child("member")) && !relativeSpaceTypo(sc, p, imports, n.Text(), par.Child("member")) {
				return true
			}
			if par.Is("member_expression") && par.Child("object") == at && !scl && deviceTreeAxis(run, sc, par.Child("member")) && !nearMiss(sc, p, n.Text()) {
				// `fPos := Lift.fActPosition;`: a CODESYS SoftMotion axis, which the device
				// tree declares (an instance of AXIS_REF_SM3 named like the drive), read in
				// a source exported without its project.
				return true
			}
			// (a bare name followed by an error, `x = 0;`, is no call)
			if par.Is("call_expression", "call_statement") && par.Child("function") == at && (par.Child("arguments") != nil || len(par.KidsOf("ERROR")) == 0) {
				if scl || (fromLibrary || foreign) && !inheritedTypo(sc, p, n.Text()) {
					// Siemens' system library is too large to list; a library or a namespace
					// the file imports from a package Gantry cannot see may declare it (not
					// a name one or two edits from one of the POU's own)
					return true
				}
				if run.bnrGraphicalAction(n.Text()) {
					// `MotionAction;`: an action of the B&R program drawn in ladder
					// (MotionAction.ld beside the program's .st), which holds no ST.
					return true
				}
				report(pass, n, "call of unknown %q: not declared in the file, the workspace or the standard library", n.Text())
				return true
			}
			if scl && (s7Operand(n.Text()) || par.Is("index_expression") && par.Child("object") == at && s7IndexedArea(n.Text())) {
				// classic SCL's absolute operands: `MW10`, `I0.0`, `DB10.DW4`, `T5`, and
				// its memory areas indexed at run time, `PIW[ADR]`
				return true
			}
			if scl && strings.EqualFold(n.Text(), "NIL") {
				// S7-SCL's null pointer, a reserved word of classic SCL: an ANY or POINTER
				// parameter given no area (`willPayload := NIL`).
				return true
			}
			if par.Is("case_label") && jumpTarget(n) {
				// `Retry:` inside a CASE branch that a GOTO names is a jump label, not a
				// constant ending the branch: SCL resolves the name, the grammar cannot.
				return true
			}
			if fromLibrary && opaqueCounterpart(sc, n) && !inheritedTypo(sc, p, n.Text()) && !sc.ShippedLibraryTypo(n.Text()) {
				// `fbMove.BufferMode := mcAborting;`: the value of a type a library Gantry
				// does not list completely declares, most likely one of its enumeration's.
				return true
			}
			if !sc.ReferencesLibraries() && unseenTypedDesignator(sc, counterpartOf(unparenthesized(n))) && !inheritedTypo(sc, p, n.Text()) {
				// Where the project does not list its libraries, a variable whose type nothing
				// Gantry sees declares shows such a library wherever it is declared: a B&R
				// action file's `cases[0].phase = tc_PREPARE`, the array declared in the
				// program's .var as the unit-test library's type.
				return true
			}
			if fromLibrary && sizeofOperand(n) && declaredAsType(run.Model, n.Text()) {
				// `SIZEOF(JSONVAR)`: a type the project's variables are declared with, which
				// a library Gantry does not list completely declares.
				return true
			}
			if (fromLibrary || scl) && libraryConstantShape(n.Text()) && !nearMiss(sc, p, n.Text()) && !sc.ShippedLibraryTypo(n.Text()) {
				// `IF hr = S_OK`, `nMode := CONNECT_MODE_ENABLEDBG`: written the way
				// libraries name their constants and enumeration values, and no typo of a
				// name in scope. In SCL, TIA's PLC tag tables declare user constants
				// (`#kind := KIND_PUMP;`) that no source file holds.
				return true
			}
			if scl && (numberedBlock(p.Top().Name) || run.classicSCLSource()) && !nearMiss(sc, p, n.Text()) {
				// Classic STEP 7 SCL (`FUNCTION_BLOCK FB10`, `VERSION : '1.0'`) reads the
				// symbol table's global symbols without quotes (`IF Motor_On THEN`), and
				// the symbol table is no source file.
				return true
			}
			if sc.ShippedLibraryName(n.Text()) && !comparedAmongNamedArguments(n) {
				// `arrNcAchsReset[1] := TRUE;`: a global variable or an enumeration value of
				// a referenced library Gantry does not list, which the copy of the library the
				// project keeps (`_Libraries/…/uninc.library`) declares.
				return true
			}
			if sc.POU != nil && run.Model.plcopenNoInst[sc.POU] && !nearMiss(sc, sc.POU, n.Text()) {
				// A method's body in a PLCopen export TwinCAT wrote: its VAR_INST are not in
				// the export, so a name nothing declares may be one, unless it is a typo.
				return true
			}
			if mappLinkArgument(n) && run.bnrWithoutPhysical() && !nearMiss(sc, p, n.Text()) {
				// `fbLink(MpLink := ADR(gFillerLink))` in a B&R project kept without its
				// Physical folder: the mapp configuration there declares the link
				// (bnrMappGlobals), in a file Gantry does not have.
				return true
			}
			if run.bnrProgramWithoutVars() && !nearMiss(sc, p, n.Text()) {
				// `IF StartCmd THEN` in a B&R `PROGRAM _CYCLIC` that came without the .var
				// declaring its variables: the name is in a file Gantry does not have.
				return true
			}
			if run.twinCATOutsideProject() && !nearMiss(sc, p, n.Text()) {
				// `IF ErrZyl THEN` in a .TcPOU copied out of its project: a tree without the
				// .plcproj and without any GVL, where the project's global variables were
				// declared, so the name is in a file Gantry does not have.
				return true
			}
			report(pass, n, "undeclared identifier %q", n.Text())
			return true
		}
		walkBodies(body, visit)
		for _, v := range p.Vars {
			if v.Node != nil && v.Start == firstName(v.Node) {
				if val := v.Node.Child("value"); val != nil {
					val.Walk(visit)
				}
				// an instance's FB_init arguments, `fbLog : FB_Log(E_Level.Debug);`
				checkQualifiedValues(pass, sc, run.Path, v.Node.Child("arguments"))
			}
		}
	}
}

// programMember reports whether the PROGRAM p declares a variable, or holds an action,
// method or property, named m (lower case).
func programMember(sc *Scope, p *POU, m string) bool {
	for _, v := range p.Vars {
		if lower(v.Name) == m {
			return true
		}
	}
	return sc.member(p, m, 0) != nil
}

// comparedAmongNamedArguments reports a name compared with `=` as a positional argument of a
// call that names its other arguments (`F(nId := 1, iMode = MODE_CLEAR)`): IEC 61131-3 lets
// a call either name its arguments or give them by position, so the comparison is a `:=`
// mistyped and the name a formal of the call, not a name a library exports.
func comparedAmongNamedArguments(n *Node) bool {
	cmp := n.Parent()
	if !cmp.Is("binary_expression") || cmp.Child("left") != n || !cmp.Child("operator").Is("=") {
		return false
	}
	arg := cmp.Parent()
	if !arg.Is("argument") || arg.Child("name") != nil {
		return false
	}
	for _, other := range arg.Parent().KidsOf("argument") {
		if other.Child("name") != nil {
			return true
		}
	}
	return false
}

// softMotionAxisMembers are members of CODESYS SoftMotion's AXIS_REF_SM3 (SM3_Basic), every
// axis of the device tree being an instance of it: its state and drive-interface flags as
// the library's documentation lists them, and the set and actual values of its motion. Not
// the members any structure may have (bError, dwErrorID): a variable nothing declares read
// so stays undeclared.
var softMotionAxisMembers = map[string]bool{
	"naxisstate": true, "bregulatoron": true, "bdrivestart": true, "wcommunicationstate": true,
	"uidriveinterfaceerror": true, "bregulatorrealstate": true, "bdrivestartrealstate": true,
	"wdriveid": true, "fcycletimespent": true, "ftaskcycle": true,
	"fsetposition": true, "factposition": true, "fsetvelocity": true, "factvelocity": true,
	"fsetacceleration": true, "factacceleration": true, "fpositionperiod": true, "imovementtype": true,
}

// deviceTreeAxis reports a name nothing declares read with a member of a SoftMotion axis
// in a CODESYS source that comes without its project: no TwinCAT object (whose axes are
// AXIS_REF variables the code declares) and no list of libraries, so no device tree either.
func deviceTreeAxis(run *Run, sc *Scope, member *Node) bool {
	if member == nil || !softMotionAxisMembers[lower(member.Text())] || sc.ReferencesLibraries() {
		return false
	}
	return !projectExts[strings.ToLower(filepath.Ext(run.Path))]
}

// unseenLibrary reports a file declaring a variable of a named type nothing Gantry sees
// declares: the code builds on a library or project Gantry has no view of (a CODESYS
// SoftMotion program copied out of its project, with `fbGear : MC_GearInPos;` and axes from
// the device tree), which may declare the other names its POUs use as well.
func (r *Run) unseenLibrary() bool {
	if r.unseen != 0 {
		return r.unseen > 0
	}
	r.unseen = -1
	for _, p := range r.POUs() {
		sc := r.Scope(p)
		if sc.Incomplete {
			continue
		}
		for _, v := range p.Vars {
			if unseenType(sc, v.Type) {
				r.unseen = 1
				return true
			}
		}
	}
	// A PLCopen export's bodies are statements; their POUs' variables are its XML's.
	for _, p := range r.Model.plcopen {
		sc := newScope(p, r.Model, r.WS)
		for _, v := range p.Vars {
			if !sc.Incomplete && unseenType(sc, v.Type) {
				r.unseen = 1
				return true
			}
		}
	}
	return false
}

// unseenType reports a named type, or an array of, pointer to or reference to one, that
// nothing Gantry sees declares.
func unseenType(sc *Scope, t *Type) bool {
	for t != nil {
		t = sc.Resolve(t)
		if (t.Kind == TypeArray || t.Kind == TypePointer || t.Kind == TypeRef) && t.Elem != nil {
			t = t.Elem
			continue
		}
		return unresolved(sc, t)
	}
	return false
}

// opaqueCounterpart reports an identifier assigned to, compared with (= or <>), given for
// a formal parameter of, used as a CASE label of, or declared as the initial value of
// something declared whose type Gantry cannot resolve: a type from a referenced library
// it does not list completely. Not the left of an `=` passed by position among named
// arguments (`fb(bEnable := b, io_fbFFHWO = g_fbFFO)`): that is a formal with `:=`
// mistyped, not a value compared with the library's variable on the right.
func opaqueCounterpart(sc *Scope, n *Node) bool {
	if comparedAmongNamedArguments(n) {
		return false
	}
	e := unparenthesized(n)
	par := e.Parent()
	other := counterpartOf(e)
	switch {
	case other != nil:
	case par.Is("var_declaration") && e.Field() == "value":
		// `eState : E_ScopeServerState := SCOPE_SERVER_IDLE;`
		if name := par.Child("name"); name.Is("identifier") {
			if sym := sc.Lookup(name.Text()); sym.Kind == SymVar {
				return unresolved(sc, sym.Var.Type)
			}
		}
		return false
	case par.Is("field_initializer") && e.Field() == "value":
		// `stRef : MC_Ref_Signal_Ref := (SignalSource := SignalSource_Default);`: a field of
		// a structure Gantry cannot see, or whose field's type it cannot.
		decl := par.Ancestor(nil, "var_declaration")
		if decl == nil || !decl.Child("name").Is("identifier") {
			return false
		}
		sym := sc.Lookup(decl.Child("name").Text())
		if sym.Kind != SymVar {
			return false
		}
		if unresolved(sc, sym.Var.Type) {
			return true
		}
		if t := sc.Resolve(sym.Var.Type); par.Parent().Parent() == decl && t != nil && t.Kind == TypeStruct {
			for _, m := range t.Members {
				if strings.EqualFold(m.Name, par.Child("name").Text()) {
					return unresolved(sc, m.Type)
				}
			}
		}
		return false
	case par.Is("argument") && e.Field() == "value" && par.Child("name") == nil:
		// `F_VN_CreateContainer(ipList, ContainerType_Vector_TcVnPoint2_DINT, 0, hr)`: a
		// value passed by position to a function nothing declares (left alone as a
		// library's), whose parameter types Gantry cannot see.
		if call := par.Parent(); call != nil && call.Parent() != nil {
			f := call.Parent().Child("function")
			if passesThrough(f, call, par) {
				// `afb[1].SyncMode := SEL(bDir, mcSyncModeNegative, mcSyncModePositive);`:
				// SEL, MUX, MIN, MAX, LIMIT and MOVE return one of their values, so a value
				// has the type the call's result is given to.
				return opaqueCounterpart(sc, call.Parent())
			}
			if f.Is("member_expression") {
				// `fbValve.M_Control(CloseValve)`: a method of an instance whose block a
				// library declares, its parameter types as unseen as the block.
				obj := f.Child("object")
				return obj != nil && declaredRoot(sc, obj) && unresolved(sc, sc.designatorType(obj))
			}
			return f.Is("identifier") && sc.Lookup(f.Text()).Kind == SymNone
		}
		return false
	case par.Is("argument") && e.Field() == "value" && par.Child("name") != nil:
		// `fbMove(BufferMode := mcAborting)`: the instance's block is unknown, or so is
		// the formal's type.
		if call := par.Parent(); call != nil && call.Parent() != nil {
			f := call.Parent().Child("function")
			if p := calledProgram(sc, f); p != nil {
				// `GroupJog2(AxisGroup := Robi)`: a PROGRAM or FUNCTION called by its name
				// whose formal has a library's type (AXIS_GROUP_REF_SM3): the value is
				// most likely the library's too (an axis group of the device tree).
				return unresolvedParam(sc, p, par.Child("name").Text())
			}
			if f.Is("member_expression") && f.Child("member").Is("identifier") && declaredRoot(sc, f.Child("object")) {
				// `fbFifo.A_AddTail(putValue := s)`: an action called with arguments takes
				// its block's parameters, whose types are the block's to tell.
				if t := memberOf(sc, f.Child("object"), f.Child("member").Text(), sc.POU); t.kind == tPOU && t.pou != nil && t.pou.Kind == KindAction && t.pou.Top() != nil && t.pou.Top().IsFBLike() {
					f = f.Child("object")
				}
			}
			if f == nil || !declaredRoot(sc, f) {
				return false
			}
			t := sc.designatorType(f)
			if unresolved(sc, t) {
				return true
			}
			if blk, _ := sc.FBType(t); blk != nil {
				for _, v := range blk.Vars {
					if strings.EqualFold(v.Name, unquote(par.Child("name").Text())) {
						return unresolved(sc, v.Type)
					}
				}
			}
		}
		return false
	}
	return unseenTypedDesignator(sc, other)
}

// unparenthesized returns the outermost parenthesized expression around n (n itself when
// it stands bare).
func unparenthesized(n *Node) *Node {
	for n.Parent() != nil && n.Parent().Is("parenthesized_expression") {
		n = n.Parent()
	}
	return n
}

// counterpartOf returns what e is assigned to, compared with (= or <>) or is a CASE label
// of: the designator whose type e's value takes (nil when e stands otherwise).
func counterpartOf(e *Node) *Node {
	par := e.Parent()
	switch {
	case par.Is("assignment", "assignment_expression") && e.Field() == "right":
		return par.Child("left")
	case par.Is("binary_expression") && par.Child("operator").Is("=", "<>"):
		if other := par.Child("left"); other != e {
			return other
		}
		return par.Child("right")
	case par.Is("case_label"):
		if cs := par.Ancestor(nil, "case_statement"); cs != nil {
			return cs.Child("value")
		}
	}
	return nil
}

// unseenTypedDesignator reports a declared variable, or a member or element of one, whose
// type nothing Gantry sees declares.
func unseenTypedDesignator(sc *Scope, d *Node) bool {
	if d == nil || !d.Is("identifier", "member_expression", "index_expression", "deref_expression") || !declaredRoot(sc, d) {
		return false
	}
	return unresolved(sc, sc.designatorType(d))
}

// calledProgram returns the PROGRAM or FUNCTION a call names directly (`Prg(…)`, `F(…)`),
// nil for an instance, a method or anything else.
func calledProgram(sc *Scope, f *Node) *POU {
	if !f.Is("identifier") {
		return nil
	}
	sym := sc.Lookup(f.Text())
	if sym.Kind != SymPOU || sym.POU == nil || sym.POU.Kind != KindProgram && sym.POU.Kind != KindFunction {
		return nil
	}
	return sym.POU
}

// unresolvedParam reports a formal parameter of p whose type Gantry cannot see.
func unresolvedParam(sc *Scope, p *POU, formal string) bool {
	for _, v := range p.Vars {
		if strings.EqualFold(v.Name, unquote(formal)) {
			return unresolved(sc, v.Type)
		}
	}
	return false
}

// passesThrough reports a value argument (by position) of a standard function whose result
// is one of its values: SEL's IN0 and IN1, MUX's inputs after K, any argument of MIN, MAX,
// LIMIT and MOVE.
func passesThrough(f, args, arg *Node) bool {
	if !f.Is("identifier") {
		return false
	}
	pos := 0
	for _, k := range args.Kids() {
		if k == arg {
			break
		}
		if k.Is("argument") {
			pos++
		}
	}
	switch strings.ToUpper(f.Text()) {
	case "SEL", "MUX":
		return pos >= 1
	case "MIN", "MAX", "LIMIT", "MOVE":
		return true
	}
	return false
}

// declaredRoot reports a designator whose root variable is declared: its type, not the
// name, is what Gantry may not know.
func declaredRoot(sc *Scope, d *Node) bool {
	r := rootOf(d)
	if r == nil || r.Kind() != "identifier" {
		return false
	}
	sym := sc.Lookup(r.Text())
	if sym.Kind == SymPOU && sym.POU != nil && sym.POU.Kind == KindProgram {
		// a program's variable read through the program's name, `PRG_Kin.eStatus`
		return r != d && r.Parent().Is("member_expression") && r.Field() == "object" && sym.POU.Var(r.Parent().Child("member").Text()) != nil
	}
	return sym.Kind == SymVar
}

// unresolved reports a type Gantry cannot see: none found for the designator, or a name
// that is not elementary and that no file or library it lists declares.
func unresolved(sc *Scope, t *Type) bool {
	if t == nil {
		return true
	}
	t = sc.Resolve(t)
	if t.Kind != TypeNamed || t.Elementary() != "" {
		return false
	}
	if blk, std := sc.FBType(t); blk != nil || std != nil {
		return false
	}
	return sc.FindType(t.Name) == nil && sc.findPOU(t.Name) == nil
}

// qualifiedName says whether an undeclared root before a dot qualifies a name rather than
// naming a value: GVL.x, Namespace.FB and Library.Function are fine when the root is a
// known namespace or a member along the dotted chain names something a library exports (a
// POU, a type, an enumeration value, a global variable, a nested namespace). A member the
// POU itself declares proves nothing: in `pmVal.Q` the local output Q does not make the
// unknown pmVal a namespace.
func qualifiedName(sc *Scope, root string, par *Node) bool {
	if sc.Namespace(root) {
		return true
	}
	for q := par; q.Is("member_expression"); q = q.Parent() {
		if m := q.Child("member"); m.Is("identifier") && exported(sc, m.Text()) {
			return true
		}
		if q.Parent() == nil || q.Parent().Child("object") != q {
			break
		}
	}
	return false
}

// exported says whether a name resolves to something a namespace can hold, as opposed to
// a variable of the POU or its bases.
func exported(sc *Scope, name string) bool {
	if sc.Namespace(name) {
		return true
	}
	if v, _ := sc.Global(name); v != nil {
		return true // also where a local of the same name hides it: `Const.LENGTH` beside `Length`
	}
	switch sc.Lookup(name).Kind {
	case SymPOU, SymStd, SymType, SymEnumValue:
		return true
	case SymVar:
		return sc.Local(name) == nil // a global variable
	}
	return false
}

// firstName is the start of a declaration's first name, so a shared initializer of
// `a, b : INT := c;` is visited once.
func firstName(d *Node) int {
	if n := d.Child("name"); n != nil {
		return n.Start()
	}
	return -1
}

// checkedIdentifier says whether an identifier names a value (as opposed to a member,
// a formal parameter, a label, a type, or a field of an initializer).
func checkedIdentifier(n *Node) bool {
	par := n.Parent()
	if par == nil {
		return false
	}
	switch par.Kind() {
	case "member_expression":
		return n.Field() == "object"
	case "argument", "field_initializer", "enumerator":
		return n.Field() != "name"
	case "jump_statement", "label_statement", "type_name", "typed_literal", "qualified_name",
		"region", "header_attribute", "struct_initializer":
		return false
	}
	return true
}

// usings returns the namespaces the file imports (`USING A.B;`, lower case) and whether one
// of them is declared neither in the file nor in the workspace (`USING
// Simatic.Ax.Conversion;` in a project declaring only Simatic.Ax.Json): names may then come
// from a package Gantry has not read.
func usings(run *Run) (imports []string, foreign bool) {
	sc := run.Scope(&POU{})
	for _, u := range run.Units() {
		u.Root(run.Text).Walk(func(n *Node) bool {
			switch n.Kind() {
			case "source_file", "namespace_declaration":
				return true
			case "using_directive":
				for _, ns := range n.Children("namespace") {
					full := lower(strings.Join(strings.Fields(ns.Src(run.Text)), ""))
					imports = append(imports, full)
					if !sc.Namespace(full) {
						foreign = true
					}
				}
			}
			return false
		})
	}
	return imports, foreign
}

// nestedNamespace reports whether root names a namespace nested in an imported one or in
// the POU's own (`Integer.ToString` under `USING Simatic.Ax.Conversion;`).
func nestedNamespace(sc *Scope, p *POU, imports []string, root string) bool {
	if ns := p.Top().Namespace; ns != "" && sc.Namespace(ns+"."+root) {
		return true
	}
	for _, u := range imports {
		if sc.Namespace(u + "." + root) {
			return true
		}
	}
	return false
}

// libraryConstantShape reports a name written the way PLC libraries name their global
// constants (S_OK, ERR_INVALID_PARAM, MAX_LOCAL_ADAPTERS: capitals, digits and at least
// one underscore; with a Hungarian type and component prefix, iCPr_MAX_CONTAINER: at most
// three lower-case letters, a capitalised word, then two or more words in capitals) or
// their enumeration values (eUAIdentifierType_String, eMDP_Area_…).
func libraryConstantShape(name string) bool {
	if len(name) < 3 {
		return false
	}
	if name[0] == 'e' && name[1] >= 'A' && name[1] <= 'Z' {
		return strings.IndexByte(name, '_') > 1
	}
	if hungarianConstant(name) {
		return true
	}
	underscore := false
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c == '_':
			if i == 0 || i == len(name)-1 {
				return false
			}
			underscore = true
		case c >= 'A' && c <= 'Z', c >= '0' && c <= '9' && i > 0:
		default:
			return false
		}
	}
	return underscore
}

// nearMiss reports a name one or two edits away from a name in scope (the POU's variables
// and those of the POUs around it, the file's and the workspace's globals, POUs, types and
// enumeration values): most likely a typo, which a library would not excuse.
func nearMiss(sc *Scope, p *POU, name string) bool {
	k := lower(name)
	limit := typoLimit(k)
	close := func(other string) bool {
		return editdist.Within(k, lower(other), limit) && !hungarianSiblings(name, other)
	}
	for q := p; q != nil; q = q.Parent {
		for _, v := range q.Vars {
			if close(v.Name) {
				return true
			}
		}
	}
	return sc.Model != nil && sc.Model.anyName(close) || sc.WS.anyName(close)
}

// ownTypo reports a root before a dot that is one or two edits from a name the file or
// the workspace declares, whose type has the member after the dot: `E_RecipeResultZq.LOCKED`
// beside the enumeration E_RecipeResult with its value LOCKED, `stHistZq.rMax` beside a
// variable stHist whose structure has rMax. A library, a namespace or a package Gantry
// cannot see may declare other names, but not plausibly one that close to the project's
// own with the same member: it is a typo. So is a root that close to a variable the POU
// itself declares (`randZq.Num` beside the local instance rand, whatever its type): a
// library declares no POU's locals; and one that close to a global variable list of the
// project holding the member (`GVL_IOZq.bStart` beside GVL_IO), or that close to an
// enumeration of a library Gantry ships with the value after the dot
// (`TcEventSeverityZq.Info`), or to a referenced library's namespace. Roots starting with an
// underscore (TwinCAT's `_TaskInfo`, `_AppInfo`) are the runtime's and left alone. A root
// that is itself one of the project's lists is no typo of a neighbour: a project keeps one
// list of constants per axis or mirror (GVL_Axis1_Const, GVL_Axis2_Const), each with the
// same names.
func ownTypo(sc *Scope, p *POU, root string, member *Node) bool {
	if !member.Is("identifier") || sc.GlobalList(root) != nil || declaredTypeName(p, root) {
		return false
	}
	k, m := lower(root), lower(member.Text())
	limit := typoLimit(k)
	// The member after the dot is a second witness: a root two edits from a name whose
	// type has that member is a typo however short the name (`tankZq.rLevel` beside a
	// variable tank whose structure has rLevel), where a bare name needs seven letters.
	withMember := 2
	if len(k) < 4 {
		withMember = limit
	}
	var near []string
	collect := func(other string) bool {
		if o := lower(other); o != k && editdist.Within(k, o, withMember) {
			near = append(near, other)
		}
		return false
	}
	if localTypo(p, root) || sc.nearListWith(k, withMember, m) || sc.nearLibrarySpace(k, limit) || systemListTypo(k, m) || sc.namespaceTypo(k, m) {
		return true
	}
	for q := p; q != nil; q = q.Parent {
		for _, v := range q.Vars {
			if o := lower(v.Name); o != k && editdist.Within(k, o, withMember) && sc.hasMember(v.Type, m) {
				return true
			}
		}
	}
	// a variable the block inherits from a base of the project's (`fbTon1Zq.ET` in a
	// block extending one that declares `fbTon1 : TON`), also where the base is declared
	// more than once in the workspace (a repository of tutorial projects)
	for _, v := range sc.baseVars(p) {
		if o := lower(v.Name); o != k && editdist.Within(k, o, withMember) && sc.hasMember(v.Type, m) {
			return true
		}
	}
	if sc.Model != nil {
		sc.Model.anyName(collect)
	}
	sc.WS.anyName(collect)
	sc.libraryNames(collect)
	for _, c := range near {
		switch sym := sc.Lookup(c); sym.Kind {
		case SymVar:
			if sc.hasMember(sym.Var.Type, m) {
				return true
			}
		case SymType:
			if sym.Type == nil || sym.Type.Type == nil || sym.Type.Type.Kind != TypeEnum {
				continue
			}
			for _, e := range sym.Type.Type.Enum {
				if lower(e.Name) == m {
					return true
				}
			}
		case SymPOU:
			// `RunCycleZq.fbTimer.ET` beside PROGRAM RunCycle declaring fbTimer: a
			// program's variables, actions and methods are read through its name.
			if q := sym.POU; q != nil && q.Kind == KindProgram && programMember(sc, q, m) {
				return true
			}
		}
	}
	return false
}

// baseVars returns the variables of the bases of p's block the project declares, as far as
// Gantry sees them (one definition of each base name).
func (s *Scope) baseVars(p *POU) []*Var {
	if p == nil {
		return nil
	}
	var out []*Var
	seen := map[string]bool{}
	var walk func(q *POU, depth int)
	walk = func(q *POU, depth int) {
		if q == nil || depth > 8 {
			return
		}
		for _, b := range q.Extends {
			if seen[lower(b)] {
				continue
			}
			seen[lower(b)] = true
			if base := s.findPOU(b); base != nil {
				out = append(out, base.Vars...)
				walk(base, depth+1)
			}
		}
	}
	walk(p.Top(), 0)
	return out
}

// axSystemSpaces are namespaces of SIMATIC AX's system library, which AX code calls fully
// qualified (`System.Serialization.SerializeBig(…)`, `System.Math.Abs(…)`).
var axSystemSpaces = []string{"system.serialization", "system.strings", "system.timer", "system.math", "system.datetime"}

// namespaceTypo reports a root k one or two edits from the first name of a namespace that
// goes on with m, the name after the dot: a namespace the file or the workspace declares
// (`SimaticZq.Ax.IOLink.SerializeBig(…)` beside NAMESPACE Simatic.Ax.IOLink) or, in SIMATIC
// AX, one of its system library's (`SystemZq.Serialization.SerializeBig(…)`). Not a root
// that is itself a namespace.
func (s *Scope) namespaceTypo(k, m string) bool {
	if len(k) < 4 || s.Namespace(k) {
		return false
	}
	match := func(space string) bool {
		root, rest, ok := strings.Cut(space, ".")
		if !ok || root == k || !editdist.Within(k, root, 2) {
			return false
		}
		next, _, _ := strings.Cut(rest, ".")
		return next == m
	}
	if s.AX && slices.ContainsFunc(axSystemSpaces, match) {
		return true
	}
	if s.Model != nil {
		for space := range s.Model.spaces {
			if match(space) {
				return true
			}
		}
	}
	return s.WS.anySpace(match)
}

// relativeSpaceTypo reports, in SIMATIC AX, a root one or two edits from a namespace the
// workspace declares under one the file imports or the POU lies in, written relative to it
// and going on with a name that namespace holds: `StringsZq.ToInt(…)` under `USING
// Simatic.Ax.Conversion;` where the project declares NAMESPACE Simatic.Ax.Conversion.Strings
// with a function ToInt, or a namespace nested in it (`ToArrayZq.OfLint` beside
// Strings.ToArray). An imported package's namespaces, which Gantry cannot see, are not
// judged.
func relativeSpaceTypo(sc *Scope, p *POU, imports []string, root string, member *Node) bool {
	k := lower(root)
	if !sc.AX || len(k) < 4 || !member.Is("identifier") || p == nil {
		return false
	}
	m := lower(member.Text())
	prefixes := append([]string(nil), imports...)
	for ns := lower(p.Top().Namespace); ns != ""; {
		prefixes = append(prefixes, ns)
		i := strings.LastIndexByte(ns, '.')
		if i < 0 {
			break
		}
		ns = ns[:i]
	}
	// the namespace of the POU named like the member, looked up before the workspace's
	// namespaces are walked (under the index's lock)
	owner := ""
	if q := sc.findPOU(m); q != nil {
		owner = lower(q.Top().Namespace)
	}
	match := func(space string) bool {
		for _, pre := range prefixes {
			rel, ok := strings.CutPrefix(space, pre+".")
			if !ok {
				continue
			}
			first, rest, nested := strings.Cut(rel, ".")
			if first == k || !editdist.Within(k, first, 2) {
				continue
			}
			if nested {
				if next, _, _ := strings.Cut(rest, "."); next == m {
					return true
				}
				continue
			}
			if owner != "" && owner == space {
				return true
			}
		}
		return false
	}
	if sc.Model != nil {
		for space := range sc.Model.spaces {
			if match(space) {
				return true
			}
		}
	}
	return sc.WS.anySpace(match)
}

// systemListTypo reports a root one or two edits from TwinCAT_SystemInfoVarList, the global
// list TwinCAT generates in every PLC project, read with one of its variables after the dot
// (`TwinCAT_SystemInfoVarListZq._TaskInfo[1]`): no library declares a list that close to it
// with the same variables.
func systemListTypo(k, m string) bool {
	const list = "twincat_systeminfovarlist"
	return k != list && (m == "_taskinfo" || m == "_appinfo") && editdist.Within(k, list, 2)
}

// checkFormal reports a named argument whose name is no parameter of the block, function
// or program called: `fbDelay(IN := x, PTT := T#1S)`, `F_Scale(rInput := r)` where F_Scale
// says rIn. Only callees whose parameters Gantry knows completely are judged: the project's
// own POUs (and their bases, all the project's), and the IEC standard blocks (TON, CTU,
// R_TRIG…), also where an action of the block is called with arguments (`fbFifo.A_Add(…)`,
// which takes the block's parameters). A library block, an overloaded function, an instance
// in an array or reached through a dot are left alone.
func checkFormal(pass *rules.Pass, sc *Scope, arg *Node) {
	name := arg.Child("name")
	list := arg.Parent()
	if name == nil || list == nil || !list.Is("argument_list") || list.Parent() == nil || !list.Parent().Is("call_expression", "call_statement") {
		return
	}
	callee := list.Parent().Child("function")
	if callee.Is("local_variable") { // SCL's #instance
		callee = callee.First()
	}
	formal := unquote(name.Text()) // SCL quotes a formal named like a keyword: "Time" := t
	switch strings.ToUpper(formal) {
	case "EN", "ENO", "RET_VAL":
		return // every block's and function's, implicitly
	}
	var what string
	var params map[string]bool
	var ok bool
	switch {
	case callee.Is("identifier"):
		what, params, ok = sc.parameters(callee.Text())
	case callee.Is("quoted_identifier"):
		what, params, ok = sc.quotedParameters(unquote(callee.Text()))
	case callee.Is("member_expression") && callee.Child("member").Is("identifier") && ownObject(sc, callee.Child("object")):
		// fbAxis.M_Move(…), THIS^.M_Reset(…), itfDrive.Start(…): a method of the project's.
		t := memberOf(sc, callee.Child("object"), callee.Child("member").Text(), sc.POU)
		if t.kind == tPOU && t.pou != nil && t.pou.Kind == KindMethod {
			// An overloaded method (AX) takes the parameters of any of its overloads.
			params = map[string]bool{}
			for _, m := range t.pou.Overloads() {
				paramNames(m, params)
			}
			what, ok = t.pou.Top().Name+"."+t.pou.Name, sc.knownMethod(t.pou)
		} else if t.kind == tPOU && t.pou != nil && t.pou.Kind == KindAction && t.pou.Top() != nil && t.pou.Top().IsFBLike() {
			// fbFifo.A_AddTail(putValue := s): an action called with arguments takes its
			// block's parameters (the project's blocks only: a library's list may be partial)
			params = map[string]bool{}
			what, ok = t.pou.Top().Name, sc.projectParameters(t.pou.Top(), params, 0)
		}
	}
	if !ok || params[lower(formal)] || addedInput(what, formal) {
		return
	}
	report(pass, name, "%s is not a parameter of %s", formal, what)
}

// ownObject reports an object whose methods a call may be judged on: a declared variable,
// THIS or SUPER. Not a namespace (`Integer.ToString(value := v)` calls a package's
// function, whatever the block's own ToString takes).
// So is a member or element reached from one (`THIS^.fbList.Get(…)`, `afbAxis[i].Move(…)`).
func ownObject(sc *Scope, obj *Node) bool {
	for depth := 0; obj != nil && depth < 16; depth++ {
		switch {
		case obj.Is("deref_expression"):
			obj = obj.Child("operand")
		case obj.Is("member_expression", "index_expression"):
			obj = obj.Child("object")
		default:
			return obj.Is("this", "super") || obj.Is("identifier") && sc.Lookup(obj.Text()).Kind == SymVar
		}
	}
	return false
}

// knownMethod reports whether the parameters of method m are all known: it belongs to a
// block (or interface) of the project that the workspace declares once.
func (s *Scope) knownMethod(m *POU) bool {
	top := m.Top()
	return top != m && !s.fromLibrary(top) && !s.Redeclared(top.Name)
}

// stdParamNames adds the names of a standard block's parameters to names.
func stdParamNames(std *StdPOU, names map[string]bool) map[string]bool {
	for _, list := range [][]Param{std.Inputs, std.Outputs, std.InOuts, std.IECInputs} {
		for _, prm := range list {
			names[lower(prm.Name)] = true
		}
	}
	return names
}

// paramNames adds the names of p's own parameters to params.
func paramNames(p *POU, params map[string]bool) map[string]bool {
	for _, v := range p.Vars {
		if v.Section == SecInput || v.Section == SecOutput || v.Section == SecInOut {
			params[lower(v.Name)] = true
		}
	}
	return params
}

// parameters returns the name of what a call of callee calls and its parameters' names
// (lower case), ok only when Gantry knows all of them.
func (s *Scope) parameters(callee string) (what string, params map[string]bool, ok bool) {
	params = map[string]bool{}
	switch sym := s.Lookup(callee); sym.Kind {
	case SymVar:
		t := s.Resolve(sym.Var.Type)
		if t == nil || t.Kind != TypeNamed {
			return "", nil, false
		}
		pou, std := s.FBType(t)
		switch {
		case std != nil && s.SCL && TIALookup(std.Name) == nil:
			return "", nil, false // an IEC name TIA spells its own way (IEC_COUNTER's reset is R)
		case std != nil:
			return std.Name, stdParamNames(std, params), len(params) > 0
		case pou != nil:
			return pou.Name, params, s.projectParameters(pou, params, 0)
		}
	case SymPOU, SymSelf: // SymSelf: the block's own method, or the function itself
		if sym.POU == nil || sym.POU.Kind == KindFunctionBlock || s.Overloaded(callee) {
			return "", nil, false // a block is called through an instance; which overload is meant depends on the arguments
		}
		if sym.POU.Kind == KindMethod { // the block's own method, called by its name
			return sym.POU.Top().Name + "." + sym.POU.Name, paramNames(sym.POU, params), s.knownMethod(sym.POU)
		}
		return sym.POU.Name, params, s.projectParameters(sym.POU, params, 0)
	case SymStd:
		// SCL: a TIA system function called by its name, `SHR(IN := w, N := 3)`, whose
		// parameters TIA fixes, but for the inputs a call of MIN, MAX, MUX or CONCAT adds
		// (addedInput).
		std := TIALookup(callee)
		if !s.SCL || std == nil || std.FB {
			return "", nil, false
		}
		return std.Name, stdParamNames(std, params), true
	}
	return "", nil, false
}

// quotedParameters is parameters for SCL's call of a block by its quoted name: a function
// of the project (`"FC_Scale"(…)`), an instance data block the project declares of a
// block (`"IDB_Pump"(…)`, a block of the project or a TIA timer or counter), or the one
// TIA Portal names after a block of the project (`"FB_Pump_DB"(…)`, defaultInstanceOf).
func (s *Scope) quotedParameters(name string) (what string, params map[string]bool, ok bool) {
	params = map[string]bool{}
	fb := ""
	switch p := s.findPOU(name); {
	case p == nil:
		fb = defaultInstanceOf(s, name)
	case p.Kind == KindDataBlock:
		fb = p.InstanceOf
	case p.Kind == KindFunction && !s.Overloaded(name) && !s.Redeclared(p.Name):
		return p.Name, params, s.projectParameters(p, params, 0)
	}
	if fb == "" {
		return "", nil, false
	}
	pou, std := s.FBType(&Type{Kind: TypeNamed, Name: fb})
	switch {
	case std != nil && s.SCL && TIALookup(std.Name) == nil:
		return "", nil, false // an IEC name TIA spells its own way
	case std != nil:
		return std.Name, stdParamNames(std, params), len(params) > 0
	case pou != nil && pou.Kind == KindFunctionBlock:
		return pou.Name, params, s.projectParameters(pou, params, 0)
	}
	return "", nil, false
}

// tiaExtensible are the functions whose inputs a call may add to, with the number of
// their first input: IEC 61131-3 makes MIN, MAX, MUX and CONCAT extensible (IN1, IN2,
// IN3 …; MUX's inputs count from IN0), and TIA Portal takes up to 32 inputs in SCL
// (`CONCAT(IN1 := #a, IN2 := ' ', IN3 := #b)`).
var tiaExtensible = map[string]int{"MIN": 1, "MAX": 1, "MUX": 0, "CONCAT": 1}

// addedInput reports a formal named as an added input of an extensible function
// (`IN3` of CONCAT or MAX, `IN5` of MUX); `INN`, `IN_3` or `IN0` of MAX are none.
func addedInput(function, formal string) bool {
	first, ok := tiaExtensible[strings.ToUpper(function)]
	if !ok || len(formal) < 3 || !strings.EqualFold(formal[:2], "IN") {
		return false
	}
	digits := formal[2:]
	if digits[0] < '0' || digits[0] > '9' || digits[0] == '0' && len(digits) > 1 {
		return false // IN+3, INN, IN03
	}
	n, err := strconv.Atoi(digits)
	return err == nil && n >= first
}

// projectParameters adds the parameters of a POU of the project and of its bases to
// params; false when the POU or a base is a library's (its interface is documented, not
// necessarily complete) or cannot be found.
func (s *Scope) projectParameters(p *POU, params map[string]bool, depth int) bool {
	if p == nil || depth > 8 || s.fromLibrary(p) || s.Redeclared(p.Name) {
		return false
	}
	paramNames(p, params)
	for _, base := range p.Extends {
		if !s.projectParameters(s.findPOU(base), params, depth+1) {
			return false
		}
	}
	return true
}

// fromLibrary reports a POU that one of the referenced libraries declares.
func (s *Scope) fromLibrary(p *POU) bool {
	if s.WS == nil {
		return false
	}
	lp, _ := s.WS.libs.pou(lower(p.Name))
	return lp == p
}

// checkMember reports a member that the object's type does not have: `fbDelay.Done` (TON
// has Q and ET), `stRecipe.rTemp` where the structure says rTemperature, `fbAxis.bBusyy`.
// Only types whose members Gantry knows completely are judged: the project's structures
// and blocks (with their bases, all the project's, each declared once) and, outside SCL,
// the IEC standard blocks. The object must be a variable, or an element or member of one.
func checkMember(pass *rules.Pass, sc *Scope, obj, member *Node) {
	if obj == nil || !declaredRoot(sc, obj) && !selfObject(obj) {
		return
	}
	what, names, ok := sc.members(sc.designatorType(obj))
	if selfObject(obj) {
		// THIS^.x, SUPER^.x: a member of the block the code belongs to (or of its bases).
		if sc.POU == nil || !sc.POU.Top().IsFBLike() {
			return
		}
		top := sc.POU.Top()
		what = top.Name
		names, ok = sc.blockMemberSet(top)
		if !ok && selfMemberTypo(sc, member) {
			// `THIS^.fbGaugeZq.IG` in a block whose base is a library's: the base may
			// declare any member, but not one a couple of edits from the block's own
			// variable whose type has the member after it.
			report(pass, member, "%s has no member %s", what, member.Text())
			return
		}
	}
	if !ok || names[lower(member.Text())] {
		return
	}
	if k := strings.ToUpper(member.Text()); k == "ENO" || k == "EN" {
		return // every block's, implicitly (SCL reads #instance.ENO)
	}
	if sc.orphanMember(member.Text()) {
		return
	}
	report(pass, member, "%s has no member %s", what, member.Text())
}

// selfMemberTypo reports `THIS^.x.y` where x is no variable of the block's own but one or
// two edits from one (of the POU, its block, or a base of the project's) whose type has
// the member y: the member after it is a second witness, as for a misspelt root
// (ownTypo), so a base Gantry cannot see is no excuse.
func selfMemberTypo(sc *Scope, member *Node) bool {
	self := member.Parent()
	next := self.Parent()
	if !member.Is("identifier") || !next.Is("member_expression") || next.Child("object") != self || !next.Child("member").Is("identifier") {
		return false
	}
	k, m := lower(member.Text()), lower(next.Child("member").Text())
	limit := 2
	if len(k) < 4 {
		limit = typoLimit(k)
	}
	var vars []*Var
	for q := sc.POU; q != nil; q = q.Parent {
		vars = append(vars, q.Vars...)
	}
	vars = append(vars, sc.baseVars(sc.POU.Top())...)
	if sc.member(sc.POU.Top(), k, 0) != nil {
		return false
	}
	for _, v := range vars {
		if lower(v.Name) == k {
			return false
		}
	}
	for _, v := range vars {
		if editdist.Within(k, lower(v.Name), limit) && sc.hasMember(v.Type, m) {
			return true
		}
	}
	return false
}

// orphanMember reports a METHOD, PROPERTY or ACTION of that name that the workspace
// declares on its own, outside any block: CODESYS's scripting and the text exports built on
// it save a block's methods, properties and actions one object per file (FB_Pump.Start.st
// beside FB_Pump.st), so such a member may be the block's.
func (s *Scope) orphanMember(name string) bool {
	p := s.findPOU(name)
	return p != nil && p.Parent == nil && (p.Kind == KindMethod || p.Kind == KindProperty || p.Kind == KindAction)
}

// checkEnumValue reports a value that the project's enumeration typ lacks, named after
// a dot or a #: `E_State.STOPPED` where E_State lists IDLE, RUN and FAULT (a model's invented
// state). An enumeration of a library, or one the workspace declares twice differently,
// is not judged.
func checkEnumValue(pass *rules.Pass, sc *Scope, typ string, member *Node) {
	if sc.Lookup(typ).Kind != SymType {
		return
	}
	checkProjectEnumValue(pass, sc, typ, member)
}

// checkTypedEnumValue is checkEnumValue for a typed literal (`E_State#IDLE`), whose
// prefix names a type also where a variable in scope bears the name: `machineState :=
// MachineState#ErrorStat;` (ST names are not case-sensitive, and SIMATIC AX code names a
// state variable after its enumeration so).
func checkTypedEnumValue(pass *rules.Pass, sc *Scope, typ string, member *Node) {
	if sc.Lookup(typ).Kind == SymVar {
		checkProjectEnumValue(pass, sc, typ, member)
		return
	}
	checkEnumValue(pass, sc, typ, member)
}

// checkProjectEnumValue reports member when typ is an enumeration of the project that
// lacks it.
func checkProjectEnumValue(pass *rules.Pass, sc *Scope, typ string, member *Node) {
	d := sc.projectType(typ)
	if d == nil || d.Type == nil || d.Type.Kind != TypeEnum || d.Type.Library != "" {
		return
	}
	m := lower(member.Text())
	for _, e := range d.Type.Enum {
		if lower(e.Name) == m {
			return
		}
	}
	report(pass, member, "%s has no value %s", d.Name, member.Text())
}

// checkShippedValue reports a value the copy of a library the project keeps does not
// declare after an enumeration it does, one or two edits from a name it declares:
// `E_PMLState.ePMLState_Resettng` where the project's copy of Tc3_PackML holds E_PMLState and
// ePMLState_Resetting. The copy's string table holds every name of the library, so a value
// it lacks is none of the library's; only a near miss is reported (a root may name a
// library Gantry cannot see besides).
func checkShippedValue(pass *rules.Pass, sc *Scope, root string, member *Node) {
	if sc.WS == nil || sc.WS.libs == nil || !member.Is("identifier") || !strings.HasPrefix(strings.ToUpper(root), "E_") {
		// (an enumeration, named E_… as Beckhoff's libraries name theirs: not a list such as
		// TC_Events, which TwinCAT extends with the project's own event classes)
		return
	}
	switch sym := sc.Lookup(root); sym.Kind {
	case SymNone:
		if sc.Namespace(root) {
			return
		}
	case SymType:
		// a library's enumeration Gantry declares in part (Tc2_MC2's E_JogMode)
		if sym.Type == nil || sym.Type.Type == nil || sym.Type.Type.Library == "" {
			return
		}
	default:
		return
	}
	_, known := sc.WS.libs.shippedNames()
	m := lower(member.Text())
	if !known[lower(root)] || known[m] || len(m) < 5 {
		return
	}
	limit := typoLimit(m)
	for o := range known {
		if editdist.Within(m, o, limit) {
			report(pass, member, "%s has no value %s", root, member.Text())
			return
		}
	}
}

// checkListMember reports a name that the project's global variable list named before the
// dot does not declare: `GVL_IO.bNope` where GVL_IO (a TwinCAT GVL) lists bStart and bLamp.
func checkListMember(pass *rules.Pass, sc *Scope, path, list string, member *Node) {
	if sc.Lookup(list).Kind != SymNone {
		return // a variable, a POU or a type of that name comes first
	}
	l := sc.GlobalList(list)
	if l == nil || l.vars[lower(member.Text())] != nil || !sameProject(path, l) {
		return
	}
	report(pass, member, "%s has no variable %s", l.name, member.Text())
}

// sameProject reports whether the list is declared in the checked file or in a file the
// same TwinCAT project compiles: a repository of several projects may hold a GVL of one
// name in each, and another project's says nothing about this one's.
func sameProject(path string, l *globalList) bool {
	return l.path == "" || l.path == path || ProjectOf(path) == ProjectOf(l.path)
}

// members returns the name of type t and the names of its members (lower case), ok only
// when all of them are known.
func (s *Scope) members(t *Type) (what string, names map[string]bool, ok bool) {
	names = map[string]bool{}
	for depth := 0; t != nil && depth < 8; depth++ {
		switch t.Kind {
		case TypeRef:
			t = t.Elem // a REFERENCE reads through to what it refers to
			continue
		case TypeStruct, TypeUnion:
			return "the structure", names, s.structMembers(t, names, 0)
		case TypeNamed:
		default:
			return "", nil, false
		}
		if t.Elementary() != "" || t.Library != "" {
			return "", nil, false // a library's type: its documented members may not be all
		}
		if d := s.projectType(t.Name); d != nil && d.Type != nil {
			if d.Type.Kind == TypeStruct || d.Type.Kind == TypeUnion {
				return d.Name, names, s.structMembers(d.Type, names, 0)
			}
			t = d.Type // an alias
			continue
		}
		if s.FindType(t.Name) != nil {
			return "", nil, false // a library's type
		}
		pou, std := s.FBType(t)
		switch {
		case pou != nil:
			names, ok := s.blockMemberSet(pou)
			return pou.Name, names, ok
		case std != nil && !s.SCL:
			return std.Name, stdParamNames(std, names), len(names) > 0
		}
		return "", nil, false
	}
	return "", nil, false
}

// misspeltOwnRoot reports an identifier before a dot that nothing in scope declares and
// that is one or two edits from a variable the POU (or the block around it) declares
// itself, whose type has the member after the dot: `_ListZq.Count` beside `_List`, or
// from the namespace of a library the project references (`Tc2_UtilitiesZq.F_LTrim`, as
// ownTypo judges it). In a block whose base Gantry cannot see (a test suite extending a
// unit-test library's block), the base may declare other names, not those.
func misspeltOwnRoot(sc *Scope, p *POU, n *Node) bool {
	par := n.Parent()
	if !n.Is("identifier") || !par.Is("member_expression") || par.Child("object") != n || !par.Child("member").Is("identifier") {
		return false
	}
	if len(strings.TrimLeft(n.Text(), "_")) < 3 || sc.Lookup(n.Text()).Kind != SymNone || sc.Namespace(n.Text()) {
		return false
	}
	k, m := lower(n.Text()), lower(par.Child("member").Text())
	limit := typoLimit(k)
	under := strings.HasPrefix(k, "_")
	if !under && sc.nearLibrarySpace(k, limit) {
		return true
	}
	for q := p; q != nil; q = q.Parent {
		for _, v := range q.Vars {
			o := lower(v.Name)
			if o != k && (!under || strings.HasPrefix(o, "_")) && editdist.Within(k, o, limit) && sc.hasMember(v.Type, m) {
				return true
			}
		}
	}
	return false
}

// misspeltOwnName reports a bare name, in a block whose base Gantry cannot see, one or two
// edits from a variable or member of the POU, its owner or the bases Gantry does see
// (`activationsZq` in a class whose base declares `activations` and extends a class of an
// AX package): the unseen base could declare the name, but a near copy of one of the
// project's own is a typo of it. Not a call (the base's methods are called unqualified)
// nor a name that is one of the POU's own but for its leading underscores (TwinCAT's
// backing field `_Name` of a property `Name`).
func misspeltOwnName(sc *Scope, p *POU, n *Node) bool {
	if !n.Is("identifier") || !checkedIdentifier(n) {
		return false
	}
	if par := n.Parent(); par.Is("member_expression") && par.Child("object") == n {
		return false // a root: misspeltOwnRoot judges it with its member
	}
	if par := n.Parent(); par.Is("call_expression", "call_statement") && par.Child("function") == n {
		return false // a method of the unseen base, called unqualified (`Subscribe2(filter)`)
	}
	if sc.Lookup(n.Text()).Kind != SymNone || sc.Namespace(n.Text()) {
		return false
	}
	near := typoOf(n.Text())
	if near == nil {
		return false
	}
	// `_Unsubscribe` beside a read of `Unsubscribe`: a property of the base and the
	// block's own flag or backing field, not a typo of it
	bare := strings.TrimLeft(lower(n.Text()), "_")
	close := func(other string) bool {
		return near(other) && strings.TrimLeft(lower(other), "_") != bare
	}
	for q := p; q != nil; q = q.Parent {
		if declaresClose(q, close) {
			return true
		}
	}
	return inheritedClose(sc, p, close)
}

// localTypo reports a name one or two edits (one for names up to six letters) from a
// variable, method or action the POU or its owner declares: no library declares a POU's
// own names, so such a name is a typo of one, not something a library may hold.
//
// A name starting with an underscore (the runtime's `_TaskInfo`, `_AppInfo`) is compared
// only with the POU's own names that start with one too (`_ListZq` beside `_List`): an
// underscore is no typo of a plain name.
func localTypo(p *POU, name string) bool {
	close := typoOf(name)
	if close == nil {
		return false
	}
	for q := p; q != nil; q = q.Parent {
		if declaresClose(q, close) {
			return true
		}
	}
	return false
}

// typoOf returns the test localTypo applies to a name of a POU, or nil where name is too
// short to judge. A name written in capitals is no typo of one written in mixed case:
// IEC 61131-3 names ignore case, but whoever mistypes a name keeps the shape they read,
// so `MOVING` (a library's enumeration value) beside a local `bMoving` is not a slip of
// it, while `bMovng` or `BMOVNG` beside `BMOVING` is.
func typoOf(name string) func(string) bool {
	under := strings.HasPrefix(name, "_")
	if len(strings.TrimLeft(name, "_")) < 3 {
		return nil
	}
	k := lower(name)
	limit := typoLimit(k)
	capitals := allCapitals(name)
	return func(other string) bool {
		o := lower(other)
		if capitals && !allCapitals(other) || hungarianSiblings(name, other) {
			return false
		}
		return o != k && (!under || strings.HasPrefix(o, "_")) && editdist.Within(k, o, limit)
	}
}

// hungarianSiblings reports two names that differ only in a Hungarian type prefix of
// lower-case letters before the same capitalised word (`astAxes` and `afbAxes`, `stMotor`
// and `fbMotor`): a project names an array of structures and the array of blocks that
// serve them so, and one is no slip of the other, whereas `nCountZq` is of `nCount`.
func hungarianSiblings(a, b string) bool {
	pa, ra := hungarianSplit(a)
	pb, rb := hungarianSplit(b)
	return pa != "" && pb != "" && len(ra) >= 3 && strings.EqualFold(ra, rb) && !strings.EqualFold(pa, pb)
}

// hungarianSplit splits a name at its first capital after one to four lower-case letters
// (`afb`, `Axes`); "" where it starts otherwise.
func hungarianSplit(s string) (prefix, rest string) {
	i := 0
	for i < len(s) && i < 4 && s[i] >= 'a' && s[i] <= 'z' {
		i++
	}
	if i == 0 || i == len(s) || s[i] < 'A' || s[i] > 'Z' {
		return "", ""
	}
	return s[:i], s[i:]
}

// allCapitals reports a name whose letters are all capitals, at least two of them
// (`MOVING`, `MAX_AXES`, `E_STOP2`).
func allCapitals(name string) bool {
	n := 0
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c >= 'a' && c <= 'z':
			return false
		case c >= 'A' && c <= 'Z':
			n++
		}
	}
	return n >= 2
}

// declaresClose reports whether q itself declares a variable or a member close to a name.
func declaresClose(q *POU, close func(string) bool) bool {
	for _, v := range q.Vars {
		if close(v.Name) {
			return true
		}
	}
	for _, c := range q.Children {
		if close(c.Name) {
			return true
		}
	}
	return false
}

// inheritedTypo is localTypo that also looks into the bases of p's block, class or
// interface (the project's own, as far as Gantry sees them): `_axisDBZq` in a method of
// a class whose base declares `_axisDB` is as much a typo as one of a local's.
func inheritedTypo(sc *Scope, p *POU, name string) bool {
	if localTypo(p, name) {
		return true
	}
	return inheritedClose(sc, p, typoOf(name))
}

// inheritedClose reports a variable or member that the bases of p's block (the project's,
// as far as Gantry sees them) declare and close accepts.
func inheritedClose(sc *Scope, p *POU, close func(string) bool) bool {
	if close == nil || p == nil {
		return false
	}
	seen := map[string]bool{}
	var walk func(q *POU, depth int) bool
	walk = func(q *POU, depth int) bool {
		if q == nil || depth > 8 {
			return false
		}
		for _, b := range q.Extends {
			if seen[lower(b)] {
				continue
			}
			seen[lower(b)] = true
			if base := sc.findPOU(b); base != nil && (declaresClose(base, close) || walk(base, depth+1)) {
				return true
			}
		}
		return false
	}
	return walk(p.Top(), 0)
}

// declaredTypeName says whether a variable of p (or of the POU around it) is declared with
// the type root: `eMode : E_DriveMode := E_DriveMode.Hold;` names a type of a library
// Gantry cannot see, and its value is no typo of the variable eMode beside it.
func declaredTypeName(p *POU, root string) bool {
	k := lower(root)
	for q := p; q != nil; q = q.Parent {
		for _, v := range q.Vars {
			if v.Type != nil && v.Type.Kind == TypeNamed && lower(v.Type.Name) == k {
				return true
			}
		}
	}
	return false
}

// libraryNames calls fn with the names the referenced libraries Gantry ships declare
// (`TcEventSeverity`, `E_JogMode`), as anyName does with the workspace's.
func (s *Scope) libraryNames(fn func(string) bool) {
	if s.WS == nil {
		return
	}
	s.WS.lock()
	var libs []*library
	if s.WS.libs != nil {
		libs = s.WS.libs.libs
	}
	s.WS.unlock()
	for _, l := range libs {
		if l.tab.anyName(fn) {
			return
		}
	}
}

// nearLibrarySpace reports a root one or two edits (k and limit as in ownTypo) from the
// namespace of a library the project references, and no namespace itself: `Tc2_Standrd.LEN`
// for Tc2_Standard. A library declares its names under its namespace, not one spelled
// nearly like it. Names of four letters or fewer are left alone (`MC`, `Core`: too many
// words are that close).
func (s *Scope) nearLibrarySpace(k string, limit int) bool {
	if s.WS == nil || len(k) < 5 || s.Namespace(k) {
		return false
	}
	s.WS.lock()
	defer s.WS.unlock()
	if s.WS.libs == nil {
		return false
	}
	for name := range s.WS.libs.spaces {
		if len(name) > 4 && name != k && !strings.ContainsAny(name, " ,()") && editdist.Within(k, name, limit) {
			return true
		}
	}
	return false
}

// nearListWith reports a global variable list of the file or the workspace whose name is
// within limit edits of k (lower case, and not k itself) and which declares m.
func (s *Scope) nearListWith(k string, limit int, m string) bool {
	var tabs []*symtab
	if s.Model != nil {
		tabs = append(tabs, &s.Model.symtab)
	}
	if s.WS != nil {
		s.WS.lock()
		defer s.WS.unlock()
		tabs = append(tabs, &s.WS.symtab)
	}
	for _, t := range tabs {
		for name, l := range t.lists {
			if name != k && editdist.Within(k, name, limit) && l.vars[m] != nil {
				return true
			}
		}
	}
	return false
}

// hasMember reports whether a value of type t has member m (lower case) as far as Gantry
// knows: all members of the project's types, and the documented ones of a library's
// (its block's parameters, a structure's fields), which members leaves out because they
// may not be all of them: a member that is there is there.
func (s *Scope) hasMember(t *Type, m string) bool {
	if _, names, ok := s.members(t); ok {
		return names[m]
	}
	for depth := 0; t != nil && t.Kind == TypeRef && depth < 8; depth++ {
		t = t.Elem
	}
	if t == nil || t.Kind != TypeNamed {
		return false
	}
	if p := s.findPOU(t.Name); p != nil {
		for q, depth := p, 0; q != nil && depth < 8; q, depth = s.firstBase(q), depth+1 {
			if q.Var(m) != nil {
				return true
			}
			for _, c := range q.Children {
				if lower(c.Name) == m {
					return true
				}
			}
		}
		return false
	}
	if d := s.FindType(t.Name); d != nil && d.Type != nil && (d.Type.Kind == TypeStruct || d.Type.Kind == TypeUnion) {
		for _, f := range d.Type.Members {
			if lower(f.Name) == m {
				return true
			}
		}
	}
	return false
}

// firstBase returns the block p extends, or nil.
func (s *Scope) firstBase(p *POU) *POU {
	if len(p.Extends) == 0 {
		return nil
	}
	return s.findPOU(p.Extends[0])
}

// structMembers adds a structure's members and its bases' to names; false when a base is
// not the project's.
func (s *Scope) structMembers(t *Type, names map[string]bool, depth int) bool {
	for _, m := range t.Members {
		names[lower(m.Name)] = true
	}
	if t.Base == "" {
		return true
	}
	d := s.projectType(t.Base)
	if d == nil || d.Type == nil || depth > 8 {
		return false
	}
	return s.structMembers(d.Type, names, depth+1)
}

// blockMemberSet returns the names of a block's members (lower case, its bases' included),
// ok only when all are known; made once per block in a check (a project's base block of
// hundreds of members was listed again for every member access: a third of what a check
// of such a project allocated). The set is shared: callers only read it.
func (s *Scope) blockMemberSet(p *POU) (map[string]bool, bool) {
	if s.blocks != nil {
		s.blocks.mu.Lock()
		set, ok := s.blocks.sets[p]
		s.blocks.mu.Unlock()
		if ok {
			return set.names, set.ok
		}
	}
	names := map[string]bool{}
	ok := s.blockMembers(p, names, 0)
	if s.blocks != nil {
		s.blocks.mu.Lock()
		s.blocks.sets[p] = memberSet{names, ok}
		s.blocks.mu.Unlock()
	}
	return names, ok
}

// blockMemo keeps the member sets of blocks for the scopes of one check, which share their
// model and project index.
type blockMemo struct {
	mu   sync.Mutex
	sets map[*POU]memberSet
}

type memberSet struct {
	names map[string]bool
	ok    bool
}

// blockMembers adds a block's variables, methods, properties and actions, and its bases',
// to names; false when it or a base is a library's or declared twice.
func (s *Scope) blockMembers(p *POU, names map[string]bool, depth int) bool {
	if p == nil || depth > 8 || s.fromLibrary(p) || s.Redeclared(p.Name) {
		return false
	}
	for _, v := range p.Vars {
		names[lower(v.Name)] = true
	}
	for _, c := range p.Children {
		names[lower(c.Name)] = true
	}
	for _, v := range p.Implicit {
		names[lower(v.Name)] = true
	}
	if p.Kind == KindFunctionBlock && !s.SCL && !s.CharStrings {
		// CODESYS and TwinCAT give every function block an FB_init method, declared or
		// not ("FB_init is always implicitly available"), which code may call to
		// reinitialise an instance: `THIS^.FB_init(FALSE, FALSE)`. FB_reinit and FB_exit
		// exist only where the block implements them.
		names["fb_init"] = true
	}
	for _, base := range p.Extends {
		if !s.blockMembers(s.findPOU(base), names, depth+1) {
			return false
		}
	}
	return true
}

// jumpTarget reports a name that a JMP or GOTO of the same block jumps to.
func jumpTarget(n *Node) bool {
	top := n.Ancestor(nil, "function_block_declaration", "function_declaration", "program_declaration",
		"method_declaration", "action_declaration", "organization_block_declaration")
	if top == nil {
		return false
	}
	found := false
	top.Walk(func(j *Node) bool {
		if found {
			return false
		}
		if j.Is("jump_statement") {
			if l := j.Child("label"); l != nil && strings.EqualFold(l.Text(), n.Text()) {
				found = true
			}
			return false
		}
		return true
	})
	return found
}

// sizeofOperand reports an identifier that is the whole operand of SIZEOF: a type, or a
// variable, either way a name a library may declare.
func sizeofOperand(n *Node) bool {
	c := n.Ancestor(nil, "call_expression")
	return c != nil && strings.EqualFold(c.Child("function").Text(), "SIZEOF") && strings.EqualFold(strings.TrimSpace(strings.Trim(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(c.Text()), c.Child("function").Text())), "()")), n.Text())
}

// plcopenWithoutLibraries reports a PLCopen export that lists no libraries (a CODESYS
// library project's export, a TwinCAT export): the libraries its code uses are not known,
// as for a source without its project.
func (r *Run) plcopenWithoutLibraries() bool {
	if r.plcopenLibs == 0 {
		r.plcopenLibs = -1
		if len(r.Model.plcopen) > 0 && len(PLCopenLibraries(r.Text)) == 0 {
			r.plcopenLibs = 1
		}
	}
	return r.plcopenLibs > 0
}

// declaredAsType reports a name some variable of the file's POUs, or member of its
// structures, is declared with as its type (or an array's, a pointer's or a reference's element type).
func declaredAsType(m *Model, name string) bool {
	typed := func(vs []*Var) bool {
		for _, v := range vs {
			for t := v.Type; t != nil; t = t.Elem {
				if t.Kind == TypeNamed && strings.EqualFold(t.Name, name) {
					return true
				}
			}
		}
		return false
	}
	for _, p := range m.pous {
		if typed(p.Vars) {
			return true
		}
	}
	for _, t := range m.types {
		if t.Type != nil && typed(t.Type.Members) {
			return true
		}
	}
	return false
}

// typoLimit is how many edits make a name a typo of another: one for names of up to six
// letters, two for longer ones.
func typoLimit(name string) int {
	if len(name) > 6 {
		return 2
	}
	return 1
}

// hungarianConstant reports iCPr_MAX_CONTAINER, cC_QUALIVISION_MAX_NB_MARKS: a type prefix
// of one to three lower-case letters, a capital starting the component's word, and after
// the first underscore at least two words of capitals and digits. One word after it
// (bStart_OK, nAxis_COUNT) reads as a variable, and stays judged.
func hungarianConstant(name string) bool {
	i := 0
	for i < len(name) && i < 4 && name[i] >= 'a' && name[i] <= 'z' {
		i++
	}
	if i == 0 || i > 3 || i >= len(name) || name[i] < 'A' || name[i] > 'Z' {
		return false
	}
	head, tail, ok := strings.Cut(name[i:], "_")
	if !ok || head == "" {
		return false
	}
	words := strings.Split(tail, "_")
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if w == "" {
			return false
		}
		for j := 0; j < len(w); j++ {
			if c := w[j]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				return false
			}
		}
	}
	return true
}
