package gcode

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
)

// A grblHAL macro (a spindle-probing P-macro here, written for this test) is called with
// G65 or for M6 and returns at the end of its file: it sets neither units nor work offset
// and has no M2/M30, which its caller's program holds. The same text saved as a program
// (.nc) is asked for all three.
const grblHALMacro = `(probe the tool length, called with G65 P301)
o100 if [#<_tool_probed> EQ 1]
  o100 return
o100 endif
#<_probe_feed> = 150
G53 G0 Z-5
G38.2 Z-60 F#<_probe_feed>
G91 G0 Z2
G90
#<_tool_probed> = 1
`

func TestGrblHALMacroFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	reg := codegen.NewRegistry(New())
	if reg.ForPath(write("P301.macro", grblHALMacro)) == nil {
		t.Error("a .macro file of G-code is not read as G-code")
	}
	if reg.ForPath(write("editor.macro", "select all\nreplace tabs with spaces\nsave\n")) != nil {
		t.Error("a .macro file of another tool is read as G-code")
	}

	rulesOf := func(path string) map[string]bool {
		_, res := New().Diagnose(context.Background(), path, []byte(grblHALMacro), nil)
		got := map[string]bool{}
		for _, f := range res.Findings {
			got[f.Rule] = true
		}
		return got
	}
	callerState := []string{"gcode/program-end-missing", "gcode/units-not-set", "gcode/wcs-not-set"}
	macro, program := rulesOf(filepath.Join(dir, "P301.macro")), rulesOf(filepath.Join(dir, "probe.nc"))
	for _, id := range callerState {
		if macro[id] {
			t.Errorf("the macro gets %s: its caller sets that", id)
		}
		if !program[id] {
			t.Errorf("the same text as a program does not get %s", id)
		}
	}
}
