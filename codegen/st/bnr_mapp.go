package st

import (
	"bytes"
	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"github.com/gantry-dev/gantry/codegen/source"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// B&R mapp components. A mapp configuration in the project's Physical view (an .mpalarmxcore,
// .mpaudittrail or .mprecipexml file of mapp Services, an .axis or .axesgroup of mapp
// Motion, a .visioncomponent…) is an XML <Configuration> whose <Element ID="gAlarmXCore"
// Type="mpalarmxcore"> names the component; Automation Studio declares that ID as a
// global variable, the link the programs pass to the component's blocks
// (`MpAlarmXCore_0(MpLink := ADR(gAlarmXCore), …)`), and no .var file holds it.
//
// bnrMappGlobals finds the Automation Studio project a checked file belongs to (the folder
// holding Logical and Physical) and reads the IDs of its configurations' elements. They
// resolve only when nothing else has the name.

// bnrElement matches a configuration's top-level element and its type.
var bnrElement = lazyregexp.New(`(?m)^\s{0,4}<Element\s+ID="([A-Za-z_][A-Za-z0-9_]*)"\s+Type="([A-Za-z_][A-Za-z0-9_]*)"`)

// bnrNotLinks are configuration types whose elements declare no variable: users, roles,
// texts, the mappView, OPC UA server and firewall settings.
var bnrNotLinks = map[string]bool{
	"user": true, "role": true, "textconfig": true, "mappviewcfg": true, "uaserver": true, "firewallrules": true,
}

// bnrMapp holds each project's mapp links, by project root.
var bnrMapp outsideGlobals

// bnrMappGlobals returns the mapp link variables of the Automation Studio project path
// belongs to, nil when path is in none, and their fingerprint (varsFingerprint).
func bnrMappGlobals(path string) (map[string]*Var, uint64) {
	root := bnrProjectRoot(path)
	if root == "" {
		return nil, 0
	}
	return bnrMapp.get(root, func() map[string]*Var { return readMappConfigs(filepath.Join(root, "Physical")) })
}

// bnrProjectRoot returns the nearest folder above path that holds both a Logical and a
// Physical folder, with path under its Logical.
func bnrProjectRoot(path string) string {
	if path == "" {
		return ""
	}
	dir := filepath.Dir(absPath(path))
	for i := 0; i < 24; i++ {
		if strings.EqualFold(filepath.Base(dir), "Logical") {
			root := filepath.Dir(dir)
			if st, err := os.Stat(filepath.Join(root, "Physical")); err == nil && st.IsDir() {
				return root
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return ""
}

// readMappConfigs reads the element IDs of the configurations under dir (bounded: files of
// at most 4 MB, 20000 files).
func readMappConfigs(dir string) map[string]*Var {
	out := map[string]*Var{}
	seen := 0
	_ = source.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if seen++; seen > 20000 {
			return filepath.SkipAll
		}
		if info, err := d.Info(); err != nil || info.Size() > 4<<20 {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		head := b
		if len(head) > 512 {
			head = head[:512]
		}
		if !bytes.Contains(head, []byte("<Configuration>")) {
			return nil
		}
		for _, m := range bnrElement.FindAllSubmatch(b, -1) {
			id, typ := string(m[1]), string(m[2])
			if bnrNotLinks[strings.ToLower(typ)] {
				continue
			}
			k := lower(id)
			if _, ok := out[k]; ok {
				continue
			}
			out[k] = &Var{Name: id, Section: SecGlobal, Type: &Type{Kind: TypeNamed, Name: typ, Text: typ},
				Decl: id + " : " + typ, Comment: "mapp link of the " + typ + " configuration " + filepath.Base(p)}
		}
		return nil
	})
	return out
}

// bnrWithoutPhysical reports a file under a B&R project's Logical folder whose project has
// no Physical folder beside it: a repository that keeps the project's code and not its
// configuration. The mapp links the configuration declares (bnrMappGlobals) are then in
// files Gantry does not have.
func (r *Run) bnrWithoutPhysical() bool {
	if r.Path == "" {
		return false
	}
	missing, _ := codegen.Fact(r.ws, "st/bnr-without-physical", filepath.Dir(absPath(r.Path)), bnrWithoutPhysicalFact).(bool)
	return missing
}

// bnrWithoutPhysicalFact is bnrWithoutPhysical as a question about the disk (codegen.Fact):
// whether a folder above dir is named Logical and none of them has a Physical sibling.
func bnrWithoutPhysicalFact(dir string) (any, uint64) {
	logical := false
	for i := 0; i < 24; i++ {
		if strings.EqualFold(filepath.Base(dir), "Logical") {
			logical = true
			if st, err := os.Stat(filepath.Join(filepath.Dir(dir), "Physical")); err == nil && st.IsDir() {
				return false, 0
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	if logical {
		return true, 1
	}
	return false, 0
}

// mappLinkArgument reports the operand of `ADR(x)` given to a block's MpLink input, the
// way programs pass a mapp component its link: `MpAlarmXCore_0(MpLink := ADR(gAlarmXCore))`,
// `fbLink(ParentLink := …, MpLink := ADR(gFillerLink))`, or assigned to that input,
// `fbAlarmListUI.MpLink := ADR(gAlarmXCore);`.
func mappLinkArgument(n *Node) bool {
	call := n.Parent()
	if call.Is("argument") {
		call = call.Parent()
	}
	if call.Is("argument_list") {
		call = call.Parent()
	}
	if !call.Is("call_expression") || !strings.EqualFold(call.Child("function").Text(), "ADR") {
		return false
	}
	arg := call.Parent()
	if arg.Is("assignment") && arg.Child("right") == call {
		// `fbAlarmListUI.MpLink := ADR(gAlarmXCore);`: the input set before the call
		left := arg.Child("left")
		return left.Is("member_expression") && strings.EqualFold(left.Child("member").Text(), "MpLink")
	}
	return arg.Is("argument") && arg.Child("value") == call && strings.EqualFold(arg.Child("name").Text(), "MpLink")
}
