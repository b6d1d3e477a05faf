// Package unitcache keeps the analysis of top-level units (ST POUs, Verilog modules) by
// their text. Consecutive snapshots of a document, and a candidate spliced into one, share
// almost every unit byte for byte, so a unit is copied from the tree and analysed only when
// its text changed. One bound for every pack: the bytes of unit text held, since what a
// unit costs grows with its text (its analysis is a few dozen times the text).
package unitcache

import "sync"

// MaxBytes bounds the unit text a cache holds; the oldest units go first.
const MaxBytes = 8 << 20

// Cache maps a unit's key (its text, with whatever else tells units apart) to V.
type Cache[V any] struct {
	mu    sync.Mutex
	m     map[string]V
	order []string // insertion order, oldest first
	bytes int
	max   int
}

// New returns a cache holding up to maxBytes of keys (MaxBytes when 0).
func New[V any](maxBytes int) *Cache[V] {
	if maxBytes <= 0 {
		maxBytes = MaxBytes
	}
	return &Cache[V]{m: map[string]V{}, max: maxBytes}
}

// Get looks a unit up; the conversion of a []byte key in the caller's index does not
// allocate.
func (c *Cache[V]) Get(key []byte) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[string(key)]
	return v, ok
}

// Lookup is Get for a key that is already a string.
func (c *Cache[V]) Lookup(key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[key]
	return v, ok
}

// Put stores a unit's analysis, evicting the oldest units beyond the bound.
func (c *Cache[V]) Put(key string, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.m[key]; ok {
		c.m[key] = v
		return
	}
	c.m[key] = v
	c.order = append(c.order, key)
	c.bytes += len(key)
	for c.bytes > c.max && len(c.order) > 1 {
		old := c.order[0]
		c.order = c.order[1:]
		delete(c.m, old)
		c.bytes -= len(old)
	}
	if len(c.order) > 64 && cap(c.order) > 4*len(c.order) {
		c.order = append([]string(nil), c.order...) // let the evicted prefix go
	}
}

// Len is the number of units held.
func (c *Cache[V]) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.m)
}

// Bytes is the unit text held.
func (c *Cache[V]) Bytes() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.bytes
}
