package deepstack

import (
	"sync"
	"testing"
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

func TestGoAndRunCallF(t *testing.T) {
	var wg sync.WaitGroup
	wg.Add(1)
	Go(func() { defer wg.Done(); deep(100) })
	wg.Wait()
	ran := false
	Run(func() { ran = true })
	if !ran {
		t.Fatal("Run did not call f")
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
