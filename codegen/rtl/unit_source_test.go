package rtl

import (
	"context"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/source"
)

// A file whose check releases its tree is a file read from disk: its units read its
// text, held anyway, instead of a second copy of every unit. Any other file's units have
// their own text, so a unit the cache keeps never keeps an edited document's version.
func TestUnitsReadTheTextOfAFileTheCheckReleases(t *testing.T) {
	src := "// Zähler 计数器\nmodule counter (input logic clk, output logic [7:0] n);\n  always_ff @(posedge clk) n <= n + 1;\nendmodule\n"
	for _, release := range []bool{false, true} {
		f := parse(t, src)
		fm := newCache().model(f, release)
		if len(fm.Units) != 1 || fm.Units[0].Unit == nil {
			t.Fatalf("release %v: units %v", release, fm.Units)
		}
		u := fm.Units[0]
		if u.Text != src[u.Base:len(src)-1] || u.Root.Source() != u.Text {
			t.Errorf("release %v: the unit reads %q", release, u.Text)
		}
		if got := source.InView(u.Text, f.Bytes()); got != release {
			t.Errorf("release %v: the unit reads the file's own text: %v, want %v", release, got, release)
		}
	}
}

// A check that owns its file (gantry check) builds the model that frees the tree before
// the units are analysed, whose units read the file's text: the model a check asks for
// first is the one its file keeps, so asking for the other one first kept the tree of a
// 1 MB module (54 MB in C) beside its analysis.
func TestACheckThatOwnsItsFileBuildsTheReleasingModel(t *testing.T) {
	src := "// Zähler 计数器\nmodule counter (input logic clk, output logic [7:0] n);\n  always_ff @(posedge clk) n <= n + 1;\nendmodule\n"
	for _, release := range []bool{false, true} {
		p := New()
		f := parse(t, src)
		p.Check(context.Background(), codegen.CheckRequest{Path: "counter.sv", File: f, Config: config.Default(), ReleaseTree: release})
		fm := p.cache.fileModel(f) // the model the check built, from f's memo
		if len(fm.Units) != 1 || fm.Units[0].Unit == nil {
			t.Fatalf("release %v: units %v", release, fm.Units)
		}
		if got := source.InView(fm.Units[0].Text, f.Bytes()); got != release {
			t.Errorf("release %v: the check's model reads the file's own text: %v, want %v", release, got, release)
		}
	}
}
