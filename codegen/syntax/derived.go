package syntax

import (
	"sync"
	"unsafe"

	"github.com/gantry-dev/gantry/codegen/source"
)

// Derived data. Some facts about a document are costly to compute from its whole text
// (where its units begin, the names they declare) yet barely change under one keystroke.
// A snapshot keeps such facts by key, and a snapshot made by an edit (Apply, Splice) is
// handed its parent's facts together with the edit, so it can update them from the
// changed part alone. Only the facts pass on, never the parent: a chain of edits holds
// one generation of facts, not every snapshot before.

type derived struct {
	mu     sync.Mutex
	values map[any]any
	parent map[any]any // the parent snapshot's facts when this one was made
	edit   source.Edit // what turned the parent's text into this one's
}

// Facts are about the text alone, never the tree: windows of a snapshot (ParseWindow) and
// its text-only copy (WithoutTree) share its facts.
//
// Derive returns the fact kept under key, computing it once per snapshot. compute gets
// the parent snapshot's fact under key and the edit between the two texts when there is
// one (ok false otherwise); the values must not be changed once returned, since the next
// snapshot starts from them.
func (f *File) Derive(key any, compute func(parent any, edit source.Edit, ok bool) any) any {
	d := f.facts()
	d.mu.Lock()
	if v, ok := d.values[key]; ok {
		d.mu.Unlock()
		return v
	}
	prev, ok := d.parent[key]
	edit := d.edit
	d.mu.Unlock()
	v := compute(prev, edit, ok)
	d.mu.Lock()
	defer d.mu.Unlock()
	if old, ok := d.values[key]; ok {
		return old // computed meanwhile by another goroutine: one answer per snapshot
	}
	if d.values == nil {
		d.values = map[any]any{}
	}
	d.values[key] = v
	return v
}

// Memo returns the value kept under key for this snapshot alone, computing it once. Unlike
// Derive, nothing passes on to the snapshots edited from this one, so a value may hold
// the snapshot's text or trees (a parsed window) without keeping every version alive.
// A caller that comes while another computes the value waits for it: the server prepares
// the cursor's unit after an edit while the suggestion request is still on its way, and
// that request must take the unit, not parse it a second time.
func (f *File) Memo(key any, compute func() any) any {
	f.memoMu.Lock()
	if c, ok := f.memo[key]; ok {
		f.memoMu.Unlock()
		if v, ok := c.wait(); ok {
			return v
		}
		return f.Memo(key, compute) // the computation panicked: this caller tries itself
	}
	c := &memoCell{done: make(chan struct{})}
	if f.memo == nil {
		f.memo = map[any]*memoCell{}
	}
	f.memo[key] = c
	f.memoMu.Unlock()
	defer func() {
		if !c.ok {
			f.memoMu.Lock()
			delete(f.memo, key)
			f.memoMu.Unlock()
		}
		close(c.done)
	}()
	c.v = compute()
	c.ok = true
	return c.v
}

// SnapshotOnly is implemented by memo keys whose values no later version starts from (a
// model of the whole snapshot): the version edited from it does not hold them, so an
// editing session keeps one version's analysis alive per document, not two.
type SnapshotOnly interface{ SnapshotOnly() }

// memoCell is one Memo value; done closes once it is computed (ok) or failed.
type memoCell struct {
	done chan struct{}
	v    any
	ok   bool
}

func (c *memoCell) wait() (any, bool) {
	<-c.done
	return c.v, c.ok
}

// FromParent returns a value the snapshot this one was edited from (by Apply) kept in its
// memo under a key match accepts, and takes it out of this snapshot's reach: it is a
// starting point (a window to reparse from), held for one generation only. ok is false
// when there is none.
func (f *File) FromParent(match func(key any) bool) (value any, ok bool) {
	f.memoMu.Lock()
	var found *memoCell
	for k, c := range f.parentMemo {
		if match(k) {
			delete(f.parentMemo, k)
			found = c
			break
		}
	}
	f.memoMu.Unlock()
	if found == nil {
		return nil, false
	}
	return found.wait()
}

func (f *File) facts() *derived {
	f.derivedMu.Lock()
	defer f.derivedMu.Unlock()
	if f.derived == nil {
		f.derived = &derived{}
	}
	return f.derived
}

// origin is the snapshot text a snapshot was made from by one edit: the address of that
// text's line index and its length, not a reference to it, so a chain of edits keeps no
// old text alive.
type origin struct {
	lines uintptr // the parent's line index (not kept alive: only compared)
	size  int
	edit  source.Edit
}

// EditFrom reports the edit that made f's text from parent's, when f was made from that
// very snapshot's text (its line index, which the caller still holds) by Apply or Splice.
// A cache keyed by an older text can then skip comparing what the edit did not touch.
func (f *File) EditFrom(parent *source.Lines) (source.Edit, bool) {
	o := f.origin
	if o == nil || parent == nil || parent.Len() != o.size || uintptr(unsafe.Pointer(parent)) != o.lines {
		return source.Edit{}, false
	}
	return o.edit, true
}

// Supersedes reports whether f was made from old by an edit: a cache keyed by snapshot
// can drop old's entry when it adds f's, so an editing session keeps one snapshot's tree
// and analysis alive per document, not every version it went through.
func (f *File) Supersedes(old *File) bool {
	_, ok := f.EditFrom(old.Lines)
	return ok
}

// inherit hands f's facts to child, made from f by e.
func (f *File) inherit(child *File, e source.Edit) *File {
	if f.Lines != nil {
		child.origin = &origin{lines: uintptr(unsafe.Pointer(f.Lines)), size: f.Lines.Len(), edit: e}
	}
	f.derivedMu.Lock()
	d := f.derived
	f.derivedMu.Unlock()
	if d == nil {
		return child
	}
	d.mu.Lock()
	values := make(map[any]any, len(d.values)) // f may learn more facts later
	for k, v := range d.values {
		values[k] = v
	}
	d.mu.Unlock()
	if len(values) > 0 {
		child.derived = &derived{parent: values, edit: e}
	}
	return child
}

// Memoed returns the value Memo keeps under key, waiting for it when another caller is
// computing it; it never computes. A caller that may not take the snapshot's lock (it holds
// another file's) still gets a value whose computation needs no other lock.
func (f *File) Memoed(key any) (any, bool) {
	f.memoMu.Lock()
	c, ok := f.memo[key]
	f.memoMu.Unlock()
	if !ok {
		return nil, false
	}
	return c.wait()
}
