package plot_test

import (
	"context"
	"encoding/xml"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/gcode"
	"github.com/gantry-dev/gantry/codegen/packs"
	"github.com/gantry-dev/gantry/codegen/plot"
)

type svgDoc struct {
	Scale   float64   `xml:"data-scale,attr"`
	OriginX float64   `xml:"data-origin-x,attr"`
	OriginY float64   `xml:"data-origin-y,attr"`
	Paths   []svgPath `xml:"path"`
}

type svgPath struct {
	Class string `xml:"class,attr"`
	D     string `xml:"d,attr"`
	Move  string `xml:"data-move,attr"`
	Line  int    `xml:"data-line,attr"`
	Rules string `xml:"data-rules,attr"`
}

const bracket = "../../testdata/gcode/plot/bracket.ngc"

func load(t *testing.T, path string) (codegen.Pack, codegen.CheckRequest) {
	t.Helper()
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := config.ForFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p := packs.Registry().ForPath(path)
	f, err := codegen.Parse(context.Background(), p, path, text)
	if err != nil {
		t.Fatal(err)
	}
	return p, codegen.CheckRequest{Path: path, File: f, Config: cfg}
}

var command = regexp.MustCompile(`([MLA])([^MLA]*)`)

// segments reads path data as its commands with their numbers.
func segments(t *testing.T, d string) [][]float64 {
	var out [][]float64
	for _, m := range command.FindAllStringSubmatch(d, -1) {
		seg := []float64{float64(m[1][0])}
		for _, f := range strings.Fields(m[2]) {
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				t.Fatalf("path %q: %v", d, err)
			}
			seg = append(seg, v)
		}
		out = append(out, seg)
	}
	return out
}

// arcCentre recovers an SVG arc's centre from its end points and flags (SVG 1.1, F.6.5).
func arcCentre(x1, y1, r, large, sweep, x2, y2 float64) (float64, float64) {
	dx, dy := (x1-x2)/2, (y1-y2)/2
	d2 := dx*dx + dy*dy
	f := math.Sqrt(math.Max(r*r-d2, 0) / d2)
	if large == sweep {
		f = -f
	}
	cx, cy := f*dy, -f*dx
	return cx + (x1+x2)/2, cy + (y1+y2)/2
}

// The picture's geometry is the interpreter's: every drawn move starts and ends where the
// interpreter put it, every SVG arc has the interpreter's centre and radius, rapids are
// dashed and feeds solid, and the finding's move is drawn in red with its rule id.
func TestSVGGeometryMatchesTheInterpreter(t *testing.T) {
	p, req := load(t, bracket)
	tp := gcode.ComputeToolpath(req.Path, req.File.Bytes(), req.Config)
	for _, view := range []plot.View{plot.XY, plot.XZ, plot.YZ, plot.Iso} {
		svg, err := plot.Program(context.Background(), p, req, plot.Options{View: view})
		if err != nil {
			t.Fatal(err)
		}
		var doc svgDoc
		if err := xml.Unmarshal([]byte(svg), &doc); err != nil {
			t.Fatalf("%s: not well-formed SVG: %v", view, err)
		}
		page := func(pt [3]float64) (float64, float64) {
			u, w := plot.Project(view, pt)
			return doc.OriginX + u*doc.Scale, doc.OriginY - w*doc.Scale
		}
		near := func(a, b float64) bool { return math.Abs(a-b) < 0.011 } // coordinates have two decimals
		counts := map[string]int{}
		arcsChecked, red := 0, 0
		for _, ph := range doc.Paths {
			if ph.Move == "" {
				continue
			}
			i, _ := strconv.Atoi(ph.Move)
			m := tp.Moves[i]
			if ph.Class == "finding" {
				red++
				if ph.Line != 24 || !strings.Contains(ph.Rules, "gcode/rapid-below-safe-z") {
					t.Errorf("%s: red move on line %d (%s), want line 24 with gcode/rapid-below-safe-z", view, ph.Line, ph.Rules)
				}
				continue
			}
			counts[ph.Class]++
			if ph.Class != string(m.Kind) || ph.Line != m.Line+1 {
				t.Errorf("%s: path %d is %s on line %d, the interpreter's move is %s on line %d", view, i, ph.Class, ph.Line, m.Kind, m.Line+1)
			}
			segs := segments(t, ph.D)
			x0, y0 := page(m.From)
			x1, y1 := page(m.To)
			last := segs[len(segs)-1]
			if !near(segs[0][1], x0) || !near(segs[0][2], y0) || !near(last[len(last)-2], x1) || !near(last[len(last)-1], y1) {
				t.Errorf("%s: move %d (line %d) drawn from (%v,%v) to (%v,%v), interpreter (%.2f,%.2f) to (%.2f,%.2f)", view, i, m.Line+1,
					segs[0][1], segs[0][2], last[len(last)-2], last[len(last)-1], x0, y0, x1, y1)
			}
			if m.Arc == nil {
				continue
			}
			px, py := segs[0][1], segs[0][2]
			for _, s := range segs[1:] {
				if s[0] != 'A' {
					px, py = s[len(s)-2], s[len(s)-1]
					continue
				}
				var centre [3]float64
				centre = m.From
				centre[m.Arc.A], centre[m.Arc.B] = m.Arc.Center[0], m.Arc.Center[1]
				cx, cy := page(centre)
				gx, gy := arcCentre(px, py, s[1], s[4], s[5], s[6], s[7])
				if math.Abs(s[1]-m.Arc.Radius*doc.Scale) > 0.011 || math.Abs(gx-cx) > 0.05 || math.Abs(gy-cy) > 0.05 {
					t.Errorf("%s: arc of line %d: SVG radius %v centre (%.2f,%.2f), interpreter radius %.2f centre (%.2f,%.2f)",
						view, m.Line+1, s[1], gx, gy, m.Arc.Radius*doc.Scale, cx, cy)
				}
				arcsChecked++
				px, py = s[6], s[7]
			}
		}
		want := map[string]int{}
		for _, m := range tp.Moves {
			if m.Known() {
				want[string(m.Kind)]++
			}
		}
		for k, n := range want {
			if counts[k] != n {
				t.Errorf("%s: %d %s paths drawn, the interpreter has %d known %s moves", view, counts[k], k, n, k)
			}
		}
		if red == 0 {
			t.Errorf("%s: the finding's move is not drawn in red", view)
		}
		if view == plot.XY && arcsChecked < 5 {
			t.Errorf("xy: %d SVG arcs checked, want the program's 5 arcs as arcs", arcsChecked)
		}
		if view == plot.XZ && !strings.Contains(svg, `class="stock"`) || view == plot.XZ && !strings.Contains(svg, `class="safe"`) {
			t.Errorf("xz: stock top or safe Z line missing")
		}
		if !strings.Contains(svg, `class="travel"`) {
			t.Errorf("%s: machine travel missing", view)
		}
	}
}

// Every G-code program in the test data draws, in every view, as well-formed SVG.
func TestEveryTestProgramPlots(t *testing.T) {
	var files []string
	filepath.WalkDir("../../testdata/gcode", func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && packs.Registry().ForPath(path) != nil && packs.Registry().ForPath(path).ID() == "gcode" {
			files = append(files, path)
		}
		return nil
	})
	if len(files) < 10 {
		t.Fatalf("only %d G-code files found", len(files))
	}
	for _, f := range files {
		p, req := load(t, f)
		for _, v := range []plot.View{plot.XY, plot.Iso} {
			svg, err := plot.Program(context.Background(), p, req, plot.Options{View: v, Title: f})
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			var doc svgDoc
			if err := xml.Unmarshal([]byte(svg), &doc); err != nil {
				t.Errorf("%s (%s): not well-formed SVG: %v", f, v, err)
			}
			if strings.Contains(svg, "NaN") || strings.Contains(svg, "Inf") {
				t.Errorf("%s (%s): the SVG holds NaN or Inf", f, v)
			}
		}
	}
	t.Logf("%d programs drawn", len(files))
}

func TestOtherLanguagesAreRefused(t *testing.T) {
	p, req := load(t, "../../testdata/st/corpus/"+firstST(t))
	if _, err := plot.Program(context.Background(), p, req, plot.Options{}); err == nil || !strings.Contains(err.Error(), "G-code files only") {
		t.Fatalf("an ST file: %v", err)
	}
}

func firstST(t *testing.T) string {
	entries, err := os.ReadDir("../../testdata/st/corpus")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".st") {
			return e.Name()
		}
	}
	t.Fatal("no ST file")
	return ""
}
