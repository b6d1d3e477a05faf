package st

import (
	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleDuplicateDeclaration: a name declared twice in one scope.
var ruleDuplicateDeclaration = register(&rules.Rule{
	ID:       "st/duplicate-declaration",
	Title:    "Duplicate declaration",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"CODESYS SA0027 (multiple usage of name)", "compiler error"},
	Doc: rules.Doc(
		"Reports a variable declared twice in one POU (across all its VAR sections), a struct member or enumeration value declared twice in one type, and a global variable, type or POU declared twice in one file. Names compare case-insensitively, as IEC 61131-3 does, except in B&R Automation Studio's declaration files (.typ, .var, .fun): B&R turns them into C declarations, where Error and ERROR are two names (its own motion library's structures hold both TargetPosition and targetPosition). Declarations in different branches of a conditional pragma ({IF defined (Variant1)} … {ELSE} … {END_IF}) are compiled one at a time and are not duplicates. Functions in a NAMESPACE and methods of a CLASS (and, in SIMATIC AX, the method prototypes of an INTERFACE) with the same name and different parameter types are SIMATIC AX overloads, not duplicates, and POUs of the same name in different NAMESPACEs are different POUs. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"The compiler refuses the program; where a dialect shadows instead, reads and writes silently go to different variables.",
		"VAR_INPUT nSpeed : INT; END_VAR\nVAR nSpeed : INT; END_VAR",
		"VAR_INPUT nSpeed : INT; END_VAR\nVAR nSpeedLimited : INT; END_VAR"),
}, checkDuplicates)

func checkDuplicates(pass *rules.Pass, run *Run) {
	lower := lower
	if isBnRDecl(run.Path) {
		lower = func(s string) string { return s } // B&R's declarations are C's: case counts
	}
	for _, p := range run.POUs() {
		cond := conditionalBranches(run.Text, p.Start, p.End)
		seen := map[string][][]condBranch{}
		for _, v := range p.Vars {
			k := lower(v.Name)
			here := cond.at(v.Start)
			if prior, ok := seen[k]; ok && !exclusiveOfAll(here, prior) {
				pass.Report(v.Start, v.End, "%s is declared twice in %s", v.Name, p.Name)
			}
			seen[k] = append(seen[k], here)
		}
		seenChild := map[string]bool{}
		for _, c := range p.Children {
			k := c.Kind + lower(c.Name)
			if p.Top().Kind == KindClass || p.Top().Kind == KindInterface && run.Dialect() == DialectAX {
				// AX class methods overloaded by their parameters are distinct, and so are the
				// prototypes of an AX interface the classes implementing it overload
				k = signature(c)
			}
			if seenChild[k] && c.Kind != KindProperty {
				pass.Report(c.NameStart, c.NameEnd, "%s %s is declared twice in %s", c.Kind, c.Name, p.Name)
			}
			seenChild[k] = true
		}
	}
	// File scope: globals, types and POUs of this file, reported where the later one is.
	globals, types, pous := map[string][][]condBranch{}, map[string]bool{}, map[string]bool{}
	owner := "" // the block the members written after it belong to
	inFocus := map[*Unit]bool{}
	for _, u := range run.Units() {
		inFocus[u] = true
	}
	for _, u := range run.Model.Units {
		var abs *unitData
		if inFocus[u] {
			abs = u.Abs(run.Text)
		}
		data := u.data
		var cond *condBranches
		if abs != nil && len(data.globals) > 1 {
			cond = conditionalBranches(run.Text, u.Start, u.End)
		}
		for i, v := range data.globals {
			k := lower(v.Name)
			var here []condBranch
			if abs != nil {
				here = cond.at(abs.globals[i].Start)
			}
			if prior, ok := globals[k]; ok && abs != nil && !exclusiveOfAll(here, prior) {
				pass.Report(abs.globals[i].Start, abs.globals[i].End, "global %s is declared twice in this file", v.Name)
			}
			globals[k] = append(globals[k], here)
		}
		for i, t := range data.types {
			k := lower(t.Name)
			if types[k] && abs != nil {
				pass.Report(abs.types[i].NameStart, abs.types[i].NameEnd, "type %s is declared twice in this file", t.Name)
			}
			types[k] = true
			if abs != nil {
				checkTypeMembers(pass, abs.types[i].Type, lower)
			}
		}
		for i, p := range data.pous {
			k := lower(p.Name)
			// A method, action or property written after its block (a CODESYS export's
			// ACTION … END_ACTION after END_FUNCTION_BLOCK) is that block's: two blocks may
			// each have an action of one name.
			if p.Kind == KindMethod || p.Kind == KindAction || p.Kind == KindProperty {
				k = owner + "." + k
			} else {
				owner = k
			}
			if p.Kind == KindFunction && p.Namespace != "" {
				k = signature(p) // AX overloads functions in namespaces by their parameters
			}
			if p.Namespace != "" {
				k = lower(p.Namespace) + "." + k // each NAMESPACE is a scope of its own
			}
			if pous[k] && abs != nil {
				pass.Report(abs.pous[i].NameStart, abs.pous[i].NameEnd, "%s %s is declared twice in this file", p.Kind, p.Name)
			}
			pous[k] = true
		}
	}
}

// exclusiveOfAll reports whether a declaration in the conditional branches here is compiled
// with none of the earlier ones (see conditionalBranches).
func exclusiveOfAll(here []condBranch, earlier [][]condBranch) bool {
	for _, e := range earlier {
		if !exclusiveBranches(here, e) {
			return false
		}
	}
	return true
}

func checkTypeMembers(pass *rules.Pass, t *Type, lower func(string) string) {
	if t == nil {
		return
	}
	seen := map[string]bool{}
	for _, m := range t.Members {
		k := lower(m.Name)
		if seen[k] {
			pass.Report(m.Start, m.End, "member %s is declared twice", m.Name)
		}
		seen[k] = true
	}
	seenE := map[string]bool{}
	for _, e := range t.Enum {
		k := lower(e.Name)
		if seenE[k] {
			pass.Report(e.Start, e.End, "enumeration value %s is declared twice", e.Name)
		}
		seenE[k] = true
	}
}
