package workspace

import (
	"container/list"
	"sync"

	"github.com/gantry-dev/gantry/codegen/syntax"
)

// lru keeps the most recently used parsed files, each valid for one size and time.
type lru struct {
	mu    sync.Mutex
	max   int
	order *list.List // front: most recent
	items map[string]*list.Element
}

type lruItem struct {
	path      string
	size, mod int64
	file      *syntax.File
}

func newLRU(max int) *lru {
	return &lru{max: max, order: list.New(), items: map[string]*list.Element{}}
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
		el.Value = &lruItem{path, size, mod, f}
		c.order.MoveToFront(el)
		return
	}
	c.items[path] = c.order.PushFront(&lruItem{path, size, mod, f})
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.items, last.Value.(*lruItem).path)
	}
}

func (c *lru) remove(path string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[path]; ok {
		c.order.Remove(el)
		delete(c.items, path)
	}
}

// Parsed returns how many files from disk the workspace holds parsed.
func (w *Workspace) Parsed() int { return w.disk.len() }

func (c *lru) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}
