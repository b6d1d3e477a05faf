package gcode

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
)

// A LinuxCNC configuration names its subroutine folders in [RS274NGC] SUBROUTINE_PATH;
// a call of a subroutine kept there is defined, one kept nowhere is not.
func TestSubroutinePathFromIni(t *testing.T) {
	write := fileWriter(t, t.TempDir())
	write("mill/mill.ini", "[RS274NGC]\nPARAMETER_FILE = mill.var\nSUBROUTINE_PATH = ../shared/macros/probing\n")
	write("shared/macros/probing/probe_z.ngc", "o<probe_z> sub\nG38.2 Z-10 F50\no<probe_z> endsub\nM2\n")
	prog := write("mill/programs/part.ngc", "G21 G90 G17\nG54\nT1 M6\nS1000 M3\no<probe_z> call\no<no_such_sub> call\nM5\nM2\n")
	undefined := undefinedSubroutines(t, prog)
	if len(undefined) != 1 || !strings.Contains(undefined[0], "no_such_sub") {
		t.Errorf("undefined subroutines: %v", undefined)
	}
}

// A machine's configuration several folders above the programs it runs (nc_files sorted by
// customer, part and operation) still names their subroutine folders; one above the top
// of the checkout holding the program does not.
func TestSubroutinePathFromIniFarAbove(t *testing.T) {
	dir := t.TempDir()
	write := fileWriter(t, dir)
	write("lathe/lathe.ini", "[RS274NGC]\nSUBROUTINE_PATH = subs\n")
	write("lathe/subs/face_off.ngc", "o<face_off> sub\nG0 X50 Z1\no<face_off> endsub\nM2\n")
	prog := write("lathe/nc_files/acme/bracket/op1/side_a.ngc", "G21 G90 G18\nG54\nT1 M6\nS800 M3\no<face_off> call\nM5\nM2\n")
	if undefined := undefinedSubroutines(t, prog); len(undefined) != 0 {
		t.Errorf("a configuration five folders up: %v", undefined)
	}
	other := write("shop/lathe.ini", "[RS274NGC]\nSUBROUTINE_PATH = subs2\n")
	write("shop/subs2/chamfer.ngc", "o<chamfer> sub\no<chamfer> endsub\nM2\n")
	if err := os.MkdirAll(filepath.Join(filepath.Dir(other), "repo", ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	inRepo := write("shop/repo/progs/p.ngc", "G21 G90 G18\nG54\nT1 M6\nS800 M3\no<chamfer> call\nM5\nM2\n")
	if undefined := undefinedSubroutines(t, inRepo); len(undefined) != 1 {
		t.Errorf("a configuration above the checkout's top: %v, want chamfer undefined", undefined)
	}
}

// A SUBROUTINE_PATH folder the checkout does not hold (a shared or installed folder) may
// define any name: a call not found elsewhere is not reported.
func TestSubroutinePathMissingFolder(t *testing.T) {
	write := fileWriter(t, t.TempDir())
	write("router/router.ini", "[RS274NGC]\nSUBROUTINE_PATH = my_subs:vendor_subs\n")
	prog := write("router/my_subs/change_tool.ngc", "o<change_tool> sub\no<open_cover> call [1]\nM6 T#1\no<change_tool> endsub\nM2\n")
	if undefined := undefinedSubroutines(t, prog); len(undefined) > 0 {
		t.Errorf("reported: %v", undefined)
	}
}

// A configuration with a [PYTHON] section calls o<name> in Python when its oword module
// defines name (LinuxCNC's Python O-word procedures): oword.py beside the .ini or in a
// PATH_PREPEND folder defines the call; a name it does not define, or an oword.py of a
// configuration without [PYTHON], does not.
func TestSubroutinePythonOword(t *testing.T) {
	write := fileWriter(t, t.TempDir())
	write("mill/mill.ini", "[RS274NGC]\nPARAMETER_FILE = mill.var\n\n[PYTHON]\nPATH_PREPEND = python\nTOPLEVEL = python/toplevel.py\n")
	write("mill/python/oword.py", "import interpreter\n\ndef Read_Probe(self, *args):\n    return 1.0\n\n    def inner(x):\n        pass\n")
	prog := write("mill/nc_files/part.ngc", "G21 G90 G17\nG54\nT1 M6\nS1000 M3\no<read_probe> call [1]\no<inner> call\nM5\nM2\n")
	undefined := undefinedSubroutines(t, prog)
	if len(undefined) != 1 || !strings.Contains(undefined[0], "inner") {
		t.Errorf("with [PYTHON]: %v, want only inner undefined", undefined)
	}
	write("lathe/lathe.ini", "[RS274NGC]\nPARAMETER_FILE = lathe.var\n")
	write("lathe/oword.py", "def face(self):\n    pass\n")
	other := write("lathe/programs/part.ngc", "G21 G90 G18\nG54\nT1 M6\nS800 M3\no<face> call\nM5\nM2\n")
	if undefined := undefinedSubroutines(t, other); len(undefined) != 1 {
		t.Errorf("without [PYTHON]: %v, want face undefined", undefined)
	}
}

// PlanetCNC keeps a script's named subroutine in <name>.sub beside it: the call is defined.
func TestSubroutineSubFile(t *testing.T) {
	write := fileWriter(t, t.TempDir())
	write("profile/Scripts/ToolLength.sub", "o<ToolLength> sub\nG38.2 Z-50 F100\no<ToolLength> endsub\n")
	prog := write("profile/Scripts/M107.gcode", "o<ToolLength> call\no<Missing> call\n")
	undefined := undefinedSubroutines(t, prog)
	if len(undefined) != 1 || !strings.Contains(undefined[0], "missing") {
		t.Errorf("undefined subroutines: %v", undefined)
	}
}

// undefinedSubroutines checks the program at prog alone and returns the messages of its
// gcode/undefined-subroutine findings.
func undefinedSubroutines(t *testing.T, prog string) []string {
	t.Helper()
	return ruleMessages(t, prog, "gcode/undefined-subroutine")
}

// fileWriter writes files under root, their folders made, and returns each file's path.
func fileWriter(t *testing.T, root string) func(rel, text string) string {
	return func(rel, text string) string {
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
}

// A subroutine file entered by its call (o<name> call opens name.ngc) that always leaves by
// its own top-level return needs no endsub, as rs274 runs it; a return only inside an if, a
// file named after another subroutine and a definition inline in a main program (which
// the interpreter skips to its endsub) are still unclosed.
func TestSubroutineFileReturnWithoutEndsub(t *testing.T) {
	write := fileWriter(t, t.TempDir())
	ok := write("subs/axis_value.ngc", "o<axis_value> sub\no10 if [#1 EQ 0]\n  #<v> = #<_x>\no10 else\n  #<v> = #<_y>\no10 endif\no<axis_value> return [#<v>]\nM2\n")
	if got := ruleMessages(t, ok, "gcode/unbalanced-control-flow"); len(got) != 0 {
		t.Errorf("top-level return in its own file: %v", got)
	}
	for name, text := range map[string]string{
		"subs/early_only.ngc": "o<early_only> sub\no10 if [#1 EQ 0]\n  o<early_only> return [1]\no10 endif\nG0 X#1\nM2\n",
		"subs/renamed.ngc":    "o<axis_pick> sub\n#<v> = #<_x>\no<axis_pick> return [#<v>]\nM2\n",
		"progs/part.ngc":      "G21 G90 G54\no<lift> sub\nG0 Z10\no<lift> return\no<lift> call\nM2\n",
	} {
		p := write(name, text)
		got := ruleMessages(t, p, "gcode/unbalanced-control-flow")
		if len(got) != 1 || !strings.Contains(got[0], "never closed") {
			t.Errorf("%s: %v, want the sub never closed", name, got)
		}
	}
}

// ruleMessages checks the program at prog alone and returns the messages of its findings
// of rule.
func ruleMessages(t *testing.T, prog, rule string) []string {
	t.Helper()
	text, err := os.ReadFile(prog)
	if err != nil {
		t.Fatal(err)
	}
	pk := New()
	f, err := codegen.Parse(context.Background(), pk, prog, text)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, fd := range pk.Check(context.Background(), codegen.CheckRequest{Path: prog, File: f, Config: config.Default()}).Findings {
		if fd.Rule == rule {
			out = append(out, fd.Message)
		}
	}
	return out
}

// LinuxCNC opens <number>.ngc for a numbered call it finds no definition of (rs274 runs
// `o101 call` from a 101.ngc on the subroutine path): such a file beside the program defines
// the call; without one the call is reported, naming the file looked for.
func TestNumberedSubroutineFile(t *testing.T) {
	write := fileWriter(t, t.TempDir())
	write("job/101.ngc", "o101 sub\nG0 X1\no101 endsub\nM2\n")
	prog := write("job/repeat.ngc", "G21 G90 G54\no101 call\no102 call\nM2\n")
	undefined := undefinedSubroutines(t, prog)
	if len(undefined) != 1 || !strings.Contains(undefined[0], "o102") || !strings.Contains(undefined[0], "102.ngc") {
		t.Errorf("undefined subroutines: %v", undefined)
	}
}

// A subroutine whose if is never closed still ends at its last endsub: the if is reported,
// closed by nothing before that endsub, and the subroutine is not reported as never closed.
// An endsub inside an if that an endif below closes stays the early return rs274 makes of it.
func TestEndsubAfterUnclosedIf(t *testing.T) {
	write := fileWriter(t, t.TempDir())
	p := write("macros/cover.ngc", "o<cover> sub\no100 if [#<_hal[cover.pin]>]\n#<op> = #1\nM65 P1\nG4 P2.0\no<cover> endsub\nM2\n")
	got := ruleMessages(t, p, "gcode/unbalanced-control-flow")
	if len(got) != 1 || !strings.Contains(got[0], "o100 if is not closed before") {
		t.Errorf("unclosed if before the endsub: %v", got)
	}
	q := write("macros/park.ngc", "o<park> sub\no10 if [#1 EQ 0]\n  o<park> endsub [0]\no10 endif\nG53 G0 Z0\no<park> endsub [1]\nM2\n")
	if got := ruleMessages(t, q, "gcode/unbalanced-control-flow"); len(got) != 0 {
		t.Errorf("early return: %v", got)
	}
}

// An endsub written with a label no subroutine of the file has (a remap subroutine copied
// from another and renamed) leaves the subroutine as rs274 runs a call: the interpreter
// matches an endsub's label only while it skips a definition to its end. In a subroutine
// file, entered by the call and never skipped, even the last endsub may carry such a label.
// A definition inline in a main program still needs its own endsub: rs274 skips to the one
// that names it. A subroutine file without an endsub is still reported, saying when a call
// runs on to its M2 (rs274 then ends the caller's program there).
func TestEndsubWithAnotherLabel(t *testing.T) {
	write := fileWriter(t, t.TempDir())
	for name, text := range map[string]string{
		// the early returns keep the old name; the subroutine's own endsub closes it
		"subs/m6_remap.ngc": "o<m6_remap> sub\no10 if [#<_current_tool> EQ #<_selected_tool>]\n  o<toolchange> endsub [1]\no10 endif\nM61 Q#<_selected_tool>\no<m6_remap> endsub [1]\nM2\n",
		// the last endsub misspells the file's subroutine
		"subs/load_safety.ngc": "o<load_safety> sub\n#<t> = #1\nM61 Q#<t>\no<load_safty> endsub\nM2\n",
		// a main program's definition skipped to its own endsub: the inner one is an early return
		"progs/part.ngc": "G21 G90 G54\no<lift> sub\no10 if [#1 GT 50]\n  o<raise> endsub\no10 endif\nG0 Z#1\no<lift> endsub\no<lift> call [10]\nM2\n",
	} {
		if got := ruleMessages(t, write(name, text), "gcode/unbalanced-control-flow"); len(got) != 0 {
			t.Errorf("%s: %v", name, got)
		}
	}
	for name, want := range map[string]struct{ text, msg string }{
		// inline and closed by nothing that names it: rs274 skips to the end of the file
		"progs/skipped.ngc": {"G21 G90 G54\no<lift> sub\nG0 Z10\no<raise> endsub\no<lift> call\nM2\n", "labels differ"},
		// without its endsub, a call runs on to the M2 and ends the caller's program there
		"subs/m25.ngc": {"o<m25> sub\nM64 P0\nM66 P1 L3 Q5\no130 if [#5399 LT 0]\n  (abort, carousel not out)\no130 endif\nM2\n", "ends the program there instead of returning"},
		// the endsub names another subroutine the file defines
		"subs/pair.ngc": {"o<pair> sub\nG0 Z1\no<other> endsub\no<other> sub\nG0 Z2\no<other> endsub\nM2\n", "labels differ"},
	} {
		got := ruleMessages(t, write(name, want.text), "gcode/unbalanced-control-flow")
		if len(got) == 0 || !strings.Contains(strings.Join(got, "\n"), want.msg) {
			t.Errorf("%s: %v, want %q", name, got, want.msg)
		}
	}
}
