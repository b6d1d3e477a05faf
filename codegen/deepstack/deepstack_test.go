package deepstack

import (
	"testing"
	"unsafe"
)

// deep recurses through about 12 KB of frames, as the analysis call chains do.
//
//go:noinline
func deep(n int) byte {
	var local [96]byte
	local[n%len(local)] = byte(n)
	if n == 0 {
		return local[0]
	}
	return deep(n-1) + local[n%len(local)]
}

// movedBy reports whether running a 9–10 KB call chain first made start's goroutine copy
// its stack elsewhere: a local variable of the goroutine's first frame then lives at
// another address.
func movedBy(start func(func())) bool {
	done := make(chan bool)
	start(func() {
		var marker byte
		before := uintptr(unsafe.Pointer(&marker))
		deep(70)
		done <- uintptr(unsafe.Pointer(&marker)) != before
	})
	return <-done
}

func TestTheStackIsGrownBeforeFRuns(t *testing.T) {
	if !movedBy(func(f func()) { go f() }) {
		t.Fatal("a plain goroutine ran the chain without growing its stack: the test proves nothing")
	}
	if movedBy(Go) {
		t.Error("a goroutine from Go grew its stack during the chain")
	}
	if movedBy(func(f func()) { go Run(f) }) {
		t.Error("Run did not grow the stack before calling f")
	}
}

// BenchmarkDeepGoroutine compares a plain goroutine with one from Go, each running a 12 KB
// call chain: the plain one grows its stack 2 → 4 → 8 → 16 KB on the way down.
func BenchmarkDeepGoroutine(b *testing.B) {
	for _, tc := range []struct {
		name  string
		start func(func())
	}{
		{"plain", func(f func()) { go f() }},
		{"deepstack", Go},
	} {
		b.Run(tc.name, func(b *testing.B) {
			done := make(chan struct{})
			for i := 0; i < b.N; i++ {
				tc.start(func() { deep(100); done <- struct{}{} })
				<-done
			}
		})
	}
}
