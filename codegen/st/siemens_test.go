package st

import (
	"os"
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

// SIMATIC AX: a name under a namespace the file imports and the workspace declares
// (`Integer.ToString` under `USING Lib.Conversion;`) resolves; a file importing a namespace
// nobody declares (a package such as AxUnit) may call what it provides; a misspelt variable stays an error.
func TestAXUsingNamespaces(t *testing.T) {
	lib := `NAMESPACE Lib.Conversion.Integer
    FUNCTION ToString : STRING
        VAR_INPUT value : DINT; END_VAR
        ToString := DINT_TO_STRING(value);
    END_FUNCTION
END_NAMESPACE
`
	app := `USING Lib.Conversion;
NAMESPACE App
    CLASS Report
        VAR PUBLIC Text : STRING; Count : DINT; END_VAR
        METHOD PUBLIC Update
            Text := Integer.ToString(value := Count);
            Text := Integer.ToString(value := Cuont);
            Count := Integer.MaxValue;
        END_METHOD
    END_CLASS
END_NAMESPACE
`
	test := `USING AxUnit.Assert;
USING App;
NAMESPACE App.Tests
    CLASS ReportTest
        VAR r : Report; END_VAR
        METHOD PUBLIC Check
            r.Update();
            Equal(expected := '0', actual := r.Text);
            Assert.Equal(expected := '0', actual := r.Text);
        END_METHOD
    END_CLASS
END_NAMESPACE
`
	dir := t.TempDir()
	var paths []string
	for name, src := range map[string]string{"lib.st": lib, "app.st": app, "test.st": test} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	ws := loadWorkspace(t, paths...)
	var got []string
	for _, wf := range ws.files {
		for _, f := range New().Check(t.Context(), checkReq(wf.Path, wf.File, testConfig(), ws)).Findings {
			if f.Severity == rules.Error {
				got = append(got, filepath.Base(wf.Path)+": "+f.Message)
			}
		}
	}
	want := `app.st: undeclared identifier "Cuont"`
	if strings.Join(got, "; ") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A data block typed by a PLC data type (`DATA_BLOCK "DB" "UDT"`) holds the type's members:
// its start values resolve, a misspelt one is reported.
func TestDataBlockOfPLCDataType(t *testing.T) {
	src := `TYPE "UDT_Axis"
VERSION : 0.1
   STRUCT
      position : Real;
      velocity : Real;
   END_STRUCT;
END_TYPE

DATA_BLOCK "DB_AxisX"
{ S7_Optimized_Access := 'TRUE' }
VERSION : 0.1
"UDT_Axis"
BEGIN
   velocity := 10.0;
   posiiton := 0.0;
END_DATA_BLOCK
`
	f := parse(t, src)
	var got []string
	for _, fd := range New().Check(t.Context(), checkReq("axis.db", f, testConfig(), nil)).Findings {
		if fd.Severity == rules.Error {
			got = append(got, fd.Message)
		}
	}
	if want := `undeclared identifier "posiiton"`; strings.Join(got, "; ") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TIA Portal converts TIME to DINT implicitly; IEC 61131-3 (CODESYS) does not.
func TestSCLImplicitTimeToDInt(t *testing.T) {
	for path, want := range map[string]int{"t.scl": 0, "t.st": 1} {
		src := "FUNCTION_BLOCK FB_T\nVAR\n    d : DINT;\n    t : TIME;\nEND_VAR\nd := t;\nEND_FUNCTION_BLOCK\n"
		n := 0
		for _, fd := range New().Check(t.Context(), checkReq(path, parse(t, src), testConfig(), nil)).Findings {
			if fd.Rule == "st/type-mismatch" {
				n++
			}
		}
		if n != want {
			t.Errorf("%s: %d type mismatches, want %d", path, n, want)
		}
	}
}

// SIMATIC AX overloads a method, a constructor too, by its parameters, across a class and
// its bases: a call's named arguments are judged against every overload, a call statement
// of a name one overload returns nothing under ignores no result, and an overload calling
// another (a derived constructor its base's, THIS.CONSTRUCTOR(id, pos)) is no recursion.
// A parameter no overload has, and a method calling itself (an override too), stay errors.
func TestAXMethodOverloads(t *testing.T) {
	src := `CLASS Out
    VAR _changed : BOOL; _id : UINT; _w : INT; END_VAR
    METHOD PUBLIC Changed : BOOL
        Changed := _changed;
    END_METHOD
    METHOD PROTECTED Changed
        VAR_INPUT value : BOOL; END_VAR
        _changed := value;
    END_METHOD
    METHOD PUBLIC CONSTRUCTOR
        VAR_INPUT id : UINT; END_VAR
        _id := id;
    END_METHOD
    METHOD PUBLIC CONSTRUCTOR
        VAR_INPUT id : UINT; width : INT; END_VAR
        THIS.CONSTRUCTOR(id);
        _w := width;
    END_METHOD
    METHOD PUBLIC Write
        THIS.Changed(value := TRUE);
        THIS.Changed(valeu := TRUE);
    END_METHOD
    METHOD PUBLIC Loop
        THIS.Loop();
    END_METHOD
END_CLASS

CLASS Conveyor EXTENDS Out
    METHOD PUBLIC CONSTRUCTOR
        VAR_INPUT id : UINT; pos : INT; speed : INT := 128; END_VAR
        THIS.CONSTRUCTOR(id, pos);
    END_METHOD
    METHOD PUBLIC Loop
        THIS.Loop();
    END_METHOD
END_CLASS

PROGRAM Main
    VAR o : Out; END_VAR
    o.CONSTRUCTOR(id := UINT#1, width := 5);
END_PROGRAM
`
	f := parse(t, src)
	cfg := testConfig()
	SettingsOf(cfg).Dialect = "ax"
	var got []string
	for _, fd := range New().Check(t.Context(), checkReq("out.st", f, cfg, nil)).Findings {
		if fd.Severity >= rules.Warning {
			got = append(got, fd.Rule+": "+fd.Message)
		}
	}
	want := "st/undeclared-identifier: valeu is not a parameter of Out.Changed; st/recursion: recursive call: THIS.Loop leads back to Loop; st/recursion: recursive call: THIS.Loop leads back to Loop"
	if strings.Join(got, "; ") != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
