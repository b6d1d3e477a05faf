package st

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/workspace"
)

// bnrProject copies testdata/st/bnr (a B&R Automation Studio project: programs whose
// variables and types are in .var and .typ files beside their .st, a library whose .fun
// declares the blocks its .st files implement) into a folder of its own, so the workspace
// is that project alone.
func bnrProject(t *testing.T) string {
	t.Helper()
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	root := t.TempDir()
	src := "../../testdata/st/bnr"
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		text, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		dst := filepath.Join(root, rel)
		os.MkdirAll(filepath.Dir(dst), 0o755)
		return os.WriteFile(dst, text, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func checkBnR(t *testing.T, ws *workspace.Workspace, path, text string) []rules.Finding {
	t.Helper()
	return New().Check(context.Background(), codegen.CheckRequest{Path: path, File: parse(t, text), Config: config.Default(), Workspace: ws}).Findings
}

// Every file of the project checks clean: the programs' names come from their .var and
// .typ, the blocks' parameters and variables from the library's .fun, an action in a file
// of its own is callable, and the two programs' `state` (an enumeration in one, a USINT in
// the other) are each the program's own. The .fun's interfaces are no functions that
// never set their result and declare unused variables.
func TestBnRProjectChecksClean(t *testing.T) {
	root := bnrProject(t)
	reg := codegen.NewRegistry(New())
	ws := workspace.New(reg, root)
	n := 0
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || reg.ForPath(p) == nil {
			return err
		}
		n++
		text, _ := os.ReadFile(p)
		for _, fd := range checkBnR(t, ws, p, string(text)) {
			t.Errorf("%s: %s %s: %s", strings.TrimPrefix(p, root), fd.Severity, fd.Rule, fd.Message)
		}
		return nil
	})
	if n != 11 {
		t.Errorf("checked %d files of the project, want its 11 (.st, .var, .typ, .fun)", n)
	}
	// Still reported: a name nothing declares, a parameter the .fun does not declare.
	main := filepath.Join(root, "Logical", "Mixer", "Main.st")
	text, _ := os.ReadFile(main)
	bad := strings.Replace(string(text), "speed := F_Clamp(value :=", "speed := F_Clamp(valu :=", 1)
	bad = strings.Replace(bad, "gAlarm := speed", "gAlarm := sped", 1)
	got := checkBnR(t, ws, main, bad)
	if len(got) != 2 || !strings.Contains(got[0].Message+got[1].Message, "valu") || !strings.Contains(got[0].Message+got[1].Message, `"sped"`) {
		t.Errorf("want valu and sped reported, got %+v", got)
	}
	// A block's code uses a name its .fun does not declare.
	fb := filepath.Join(root, "Logical", "Libraries", "FlowLib", "FB_Valve2.st")
	text, _ = os.ReadFile(fb)
	got = checkBnR(t, ws, fb, strings.Replace(string(text), "actual := ramp;", "actual := rampe;", 1))
	if len(got) != 1 || !strings.Contains(got[0].Message, "rampe") {
		t.Errorf("want rampe reported, got %+v", got)
	}
	// An action in a file of its own in a program's folder is the program's: everything it
	// names is in the folder's .var and the project's, so a name nothing declares is
	// reported there too (an action elsewhere, of an owner Gantry cannot see, is not judged).
	act := filepath.Join(root, "Logical", "Filler", "Finish.st")
	text, _ = os.ReadFile(act)
	got = checkBnR(t, ws, act, strings.Replace(string(text), "fills := fills + 1;", "fills := filz + 1;", 1))
	if len(got) != 1 || !strings.Contains(got[0].Message, `"filz"`) {
		t.Errorf("want filz reported in the program's action, got %+v", got)
	}
}

// Mixer's `state` is its own USINT, not the Filler's enumeration: with the Filler's, the
// comparison with 10 and the increment would be type errors.
func TestBnRVariablesAreTheProgramsOwn(t *testing.T) {
	root := bnrProject(t)
	ws := workspace.New(codegen.NewRegistry(New()), root)
	main := filepath.Join(root, "Logical", "Mixer", "Main.st")
	text, _ := os.ReadFile(main)
	pk := New()
	f := parse(t, string(text))
	req := codegen.CheckRequest{Path: main, File: f, Config: config.Default(), Workspace: ws}
	pk.Check(context.Background(), req)
	sc := &Scope{Model: pk.cache.modelOf(f), WS: pk.scopeIndex(context.Background(), ws, main, f, nil, nil)}
	v, where := sc.Global("state")
	if v == nil || !strings.EqualFold(v.Type.Name, "USINT") || !strings.HasSuffix(filepath.ToSlash(where), "Mixer/Variables.var") {
		t.Errorf("state: %+v from %s, want the Mixer's USINT", v, where)
	}
}

// .var, .typ and .fun are read as ST when they start like B&R's declarations; other files
// with those extensions (a Typst document) are not.
func TestBnRClaims(t *testing.T) {
	for _, c := range []struct {
		path, head string
		want       bool
	}{
		{"Prog/Variables.var", "\ufeffVAR\n\tx : INT;\nEND_VAR\n", true},
		{"Prog/Variables.var", "(* locals *)\nVAR CONSTANT\n\tN : INT := 3;\nEND_VAR\n", true},
		{"Prog/Empty.var", "(* nothing yet *)\n", false},
		{"Prog/Types.typ", "\nTYPE\n\tA_typ : STRUCT\n\t\tx : INT;\n\tEND_STRUCT;\nEND_TYPE\n", true},
		{"doc/report.typ", "#set page(width: 10cm)\n= Title\n", false},
		{"Lib/Lib.fun", "{REDUND_OK} FUNCTION_BLOCK FB_A (*a*)\nEND_FUNCTION_BLOCK\n", true},
		{"Lib/Lib.fun", "FUNCTION F_A : INT\nEND_FUNCTION\n", true},
		{"game/level.fun", "fun main() = println(1)\n", false},
	} {
		if got := ClaimsFile(c.path, []byte(c.head)); got != c.want {
			t.Errorf("%s %q: claimed %v, want %v", c.path, c.head, got, c.want)
		}
	}
}

// A .var's top-level sections declare names for other files; a POU's sections do not.
func TestBnRDeclaredNames(t *testing.T) {
	got := strings.Join((*Pack)(nil).DeclaredNames([]byte("VAR\n\tcounter : INT;\nEND_VAR\nVAR CONSTANT\n\tLIMIT : INT := 3;\nEND_VAR\n")), ",")
	if got != "counter,limit" {
		t.Errorf(".var: %s", got)
	}
	got = strings.Join((*Pack)(nil).DeclaredNames([]byte("PROGRAM P\nVAR\n\tlocal : INT;\nEND_VAR\nEND_PROGRAM\nACTION Step1:\n\tlocal := 1;\nEND_ACTION\n")), ",")
	if got != "p,step1" {
		t.Errorf("program and action: %s", got)
	}
}

// B&R turns .typ, .var and .fun into C declarations, so names differing only in case are
// two names there (B&R's own motion library declares TargetPosition and targetPosition in
// one structure); an exact repeat is still a duplicate, and so is a case variant in a
// plain .st file.
func TestBnRDeclarationsTellCaseApart(t *testing.T) {
	ws := workspace.New(codegen.NewRegistry(New()), t.TempDir())
	dups := func(path, text string) []string {
		var out []string
		for _, fd := range checkBnR(t, ws, path, text) {
			if fd.Rule == "st/duplicate-declaration" {
				out = append(out, fd.Message)
			}
		}
		return out
	}
	typ := "TYPE\n\tJog_typ : STRUCT\n\t\tTargetPosition : DINT;\n\t\ttargetPosition : DINT;\n\tEND_STRUCT;\nEND_TYPE\n"
	if got := dups("Lib/Types.typ", typ); len(got) != 0 {
		t.Errorf(".typ members differing in case: got %v, want none", got)
	}
	if got := dups("Lib/Types.typ", strings.Replace(typ, "targetPosition", "TargetPosition", 1)); len(got) != 1 {
		t.Errorf(".typ member declared twice: got %v, want one finding", got)
	}
	fun := "FUNCTION_BLOCK FB_Tag\n\tVAR_OUTPUT\n\t\tError : BOOL;\n\tEND_VAR\n\tVAR\n\t\tERROR : ARRAY[0..2] OF USINT;\n\tEND_VAR\nEND_FUNCTION_BLOCK\n"
	if got := dups("Lib/Tag.fun", fun); len(got) != 0 {
		t.Errorf(".fun variables differing in case: got %v, want none", got)
	}
	vars := "VAR\n\tReport : UDINT;\n\tREPORT : BOOL;\nEND_VAR\n"
	if got := dups("Logical/Global.var", vars); len(got) != 0 {
		t.Errorf(".var globals differing in case: got %v, want none", got)
	}
	st := "FUNCTION_BLOCK FB_Tag\nVAR_OUTPUT\n\tError : BOOL;\nEND_VAR\nVAR\n\tERROR : INT;\nEND_VAR\nEND_FUNCTION_BLOCK\n"
	if got := dups("POUs/FB_Tag.st", st); len(got) != 1 {
		t.Errorf("a plain .st file compares names without case: got %v, want one finding", got)
	}
}

// A mapp component's link (gAlarmXCore) is declared by its configuration in the Physical
// view, not by a .var: the name resolves, a misspelling of it and a user's ID (no link)
// stay undeclared.
func TestBnRMappLinksFromPhysicalConfiguration(t *testing.T) {
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	root := t.TempDir()
	files := map[string]string{
		"Logical/Alarms/Main.st":    "PROGRAM _CYCLIC\n\tpCore := ADR(gAlarmXCore);\n\tpCore := ADR(gAlarmXCoer);\n\tpCore := ADR(Admin);\nEND_PROGRAM\n",
		"Logical/Alarms/Alarms.var": "VAR\n\tpCore : UDINT;\nEND_VAR\n",
		"Physical/Config1/X20CP1586/mappServices/AlarmXCore.mpalarmxcore": "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<?AutomationStudio FileVersion=\"4.9\"?>\n<Configuration>\n  <Element ID=\"gAlarmXCore\" Type=\"mpalarmxcore\">\n    <Group ID=\"mapp.AlarmX.Core.Configuration\" />\n  </Element>\n</Configuration>\n",
		"Physical/Config1/X20CP1586/AccessAndSecurity/User.user":          "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Configuration>\n  <Element ID=\"Admin\" Type=\"User\" />\n</Configuration>\n",
	}
	writeFiles(t, root, files)
	ws := workspace.New(codegen.NewRegistry(New()), root)
	main := filepath.Join(root, "Logical", "Alarms", "Main.st")
	var got []string
	for _, fd := range checkBnR(t, ws, main, files["Logical/Alarms/Main.st"]) {
		if fd.Severity == rules.Error {
			got = append(got, fd.Rule+": "+fd.Message)
		}
	}
	want := []string{`st/undeclared-identifier: undeclared identifier "gAlarmXCoer"`, `st/undeclared-identifier: undeclared identifier "Admin"`}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// writeBnRFiles writes a B&R project's files (relative path → text) into a folder of its
// own and returns the folder.
func writeBnRFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	root := t.TempDir()
	for rel, text := range files {
		dst := filepath.Join(root, filepath.FromSlash(rel))
		os.MkdirAll(filepath.Dir(dst), 0o755)
		if err := os.WriteFile(dst, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// A test program built on a unit-test library the project does not hold: its .var
// declares the test cases as the library's type, and an action in a file of its own
// compares a case's phase with the library's enumeration values. Those values are the
// library's, not undeclared names; a misspelt variable of the program stays reported.
func TestBnRActionComparesWithAnUnseenLibrarysValues(t *testing.T) {
	root := writeBnRFiles(t, map[string]string{
		"Logical/Tests/PumpTest/Variables.var": "VAR\n\tcases : ARRAY[0..4] OF tcCase; (*the test library's*)\n\trunner : tcRunner;\n\tstarted : BOOL;\nEND_VAR\n",
		"Logical/Tests/PumpTest/Main.st":       "PROGRAM _CYCLIC\n\tPrepareCase;\n\trunner(Cases := cases);\nEND_PROGRAM\n",
		"Logical/Tests/PumpTest/Actions.st": "ACTION PrepareCase :\n" +
			"\tIF cases[0].phase = tc_PREPARE THEN\n" +
			"\t\tcases[0].phase := tc_ACTIVE;\n" +
			"\t\tstarted := TRUE;\n" +
			"\tEND_IF\n" +
			"END_ACTION\n",
	})
	reg := codegen.NewRegistry(New())
	ws := workspace.New(reg, root)
	act := filepath.Join(root, "Logical", "Tests", "PumpTest", "Actions.st")
	text, _ := os.ReadFile(act)
	for _, fd := range checkBnR(t, ws, act, string(text)) {
		if fd.Severity == rules.Error {
			t.Errorf("%s %s: %s", fd.Severity, fd.Rule, fd.Message)
		}
	}
	got := checkBnR(t, ws, act, strings.Replace(string(text), "started := TRUE", "startet := TRUE", 1))
	if len(got) != 1 || !strings.Contains(got[0].Message, `"startet"`) {
		t.Errorf("want startet reported, got %+v", got)
	}
}

// A B&R program's code copied out of its project without the .var declaring its
// variables (a lone Main.st of `PROGRAM _CYCLIC`): its names are in a file Gantry does not
// have, so they are unknown, not undeclared. With a .var in the project that does not
// declare a name, the name is reported as before.
func TestBnRProgramWithoutItsVarFile(t *testing.T) {
	main := "PROGRAM _INIT\n\tspeedMax := 1500;\nEND_PROGRAM\n\n" +
		"PROGRAM _CYCLIC\n" +
		"\tCASE phase OF\n" +
		"\t\tPHASE_IDLE:\n" +
		"\t\t\tIF cmdStart THEN\n" +
		"\t\t\t\tdrive.Velocity := speedMax;\n" +
		"\t\t\t\tphase := PHASE_RUN;\n" +
		"\t\t\tEND_IF\n" +
		"\t\tPHASE_RUN:\n" +
		"\t\t\tdriveCtrl(Enable := TRUE, Axis := ADR(gAxisLift));\n" +
		"\tEND_CASE\n" +
		"END_PROGRAM\n"
	root := writeBnRFiles(t, map[string]string{"Lift.apj": "", "Logical/Lift/Main.st": main})
	ws := workspace.New(codegen.NewRegistry(New()), root)
	path := filepath.Join(root, "Logical", "Lift", "Main.st")
	for _, fd := range checkBnR(t, ws, path, main) {
		if fd.Severity == rules.Error {
			t.Errorf("lone program: %s %s: %s", fd.Severity, fd.Rule, fd.Message)
		}
	}
	root = writeBnRFiles(t, map[string]string{"Lift.apj": "", "Logical/Lift/Main.st": main,
		"Logical/Lift/Variables.var": "VAR\n\tphase : USINT;\nEND_VAR\n"})
	ws = workspace.New(codegen.NewRegistry(New()), root)
	path = filepath.Join(root, "Logical", "Lift", "Main.st")
	got := 0
	for _, fd := range checkBnR(t, ws, path, main) {
		if fd.Rule == "st/undeclared-identifier" && strings.Contains(fd.Message, `"cmdStart"`) {
			got++
		}
	}
	if got != 1 {
		t.Errorf("with a .var that lacks it, cmdStart reported %d times, want once", got)
	}
}

// A B&R program's action drawn in ladder (a .ld file of the program's folder opening with
// `ACTION Name:` above its networks' XML) is called from the program's ST by its name; a
// name no file of the folder draws stays a call of nothing.
func TestBnRActionDrawnInLadder(t *testing.T) {
	main := "PROGRAM _CYCLIC\n\tJogAxis;\n\tHomeAxis;\nEND_PROGRAM\n"
	root := writeBnRFiles(t, map[string]string{
		"Press.apj":                       "",
		"Logical/Press/Main.st":           main,
		"Logical/Press/Variables.var":     "VAR\n\tjogSpeed : REAL;\nEND_VAR\n",
		"Logical/Press/JogAxis.ld":        "ACTION JogAxis: \n<?xml version=\"1.0\"?>\n<networks>\n</networks>\nEND_ACTION\n",
		"Logical/Press/Docs/HomeAxis.txt": "ACTION HomeAxis:\n",
	})
	ws := workspace.New(codegen.NewRegistry(New()), root)
	path := filepath.Join(root, "Logical", "Press", "Main.st")
	var msgs []string
	for _, fd := range checkBnR(t, ws, path, main) {
		if fd.Severity == rules.Error {
			msgs = append(msgs, fd.Message)
		}
	}
	if len(msgs) != 1 || !strings.Contains(msgs[0], `"HomeAxis"`) {
		t.Errorf("want only HomeAxis reported, got %q", msgs)
	}
}

// TestFunctionHeaderNames: the scan for B&R implementation headers finds what the
// regular expression it replaced, `(?im)^[ \t]*FUNCTION(?:_BLOCK)?[ \t]+(name)[ \t]*(?:\(\*.*)?\r?$`,
// finds, on headers with comments, CRLF lines, blanks, other case, and lines that only
// look like headers.
func TestFunctionHeaderNames(t *testing.T) {
	oracle := regexp.MustCompile(`(?im)^[ \t]*FUNCTION(?:_BLOCK)?[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]*(?:\(\*.*)?\r?$`)
	lines := []string{
		"FUNCTION_BLOCK FB_Axis", "  function_block fbConveyor (* Förderband *)", "FUNCTION Scale\r",
		"\tFUNCTION  _Limit\t", "FUNCTION_BLOCK FB_Tank(*no blank*)", "FUNCTION F1 : INT", "FUNCTION_BLOCKX Foo",
		"FUNCTION", "FUNCTION ", "FUNCTION 9lives", "END_FUNCTION_BLOCK", "FUNCTION Foo.Bar", "FUNCTION Foo \r  ",
		"FUNCTIONFoo", "FUNCTION_BLOCK\tFB_Pump \r", "(* FUNCTION Hidden *)", "x := FUNCTION_BLOCK;", "FUNCTION_BLOCK 模块",
		"", "FUNCTION_BLOCK FB_Valve (* open (* nested *)", "FUNCTION_BLOCK FB_Last",
	}
	for n := 1; n <= len(lines); n++ {
		text := []byte(strings.Join(lines[:n], "\n"))
		var want []string
		for _, m := range oracle.FindAllSubmatch(text, -1) {
			want = append(want, strings.ToLower(string(m[1])))
		}
		if got := bnrImplementedNames(text); !slices.Equal(got, want) {
			t.Errorf("%d lines: names %q, the expression finds %q", n, got, want)
		}
	}
}

// A B&R project kept without its Physical folder: the mapp links a program passes to its
// components' MpLink inputs are declared by configurations Gantry does not have, so they
// are unknown, not undeclared. A typo of a variable of the program stays reported, as does
// a link given where no MpLink is (a plain ADR of a name nothing declares), and the same
// program in a project whose Physical folder is there.
func TestBnRMappLinksWithoutPhysicalFolder(t *testing.T) {
	files := map[string]string{
		"Logical/Line/Main.st":  "PROGRAM _CYCLIC\n\tfbCore(MpLink := ADR(gLineCore), Enable := TRUE);\n\tfbLink(ParentLink := fbCore.Info, MpLink := ADR(pCoer));\n\tfbLink.MpLink := ADR(gLineList);\n\tpCore := ADR(gLineSpare);\nEND_PROGRAM\n",
		"Logical/Line/Line.var": "VAR\n\tpCore : UDINT;\n\tfbCore : MpAlarmXCore;\n\tfbLink : MpComLinkToParent;\nEND_VAR\n",
		"Logical/Line/IEC.prg":  "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Program />\n",
	}
	want := []string{`st/undeclared-identifier: undeclared identifier "pCoer"`, `st/undeclared-identifier: undeclared identifier "gLineSpare"`}
	errorsOf := func(root string) []string {
		ws := workspace.New(codegen.NewRegistry(New()), root)
		main := filepath.Join(root, "Logical", "Line", "Main.st")
		var got []string
		for _, fd := range checkBnR(t, ws, main, files["Logical/Line/Main.st"]) {
			if fd.Severity == rules.Error && fd.Rule == "st/undeclared-identifier" {
				got = append(got, fd.Rule+": "+fd.Message)
			}
		}
		return got
	}
	if got := errorsOf(writeBnRFiles(t, files)); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("without Physical:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	files["Physical/Config1/Hardware.hw"] = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Hardware />\n"
	withPhysical := append([]string{`st/undeclared-identifier: undeclared identifier "gLineCore"`}, want[0], `st/undeclared-identifier: undeclared identifier "gLineList"`, want[1])
	if got := errorsOf(writeBnRFiles(t, files)); strings.Join(got, "\n") != strings.Join(withPhysical, "\n") {
		t.Errorf("with Physical:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(withPhysical, "\n"))
	}
}

// B&R's operator library declares the IEC standard functions without a body
// (`FUNCTION LIMIT : ANY`, MAX with the two inputs it lists): a call by position of one
// is judged by the standard's counts, LIMIT taking three and MAX two or more.
func TestBnRStandardFunctionsOfTheOperatorLibrary(t *testing.T) {
	files := map[string]string{
		"Logical/Libraries/operator/operator.fun": "FUNCTION LIMIT : ANY\n\tVAR_INPUT\n\t\tMN : ANY;\n\t\tIN : ANY;\n\t\tMX : ANY;\n\tEND_VAR\nEND_FUNCTION\nFUNCTION MAX : ANY\n\tVAR_INPUT\n\t\tIN1 : ANY;\n\t\tIN2 : ANY;\n\tEND_VAR\nEND_FUNCTION\n",
		"Logical/Pump/Main.st":                    "PROGRAM _CYCLIC\n\trOut := LIMIT(0.0, rIn);\n\trOut := LIMIT(0.0, rIn, 100.0);\n\trOut := MAX(rIn, rOut, 1.0);\nEND_PROGRAM\n",
		"Logical/Pump/Pump.var":                   "VAR\n\trIn : REAL;\n\trOut : REAL;\nEND_VAR\n",
	}
	root := writeBnRFiles(t, files)
	ws := workspace.New(codegen.NewRegistry(New()), root)
	var got []string
	for _, fd := range checkBnR(t, ws, filepath.Join(root, "Logical", "Pump", "Main.st"), files["Logical/Pump/Main.st"]) {
		if fd.Rule == "st/call-argument-count" {
			got = append(got, fmt.Sprintf("%d: %s", strings.Count(files["Logical/Pump/Main.st"][:fd.Start], "\n")+1, fd.Message))
		}
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], "2: ") {
		t.Errorf("call-argument-count findings %q, want one on line 2 (LIMIT with two arguments)", got)
	}
}
