package workspace_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
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

// A file parsed for the names another file's check needs keeps the analysis that check
// asks of it, not its tree (codegen.SharedAnalyser): the tree is freed before any other
// check can see the file, and a reader that needs it (the file's own check, a search for
// references) parses it again. The check asking still finds what the other file's
// declarations tell it, with its trees bounded (gantry check) or not (the server).
func TestFilesParsedForTheirNamesKeepTheirAnalysisNotTheirTree(t *testing.T) {
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	cases := []struct {
		caller, callee, rule string
		files                map[string]string
	}{
		{"rtl/top.sv", "rtl/sub.sv", "rtl/port-connection-mismatch", map[string]string{
			"rtl/sub.sv": "module sub (input logic a, output logic y);\n  assign y = a;\nendmodule\n",
			"rtl/top.sv": "module top (input logic x, output logic z);\n  sub u_sub (.a(x), .b(x), .y(z));\nendmodule\n",
		}},
		{"st/main.st", "st/add.st", "st/call-argument-count", map[string]string{
			"st/add.st":  "FUNCTION F_Add : INT\nVAR_INPUT\n  a : INT;\n  b : INT;\nEND_VAR\nF_Add := a + b;\nEND_FUNCTION\n",
			"st/main.st": "PROGRAM P_Main\nVAR\n  x : INT;\nEND_VAR\nx := F_Add(1, 2, 3);\nEND_PROGRAM\n",
		}},
	}
	for _, tc := range cases {
		root := writeTree(t, tc.files)
		for _, bound := range []int{0, 1 << 20} {
			reg := packs.Registry() // the workspace's packs hold the analysis the check asks for
			ws := workspace.New(reg, root)
			if bound > 0 {
				ws.BoundTrees(bound)
			}
			path := filepath.Join(root, tc.caller)
			p := reg.ForPath(path)
			text, _ := os.ReadFile(path)
			f, err := codegen.Parse(context.Background(), p, path, text)
			if err != nil {
				t.Fatal(err)
			}
			end := syntax.BeginReads()
			res := codegen.Diagnose(context.Background(), p, codegen.CheckRequest{Path: path, File: f, Config: config.Default(), Workspace: ws})
			end()
			found := false
			for _, fd := range res.Findings {
				found = found || fd.Rule == tc.rule
			}
			if !found {
				t.Errorf("%s, bound %d: no %s from the declarations of %s in %+v", tc.caller, bound, tc.rule, tc.callee, res.Findings)
			}
			calleePath := filepath.Join(root, tc.callee)
			st, _ := os.Stat(calleePath)
			callee := ws.ParsedCopy(calleePath, st)
			if callee == nil {
				t.Fatalf("%s, bound %d: %s was not parsed for its names", tc.caller, bound, tc.callee)
			}
			// DropTree answers false for a file whose tree is already gone.
			if callee.DropTree() {
				t.Errorf("%s, bound %d: %s kept its tree", tc.caller, bound, tc.callee)
			}
			calleeText, _ := os.ReadFile(calleePath)
			fresh, err := codegen.Parse(context.Background(), p, calleePath, calleeText)
			if err != nil {
				t.Fatal(err)
			}
			if got := callee.Root().String(); got != fresh.Root().String() {
				t.Errorf("%s, bound %d: %s parsed again to %s", tc.caller, bound, tc.callee, got)
			}
		}
	}
}

// A check that owns its file (gantry check: CheckRequest.ReleaseTree) frees the file's tree
// as soon as the pack's analysis of it is built, and finds what a check keeping the tree
// finds: the rules walk the analysis's copy. A Verilog file with syntax errors keeps its
// tree (the notes on its errors read it). A unit a file holds twice is analysed once and
// checked in both places.
func TestACheckThatOwnsItsFileFreesTheTreeOnceTheAnalysisIsBuilt(t *testing.T) {
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	twice := func(unit string) string { return unit + "\n" + unit }
	cases := []struct {
		path, rule string
		want       int // findings of rule
		keepsTree  bool
		files      map[string]string
	}{
		{"rtl/top.sv", "rtl/port-connection-mismatch", 1, false, map[string]string{
			"rtl/sub.sv": "module sub (input logic a, output logic y);\n  assign y = a;\nendmodule\n",
			"rtl/top.sv": "module top (input logic x, output logic z);\n  sub u_sub (.a(x), .b(x), .y(z));\nendmodule\n",
		}},
		{"rtl/twice.sv", "rtl/blocking-in-always-ff", 2, false, map[string]string{
			"rtl/twice.sv": twice("`ifdef FAST\nmodule m (input logic clk, input logic d, output logic q);\n  always_ff @(posedge clk) q = d;\nendmodule\n`endif\n"),
		}},
		{"rtl/broken.sv", "rtl/syntax", 1, true, map[string]string{
			"rtl/broken.sv": "module b (input logic a, output logic y);\n  assign y = a +;\nendmodule\n",
		}},
		{"st/main.st", "st/call-argument-count", 1, false, map[string]string{
			"st/add.st":  "FUNCTION F_Add : INT\nVAR_INPUT\n  a : INT;\n  b : INT;\nEND_VAR\nF_Add := a + b;\nEND_FUNCTION\n",
			"st/main.st": "PROGRAM P_Main\nVAR\n  x : INT;\nEND_VAR\nx := F_Add(1, 2, 3);\nEND_PROGRAM\n",
		}},
		{"st/twice.st", "st/division-by-zero", 2, false, map[string]string{
			"st/twice.st": twice("FUNCTION F_Div : INT\nVAR_INPUT\n  a : INT;\nEND_VAR\nF_Div := a / 0;\nEND_FUNCTION\n"),
		}},
	}
	for _, tc := range cases {
		root := writeTree(t, tc.files)
		path := filepath.Join(root, tc.path)
		text, _ := os.ReadFile(path)
		var found [2][]string
		for i, release := range []bool{false, true} {
			reg := packs.Registry()
			ws := workspace.New(reg, root)
			p := reg.ForPath(path)
			f, err := codegen.Parse(context.Background(), p, path, text)
			if err != nil {
				t.Fatal(err)
			}
			res := codegen.Diagnose(context.Background(), p, codegen.CheckRequest{Path: path, File: f, Config: config.Default(), Workspace: ws, ReleaseTree: release})
			n := 0
			for _, fd := range res.Findings {
				found[i] = append(found[i], fmt.Sprintf("%s %d-%d %s", fd.Rule, fd.Start, fd.End, fd.Message))
				if fd.Rule == tc.rule {
					n++
				}
			}
			if n != tc.want {
				t.Errorf("%s, release %v: %d findings of %s, want %d: %v", tc.path, release, n, tc.rule, tc.want, found[i])
			}
			// DropTree answers false for a file whose tree is already gone.
			if kept := f.DropTree(); kept != (!release || tc.keepsTree) {
				t.Errorf("%s, release %v: tree kept %v, want %v", tc.path, release, kept, !release || tc.keepsTree)
			}
		}
		if strings.Join(found[0], "\n") != strings.Join(found[1], "\n") {
			t.Errorf("%s: a check freeing the tree found\n%s\nwant\n%s", tc.path, strings.Join(found[1], "\n"), strings.Join(found[0], "\n"))
		}
	}
}
