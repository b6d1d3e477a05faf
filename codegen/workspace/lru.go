package workspace

import (
	"container/list"
	"sync"

	"github.com/gantry-dev/gantry/codegen/syntax"
)

// lru keeps the most recently used parsed files, each valid for one size and time: at
// most max of them and, when maxBytes is not 0, at most maxBytes of their text (the most
// recent one always).
type lru struct {
	mu       sync.Mutex
	max      int
	maxBytes int
	bytes    int        // the text of the files held
	order    *list.List // front: most recent
	items    map[string]*list.Element
}

type lruItem struct {
	path      string
	size, mod int64
	file      *syntax.File
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
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[path]; ok {
		c.bytes -= el.Value.(*lruItem).file.Len()
		el.Value = &lruItem{path, size, mod, f}
		c.order.MoveToFront(el)
	} else {
		c.items[path] = c.order.PushFront(&lruItem{path, size, mod, f})
	}
	c.bytes += f.Len()
	for c.order.Len() > c.max || c.maxBytes > 0 && c.bytes > c.maxBytes && c.order.Len() > 1 {
		c.drop(c.order.Back())
	}
}

func (c *lru) drop(el *list.Element) {
	it := el.Value.(*lruItem)
	c.order.Remove(el)
	delete(c.items, it.path)
	c.bytes -= it.file.Len()
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
