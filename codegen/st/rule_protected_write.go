package st

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleProtectedWrite: a store into a signal the configuration protects.
var ruleProtectedWrite = register(&rules.Rule{
	ID:       "st/protected-write",
	Title:    "Write to a protected signal",
	Severity: rules.Error,
	Category: rules.Safety,
	Anchors:  []string{"Gantry policy", "Top 20 Secure PLC Coding Practices #10 (safety-critical signals)"},
	Doc: rules.Doc(
		"Reports any store (assignment, S=/R=, `=>` binding, FOR counter) into a variable or address listed under [st] protected in gantry.toml: a plain name (`bEStopRelay`), a qualified name (`GVL.bEStopRelay`) or an address (`%QX0.0`, matched also through AT declarations). Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"Emergency-stop relays, safety door locks and similar signals belong to reviewed safety logic. A suggestion that writes one, however plausible, must never reach the editor; in CI the finding shows a human changed one.",
		"[st]\nprotected = [\"bEStopRelay\"]\n\nbEStopRelay := bStartButton;",
		"// read protected signals, never write them\nbMachineReady := bEStopRelay AND bGuardsClosed;"),
}, checkProtectedWrite)

func checkProtectedWrite(pass *rules.Pass, run *Run) {
	prot := protectedSet(run.Config)
	if len(prot) == 0 {
		return
	}
	for _, p := range run.POUs() {
		sc := run.Scope(p)
		for _, w := range run.Writes(p) {
			if what := protectedTarget(sc, w.target, prot); what != "" {
				report(pass, w.target, "%s writes the protected signal %s", w.how, what)
			}
		}
	}
}

func protectedSet(cfg *config.Config) map[string]bool {
	if cfg == nil {
		return nil
	}
	out := map[string]bool{}
	for _, s := range SettingsOf(cfg).Protected {
		s = strings.ToLower(strings.TrimSpace(s))
		if s != "" {
			out[s] = true
		}
	}
	return out
}

// protectedTarget names the protected signal a designator stores into, or "".
func protectedTarget(sc *Scope, target *Node, prot map[string]bool) string {
	root := rootOf(target)
	if root == nil {
		return ""
	}
	if root.Kind() == "direct_address" {
		if prot[lower(root.Text())] {
			return root.Text()
		}
		return ""
	}
	v := sc.targetVar(target)
	// The written path as text, without indexes: GVL.bX, stDrive.bEnable. A bare name
	// matches only a global (or unknown) variable: a local of the same name is another
	// signal.
	path := lower(strings.Join(strings.Fields(designatorPath(target)), ""))
	global := v == nil || v.Owner == nil
	for p := path; p != ""; {
		if prot[p] && (global || strings.Contains(p, ".")) {
			return p
		}
		i := strings.LastIndexByte(p, '.')
		if i < 0 {
			break
		}
		p = p[:i]
	}
	if v == nil {
		return ""
	}
	// A qualified entry "GVL.x" protects the global x, written as x or as Other.x.
	if v.Owner == nil {
		for k := range prot {
			if i := strings.LastIndexByte(k, '.'); i >= 0 && strings.EqualFold(k[i+1:], v.Name) {
				return k
			}
		}
		if prot[lower(v.Name)] {
			return v.Name
		}
	}
	if v.Address != "" && prot[lower(v.Address)] {
		return v.Name + " (" + v.Address + ")"
	}
	return ""
}

// designatorPath renders x.y[i].z as "x.y.z".
func designatorPath(n *Node) string {
	switch n.Kind() {
	case "identifier", "quoted_identifier":
		return unquote(n.Text())
	case "local_variable":
		return varName(n.First())
	case "member_expression":
		return designatorPath(n.Child("object")) + "." + designatorPath(n.Child("member"))
	case "index_expression":
		return designatorPath(n.Child("object"))
	case "integer", "partial_access":
		return n.Text()
	}
	return ""
}
