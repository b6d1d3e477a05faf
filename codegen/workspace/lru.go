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
	treed     int        // the code of the checked files that still have their trees
	bytes     int        // the weight of the files held
	order     *list.List // front: most recent
	items     map[string]*list.Element
	// ceiling, when above maxBytes, is how far maxBytes may grow: it doubles, and max
	// with it up to maxCeiling, whenever more than two thirds of the files parsed lately
	// are files the bound dropped before (GrowParsedFrom).
	ceiling, maxCeiling int
	dropped             map[string]bool // the paths dropped by the bound, while it may grow
	parses              int             // files added since the bound last grew…
	regrets             int             // …of which it had dropped before
}

type lruItem struct {
	path      string
	size, mod int64
	file      *syntax.File
	weight    int
	treeless  bool // its tree dropped (dropOldTrees)
	checked   bool // its own check is done (putChecked)
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

func (c *lru) put(path string, size, mod int64, f *syntax.File) { c.add(path, size, mod, f, false) }

// putChecked is put for a file whose own check is done: its tree may be dropped
// (treeBytes), since what other checks need of it, its analysis, stays with it. A file
// parsed for its names keeps its tree until its own check, which would parse it again.
func (c *lru) putChecked(path string, size, mod int64, f *syntax.File) {
	c.add(path, size, mod, f, true)
}

func (c *lru) add(path string, size, mod int64, f *syntax.File, checked bool) {
	w := parsedWeight(f) // outside the lock: it may scan the text for its code
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[path]; ok {
		c.bytes -= el.Value.(*lruItem).weight
		c.untree(el.Value.(*lruItem))
		el.Value = &lruItem{path: path, size: size, mod: mod, file: f, weight: w, checked: checked}
		c.order.MoveToFront(el)
	} else {
		c.items[path] = c.order.PushFront(&lruItem{path: path, size: size, mod: mod, file: f, weight: w, checked: checked})
		c.grow(path)
	}
	c.bytes += w
	if checked {
		c.treed += w
	}
	for c.order.Len() > c.max || c.maxBytes > 0 && c.bytes > c.maxBytes && c.order.Len() > 1 {
		it := c.order.Back().Value.(*lruItem)
		c.drop(c.order.Back())
		if c.ceiling > c.maxBytes {
			c.dropped[it.path] = true
		}
	}
	if c.treeBytes > 0 && c.treed > c.treeBytes+c.treeBytes/4 {
		c.dropOldTrees() // once a quarter of the bound more: each pass walks the list
	}
}

// growWindow is how many parses the bound looks back on before it grows.
const growWindow = 32

// grow counts a file parsed into the cache and doubles the bounds, up to their ceilings,
// once more than two thirds of the last growWindow or more files parsed were files the
// bounds had dropped: the files in use no longer fit, and each one dropped costs a parse
// again.
func (c *lru) grow(path string) {
	if c.ceiling <= c.maxBytes {
		return
	}
	c.parses++
	if c.dropped[path] {
		c.regrets++
		delete(c.dropped, path)
	}
	if c.parses >= growWindow && 3*c.regrets > 2*c.parses {
		c.maxBytes = min(2*c.maxBytes, c.ceiling)
		c.max = min(2*c.max, c.maxCeiling)
		// What the smaller bound dropped says nothing about the new one.
		c.parses, c.regrets, c.dropped = 0, 0, map[string]bool{}
		if c.maxBytes == c.ceiling {
			c.max, c.dropped = c.maxCeiling, nil
		}
	} else if c.parses >= 4*growWindow {
		c.parses, c.regrets = c.parses/2, c.regrets/2 // the recent past weighs most
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

func (c *lru) drop(el *list.Element) {
	it := el.Value.(*lruItem)
	c.untree(it)
	c.order.Remove(el)
	delete(c.items, it.path)
	c.bytes -= it.weight
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
