// Package deepstack starts the goroutines of the suggestion path with their stack grown
// once, while it is still empty.
//
// A goroutine starts with a 2 KB stack, and the runtime doubles it whenever a call runs out
// of room, copying the whole stack and rewriting its frames each time. A suggestion
// request, the keystroke's preparation and the gate run call chains (the JSON decoder, tree
// walks, the semantic model, the rules) that reach well past 8 KB, so each of those
// goroutines paid three or four copies of an ever deeper stack: about 35 µs of every
// suggestion request on a 10,000-line file (CPU profile of
// BenchmarkInlineCompletionOverhead; runtime.newstack fell from 4.5% of the samples to
// 0.8% with this package). Growing the stack first costs one copy of a few hundred
// bytes. 16 KB is the largest stack the runtime keeps in its per-thread caches; a deeper
// chain still grows from there as usual.
package deepstack

// Go runs f on a new goroutine whose stack is grown to 16 KB before f starts.
func Go(f func()) {
	go Run(f)
}

// Run grows the calling goroutine's stack to 16 KB, then calls f: for the start of a
// goroutine someone else created (time.AfterFunc's).
func Run(f func()) {
	reserve()
	f()
}

// frame is the size of reserve's frame: with the caller's few hundred bytes and the
// runtime's guard it needs a 16 KB stack, not 32.
const frame = 14 << 10

// reserve has a frame of its own large enough that calling it grows the stack; noinline,
// so the frame stays where the compiler would otherwise merge or drop it.
//
//go:noinline
func reserve() {
	var pad [frame]byte
	touch(pad[:])
}

//go:noinline
func touch(b []byte) { b[len(b)-1] = 0 }
