package codegen

import (
	"context"
	"crypto/sha256"
	"fmt"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"

	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
	"github.com/gantry-dev/gantry/codegen/unitcache"
)

// Large documents of packs whose files are sequences of self-contained units (ST POUs,
// Verilog modules) are kept as text, like big G-code files, and analysed one unit at a
// time: each unit is parsed alone over the whole text's coordinates, checked, and dropped,
// so memory follows the largest unit rather than the file, and time grows linearly.

// UnitScanner is implemented by packs whose files are sequences of top-level units that
// parse on their own. Units returns their byte ranges from a cheap scan of the text, in
// order and without overlap; comments and pragmas before a unit belong to it.
type UnitScanner interface {
	Units(text []byte) [][2]int
}

// WindowedAbove is the size above which a unit-structured document is kept as text only.
// Below it a whole-file tree costs less than 100 MB and gives cross-unit analysis in one
// parse.
const WindowedAbove = 1 << 20

// UnitWindow returns the unit of a text-only document that holds offset, parsed on its own
// (positions stay those of the whole text), and f itself when f has a tree or its pack
// has no units. A position between units gets the nearest unit before it.
func UnitWindow(ctx context.Context, us UnitScanner, f *syntax.File, offset int) *syntax.File {
	if f == nil || f.HasTree() {
		return f
	}
	units := UnitsOf(us, f).Ranges
	i, ok := unitAt(units, offset)
	if !ok {
		return f
	}
	w, err := f.ParseWindow(ctx, units[i][0], units[i][1])
	if err != nil {
		return f
	}
	return w
}

// unitAt is the index of the unit holding offset; a position between units gets the
// nearest unit before it, one before the first unit the first.
func unitAt(units [][2]int, offset int) (int, bool) {
	if len(units) == 0 {
		return 0, false
	}
	return max(sort.Search(len(units), func(i int) bool { return units[i][0] > offset })-1, 0), true
}

// CursorUnit returns the unit holding offset parsed alone as a window of f (positions stay
// f's), its range, and the workspace to analyse it in: ws, with the document's other units
// visible by name the way the project's files are. ok is false when f is better taken
// whole: a pack without units or names, code embedded in XML, a document of one unit.
// Suggestions work this way in every multi-unit document, so their cost follows the unit,
// not the file.
func CursorUnit(ctx context.Context, p Pack, f *syntax.File, ws Workspace, path string, offset int) (unit *syntax.File, span [2]int, view Workspace, ok bool) {
	us, units := p.(UnitScanner)
	_, names := p.(NameScanner)
	if !units || f == nil || f.Regions != nil || !names && f.HasTree() {
		return nil, span, ws, false // without names, a unit alone would not see the others
	}
	du := UnitsOf(us, f)
	if len(du.Ranges) < 2 && f.HasTree() {
		return nil, span, ws, false // the unit is the document
	}
	i, found := unitAt(du.Ranges, offset)
	if !found {
		return nil, span, ws, false
	}
	span = du.Ranges[i]
	w, err := cursorWindow(ctx, f, span)
	if err != nil {
		return nil, span, ws, false
	}
	if du.byName != nil {
		ws = siblingsOf(f, du, ws, path).view(i)
	}
	return w, span, ws, true
}

// cursorWindowKey keys a snapshot's parsed cursor unit in its memo.
type cursorWindowKey [2]int

// cursorWindow parses the unit at span once per snapshot: the prompt's context and the
// gate ask for the same unit of the same text in one request.
func cursorWindow(ctx context.Context, f *syntax.File, span [2]int) (*syntax.File, error) {
	w, _ := f.Memo(cursorWindowKey(span), func() any {
		// After a keystroke in the unit, the last version's window of it is reparsed
		// around the edit: a long POU is not read again whole on every keystroke.
		var prev *syntax.File
		sameStart := func(k any) bool { pk, ok := k.(cursorWindowKey); return ok && pk[0] == span[0] }
		if v, ok := f.FromParent(sameStart); ok {
			prev, _ = v.(*syntax.File)
		}
		w, err := f.ParseWindowAfter(ctx, span[0], span[1], prev)
		if err != nil {
			return (*syntax.File)(nil) // cancelled: the next caller parses it itself
		}
		return w
	}).(*syntax.File)
	if w != nil {
		return w, nil
	}
	return f.ParseWindow(ctx, span[0], span[1])
}

// eachUnit parses the units of a text-only document that overlap one of within's ranges
// (all units when within is nil) one at a time and hands each to fn as a request for that
// unit alone, whose workspace also holds the document's other units. The results are
// merged: errors and findings by position, skipped rules once each. With kept set, a unit
// whose results from an earlier pass still hold gets them again, unparsed.
func eachUnit(ctx context.Context, us UnitScanner, req CheckRequest, within [][2]int, kept *documentResults, pass uint64,
	fn func(CheckRequest) ([]syntax.Error, CheckResult)) ([]syntax.Error, CheckResult) {
	var out CheckResult
	var errs []syntax.Error
	skipped := map[string]bool{}
	du := UnitsOf(us, req.File)
	units := du.Ranges
	sib := newSiblingSet(du, req.Workspace, req.Path, req.File)
	sib.owned = true
	if kept != nil {
		sib.answers = newPassAnswers(sib)
	}
	merge := func(unitErrs []syntax.Error, res CheckResult) {
		errs = append(errs, unitErrs...)
		out.Findings = append(out.Findings, res.Findings...)
		for _, s := range res.Skipped {
			if !skipped[s] {
				skipped[s] = true
				out.Skipped = append(out.Skipped, s)
			}
		}
	}
	complete := true
	for i, u := range units {
		if ctx.Err() != nil {
			complete = false
			break
		}
		if within != nil && !overlapsAny(u, within) {
			continue
		}
		view := sib.view(i).(*siblingView)
		var key unitResultKey
		if kept != nil {
			key = sib.answers.unitKey(i)
			if e := kept.find(key, pass); e != nil && sib.answers.holds(ctx, e, view) {
				merge(e.placed(u[0]))
				reusedUnits.Add(1)
				continue
			}
			view.rec = &recorder{}
		}
		wf, err := req.File.ParseWindow(ctx, u[0], u[1])
		if err != nil {
			complete = false
			break
		}
		if req.ReleaseTree {
			// The unit's window is this pass's alone: its pack frees the tree once the
			// unit's analysis is built, as for a file (one module of 1 MB held its 54 MB
			// tree in C beside its analysis).
			wf.Own()
		}
		r := req
		r.File = wf
		if du.byName != nil || kept != nil {
			r.Workspace = view
		}
		unitErrs, res := fn(r)
		// The unit's tree, and those of the siblings its check let go, are freed now: the
		// collector frees a tree only after it finds the tree's Go handle unreachable, and
		// it runs by the Go heap's growth, which does not count the C memory a tree holds.
		// Left to it, a pass over a 8 MB Verilog document kept about 1 GB resident.
		wf.Close()
		sib.release()
		if rec := view.rec; rec != nil && !rec.noCache && ctx.Err() == nil {
			if rel, relRes, ok := relative(unitErrs, res, u[0], u[1]); ok {
				e := &unitResult{errs: rel, res: relRes, asked: rec.asked, pass: pass}
				if lineFree(rel, relRes) {
					key.line, key.col = -1, -1
					e.asked = view.withoutLines(e.asked)
				}
				kept.store(key, e)
			}
		}
		view.rec = nil
		merge(unitErrs, res)
	}
	sib.closeAll()
	if kept != nil && complete {
		kept.sweep(pass)
	}
	sort.SliceStable(out.Findings, func(i, j int) bool { return out.Findings[i].Start < out.Findings[j].Start })
	return errs, out
}

// CheckUnits runs a pack's rules over a text-only document unit by unit, each unit parsed
// alone; with req.Within set only the units it overlaps. check is the pack's Check for a
// file with a tree.
func CheckUnits(ctx context.Context, us UnitScanner, req CheckRequest, check func(context.Context, CheckRequest) CheckResult) CheckResult {
	var within [][2]int
	if req.Within != nil {
		within = [][2]int{*req.Within}
	}
	return CheckUnitsOverlapping(ctx, us, req, within, check)
}

// CheckUnitsOverlapping is CheckUnits for the units of a text-only document that overlap
// one of ranges (byte ranges, ends included): a pass that needs a few places of a document
// parses their units, and the units they name, instead of the whole text.
func CheckUnitsOverlapping(ctx context.Context, us UnitScanner, req CheckRequest, ranges [][2]int, check func(context.Context, CheckRequest) CheckResult) CheckResult {
	if ranges != nil && len(ranges) == 0 {
		return CheckResult{}
	}
	_, res := eachUnit(ctx, us, req, ranges, nil, 0, func(r CheckRequest) ([]syntax.Error, CheckResult) { return nil, check(ctx, r) })
	return res
}

// overlapsAny reports whether unit u overlaps one of ranges (ends included, as Within's).
func overlapsAny(u [2]int, ranges [][2]int) bool {
	for _, r := range ranges {
		if u[1] >= r[0] && u[0] <= r[1] {
			return true
		}
	}
	return false
}

// DiagnoseUnits gives the syntax errors and findings of a text-only document unit by unit
// (LargeDocuments.DiagnoseText for unit-structured packs).
func DiagnoseUnits(ctx context.Context, p Pack, us UnitScanner, req CheckRequest) ([]syntax.Error, CheckResult) {
	var pairs [][2]string
	if bp, ok := p.(BlockKeywords); ok {
		pairs = bp.BlockPairs()
	}
	kept, pass := resultsFor(p, req)
	errs, out := eachUnit(ctx, us, req, nil, kept, pass, func(r CheckRequest) ([]syntax.Error, CheckResult) {
		r.File.Lock()
		errs := syntaxErrors(p, r.File, r.File.Root(), pairs)
		r.File.Unlock()
		return errs, checkSafely(ctx, p, r)
	})
	out.Findings = rules.Filter(req.File, out.Findings, nil)
	return errs, out
}

// siblingSet lets each unit of a large document see the others the way it sees the
// project's files: a unit that calls a function block declared further down the same
// document must not find it undeclared. Units are found by the names a cheap scan lists
// (NameScanner) and parsed only when asked for, a few at a time.
type siblingSet struct {
	base   Workspace
	doc    *syntax.File
	path   string
	units  [][2]int
	names  map[string][]int // lower-case name → the units declaring it
	mu     sync.Mutex
	parsed map[int]*syntax.File
	order  []int
	views  map[int]*siblingView
	// owned: the set's user (eachUnit, one unit at a time) frees the trees of the units
	// it lets go of (release) and of all when done (closeAll). A set shared between
	// requests (siblingsOf) leaves them to the collector: another request may be reading.
	owned   bool
	retired []*syntax.File
	// answers, in a pass that keeps unit results, asks each question about the workspace
	// once and remembers its answer (unitResult).
	answers *passAnswers
}

// maxParsedSiblings bounds the sibling units kept parsed at once.
const maxParsedSiblings = 32

func newSiblingSet(du *DocumentUnits, base Workspace, path string, doc *syntax.File) *siblingSet {
	return &siblingSet{base: base, doc: doc, path: path, units: du.Ranges, names: du.byName, parsed: map[int]*syntax.File{}}
}

// declaredNames keeps the names each unit declares by a hash of its text, for documents
// scanned whole (opened, or edited across units): most of their units are the bytes of
// units seen before.
var declaredNames = unitcache.New[[]string](0)

func unitNames(ns NameScanner, text []byte) []string {
	sum := sha256.Sum256(text)
	key := fmt.Sprintf("%T", ns) + string(sum[:])
	if names, ok := declaredNames.Lookup(key); ok {
		return names
	}
	names := ns.DeclaredNames(text)
	declaredNames.Put(key, names)
	return names
}

// siblingKey keys a snapshot's sibling set in its memo.
type siblingKey struct {
	base Workspace
	path string
}

// siblingsOf returns the sibling set of snapshot f, made once: the prompt's context and the
// gate then see one workspace for the cursor's unit, and the pack's index of it is built
// once per request, not once for each.
func siblingsOf(f *syntax.File, du *DocumentUnits, base Workspace, path string) *siblingSet {
	if base != nil && !reflect.TypeOf(base).Comparable() {
		return newSiblingSet(du, base, path, f)
	}
	// The set holds the text, not f: the next version takes f's memo over for a
	// generation, and a set holding f would chain every version to the one before.
	return f.Memo(siblingKey{base, path}, func() any { return newSiblingSet(du, base, path, f.WithoutTree()) }).(*siblingSet)
}

// view is the workspace unit self sees, one value per unit.
func (s *siblingSet) view(self int) Workspace {
	s.mu.Lock()
	defer s.mu.Unlock()
	if v, ok := s.views[self]; ok {
		return v
	}
	if s.views == nil {
		s.views = map[int]*siblingView{}
	}
	v := &siblingView{set: s, self: self}
	s.views[self] = v
	return v
}

func (s *siblingSet) unit(ctx context.Context, i int) *syntax.File {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f := s.parsed[i]; f != nil {
		return f
	}
	f, err := s.doc.ParseWindow(ctx, s.units[i][0], s.units[i][1])
	if err != nil {
		return nil
	}
	// A unit other units need (a function block, a type, a global list) is asked for again
	// and again: its analysis may stay in the pack's caches of units by text, unlike that
	// of the units checked once. Its model lives with it (it is Windowed), kept while this
	// set keeps it.
	f.Window = false
	if len(s.order) >= maxParsedSiblings {
		if s.owned {
			// Still valid until release: the check that asked may hold it.
			s.retired = append(s.retired, s.parsed[s.order[0]])
		}
		delete(s.parsed, s.order[0])
		s.order = s.order[1:]
	}
	s.parsed[i] = f
	s.order = append(s.order, i)
	return f
}

// release frees the trees of the units the set let go of since the last call; call it
// between two units' checks, never during one.
func (s *siblingSet) release() {
	s.mu.Lock()
	retired := s.retired
	s.retired = nil
	s.mu.Unlock()
	for _, f := range retired {
		f.Close()
	}
}

// closeAll frees every tree the set parsed; the set is not used after.
func (s *siblingSet) closeAll() {
	s.release()
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range s.parsed {
		f.Close()
	}
	s.parsed, s.order = map[int]*syntax.File{}, nil
}

// siblingView is one unit's workspace: the project's files and the document's other units,
// each named "<path>#<line>" (the line its unit starts on) so indexes keep them apart.
type siblingView struct {
	set  *siblingSet
	self int
	rec  *recorder // the questions of the unit's check, in a pass that keeps results
}

func (v *siblingView) Files(ctx context.Context, lang string) []WorkspaceFile {
	files, _ := v.ask(ctx, "F\x00"+lang).([]WorkspaceFile)
	return files
}

// Declaring implements Declarer: the project's files declaring name, then the units.
func (v *siblingView) Declaring(ctx context.Context, lang, name string) []WorkspaceFile {
	out, _ := v.DeclaringNear(ctx, lang, name, "")
	return out
}

// DeclaringNear implements NearDeclarer: the project's files declaring name nearest to
// near, then the units. A name the document's other units declare is theirs alone, as it
// is when the whole file is checked, which reads its own declarations first: a collection
// of examples holding a module of that name in many files (a book's chapters each with a
// `chip`) made the gate judge an instance against another file's and refuse the author's
// own connections.
func (v *siblingView) DeclaringNear(ctx context.Context, lang, name, near string) (out []WorkspaceFile, more bool) {
	if own := v.ownUnits(ctx, name); len(own) > 0 {
		return own, false
	}
	d, _ := v.ask(ctx, "D\x00"+lang+"\x00"+name+"\x00"+near).(declared)
	return d.files, d.more
}

// declared is the answer of the project's files to a name.
type declared struct {
	files []WorkspaceFile
	more  bool
}

// ask answers a question about the project's files (key: its kind and arguments), once
// per pass in a pass that keeps unit results, noting it for the unit asking.
func (v *siblingView) ask(ctx context.Context, key string) any {
	compute := v.question(ctx, key)
	if v.set.answers == nil {
		val, _ := compute()
		return val
	}
	val, fp := v.set.answers.ask(key, compute)
	v.rec.note(key, fp)
	return val
}

// answerTo is the fingerprint of the answer key gets now, for a unit's kept results.
func (v *siblingView) answerTo(ctx context.Context, key string) uint64 {
	if name, ok := strings.CutPrefix(key, "O\x00"); ok {
		return v.set.answers.ownAnswer(v.nearest(v.set.names[name], maxDeclaringUnits), true)
	}
	if name, ok := strings.CutPrefix(key, "o\x00"); ok {
		return v.set.answers.ownAnswer(v.nearest(v.set.names[name], maxDeclaringUnits), false)
	}
	if key == "R" {
		if d, ok := v.set.base.(Declarer); ok && v.refresh(ctx, d) {
			return 1
		}
		return 0
	}
	_, fp := v.set.answers.ask(key, v.question(ctx, key))
	return fp
}

// Fact implements DiskFacter: the answer is the pass's, noted for the unit asking.
func (v *siblingView) Fact(kind, arg string, answer FactFunc) any {
	factFuncs.LoadOrStore(kind, answer)
	return v.ask(context.Background(), "X\x00"+kind+"\x00"+arg)
}

// factFuncs holds the FactFunc of every kind of question asked so far (kind → FactFunc):
// a kept unit's questions are asked again by their kinds' functions.
var factFuncs sync.Map

// question returns how to answer key from the project's files.
func (v *siblingView) question(ctx context.Context, key string) func() (any, uint64) {
	if rest, ok := strings.CutPrefix(key, "X\x00"); ok {
		kind, arg, _ := strings.Cut(rest, "\x00")
		fn, ok := factFuncs.Load(kind)
		if !ok {
			return func() (any, uint64) { return nil, ^uint64(0) } // never asked: no result holds by it
		}
		return func() (any, uint64) { return fn.(FactFunc)(arg) }
	}
	arg := strings.Split(key, "\x00")
	base := v.set.base
	switch arg[0] {
	case "F":
		return func() (any, uint64) {
			var files []WorkspaceFile
			if base != nil {
				files = v.others(base.Files(ctx, arg[1]))
			}
			return files, filesAnswer(files, false)
		}
	case "D":
		return func() (any, uint64) {
			var d declared
			switch b := base.(type) {
			case Declarer:
				d.files, d.more = DeclaringNear(ctx, b, arg[1], arg[2], arg[3])
			case nil:
			default:
				d.files = b.Files(ctx, arg[1])
			}
			d.files = v.others(d.files)
			return d, filesAnswer(d.files, d.more)
		}
	case "S":
		return func() (any, uint64) {
			var paths []string
			if sl, ok := base.(SourceLister); ok {
				paths = sl.SourcePaths(arg[1])
			}
			return paths, stringsAnswer(paths)
		}
	case "P":
		return func() (any, uint64) {
			var paths []string
			if pf, ok := base.(ProjectFiler); ok {
				paths = pf.ProjectFiles(arg[1])
			}
			return paths, stringsAnswer(paths)
		}
	}
	panic("siblingView: unknown question " + arg[0])
}

// others leaves the document itself out of the project's files: its units are the ones
// the view hands out, and the project's copy of it (an open document) is every unit at
// once, the asking one included, in the version being checked.
func (v *siblingView) others(files []WorkspaceFile) []WorkspaceFile {
	for i, f := range files {
		if f.File == v.set.doc || filepath.Clean(f.Path) == filepath.Clean(v.set.path) {
			out := append(files[:i:i], files[i+1:]...)
			return v.others(out)
		}
	}
	return files
}

// ownUnits returns the document's units declaring name nearest to the view's own, each
// named "<path>#<line>".
func (v *siblingView) ownUnits(ctx context.Context, name string) []WorkspaceFile {
	var out []WorkspaceFile
	nearest := v.nearest(v.set.names[name], maxDeclaringUnits)
	if v.set.answers != nil {
		v.rec.note("O\x00"+name, v.set.answers.ownAnswer(nearest, true))
	}
	for _, i := range nearest {
		if f := v.set.unit(ctx, i); f != nil {
			line := v.set.doc.Lines.LineOf(v.set.units[i][0]) + 1
			out = append(out, WorkspaceFile{Path: fmt.Sprintf("%s#%d", v.set.path, line), File: f})
		}
	}
	return out
}

// maxDeclaringUnits bounds the units handed out for one name: a name declared again and
// again (copies of one block in a generated file) resolves by its nearest declarations,
// and a lookup never parses the whole document.
const maxDeclaringUnits = 2

// nearest returns up to n of the units (sorted, as newSiblingSet lists them), other than
// the view's own, closest to it (a tie goes to the one above): a binary search, then outwards.
func (v *siblingView) nearest(units []int, n int) []int {
	var out []int
	hi := sort.SearchInts(units, v.self)
	lo := hi - 1
	if hi < len(units) && units[hi] == v.self {
		hi++
	}
	for len(out) < n && (lo >= 0 || hi < len(units)) {
		if hi >= len(units) || lo >= 0 && v.self-units[lo] <= units[hi]-v.self {
			out = append(out, units[lo])
			lo--
		} else {
			out = append(out, units[hi])
			hi++
		}
	}
	return out
}

// Refresh implements Declarer. When the refresh changed the index, a pass that keeps unit
// results asks the project's files afresh and does not keep the results of the unit that
// asked.
func (v *siblingView) Refresh(ctx context.Context) bool {
	d, ok := v.set.base.(Declarer)
	if !ok {
		return false
	}
	changed := v.refresh(ctx, d)
	if v.set.answers != nil {
		if changed {
			v.rec.refused()
		} else {
			v.rec.note("R", 0)
		}
	}
	return changed
}

// refresh refreshes the project's index; when that changed it, a pass that keeps unit
// results asks the project's files afresh.
func (v *siblingView) refresh(ctx context.Context, d Declarer) bool {
	changed := d.Refresh(ctx)
	if changed && v.set.answers != nil {
		v.set.answers.forget()
	}
	return changed
}

// SourcePaths passes the project's source files through.
func (v *siblingView) SourcePaths(lang string) []string {
	paths, _ := v.ask(context.Background(), "S\x00"+lang).([]string)
	return paths
}

// ProjectFiles passes the project's library references and search paths through.
func (v *siblingView) ProjectFiles(ext string) []string {
	paths, _ := v.ask(context.Background(), "P\x00"+ext).([]string)
	return paths
}

// Helpers for the packs' unit scanners.

// OpensLine reports whether only blanks precede offset at on its line.
func OpensLine(text []byte, at int) bool {
	for i := at - 1; i >= 0 && text[i] != '\n' && text[i] != '\r'; i-- {
		if text[i] != ' ' && text[i] != '\t' {
			return false
		}
	}
	return true
}

// LineStart is the offset where at's line begins.
func LineStart(text []byte, at int) int {
	for at > 0 && text[at-1] != '\n' && text[at-1] != '\r' {
		at--
	}
	return at
}

// NotesAbove moves a unit's start up over the lines just above it that note accepts
// (given trimmed): comments, pragmas and directives that belong to the unit below them.
func NotesAbove(text []byte, start int, note func(line string) bool) int {
	for start > 0 {
		prev := LineStart(text, start-1)
		if !note(strings.TrimSpace(string(text[prev:start]))) {
			return start
		}
		start = prev
	}
	return start
}

// UnitRanges turns the starts of a text's units into ranges that cover it: whatever
// precedes the first unit (a header comment) belongs to it, each unit runs to the next.
func UnitRanges(starts []int, size int) [][2]int {
	if len(starts) == 0 {
		return [][2]int{{0, size}}
	}
	out := make([][2]int, len(starts))
	for i, s := range starts {
		end := size
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		out[i] = [2]int{s, end}
	}
	out[0][0] = 0
	return out
}
