package st

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/workspace"
)

// TwinCAT declares a project's global variables only in its global variable lists (GVL
// objects, .TcGVL files) and its libraries only in the .plcproj. POUs copied out of their
// project into a tree holding neither (a repository of exported objects) read globals and
// call library functions declared in files Gantry does not have: those names are unknown,
// not undeclared, as in a B&R program without its .var. A name one or two edits from a
// name in scope is still a typo, and a tree with a global variable list or with the
// project file judges every name as before.
func TestTwinCATObjectsOutsideTheirProject(t *testing.T) {
	object := func(kind, name, decl, body string) string {
		impl := ""
		if body != "" {
			impl = "\n    <Implementation>\n      <ST><![CDATA[" + body + "]]></ST>\n    </Implementation>"
		}
		return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<TcPlcObject Version=\"1.1.0.1\" ProductVersion=\"3.1.4024.12\">\n  <" + kind + " Name=\"" + name + "\" Id=\"{0f6d2c41-5b7e-4a90-8c3d-2e1f4a5b6c70}\">\n    <Declaration><![CDATA[" + decl + "]]></Declaration>" + impl + "\n  </" + kind + ">\n</TcPlcObject>\n"
	}
	station := object("POU", "FB_Station", "FUNCTION_BLOCK FB_Station\nVAR_INPUT\n\tbStart : BOOL;\nEND_VAR\nVAR\n\tnCounter : INT;\n\tbRunning : BOOL;\nEND_VAR\n",
		"IF bStart AND NOT ErrCylinder THEN\n\tbRunning := TRUE;\n\tnCountr := nCounter + 1;\nEND_IF\nIF bRunning THEN\n\tLampStation1 := F_BlinkCode(nCounter);\nEND_IF")
	main := object("POU", "MAIN", "PROGRAM MAIN\nVAR\n\tfbStation : FB_Station;\nEND_VAR\n", "fbStation(bStart := gbStartButton);")
	check := func(files map[string]string, root, path string) []string {
		t.Helper()
		t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
		dir := t.TempDir()
		for rel, text := range files {
			dst := filepath.Join(dir, filepath.FromSlash(rel))
			os.MkdirAll(filepath.Dir(dst), 0o755)
			if err := os.WriteFile(dst, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		reg := codegen.NewRegistry(New())
		full := filepath.Join(dir, filepath.FromSlash(path))
		text := files[path]
		f, err := codegen.Parse(context.Background(), reg.ForPath(full), full, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		ws := workspace.New(reg, filepath.Join(dir, filepath.FromSlash(root)))
		var out []string
		for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: full, File: f, Config: config.Default(), Workspace: ws}).Findings {
			if fd.Rule == "st/undeclared-identifier" {
				out = append(out, fd.Message)
			}
		}
		return out
	}
	objects := map[string]string{"POUs/FB_Station.TcPOU": station, "POUs/MAIN.TcPOU": main}
	if got := check(objects, ".", "POUs/FB_Station.TcPOU"); len(got) != 1 || !strings.Contains(got[0], `"nCountr"`) {
		t.Errorf("outside its project only the typo nCountr may be undeclared, got %q", got)
	}
	if got := check(objects, ".", "POUs/MAIN.TcPOU"); len(got) != 0 {
		t.Errorf("outside its project a global read in a call is unknown, got %q", got)
	}
	with := func(extra map[string]string) map[string]string {
		m := map[string]string{}
		for k, v := range objects {
			m[k] = v
		}
		for k, v := range extra {
			m[k] = v
		}
		return m
	}
	judged := func(what string, got []string) {
		t.Helper()
		want := []string{`"ErrCylinder"`, `"nCountr"`, `"LampStation1"`}
		if len(got) != len(want) {
			t.Errorf("%s: want %d names reported, got %q", what, len(want), got)
			return
		}
		for i, w := range want {
			if !strings.Contains(got[i], w) {
				t.Errorf("%s: finding %d is %q, want %s", what, i, got[i], w)
			}
		}
	}
	gvl := object("GVL", "GVL_Station", "VAR_GLOBAL\n\tgbStartButton : BOOL;\nEND_VAR\n", "")
	judged("beside a global variable list", check(with(map[string]string{"GVLs/GVL_Station.TcGVL": gvl}), ".", "POUs/FB_Station.TcPOU"))
	proj := `<Project><ItemGroup><Compile Include="POUs\FB_Station.TcPOU" /><Compile Include="POUs\MAIN.TcPOU" /></ItemGroup></Project>`
	judged("with its .plcproj", check(with(map[string]string{"Station.plcproj": proj}), ".", "POUs/FB_Station.TcPOU"))
	// The project file above the folder checked still makes it the project's.
	judged("with its .plcproj above the checked folder", check(with(map[string]string{"Station.plcproj": proj}), "POUs", "POUs/FB_Station.TcPOU"))
	// A .plcproj compiling a global variable list the tree does not hold: the globals are
	// in that file. Kept elsewhere in the tree (its folders flattened), it is there.
	projGVL := strings.Replace(proj, "<ItemGroup>", `<ItemGroup><Compile Include="GVLs\GVL_Station.TcGVL" />`, 1)
	if got := check(with(map[string]string{"Station.plcproj": projGVL}), ".", "POUs/FB_Station.TcPOU"); len(got) != 1 || !strings.Contains(got[0], `"nCountr"`) {
		t.Errorf("beside a .plcproj whose GVL is missing only the typo nCountr may be undeclared, got %q", got)
	}
	judged("with its .plcproj and its GVL moved", check(with(map[string]string{"Station.plcproj": projGVL, "GVL_Station.TcGVL": gvl}), ".", "POUs/FB_Station.TcPOU"))
	// The missing list holds the structures its blocks serve: `astStations` beside the
	// block's own `afbStations` differs only in the type prefix, a sibling's name, not a
	// slip of it (`afbStationsZq` is one).
	cell := object("POU", "PRG_Cell", "PROGRAM PRG_Cell\nVAR\n\tafbStations : ARRAY[1..4] OF FB_Station;\n\ti : INT;\nEND_VAR\n",
		"FOR i := 1 TO 4 DO\n\tafbStations[i](bStart := astStations[i].bStart);\n\tafbStationsZq[i](bStart := FALSE);\nEND_FOR")
	if got := check(with(map[string]string{"Station.plcproj": projGVL, "POUs/PRG_Cell.TcPOU": cell}), ".", "POUs/PRG_Cell.TcPOU"); len(got) != 1 || !strings.Contains(got[0], `"afbStationsZq"`) {
		t.Errorf("beside a .plcproj whose GVL is missing only the typo afbStationsZq may be undeclared, got %q", got)
	}
}
