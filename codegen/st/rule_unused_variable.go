package st

import (
	"sort"
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleUnusedVariable: declared, never used.
var ruleUnusedVariable = register(&rules.Rule{
	ID:       "st/unused-variable",
	Title:    "Unused variable",
	Severity: rules.Info,
	Category: rules.Style,
	Anchors:  []string{"CODESYS SA0033 (unused variables)"},
	Doc: rules.Doc(
		"Reports a VAR, VAR_TEMP or VAR_STAT variable that nothing in its POU (body, initial values, nested methods and actions, and the methods, actions and property accessors written after it: the regions of a TwinCAT .TcPOU, the ACTION blocks of a text export) mentions. Located variables (AT %I…/%Q…) and interface variables are left alone: the I/O image and the callers use them; so is a classic organization block's start information (`OB1_EV_CLASS`…), which the CPU fills. A block whose body Gantry does not read (a text export's IL, LD or FBD body, a TIA Portal V21 document's LAD or FBD network, the networks of a STEP 7 STL source) is not checked. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"Dead declarations make a POU harder to read and hide typos: `bMotorOn` declared, `bMotorOK` used.",
		"VAR\n    nRetries : INT;    // never used\nEND_VAR",
		"// remove the declaration, or use it"),
}, checkUnused)

func checkUnused(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		if p.Kind == "" || p.Kind == KindInterface || p.Kind == KindDataBlock || p.Node == nil {
			continue
		}
		if isBnRDecl(run.Path) {
			continue // a B&R .fun's block: its code, in a .st, uses the variables
		}
		used := map[string]bool{}
		mark := func(n *Node) bool {
			if n.Kind() == "identifier" && !(n.Parent().Is("var_declaration") && n.Field() == "name") {
				used[lower(n.Text())] = true
			} else if n.Kind() == "quoted_identifier" && n.Parent().Is("local_variable") {
				used[lower(varName(n))] = true // SCL's #"Motor 1"
			}
			return true
		}
		// The whole POU node: bodies, nested methods and actions, initial values, bounds;
		// then its members written after it.
		p.Node.Walk(mark)
		unread := exportBodyUnread(run.Path, run.Text, p.Start, p.End)
		for _, m := range laterMembers(run, p) {
			m.Walk(mark)
			unread = unread || exportBodyUnread(run.Path, run.Text, m.Start(), m.End())
		}
		if unread {
			continue // code in IL or a graphical language (a CODESYS 2.3 export) may use them
		}
		// A block's VAR is its derived blocks' too (`EXTENDS FB_Base`, `FB_Base<8>`).
		for _, q := range run.POUs() {
			if q != p && q.Node != nil && extends(run.Scope(q), q, p) {
				q.Node.Walk(mark)
			}
		}
		for _, v := range p.Vars {
			switch v.Section {
			case SecVar, SecTemp, SecStat:
			default:
				continue
			}
			if v.Address != "" || used[lower(v.Name)] || v.Section == SecTemp && p.Kind == KindOrgBlock && obStartInfo(v.Name) {
				continue
			}
			pass.Report(v.Start, v.End, "%s is declared but never used", v.Name)
		}
	}
}

// laterMembers returns the syntax of what belongs to a top-level POU but follows it at the
// top level: a TwinCAT .TcPOU keeps an action's body in a region of its own with no header
// (its name is an XML attribute), and a CODESYS text export writes ACTION, METHOD and
// PROPERTY blocks after END_FUNCTION_BLOCK. Such units up to the next POU belong to p.
func laterMembers(run *Run, p *POU) []*Node {
	if p.Parent != nil {
		return nil
	}
	units := run.Model.Units // in text order
	i := sort.Search(len(units), func(i int) bool { return units[i].End >= p.Start })
	var out []*Node
	for j := i + 1; j < len(units); j++ {
		if !memberUnit(units[j].data) {
			break
		}
		out = append(out, units[j].Abs(run.Text).root)
	}
	return out
}

// memberUnit reports a unit of bare statements or of methods, actions and properties
// written outside their function block.
func memberUnit(d *unitData) bool {
	for _, q := range d.pous {
		switch q.Kind {
		case KindMethod, KindAction, KindProperty:
		default:
			return false
		}
	}
	return len(d.types) == 0 && len(d.globals) == 0
}

// extends reports whether q names base as the block it extends, resolved the way its
// scope resolves names (a namespace prefix, `FB<8>` of a generic block).
func extends(sc *Scope, q, base *POU) bool {
	for _, b := range q.Extends {
		if sc.findPOU(b) == base {
			return true
		}
	}
	return false
}

// obStartInfo reports a temporary of a classic STEP 7 organization block's start
// information (`OB1_EV_CLASS`, `OB35_PRIORITY`, `OB1_DATE_TIME`): the 20 bytes every OB
// declares first, which the CPU fills; a block need not read them.
func obStartInfo(name string) bool {
	n := strings.ToUpper(name)
	rest, ok := strings.CutPrefix(n, "OB")
	if !ok {
		return false
	}
	i := 0
	for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	return i > 0 && i < len(rest) && rest[i] == '_'
}
