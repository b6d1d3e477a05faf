package mallocarenas

import (
	"os"
	"runtime"
	"testing"
)

func TestArenasBoundedByProcessors(t *testing.T) {
	if os.Getenv("MALLOC_ARENA_MAX") != "" {
		t.Skip("MALLOC_ARENA_MAX set: the user's bound applies")
	}
	n := arenasInUse(16)
	if n < 0 {
		t.Skip("the C library does not list its arenas")
	}
	if n > runtime.NumCPU() {
		t.Errorf("16 threads allocating at once made %d malloc arenas; want at most %d (one per processor)", n, runtime.NumCPU())
	}
}

// Trim hands back the pages of blocks freed below a live one, which glibc keeps otherwise.
func TestTrimHandsBackFreedPages(t *testing.T) {
	before, ok := freedBelowALiveBlock(64 << 20)
	if !ok {
		t.Skip("not glibc, or no /proc: nothing to measure")
	}
	if !Trim() {
		t.Fatal("Trim says the C library cannot trim, on glibc")
	}
	after := rssAnonKB()
	if before-after < 32<<10 {
		t.Errorf("resident anonymous memory %d KB before Trim, %d KB after: want at least 32 MB handed back", before, after)
	}
}
