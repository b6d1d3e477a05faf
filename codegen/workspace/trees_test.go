package workspace_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/packs"
	"github.com/gantry-dev/gantry/codegen/syntax"
	"github.com/gantry-dev/gantry/codegen/workspace"
)

// With BoundTrees, files whose own check is done keep their trees only within the most
// recent bytes of code; older ones drop theirs (their analysis stays), and a file parsed
// for its names keeps its tree for its own check. Without it every tree stays.
func TestBoundTreesDropsTheOldestCheckedFiles(t *testing.T) {
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	files := map[string]string{}
	for i := 0; i < 6; i++ {
		files[fmt.Sprintf("rtl/m%d.sv", i)] = fmt.Sprintf("module m%d (input logic a, output logic y);\n%s  assign y = a;\nendmodule\n", i, strings.Repeat("  // padding the module to a few hundred bytes of code\n", 8))
	}
	root := writeTree(t, files)
	for _, bound := range []int{0, 1200} {
		ws := workspace.New(packs.Registry(), root)
		if bound > 0 {
			ws.BoundTrees(bound)
		}
		type parsedFile struct {
			tree string
			f    *syntax.File
		}
		var parsed []parsedFile
		for i := 0; i < 6; i++ {
			path := filepath.Join(root, "rtl", fmt.Sprintf("m%d.sv", i))
			st, _ := os.Stat(path)
			text, _ := os.ReadFile(path)
			f, err := codegen.Parse(context.Background(), packs.Registry().ForPath(path), path, text)
			if err != nil {
				t.Fatal(err)
			}
			ws.Lend(path, st, f)() // checked, then kept for the names it declares
			parsed = append(parsed, parsedFile{f.Root().String(), f})
		}
		for i, p := range parsed {
			// DropTree answers false for a file whose tree is already dropped.
			dropped := !p.f.DropTree()
			if wantDropped := bound > 0 && i < 4; dropped != wantDropped { // two files of 508 bytes fit in 1,200
				t.Errorf("bound %d: m%d's tree dropped %v, want %v", bound, i, dropped, wantDropped)
			}
			if got := p.f.Root().String(); got != p.tree {
				t.Errorf("bound %d: m%d parsed again to %s", bound, i, got)
			}
		}
	}
}
