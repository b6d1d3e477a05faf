// Package syntax parses documents with tree-sitter, keeps trees current under edits, and
// reports syntax errors. Positions on trees are used only as bytes: the Go binding copies
// the old end point into the new end point of an edit, so tree points are not trusted.
package syntax

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/codegen/source"
	_ "github.com/gantry-dev/gantry/codegen/syntax/mallocarenas" // C arenas bounded before the first parse
)

// Regions picks the byte ranges of a text that hold code, for files where code is embedded in
// another format (ST inside TwinCAT or PLCopen XML). The parser reads only those ranges, and
// every node keeps its position in the whole file, so diagnostics land on the right line.
type Regions func(text []byte) [][2]int

// File is an immutable parsed snapshot of a document.
type File struct {
	Language *sitter.Language
	// text is the whole text, or nil when Lines keeps it in blocks (Bytes).
	text  []byte
	Lines *source.Lines
	// Regions, when set, restricts parsing to the code regions (recomputed on every edit).
	Regions Regions
	// Window marks a unit of a large text-only document parsed for one use (ParseWindow):
	// packs' caches leave it out, so a big document never sits in memory as trees.
	Window bool

	span      [2]int // a window's byte range (ParseWindow)
	windowed  bool
	owned     bool              // a window whose tree only its parser's caller reads (Own)
	doc       *File             // the window a cut was made from (Cut)
	lineBase  int               // the document line of a cut's first line
	derived   *derived          // facts kept per snapshot (Derive)
	derivedMu sync.Mutex        // not mu: facts are asked for while the tree's lock is held
	origin    *origin           // the text this snapshot was edited from (EditFrom)
	memo      map[any]*memoCell // Memo: this snapshot's alone
	memoMu    sync.Mutex
	// parentMemo is the memo of the snapshot this one was edited from, for one generation:
	// a value there may be the starting point of this snapshot's (FromParent).
	parentMemo map[any]*memoCell

	// The tree is made when first asked for (Root): an edit records itself on a copy of
	// the last tree and parses nothing, so a keystroke costs no reparse until diagnostics
	// or a feature needs the tree, and several keystrokes are reparsed at once.
	tree    *sitter.Tree
	pending *pendingEdits
	treeMu  sync.Mutex // guards tree and pending; not mu, which callers hold over walks

	mu sync.Mutex // trees are not safe for concurrent use; guard node access via Root
}

// pendingEdits are the edits since the last parsed tree, with a private copy of that tree
// they are recorded on when the tree is next asked for: tree-sitter reparses several edits
// in one pass, and recording an edit on a large tree scans the children of each node on
// its path (a tenth of a keystroke's cost in a 10,000-line file), which the first edit on
// a copy also pays for copying that path. So a keystroke only copies the tree (a reference
// count) and keeps its edit; the tree's owner records them all at once (materialize).
type pendingEdits struct {
	base  *sitter.Tree
	edits []source.Edit // in order, none recorded on base yet
}

// maxPendingEdits bounds the edits kept unparsed: a client that never asks for diagnostics
// must not grow the list, and the reparse that finally comes, without end.
const maxPendingEdits = 64

var parsers = sync.Pool{New: func() any { return sitter.NewParser() }}

// Parse parses text from scratch.
func Parse(ctx context.Context, lang *sitter.Language, text []byte) (*File, error) {
	return ParseRegions(ctx, lang, text, nil)
}

// ParseRegions parses only the regions of text that regions picks (all of it when nil).
func ParseRegions(ctx context.Context, lang *sitter.Language, text []byte, regions Regions) (*File, error) {
	lines := source.NewLines(text)
	tree, err := parse(ctx, lang, nil, text, included(lines, regions))
	if err != nil {
		return nil, err
	}
	return &File{Language: lang, text: text, Lines: lines, tree: tree, Regions: regions}, nil
}

// wholeText is tree-sitter's default included range.
var wholeText = []sitter.Range{{StartByte: 0, EndByte: ^uint32(0), EndPoint: sitter.Point{Row: ^uint32(0), Column: ^uint32(0)}}}

func included(lines *source.Lines, regions Regions) []sitter.Range {
	if regions == nil {
		return wholeText
	}
	var out []sitter.Range
	for _, r := range regions(lines.Text()) {
		sr, sc := lines.Point(r[0])
		er, ec := lines.Point(r[1])
		out = append(out, sitter.Range{StartByte: uint32(r[0]), EndByte: uint32(r[1]),
			StartPoint: sitter.Point{Row: uint32(sr), Column: uint32(sc)}, EndPoint: sitter.Point{Row: uint32(er), Column: uint32(ec)}})
	}
	if len(out) == 0 {
		// No code at all: parse an empty range rather than the whole foreign text.
		return []sitter.Range{{}}
	}
	return out
}

// parse runs a pooled parser. It never hands ctx to the binding: the binding's cancellation
// flag is sticky (a parser cancelled once, even just after finishing, fails every later
// parse), so cancellation is checked around the parse instead; parses are short.
func parse(ctx context.Context, lang *sitter.Language, old *sitter.Tree, text []byte, ranges []sitter.Range) (*sitter.Tree, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p := parsers.Get().(*sitter.Parser)
	p.SetLanguage(lang)
	p.SetIncludedRanges(ranges)
	var tree *sitter.Tree
	var err error
	if old == nil {
		tree, err = p.ParseCtx(context.Background(), nil, text)
	} else {
		// An edit reparses only around the change: the parser reads the text through a
		// callback, so only the parts it lexes again cross into C, not the whole document.
		read := func(offset uint32, _ sitter.Point) []byte {
			if int(offset) >= len(text) {
				return nil
			}
			return text[offset:min(int(offset)+reparseChunk, len(text))]
		}
		tree, err = p.ParseInputCtx(context.Background(), old, sitter.Input{Read: read, Encoding: sitter.InputEncodingUTF8})
	}
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err) // the parser is dropped, not pooled
	}
	parsers.Put(p)
	if old == nil {
		noteTreeMemory(len(text))
	}
	return tree, nil
}

// A tree lives in C memory, 20 to 40 bytes per source byte, which the Go collector does not
// see: a tree no one holds is freed by its finalizer, after a collection the Go heap alone
// may not call for a long time. So every collectEvery bytes parsed from scratch start a
// collection (incremental reparses share most of their tree with the one before): the
// check of a 4,770-file project peaked at 628 MB with it, 692 MB without.
var parsedSinceCollection atomic.Int64

const collectEvery = 4 << 20

func noteTreeMemory(n int) {
	if parsedSinceCollection.Add(int64(n)) >= collectEvery {
		parsedSinceCollection.Store(0)
		go runtime.GC()
	}
}

// reparseChunk is what the parser reads at a time when it reparses after an edit.
const reparseChunk = 4 << 10

// TextOnly returns a snapshot without a tree, for documents too large to keep one (a
// million-line G-code file): its pack works from the text and parses windows itself.
func TextOnly(lang *sitter.Language, text []byte) *File {
	return &File{Language: lang, text: text, Lines: source.NewLines(text)}
}

// Bytes returns the snapshot's text. An edited text-only snapshot keeps its text in its
// line index's blocks (Apply), and the first call joins them, a copy of the whole text:
// what runs on every keystroke of a large document reads lines and slices through Lines.
func (f *File) Bytes() []byte {
	if f.text != nil || f.Lines == nil {
		return f.text
	}
	return f.Lines.Text()
}

// Len is the length of the snapshot's text in bytes.
func (f *File) Len() int {
	if f.Lines != nil {
		return f.Lines.Len()
	}
	return len(f.text)
}

// WithoutTree returns a text-only snapshot of f's text, sharing what is known about it.
func (f *File) WithoutTree() *File {
	return &File{Language: f.Language, text: f.text, Lines: f.Lines, derived: f.facts()}
}

// HasTree reports whether the snapshot carries a whole-file tree (made or still to make).
func (f *File) HasTree() bool {
	f.treeMu.Lock()
	defer f.treeMu.Unlock()
	return f.tree != nil || f.pending != nil
}

// Close frees the tree now rather than when the garbage collector finds it, for callers
// that parse many short-lived windows.
func (f *File) Close() {
	f.treeMu.Lock()
	defer f.treeMu.Unlock()
	if f.tree != nil {
		f.tree.Close()
		f.tree = nil
		if f.windowed {
			openWindows.Add(-1)
		}
	}
	f.pending = nil
}

// openWindows counts the windows parsed (ParseWindow) and not closed.
var openWindows atomic.Int64

// OpenWindows is the number of windows parsed and not closed, whose trees are left to the
// garbage collector (it may have freed some of them): a pass over a large document closes
// every window it parses, and tests check that it does.
func OpenWindows() int64 { return openWindows.Load() }

// Apply returns a new File with change applied. f stays valid and unchanged. Nothing is
// parsed: the edit is recorded on a copy of f's tree, reparsed incrementally when the new
// File's tree is first asked for (Root). A text-only snapshot stays text-only, and its
// line index is updated rather than rebuilt.
func (f *File) Apply(ctx context.Context, change source.Change) (*File, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if f.HasTree() {
		text, e, err := source.Apply(f.Lines, change)
		if err != nil {
			return nil, err
		}
		child := &File{Language: f.Language, text: text, Lines: f.Lines.Apply(e, text), Regions: f.Regions, pending: f.pendingAfter(e)}
		return f.inheritAll(child, e), nil
	}
	// Without a tree to reparse nothing needs the text in one piece: a keystroke in a
	// million-line file copies the line blocks it touches, not 21 MB.
	lines, e, err := f.Lines.Edit(change)
	if err != nil {
		return nil, err
	}
	return f.inheritAll(&File{Language: f.Language, Lines: lines, Regions: f.Regions}, e), nil
}

// inheritAll hands child, made from f by e, f's memo for one generation and its facts.
func (f *File) inheritAll(child *File, e source.Edit) *File {
	f.memoMu.Lock()
	for k, c := range f.memo {
		if _, own := k.(SnapshotOnly); own {
			continue
		}
		if child.parentMemo == nil {
			child.parentMemo = map[any]*memoCell{}
		}
		child.parentMemo[k] = c
	}
	f.memoMu.Unlock()
	return f.inherit(child, e)
}

// pendingAfter returns the tree f's next version starts from, a copy of f's, and its
// pending edits: f's and e. It returns nil for a text-only snapshot.
func (f *File) pendingAfter(e source.Edit) *pendingEdits {
	f.treeMu.Lock()
	if f.pending != nil && (len(f.pending.edits) >= maxPendingEdits || f.pending.base == nil) {
		f.materialize() // too many edits, or a dropped tree (DropTree) to parse again
	}
	if p := f.pending; p != nil {
		// The base is f's own until f materializes it, under treeMu, which is held.
		base := p.base.Copy()
		f.treeMu.Unlock()
		return &pendingEdits{base: base, edits: append(p.edits[:len(p.edits):len(p.edits)], e)}
	}
	tree := f.tree
	f.treeMu.Unlock()
	if tree == nil {
		return nil
	}
	f.mu.Lock() // callers walk f's tree under mu
	base := tree.Copy()
	f.mu.Unlock()
	return &pendingEdits{base: base, edits: []source.Edit{e}}
}

// editedCopy copies tree, one of f's (under f's lock: trees are not safe for concurrent
// use), and records e on the copy for the next parse to start from.
func (f *File) editedCopy(tree *sitter.Tree, e source.Edit) *sitter.Tree {
	f.mu.Lock()
	cp := tree.Copy()
	f.mu.Unlock()
	edit(cp, e)
	return cp
}

// edit records e on tree, for the next parse to start from.
func edit(tree *sitter.Tree, e source.Edit) {
	tree.Edit(sitter.EditInput{
		StartIndex: uint32(e.StartByte), OldEndIndex: uint32(e.OldEndByte), NewEndIndex: uint32(e.NewEndByte),
		StartPoint:  sitter.Point{Row: uint32(e.StartRow), Column: uint32(e.StartColumn)},
		OldEndPoint: sitter.Point{Row: uint32(e.OldEndRow), Column: uint32(e.OldEndColumn)},
		NewEndPoint: sitter.Point{Row: uint32(e.NewEndRow), Column: uint32(e.NewEndColumn)},
	})
}

// FreshParseBelow is the size up to which an edit that leaves syntax errors is parsed from
// scratch (a fresh parse of 2 MB takes tens of milliseconds). Larger documents keep the
// incremental tree; packs that check big files in windows do not use it anyway.
const FreshParseBelow = 2 << 20

// Splice returns a new File with insert placed over text[start:end], reparsed incrementally.
func (f *File) Splice(ctx context.Context, start, end int, insert string) (*File, error) {
	sp, ep := f.Lines.Position(start), f.Lines.Position(end)
	return f.Apply(ctx, source.Change{Range: &source.Range{Start: sp, End: ep}, Text: insert})
}

// materialize parses the pending edits into f's tree; f.treeMu is held.
func (f *File) materialize() {
	if f.pending == nil {
		return
	}
	ranges := included(f.Lines, f.Regions)
	for _, e := range f.pending.edits {
		edit(f.pending.base, e)
	}
	tree, err := parse(context.Background(), f.Language, f.pending.base, f.Bytes(), ranges)
	if err == nil && len(f.Bytes()) <= FreshParseBelow && tree.RootNode().HasError() {
		// Error recovery depends on the old tree: an incremental parse of broken code can
		// place its ERROR nodes differently from a fresh one (seen on RTL), and what the
		// user sees must not depend on the edit history. A tree with errors is parsed again
		// from scratch.
		tree.Close()
		tree, err = parse(context.Background(), f.Language, nil, f.Bytes(), ranges)
	}
	if err != nil {
		// parse fails only when cancelled, and it is never given a context here
		tree = nil
	}
	f.tree, f.pending = tree, nil
}

// Root returns the root node, nil for a text-only snapshot. Node access on one File must not
// run concurrently: callers that share a File across goroutines take Lock/Unlock around
// their walk.
func (f *File) Root() *sitter.Node {
	f.treeMu.Lock()
	defer f.treeMu.Unlock()
	f.materialize()
	if f.tree == nil {
		return nil
	}
	return f.tree.RootNode()
}

// Lock serialises access to the tree's nodes.
func (f *File) Lock() { f.mu.Lock() }

// TryLock takes the lock if it is free and reports whether it did.
func (f *File) TryLock() bool { return f.mu.TryLock() }

// Unlock releases Lock.
func (f *File) Unlock() { f.mu.Unlock() }

// Content returns the source text of n.
func (f *File) Content(n *sitter.Node) string { return string(f.Bytes()[n.StartByte():n.EndByte()]) }

// ParseWindow parses text[start:end] of a snapshot as a File of its own over the same text
// and line index: its nodes keep their positions in the whole text, and nothing outside the
// window is parsed. Packs check a large text-only document unit by unit this way, holding
// one unit's tree at a time.
func (f *File) ParseWindow(ctx context.Context, start, end int) (*File, error) {
	return f.parseWindow(ctx, start, end, nil)
}

// ParseWindowAfter is ParseWindow for a text made by one edit (Apply or Splice) from the
// text of prev, a parsed window of it: the parser starts from prev's tree and reads again
// only around the edit, so a candidate spliced into a long POU costs what the candidate
// changes, not the POU. When the edit is not known, or the result holds a syntax error
// (error recovery depends on the old tree, and the gate must judge a candidate the same
// whatever was parsed before), the window is parsed afresh.
func (f *File) ParseWindowAfter(ctx context.Context, start, end int, prev *File) (*File, error) {
	if prev == nil || !prev.windowed || prev.Language != f.Language {
		return f.parseWindow(ctx, start, end, nil)
	}
	e, ok := f.EditFrom(prev.Lines)
	// The edit must fall inside prev's window, and this window be prev's as the edit moved it.
	if !ok || e.StartByte < prev.span[0] || e.OldEndByte > prev.span[1] ||
		start != prev.span[0] || end != prev.span[1]+e.NewEndByte-e.OldEndByte {
		return f.parseWindow(ctx, start, end, nil)
	}
	prev.treeMu.Lock()
	old := prev.tree
	prev.treeMu.Unlock()
	if old == nil {
		return f.parseWindow(ctx, start, end, nil)
	}
	base := prev.editedCopy(old, e)
	w, err := f.parseWindow(ctx, start, end, base)
	base.Close()
	if err != nil || !w.tree.RootNode().HasError() {
		return w, err
	}
	w.Close()
	return f.parseWindow(ctx, start, end, nil)
}

func (f *File) parseWindow(ctx context.Context, start, end int, old *sitter.Tree) (*File, error) {
	start, end = max(0, min(start, len(f.Bytes()))), max(0, min(end, len(f.Bytes())))
	sr, sc := f.Lines.Point(start)
	er, ec := f.Lines.Point(end)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p := parsers.Get().(*sitter.Parser)
	p.SetLanguage(f.Language)
	p.SetIncludedRanges([]sitter.Range{{StartByte: uint32(start), EndByte: uint32(end),
		StartPoint: sitter.Point{Row: uint32(sr), Column: uint32(sc)}, EndPoint: sitter.Point{Row: uint32(er), Column: uint32(ec)}}})
	// The parser reads the window through a callback: handing it the whole text would copy
	// all of it into C for every unit, quadratic over a large document.
	read := func(offset uint32, _ sitter.Point) []byte {
		if int(offset) >= end {
			return nil
		}
		return f.Bytes()[offset:min(int(offset)+64<<10, end)]
	}
	tree, err := p.ParseInputCtx(context.Background(), old, sitter.Input{Read: read, Encoding: sitter.InputEncodingUTF8})
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	parsers.Put(p)
	openWindows.Add(1)
	window := func([]byte) [][2]int { return [][2]int{{start, end}} }
	// Facts are about the text, which the window shares.
	return &File{Language: f.Language, text: f.Bytes(), Lines: f.Lines, tree: tree, Regions: window, Window: true, span: [2]int{start, end}, windowed: true, derived: f.facts()}, nil
}

// Own tells that the caller of ParseWindow is the only reader of the window's tree, for as
// long as the window lives: a pass over a large document that checks each unit once and
// closes it. FreeTree may then free the tree (a window is otherwise shared, its tree read
// by whoever holds it: the cursor's unit, a cut made from it).
func (f *File) Own() {
	f.treeMu.Lock()
	f.owned = f.windowed
	f.treeMu.Unlock()
}

// Windowed reports whether f's tree covers a window of its text (ParseWindow), whatever
// Window says: a cache that outlives the request must not keep such a file, since the
// next pass over the document parses its windows anew and the old ones would only hold
// their trees (C memory the collector does not see) until the cache let go of them.
func (f *File) Windowed() bool { return f.windowed }

// Span is the byte range the snapshot's tree covers: a window's range, else the whole text.
// Scans that serve one unit read only this part of a large document.
func (f *File) Span() (start, end int) {
	if f.windowed {
		return f.span[0], f.span[1]
	}
	return 0, len(f.Bytes())
}
