package codegen_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
)

// EstimateTokens reads bytes for speed; a non-ASCII rune (German and Chinese comments are
// common in PLC code) still costs as one rune, whatever its length in bytes.
func TestEstimateTokensCountsRunesNotBytes(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"abc", 1},
		{"abcd", 2},
		{"x := 1;", 4},
		{"ä", 3},
		{"// Förderband", 1 + 1 + 3 + 2 + 1},
		{"中文", 6},
		{"\xff\xfe", 6}, // invalid bytes: one fallback token group each
		{"a\x7fb", 1 + 3 + 1},
	} {
		if got := codegen.EstimateTokens(c.text); got != c.want {
			t.Errorf("EstimateTokens(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

// A list block (one declaration a line) that does not fit keeps its first lines, within two
// thirds of the room left, and says the list goes on; any other block that does not fit is
// left out whole (half a declaration misleads), and blocks after a list still get room.
func TestListBlocksAreShortenedNotDropped(t *testing.T) {
	var list, decl strings.Builder
	for i := 0; i < 200; i++ {
		fmt.Fprintf(&list, "logic [7:0] data_%d_q\n", i)
		fmt.Fprintf(&decl, "    member_%d : INT;\n", i)
	}
	blocks := []codegen.Block{
		{Source: "signals in scope", Text: list.String(), List: true},
		{Source: "a structure", Text: "TYPE ST_Big :\nSTRUCT\n" + decl.String() + "END_STRUCT\nEND_TYPE"},
		{Source: "related", Text: "assign y = a & b;"},
	}
	p := codegen.BuildPrompt([]byte("module m;\nendmodule\n"), 10, "//", codegen.Context{Blocks: blocks}, 2048)
	if len(p.Blocks) != 2 || p.Blocks[0].Source != "signals in scope" || p.Blocks[1].Source != "related" {
		t.Fatalf("kept %+v", p.Blocks)
	}
	kept := p.Blocks[0].Text
	lines := strings.Split(kept, "\n")
	if len(lines) < 10 || len(lines) > 199 || lines[0] != "logic [7:0] data_0_q" || lines[len(lines)-1] != "…" {
		t.Errorf("shortened list: %d lines, first %q, last %q", len(lines), lines[0], lines[len(lines)-1])
	}
	for i, l := range lines[:len(lines)-1] {
		if l != fmt.Sprintf("logic [7:0] data_%d_q", i) {
			t.Fatalf("line %d is %q: the list's first lines must be kept whole and in order", i, l)
		}
	}
	if used := codegen.EstimateTokens(p.Header); used > 2048/2 {
		t.Errorf("header of %d tokens, budget %d", used, 2048/2)
	}
	if !strings.Contains(p.Header, "// Context: related\n// assign y = a & b;") {
		t.Errorf("the block after the list has no room:\n%s", p.Header)
	}
}
