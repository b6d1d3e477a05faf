package syntax_test

import (
	"context"
	"testing"

	"github.com/gantry-dev/gantry/codegen/syntax"
	stgrammar "github.com/gantry-dev/gantry/grammars/st"
)

// A dropped tree stays readable by the reads that began before the drop and is freed when
// the last of them ends; the file parses its text again when next asked, to the same tree,
// keeps its memo, and can still be edited.
func TestDroppedTreeOutlivesTheReadsBeforeIt(t *testing.T) {
	src := "PROGRAM P\nVAR x : INT; END_VAR\nx := x + 1;\nEND_PROGRAM\n"
	f, err := syntax.Parse(context.Background(), stgrammar.Language(), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := f.Root().String()
	memo := f.Memo("k", func() any { return "model" })
	before := syntax.RetiredTrees()
	end := syntax.BeginReads()
	root := f.Root() // a read in progress holds a node of the tree
	if !f.DropTree() {
		t.Fatal("the tree was not dropped")
	}
	if got := root.String(); got != want {
		t.Fatalf("the node read before the drop: %s", got)
	}
	if n := syntax.RetiredTrees() - before; n != 1 {
		t.Fatalf("%d trees waiting, want 1 while a read that began before the drop runs", n)
	}
	later := syntax.BeginReads() // began after the drop: does not hold the old tree back
	end()
	if n := syntax.RetiredTrees() - before; n != 0 {
		t.Errorf("%d trees waiting after the reads that began before the drop ended", n)
	}
	later()
	if !f.HasTree() || f.Root().String() != want {
		t.Errorf("parsed again: %v %s", f.HasTree(), f.Root())
	}
	if f.Memo("k", func() any { return "again" }) != memo {
		t.Error("the memo was lost with the tree")
	}
	f.DropTree()
	edited, err := f.Splice(context.Background(), 0, 0, "\n")
	if err != nil || edited.Root().String() != want {
		t.Errorf("an edit of a file whose tree was dropped: %v %s", err, edited.Root())
	}
}

// Checks read shared files' trees while other checks drop them: every read that began
// before a drop walks a whole tree, and a read that begins after gets the file parsed
// again (run under the race detector in CI).
func TestTreesDroppedUnderConcurrentReads(t *testing.T) {
	src := "PROGRAM P\nVAR x : INT; END_VAR\nIF x > 0 THEN\n\tx := x - 1;\nEND_IF\nEND_PROGRAM\n"
	var files []*syntax.File
	for i := 0; i < 8; i++ {
		f, err := syntax.Parse(context.Background(), stgrammar.Language(), []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	want := files[0].Root().String()
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < 2000; i++ {
			files[i%len(files)].DropTree()
		}
	}()
	errs := make(chan string, 4)
	for g := 0; g < 4; g++ {
		go func(g int) {
			for i := 0; i < 500; i++ {
				end := syntax.BeginReads()
				f := files[(i+g)%len(files)]
				f.Lock()
				got := f.Root().String()
				f.Unlock()
				end()
				if got != want {
					errs <- got
					return
				}
			}
			errs <- ""
		}(g)
	}
	for g := 0; g < 4; g++ {
		if e := <-errs; e != "" {
			t.Fatalf("a read got %s", e)
		}
	}
	<-done
	if n := syntax.RetiredTrees(); n != 0 {
		t.Errorf("%d dropped trees not freed after every read ended", n)
	}
}

// A window is shared unless its parser's caller owns it: FreeTree leaves a shared window's
// tree alone and frees an owned one's, which counts as closed.
func TestFreeTreeFreesAWindowOnlyWhenItsCallerOwnsIt(t *testing.T) {
	src := "PROGRAM P\nVAR x : INT; END_VAR\nx := x + 1; (* Zähler *)\nEND_PROGRAM\nFUNCTION F : INT\nF := 1;\nEND_FUNCTION\n"
	doc := syntax.TextOnly(stgrammar.Language(), []byte(src))
	start := len("PROGRAM P\nVAR x : INT; END_VAR\nx := x + 1; (* Zähler *)\nEND_PROGRAM\n")
	open := syntax.OpenWindows()
	shared, err := doc.ParseWindow(context.Background(), start, len(src))
	if err != nil {
		t.Fatal(err)
	}
	if shared.FreeTree() {
		t.Error("a shared window's tree was freed")
	}
	shared.Close()
	owned, err := doc.ParseWindow(context.Background(), start, len(src))
	if err != nil {
		t.Fatal(err)
	}
	owned.Own()
	if !owned.FreeTree() {
		t.Fatal("an owned window's tree was not freed")
	}
	if n := syntax.OpenWindows() - open; n != 0 {
		t.Errorf("%d windows open after both were freed", n)
	}
	owned.Close() // closing after FreeTree does nothing more
	if n := syntax.OpenWindows() - open; n != 0 {
		t.Errorf("%d windows open after Close", n)
	}
}
