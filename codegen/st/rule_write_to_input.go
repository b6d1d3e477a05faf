package st

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleWriteToInput: assignment to a VAR_INPUT of the POU, or to a physical input.
var ruleWriteToInput = register(&rules.Rule{
	ID:       "st/write-to-input",
	Title:    "Write to an input",
	Severity: rules.Error,
	Category: rules.Safety,
	Anchors:  []string{"CODESYS SA0037 (write access to input variable)", "%I addresses: Gantry's own"},
	Doc: rules.Doc(
		"Reports stores into a VAR_INPUT of the function block or program being written (assignment, FOR counter, `=>` binding), into an `%I` address, or into a variable located AT %I. Inputs of a FUNCTION are copies made for one call and may be reused as scratch variables; an input clamped in place from its own value (`N := MIN(N, 32);`, or a member of a structured input, `stSet.bHvReq := stSet.bHvReq AND stSet.bEnable;`) is a range check, not an overwrite, and setting a property of an input function block instance or interface (`fbView.Parent := iParent;`, `ipLower.bVetoed := bVeto;`) calls its setter. An input declared REFERENCE TO hands a result back: a store through it (`eState := fbCam.GetState();`) reaches the caller's variable, as through a VAR_IN_OUT, and is not reported (re-seating it with REF= is). FB_init and FB_reinit, which the runtime calls to initialise an instance before its first call (and after an online change copies it), may set their block's inputs as a declaration's initial value would (`METHOD FB_init … nId := nInitId;`): not reported. Nor is configuring a function block instance the block declares in VAR_INPUT CONSTANT, a component it shows as a parameter, which callers set only where they declare the instance (`TFl.iLabel := LblFlow;` on `VAR_INPUT CONSTANT TFl : FB_Sensor;`, as TwinCAT's building automation templates do in thousands of lines). A VAR_INPUT located on the output image (`lightGreen AT %Q* : BIT;`, which TwinCAT links per instance) is an output the block drives: writing it is not reported. A write to a member or element of a structure or array located on the input image (`stEnc.Ref := nRef;` on `stEnc AT %I* : ST_Enc;`) is reported one severity lower: which members the I/O fills is decided by the project's links, not the code. Three writes real TwinCAT code makes on purpose are reported one severity lower as well (a warning by default), which is why CODESYS makes SA0037 configurable: a method or action writing its function block's VAR_INPUT (or one the block inherits), a method writing its own VAR_INPUT (a copy made for the call, as a function's), and a block writing its own input only in a branch of an IF, CASE or loop, or with S=/R=, which store only when their condition holds, or overwriting an input it has already read in this call, also through an output binding in a later call (`rtRetry(CLK := bRetry); bRetry := FALSE;` acknowledges a command an HMI or EPICS set; a parameter reset to its default after use; `fbOut(fReal := fSet); fbIn(fReal => fSet);` shows the set point read back; a call binding its own argument's input, `fb(IN := x, Q => x)`, stays an error) (`IF bReset THEN … bReset := FALSE;` acknowledges a command it has taken, `IF sDir = '' THEN sDir := …` fills in a default, `IF NOT bInit THEN …`, or the writes after `IF bInit THEN RETURN; END_IF`, initialise once). So is a variable located on a TwinCAT placeholder `AT %I*` written by a method or a property's setter of its block (`SetStatus(nStatus)` of a simulated device in a virtual commissioning library) or only in a branch (`IF NOT bMapped THEN bReady := TRUE; END_IF`, `IF bSim THEN nEncoder := …`; a global list's too, a program's simulation override): the project's links may leave it unlinked, and the code fills it in on purpose. A block setting an input of a function block instance it holds in VAR_INPUT and calls itself (`fbAxis.bEnable := b; fbAxis(…);`) is parameterising its call, also a warning. Writes to fixed hardware addresses (`%IX0.0`), a block's own body overwriting an `AT %I*` variable on every call, and a block overwriting its input on every call stay errors. Code a model wrote is held one severity stricter (the gate, `gantry check --ai-only`), so a suggestion that overwrites an input is dropped either way. A store into a structure declared AT an ANY or POINTER input (classic SCL taking a parameter pointer apart: `pSrc AT DATA : STRUCT … END_STRUCT`) moves the pointer, as a copy would, and is not reported. A store through a classic SCL BLOCK_DB input into the data block it names (`DB_NBR.DD[i] := …`) writes that block, not the input. The start values of an SCL instance data block (`DATA_BLOCK \"iDB\" \"FB\" BEGIN x := 1;`) are not writes. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL (`#input := …`).",
		"An input is the caller's (or the field's) value for this cycle. Overwriting it hides the real signal from the rest of the POU: an emergency stop or a limit switch can read as healthy. A physical input is rewritten by the I/O image at the next cycle, so the write is both lost and misleading.",
		"FUNCTION_BLOCK FB_Door\nVAR_INPUT bClosed : BOOL; END_VAR\nbClosed := TRUE;      // forces the door 'closed'\n%IX0.0 := FALSE;",
		"FUNCTION_BLOCK FB_Door\nVAR_INPUT bClosed : BOOL; END_VAR\nVAR bClosedOk : BOOL; END_VAR\nbClosedOk := bClosed AND bSensorOk;   // derive, don't overwrite"),
}, checkWriteToInput)

func checkWriteToInput(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		if p.Kind == KindDataBlock {
			continue // BEGIN … END_DATA_BLOCK sets start values
		}
		sc := run.Scope(p)
		self := p
		if p.Kind == "" && sc.POU != nil {
			self = sc.POU // a PLCopen body: the POU its XML declares
		}
		body := p.Node
		if self != p {
			body = nil // each top-level statement of a PLCopen body is a unit: the IF may be its root
		}
		for _, w := range run.Writes(p) {
			root := rootOf(w.target)
			if root == nil {
				continue
			}
			if root.Kind() == "direct_address" {
				if isInputAddress(root.Text()) {
					report(pass, w.target, "%s writes the physical input %s", w.how, root.Text())
				}
				continue
			}
			v := sc.targetVar(w.target)
			if v == nil {
				continue
			}
			switch {
			case v.InputAddress() && partOfVar(sc, w.target):
				// `stEnc.Ref := nRef;` on `stEnc AT %I* : ST_Enc;`: a structure (or array)
				// located on the input image may hold members no I/O is linked to, which the
				// project's links decide, not the code.
				pass.ReportMild(w.target.Start(), w.target.End(), "%s writes a member of %s, which is located on the physical input %s", w.how, v.Name, v.Address)
			case v.InputAddress() && linkedLater(v.Address) && v.Owner != nil && v.Owner != self && methodOfBlock(sc, self, v.Owner):
				// `SetStatus(nStatus)` of a simulated device: a method or a property's setter of
				// the block storing into its `AT %I*` variable, which the project may leave
				// unlinked (a virtual commissioning model feeds it so) — called on purpose.
				pass.ReportMild(w.target.Start(), w.target.End(), "%s %s writes %s, which its function block %s locates on the physical input %s", strings.ToLower(self.Kind), self.Name, v.Name, v.Owner.Name, v.Address)
			case v.InputAddress() && linkedLater(v.Address) && (conditional(w.stmt, body) || setOrReset(w.stmt)):
				// `IF NOT bMapped THEN bReady := TRUE; END_IF`, `IF bSim THEN nEncoder := …`: an
				// `AT %I*` input filled in where the project left it unlinked or simulates it,
				// a block's own or a global list's (a program's simulation override,
				// `IF GVL_Sim.bSimMode THEN GVL_IO.bDoor := …`).
				pass.ReportMild(w.target.Start(), w.target.End(), "%s writes %s, which is located on the physical input %s", w.how, v.Name, v.Address)
			case v.InputAddress():
				pass.Report(w.target.Start(), w.target.End(), "%s writes %s, which is located on the physical input %s", w.how, v.Name, v.Address)
			case v.Input() && partOfVar(sc, w.target) && blockDBParam(sc, v):
				// Classic SCL's `DB_NBR.DD[i] := …` on `DB_NBR : BLOCK_DB;`: a store into
				// the data block the input names, not into the input (the block number).
			case v.Input() && anyPointerView(sc, v):
				// Classic SCL's `pData AT DATA : STRUCT … Byte_Pointer : DWORD; END_STRUCT`
				// over `DATA : ANY`: the block takes the pointer apart and moves it through
				// the area it describes (`pData.Byte_Pointer := …`), as it would a copy.
			case v.Input() && isOutputAddress(v.Address):
				// `lightGreen AT %Q* : BIT;` in VAR_INPUT: an output of the process image
				// the block drives (TwinCAT links it per instance), not a value from the caller.
			case v.Input() && w.how == "assignment" && setsBlockProperty(sc, v, w.target):
				// `fbView.Parent := iParent;`: a property's setter called on an input
				// instance, not a store into the input.
			case v.Input() && w.how == "assignment" && w.target.Is("identifier", "local_variable") && readsName(w.stmt.Child("right"), v.Name):
				// `N := MIN(N, 32);`: the input clamped to its valid range before use
				// (defensive code, common in libraries such as OSCAT), not overwritten.
			case v.Input() && w.how == "assignment" && w.target.Is("member_expression", "index_expression") && readsSame(w.stmt.Child("right"), w.target):
				// `stSet.bHvReq := stSet.bHvReq AND stSet.bEnable;`: a member of a
				// structured input narrowed in place from its own value, as above.
			case v.Input() && v.Owner != nil && byValueCopy(v):
				// A FUNCTION's input is a copy made for this call: reusing it as
				// a scratch variable (`A := ABS(A);`) changes nothing the caller sees.
			case v.Input() && v.Owner != nil && v.Owner != self && initMethod(self) && methodOfBlock(sc, self, v.Owner):
				// `METHOD FB_init … nId := nInitId;`: the block's initialisation, run before
				// its first call (and FB_reinit after an online change's copy), sets up its
				// inputs as a declaration's initial value would; no caller's value is there yet.
			case v.Input() && v.Constant && memberOfBlockInstance(sc, v, w.target):
				// `VAR_INPUT CONSTANT TFl : FB_BA_SensorAnalog; … TFl.iLabel := …;`: a
				// component instance the block shows as a parameter (callers set VAR_INPUT
				// CONSTANT only where they declare the instance), configured by the block.
			case v.Input() && !reseats(w) && referenceInput(sc, v):
				// `eState := fbCamera.GetState();` on `eState : REFERENCE TO E_State;` in
				// VAR_INPUT, a block's or a method's own (`profile.t[0] := …` on a method's
				// `profile : REFERENCE TO ProfileDesc`): the store goes through the reference
				// into the caller's variable, as through a VAR_IN_OUT (`REF=` re-seating the
				// reference is still judged).
			case v.Input() && v.Owner == self && self.Kind == KindMethod:
				// A method's own input is a copy made for this call, like a function's;
				// object-oriented TwinCAT code reuses it (`pNode := pNode^.pNext;`).
				pass.ReportMild(w.target.Start(), w.target.End(), "%s writes %s, a VAR_INPUT of method %s (a copy for this call)", w.how, v.Name, self.Name)
			case v.Input() && v.Owner == self && partOfVar(sc, w.target) && callsOwnInstance(run, sc, p, v):
				// `fbAxis.bEnable := bRun; fbAxis(nStatus := n);` on `fbAxis : FB_Axis;` declared
				// in VAR_INPUT: the block parameterises the instance it calls itself, whose call
				// changes it anyway; the caller's instance is the block's to drive.
				pass.ReportMild(w.target.Start(), w.target.End(), "%s writes a member of %s, a function block instance in VAR_INPUT of %s that the block calls", w.how, v.Name, v.Owner.Name)
			case v.Input() && v.Owner != nil && v.Owner != self && methodOfBlock(sc, self, v.Owner):
				pass.ReportMild(w.target.Start(), w.target.End(), "%s %s writes %s, a VAR_INPUT of its function block %s", strings.ToLower(self.Kind), self.Name, v.Name, v.Owner.Name)
			case v.Input() && v.Owner != nil && !pointerWalk(sc, v) && (conditional(w.stmt, body) || afterEarlyReturn(w.stmt, body) || setOrReset(w.stmt) || readFirst(run, p, v, w)):
				// `IF bReset THEN … bReset := FALSE;`, `IF sDir = '' THEN sDir := …`, `IF NOT
				// bInit THEN stIn := …` (or `IF bInit THEN RETURN; END_IF stIn := …`): the
				// block acknowledges a command it has taken, fills in a default or
				// initialises once; SA0037 still warns. An unconditional
				// overwrite hides the caller's value on every call and stays an error.
				pass.ReportMild(w.target.Start(), w.target.End(), "%s writes %s, a VAR_INPUT of %s", w.how, v.Name, v.Owner.Name)
			case v.Input() && v.Owner != nil && !pointerWalk(sc, v): // found through the POU chain: its own (or inherited) input
				pass.Report(w.target.Start(), w.target.End(), "%s writes %s, a VAR_INPUT of %s", w.how, v.Name, v.Owner.Name)
			}
		}
	}
}

// initMethod reports FB_init or FB_reinit, the methods the runtime calls to initialise an
// instance (before its first call, and after an online change copies it).
func initMethod(p *POU) bool {
	return p.Kind == KindMethod && (strings.EqualFold(p.Name, "FB_init") || strings.EqualFold(p.Name, "FB_reinit"))
}

// blockDBParam reports a parameter of classic SCL's BLOCK_DB type: the number of a data
// block, whose words the block reads and writes through it (`DB_NBR.DW[4]`).
func blockDBParam(sc *Scope, v *Var) bool {
	t := sc.Resolve(v.Type)
	return t != nil && t.Kind == TypeNamed && strings.EqualFold(t.Name, "BLOCK_DB")
}

// anyPointerView reports an input declared AT another input of type ANY or POINTER
// (classic SCL's view of a parameter pointer as a structure of its fields).
func anyPointerView(sc *Scope, v *Var) bool {
	if v.Address == "" || strings.HasPrefix(v.Address, "%") {
		return false
	}
	base := sc.Local(v.Address)
	if base == nil || base == v || !base.Input() {
		return false
	}
	t := sc.Resolve(base.Type)
	return t != nil && t.Kind == TypeNamed && (strings.EqualFold(t.Name, "ANY") || strings.EqualFold(t.Name, "POINTER"))
}

// byValueCopy reports an input of a FUNCTION: passed by value, gone after the call. (A
// METHOD's inputs are copies too, but a method works on its instance's state, where an
// overwritten input reads like the caller's value; those writes are reported, mildly.)
func byValueCopy(v *Var) bool { return v.Owner.Kind == KindFunction }

// pointerWalk: a FUNCTION stepping its own POINTER input through a buffer works on a copy
// that no caller sees (`pData := pData + 1;`), a common and harmless idiom.
func pointerWalk(sc *Scope, v *Var) bool {
	if v.Owner.Kind != KindFunction {
		return false
	}
	t := sc.Resolve(v.Type)
	return t != nil && t.Kind == TypePointer
}

// readsName reports whether the expression n reads the plain name.
func readsName(n *Node, name string) bool {
	found := false
	n.Walk(func(k *Node) bool {
		if k.Kind() == "identifier" && strings.EqualFold(k.Text(), name) && checkedIdentifier(k) {
			found = true
		}
		return !found
	})
	return found
}

// readsSame reports whether the expression n reads the very member or element target
// writes (`stSet.bReq` in `stSet.bReq := stSet.bReq AND bOk;`), as written.
func readsSame(n *Node, target *Node) bool {
	want := pathText(target.Text())
	found := false
	n.Walk(func(k *Node) bool {
		if k.Kind() == target.Kind() && pathText(k.Text()) == want {
			found = true
		}
		return !found
	})
	return found
}

// pathText is a member or element path for comparison: no spaces, SCL's # dropped, one case.
func pathText(s string) string {
	return strings.ToLower(strings.NewReplacer(" ", "", "\t", "", "\n", "", "\r", "", "#", "").Replace(s))
}

// readFirst reports an assignment or an output binding to an input the body has already
// read in this call (`rtRetry(CLK := bRetry); bRetry := FALSE;` acknowledges an HMI's or
// EPICS's command; `stState.fVelocity := fVelocity; … fVelocity := stDefault.fVelocity;`
// resets a parameter to its default for the next call; `fbOut(fReal := fSet); fbIn(fReal
// => fSet);` writes the value read back from the terminal into the set point an HMI or
// EPICS writes, so it shows what was applied): the caller's value was used. A block
// overwriting an input it has not read yet hides the caller's value, and stays an error;
// so does a call binding an output to the input it is given (`fb(IN := x, Q => x)`),
// whose read counts only before that call.
func readFirst(run *Run, p *POU, v *Var, w write) bool {
	if w.how != "assignment" && w.how != "output binding" || !w.target.Is("identifier") {
		return false
	}
	limit := w.target.Start()
	if w.how == "output binding" {
		for c := w.stmt; c != nil; c = c.Parent() {
			if c.Is("call_statement", "call_expression") {
				limit = c.Start()
				break
			}
		}
	}
	found := false
	for list := range run.BodyNodes(p, "statement_list") {
		list.Walk(func(k *Node) bool {
			if found || k.Start() >= limit {
				return false
			}
			if k.Is("identifier") && strings.EqualFold(k.Text(), v.Name) && checkedIdentifier(k) &&
				!(k.Field() == "left" && k.Parent().Is("assignment")) && !outputBound(k) {
				found = true
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// outputBound reports the variable of an output binding (`Q => x`): a store, not a read.
func outputBound(k *Node) bool {
	arg := k.Parent()
	if k.Field() != "value" || !arg.Is("argument") {
		return false
	}
	op := arg.Child("operator")
	return op != nil && op.Text() == "=>"
}

// setOrReset reports `x S= c;` or `x R= c;`: the store happens only when c is TRUE, as in
// an IF (`bReset R= rtReset.Q;` acknowledges the reset the block has taken).
func setOrReset(stmt *Node) bool {
	op := stmt.Child("operator")
	return op != nil && (strings.EqualFold(op.Text(), "S=") || strings.EqualFold(op.Text(), "R="))
}

// methodOfBlock reports whether p is a method, property or action nested in the function
// block (or class) owner, or in a block that EXTENDS it, whose own inputs it may set on
// purpose: the block's body calls its actions as it calls its methods, on the condition it
// chooses, and a derived block's method works on the same instance as its base's
// (`RequestedCause := __POUNAME();` in a state machine's Halt).
func methodOfBlock(sc *Scope, p, owner *POU) bool {
	if p.Kind != KindMethod && p.Kind != KindProperty && p.Kind != KindAction || !owner.IsFBLike() {
		return false
	}
	for q := p.Parent; q != nil; q = q.Parent {
		if q == owner || sc.inherits(q, owner, 0) {
			return true
		}
	}
	return false
}

// setsBlockProperty reports a store that sets a property of a function block instance
// (`fbView.Parent := iParent;`), or may (the block is a library's Gantry cannot see): a
// property's Set is a method call on the instance, not a store into it.
func setsBlockProperty(sc *Scope, v *Var, target *Node) bool {
	if v.Type != nil && v.Type.Kind == TypeNamed && rootOf(target) == target.Child("object") {
		if q := sc.findPOU(v.Type.Name); q != nil && q.Kind == KindInterface {
			return true // an interface holds methods and properties only: this is a setter
		}
	}
	block, std, ok := instanceMember(sc, v, target)
	if !ok || std != nil || rootOf(target) != target.Child("object") {
		return false // a standard block has no properties; `fb.a.b` sets a's member
	}
	if block == nil {
		return true // a block Gantry cannot see
	}
	member := target.Child("member")
	if member == nil {
		return false
	}
	m := sc.member(block, member.Text(), 0) // the block's own or an inherited member
	return m != nil && m.Kind == KindProperty
}

// partOfVar reports a store into a member or element of the variable the target names
// (`stEnc.Ref`, `aIn[2]`, `GVL.stEnc.Ref`), not into the whole of it (`stEnc`, `GVL.stEnc`).
func partOfVar(sc *Scope, target *Node) bool {
	whole := rootOf(target)
	if whole == nil {
		return false
	}
	lookup := sc.Lookup
	if whole.Parent().Is("global_scope") { // `.x` is x whole
		whole, lookup = whole.Parent(), sc.LookupGlobal
	}
	name := rootOf(whole).Text()
	if lookup(name).Kind != SymVar && whole.Parent().Is("member_expression") && whole.Parent().Child("object") == whole {
		whole = whole.Parent() // GVL.x: the list's name qualifies the variable
	}
	return whole != target
}

// linkedLater reports a TwinCAT placeholder address (`%I*`, `%Q*`): the variable gets its
// place in the process image from the project's links, which may leave it unlinked.
func linkedLater(a string) bool { return strings.HasSuffix(strings.TrimSpace(a), "*") }

// callsOwnInstance reports whether p's body calls the function block instance v
// (`fbAxis(…)`), one of p's inputs.
func callsOwnInstance(run *Run, sc *Scope, p *POU, v *Var) bool {
	if fb, std := sc.FBType(v.Type); fb == nil && std == nil {
		return false
	}
	for n := range run.BodyNodes(p, "call_statement") {
		if strings.EqualFold(calledVar(n.Child("function")), v.Name) {
			return true
		}
	}
	return false
}

// referenceInput reports an input declared REFERENCE TO: a store into it reaches the
// variable the caller bound, the way libraries hand back a result through an input.
func referenceInput(sc *Scope, v *Var) bool {
	return v.Type != nil && (v.Type.Kind == TypeRef || sc.Resolve(v.Type) != nil && sc.Resolve(v.Type).Kind == TypeRef)
}

// reseats reports `ref REF= other;`: the reference itself is changed, not what it points to.
func reseats(w write) bool {
	op := w.stmt.Child("operator")
	return w.how == "assignment" && op != nil && strings.EqualFold(strings.ReplaceAll(op.Text(), " ", ""), "REF=")
}
