package codegen

import (
	"bytes"
	"container/list"
	"crypto/sha256"
	"strings"
	"sync"
)

// Cache keeps vetted suggestions so that typing through a suggestion, or coming back to the
// same place, costs no model call. A hit is exact (same text around the cursor) or typed
// through (the user typed the first characters of a cached suggestion since).
type Cache struct {
	mu      sync.Mutex
	max     int
	order   *list.List // of *cacheEntry, most recent first
	byKey   map[[32]byte]*list.Element
	hits    int
	lookups int
}

type cacheEntry struct {
	key         [32]byte
	path        string
	offset      int
	before      [32]byte // hash of the text before the cursor (bounded window)
	after       [32]byte // hash of the text after the cursor (bounded window)
	suggestions []string
}

// contextWindow bounds how much text around the cursor identifies a position.
const contextWindow = 2048

// NewCache returns a cache holding up to max entries.
func NewCache(max int) *Cache {
	return &Cache{max: max, order: list.New(), byKey: map[[32]byte]*list.Element{}}
}

func hashBefore(text []byte, off int) [32]byte {
	return sha256.Sum256(text[max(0, off-contextWindow):off])
}

func hashAfter(text []byte, off int) [32]byte {
	return sha256.Sum256(text[off:min(len(text), off+contextWindow)])
}

func cacheKey(path string, before, after [32]byte) [32]byte {
	h := sha256.New()
	h.Write([]byte(path))
	h.Write(before[:])
	h.Write(after[:])
	var k [32]byte
	copy(k[:], h.Sum(nil))
	return k
}

// Put records the suggestions shown at off.
func (c *Cache) Put(path string, text []byte, off int, suggestions []string) {
	if len(suggestions) == 0 {
		return
	}
	e := &cacheEntry{path: path, offset: off, before: hashBefore(text, off), after: hashAfter(text, off), suggestions: suggestions}
	e.key = cacheKey(path, e.before, e.after)
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byKey[e.key]; ok {
		c.order.Remove(el)
	}
	c.byKey[e.key] = c.order.PushFront(e)
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.byKey, last.Value.(*cacheEntry).key)
	}
}

// Get returns cached suggestions for off, exact or typed through.
func (c *Cache) Get(path string, text []byte, off int) ([]string, bool) {
	before, after := hashBefore(text, off), hashAfter(text, off)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.lookups++
	if el, ok := c.byKey[cacheKey(path, before, after)]; ok {
		c.order.MoveToFront(el)
		c.hits++
		return el.Value.(*cacheEntry).suggestions, true
	}
	// Typed through: an entry a few characters back whose suggestion starts with what was
	// typed since, and the text after the cursor unchanged.
	for el, n := c.order.Front(), 0; el != nil && n < 16; el, n = el.Next(), n+1 {
		e := el.Value.(*cacheEntry)
		d := off - e.offset
		if e.path != path || d <= 0 || d > off || e.after != after {
			continue
		}
		if hashBefore(text, e.offset) != e.before {
			continue
		}
		typed := text[e.offset:off]
		var rest []string
		for _, s := range e.suggestions {
			if len(s) > d && bytes.Equal([]byte(s[:d]), typed) && strings.TrimSpace(s[d:]) != "" {
				rest = append(rest, s[d:])
			}
		}
		if len(rest) > 0 {
			c.hits++
			return rest, true
		}
	}
	return nil, false
}

// HitRate returns hits and lookups so far.
func (c *Cache) HitRate() (hits, lookups int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits, c.lookups
}
