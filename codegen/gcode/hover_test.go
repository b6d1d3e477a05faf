package gcode

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

func TestHover(t *testing.T) {
	pk := New()
	cfg := machineConfig(t)
	f := parse(t, ctxProgram)
	cases := []struct {
		marker string
		delta  int
		want   []string
	}{
		{"G43", 1, []string{"**G43**", "tool length offset", "tool length offset (group 8)", "Supported by linuxcnc", "Modal state before this line", "tool T1"}},
		{"X40", 1, []string{"**X40** — X axis", "position (work, mm): X10 Y10 Z-1"}},
		{"M3", 1, []string{"**M3** — spindle on clockwise", "spindle (M group 7)"}},
		{"F200", 0, []string{"**F200** — feed rate"}},
	}
	for _, c := range cases {
		h := pk.HoverPath("/tmp/hover.ngc", f, at(ctxProgram, c.marker, c.delta), cfg)
		for _, w := range c.want {
			if !strings.Contains(h, w) {
				t.Errorf("hover on %s lacks %q:\n%s", c.marker, w, h)
			}
		}
	}
	if h := pk.HoverPath("/tmp/hover.ngc", f, at(ctxProgram, "first pass", 2), cfg); h != "" {
		t.Errorf("hover in a comment: %q", h)
	}
	// The package-level form, without a path, for another controller.
	grbl := config.Default()
	SettingsOf(grbl).Dialect = "grbl"
	g := parse(t, "G21 G90\nG81 X1 Y1 Z-1 R1 F100\n")
	if h := Hover(g, 9, grbl); !strings.Contains(h, "drilling cycle") || !strings.Contains(h, "Not supported by grbl") {
		t.Errorf("grbl hover: %q", h)
	}
	marlin := parse(t, "M104 S200\nG28\n")
	mc := config.Default()
	SettingsOf(mc).Dialect = "marlin"
	if h := Hover(marlin, 1, mc); !strings.Contains(h, "hotend temperature") {
		t.Errorf("marlin hover: %q", h)
	}
	sub := parse(t, "o<probe> sub\no<probe> endsub\no<probe> call [1]\n")
	if h := Hover(sub, at("o<probe> sub\no<probe> endsub\no<probe> call", "call", 0), nil); !strings.Contains(h, "defined on line 1") {
		t.Errorf("call hover: %q", h)
	}
}

func TestSymbols(t *testing.T) {
	text := `%
(FACE1)
G21 G90 G54
T1 M6
G0 X0 Y0
o<helper> sub
  G0 X#1
o<helper> endsub
(POCKET: roughing 10 mm)
T2 M06
G1 X10 F100
(just a note)
M30
O1000 (SUBPROGRAM)
G0 X1
M99
%
`
	got := Symbols(parse(t, text))
	want := []struct{ kind, name, firstLine string }{
		{"operation", "FACE1", "(FACE1)"},
		{"tool-change", "tool change T1", "T1 M6"},
		{"subroutine", "o<helper> sub", "o<helper> sub"},
		{"operation", "POCKET: roughing 10 mm", "(POCKET: roughing 10 mm)"},
		{"tool-change", "tool change T2", "T2 M06"},
		{"program", "O1000 SUBPROGRAM", "O1000 (SUBPROGRAM)"},
	}
	if len(got) != len(want) {
		t.Fatalf("symbols %+v", got)
	}
	for i, w := range want {
		g := got[i]
		if g.Kind != w.kind || g.Name != w.name || !strings.HasPrefix(text[g.Start:], w.firstLine) || g.End <= g.Start {
			t.Errorf("symbol %d = %+v (%q), want %s %q", i, g, text[g.Start:g.End], w.kind, w.name)
		}
	}
	// The subroutine spans to its endsub; the first operation to the next one.
	if s := got[2]; !strings.HasSuffix(text[s.Start:s.End], "o<helper> endsub") {
		t.Errorf("subroutine range %q", text[s.Start:s.End])
	}
	if s := got[0]; !strings.Contains(text[s.Start:s.End], "endsub") || strings.Contains(text[s.Start:s.End], "POCKET") {
		t.Errorf("operation range %q", text[s.Start:s.End])
	}
}

// Hover inside a subroutine says what is known: the state at its calls (and what the body
// set), or that the caller decides when nothing in the file calls it — never a list of
// "unknown (?)" settings.
func TestHoverInsideSubroutine(t *testing.T) {
	pk := New()
	called := "G20 G90 G18 G54\nF30 S900 M3\nG0 X0 Y0 Z1\no<cut> call\nM2\no<cut> sub\n  G91\n  G1 X1\no<cut> endsub\n"
	h := pk.HoverPath("/tmp/sub.ngc", parse(t, called), at(called, "G1 X1", 1), config.Default())
	for _, want := range []string{"Inside subroutine o<cut>", "calls on line 4", "plane G18 (XZ)", "units G20 (inch)", "distance G91", "feed F30", "clockwise (M3) at S900"} {
		if !strings.Contains(strings.Replace(h, "call(s)", "calls", 1), want) {
			t.Errorf("hover in a called subroutine lacks %q:\n%s", want, h)
		}
	}
	alone := "o<cut> sub\n  G91\n  G1 X1\no<cut> endsub\nM2\n"
	h = pk.HoverPath("/tmp/sub.ngc", parse(t, alone), at(alone, "G1 X1", 1), config.Default())
	for _, want := range []string{"nothing in this file calls", "depends on the caller", "plane set by the caller", "distance G91"} {
		if !strings.Contains(h, want) {
			t.Errorf("hover in an uncalled subroutine lacks %q:\n%s", want, h)
		}
	}
	if strings.Contains(h, "unknown") || strings.Contains(h, "(?)") {
		t.Errorf("hover in a subroutine says unknown:\n%s", h)
	}
}

// The outline of an edited large document reads its text in pieces, never joined, and
// equals the outline of the same text in one piece, lone "\r" inside lines included.
func TestSymbolsOfTextKeptInBlocks(t *testing.T) {
	var sb strings.Builder
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(&sb, "(POCKET %d a\rb)\r\nT%d M6 (x\ry)\nG1 X%d F100\no<s%d> sub\nG0 X1\no<s%d> endsub\nO%d (PRG\r%d)\n", i, i%9+1, i, i, i, 1000+i, i)
	}
	f := syntax.TextOnly(language, []byte(sb.String()))
	for k, at := range []int{10, 50000, 120000, 200000} {
		r := source.Range{Start: f.Lines.Position(at), End: f.Lines.Position(at)}
		next, err := f.Apply(context.Background(), source.Change{Range: &r, Text: []string{"\n(FACE)\n", "T7 M6\n", "x", "\r"}[k]})
		if err != nil {
			t.Fatal(err)
		}
		f = next
	}
	got := Symbols(f)
	if f.Lines.Joined() {
		t.Fatal("the outline joined the text")
	}
	want := Symbols(syntax.TextOnly(language, append([]byte(nil), f.Bytes()...)))
	if len(got) < 12000 || !reflect.DeepEqual(got, want) {
		t.Fatalf("%d symbols from the pieces, %d from the text in one piece", len(got), len(want))
	}
}
