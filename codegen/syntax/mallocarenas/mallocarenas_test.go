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
