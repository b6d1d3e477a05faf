package gcode

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// TestTextOnlyProgramServesTheEditor: a program above TextOnlyAbove is kept without a
// whole-file tree; hover, go to definition, references, the outline and the cursor's
// context answer on it what they answer with the tree.
func TestTextOnlyProgramServesTheEditor(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("o100 sub\nG0 Z5\nG1 Z-1 F100\nG0 Z5\no100 endsub\nG21 G90 G17\nT1 M6\nS9000 M3\n")
	cam := string(genCAM(12000))
	for i := 0; sb.Len() <= New().TextOnlyAbove(); i++ {
		fmt.Fprintf(&sb, "(pass %d)\no100 call\n", i)
		sb.WriteString(cam[:min(len(cam), 4000)])
		sb.WriteString("\n")
	}
	sb.WriteString("M30\n")
	text := []byte(sb.String())
	ctx := context.Background()
	doc, err := codegen.Parse(ctx, New(), "/tmp/mid.ngc", text)
	if err != nil {
		t.Fatal(err)
	}
	if doc.HasTree() {
		t.Fatalf("a %d-byte program kept a whole-file tree", len(text))
	}
	tree, err := syntax.Parse(ctx, language, text)
	if err != nil {
		t.Fatal(err)
	}
	call := strings.LastIndex(sb.String(), "o100 call") + 2
	move := strings.LastIndex(sb.String(), "G1 ") + 1
	for _, off := range []int{call, move, len(text) / 2} {
		answers := func(f *syntax.File) []any {
			req := codegen.ContextRequest{Path: "/tmp/mid.ngc", File: f, Offset: off, Config: machineConfig(t)}
			p := New()
			c := p.Context(ctx, req)
			return []any{p.Hover(ctx, req), locations(p.Definition(ctx, req)), locations(p.References(ctx, req)), c.Skip, c.Unit}
		}
		got, want := answers(doc), answers(tree)
		if !reflect.DeepEqual(got, want) || want[0] == "" {
			t.Errorf("at %d: text only %v, with the tree %v", off, got, want)
		}
	}
	if got, want := New().Symbols(ctx, doc), New().Symbols(ctx, tree); !reflect.DeepEqual(got, want) || len(want) == 0 {
		t.Errorf("outline: text only %d symbols, with the tree %d", len(got), len(want))
	}
}

func locations(ls []codegen.Location) [][2]int {
	var out [][2]int
	for _, l := range ls {
		out = append(out, [2]int{l.Start, l.End})
	}
	return out
}
