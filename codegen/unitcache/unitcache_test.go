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
