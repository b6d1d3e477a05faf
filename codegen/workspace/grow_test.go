package workspace_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen/packs"
	"github.com/gantry-dev/gantry/codegen/workspace"
)

// GrowParsedFrom starts the parsed files' bound small and doubles it only when the files
// asked for keep being ones it dropped: a project whose files are each asked for once
// (Verilog modules, each instantiated by a few) stays within the small bound, while one
// that asks for the same twenty files again and again (ST POUs using each other's types)
// gets the room to keep them parsed instead of parsing them on every turn.
func TestGrowParsedFromGrowsOnlyWhenDroppedFilesAreParsedAgain(t *testing.T) {
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	pad := strings.Repeat("(* a comment that pads the function block to thirty-eight kilobytes of code *)\n", 38<<10/79)
	files := map[string]string{}
	for i := 0; i < 60; i++ {
		files[fmt.Sprintf("src/FB_%02d.st", i)] = fmt.Sprintf("FUNCTION_BLOCK FB_%02d\nVAR_INPUT\n    bShared : BOOL;\nEND_VAR\n%sEND_FUNCTION_BLOCK\n", i, pad)
	}
	root := writeTree(t, files)
	ctx := context.Background()
	const bound = 400 << 10 // ten of the files
	ask := func(ws *workspace.Workspace, i int) {
		if got := ws.Declaring(ctx, "st", fmt.Sprintf("fb_%02d", i)); len(got) != 1 {
			t.Fatalf("fb_%02d declared by %d files", i, len(got))
		}
	}

	once := workspace.New(packs.Registry(), root)
	once.GrowParsedFrom(bound)
	for i := 0; i < 60; i++ {
		ask(once, i)
	}
	if n := once.Parsed(); n > 10 {
		t.Errorf("each file asked for once: %d files kept parsed, want the bound's 10 at most", n)
	}

	again := workspace.New(packs.Registry(), root)
	again.GrowParsedFrom(bound)
	for turn := 0; turn < 4; turn++ {
		for i := 0; i < 20; i++ {
			ask(again, i)
		}
	}
	if n := again.Parsed(); n != 20 {
		t.Errorf("twenty files asked for four times over: %d kept parsed, want all 20 (the bound grown)", n)
	}
	// Asked for once more each, the files are found parsed: the bound does not shrink back.
	for i := 0; i < 20; i++ {
		ask(again, i)
	}
	if n := again.Parsed(); n != 20 {
		t.Errorf("after another turn: %d kept parsed, want 20", n)
	}
}

// The count of files kept shrinks with the bound: a project of small files (TwinCAT
// structures and enumerations of a few hundred bytes) would otherwise keep MaxParsed of
// them, each costing what every parsed file costs whatever its size.
func TestGrowParsedFromBoundsTheCountOfSmallFiles(t *testing.T) {
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	files := map[string]string{}
	for i := 0; i < 150; i++ {
		files[fmt.Sprintf("DUTs/ST_%03d.st", i)] = fmt.Sprintf("TYPE ST_%03d :\nSTRUCT\n    nValue : INT;\nEND_STRUCT\nEND_TYPE\n", i)
	}
	ws := workspace.New(packs.Registry(), writeTree(t, files))
	const bound = 400 << 10
	ws.GrowParsedFrom(bound)
	for i := 0; i < 150; i++ {
		if got := ws.Declaring(context.Background(), "st", fmt.Sprintf("st_%03d", i)); len(got) != 1 {
			t.Fatalf("st_%03d declared by %d files", i, len(got))
		}
	}
	if n, want := ws.Parsed(), workspace.MaxParsed*bound/workspace.MaxParsedBytes; n > want {
		t.Errorf("150 small files asked for once each: %d kept parsed, want at most %d", n, want)
	}
}
