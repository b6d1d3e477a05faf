package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const plotSample = "../../testdata/gcode/plot/bracket.ngc"

// The README's picture is what `gantry plot` draws of the sample program today: this test
// regenerates it and fails when the committed file differs (GANTRY_UPDATE=1 rewrites it).
func TestPlotDrawsTheREADMEPicture(t *testing.T) {
	out := filepath.Join(t.TempDir(), "bracket.svg")
	stdout, stderr, code := gantry(t, "plot", plotSample, "-o", out)
	if code != 0 || stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %s", code, stdout, stderr)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	committed := "../../testdata/gcode/plot/bracket.svg"
	if os.Getenv("GANTRY_UPDATE") == "1" {
		if err := os.WriteFile(committed, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Fatalf("gantry plot no longer draws %s as committed: run GANTRY_UPDATE=1 go test -run TestPlotDrawsTheREADMEPicture ./cmd/gantry and look at the picture", committed)
	}
	for _, want := range []string{`class="finding"`, "gcode/rapid-below-safe-z (line 24)", `class="rapid"`, `class="arc"`, `class="travel"`} {
		if !strings.Contains(string(got), want) {
			t.Errorf("the picture lacks %s", want)
		}
	}
}

func TestPlotViewsAndErrors(t *testing.T) {
	stdout, stderr, code := gantry(t, "plot", "--view", "iso", plotSample)
	if code != 0 || !strings.HasPrefix(stdout, "<svg") || !strings.Contains(stdout, `data-view="iso"`) {
		t.Fatalf("iso to stdout: exit %d, %.80q, %s", code, stdout, stderr)
	}
	_, stderr, code = gantry(t, "plot", plotSample, "--view", "top")
	if code != 2 || !strings.Contains(stderr, `unknown view "top" (want xy, xz, yz or iso)`) {
		t.Errorf("bad view: exit %d, %s", code, stderr)
	}
	_, stderr, code = gantry(t, "plot", "../../testdata/st/corpus/conveyor_control.st")
	if code != 2 || !strings.Contains(stderr, "not a G-code file") {
		t.Errorf("ST file: exit %d, %s", code, stderr)
	}
	_, stderr, code = gantry(t, "plot", filepath.Join(t.TempDir(), "missing.ngc"))
	if code != 2 || !strings.Contains(stderr, "missing.ngc") {
		t.Errorf("missing file: exit %d, %s", code, stderr)
	}
	_, stderr, code = gantry(t, "plot")
	if code != 2 || !strings.Contains(stderr, "Usage: gantry plot") {
		t.Errorf("no file: exit %d, %s", code, stderr)
	}
}
