// Package mallocarenas bounds the C allocator's arenas to the machine's processors, as the
// process starts, and hands the pages of freed trees back to the system (Trim).
//
// Tree-sitter allocates its parse trees with malloc, on whichever thread the Go runtime runs
// the parse on. glibc gives each such thread an arena of its own (up to eight per
// processor) and keeps what a tree freed in the arena that held it, so a check that parses
// unit after unit on changing threads keeps the peak of every arena at once: 4 MB of a
// 1 MB ST file's 21 MB peak. No more parses run at once than there are processors, and a
// folder's check, one file per processor, kept its time with two arenas on two.
// A MALLOC_ARENA_MAX in the environment is the user's choice and is left alone; other C
// libraries (musl) have no such arenas.
package mallocarenas

/*
#cgo linux LDFLAGS: -lpthread
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#endif

__attribute__((constructor)) static void gantry_bound_malloc_arenas(void) {
#if defined(__GLIBC__) && defined(M_ARENA_MAX)
	if (getenv("MALLOC_ARENA_MAX") != NULL) {
		return;
	}
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	mallopt(M_ARENA_MAX, n < 1 ? 1 : (int)n);
#endif
}

#if defined(__GLIBC__)
// gantry_arenas_in_use starts threads that each allocate while the others hold their
// blocks (so each asks for an arena of its own), then counts the arenas malloc_info lists;
// -1 where it cannot tell.
static pthread_barrier_t gantry_barrier;

static void *gantry_allocate(void *arg) {
	(void)arg;
	void *p = malloc(4096);
	pthread_barrier_wait(&gantry_barrier);
	free(p);
	return NULL;
}

static int gantry_arenas_in_use(int threads) {
	pthread_t t[64];
	if (threads > 64) threads = 64;
	pthread_barrier_init(&gantry_barrier, NULL, threads);
	for (int i = 0; i < threads; i++) pthread_create(&t[i], NULL, gantry_allocate, NULL);
	for (int i = 0; i < threads; i++) pthread_join(t[i], NULL);
	pthread_barrier_destroy(&gantry_barrier);
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (f == NULL) return -1;
	malloc_info(0, f);
	fclose(f);
	int n = 0;
	for (char *s = buf; (s = strstr(s, "<heap nr=")) != NULL; s++) n++;
	free(buf);
	return n;
}
// gantry_fragment allocates n bytes in small blocks and one more block after them, then
// frees the small ones: their pages stay with the process while the last block lives
// (TestTrimHandsBackFreedPages). It returns the last block, for gantry_release.
static void *gantry_fragment(size_t n) {
	size_t count = n / 256;
	void **blocks = malloc(count * sizeof(void *));
	if (blocks == NULL) return NULL;
	for (size_t i = 0; i < count; i++) {
		blocks[i] = malloc(256);
		if (blocks[i] != NULL) memset(blocks[i], 1, 256);
	}
	void *last = malloc(256);
	for (size_t i = 0; i < count; i++) free(blocks[i]);
	free(blocks);
	return last;
}

// gantry_trim hands the free pages of every arena back to the system: 1 if it could.
static int gantry_trim(void) {
	malloc_trim(0);
	return 1;
}
#else
static int gantry_arenas_in_use(int threads) {
	(void)threads;
	return -1;
}

static int gantry_trim(void) { return 0; }

static void *gantry_fragment(size_t n) {
	(void)n;
	return NULL;
}
#endif
*/
import "C"

import (
	"os"
	"strconv"
	"strings"
)

// arenasInUse reports how many malloc arenas exist after threads threads allocated at once
// (-1 where the C library cannot tell).
func arenasInUse(threads int) int { return int(C.gantry_arenas_in_use(C.int(threads))) }

// Trim hands the free pages inside the C allocator's arenas back to the system, and
// reports whether the C library can (glibc). glibc returns only the free space at the top
// of an arena by itself; a tree freed below a live one leaves its pages in the process,
// and a check of a whole project frees thousands of trees between live ones: a TwinCAT
// project's check peaked 20 MB higher without it.
func Trim() bool { return C.gantry_trim() == 1 }

// Hooks for the package's tests, which cannot use cgo themselves.

// freedBelowALiveBlock frees n bytes of small blocks below one it keeps, and returns the
// process's resident anonymous memory in KB then; ok is false where it cannot be measured.
func freedBelowALiveBlock(n int) (kb int, ok bool) {
	last := C.gantry_fragment(C.size_t(n))
	if last == nil {
		return 0, false
	}
	kb = rssAnonKB()
	return kb, kb > 0
}

// rssAnonKB is the process's resident anonymous memory in KB (0 where /proc cannot tell).
func rssAnonKB() int {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "RssAnon:"); ok {
			n, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
			return n
		}
	}
	return 0
}
