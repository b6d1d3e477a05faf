package st

import (
	"context"
	"iter"
	"slices"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
	"github.com/gantry-dev/gantry/codegen/syntax/gotree"
)

// Run is what every rule's Pass.Model holds: the file's model, the workspace index, the
// configuration and the part of the file to check.
type Run struct {
	Path   string
	File   *syntax.File
	Text   []byte
	Model  *Model
	WS     *wsIndex
	Config *config.Config
	Within *[2]int

	// ws is the workspace of the request, through which the rules ask about the disk
	// around the file (codegen.Fact); nil outside a check.
	ws codegen.Workspace

	units []*Unit
	pous  []*POU
	scope map[*POU]*Scope

	dialect Dialect
	unseen  int8 // unseenLibrary's answer: 0 not asked yet, 1 yes, -1 no
	// plcopenLibs: plcopenWithoutLibraries's answer, the same way.
	plcopenLibs  int8
	classic      int8            // classicSCLSource's answer, the same way
	classicCalls int8            // classicCallSyntax's answer, the same way
	bnrAct       int8            // bnrProgramAction's answer, the same way
	bnrLone      int8            // bnrProgramWithoutVars's answer, the same way
	bnrDrawn     map[string]bool // bnrGraphicalAction's actions, nil until asked
	writes       map[*POU][]write
	bodies       map[*POU][]*Node    // BodyNodes
	focus        *[2]int             // the running Local rule's focus (rules.Focusable)
	focused      map[*POU][]*Node    // BodyNodes under focus…
	focusedOn    [2]int              // …for this range
	bindings     map[string]*binding // arrowBound's count of the file's bindings
	blocks       *blockMemo          // the member sets of blocks, for every scope of the check
}

// Check implements codegen.Pack. It never parses: it reuses the model of the snapshot
// (cached per snapshot, and per unit text across snapshots) and materialises only the
// units that overlap req.Within.
func (p *Pack) Check(ctx context.Context, req codegen.CheckRequest) codegen.CheckResult {
	if !req.File.HasTree() {
		return codegen.CheckUnits(ctx, p, req, p.Check) // a large document, POU by POU
	}
	cfg := req.Config
	if cfg == nil {
		cfg = config.Default()
	}
	ws := p.scopeIndex(ctx, req.Workspace, req.Path, req.File, req.Config, req.Within)
	f := req.File
	f.Lock()
	defer f.Unlock()
	run := p.newRun(f, ws, cfg, req.Within, req.ReleaseTree)
	run.Path = req.Path
	run.ws = req.Workspace
	var focus *[2]int
	focusKey := ""
	if req.Focus != nil && !p.wholeUnits {
		if key, ok := run.focusKey(*req.Focus); ok {
			focus, focusKey = req.Focus, key
		}
	}
	if req.ReleaseTree {
		// The rules walk the model's copy; the file's lock keeps others off the tree. (A
		// model built here freed it already: releasingModelOf; one built before did not.)
		f.FreeTree()
	}
	found, skipped := rules.Run(f, run, cfg, p.rules, rules.Options{Severities: cfg.Severities(), Within: req.Within, Context: ctx, Focus: focus})
	for _, u := range run.units {
		if cut := u.data.root.FirstCut(); cut != nil {
			found = append(found, codegen.TooDeep(p, u.shift()+cut.Start()))
			break
		}
	}
	return codegen.CheckResult{Findings: found, Skipped: skipped, FocusKey: focusKey}
}

func (p *Pack) newRun(f *syntax.File, ws *wsIndex, cfg *config.Config, within *[2]int, release bool) *Run {
	model := p.cache.modelOf
	if release {
		model = p.cache.releasingModelOf
	}
	m := model(f)
	r := &Run{File: f, Text: f.Bytes(), Model: m, WS: ws, Config: cfg, Within: within, scope: map[*POU]*Scope{}}
	if within != nil {
		r.units = m.UnitsIn(within[0], within[1])
	} else {
		r.units = m.Units
	}
	for _, u := range r.units {
		abs := u.Abs(f.Bytes())
		for _, pou := range abs.pous {
			r.addPOU(pou)
		}
		if abs.stmts {
			// Statements outside any POU (a snippet or a TwinCAT implementation part): a
			// scope-less pseudo unit so the expression rules still see them.
			r.pous = append(r.pous, &POU{Start: u.Start, End: u.End, Node: abs.root, BodyStart: u.Start, BodyEnd: u.End})
		}
	}
	return r
}

func (r *Run) addPOU(p *POU) {
	r.pous = append(r.pous, p)
	for _, c := range p.Children {
		r.addPOU(c)
	}
}

// POUs returns the POUs under check, nested methods, properties and actions included.
func (r *Run) POUs() []*POU { return r.pous }

// Units returns the top-level units under check.
func (r *Run) Units() []*Unit { return r.units }

// Scope returns the name scope of a POU under check.
func (r *Run) Scope(p *POU) *Scope {
	if s := r.scope[p]; s != nil {
		return s
	}
	var s *Scope
	if p.Kind == "" {
		s = &Scope{Model: r.Model, WS: r.WS, Incomplete: true}
		if xp := plcopenAt(r.Model.plcopen, p.Start); xp != nil {
			s = newScope(xp, r.Model, r.WS) // a PLCopen body: its POU's XML declares its variables
		}
	} else {
		s = newScope(p, r.Model, r.WS)
		if s.Incomplete && p.Kind == KindAction && p.Parent == nil && !s.unknownAncestor(p, map[*POU]bool{}) && r.bnrProgramAction() {
			s.Incomplete = false // its owner's variables are its folder's .var: the workspace's
		}
	}
	s.setDialect(r.Dialect())
	if r.blocks == nil {
		r.blocks = &blockMemo{sets: map[*POU]memberSet{}}
	}
	s.blocks = r.blocks
	r.scope[p] = s
	return s
}

// Bodies returns the statement lists that belong to p itself (not to nested methods).
func Bodies(p *POU) []*Node {
	if p.Node == nil {
		return nil
	}
	if p.Kind == "" {
		return []*Node{p.Node}
	}
	var out []*Node
	for _, k := range p.Node.Kids() {
		if k.Field() == "body" {
			out = append(out, k)
		}
		if k.Kind() == "property_accessor" {
			out = append(out, k.Children("body")...)
		}
	}
	return out
}

// indexedKinds are the kinds of node rules ask BodyNodes for.
var indexedKinds = gotree.NewKindSet(
	"argument", "assignment", "assignment_expression", "binary_expression",
	"call_expression", "call_statement", "case_statement", "elsif_clause",
	"for_statement", "if_statement", "index_expression", "jump_statement",
	"label_statement", "member_expression", "repeat_statement", "statement_list",
	"while_statement",
)

// BodyNodes yields the nodes of p's own bodies of the given kinds (indexedKinds) in
// document order. Most rules look for a few kinds of node: they share one walk of a POU's
// bodies per run instead of each walking all of them.
func (r *Run) BodyNodes(p *POU, kinds ...string) iter.Seq[*Node] {
	return func(yield func(*Node) bool) {
		nodes := r.bodyIndex(p)
		if r.focus != nil {
			nodes = r.focusedIndex(p)
		}
		for _, n := range nodes {
			if slices.Contains(kinds, n.Kind()) && !yield(n) {
				return
			}
		}
	}
}

// visitBodyNodes calls visit for the nodes of p's own bodies of the given kinds
// (indexedKinds), in document order: the nodes a walk of the bodies with a switch on those
// kinds reaches, from the run's one shared walk. In a POU of hundreds of lines each rule's
// own walk cost more than its check; the gate runs the rules once per candidate.
func (r *Run) visitBodyNodes(p *POU, visit func(*Node), kinds ...string) {
	for n := range r.BodyNodes(p, kinds...) {
		visit(n)
	}
}

func (r *Run) bodyIndex(p *POU) []*Node {
	if nodes, ok := r.bodies[p]; ok {
		return nodes
	}
	var nodes []*Node
	walkBodies(p, func(n *Node) bool {
		if indexedKinds.Has(n) {
			nodes = append(nodes, n)
		}
		return true
	})
	if r.bodies == nil {
		r.bodies = map[*POU][]*Node{}
	}
	r.bodies[p] = nodes
	return nodes
}

// Focus implements rules.Focusable: while a Local rule runs, BodyNodes yields only the
// nodes touching within (the nodes around an insertion, and those inside it).
func (r *Run) Focus(within *[2]int) { r.focus = within }

// focusedIndex is bodyIndex narrowed to the nodes touching r.focus. Touching, not
// overlapping: a statement that ends where the insertion begins may take it in (`x := 1`
// completed with ` + 2;`), and the same statements must be looked at before the insertion
// (an empty focus) as after it.
func (r *Run) focusedIndex(p *POU) []*Node {
	if r.focused == nil || r.focusedOn != *r.focus {
		r.focused, r.focusedOn = map[*POU][]*Node{}, *r.focus
	}
	if nodes, ok := r.focused[p]; ok {
		return nodes
	}
	var nodes []*Node
	for _, n := range r.bodyIndex(p) {
		if n.Start() <= r.focus[1] && n.End() >= r.focus[0] {
			nodes = append(nodes, n)
		}
	}
	r.focused[p] = nodes
	return nodes
}

// focusKey decides whether the Local rules may look at focus only: it must lie in the
// statements of one POU, after its declarations. The key is what their findings anywhere
// else in the run depend on: the dialect, and the declarations of that POU and of the POUs
// around it (a method's scope is its block's too), each with its place in the chain. An
// insertion that adds or changes a declaration, or moves the focus into another POU,
// gives another key.
func (r *Run) focusKey(focus [2]int) (string, bool) {
	var chain []*POU
	for _, p := range r.pous {
		if p.Parent == nil && p.Kind != "" && p.Node != nil && p.DeclEnd <= focus[0] && focus[1] < p.End {
			chain = append(chain, p)
			break
		}
	}
	if len(chain) == 0 {
		return "", false
	}
	for inner := chain[0]; inner != nil; {
		var next *POU
		for _, c := range inner.Children {
			if c.Start <= focus[1] && focus[0] <= c.End {
				if c.Node == nil || c.DeclEnd > focus[0] || focus[1] >= c.End {
					return "", false // in a nested POU's declarations, or across its edge
				}
				next = c
			}
		}
		if next != nil {
			chain = append(chain, next)
		}
		inner = next
	}
	if r.File.Document() == r.File && focus[1] > focus[0] && focus[0] < markersLimit && focus[1] <= len(r.Text) {
		// The dialect is read from this very text, the insertion included: it must be the
		// one the text gives without it (a candidate written in another dialect's syntax
		// would change what the rules say everywhere). A cut reads its window's.
		rest := r.Text[focus[1]:]
		rest = rest[:min(len(rest), markersLimit)]
		without := slices.Concat(r.Text[:focus[0]], rest)
		if decideDialect(r.Path, r.Config, func() Dialect { return dialectMarkers(without) }) != r.Dialect() {
			return "", false
		}
	}
	var key []byte
	key = append(key, r.Dialect()...)
	for _, p := range chain {
		if p.Kind == KindProperty || p.Start > p.DeclEnd || p.DeclEnd > len(r.Text) {
			return "", false // (an accessor declares its own variables inside the property)
		}
		key = append(key, 0)
		key = append(key, p.Kind...)
		key = append(key, 0)
		key = append(key, r.Text[p.Start:p.DeclEnd]...)
	}
	return string(key), true
}

// walkBodies visits every node of p's own bodies.
func walkBodies(p *POU, fn func(*Node) bool) {
	for _, b := range Bodies(p) {
		b.Walk(fn)
	}
}

// SCL reports whether the file is Siemens SCL (see dialectOf).
func (r *Run) SCL() bool { return r.Dialect() == DialectSCL }

// Dialect returns the file's dialect, decided once per run.
func (r *Run) Dialect() Dialect {
	if r.dialect == "" {
		r.dialect = fileDialect(r.Path, r.Config, r.File)
	}
	return r.dialect
}
