package codegen

import (
	"context"
	"hash/maphash"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// Results of a text-only document's units are kept from one pass over the document to the
// next: a keystroke in one unit of a 4 MB document re-parsed and re-checked every unit,
// seconds of work for one changed unit. A unit gets its last results again, without a
// parse, when its text and starting line are the same, the document's context is the same
// (DocumentContexter), and every question its check asked of the rest of the document and
// of the workspace gets the same answer now: the units declaring a name (their texts and
// lines), the project's files declaring it, the files listed, and what the pack asked of
// the disk around the file (DiskFacter: a folder above it that no one says has changed, a
// set of names read again when a time-to-live ran out). An edit therefore re-checks its own
// unit and the units that asked about what it changed, and nothing else.

// DocumentContexter is implemented by packs whose unit checks may reuse results across
// passes. DocumentContext fingerprints what a unit's check reads of the document beyond
// its unit and the workspace (the dialect markers of an ST source, the `define and `ifdef
// lines of a Verilog file); ok is false for documents whose units must always be checked
// afresh.
type DocumentContexter interface {
	DocumentContext(f *syntax.File, path string) (context string, ok bool)
}

// DiskGenerational is a Workspace that says when files on disk may have changed (not the
// open documents, whose snapshots its answers name): a check also reads project files
// from disk (library references, `include files).
type DiskGenerational interface {
	DiskGeneration() uint64
}

// EditorDocuments is a Workspace that knows the documents open in an editor: only their
// checks repeat on every keystroke, so only their unit results are worth keeping (a
// command's check of a file runs once).
type EditorDocuments interface {
	Editing(path string) bool
}

// unitResult is one unit's syntax errors and findings, offsets relative to its start, and
// the questions its check asked with a fingerprint of their answers.
type unitResult struct {
	errs  []syntax.Error
	res   CheckResult
	asked []askedQuestion
	pass  uint64 // the last pass that used it
}

type askedQuestion struct {
	key    string
	answer uint64
}

// unitResultKey is a unit's text (by hash and length) and the line it starts on:
// messages name lines.
type unitResultKey struct {
	hash      uint64
	size      int
	line, col int
}

// documentResults holds the unit results of one document (pack, path, configuration).
type documentResults struct {
	mu      sync.Mutex
	context string
	entries map[unitResultKey]*unitResult
	pass    uint64
	used    uint64 // the registry's clock when last used
}

type documentResultsKey struct {
	pack Pack
	path string
	cfg  *config.Config
}

// maxResultDocuments bounds the documents whose unit results are kept: those open and
// edited in an editor.
const maxResultDocuments = 8

var resultRegistry = struct {
	mu    sync.Mutex
	docs  map[documentResultsKey]*documentResults
	clock uint64
}{docs: map[documentResultsKey]*documentResults{}}

var unitHashSeed = maphash.MakeSeed()

// reusedUnits counts the unit checks kept results saved.
var reusedUnits atomic.Int64

// ReusedUnits reports how many unit checks of text-only documents were answered from kept
// results since the process started.
func ReusedUnits() int64 { return reusedUnits.Load() }

// resultsFor returns the unit results kept for req's document and the pass number to use,
// or nil when its units are checked afresh: a pack without DocumentContexter, a request
// for part of a document, a workspace that cannot say when disk files changed, a file no
// editor has open.
func resultsFor(p Pack, req CheckRequest) (*documentResults, uint64) {
	dc, ok := p.(DocumentContexter)
	if !ok || req.Within != nil || req.File == nil || req.File.Regions != nil {
		return nil, 0
	}
	docCtx, ok := dc.DocumentContext(req.File, req.Path)
	if !ok {
		return nil, 0
	}
	switch b := req.Workspace.(type) {
	case nil:
	case DiskGenerational:
		if ed, ok := b.(EditorDocuments); ok && !ed.Editing(req.Path) {
			return nil, 0
		}
		docCtx += "\x00disk " + strconv.FormatUint(b.DiskGeneration(), 10)
	default:
		return nil, 0
	}
	key := documentResultsKey{p, req.Path, req.Config}
	r := &resultRegistry
	r.mu.Lock()
	r.clock++
	d := r.docs[key]
	if d == nil {
		if len(r.docs) >= maxResultDocuments {
			var oldest documentResultsKey
			first := true
			for k, v := range r.docs {
				if first || v.used < r.docs[oldest].used {
					oldest, first = k, false
				}
			}
			delete(r.docs, oldest)
		}
		d = &documentResults{}
		r.docs[key] = d
	}
	d.used = r.clock
	r.mu.Unlock()
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.context != docCtx || d.entries == nil {
		d.context, d.entries = docCtx, map[unitResultKey]*unitResult{}
	}
	d.pass++
	return d, d.pass
}

// find returns the results kept for a unit at k, or for its text wherever it stands when
// they name no line.
func (d *documentResults) find(k unitResultKey, pass uint64) *unitResult {
	lineless := k
	lineless.line, lineless.col = -1, -1
	if e := d.lookup(lineless, pass); e != nil {
		return e
	}
	return d.lookup(k, pass)
}

func (d *documentResults) lookup(k unitResultKey, pass uint64) *unitResult {
	d.mu.Lock()
	defer d.mu.Unlock()
	e := d.entries[k]
	if e != nil {
		e.pass = pass
	}
	return e
}

func (d *documentResults) store(k unitResultKey, e *unitResult) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.entries[k] = e
}

// sweep drops the results no unit of the finished pass used: older versions of the units
// that were edited.
func (d *documentResults) sweep(pass uint64) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if pass != d.pass {
		return // a later pass began meanwhile: it sweeps
	}
	for k, e := range d.entries {
		if e.pass != pass {
			delete(d.entries, k)
		}
	}
}

// unitKey is unit i's key in a pass.
func (a *passAnswers) unitKey(i int) unitResultKey {
	r := a.set.units[i]
	line := a.set.doc.Lines.LineOf(r[0])
	return unitResultKey{hash: a.unitHash(i), size: r[1] - r[0], line: line, col: r[0] - a.set.doc.Lines.Start(line)}
}

// passAnswers is one pass's answers to the questions units ask, each computed once: a
// cached unit is valid when its questions get the answers they got.
type passAnswers struct {
	set    *siblingSet
	mu     sync.Mutex
	hashes map[int]uint64
	memo   map[string]*answer
}

type answer struct {
	once  sync.Once
	value any
	fp    uint64
}

func newPassAnswers(set *siblingSet) *passAnswers {
	return &passAnswers{set: set, hashes: map[int]uint64{}, memo: map[string]*answer{}}
}

func (a *passAnswers) unitHash(i int) uint64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	h, ok := a.hashes[i]
	if !ok {
		r := a.set.units[i]
		h = maphash.Bytes(unitHashSeed, a.set.doc.Bytes()[r[0]:r[1]])
		a.hashes[i] = h
	}
	return h
}

// ask returns the answer to a question about the workspace, asking it once per pass.
func (a *passAnswers) ask(key string, compute func() (any, uint64)) (any, uint64) {
	a.mu.Lock()
	an := a.memo[key]
	if an == nil {
		an = &answer{}
		a.memo[key] = an
	}
	a.mu.Unlock()
	an.once.Do(func() { an.value, an.fp = compute() })
	return an.value, an.fp
}

// forget drops the answers about the project's files (its index was refreshed).
func (a *passAnswers) forget() {
	a.mu.Lock()
	a.memo = map[string]*answer{}
	a.mu.Unlock()
}

// ownAnswer fingerprints the units a view's lookup of name hands out: their texts and,
// with lines, where they start (the lookup names them "<path>#<line>").
func (a *passAnswers) ownAnswer(units []int, lines bool) uint64 {
	var h maphash.Hash
	h.SetSeed(unitHashSeed)
	for _, i := range units {
		k := a.unitKey(i)
		writeUint(&h, k.hash, uint64(k.size))
		if lines {
			writeUint(&h, uint64(k.line), uint64(k.col))
		}
	}
	return h.Sum64()
}

// withoutLines turns the lookups of asked into questions about the units' texts alone,
// for results that name no line.
func (v *siblingView) withoutLines(asked []askedQuestion) []askedQuestion {
	out := make([]askedQuestion, len(asked))
	for i, q := range asked {
		if name, ok := strings.CutPrefix(q.key, "O\x00"); ok {
			q.key = "o\x00" + name
			q.answer = v.set.answers.ownAnswer(v.nearest(v.set.names[name], maxDeclaringUnits), false)
		}
		out[i] = q
	}
	return out
}

// lineFree reports results whose messages name no line ("line 12", "<path>#12"): they
// stay true when lines above the unit come or go.
func lineFree(errs []syntax.Error, res CheckResult) bool {
	names := func(msg string) bool {
		for i := 0; i+1 < len(msg); i++ {
			digit := msg[i+1] >= '0' && msg[i+1] <= '9'
			if msg[i] == '#' && digit || msg[i] == ' ' && digit && i >= 4 && strings.EqualFold(msg[i-4:i], "line") ||
				msg[i] == ' ' && i >= 5 && strings.EqualFold(msg[i-5:i], "lines") {
				return true
			}
		}
		return false
	}
	for _, e := range errs {
		if names(e.Message) {
			return false
		}
	}
	for _, f := range res.Findings {
		if names(f.Message) {
			return false
		}
	}
	return true
}

// holds reports whether every question e's check asked gets the answer it got, asked
// from unit self's view.
func (a *passAnswers) holds(ctx context.Context, e *unitResult, v *siblingView) bool {
	for _, q := range e.asked {
		if v.answerTo(ctx, q.key) != q.answer {
			return false
		}
	}
	return true
}

func writeUint(h *maphash.Hash, vs ...uint64) {
	var b [8]byte
	for _, v := range vs {
		for i := range b {
			b[i] = byte(v >> (8 * i))
		}
		h.Write(b[:])
	}
}

func filesAnswer(files []WorkspaceFile, more bool) uint64 {
	var h maphash.Hash
	h.SetSeed(unitHashSeed)
	for _, f := range files {
		h.WriteString(f.Path)
		h.WriteByte(0)
		writeUint(&h, uint64(uintptr(unsafe.Pointer(f.File))))
	}
	if more {
		h.WriteByte(1)
	}
	return h.Sum64()
}

func stringsAnswer(ss []string) uint64 {
	var h maphash.Hash
	h.SetSeed(unitHashSeed)
	for _, s := range ss {
		h.WriteString(s)
		h.WriteByte(0)
	}
	return h.Sum64()
}

// recorder collects the questions one unit's check asks.
type recorder struct {
	mu      sync.Mutex
	seen    map[string]bool
	asked   []askedQuestion
	noCache bool // the check refreshed the project's index: its results are not kept
}

func (r *recorder) refused() {
	if r == nil {
		return
	}
	r.mu.Lock()
	r.noCache = true
	r.mu.Unlock()
}

func (r *recorder) note(key string, fp uint64) {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.seen == nil {
		r.seen = map[string]bool{}
	}
	if !r.seen[key] {
		r.seen[key] = true
		r.asked = append(r.asked, askedQuestion{key, fp})
	}
}

// relative returns errs and res with offsets from base, or ok false when one lies outside
// [base, end]: a unit whose check reports elsewhere is not kept.
func relative(errs []syntax.Error, res CheckResult, base, end int) ([]syntax.Error, CheckResult, bool) {
	out := CheckResult{Skipped: res.Skipped}
	var rel []syntax.Error
	for _, e := range errs {
		if e.Start < base || e.End > end {
			return nil, CheckResult{}, false
		}
		e.Start, e.End = e.Start-base, e.End-base
		rel = append(rel, e)
	}
	for _, f := range res.Findings {
		if f.Start < base || f.End > end {
			return nil, CheckResult{}, false
		}
		f.Start, f.End = f.Start-base, f.End-base
		out.Findings = append(out.Findings, f)
	}
	return rel, out, true
}

// placed returns e's errors and findings moved to a unit starting at base.
func (e *unitResult) placed(base int) ([]syntax.Error, CheckResult) {
	errs := make([]syntax.Error, len(e.errs))
	for i, x := range e.errs {
		x.Start, x.End = x.Start+base, x.End+base
		errs[i] = x
	}
	res := CheckResult{Skipped: e.res.Skipped, Findings: make([]rules.Finding, len(e.res.Findings))}
	for i, f := range e.res.Findings {
		f.Start, f.End = f.Start+base, f.End+base
		res.Findings[i] = f
	}
	return errs, res
}
