package syntax

import (
	"sync"
	"sync/atomic"
	"testing"
)

// A caller that asks for a memo value while another computes it waits for that value: the
// server prepares the cursor's unit beside the request that then uses it.
func TestMemoComputesOnceForConcurrentCallers(t *testing.T) {
	f := &File{}
	started, release := make(chan struct{}), make(chan struct{})
	var computed atomic.Int32
	compute := func() any {
		if computed.Add(1) == 1 {
			close(started)
			<-release
		}
		return "value"
	}
	var wg sync.WaitGroup
	got := make([]any, 8)
	wg.Add(1)
	go func() { defer wg.Done(); got[0] = f.Memo("k", compute) }()
	<-started
	for i := 1; i < len(got); i++ {
		wg.Add(1)
		go func() { defer wg.Done(); got[i] = f.Memo("k", compute) }()
	}
	close(release)
	wg.Wait()
	if n := computed.Load(); n != 1 {
		t.Fatalf("computed %d times, want once", n)
	}
	for i, v := range got {
		if v != "value" {
			t.Fatalf("caller %d got %v", i, v)
		}
	}
}

// A computation that panics leaves nothing behind: a caller that waited for it computes
// the value itself, and so does the next.
func TestMemoAfterAPanic(t *testing.T) {
	f := &File{}
	started, release := make(chan struct{}), make(chan struct{})
	done := make(chan any)
	go func() {
		defer func() { recover(); close(done) }()
		f.Memo("k", func() any { close(started); <-release; panic("broken") })
	}()
	<-started
	waited := make(chan any)
	go func() { waited <- f.Memo("k", func() any { return "second" }) }()
	close(release)
	<-done
	if v := <-waited; v != "second" {
		t.Fatalf("the waiting caller got %v, want its own value", v)
	}
	if v := f.Memo("k", func() any { return "third" }); v != "second" {
		t.Fatalf("after the retry the memo holds %v, want the retried value", v)
	}
}

// FromParent hands over a value the parent snapshot is still computing once it is done.
func TestFromParentWaitsForTheParentsValue(t *testing.T) {
	parent := &File{}
	started, release := make(chan struct{}), make(chan struct{})
	go parent.Memo("window", func() any { close(started); <-release; return "parsed" })
	<-started
	parent.memoMu.Lock()
	child := &File{parentMemo: map[any]*memoCell{}}
	for k, c := range parent.memo {
		child.parentMemo[k] = c
	}
	parent.memoMu.Unlock()
	go func() { close(release) }()
	v, ok := child.FromParent(func(k any) bool { return k == "window" })
	if !ok || v != "parsed" {
		t.Fatalf("FromParent = %v, %v; want the parent's value", v, ok)
	}
	if _, ok := child.FromParent(func(k any) bool { return k == "window" }); ok {
		t.Fatal("FromParent handed the same value out twice")
	}
}

// Memoed never computes, and waits for a value another caller is computing.
func TestMemoedWaitsButNeverComputes(t *testing.T) {
	f := &File{}
	if _, ok := f.Memoed("model"); ok {
		t.Fatal("Memoed found a value nobody computed")
	}
	started, release := make(chan struct{}), make(chan struct{})
	go f.Memo("model", func() any { close(started); <-release; return "built" })
	<-started
	go func() { close(release) }()
	if v, ok := f.Memoed("model"); !ok || v != "built" {
		t.Fatalf("Memoed = %v, %v; want the value being computed", v, ok)
	}
}
