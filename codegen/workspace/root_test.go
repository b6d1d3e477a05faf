package workspace_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen/workspace"
)

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for rel, text := range files {
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestFindRootMarkers(t *testing.T) {
	cases := []struct {
		name   string
		files  map[string]string
		args   []string // relative to the tree
		dir    string   // expected root, relative
		kind   string
		marker string
	}{
		{"gantry.toml wins over a project file below it",
			map[string]string{"gantry.toml": "", "plc/PLC.plcproj": "<Project/>", "plc/POUs/MAIN.st": ""},
			[]string{"plc/POUs/MAIN.st"}, ".", workspace.RootConfig, "gantry.toml"},
		{"TwinCAT PLC project",
			map[string]string{"sln/M.tsproj": "", "sln/PLC/PLC.plcproj": "<Project/>", "sln/PLC/POUs/A/FB.TcPOU": ""},
			[]string{"sln/PLC/POUs/A/FB.TcPOU"}, "sln/PLC", workspace.RootTwinCAT, "sln/PLC/PLC.plcproj"},
		{"arguments in two PLC projects: the solution",
			map[string]string{"sln/M.tsproj": "", "sln/P1/P1.plcproj": "", "sln/P1/a.st": "", "sln/P2/P2.plcproj": "", "sln/P2/b.st": ""},
			[]string{"sln/P1/a.st", "sln/P2/b.st"}, "sln", workspace.RootTwinCAT, "sln/M.tsproj"},
		{"SIMATIC AX",
			map[string]string{"ax/apax.yml": "name: app\n", "ax/src/deep/main.st": ""},
			[]string{"ax/src/deep"}, "ax", workspace.RootApax, "ax/apax.yml"},
		{"CODESYS PLCopen export",
			map[string]string{"cds/Line.plcopen.xml": "", "cds/st/a.st": ""},
			[]string{"cds/st/a.st"}, "cds", workspace.RootCODESYS, "cds/Line.plcopen.xml"},
		{"Eclipse .project is not CODESYS",
			map[string]string{"e/.project": "", "e/src/a.st": ""},
			[]string{"e/src/a.st"}, "e/src", workspace.RootCommon, ""},
		{"B&R Automation Studio project file",
			map[string]string{"as/Line.apj": "<?xml version=\"1.0\"?>", "as/Logical/Package.pkg": "", "as/Logical/Filler/Finish.st": ""},
			[]string{"as/Logical/Filler/Finish.st"}, "as", workspace.RootBnR, "as/Line.apj"},
		{"B&R project kept without its .apj: the Logical view's package",
			map[string]string{"bnr/Logical/Package.pkg": "", "bnr/Logical/Filler/Finish.st": "", "bnr/Physical/Config1/Hardware.hw": ""},
			[]string{"bnr/Logical/Filler/Finish.st"}, "bnr", workspace.RootBnR, "bnr/Logical"},
		{"TIA Portal project",
			map[string]string{"tia/Press.ap18": "", "tia/Sources/FB_Press.scl": ""},
			[]string{"tia/Sources/FB_Press.scl"}, "tia", workspace.RootTIA, "tia/Press.ap18"},
		{"an .ap file without a version is no TIA project",
			map[string]string{"n/notes.ap": "", "n/src/a.scl": ""},
			[]string{"n/src/a.scl"}, "n/src", workspace.RootCommon, ""},
		{"LinuxCNC ini with a subroutine path",
			map[string]string{"mill/mill.ini": "[RS274NGC]\nSUBROUTINE_PATH = ./subs:../common\n", "mill/nc/part.ngc": ""},
			[]string{"mill/nc/part.ngc"}, "mill", workspace.RootLinuxCNC, "mill/mill.ini"},
		{"an ini without one is not a marker",
			map[string]string{"x/setup.ini": "[EMC]\nMACHINE = x\n", "x/nc/part.ngc": ""},
			[]string{"x/nc/part.ngc"}, "x/nc", workspace.RootCommon, ""},
		{"Verilog filelist",
			map[string]string{"hw/files.f": "+incdir+rtl/include\nrtl/top.sv\nrtl/alu.v\n", "hw/rtl/top.sv": ""},
			[]string{"hw/rtl/top.sv"}, "hw", workspace.RootFilelist, "hw/files.f"},
		{"a Fortran .f is not a filelist",
			map[string]string{"f/solver.f": "      PROGRAM SOLVE\n      END\n", "f/rtl/top.sv": ""},
			[]string{"f/rtl/top.sv"}, "f/rtl", workspace.RootCommon, ""},
		{"FuseSoC core",
			map[string]string{"ip/uart.core": "CAPI=2:\nname: ::uart:0\n", "ip/rtl/uart.v": ""},
			[]string{"ip/rtl/uart.v"}, "ip", workspace.RootFuseSoC, "ip/uart.core"},
		{"version control root",
			map[string]string{"repo/.git/HEAD": "ref: refs/heads/main\n", "repo/a/b/c.st": ""},
			[]string{"repo/a/b/c.st"}, "repo", workspace.RootVCS, "repo/.git"},
		{"project files above the repository are not looked at",
			map[string]string{"up/apax.yml": "", "up/repo/.git/HEAD": "", "up/repo/a.st": ""},
			[]string{"up/repo/a.st"}, "up/repo", workspace.RootVCS, "up/repo/.git"},
		{"common folder of all arguments, not of the first",
			map[string]string{"p/x/a.st": "", "p/y/z/b.st": ""},
			[]string{"p/x/a.st", "p/y/z/b.st"}, "p", workspace.RootCommon, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			root := writeTree(t, c.files)
			var args []string
			for _, a := range c.args {
				args = append(args, filepath.Join(root, a))
			}
			got := workspace.FindRoot(args)
			if want := filepath.Join(root, c.dir); got.Dir != want || got.Kind != c.kind {
				t.Fatalf("root %s (%s), want %s (%s)", got.Dir, got.Kind, want, c.kind)
			}
			if c.marker != "" && got.Marker != filepath.Join(root, c.marker) {
				t.Errorf("marker %s, want %s", got.Marker, c.marker)
			}
			if got.Explain() == "" {
				t.Error("no explanation")
			}
		})
	}
}

func TestSubroutinePathsAndIncdirs(t *testing.T) {
	root := writeTree(t, map[string]string{
		"m/mill.ini": "[RS274NGC]\nPARAMETER_FILE = x.var\nSUBROUTINE_PATH = subs:/opt/ngc\n",
		"hw/f.f":     "+incdir+inc+../shared/inc\n+incdir+$PROJ/x\ntop.v\n",
	})
	subs := workspace.SubroutinePaths(filepath.Join(root, "m/mill.ini"))
	if len(subs) != 2 || subs[0] != filepath.Join(root, "m/subs") || subs[1] != "/opt/ngc" {
		t.Errorf("subroutine paths %v", subs)
	}
	inc := workspace.FilelistIncdirs(filepath.Join(root, "hw/f.f"))
	if len(inc) != 2 || inc[0] != filepath.Join(root, "hw/inc") || inc[1] != filepath.Join(root, "shared/inc") {
		t.Errorf("incdirs %v", inc)
	}
	// Kept while the filelist stays as it is, read again when it changes.
	f := filepath.Join(root, "hw/f.f")
	if err := os.WriteFile(f, []byte("+incdir+rtl/include\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(f, later, later); err != nil {
		t.Fatal(err)
	}
	if inc := workspace.FilelistIncdirs(f); len(inc) != 1 || inc[0] != filepath.Join(root, "hw/rtl/include") {
		t.Errorf("incdirs after the filelist changed: %v", inc)
	}
}

func TestFindRootsOnePerArgument(t *testing.T) {
	root := writeTree(t, map[string]string{
		"a/plc/Line.plcopen.xml": "", "a/plc/main.st": "",
		"b/demo/gantry.toml": "", "b/demo/x.st": "",
		"b/demo/sub/y.st": "",
	})
	p := func(rel string) string { return filepath.Join(root, rel) }
	got := workspace.FindRoots([]string{p("a/plc/main.st"), p("b/demo/sub/y.st"), p("b/demo"), p("a/plc")})
	if len(got) != 2 || got[0].Dir != p("a/plc") || got[0].Kind != workspace.RootCODESYS || got[1].Dir != p("b/demo") || got[1].Kind != workspace.RootConfig {
		t.Errorf("FindRoots = %+v", got)
	}
	// The common folder would be the tree; neither root is it.
	if c := workspace.FindRoot([]string{p("a/plc"), p("b/demo")}); c.Dir == p("a/plc") || c.Dir == p("b/demo") {
		t.Errorf("FindRoot of both = %+v", c)
	}
}

// A gantry.toml or project file lying in the temporary folder itself is nobody's project:
// trees below it keep roots of their own.
func TestStrayFilesInTheTemporaryFolderAreNotRoots(t *testing.T) {
	tmp := writeTree(t, map[string]string{
		"gantry.toml":      "[gcode.machine]\ncontroller = \"linuxcnc\"\n",
		"Stray.plcproj":    "<Project/>",
		"proj/src/main.st": "",
	})
	t.Setenv("TMPDIR", tmp)
	got := workspace.FindRoot([]string{filepath.Join(tmp, "proj/src/main.st")})
	if got.Dir != filepath.Join(tmp, "proj/src") || got.Kind != workspace.RootCommon {
		t.Errorf("root %+v, want the file's folder", got)
	}
	// A real project below the temporary folder is found as usual.
	if err := os.WriteFile(filepath.Join(tmp, "proj", "gantry.toml"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if got := workspace.FindRoot([]string{filepath.Join(tmp, "proj/src/main.st")}); got.Dir != filepath.Join(tmp, "proj") || got.Kind != workspace.RootConfig {
		t.Errorf("root %+v, want proj (gantry.toml)", got)
	}
}

// TestFindRootInABigFolder: a folder of thousands of files is listed once; later checks
// read its project-file candidates from the cache, and adding or removing a file (which
// changes the folder's time) is seen at once. A folder changed within the last seconds is
// not cached (a second file could arrive without changing its time on a coarse clock).
func TestFindRootInABigFolder(t *testing.T) {
	dir := t.TempDir()
	for i := range 1200 {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("FB_%04d.st", i)), []byte("FUNCTION_BLOCK FB\nEND_FUNCTION_BLOCK\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(dir, "FB_0007.st")
	age := func() {
		old := time.Now().Add(-time.Hour)
		if err := os.Chtimes(dir, old, old); err != nil {
			t.Fatal(err)
		}
	}
	cacheFiles := func() int {
		n, _ := filepath.Glob(filepath.Join(os.Getenv("GANTRY_INDEX_DIR"), "*.markers"))
		return len(n)
	}
	before := cacheFiles()
	if r := workspace.FindRoot([]string{file}); r.Kind == workspace.RootTwinCAT {
		t.Fatalf("no project file yet: %+v", r)
	}
	if cacheFiles() != before {
		t.Fatal("a folder changed a moment ago was cached")
	}
	age()
	for range 2 { // listed and cached, then read from the cache
		if r := workspace.FindRoot([]string{file}); r.Kind == workspace.RootTwinCAT {
			t.Fatalf("no project file yet: %+v", r)
		}
	}
	if cacheFiles() != before+1 {
		t.Fatal("the big folder's listing was not cached")
	}
	proj := filepath.Join(dir, "Plc.plcproj")
	if err := os.WriteFile(proj, []byte("<Project/>"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := workspace.FindRoot([]string{file}); r.Kind != workspace.RootTwinCAT || r.Marker != proj {
		t.Fatalf("the project file added is not seen: %+v", r)
	}
	age()
	workspace.FindRoot([]string{file}) // cached with the project file
	if r := workspace.FindRoot([]string{file}); r.Kind != workspace.RootTwinCAT || r.Marker != proj {
		t.Fatalf("from the cache: %+v", r)
	}
	if err := os.Remove(proj); err != nil {
		t.Fatal(err)
	}
	if r := workspace.FindRoot([]string{file}); r.Kind == workspace.RootTwinCAT {
		t.Fatalf("the project file removed is still the marker: %+v", r)
	}
	// A folder replacing the file under the same name (a name kept in the cache) is not a
	// project file.
	age()
	workspace.FindRoot([]string{file})
	if err := os.Mkdir(proj, 0o755); err != nil {
		t.Fatal(err)
	}
	if r := workspace.FindRoot([]string{file}); r.Kind == workspace.RootTwinCAT {
		t.Fatalf("a folder named like a project file is the marker: %+v", r)
	}
}
