package codegen

import "testing"

func TestCacheExactAndTypedThrough(t *testing.T) {
	c := NewCache(4)
	text := []byte("IF a THEN\n    \nEND_IF;\n")
	off := 14
	c.Put("p.st", text, off, []string{"b := TRUE;"})
	if got, ok := c.Get("p.st", text, off); !ok || got[0] != "b := TRUE;" {
		t.Fatalf("exact: %v %v", got, ok)
	}
	typed := []byte("IF a THEN\n    b := \nEND_IF;\n")
	if got, ok := c.Get("p.st", typed, off+5); !ok || got[0] != "TRUE;" {
		t.Fatalf("typed through: %v %v", got, ok)
	}
	other := []byte("IF a THEN\n    x := \nEND_IF;\n")
	if _, ok := c.Get("p.st", other, off+5); ok {
		t.Fatal("typing something else must miss")
	}
	if _, ok := c.Get("q.st", text, off); ok {
		t.Fatal("another file must miss")
	}
	for i := 0; i < 5; i++ {
		c.Put("p.st", []byte{byte('a' + i)}, 1, []string{"x"})
	}
	if _, ok := c.Get("p.st", text, off); ok {
		t.Fatal("the oldest entry must be evicted")
	}
	if h, l := c.HitRate(); h != 2 || l != 5 {
		t.Errorf("hits %d lookups %d", h, l)
	}
}
