package codegen

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/deepstack"
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// Gate vets candidates for one cursor position. It is built once per request: the
// "before" state (syntax errors in the unit, and its error findings when a candidate needs
// them) is computed once.
type Gate struct {
	pack   Pack
	req    CheckRequest
	offset int
	unit   [2]int

	policy     gatePolicy
	unitErrors int
	// windowed: the unit is checked alone, parsed as a window of the document with the
	// document's other units as its workspace (narrowToUnit); each candidate goes into a
	// cut of the window (syntax.File.Cut), offsets counting from the unit's start.
	windowed     bool
	window       *syntax.File   // the cursor's unit as parsed before, which candidates reparse from
	beforeErrors map[string]int // before: the unit's error findings as it was, by key
	beforeDone   bool
	// beforeFocus is before for a focused check (CheckRequest.Focus): the findings of the
	// pack's Local rules only around the cursor, with the pack's FocusKey.
	beforeFocus     map[string]int
	beforeFocusKey  string
	beforeFocusDone bool
	// docErrors counts the whole document's syntax errors (wholeDocument), once.
	docErrors     int
	docErrorsDone bool
	// fragment: the document is a file written to be included (asFragment), once known.
	fragment, fragmentKnown bool
	// endedBefore: whether the document ([0]) or the unit's window ([1]) ended a unit with
	// the text (TextEnds) before the candidate, once known (endKnown).
	endedBefore, endKnown [2]bool
	verdicts              map[string]Verdict // the streaming gate and the final pass see the same texts
}

// Verdict is the gate's answer for one candidate.
type Verdict struct {
	Text   string // what may be shown: the candidate or its longest passing prefix
	Reason string // why it was dropped ("" when it passed): "syntax", "parse" or "rule:<id>"
	// Rule and Message name the finding that dropped it, for a rule drop.
	Rule, Message string
}

// maxTruncations bounds the prefixes tried for one candidate, keeping the gate cheap.
const maxTruncations = 6

// NewGate prepares the gate for inserting at offset in req.File.
func NewGate(ctx context.Context, p Pack, req CheckRequest, offset int, unit [2]int) *Gate {
	g := &Gate{pack: p, req: req, offset: offset, unit: unit, policy: newGatePolicy(p, req.Config)}
	if g.unit[1] <= g.unit[0] {
		g.unit = [2]int{0, len(req.File.Bytes())}
	}
	if g.narrowToUnit(ctx) {
		return g
	}
	g.unitErrors = unitErrors(ctx, req.File, g.unit)
	return g
}

// before returns the unit's error findings as it was, counted by key. They matter only to
// a candidate that has a finding which would drop it (an error it may have inherited
// rather than written), and most candidates have none: the unit is checked as it was only
// when the first such candidate comes.
func (g *Gate) before(ctx context.Context) map[string]int {
	if !g.beforeDone {
		f, unit := g.req.File, g.unit
		if g.windowed {
			// Cut as the candidates are: messages that name a line or an offset compare.
			cut, err := g.window.Cut(ctx, g.offset, "")
			if err != nil {
				return nil // cancelled
			}
			f, unit = cut, [2]int{0, len(cut.Bytes())}
		}
		g.beforeErrors = g.policy.dropKeys(g.check(ctx, f, unit, nil).Findings)
		g.beforeDone = ctx.Err() == nil // a cancelled check saw only part of the unit
	}
	return g.beforeErrors
}

// beforeFocused is before for a candidate checked with a focus: the unit as
// it was, its Local rules looking only at the statements touching the cursor, and the
// pack's FocusKey for it ("" when the pack did not narrow them).
func (g *Gate) beforeFocused(ctx context.Context) (map[string]int, string) {
	if !g.beforeFocusDone {
		f, unit, at := g.req.File, g.unit, g.offset
		if g.windowed {
			cut, err := g.window.Cut(ctx, g.offset, "")
			if err != nil {
				return nil, "" // cancelled
			}
			f, unit, at = cut, [2]int{0, len(cut.Bytes())}, g.offset-g.unit[0]
		}
		res := g.check(ctx, f, unit, &[2]int{at, at})
		g.beforeFocus, g.beforeFocusKey = g.policy.dropKeys(res.Findings), res.FocusKey
		g.beforeFocusDone = ctx.Err() == nil
	}
	return g.beforeFocus, g.beforeFocusKey
}

// Vet splices text at the cursor and decides. When the whole text breaks the syntax but a
// prefix ending at a complete line or statement passes, that prefix is offered instead.
func (g *Gate) Vet(ctx context.Context, text string) Verdict {
	if v, ok := g.verdicts[text]; ok {
		return v
	}
	v := g.vet(ctx, text)
	if g.verdicts == nil {
		g.verdicts = map[string]Verdict{}
	}
	g.verdicts[text] = v
	return v
}

// pendingGate is a gate being prepared on a goroutine of its own. Whoever comes first
// prepares it: the goroutine, or get when the goroutine has not begun by then (both cores
// busy), which then does not wait for a core to start it.
type pendingGate struct {
	claimed  atomic.Bool
	prepare  func()
	done     chan struct{}
	gate     *Gate
	panicked any
}

// startGate prepares the gate (NewGate) while the caller goes on.
func startGate(ctx context.Context, p Pack, req CheckRequest, offset int, unit [2]int) *pendingGate {
	pg := &pendingGate{done: make(chan struct{})}
	pg.prepare = func() {
		defer close(pg.done)
		defer func() { pg.panicked = recover() }()
		pg.gate = NewGate(ctx, p, req, offset, unit)
	}
	deepstack.Go(func() {
		if pg.claimed.CompareAndSwap(false, true) {
			pg.prepare()
		}
	})
	return pg
}

// get waits for the gate; a panic while preparing it is raised here, on the caller's
// goroutine.
func (pg *pendingGate) get() *Gate {
	if pg.claimed.CompareAndSwap(false, true) {
		pg.prepare()
	}
	<-pg.done
	if pg.panicked != nil {
		panic(pg.panicked)
	}
	return pg.gate
}

func (g *Gate) vet(ctx context.Context, text string) Verdict {
	v := g.vetOne(ctx, text)
	if v.Reason != "syntax" {
		return v
	}
	var term byte
	if se, ok := g.pack.(StatementEnds); ok {
		term = se.StatementTerminator()
	}
	for i, cut := range cutPoints(text, term) {
		if i >= maxTruncations {
			break
		}
		prefix := text[:cut]
		if strings.TrimSpace(prefix) == "" {
			break
		}
		if v := g.vetOne(ctx, prefix); v.Reason != "syntax" {
			return v
		}
	}
	return Verdict{Text: text, Reason: "syntax"}
}

func (g *Gate) vetOne(ctx context.Context, text string) Verdict {
	syntaxErr := Verdict{Text: text, Reason: "syntax"}
	unit := [2]int{g.unit[0], g.unit[1] + len(text)}
	var after *syntax.File
	var err error
	shift := 0        // what turns after's offsets into the document's
	var focus *[2]int // the candidate in after, when the check may focus on it
	switch {
	case g.isFragment(ctx):
		// The file parses only where it is included: that parse decides, alone.
		var ok bool
		if after, ok = g.asFragment(ctx, text); !ok {
			return syntaxErr
		}
		unit = [2]int{0, len(after.Bytes())}
	case g.windowed:
		if after, err = g.window.Cut(ctx, g.offset, text); err != nil {
			return Verdict{Text: text, Reason: "parse"}
		}
		shift = g.unit[0]
		unit = [2]int{0, len(after.Bytes())}
		// The candidate sits in the unit's cut at the cursor: the pack's Local rules need
		// look only at the statements around it (the cut's facts about the document, its
		// dialect, are the window's, the same before and after).
		focus = &[2]int{g.offset - shift, g.offset - shift + len(text)}
		if inside := errorInside(after.Root(), g.offset-shift, g.offset-shift+len(text)); inside || syntax.Count(after.Root()) > g.unitErrors || g.leavesOpen(after, true) {
			focus = nil
			whole, ok := g.wholeDocument(ctx, text, inside)
			if ok && !g.leavesOpen(whole, false) {
				after, shift, unit = whole, 0, [2]int{g.unit[0], g.unit[1] + len(text)}
			} else if after, ok = g.mendsDocument(ctx, text); ok {
				shift, unit = 0, [2]int{g.unit[0], g.unit[1] + len(text)}
			} else {
				return syntaxErr
			}
		}
	default:
		if after, err = g.req.File.Splice(ctx, g.offset, g.offset, text); err != nil {
			return Verdict{Text: text, Reason: "parse"}
		}
		if !after.HasTree() {
			// A text-only document: parse the unit's window alone, in its own coordinates.
			w, err := syntax.Parse(ctx, after.Language, after.Bytes()[unit[0]:min(unit[1], len(after.Bytes()))])
			if err != nil {
				return Verdict{Text: text, Reason: "parse"}
			}
			if syntax.Count(w.Root()) > g.unitErrors || errorInside(w.Root(), g.offset-unit[0], g.offset-unit[0]+len(text)) {
				return syntaxErr
			}
		} else if root := after.Root(); syntax.CountIn(root, unit[0], unit[1]) > g.unitErrors || errorInside(root, g.offset, g.offset+len(text)) || g.leavesOpen(after, false) {
			var ok bool
			if after, ok = g.mendsDocument(ctx, text); !ok {
				return syntaxErr
			}
		} else {
			focus = &[2]int{g.offset, g.offset + len(text)}
		}
	}
	res := g.check(ctx, after, unit, focus)
	found := res.Findings
	before := g.before
	if res.FocusKey != "" && len(g.policy.dropKeys(found)) > 0 {
		// A finding that may drop the candidate is compared with the unit before, focused
		// the same way; when it did not focus so, both sides are checked whole.
		if keys, key := g.beforeFocused(ctx); key == res.FocusKey {
			before = func(context.Context) map[string]int { return keys }
		} else {
			found = g.check(ctx, after, unit, nil).Findings
		}
	}
	if g.unitErrors > 0 {
		// The unit did not parse before, so its rules saw only part of it; findings that
		// appear in the old code now that the insertion repaired the tree are not the
		// insertion's doing. Only findings on the inserted text count.
		var own []rules.Finding
		for _, f := range found {
			if f.End+shift > g.offset && f.Start+shift < g.offset+len(text) {
				own = append(own, f)
			}
		}
		found = own
	}
	// The finding named is the first new one in the candidate's own text, if any: a
	// message the unit had before counts the candidate's copy of it, but the user is
	// shown the candidate's.
	counts := g.policy.dropKeys(found)
	var reason *rules.Finding
	for i, f := range found {
		if key := findingKey(f); g.policy.drops(f) && counts[key] > before(ctx)[key] {
			if reason == nil {
				reason = &found[i]
			}
			if f.End+shift > g.offset && f.Start+shift < g.offset+len(text) {
				reason = &found[i]
				break
			}
		}
	}
	if reason != nil {
		return Verdict{Text: text, Reason: "rule:" + reason.Rule, Rule: reason.Rule, Message: reason.Message}
	}
	return Verdict{Text: text}
}

// wholeDocument decides a candidate the unit's window rejected although its own text
// parses, when it stands at the unit's edge (nothing but blanks and comments between the
// unit's start and the cursor, or between the cursor and its end, or the cursor between
// the document's top-level items: the first unit holds the file's header, such as the
// USING directives above a NAMESPACE or a CONFIGURATION) and the document has syntax errors
// beyond the unit: what the candidate opens may close there. A SIMATIC AX or IEC 61131-3
// file is one NAMESPACE around its units; with its first line not yet typed, the
// END_NAMESPACE at the file's end is the error, and the NAMESPACE line a model offers
// closes it, which no unit's window can show. The candidate goes into the whole document:
// it passes when the document has fewer errors than before and none inside the
// candidate: the window rejected it, so only mending an error beyond the unit makes it
// right (an opener of the wrong kind leaves the error where it was, or moves it). Reparsing a document costs about 0.25 ms per KB when the candidate leaves a
// block open, so this is done for documents up to wholeDocumentLimit only; a candidate
// inside a unit is the unit's business, whatever the rest of the file holds.
func (g *Gate) wholeDocument(ctx context.Context, text string, errorInCandidate bool) (*syntax.File, bool) {
	doc := g.req.File
	if errorInCandidate || !doc.HasTree() || doc.Len() > wholeDocumentLimit {
		return nil, false
	}
	end := min(g.unit[1], doc.Len())
	if g.offset < g.unit[0] || g.offset > end {
		return nil, false
	}
	doc.Lock()
	root := doc.Root()
	edge := root != nil && (onlyComments(root, g.unit[0], g.offset) || onlyComments(root, g.offset, end) || atTopLevel(root, g.offset))
	if edge && !g.docErrorsDone {
		if root.HasError() {
			g.docErrors = syntax.Count(root)
		}
		g.docErrorsDone = true
	}
	doc.Unlock()
	if !edge {
		return nil, false
	}
	if g.docErrors <= g.unitErrors {
		return nil, false // the errors are the unit's own: its window decided rightly
	}
	after, err := doc.Splice(ctx, g.offset, g.offset, text)
	if err != nil {
		return nil, false
	}
	spliced := after.Root()
	if spliced == nil || syntax.Count(spliced) >= g.docErrors || errorInside(spliced, g.offset, g.offset+len(text)) {
		return nil, false
	}
	return after, true
}

// leavesOpen reports whether a candidate leaves a unit open to the end of the text where
// none was before: after (the unit's cut when inWindow, else the document) ends with the
// pack's TextEnds node and the text before the candidate did not. That is the form of a
// document holding that unit alone, an ST POU saved without END_* (CODESYS's one POU a
// file, TwinCAT's declaration), and right there; anywhere else nothing closes what the
// candidate opened: a unit's window ends where the next unit begins, not with the text
// (a model's `FUNCTION_BLOCK X` between two blocks was shown, the window's end read as the
// end of the file), and a block offered after others that close with their END_* keyword
// is closed the same way.
func (g *Gate) leavesOpen(after *syntax.File, inWindow bool) bool {
	te, ok := g.pack.(TextEnds)
	if !ok || !after.HasTree() {
		return false
	}
	kind := te.TextEndNode()
	end, top := textEnd(after.Root(), kind)
	if end == nil {
		return false
	}
	i := 0
	if inWindow {
		i = 1
	}
	if !g.endKnown[i] {
		before := g.req.File
		if inWindow {
			before = g.window
		}
		before.Lock()
		if before.HasTree() {
			e, _ := textEnd(before.Root(), kind)
			g.endedBefore[i] = e != nil
		}
		before.Unlock()
		g.endKnown[i] = true
	}
	if g.endedBefore[i] {
		return false // the author's unit ends so: the document's own form
	}
	for s := top.PrevNamedSibling(); s != nil; s = s.PrevNamedSibling() {
		if !strings.Contains(s.Type(), "comment") {
			return true
		}
	}
	if !inWindow {
		return false
	}
	doc := g.req.File
	doc.Lock()
	defer doc.Unlock()
	root := doc.Root()
	return root != nil && (!onlyComments(root, 0, g.unit[0]) || !onlyComments(root, g.unit[1], doc.Len()))
}

// textEnd finds the node of kind that ends root's text, down the chain of last children,
// and the top-level item holding it.
func textEnd(root *sitter.Node, kind string) (end, top *sitter.Node) {
	for n := root; n != nil && n.ChildCount() > 0; {
		c := n.Child(int(n.ChildCount()) - 1)
		if top == nil {
			top = c
		}
		if c.Type() == kind && !c.IsMissing() {
			return c, top
		}
		n = c
	}
	return nil, nil
}

// isFragment reports whether the document is a file written to be included (a Verilog
// header, a testbench's statements meant for an initial block) that has syntax errors
// alone and none where it is included, as Diagnose judges it (Fragments). Its own parse
// says nothing of a candidate: a good line lands in an ERROR node, a broken one merges into
// one. Files up to fragmentLimit only: each candidate parses the file a few times.
func (g *Gate) isFragment(ctx context.Context) bool {
	if !g.fragmentKnown {
		fr, ok := g.pack.(Fragments)
		doc := g.req.File
		broken := false
		if ok && doc.HasTree() && doc.Len() <= fragmentLimit {
			doc.Lock()
			broken = doc.Root().HasError()
			doc.Unlock()
		}
		g.fragment = broken && fr.ParsesAsFragment(ctx, g.req)
		g.fragmentKnown = ctx.Err() == nil
	}
	return g.fragment
}

// asFragment splices a candidate into a fragment document (isFragment) and reports
// whether the file with it still parses where it is included.
func (g *Gate) asFragment(ctx context.Context, text string) (*syntax.File, bool) {
	fr := g.pack.(Fragments)
	doc := g.req.File
	after, err := doc.Splice(ctx, g.offset, g.offset, text)
	if err != nil {
		return nil, false
	}
	if after.HasTree() && !after.Root().HasError() {
		// The candidate mends the file: it parses alone now. (A module all inside an
		// `ifdef that a missing `end` broke read as "parses only in its default
		// configuration", which drops the branch, and the `end` that mends it was refused.)
		return after, true
	}
	req := g.req
	req.File = after
	if !fr.ParsesAsFragment(ctx, req) {
		return nil, false
	}
	return after, true
}

// mendsDocument decides a candidate the unit's parse rejects, in a document that has
// syntax errors without it: the line asked for is missing, and the document's units as
// the gate cuts them are not the author's (a program's header line taken out leaves its
// `interface` port reading as a unit of its own; a nested module's `endmodule` taken out
// merges it with its parent). The candidate passes when the document with it has no
// syntax error at all, and, for a file written to be included that is no fragment as it
// stands (a header of a module's items whose clocked block lacks its `end`), when the
// document with it parses where it is included. Either way it mends the document's only
// fault. Documents up to wholeDocumentLimit, or fragmentLimit for a pack of fragments
// (whose candidates are parsed whole already), are reparsed so.
func (g *Gate) mendsDocument(ctx context.Context, text string) (*syntax.File, bool) {
	fr, fragments := g.pack.(Fragments)
	limit := wholeDocumentLimit
	if fragments {
		limit = fragmentLimit
	}
	doc := g.req.File
	if !doc.HasTree() || doc.Len() > limit || fragments && g.isFragment(ctx) {
		return nil, false
	}
	doc.Lock()
	broken := doc.Root().HasError()
	doc.Unlock()
	if !broken {
		return nil, false
	}
	after, err := doc.Splice(ctx, g.offset, g.offset, text)
	if err != nil || !after.HasTree() {
		return nil, false
	}
	if !after.Root().HasError() {
		return after, !g.leavesOpen(after, false)
	}
	req := g.req
	req.File = after
	if !fragments || !fr.ParsesAsFragment(ctx, req) {
		return nil, false
	}
	return after, true
}

// fragmentLimit bounds the included files the gate parses whole for a candidate.
const fragmentLimit = 64 << 10

// onlyComments reports whether the bytes from start to end of root's text hold no code: no
// named node below the root but comments starts there.
func onlyComments(root *sitter.Node, start, end int) bool {
	code := false
	visit := func(c *sitter.Node) syntax.Step {
		switch {
		case int(c.EndByte()) <= start || int(c.StartByte()) >= end:
			return syntax.Skip
		case c.IsNamed() && strings.Contains(c.Type(), "comment"):
			return syntax.Skip
		case c.IsNamed() && int(c.StartByte()) >= start && c.Type() != "ERROR":
			code = true
			return syntax.Stop
		}
		return syntax.Descend
	}
	for i := 0; i < int(root.ChildCount()) && !code; i++ {
		syntax.Walk(root.Child(i), visit)
	}
	return !code
}

// atTopLevel reports whether off lies between root's children, inside none of them: the
// cursor is in no construct of the document, whatever unit its line falls in.
func atTopLevel(root *sitter.Node, off int) bool {
	for i := 0; i < int(root.ChildCount()); i++ {
		c := root.Child(i)
		if int(c.StartByte()) >= off {
			break
		}
		if int(c.EndByte()) > off {
			return false
		}
	}
	return true
}

// wholeDocumentLimit bounds the documents wholeDocument reparses for a candidate.
const wholeDocumentLimit = 32 << 10

// narrowToUnit switches the gate to checking the cursor's unit alone (CursorUnit): a
// candidate changes one unit, so re-parsing and re-checking the whole document for it (as
// a 10,000-line file would cost) is work whose answer is known. A large document's units
// are always checked this way. It reports whether it switched.
func (g *Gate) narrowToUnit(ctx context.Context) bool {
	w, unit, ws, ok := CursorUnit(ctx, g.pack, g.req.File, g.req.Workspace, g.req.Path, g.offset)
	if !ok {
		return false
	}
	g.windowed, g.unit, g.req.Workspace = true, unit, ws
	g.window = w
	// The window is the snapshot's, shared with the context and the keystroke's
	// preparation: its tree is walked under its lock.
	w.Lock()
	g.unitErrors = syntax.Count(w.Root())
	w.Unlock()
	return true
}

func (g *Gate) check(ctx context.Context, f *syntax.File, unit [2]int, focus *[2]int) CheckResult {
	req := g.req
	req.File = f
	req.Within = &unit
	req.Focus = focus
	return g.pack.Check(ctx, req)
}

// gatePolicy decides which findings drop a candidate. A candidate is model-written code, so
// each finding counts at its AI severity (as `gantry check --ai-only` reports it): a warning
// counts as an error, info as a warning. A finding at error drops the candidate when its
// rule's category is one the configuration's [gate] drop lists.
type gatePolicy struct {
	drop       map[rules.Category]bool
	category   map[string]rules.Category
	unfinished map[string]bool // rules.Rule.Unfinished: counted at their own severity
}

func newGatePolicy(p Pack, cfg *config.Config) gatePolicy {
	// A policy depends only on the pack and the configuration, which the server keeps as
	// one value until settings change: it is made once per pair, not per suggestion.
	if !reflect.ValueOf(p).Comparable() {
		return makeGatePolicy(p, cfg)
	}
	key := policyKey{p, cfg}
	policies.mu.Lock()
	gp, ok := policies.m[key]
	policies.mu.Unlock()
	if ok {
		return gp
	}
	gp = makeGatePolicy(p, cfg)
	policies.mu.Lock()
	if len(policies.m) >= 64 {
		clear(policies.m) // configurations replaced by newer settings
	}
	policies.m[key] = gp
	policies.mu.Unlock()
	return gp
}

type policyKey struct {
	pack Pack
	cfg  *config.Config
}

var policies = struct {
	mu sync.Mutex
	m  map[policyKey]gatePolicy
}{m: map[policyKey]gatePolicy{}}

func makeGatePolicy(p Pack, cfg *config.Config) gatePolicy {
	gp := gatePolicy{drop: map[rules.Category]bool{}, category: map[string]rules.Category{}, unfinished: map[string]bool{}}
	drop := config.Default().Gate.Drop
	if cfg != nil && cfg.Gate.Drop != nil {
		drop = cfg.Gate.Drop
	}
	for _, c := range drop {
		gp.drop[rules.Category(c)] = true
	}
	for _, r := range p.Rules() {
		gp.category[r.ID] = r.Category
		gp.unfinished[r.ID] = r.Unfinished
	}
	return gp
}

// AISeverity is the severity a finding has in model-written code: one step stricter.
func AISeverity(s rules.Severity) rules.Severity {
	switch s {
	case rules.Warning:
		return rules.Error
	case rules.Info:
		return rules.Warning
	}
	return s
}

// drops reports whether the finding alone would drop a candidate. A rule without a
// category counts as a correctness rule.
func (gp gatePolicy) drops(f rules.Finding) bool {
	sev := f.Severity
	if !gp.unfinished[f.Rule] {
		sev = AISeverity(sev)
	}
	if sev != rules.Error {
		return false
	}
	c, ok := gp.category[f.Rule]
	if !ok || c == "" {
		c = rules.Correctness
	}
	return gp.drop[c]
}

// dropKeys counts the dropping findings by rule and message; positions shift with the
// insertion, so they are not part of the key.
func (gp gatePolicy) dropKeys(fs []rules.Finding) map[string]int {
	out := map[string]int{}
	for _, f := range fs {
		if gp.drops(f) {
			out[findingKey(f)]++
		}
	}
	return out
}

// findingKey keys a finding by rule and message. A message may name another line ("first
// call on line 80"): a candidate of several lines above that line names it by another
// number, and the finding, there before as after, would count as the candidate's. Line
// numbers are no part of the key.
func findingKey(f rules.Finding) string {
	msg := f.Message
	if strings.Contains(msg, "ine") {
		msg = lineNumber.ReplaceAllString(msg, "${1}#")
	}
	return f.Rule + "\x00" + msg
}

// lineNumber matches a line named in a message: "line 80", "(line 12)", "lines 3".
var lineNumber = lazyregexp.New(`\b([Ll]ines? )\d+`)

// errorInside reports an ERROR node lying wholly inside the inserted bytes.
func errorInside(n *sitter.Node, start, end int) bool {
	found := false
	syntax.Walk(n, func(n *sitter.Node) syntax.Step {
		switch {
		case int(n.EndByte()) <= start || int(n.StartByte()) >= end || !n.HasError():
			return syntax.Skip
		case n.IsError() && int(n.StartByte()) >= start && int(n.EndByte()) <= end:
			found = true
			return syntax.Stop
		}
		return syntax.Descend
	})
	return found
}

// cutPoints lists candidate truncation points, longest first: the ends of complete lines,
// then statement ends (the pack's terminator, 0 for none) on the first line.
func cutPoints(text string, term byte) []int {
	var cuts []int
	for i := len(text) - 1; i > 0; i-- {
		if text[i-1] == '\n' && i < len(text) {
			cuts = append(cuts, i)
		}
	}
	first := strings.IndexByte(text, '\n')
	if first < 0 {
		first = len(text)
	}
	for i := first - 1; i > 0 && term != 0; i-- {
		if text[i] == term && i+1 < len(text) {
			cuts = append(cuts, i+1)
		}
	}
	return cuts
}

// String is for logs.
func (v Verdict) String() string {
	if v.Reason == "" {
		return fmt.Sprintf("pass %q", v.Text)
	}
	return fmt.Sprintf("drop(%s) %q", v.Reason, v.Text)
}

// unitErrors counts the syntax errors of the unit before insertion; a text-only document's
// unit is parsed on its own (units of such documents are line windows).
func unitErrors(ctx context.Context, f *syntax.File, unit [2]int) int {
	if !f.HasTree() {
		w, err := syntax.Parse(ctx, f.Language, f.Bytes()[unit[0]:min(unit[1], len(f.Bytes()))])
		if err != nil {
			return 0
		}
		return syntax.Count(w.Root())
	}
	f.Lock()
	defer f.Unlock()
	return syntax.CountIn(f.Root(), unit[0], unit[1])
}
