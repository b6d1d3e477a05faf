package syntax

import (
	"math"
	"sync"
	"sync/atomic"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/codegen/syntax/mallocarenas"
)

// Trees dropped while reads may still use them. A check walks the trees of the files it
// asks the workspace for without taking their locks, for as long as it runs; a tree
// dropped from a file (DropTree) is therefore freed only once every read that began before
// it was dropped has ended (BeginReads), the way a read-copy-update scheme frees memory.
// A read that begins later finds the file without its tree and parses the text again.

var reads struct {
	mu      sync.Mutex
	epoch   uint64
	active  map[uint64]int // reads in progress, by the epoch they began in
	retired []retiredTree
}

type retiredTree struct {
	tree  *sitter.Tree
	size  int    // the text it spans, in bytes
	epoch uint64 // the epoch it was dropped in
}

// BeginReads marks the start of a read of shared files' trees (one file's check) and
// returns the function that marks its end.
func BeginReads() (end func()) {
	reads.mu.Lock()
	e := reads.epoch
	if reads.active == nil {
		reads.active = map[uint64]int{}
	}
	reads.active[e]++
	reads.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			reads.mu.Lock()
			if reads.active[e]--; reads.active[e] == 0 {
				delete(reads.active, e)
			}
			free := reclaimLocked()
			reads.mu.Unlock()
			closeAll(free)
		})
	}
}

// retire hands a dropped tree over to be freed when no read that may use it remains.
func retire(t *sitter.Tree, size int) {
	reads.mu.Lock()
	reads.retired = append(reads.retired, retiredTree{t, size, reads.epoch})
	reads.epoch++
	free := reclaimLocked()
	reads.mu.Unlock()
	closeAll(free)
}

// reclaimLocked takes out the retired trees every read in progress began after.
func reclaimLocked() []retiredTree {
	oldest := uint64(math.MaxUint64)
	for e := range reads.active {
		oldest = min(oldest, e)
	}
	var free []retiredTree
	kept := reads.retired[:0]
	for _, r := range reads.retired {
		if r.epoch < oldest {
			free = append(free, r)
		} else {
			kept = append(kept, r)
		}
	}
	clear(reads.retired[len(kept):])
	reads.retired = kept
	return free
}

func closeAll(trees []retiredTree) {
	for _, t := range trees {
		t.tree.Close()
		freed(t.size)
	}
}

// freedSinceTrim counts the text of the trees freed since the C allocator last handed
// pages back: it trims once a tree's worth of memory, not for every small file.
var freedSinceTrim atomic.Int64

const trimEvery = 64 << 10 // bytes of text: 1 to 3 MB of trees

// trimWindowsFrom is the smallest window whose freed tree trims the allocator. A pass over
// a large document frees one window after another and the next reuses the pages, as when
// it closes them (Close): trimming after every 64 KB of them made a 4 MB document's check
// 8-18% slower (system time: pages handed back and taken again). A unit this large frees
// 10 to 50 MB at once, before its analysis grows.
const trimWindowsFrom = 256 << 10

// freed notes a freed tree that spanned size bytes of text, and trims the C allocator's
// arenas when enough have been (mallocarenas.Trim).
func freed(size int) {
	if freedSinceTrim.Add(int64(size)) >= trimEvery {
		freedSinceTrim.Store(0)
		mallocarenas.Trim()
	}
}

// RetiredTrees is the number of dropped trees not freed yet.
func RetiredTrees() int {
	reads.mu.Lock()
	defer reads.mu.Unlock()
	return len(reads.retired)
}

// DropTree frees the tree (once no read that began before may still use it) and parses
// the text again when the tree is next asked for (Root), keeping everything else: the
// memo with the packs' analysis of the file. A file kept for the names it declares rarely
// needs its tree again, and a tree in C costs 20 to 40 bytes per byte of code. It does
// nothing, and says so, for a window or a snapshot with edits not yet parsed.
func (f *File) DropTree() bool {
	if f.windowed {
		return false
	}
	f.treeMu.Lock()
	defer f.treeMu.Unlock()
	if f.tree == nil || f.pending != nil {
		return false
	}
	retire(f.tree, f.Len())
	f.tree = nil
	f.pending = &pendingEdits{} // no base, no edits: a fresh parse of the text
	return true
}

// FreeTree is DropTree for a file whose tree no other goroutine reads: the workspace's parse
// of a file for the names it declares, before it hands the file out, or the file a check
// owns once the pack's analysis of it is built (CheckRequest.ReleaseTree; other checks ask
// such a file only for that analysis), a window among them when its parser's caller owns
// it (Own). The tree is freed now rather than when the reads in progress end.
func (f *File) FreeTree() bool {
	f.treeMu.Lock()
	defer f.treeMu.Unlock()
	if f.windowed && !f.owned || f.tree == nil || f.pending != nil {
		return false
	}
	f.tree.Close()
	if !f.windowed {
		freed(f.Len())
	} else if openWindows.Add(-1); f.span[1]-f.span[0] >= trimWindowsFrom {
		freed(f.span[1] - f.span[0])
	}
	f.tree = nil
	f.pending = &pendingEdits{}
	return true
}
