package gcode

import (
	"context"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

const ctxProgram = `G21 G90 G17 G40 G49 G54
G0 Z25
T1 M6
G0 G43 H1 Z25
S8000 M3
G0 X10 Y10
G0 Z5
G1 Z-1 F200 (first pass)
G1 X40 F600

G0 Z25
M5
M30
`

func parse(t testing.TB, text string) *syntax.File {
	t.Helper()
	f, err := syntax.Parse(context.Background(), language, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// at returns the offset of the n-th (0-based) occurrence of marker, plus delta.
func at(text, marker string, delta int) int {
	return strings.Index(text, marker) + delta
}

func ctxAt(t *testing.T, pk *Pack, text string, off int, cfg *config.Config) codegen.Context {
	t.Helper()
	return pk.Context(context.Background(), codegen.ContextRequest{Path: "/tmp/ctx.ngc", File: parse(t, text), Offset: off, Config: cfg})
}

func TestContextSkipAndMultiline(t *testing.T) {
	pk := New()
	cfg := machineConfig(t)
	cases := []struct {
		name      string
		off       int
		skip      bool
		multiline bool
	}{
		{"inside a comment", at(ctxProgram, "first pass", 3), true, false},
		{"mid-word", at(ctxProgram, "X40", 2), true, false},
		{"after a word", at(ctxProgram, "F600", 4), false, false},
		{"empty line", at(ctxProgram, "\n\nG0 Z25", 1), false, true},
		{"line start", at(ctxProgram, "G0 X10", 0), false, true},
	}
	for _, c := range cases {
		got := ctxAt(t, pk, ctxProgram, c.off, cfg)
		if (got.Skip != "") != c.skip || got.Multiline != c.multiline {
			t.Errorf("%s: skip %q multiline %v, want skip %v multiline %v", c.name, got.Skip, got.Multiline, c.skip, c.multiline)
		}
	}
}

func TestContextStateAndUnit(t *testing.T) {
	pk := New()
	cfg := machineConfig(t)
	off := at(ctxProgram, "\n\nG0 Z25", 1)
	c := ctxAt(t, pk, ctxProgram, off, cfg)
	all := ""
	for _, b := range c.Blocks {
		all += b.Source + ": " + b.Text + "\n"
	}
	for _, want := range []string{"motion G1", "units G21 (mm)", "G54", "F600 mm/min", "clockwise (M3) at S8000",
		"T1 (diameter 10 mm, length 50 mm, max 10000 rpm), G43 H1", "X40 Y10 Z-1", "machine: X140 Y110 Z-51",
		"controller linuxcnc", "safe Z 5 mm, stock top 0 mm", "travel (machine, mm): X [0, 500]"} {
		if !strings.Contains(all, want) {
			t.Errorf("context lacks %q:\n%s", want, all)
		}
	}
	if c.Unit[0] > off || c.Unit[1] < off || c.Unit[1] > len(ctxProgram) {
		t.Errorf("unit %v does not hold the cursor %d", c.Unit, off)
	}
	if len(c.Stop) == 0 || !contains(c.Stop, "\nM30") || !contains(c.Stop, "\n%") {
		t.Errorf("stop sequences %q", c.Stop)
	}
	// A big file: the unit starts at the checkpoint before the cursor and ends 200 lines on.
	big := string(genCAM(20000))
	boff := at(big, "(POCKET", 0)
	bc := ctxAt(t, pk, big, boff, cfg)
	lines := strings.Count(big[bc.Unit[0]:bc.Unit[1]], "\n")
	if bc.Unit[0] > boff || lines > ChunkLines+unitWindow+2 {
		t.Errorf("big-file unit %v spans %d lines", bc.Unit, lines)
	}
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// TestHintsPassTheGate: every deterministic offer, at the top of an empty file and in the
// middle of a program, passes the syntax and safety gate — with and without a profile.
func TestHintsPassTheGate(t *testing.T) {
	programs := map[string]string{
		"empty file":  "\n",
		"top":         "(part 42)\n\n",
		"mid program": ctxProgram,
		"inch":        "G20 G90 G17 G40 G49 G54\nG0 Z1\nT1 M6\nG0 G43 H1 Z1\nS8000 M3\nG0 X0.5 Y0.5\nG0 Z0.2\nG1 Z-0.04 F8\nG1 X1.5 F24\n\nG0 Z1\nM5\nM30\n",
	}
	for _, withProfile := range []bool{true, false} {
		cfg := config.Default()
		if withProfile {
			cfg = machineConfig(t)
		}
		for name, text := range programs {
			pk := New()
			off := strings.Index(text, "\n\n") + 1
			if name == "empty file" {
				off = 0
			}
			f := parse(t, text)
			c := pk.Context(context.Background(), codegen.ContextRequest{Path: "/tmp/h.ngc", File: f, Offset: off, Config: cfg})
			if len(c.Hints) == 0 {
				t.Errorf("%s (profile %v): no hints", name, withProfile)
				continue
			}
			gate := codegen.NewGate(context.Background(), pk, codegen.CheckRequest{Path: "/tmp/h.ngc", File: f, Config: cfg}, off, c.Unit)
			for _, h := range c.Hints {
				if v := gate.Vet(context.Background(), h); v.Reason != "" || v.Text != h {
					t.Errorf("%s (profile %v): hint dropped (%s):\n%s", name, withProfile, v.Reason, h)
				}
			}
		}
	}
}

// TestGateDropsUnsafeSuggestions: a rapid into the stock and a cut with the spindle
// stopped are dropped with their rule; a harmless feed move passes.
func TestGateDropsUnsafeSuggestions(t *testing.T) {
	cfg := machineConfig(t)
	pk := New()
	text := ctxProgram
	off := at(text, "\n\nG0 Z25", 1)
	f := parse(t, text)
	c := pk.Context(context.Background(), codegen.ContextRequest{Path: "/tmp/g.ngc", File: f, Offset: off, Config: cfg})
	gate := codegen.NewGate(context.Background(), pk, codegen.CheckRequest{Path: "/tmp/g.ngc", File: f, Config: cfg}, off, c.Unit)
	cases := []struct {
		text, reason string
	}{
		{"G0 X60 Y10", "rule:gcode/rapid-below-safe-z"},
		{"G0 Z5\nG0 Z-3", "rule:gcode/rapid-below-safe-z"},
		{"M5\nG1 X50 Y20 F300", "rule:gcode/cut-with-spindle-stopped"},
		{"G1 X600 F300", "rule:gcode/soft-limit"},
		{"G1 X50 Y20 F300", ""},
		{"G1 Z-2 F150\nG1 X10", ""},
	}
	for _, tc := range cases {
		v := gate.Vet(context.Background(), tc.text)
		if v.Reason != tc.reason {
			t.Errorf("%q: verdict %v, want reason %q", tc.text, v, tc.reason)
		}
	}
}

// TestGateSpindleStopWithoutProfile: without a machine profile, in a program that sets a
// spindle speed, a suggestion that stops the spindle before a cut is dropped (Z0 taken as
// the stock top), while more cuts where the file already cuts with the spindle stopped
// are not: the file's finding is reported once per stop, so they add none.
func TestGateSpindleStopWithoutProfile(t *testing.T) {
	pk := New()
	for _, tc := range []struct {
		text, cand, reason string
	}{
		{"G21 G90 G54\nS9000 M3\nG0 X0 Y0 Z5\nG1 Z-1 F300\n", "M5\nG1 X15", "rule:gcode/cut-with-spindle-stopped"},
		{"G21 G90 G54\nS9000 M3\nG0 X0 Y0 Z5\nG1 Z-1 F300\n", "G1 X15", ""},
		{"G21 G90 G54\nS9000\nG0 X0 Y0 Z5\nG1 Z-1 F300\nG1 X10\n", "G1 X15", ""},
		{"G21 G90 G54\nG0 X0 Y0 Z5\nG1 Z-1 F300\n", "M5\nG1 X15", ""}, // a spindle switched on by hand
	} {
		text := tc.text + "\nG1 X20\nG0 Z5\nM30\n"
		off := len(tc.text)
		f := parse(t, text)
		c := pk.Context(context.Background(), codegen.ContextRequest{Path: "/tmp/g.ngc", File: f, Offset: off, Config: config.Default()})
		gate := codegen.NewGate(context.Background(), pk, codegen.CheckRequest{Path: "/tmp/g.ngc", File: f, Config: config.Default()}, off, c.Unit)
		if v := gate.Vet(context.Background(), tc.cand); v.Reason != tc.reason {
			t.Errorf("%q in\n%s: verdict %v, want reason %q", tc.cand, tc.text, v, tc.reason)
		}
	}
}

// After the program end (M2, M30) the embedded backend offers nothing, not even a program
// header: also in a program that never moved.
func TestNoOffersAfterProgramEnd(t *testing.T) {
	pk := New()
	for _, text := range []string{"G21 G90 G54\nM2\n", "%\nG20 G90\nM30\n", ctxProgram} {
		c := pk.Context(context.Background(), codegen.ContextRequest{Path: "/tmp/end.ngc", File: parse(t, text), Offset: len(text), Config: config.Default()})
		if len(c.Hints) != 0 {
			t.Errorf("offers after the end of\n%s: %q", text, c.Hints)
		}
	}
}
