// Package rtl is Gantry's Verilog/SystemVerilog language pack: a design model (modules,
// interfaces and packages with their ports, parameters, signals, drivers and readers,
// clocks and resets), the rtl/* rules the gate and `gantry check` run, prompt context and
// the embedded backend's skeletons, and hover/symbols/definition/references for the server.
package rtl

import (
	"context"
	"path/filepath"
	"strings"
	"sync"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
	rtlgrammar "github.com/gantry-dev/gantry/grammars/rtl"
)

// Pack implements codegen.Pack for RTL.
type Pack struct {
	cache *cache
	ix    indexCache
}

// New returns the RTL pack.
func New() *Pack { return &Pack{cache: newCache()} }

var _ codegen.Pack = (*Pack)(nil)

// ID implements codegen.Pack.
func (*Pack) ID() string { return "rtl" }

// Name implements codegen.Pack.
func (*Pack) Name() string { return "Verilog/SystemVerilog" }

// Extensions implements codegen.Pack.
func (*Pack) Extensions() []string { return []string{".v", ".sv", ".svh", ".vh"} }

// Grammar implements codegen.Pack.
func (*Pack) Grammar() *sitter.Language { return rtlgrammar.Language() }

// LineComment implements codegen.Pack.
func (*Pack) LineComment() string { return "//" }

// BlockPairs implements codegen.BlockKeywords.
func (*Pack) BlockPairs() [][2]string {
	return [][2]string{
		{"module", "endmodule"}, {"begin", "end"}, {"case", "endcase"}, {"casez", "endcase"},
		{"casex", "endcase"}, {"function", "endfunction"}, {"task", "endtask"},
		{"generate", "endgenerate"}, {"interface", "endinterface"}, {"package", "endpackage"},
		{"fork", "join"},
	}
}

// rtlRules holds the RTL rules; each lives in its own rule_<name>.go with its documentation
// and registers itself there.
var rtlRules rules.Registry[*checkModel]

// register adds a rule whose check receives the file's checkModel.
func register(r *rules.Rule, check func(*rules.Pass, *checkModel)) *rules.Rule {
	return rtlRules.Add(r, check)
}

// Rules implements codegen.Pack.
func (*Pack) Rules() []*rules.Rule { return rtlRules.All() }

// IsSystemVerilog reports whether a path names a SystemVerilog file.
func IsSystemVerilog(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".sv", ".svh":
		return true
	}
	return false
}

// Check implements codegen.Pack. With Within set, only the units overlapping it are
// analysed; the workspace index is cached while the workspace's files stay the same.
func (p *Pack) Check(ctx context.Context, req codegen.CheckRequest) codegen.CheckResult {
	if !req.File.HasTree() {
		return codegen.CheckUnits(ctx, p, req, p.Check) // a large document, unit by unit
	}
	cfg := req.Config
	if cfg == nil {
		cfg = config.Default()
	}
	broken := req.File.Root().HasError()
	m := p.checkModel(ctx, req, cfg)
	if req.ReleaseTree && !broken {
		// The rules walk the model's copy. A file with syntax errors keeps its tree: the
		// notes on them below (parseDefault, parseVerilog2005) read it. (A model built
		// here freed it already: releasingModel; one from an earlier check did not.)
		req.File.Lock()
		req.File.FreeTree()
		req.File.Unlock()
	}
	sev := cfg.Severities()
	if strings.EqualFold(SettingsOf(cfg).Target, "fpga") {
		if _, ok := sev[ruleInitial.ID]; !ok {
			sev[ruleInitial.ID] = rules.Off
		}
	}
	found, skipped := rules.Run(req.File, m, cfg, p.Rules(), rules.Options{Severities: sev, Within: req.Within, Context: ctx})
	found = append(found, p.defaultBranchFindings(ctx, req, cfg, sev)...)
	for _, u := range m.file.Units {
		if cut := u.Root.FirstCut(); cut != nil && (req.Within == nil || u.End() >= req.Within[0] && u.Base <= req.Within[1]) {
			found = append(found, codegen.TooDeep(p, u.Base+cut.Start()))
			break
		}
	}
	if s, set := sev[codegen.SyntaxRule(p)]; req.Within == nil && (!set || s != rules.Off) && broken {
		if d := parseDefault(req.File); d.clean && !p.parsesAsFragment(ctx, req) {
			found = append(found, defaultConfigWarning(p, d))
		} else if v := parseVerilog2005(req.File, req.Path); v.clean && !d.clean && !p.parsesAsFragment(ctx, req) {
			found = append(found, verilog2005Warning(p, v))
		}
	}
	for i := range found {
		if m.soft[softKey{found[i].Rule, found[i].Start, found[i].End}] {
			if _, overridden := sev[found[i].Rule]; !overridden && found[i].Severity == rules.Error {
				found[i].Severity = rules.Warning
			}
		}
	}
	return codegen.CheckResult{Findings: found, Skipped: skipped}
}

func (p *Pack) checkModel(ctx context.Context, req codegen.CheckRequest, cfg *config.Config) *checkModel {
	// The first model asked for is memoised: a check that owns its file asks for the
	// releasing one first, or the tree stays while the units are analysed.
	var fm *FileModel
	if req.ReleaseTree {
		fm = p.cache.releasingModel(req.File)
	} else {
		fm = p.cache.fileModel(req.File)
	}
	m := &checkModel{path: req.Path, file: fm, sv: IsSystemVerilog(req.Path), target: strings.ToLower(SettingsOf(cfg).Target),
		sems: map[*UnitRef]*Sem{}, soft: map[softKey]bool{}, pack: p, ctx: ctx, includes: newIncludeSearch(req.Workspace, req.Path), ws: req.Workspace}
	m.ix = p.checkIndex(ctx, req.Workspace, req.Path, req.File, fm, m.includes)
	for _, u := range fm.Units {
		if u.Broken {
			continue
		}
		if req.Within != nil && (u.End() < req.Within[0] || u.Base > req.Within[1]) {
			continue
		}
		m.units = append(m.units, u)
	}
	return m
}

// checkModel is what rules receive as Pass.Model.
type checkModel struct {
	path   string
	file   *FileModel
	ix     *Index
	units  []*UnitRef // the units to check
	sv     bool
	target string
	sems   map[*UnitRef]*Sem
	soft   map[softKey]bool

	overridesOnce sync.Once
	overrides     []override // class method overrides (three rules share the analysis)

	pack     *Pack
	ctx      context.Context
	includes includeSearch // where the file's `includes are looked for (includes.go)

	includesOnce  sync.Once
	included      map[string]bool // names the file's includes declare
	includesOK    bool            // every include was found and read cleanly
	includesBlind [][2]int        // conditionals holding an include not found (file offsets)
	includedTexts []string        // the included files' texts (their `defines)
	// includedImports are the packages the included files import at their top level
	includedImports []Import

	ws              codegen.Workspace
	unitImportsOnce sync.Once
	unitImports     map[string]unitImport // names packages imported at other files' top level declare
	// unitUnknown is a package another file imports whole at its top level that the
	// project does not hold (UVM's uvm_pkg): it may declare any name
	unitUnknown   *unitImport
	undefinedOnce sync.Once
	undefined     []droppedBranch // first branches of `ifdefs a compile without defines leaves out
}

// includedNames returns the names the file's `includes declare, and whether every include
// was found and read cleanly (when not, what they declare is unknown). Rules share it. An
// include not found inside a conditional leaves only that conditional unknown
// (includeBlind), not the file.
func (m *checkModel) includedNames() (map[string]bool, bool) {
	m.includesOnce.Do(func() {
		start, end := m.file.File.Span()
		var blind [][2]int
		m.included, m.includesOK, blind, m.includedTexts, m.includedImports = m.pack.includedNames(m.ctx, m.file.File.Bytes()[start:end], m.includes)
		for _, b := range blind {
			m.includesBlind = append(m.includesBlind, [2]int{start + b[0], start + b[1]})
		}
	})
	return m.included, m.includesOK
}

// includeBlind reports whether file offset pos lies in a conditional holding an include
// that was not found: names there may be the include's.
func (m *checkModel) includeBlind(pos int) bool {
	m.includedNames()
	for _, b := range m.includesBlind {
		if b[0] <= pos && pos < b[1] {
			return true
		}
	}
	return false
}

type softKey struct {
	rule       string
	start, end int
}

// sem returns the resolved semantics of a unit.
func (m *checkModel) sem(u *UnitRef) *Sem {
	if s := m.sems[u]; s != nil {
		return s
	}
	s := Resolve(u, m.ix)
	m.sems[u] = s
	return s
}

// modules returns the module and interface units to check.
func (m *checkModel) modules() []*UnitRef {
	var out []*UnitRef
	for _, u := range m.units {
		if u.Kind == UnitModule || u.Kind == UnitInterface {
			out = append(out, u)
		}
	}
	return out
}

// verilog2005 reports whether the unit is compiled as Verilog-2005 (a .v file without
// SystemVerilog constructs).
func (m *checkModel) verilog2005(u *UnitRef) bool { return !m.sv && !u.SVSyntax }

func report(p *rules.Pass, u *UnitRef, n *Node, format string, args ...any) {
	s, e := u.Abs(n)
	p.Report(s, e, format, args...)
}

// reportSoft reports a finding that defaults to warning severity even when the rule's
// default is error (latches in always @*, implicit nets).
func (m *checkModel) reportSoft(p *rules.Pass, u *UnitRef, n *Node, rule string, format string, args ...any) {
	s, e := u.Abs(n)
	m.soft[softKey{rule, s, e}] = true
	p.Report(s, e, format, args...)
}

// headLine returns the first line of a node's text, for messages.
func headLine(u *UnitRef, n *Node) string {
	s := n.SrcString(u.Text)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}
