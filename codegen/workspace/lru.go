package workspace

import (
	"container/list"
	"sync"

	"github.com/gantry-dev/gantry/codegen/syntax"
)

// lru keeps the most recently used parsed files, each valid for one size and time: at
// most max of them and, when maxBytes is not 0, at most maxBytes of their weight (the most
// recent one always), which parsedWeight tells.
type lru struct {
	mu       sync.Mutex
	max      int
	maxBytes int
	// treeBytes, when set, bounds the code of the most recent files whose trees are kept;
	// older files keep their text and analysis (BoundTrees).
	treeBytes int
	treed     int // the code of the checked files that still have their trees
	// unchecked is the code of the files parsed for their names that keep their trees for
	// their own check (putParsed), at most a quarter of treeBytes.
	unchecked int
	bytes     int        // the weight of the files held
	order     *list.List // front: most recent
	items     map[string]*list.Element
}

type lruItem struct {
	path      string
	size, mod int64
	file      *syntax.File
	weight    int
	treeless  bool // its tree dropped (dropOldTrees)
	checked   bool // its own check is done (putChecked)
	keptTree  bool // parsed for its names, its tree kept for its own check (putParsed)
}

func newLRU(max, maxBytes int) *lru {
	return &lru{max: max, maxBytes: maxBytes, order: list.New(), items: map[string]*list.Element{}}
}

func (c *lru) get(path string, size, mod int64) *syntax.File {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.items[path]
	if !ok {
		return nil
	}
	it := el.Value.(*lruItem)
	if it.size != size || it.mod != mod {
		return nil
	}
	c.order.MoveToFront(el)
	return it.file
}

func (c *lru) put(path string, size, mod int64, f *syntax.File) {
	c.add(path, size, mod, f, parsedWeight(f), false, false)
}

// putChecked is put for a file whose own check is done: its tree may be dropped
// (treeBytes), since what other checks need of it, its analysis, stays with it.
func (c *lru) putChecked(path string, size, mod int64, f *syntax.File) {
	c.add(path, size, mod, f, parsedWeight(f), true, false)
}

// putParsed is put for a file just parsed for the names it declares, which no one else
// holds yet. Where trees are bounded (gantry check, which checks the file later) it keeps
// its tree for that check while such trees hold at most a quarter of treeBytes of code
// (a check of a top module takes in hundreds of files); otherwise
// free, which must leave the file's analysis and free its tree, runs before the file is
// held. It reports whether the tree was kept.
func (c *lru) putParsed(path string, size, mod int64, f *syntax.File, free func()) bool {
	w := parsedWeight(f) // outside the lock: it may scan the text for its code
	c.mu.Lock()
	keep := c.treeBytes > 0 && c.unchecked+w <= c.treeBytes/4
	if keep {
		c.unchecked += w // before the file is held: others see the room taken
	}
	c.mu.Unlock()
	if !keep {
		free()
	}
	c.add(path, size, mod, f, w, false, keep)
	return keep
}

func (c *lru) add(path string, size, mod int64, f *syntax.File, w int, checked, keptTree bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	it := &lruItem{path: path, size: size, mod: mod, file: f, weight: w, checked: checked, keptTree: keptTree}
	if el, ok := c.items[path]; ok {
		c.forget(el.Value.(*lruItem))
		el.Value = it
		c.order.MoveToFront(el)
	} else {
		c.items[path] = c.order.PushFront(it)
	}
	c.bytes += w
	if checked {
		c.treed += w
	}
	for c.order.Len() > c.max || c.maxBytes > 0 && c.bytes > c.maxBytes && c.order.Len() > 1 {
		c.drop(c.order.Back())
	}
	if c.treeBytes > 0 && c.treed > c.treeBytes+c.treeBytes/4 {
		c.dropOldTrees() // once a quarter of the bound more: each pass walks the list
	}
}

// dropOldTrees drops the trees of the checked files past the most recent treeBytes of
// their code.
func (c *lru) dropOldTrees() {
	kept := 0
	for el := c.order.Front(); el != nil; el = el.Next() {
		it := el.Value.(*lruItem)
		if it.treeless || !it.checked {
			continue
		}
		if kept += it.weight; kept > c.treeBytes && it.file.DropTree() {
			c.untree(it)
			it.treeless = true
		}
	}
}

// untree takes a checked file that still has its tree out of treed.
func (c *lru) untree(it *lruItem) {
	if it.checked && !it.treeless {
		c.treed -= it.weight
	}
}

// forget takes an item out of the counts, when it leaves or another takes its place.
func (c *lru) forget(it *lruItem) {
	c.untree(it)
	if it.keptTree {
		c.unchecked -= it.weight
	}
	c.bytes -= it.weight
}

func (c *lru) drop(el *list.Element) {
	it := el.Value.(*lruItem)
	c.forget(it)
	c.order.Remove(el)
	delete(c.items, it.path)
}

// parsedWeight is what a parsed file costs the cache, in bytes of its text: all of it for
// a source file, whose tree spans it, but for code embedded in another format (a TwinCAT
// object's CDATA sections in XML) the code its tree spans, and a sixteenth of the rest,
// held as text only. TwinCAT objects are mostly XML (4% code in a building-automation
// library of 350 objects): counted whole, 8 MB held a few dozen of them, and a check of
// such a library parsed every file again for each file checked (221 s against 10).
func parsedWeight(f *syntax.File) int {
	n := f.Len()
	if f.Regions == nil || !f.HasTree() {
		return n
	}
	code := 0
	for _, r := range f.Regions(f.Bytes()) {
		code += r[1] - r[0]
	}
	return code + (n-code)/16
}

func (c *lru) remove(path string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[path]; ok {
		c.drop(el)
	}
}

// Parsed returns how many files from disk the workspace holds parsed.
func (w *Workspace) Parsed() int { return w.disk.len() }

func (c *lru) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}
