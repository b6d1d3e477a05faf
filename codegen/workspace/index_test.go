package workspace_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/packs"
	"github.com/gantry-dev/gantry/codegen/workspace"
)

// The index parses only the files declaring a name, keeps the names on disk for the next
// process, and finds a file added since only after a refresh.
func TestDeclaringParsesOnlyWhatIsNeeded(t *testing.T) {
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	files := map[string]string{}
	for i := 0; i < 50; i++ {
		files[fmt.Sprintf("pous/p%02d/FB_%02d.st", i%7, i)] = fmt.Sprintf("FUNCTION_BLOCK FB_%02d\nVAR_INPUT\n\tbIn : BOOL;\nEND_VAR\nEND_FUNCTION_BLOCK\n", i)
	}
	files["gvl/GVL.st"] = "VAR_GLOBAL\n\tnCount, nLimit : INT;\n\tbAlarm AT %IX0.0 : BOOL;\nEND_VAR\n"
	files["dut/E_State.st"] = "TYPE E_State :\n(\n\tIdle,\n\tBusy\n);\nEND_TYPE\n"
	root := writeTree(t, files)
	ctx := context.Background()

	ws := workspace.New(packs.Registry(), root)
	got := ws.Declaring(ctx, "st", "fb_17")
	if len(got) != 1 || filepath.Base(got[0].Path) != "FB_17.st" {
		t.Fatalf("FB_17: %+v", got)
	}
	for _, name := range []string{"nlimit", "balarm", "busy", "e_state"} {
		if got := ws.Declaring(ctx, "st", name); len(got) != 1 {
			t.Errorf("%s: %d files", name, len(got))
		}
	}
	if got := ws.Declaring(ctx, "st", "nosuchname"); len(got) != 0 {
		t.Errorf("nosuchname: %+v", got)
	}
	if n := ws.Parsed(); n != 3 {
		t.Errorf("parsed %d files, want 3 (FB_17, GVL, E_State)", n)
	}

	// A new process reads the index from disk: a file added meanwhile, in a folder whose
	// time does not show it (put back here, as a coarse clock could leave it), is found
	// only once the index is refreshed (which a check does before calling a name
	// undeclared).
	later := filepath.Join(root, "pous", "FB_New.st")
	addUnseen(t, later, "FUNCTION_BLOCK FB_New\nEND_FUNCTION_BLOCK\n")
	ws2 := workspace.New(packs.Registry(), root)
	if got := ws2.Declaring(ctx, "st", "fb_17"); len(got) != 1 {
		t.Fatalf("from the disk index: %+v", got)
	}
	if got := ws2.Declaring(ctx, "st", "fb_new"); len(got) != 0 {
		t.Fatalf("the disk index was not used: the new file is already known")
	}
	if !ws2.Refresh(ctx) || ws2.Refresh(ctx) {
		t.Error("Refresh must verify once")
	}
	if got := ws2.Declaring(ctx, "st", "fb_new"); len(got) != 1 {
		t.Errorf("after refresh: %+v", got)
	}

	// A file changed in place: its names are rescanned when it is returned.
	time.Sleep(10 * time.Millisecond)
	p17 := filepath.Join(root, "pous/p03/FB_17.st")
	if err := os.WriteFile(p17, []byte("FUNCTION_BLOCK FB_17b\nEND_FUNCTION_BLOCK\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	future := time.Now().Add(time.Minute)
	os.Chtimes(p17, future, future)
	if got := ws2.Declaring(ctx, "st", "fb_17"); len(got) != 0 {
		t.Errorf("FB_17 was renamed: %+v", got)
	}
}

// A root inside a folder the walk of another root skips is kept and indexed.
func TestSetRootsKeepsRootsTheWalkWouldSkip(t *testing.T) {
	root := writeTree(t, map[string]string{
		"top.st":             "FUNCTION_BLOCK FB_Top\nEND_FUNCTION_BLOCK\n",
		"build/gen/gen.st":   "FUNCTION_BLOCK FB_Gen\nEND_FUNCTION_BLOCK\n",
		"vendor/lib/lib.st":  "FUNCTION_BLOCK FB_Lib\nEND_FUNCTION_BLOCK\n",
		"plain/sub/plain.st": "FUNCTION_BLOCK FB_Plain\nEND_FUNCTION_BLOCK\n",
	})
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	w := workspace.New(packs.Registry(), "")
	w.SetRoots(root, filepath.Join(root, "build/gen"), filepath.Join(root, "plain/sub"))
	if got, want := w.Roots(), []string{root, filepath.Join(root, "build/gen")}; !slices.Equal(got, want) {
		t.Errorf("roots %v, want %v", got, want)
	}
	ctx := context.Background()
	for name, want := range map[string]int{"fb_top": 1, "fb_gen": 1, "fb_plain": 1, "fb_lib": 0} {
		if got := len(w.Declaring(ctx, "st", name)); got != want {
			t.Errorf("%s declared in %d files, want %d", name, got, want)
		}
	}
}

// The index read back from disk answers as the one the scan built: every name, the files
// declaring it (paths that are prefixes of each other included) and the project files.
func TestDiskIndexAnswersAsTheScan(t *testing.T) {
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	files := map[string]string{
		"PLC/PLC.plcproj":  "<Project/>",
		"a/FB_1.st":        "FUNCTION_BLOCK FB_1\nEND_FUNCTION_BLOCK\nTYPE E_X : (One, Two); END_TYPE\n",
		"a/FB_10.st":       "FUNCTION_BLOCK FB_10\nEND_FUNCTION_BLOCK\nTYPE E_Y : (One, Three); END_TYPE\n",
		"a/FB_1.st.d/x.st": "FUNCTION_BLOCK FB_1x\nEND_FUNCTION_BLOCK\n",
		"g/GVL.st":         "VAR_GLOBAL\n\tnOne, nTwo : INT;\nEND_VAR\n",
		"r/m.sv":           "module m; endmodule\n",
		"ax/apax.yml":      "name: app\n",
		"ax/lib/apax.yml":  "name: lib\n",
		"cnc/mill.ini":     "[RS274NGC]\n",
	}
	root := writeTree(t, files)
	ctx := context.Background()
	scanned := workspace.New(packs.Registry(), root)
	names := scanned.Names(ctx, "st")
	if !slices.Contains(names, "fb_1") || !slices.Contains(names, "one") || !slices.Contains(names, "ntwo") {
		t.Fatalf("names %v", names)
	}
	fromDisk := workspace.New(packs.Registry(), root)
	if got := fromDisk.Names(ctx, "st"); !slices.Equal(got, names) {
		t.Errorf("names from disk %v, scanned %v", got, names)
	}
	paths := func(w *workspace.Workspace, name string) []string {
		var out []string
		for _, f := range w.Declaring(ctx, "st", name) {
			rel, _ := filepath.Rel(root, f.Path)
			out = append(out, filepath.ToSlash(rel))
		}
		return out
	}
	for _, n := range names {
		if a, b := paths(scanned, n), paths(fromDisk, n); !slices.Equal(a, b) || len(a) == 0 {
			t.Errorf("%s: scanned %v, from disk %v", n, a, b)
		}
	}
	if got := paths(fromDisk, "one"); !slices.Equal(got, []string{"a/FB_1.st", "a/FB_10.st"}) {
		t.Errorf("one: %v", got)
	}
	// The disk index lists every kind of project file in one pass, the first asked for
	// (.yml here) included, and a kind no file has as none.
	for _, c := range []struct {
		ext  string
		want int
	}{{".yml", 2}, {".plcproj", 1}, {".ini", 1}, {".yaml", 0}, {".f", 0}} {
		if a, b := scanned.ProjectFiles(c.ext), fromDisk.ProjectFiles(c.ext); !slices.Equal(a, b) || len(a) != c.want {
			t.Errorf("%s project files %v / %v, want %d", c.ext, a, b, c.want)
		}
	}
	if fromDisk.Refresh(ctx) && len(paths(fromDisk, "fb_10")) != 1 {
		t.Errorf("after verifying: fb_10 %v", paths(fromDisk, "fb_10"))
	}
}

// A folder whose files changed since the index was written (a project file added, a
// file moved elsewhere, a folder deleted and made again) makes the index read from disk
// verify itself at once: what the project holds is not taken from a stale list.
func TestIndexFromDiskSeesFoldersThatChanged(t *testing.T) {
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	root := writeTree(t, map[string]string{"a/FB_1.st": "FUNCTION_BLOCK FB_1\nEND_FUNCTION_BLOCK\n"})
	ctx := context.Background()
	if got := workspace.New(packs.Registry(), root).ProjectFiles(".plcproj"); len(got) != 0 {
		t.Fatalf("project files %v", got)
	}
	// The folder deleted and made again, now with a project and the block moved.
	if err := os.RemoveAll(filepath.Join(root, "a")); err != nil {
		t.Fatal(err)
	}
	for rel, text := range map[string]string{"PLC/PLC.plcproj": "<Project/>", "PLC/POUs/FB_1.st": "FUNCTION_BLOCK FB_1\nEND_FUNCTION_BLOCK\n"} {
		path := filepath.Join(root, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	w := workspace.New(packs.Registry(), root)
	if got := w.ProjectFiles(".plcproj"); len(got) != 1 || filepath.Base(got[0]) != "PLC.plcproj" {
		t.Errorf("project files after the change: %v", got)
	}
	if got := w.Declaring(ctx, "st", "fb_1"); len(got) != 1 || !strings.HasSuffix(filepath.ToSlash(got[0].Path), "PLC/POUs/FB_1.st") {
		t.Errorf("fb_1 declared in %v", got)
	}
}

// A scan cut short by a cancelled context is neither kept nor saved; a verification that
// finds nothing changed does not rewrite the index file.
func TestCancelledScanIsNotKeptAndUnchangedIndexIsNotRewritten(t *testing.T) {
	ixDir := t.TempDir()
	t.Setenv("GANTRY_INDEX_DIR", ixDir)
	files := map[string]string{}
	for i := 0; i < 30; i++ {
		files[fmt.Sprintf("p/FB_%02d.st", i)] = fmt.Sprintf("FUNCTION_BLOCK FB_%02d\nEND_FUNCTION_BLOCK\n", i)
	}
	root := writeTree(t, files)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	ctx := context.Background()

	w := workspace.New(packs.Registry(), root)
	if got := w.Declaring(cancelled, "st", "fb_07"); len(got) != 0 {
		t.Errorf("a cancelled lookup parsed %d files", len(got))
	}
	if entries, _ := os.ReadDir(ixDir); len(entries) != 0 {
		t.Fatalf("a cancelled scan saved an index: %v", entries)
	}
	if got := w.Declaring(ctx, "st", "fb_07"); len(got) != 1 {
		t.Fatalf("after a cancelled scan: fb_07 in %d files, want 1", len(got))
	}
	saved, _ := os.ReadDir(ixDir)
	if len(saved) != 1 {
		t.Fatalf("index files: %v", saved)
	}
	ixFile := filepath.Join(ixDir, saved[0].Name())
	before, _ := os.Stat(ixFile)

	// A new process: the index from disk, a file added since (its folder's time unchanged).
	addUnseen(t, filepath.Join(root, "p", "FB_new.st"), "FUNCTION_BLOCK FB_New\nEND_FUNCTION_BLOCK\n")
	w2 := workspace.New(packs.Registry(), root)
	w2.Refresh(cancelled) // cut short: nothing learnt, nothing saved
	if after, _ := os.Stat(ixFile); !after.ModTime().Equal(before.ModTime()) {
		t.Error("a cancelled verification rewrote the index")
	}
	if !w2.Refresh(ctx) || len(w2.Declaring(ctx, "st", "fb_new")) != 1 {
		t.Error("the verification after a cancelled one did not find the new file")
	}
	changed, _ := os.Stat(ixFile)
	if changed.ModTime().Equal(before.ModTime()) && changed.Size() == before.Size() {
		t.Error("the index was not saved with the new file")
	}

	// Nothing changed since: verifying leaves the file alone.
	w3 := workspace.New(packs.Registry(), root)
	time.Sleep(20 * time.Millisecond)
	if !w3.Refresh(ctx) {
		t.Fatal("Refresh did not verify")
	}
	if again, _ := os.Stat(ixFile); !again.ModTime().Equal(changed.ModTime()) {
		t.Error("an unchanged index was rewritten")
	}
	if len(w3.Declaring(ctx, "st", "fb_29")) != 1 || len(w3.Declaring(ctx, "st", "fb_new")) != 1 {
		t.Error("lookups after an unchanged verification")
	}
}

// TestRTLCheckParsesOnlyWhatItUses: checking one Verilog file of a large project parses
// the files declaring what it uses (the instantiated module, the package its ports take
// their width from), finds their mistakes as if the whole project were read, and knows a
// header another file includes is a fragment.
func TestRTLCheckParsesOnlyWhatItUses(t *testing.T) {
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	files := map[string]string{
		"rtl/pkg.sv":       "package cfg_pkg;\n  localparam int W = 8;\nendpackage\n",
		"rtl/sub.sv":       "module sub import cfg_pkg::*; (input logic clk, input logic [W-1:0] d, output logic [W-1:0] q);\n  always_ff @(posedge clk) q <= d;\nendmodule\n",
		"rtl/top.sv":       "module top (input logic clk, input logic [7:0] a, output logic [7:0] y);\n  sub u_sub (.clk(clk), .d(a), .qq(y));\nendmodule\n",
		"rtl/regs_body.sv": "logic [7:0] shadow;\nassign shadow = a;\n",
		"rtl/wrap.sv":      "module wrap (input logic [7:0] a);\n  `include \"regs_body.sv\"\nendmodule\n",
	}
	for i := 0; i < 60; i++ {
		files[fmt.Sprintf("rtl/lib/m%02d.sv", i)] = fmt.Sprintf("module m%02d (input logic a, output logic y);\n  assign y = ~a;\nendmodule\n", i)
	}
	root := writeTree(t, files)
	reg := packs.Registry()
	check := func(ws *workspace.Workspace, name string) []string {
		t.Helper()
		return checkIn(t, ws, filepath.Join(root, "rtl", name))
	}
	ws := workspace.New(reg, root)
	got := check(ws, "top.sv")
	if !slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "sub has no port qq") }) {
		t.Errorf("top.sv: the wrong port of sub is not found: %v", got)
	}
	// sub, its package, and the header (whose top-level words all count as declared
	// names, a is one): none of the 60 library modules.
	if n := ws.Parsed(); n > 4 {
		t.Errorf("parsed %d files for top.sv, want at most 4", n)
	}
	if got := check(workspace.New(reg, root), "regs_body.sv"); len(got) != 0 {
		t.Errorf("regs_body.sv, a fragment wrap.sv includes: %v", got)
	}
}

// TestTextFilesReadNearestWithoutParsing: the retriever's files come as text, parsed
// never, the cursor file's folder first and then the folders around it, up to the limit.
func TestTextFilesReadNearestWithoutParsing(t *testing.T) {
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	files := map[string]string{}
	for _, p := range []string{"a/far1.st", "a/far2.st", "m/motion/axis/FB_A.st", "m/motion/axis/FB_B.st", "m/motion/FB_Up.st", "z/z1.st", "z/z2.st"} {
		files[p] = "FUNCTION_BLOCK " + strings.TrimSuffix(filepath.Base(p), ".st") + "\nEND_FUNCTION_BLOCK\n"
	}
	root := writeTree(t, files)
	ws := workspace.New(packs.Registry(), root)
	near := filepath.Join(root, "m", "motion", "axis", "FB_A.st")
	got := ws.TextFiles(context.Background(), "st", near, 3)
	var names []string
	for _, f := range got {
		if f.File.HasTree() {
			t.Errorf("%s was parsed", f.Path)
		}
		rel, _ := filepath.Rel(root, f.Path)
		names = append(names, filepath.ToSlash(rel))
	}
	want := []string{"m/motion/axis/FB_A.st", "m/motion/axis/FB_B.st", "m/motion/FB_Up.st"}
	if !slices.Equal(names, want) {
		t.Errorf("read %v, want the nearest %v", names, want)
	}
	if n := ws.Parsed(); n != 0 {
		t.Errorf("parsed %d files", n)
	}
}

// A file a command parsed itself and lent to the workspace is what the workspace returns
// for its names while the command works on it: a check of a module that reads a member of a
// struct its own file declares parses the file once, not twice. Released or changed on disk,
// the file is read again.
func TestLentFileIsNotParsedAgain(t *testing.T) {
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	root := writeTree(t, map[string]string{
		// A member of a struct declared at the top of the file is a name the check looks up
		// in the workspace.
		"rtl/chip.sv":  "typedef struct packed { logic FAST; } cfg_t;\n\nmodule leaf (input logic a, output logic y);\n  assign y = a;\nendmodule\n\nmodule chip #(parameter cfg_t Cfg = '0) (input logic a, output logic y);\n  if (Cfg.FAST) begin : g_fast\n    leaf u_leaf (.a(a), .yy(y));\n  end\nendmodule\n",
		"rtl/other.sv": "module other;\nendmodule\n",
	})
	ctx := context.Background()
	reg := packs.Registry()
	path := filepath.Join(root, "rtl", "chip.sv")
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	text, _ := os.ReadFile(path)
	p := reg.ForPath(path)
	f, err := codegen.Parse(ctx, p, path, text)
	if err != nil {
		t.Fatal(err)
	}
	check := func(ws *workspace.Workspace) []string {
		var out []string
		for _, fd := range p.Check(ctx, codegen.CheckRequest{Path: path, File: f, Config: config.Default(), Workspace: ws}).Findings {
			out = append(out, fd.Rule+": "+fd.Message)
		}
		return out
	}
	hasPortFinding := func(got []string) bool {
		return slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "leaf has no port yy") })
	}

	plain := workspace.New(reg, root)
	if got := check(plain); !hasPortFinding(got) || plain.Parsed() != 1 {
		t.Fatalf("without lending: %d files parsed (want 1, the file itself again), findings %v", plain.Parsed(), got)
	}

	ws := workspace.New(reg, root)
	release := ws.Lend(path, st, f)
	if got := check(ws); !hasPortFinding(got) {
		t.Errorf("lent: the wrong port of leaf is not found: %v", got)
	}
	if n := ws.Parsed(); n != 0 {
		t.Errorf("lent: %d files parsed from disk, want 0", n)
	}
	if got := ws.Declaring(ctx, "rtl", "FAST"); len(got) != 1 || got[0].File != f {
		t.Errorf("lent: Declaring(FAST) = %+v, want the lent file", got)
	}

	// Changed on disk since it was read: the lent tree no longer stands for the file.
	future := time.Now().Add(time.Minute)
	if err := os.Chtimes(path, future, future); err != nil {
		t.Fatal(err)
	}
	if got := ws.Declaring(ctx, "rtl", "FAST"); len(got) != 1 || got[0].File == f {
		t.Errorf("changed on disk: Declaring(FAST) returned the lent file")
	}
	release()

	// Released, the file stays the workspace's parse of the file as it was (the files a
	// folder check checks after it look names up in it), until the file changes.
	st2, _ := os.Stat(path)
	ws2 := workspace.New(reg, root)
	ws2.Lend(path, st2, f)()
	if got := ws2.Declaring(ctx, "rtl", "FAST"); len(got) != 1 || got[0].File != f || ws2.ParsedCopy(path, st2) != f {
		t.Errorf("released: Declaring(FAST) = %+v, want the file as parsed", got)
	}
	later := future.Add(time.Minute)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	if got := ws2.Declaring(ctx, "rtl", "FAST"); len(got) != 1 || got[0].File == f {
		t.Errorf("released, then changed on disk: Declaring(FAST) returned the old parse")
	}
}

// addUnseen writes a file and puts its folder's modification time back.
func addUnseen(t *testing.T, path, text string) {
	t.Helper()
	dir, err := os.Stat(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(filepath.Dir(path), dir.ModTime(), dir.ModTime()); err != nil {
		t.Fatal(err)
	}
}

// TestAssumeDiskUnchanged: a one-shot check reads each file's time once, so the files it
// has parsed for their names are not looked at on disk again for every lookup; Changed
// still forgets a file. Without it, a file changed on disk is parsed again.
func TestAssumeDiskUnchanged(t *testing.T) {
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	root := writeTree(t, map[string]string{"FB_A.st": "FUNCTION_BLOCK FB_A\nEND_FUNCTION_BLOCK\n"})
	path := filepath.Join(root, "FB_A.st")
	ctx := context.Background()
	touch := func(d time.Duration) {
		at := time.Now().Add(d)
		if err := os.Chtimes(path, at, at); err != nil {
			t.Fatal(err)
		}
	}
	for _, once := range []bool{true, false} {
		ws := workspace.New(packs.Registry(), root)
		if once {
			ws.AssumeDiskUnchanged()
		}
		first := ws.Declaring(ctx, "st", "fb_a")
		touch(time.Minute)
		again := ws.Declaring(ctx, "st", "fb_a")
		if len(first) != 1 || len(again) != 1 {
			t.Fatalf("once=%v: %d, %d files declare FB_A", once, len(first), len(again))
		}
		if same := again[0].File == first[0].File; same != once {
			t.Errorf("once=%v: the file changed on disk was parsed again: %v, want %v", once, !same, once)
		}
		if once {
			ws.Changed(path)
			touch(2 * time.Minute)
			if got := ws.Declaring(ctx, "st", "fb_a"); len(got) != 1 || got[0].File == first[0].File {
				t.Error("after Changed the file was not read again")
			}
		}
	}
}

// TestCopiesOfAProjectParseOnlyTheNearest: a tree holding copies of one project side by
// side (a reference flow checked out thirty times) resolves each file's names in its own
// copy and parses none of the others; two or three variants of a block are all read.
// (ST keeps reading every declaring file: a TwinCAT GVL's instance FB_Stop and the block
// FB_Stop share a name, so the nearest files' answer cannot say whether farther ones
// hold another kind of declaration.)
func TestCopiesOfAProjectParseOnlyTheNearest(t *testing.T) {
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	files := map[string]string{
		"far/lib/lonely.sv": "module lonely (input logic a, output logic y);\nendmodule\n",
		"inc/top.sv":        "module top (input logic a, output logic y);\n  lonely u_l (.a(a), .yy(y));\nendmodule\n",
		// three variants of one block: few enough that all are read
		"variants/rtl/alu.sv":  "module alu (input logic a, output logic y);\nendmodule\n",
		"variants/sim/alu.sv":  "module alu (input logic a, input logic dbg, output logic y);\nendmodule\n",
		"variants/fpga/alu.sv": "module alu (input logic a, output logic y);\nendmodule\n",
	}
	const copies = 8
	for i := 1; i <= copies; i++ {
		files[fmt.Sprintf("flow_%d/rtl/sub.sv", i)] = "module sub (input logic clk, input logic [7:0] d, output logic [7:0] q);\n  always_ff @(posedge clk) q <= d;\nendmodule\n"
		files[fmt.Sprintf("flow_%d/tb/top.sv", i)] = "module top (input logic clk, input logic [7:0] a, output logic [7:0] y);\n  sub u_sub (.clk(clk), .d(a), .qq(y));\nendmodule\n"
		// headers whose top-level words count as names they declare: they mention lonely,
		// which only a module far from them declares
		files[fmt.Sprintf("inc/h%d.svh", i)] = "lonely\n"
	}
	root := writeTree(t, files)
	ctx := context.Background()
	reg := packs.Registry()

	ws := workspace.New(reg, root)
	near := filepath.Join(root, "flow_3", "tb", "top.sv")
	got, more := ws.DeclaringNear(ctx, "rtl", "sub", near)
	if len(got) != 1 || !more || !strings.Contains(got[0].Path, "flow_3") {
		t.Fatalf("sub for flow_3's top: %v", paths(got))
	}
	if n := ws.Parsed(); n != 1 {
		t.Errorf("parsed %d files, want flow_3's sub.sv only", n)
	}
	if got := ws.Declaring(ctx, "rtl", "sub"); len(got) != copies {
		t.Errorf("Declaring (no file asking) found %d of %d copies", len(got), copies)
	}
	if got, more := ws.DeclaringNear(ctx, "rtl", "alu", filepath.Join(root, "variants", "rtl", "core.sv")); len(got) != 3 || more {
		t.Errorf("three variants of alu: %v, want all", paths(got))
	}
	// A file above all copies is as near to each: none is left out.
	if got, _ := ws.DeclaringNear(ctx, "rtl", "sub", filepath.Join(root, "top.sv")); len(got) != copies {
		t.Errorf("from the root: %v, want all %d", paths(got), copies)
	}

	// A whole check in one copy: its findings come from its own copy, and only that copy's
	// file is parsed. A module only far files declare is still found, after the headers
	// nearer that merely mention it.
	for _, c := range []struct {
		rel, want string
		parsed    int
	}{
		{"flow_5/tb/top.sv", "sub has no port qq", 1},
		{"inc/top.sv", "lonely has no port yy", copies + 1},
	} {
		ws := workspace.New(reg, root)
		msgs := checkIn(t, ws, filepath.Join(root, c.rel))
		if !slices.ContainsFunc(msgs, func(s string) bool { return strings.Contains(s, c.want) }) {
			t.Errorf("%s: no finding with %q: %v", c.rel, c.want, msgs)
		}
		if n := ws.Parsed(); n > c.parsed {
			t.Errorf("%s: parsed %d files, want at most %d", c.rel, n, c.parsed)
		}
	}
}

// checkIn checks the file at path in ws as `gantry check` does and returns its findings as
// "rule: message".
func checkIn(t *testing.T, ws *workspace.Workspace, path string) []string {
	t.Helper()
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	p := packs.Registry().ForPath(path)
	f, err := codegen.Parse(ctx, p, path, text)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, fd := range p.Check(ctx, codegen.CheckRequest{Path: path, File: f, Config: config.Default(), Workspace: ws}).Findings {
		out = append(out, fd.Rule+": "+fd.Message)
	}
	return out
}

func paths(files []codegen.WorkspaceFile) []string {
	var out []string
	for _, f := range files {
		out = append(out, f.Path)
	}
	return out
}

// TwinCAT objects are mostly XML around their code: the files kept parsed are counted by
// the code their trees span, so a library of 40 objects of 300 KB (12 MB of XML, each a
// few lines of ST) stays parsed whole, where counting their text held 26 and a check of
// such a library parsed its files again for every file it checked. Plain sources still
// count whole: 40 ST files of 300 KB are not all kept.
func TestParsedFilesCountTheirCode(t *testing.T) {
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	pad := strings.Repeat("      <LineId Id=\"1\" Count=\"1\" />\n", 300<<10/36)
	tc := map[string]string{}
	st := map[string]string{}
	for i := 0; i < 40; i++ {
		tc[fmt.Sprintf("POUs/FB_%02d.TcPOU", i)] = fmt.Sprintf(`<?xml version="1.0" encoding="utf-8"?>
<TcPlcObject Version="1.1.0.1" ProductVersion="3.1.4024.12">
  <POU Name="FB_%02d" Id="{6b1f3c2a-0d4e-4b8a-9a51-1c2d3e4f5a61}" SpecialFunc="None">
    <Declaration><![CDATA[FUNCTION_BLOCK FB_%02d
VAR_INPUT
    bShared : BOOL;
END_VAR
]]></Declaration>
    <Implementation>
      <ST><![CDATA[;]]></ST>
    </Implementation>
    <LineIds Name="FB_%02d">
%s    </LineIds>
  </POU>
</TcPlcObject>
`, i, i, i, pad)
		st[fmt.Sprintf("src/FB_%02d.st", i)] = fmt.Sprintf("FUNCTION_BLOCK FB_%02d\nVAR_INPUT\n    bShared : BOOL;\nEND_VAR\n(* %s *)\nEND_FUNCTION_BLOCK\n", i, pad)
	}
	ctx := context.Background()
	for _, c := range []struct {
		files map[string]string
		kept  func(int) bool
		what  string
	}{
		{tc, func(n int) bool { return n == 40 }, "TwinCAT objects: all 40 kept"},
		{st, func(n int) bool { return n < 40 }, "plain ST files: fewer than 40 kept"},
	} {
		ws := workspace.New(packs.Registry(), writeTree(t, c.files))
		for i := 0; i < 40; i++ {
			if got := ws.Declaring(ctx, "st", fmt.Sprintf("fb_%02d", i)); len(got) != 1 {
				t.Fatalf("%s: fb_%02d declared by %d files", c.what, i, len(got))
			}
		}
		if n := ws.Parsed(); !c.kept(n) {
			t.Errorf("%s: %d parsed files kept", c.what, n)
		}
	}
}

// DeclaringLazily names the files declaring a name and parses none until asked: a caller
// that keeps only some of them (its own project's) parses no others.
func TestDeclaringLazilyParsesWhatIsLoaded(t *testing.T) {
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	files := map[string]string{}
	for i := 0; i < 6; i++ {
		files[fmt.Sprintf("p%d/GVL.st", i)] = "VAR_GLOBAL\n\tnShared : INT;\nEND_VAR\n"
	}
	ws := workspace.New(packs.Registry(), writeTree(t, files))
	lazy := ws.DeclaringLazily(context.Background(), "st", "nshared")
	if len(lazy) != 6 || ws.Parsed() != 0 {
		t.Fatalf("%d files named, %d parsed; want 6 and none", len(lazy), ws.Parsed())
	}
	if f := lazy[2].Load(); f == nil || !f.HasTree() || ws.Parsed() != 1 {
		t.Fatalf("loading one: %v, %d parsed", f, ws.Parsed())
	}
}

// TestFlatFolderOfVariantsParsesAFew: in one folder where many files define the same
// module (a simulator's test suite, each test with its own `sub`), a file instantiating it
// reads the first codegen.ManyEquallyNear of them by path, not all, and judges no port
// against them: which one is compiled with it is not known; nor does it read what those
// files use in turn (each test's cell from the library beside).
func TestFlatFolderOfVariantsParsesAFew(t *testing.T) {
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	const tests = 60
	files := map[string]string{}
	for i := 1; i <= tests; i++ {
		files[fmt.Sprintf("t/t_case%02d.v", i)] = fmt.Sprintf("module t (input clk);\n  wire [7:0] v%d;\n  sub u_sub (.clk(clk), .d%d(v%d));\nendmodule\nmodule sub (input clk, input [7:0] d%d);\n  cell%d u_cell ();\nendmodule\n", i, i, i, i, i%3)
	}
	for i := range 3 {
		files[fmt.Sprintf("lib/cell%d.v", i)] = fmt.Sprintf("module cell%d;\nendmodule\n", i)
	}
	files["t/t_other.v"] = "module t (input clk);\n  wire [7:0] w;\n  sub u_sub (.clk(clk), .nope(w));\nendmodule\n"
	root := writeTree(t, files)
	ctx := context.Background()
	ws := workspace.New(packs.Registry(), root)
	asking := filepath.Join(root, "t", "t_other.v")
	got, more := ws.DeclaringNear(ctx, "rtl", "sub", asking)
	if len(got) != codegen.ManyEquallyNear || !more || !strings.HasSuffix(got[0].Path, "t_case01.v") {
		t.Fatalf("sub for a file among %d variants: %v (more %v), want the first %d by path", tests, paths(got), more, codegen.ManyEquallyNear)
	}
	ws = workspace.New(packs.Registry(), root)
	for _, m := range checkIn(t, ws, asking) {
		if strings.HasPrefix(m, "rtl/port-connection-mismatch") {
			t.Errorf("a port judged against one of many variants: %s", m)
		}
	}
	if n := ws.Parsed(); n > codegen.ManyEquallyNear {
		t.Errorf("parsed %d of the folder's %d files", n, tests+1)
	}
}
