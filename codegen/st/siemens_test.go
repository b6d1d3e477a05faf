package st

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// siemensProjects are the test corpus's TIA Portal and SIMATIC AX projects (written for
// Gantry), each checked as one workspace.
var siemensProjects = map[string][]string{
	"../../testdata/scl/bottling":       {"*.scl", "*.udt", "*.db"},
	"../../testdata/scl/library":        {"*.scl", "*.udt", "*.db"},
	"../../testdata/scl/watertreatment": {"*.scl", "*.udt", "*.db"},
	"../../testdata/ax/sorter":          {"src/*.st", "src/*/*.st", "test/*.st"},
}

func projectFiles(t *testing.T, dir string, globs []string) []string {
	var files []string
	for _, g := range globs {
		m, _ := filepath.Glob(filepath.Join(dir, g))
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatalf("no files in %s", dir)
	}
	return files
}

// Clean Siemens code raises no error finding and no warning: ENO and RET_VAL are implicit,
// instance DBs hold their FB's variables, `: Void` functions have no result, data blocks
// resolve across .scl, .udt and .db files, AX classes and imported namespaces are known.
func TestSiemensCorpusClean(t *testing.T) {
	pk := New()
	cfg := testConfig()
	for dir, globs := range siemensProjects {
		ws := loadWorkspace(t, projectFiles(t, dir, globs)...)
		for _, wf := range ws.files {
			res := pk.Check(t.Context(), checkReq(wf.Path, wf.File, cfg, ws))
			for _, f := range res.Findings {
				line := wf.File.Lines.LineOf(f.Start) + 1
				if f.Severity >= rules.Warning {
					t.Errorf("%s:%d: %s %s: %s", wf.Path, line, f.Severity, f.Rule, f.Message)
				}
			}
		}
	}
}

// The dialect follows the file kind: .scl, .udt and .db are SCL; AX .st files are not.
func TestSiemensDialects(t *testing.T) {
	for path, want := range map[string]Dialect{
		"a/FB_Motor.scl": DialectSCL, "a/UDT_Motor.udt": DialectSCL, "a/DB_Line.db": DialectSCL,
		"src/Motor.st": DialectCODESYS,
	} {
		if got := dialectOf(path, nil, []byte("CLASS Motor END_CLASS")); got != want {
			t.Errorf("%s: %s, want %s", path, got, want)
		}
	}
	if !ClaimsFile("x/DB_Line.db", []byte("DATA_BLOCK \"DB_Line\"\nVERSION : 0.1\n")) ||
		ClaimsFile("x/cache.db", []byte("SQLite format 3\x00")) {
		t.Error("a .db file is claimed by its DATA_BLOCK text only")
	}
	if !strings.Contains(strings.Join(New().Extensions(), " "), ".udt") {
		t.Error(".udt is not an ST extension")
	}
}
