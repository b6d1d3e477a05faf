package unitcache

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

func TestBoundedByBytesOldestFirst(t *testing.T) {
	c := New[int](100)
	for i := 0; i < 10; i++ {
		c.Put(fmt.Sprintf("%02d%s", i, strings.Repeat("x", 18)), i) // 20 bytes each
	}
	if c.Bytes() > 100 || c.Len() != 5 {
		t.Fatalf("%d units, %d bytes; want 5 units within 100 bytes", c.Len(), c.Bytes())
	}
	if _, ok := c.Get([]byte("04" + strings.Repeat("x", 18))); ok {
		t.Error("an old unit survived")
	}
	if v, ok := c.Get([]byte("09" + strings.Repeat("x", 18))); !ok || v != 9 {
		t.Error("the newest unit is gone")
	}
	c.Put("09"+strings.Repeat("x", 18), 90) // a second Put of a key replaces, costs nothing
	if v, _ := c.Get([]byte("09" + strings.Repeat("x", 18))); v != 90 || c.Len() != 5 {
		t.Errorf("replace: %d, %d units", v, c.Len())
	}
	big := New[int](10)
	big.Put(strings.Repeat("y", 50), 1) // one unit larger than the bound is still kept
	if big.Len() != 1 {
		t.Error("a single large unit must be cached")
	}
}

func TestConcurrentUse(t *testing.T) {
	c := New[int](1 << 10)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				k := fmt.Sprintf("%d-%d", g, i%50)
				c.Put(k, i)
				if v, ok := c.Get([]byte(k)); ok && v > i {
					t.Errorf("%s: %d after putting %d", k, v, i)
				}
			}
		}(g)
	}
	wg.Wait()
	if c.Bytes() > 1<<10 {
		t.Errorf("%d bytes over the bound", c.Bytes())
	}
}

// SetDefaultMaxBytes bounds the caches made with New(0), those made before it too; a cache
// with its own bound keeps it.
func TestSetDefaultMaxBytes(t *testing.T) {
	t.Cleanup(func() { SetDefaultMaxBytes(0) })
	def, own := New[int](0), New[int](1000)
	SetDefaultMaxBytes(100)
	for i := 0; i < 20; i++ {
		key := fmt.Sprintf("unit %02d: twenty bytes", i)[:20]
		def.Put(key, i)
		own.Put(key, i)
	}
	if def.Bytes() > 100 || def.Len() != 5 {
		t.Errorf("default-bound cache holds %d units, %d bytes; want 5, at most 100", def.Len(), def.Bytes())
	}
	if own.Len() != 20 {
		t.Errorf("a cache with its own bound holds %d units, want all 20", own.Len())
	}
	SetDefaultMaxBytes(0)
	for i := 20; i < 30; i++ {
		def.Put(fmt.Sprintf("unit %02d: twenty bytes", i)[:20], i)
	}
	if def.Len() != 15 {
		t.Errorf("after the default is reset, the cache holds %d units, want 15", def.Len())
	}
}
