package st

import (
	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleWriteToConstant: a store into a CONSTANT or an enumeration value.
var ruleWriteToConstant = register(&rules.Rule{
	ID:       "st/write-to-constant",
	Title:    "Write to a constant",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"compiler error (constant cannot be written)"},
	Doc: rules.Doc(
		"Reports stores into a variable declared in a VAR … CONSTANT section (local or global) or into an enumeration value. CONSTANT on a function block instance fixes the instance, not its state: setting its members and properties (`VAR_INPUT CONSTANT fbSensor : FB_Sensor; … fbSensor.iParent := THIS^;`, as TwinCAT's building automation templates do by the thousand) is not reported. A block's own `VAR_INPUT CONSTANT` parameters (which callers set only where they declare the instance) may be written by the block itself, in FB_init or to keep them in range: those writes are not reported either. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"Constants are read-only by definition; the compiler refuses the program. A suggestion that 'adjusts' a limit constant usually means the model misread a limit as a setting.",
		"VAR CONSTANT c_rMaxSpeed : REAL := 1500.0; END_VAR\nc_rMaxSpeed := rRequested;",
		"VAR CONSTANT c_rMaxSpeed : REAL := 1500.0; END_VAR\nrSpeed := MIN(rRequested, c_rMaxSpeed);"),
}, checkWriteToConstant)

func checkWriteToConstant(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		sc := run.Scope(p)
		for _, w := range run.Writes(p) {
			root := rootOf(w.target)
			if varName(root) == "" {
				continue
			}
			if v := sc.targetVar(w.target); v != nil {
				if v.Constant && !memberOfBlockInstance(sc, v, w.target) && !ownParameter(p, v) {
					report(pass, w.target, "%s writes %s, which is declared CONSTANT", w.how, v.Name)
				}
				continue
			}
			// Statements outside a POU (a PLCopen body, whose variables its XML declares;
			// a snippet) may write a variable Gantry cannot see that an enumeration value's
			// name would hide; so may an action written after its POU (a CODESYS export's
			// `ACTION Check:` after END_PROGRAM), whose owner's variables the scope lacks.
			if w.target == root && p.Kind != "" && !sc.Incomplete && sc.Lookup(root.Text()).Kind == SymEnumValue {
				report(pass, w.target, "%s writes the enumeration value %s", w.how, root.Text())
			}
		}
	}
}

// memberOfBlockInstance reports a store into a member of a function block instance (a
// block Gantry cannot see counts as one): TwinCAT lets code configure the members and
// properties of an instance declared CONSTANT, so only the instance itself is fixed.
func memberOfBlockInstance(sc *Scope, v *Var, target *Node) bool {
	_, _, ok := instanceMember(sc, v, target)
	return ok
}

// instanceMember reports whether target stores into a member of v (`fb.MV.eUnit`, not
// `afb[1]`) where v is an instance of a function block, a standard one (std) or a block
// Gantry cannot see (both nil).
func instanceMember(sc *Scope, v *Var, target *Node) (block *POU, std *StdPOU, ok bool) {
	root := rootOf(target)
	if root == nil || root == target || v.Type == nil || v.Type.Kind != TypeNamed {
		return nil, nil, false
	}
	if step := root.Parent(); step == nil || !step.Is("member_expression") || step.Child("object") != root {
		return nil, nil, false
	}
	if v.Type.Elementary() != "" || sc.FindType(v.Type.Name) != nil {
		return nil, nil, false // a structure's member is part of the variable
	}
	block, std = sc.FBType(v.Type)
	return block, std, block != nil || std != nil || sc.findPOU(v.Type.Name) == nil
}

// ownParameter reports a VAR_INPUT CONSTANT of the block p belongs to: a parameter callers
// may set only where they declare the instance, which the block itself initialises
// (FB_init) and keeps in range (`nUpdateTime := LIMIT(500, nUpdateTime, 60000);`), as
// TwinCAT's building automation library does.
func ownParameter(p *POU, v *Var) bool {
	if v.Section != SecInput || v.Owner == nil {
		return false
	}
	for q := p; q != nil; q = q.Parent {
		if q == v.Owner {
			return true
		}
	}
	return false
}
