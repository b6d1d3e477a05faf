package st

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/workspace"
)

// In a Beremiz or OpenPLC Editor project (its beremiz.xml beside the source, or one folder
// above a build folder's generated code) a bit, a word and a double word of one number are
// three tables of the runtime: a pump coil at %QX0.0 and a level register at %QW0 do not
// share memory. Two words at one number still do, and without the project file the
// CODESYS reading (the word holds the bit's byte) stays.
func TestBeremizProjectKeepsEachSizeApart(t *testing.T) {
	src := "PROGRAM Dosing\nVAR\n" +
		"    valveOpen  AT %QX0.2 : BOOL;\n" +
		"    flowSet    AT %QW0   : UINT;\n" +
		"    dosingMass AT %MD1   : DINT;\n" +
		"    mixerSpeed AT %MW2   : INT;\n" +
		"    flowCopy   AT %QW0   : UINT;\n" +
		"END_VAR\n" +
		"valveOpen := flowSet > 10;\nflowCopy := flowSet;\nmixerSpeed := DINT_TO_INT(dosingMass);\n" +
		"END_PROGRAM\n"
	overlaps := func(files map[string]string, rel string) []string {
		root := writeBnRFiles(t, files)
		ws := workspace.New(codegen.NewRegistry(New()), root)
		var got []string
		for _, fd := range checkBnR(t, ws, filepath.Join(root, filepath.FromSlash(rel)), src) {
			if fd.Rule == "st/overlapping-at-address" {
				got = append(got, fd.Message)
			}
		}
		return got
	}
	for _, rel := range []string{"dosing/dosing.st", "dosing/build/generated_plc.st"} {
		got := overlaps(map[string]string{"dosing/beremiz.xml": "<BeremizRoot/>\n", rel: src}, rel)
		if len(got) != 1 || !strings.Contains(got[0], "flowCopy") {
			t.Errorf("%s in a Beremiz project: %q, want only flowCopy's second %%QW0", rel, got)
		}
	}
	got := overlaps(map[string]string{"dosing/dosing.st": src}, "dosing/dosing.st")
	if len(got) != 3 {
		t.Errorf("without beremiz.xml: %q, want flowSet over the bit, %%MW2 in %%MD1 and flowCopy", got)
	}
}

// A CODESYS V2.3 PLC configuration's hierarchical addresses (module.channel…) carry no byte
// offset: they are not compared; flat ones keep their reading.
func TestHierarchicalAddressesAreNotCompared(t *testing.T) {
	for a, ok := range map[string]bool{
		"%QW7.2.0": false, "%IX2.1.0.5": false, "%ID0.3.0": false, "%QB0.4.4": false,
		"%QX0.2": true, "%QW4": true, "%IX5": true, "%MD1": true,
	} {
		if _, got := addressSpan(a, false); got != ok {
			t.Errorf("addressSpan(%s) compared = %v, want %v", a, got, ok)
		}
	}
}

// factRecorder is a workspace that answers the disk questions a check asks and records
// their kinds.
type factRecorder struct{ asked []string }

func (r *factRecorder) Files(context.Context, string) []codegen.WorkspaceFile { return nil }

func (r *factRecorder) Fact(kind, arg string, answer codegen.FactFunc) any {
	r.asked = append(r.asked, kind)
	v, _ := answer(arg)
	return v
}

// Whether the file is in a Beremiz project is asked of the disk only when two places of
// different sizes overlap, and through the workspace (which answers once per pass): the
// gate checks the cursor's unit for every candidate, and each check stat'ed beremiz.xml
// twice, 38% of the rules' time on a small POU.
func TestBeremizProjectIsAskedOnlyForPlacesOfTwoSizes(t *testing.T) {
	for src, want := range map[string]int{
		"PROGRAM P\nVAR\n    bRun : BOOL;\nEND_VAR\nbRun := TRUE;\nEND_PROGRAM\n":                                               0,
		"PROGRAM P\nVAR\n    w1 AT %QW0 : UINT;\n    w2 AT %QW2 : UINT;\nEND_VAR\nw1 := w2;\nEND_PROGRAM\n":                     0,
		"PROGRAM P\nVAR\n    bValve AT %QX0.2 : BOOL;\n    wFlow AT %QW0 : UINT;\nEND_VAR\nbValve := wFlow > 1;\nEND_PROGRAM\n": 1,
	} {
		ws := &factRecorder{}
		New().Check(context.Background(), codegen.CheckRequest{Path: filepath.Join(t.TempDir(), "p.st"), File: parse(t, src), Config: config.Default(), Workspace: ws})
		if got := strings.Count(strings.Join(ws.asked, " "), "st/beremiz-project"); got != want {
			t.Errorf("%q: asked %d times (%v), want %d", src, got, ws.asked, want)
		}
	}
}
