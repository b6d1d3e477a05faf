// Package unitcache keeps the analysis of top-level units (ST POUs, Verilog modules) by
// their text. Consecutive snapshots of a document, and a candidate spliced into one, share
// almost every unit byte for byte, so a unit is copied from the tree and analysed only when
// its text changed. One bound for every pack: the bytes of unit text held, since what a
// unit costs grows with its text (its analysis is a few dozen times the text).
package unitcache

import (
	"sync"
	"sync/atomic"
)

// MaxBytes bounds the unit text a cache holds; the oldest units go first.
const MaxBytes = 8 << 20

// defaultMax bounds the caches made with New(0) when set (SetDefaultMaxBytes).
var defaultMax atomic.Int64

// SetDefaultMaxBytes bounds every cache made with New(0), from now on, to n bytes of unit
// text (MaxBytes when n is 0). A command that checks each file once (gantry check) finds
// a unit's text again only where a project copies a file: it holds 256 KB, where an editor,
// whose every version shares most units with the one before, holds MaxBytes. In a check of
// a whole project the cache's 8 MB of units and their analysis were a quarter of the peak.
func SetDefaultMaxBytes(n int) { defaultMax.Store(int64(n)) }

// Cache maps a unit's key (its text, with whatever else tells units apart) to V.
type Cache[V any] struct {
	mu    sync.Mutex
	m     map[string]V
	order []string // insertion order, oldest first
	bytes int
	max   int
}

// New returns a cache holding up to maxBytes of keys (when 0, SetDefaultMaxBytes's bound,
// or MaxBytes).
func New[V any](maxBytes int) *Cache[V] {
	return &Cache[V]{m: map[string]V{}, max: maxBytes}
}

// limit is the cache's bound at this moment.
func (c *Cache[V]) limit() int {
	if c.max > 0 {
		return c.max
	}
	if n := defaultMax.Load(); n > 0 {
		return int(n)
	}
	return MaxBytes
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
	for max := c.limit(); c.bytes > max && len(c.order) > 1; {
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
