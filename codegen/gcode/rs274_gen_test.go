package gcode

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// progGen writes random LinuxCNC programs without unknowns: every line carries N<line> so
// rs274's canonical calls can be traced back to it. It tracks the position itself only to
// keep arcs valid and polar moves away from the origin; the oracle decides where moves end.
type progGen struct {
	r     *rand.Rand
	lines []string
	inch  bool
	inc   bool // G91
	plane int  // 17, 18, 19
	pos   [3]float64
	param int // named parameters written
}

func (g *progGen) num(v float64) string { return strconv.FormatFloat(v, 'f', 3, 64) }

func (g *progGen) emit(s string) { g.lines = append(g.lines, fmt.Sprintf("N%d %s", len(g.lines)+1, s)) }

func (g *progGen) span() float64 {
	if g.inch {
		return 2
	}
	return 50
}

func (g *progGen) rnd() float64 { return math.Round((g.r.Float64()*2-1)*g.span()*1000) / 1000 }

// axis emits a coordinate word for axis j moving to v, absolute or incremental.
func (g *progGen) axis(j int, v float64) string {
	w := v
	if g.inc {
		w = v - g.pos[j]
	}
	w = math.Round(w*1000) / 1000
	if g.inc {
		v = g.pos[j] + w
	}
	g.pos[j] = v
	return string("XYZ"[j]) + g.num(w)
}

// segment writes a fresh start (every modal group set, a known position) and random blocks.
func (g *progGen) segment(n int) {
	g.inch = g.r.Intn(5) == 0
	units := "G21"
	if g.inch {
		units = "G20"
	}
	g.inc, g.plane = false, 17
	g.emit(fmt.Sprintf("%s G90 G17 G40 G49 G80 G54 G94 G64 G91.1 F%d S%d M5 M9", units, 50+g.r.Intn(500), 500+g.r.Intn(5000)))
	g.emit("G0 " + g.axis(0, g.rnd()) + " " + g.axis(1, g.rnd()) + " " + g.axis(2, math.Abs(g.rnd())))
	for i := 0; i < n; i++ {
		g.block()
	}
}

func (g *progGen) block() {
	r := g.r
	switch k := r.Intn(20); {
	case k < 5: // straight moves
		code := []string{"G0", "G1"}[r.Intn(2)]
		var words []string
		for j := 0; j < 3; j++ {
			if r.Intn(2) == 0 {
				words = append(words, g.axis(j, g.rnd()))
			}
		}
		if len(words) == 0 {
			words = append(words, g.axis(0, g.rnd()))
		}
		g.emit(code + " " + strings.Join(words, " "))
	case k < 8: // arcs in the current plane
		g.arc()
	case k < 9:
		g.plane = []int{17, 18, 19}[r.Intn(3)]
		g.emit(fmt.Sprintf("G%d", g.plane))
	case k < 10:
		g.inc = !g.inc
		if g.inc {
			g.emit("G91")
		} else {
			g.emit("G90")
		}
	case k < 11:
		g.emit(fmt.Sprintf("F%d", 10+r.Intn(2000)))
	case k < 12:
		g.emit([]string{fmt.Sprintf("S%d M3", 100+r.Intn(9000)), fmt.Sprintf("M4 S%d", 100+r.Intn(9000)), "M5", "M8", "M7", "M9"}[r.Intn(6)])
	case k < 14: // polar moves (G17 only)
		if g.plane != 17 || math.Hypot(g.pos[0], g.pos[1]) < 1 {
			return
		}
		var w string
		if g.inc {
			w = fmt.Sprintf("^%d", r.Intn(90)-45)
			if r.Intn(2) == 0 {
				w = "@" + g.num(g.r.Float64()*g.span()/10)
			}
		} else {
			w = fmt.Sprintf("@%s ^%d", g.num(g.r.Float64()*g.span()+0.5), r.Intn(360))
		}
		g.emit("G1 " + w)
		g.resync()
	case k < 16: // parameters and expressions
		g.param++
		v := g.rnd()
		g.emit(fmt.Sprintf("#<p%d> = %s", g.param, g.num(v)))
		x := v + 1
		if g.inc {
			x = g.pos[0] + v + 1
		}
		g.pos[0] = x
		g.emit(fmt.Sprintf("G1 X[#<p%d> + 1] Y[%s * 2]", g.param, g.num(g.pos[1]/2)))
		if g.inc {
			g.pos[1] += g.pos[1]
		} else {
			g.pos[1] = math.Round(g.pos[1]/2*1000) / 1000 * 2
		}
		g.resync()
	case k < 18: // drilling cycles in G17
		if g.plane != 17 {
			return
		}
		code := []string{"G81", "G82 P0.1", "G83 Q1", "G73 Q0.5", "G85", "G89 P0.2"}[r.Intn(6)]
		ret := []string{"G98", "G99"}[r.Intn(2)]
		if g.inc {
			g.emit(fmt.Sprintf("%s %s X%s Y%s R%s Z%s L%d", ret, code, g.num(g.rnd()/5), g.num(g.rnd()/5), g.num(math.Abs(g.rnd())/10), g.num(-math.Abs(g.rnd())/5-0.1), 1+r.Intn(4)))
		} else {
			z := -math.Abs(g.rnd()) / 5
			g.emit(fmt.Sprintf("%s %s X%s Y%s R%s Z%s", ret, code, g.num(g.rnd()), g.num(g.rnd()), g.num(z+1+math.Abs(g.rnd())/10), g.num(z)))
		}
		g.emit("G80")
		g.resync()
	case k < 19:
		g.emit("G4 P0.1")
	default:
		g.emit(fmt.Sprintf("G0 %s", g.axis(2, math.Abs(g.rnd()))))
	}
}

// resync moves to a known absolute point after a block whose end the generator does not
// compute (polar moves, cycles, expressions).
func (g *progGen) resync() {
	inc := g.inc
	g.inc = false
	w := "G90 G0 " + g.axis(0, g.rnd()) + " " + g.axis(1, g.rnd()) + " " + g.axis(2, math.Abs(g.rnd()))
	g.inc = inc
	g.emit(w)
	if inc {
		g.emit("G91")
	}
}

// arc writes a centre-format or radius-format arc that ends on its circle.
func (g *progGen) arc() {
	r := g.r
	a, b, n := 0, 1, 2
	oa, ob := "I", "J"
	switch g.plane {
	case 18:
		a, b, n, oa, ob = 2, 0, 1, "K", "I"
	case 19:
		a, b, n, oa, ob = 1, 2, 0, "J", "K"
	}
	code := []string{"G2", "G3"}[r.Intn(2)]
	ca, cb := g.rnd()/4, g.rnd()/4
	rad := math.Hypot(ca, cb)
	if rad < g.span()/100 {
		return
	}
	th := math.Atan2(-cb, -ca) + (r.Float64()*2-1)*math.Pi
	ea := g.pos[a] + ca + rad*math.Cos(th)
	eb := g.pos[b] + cb + rad*math.Sin(th)
	words := []string{g.axis(a, ea), g.axis(b, eb)}
	if r.Intn(3) == 0 {
		words = append(words, g.axis(n, g.pos[n]+g.rnd()/10)) // helix
	}
	if r.Intn(3) == 0 {
		// Radius format: the rounded end keeps the chord shorter than the diameter.
		if d := math.Hypot(g.pos[a]-(g.pos[a]), 0); d >= 0 {
			words = append(words, "R"+g.num(rad+0.01*g.span()))
		}
	} else {
		words = append(words, oa+g.num(ca), ob+g.num(cb))
	}
	g.emit(code + " " + strings.Join(words, " "))
}

// genBatch writes segments programs into one file, each starting from a fresh state.
func genBatch(seed int64, segments int) string {
	g := &progGen{r: rand.New(rand.NewSource(seed))}
	for i := 0; i < segments; i++ {
		g.segment(10 + g.r.Intn(20))
	}
	g.emit("M2")
	return strings.Join(g.lines, "\n") + "\n"
}

// TestOracleGeneratedPrograms: on thousands of seeded random programs without unknowns,
// rs274 runs without error, Gantry reports no error, and after every line Gantry's
// position, feed, spindle speed and direction equal what rs274's canonical calls say.
func TestOracleGeneratedPrograms(t *testing.T) {
	bin := rs274(t)
	pk := New()
	tmp := t.TempDir()
	tools := toolTable(t, tmp, fixtureConfigDefault())
	batches, perBatch := 60, 50
	if testing.Short() {
		batches = 4
	}
	bad := 0
	for bi := 0; bi < batches && bad < 20; bi++ {
		text := genBatch(int64(bi+1), perBatch)
		path := writeTemp(t, tmp, fmt.Sprintf("gen%d.ngc", bi), []byte(text))
		rs := runRS274(t, bin, path, tools)
		lines := strings.Split(text, "\n")
		gerrs := gantryErrors(t, pk, path, []byte(text), fixtureConfigDefault())
		// A block rs274 rejects is fine when Gantry reports the claimed error on it; the
		// states part ways there (rs274 skips the block), so comparison stops at it.
		stop := len(lines) + 1
		rejected := map[int]bool{}
		for _, e := range rs.Errors {
			n := -1
			if f := strings.Fields(e.Line); len(f) > 0 && strings.HasPrefix(f[0], "N") {
				n, _ = strconv.Atoi(f[0][1:])
			}
			rejected[n-1] = true
			stop = min(stop, n)
			rule := claimOf(e.Msg)
			ok := false
			for _, m := range gerrs[n-1] {
				ok = ok || rule != "" && strings.HasPrefix(m, rule+":")
			}
			if !ok {
				bad++
				t.Errorf("seed %d: rs274 rejects a generated line (%s), Gantry reports %v: %s", bi+1, e.Msg, gerrs[n-1], e.Line)
			}
		}
		for l, msgs := range gerrs {
			if !rejected[l] {
				bad++
				t.Errorf("seed %d line %d: Gantry reports %v, rs274 accepts: %s", bi+1, l+1, msgs, lineAt(lines, l))
			}
		}
		after := gantryTrace([]byte(text))
		for n := 1; n < stop && n <= len(lines); n++ {
			want, ok := rs.After[n]
			if !ok {
				continue
			}
			got, ok := after[n-1]
			if !ok {
				continue
			}
			if msg := compareState(&got, &want); msg != "" {
				bad++
				t.Errorf("seed %d line %d (%s): %s", bi+1, n, lineAt(lines, n-1), msg)
				if bad >= 20 {
					break
				}
			}
		}
	}
	if os.Getenv("ORACLE_KEEP") != "" {
		_ = os.MkdirAll(os.Getenv("ORACLE_KEEP"), 0o755)
		m, _ := filepath.Glob(filepath.Join(tmp, "*.ngc"))
		for _, p := range m {
			b, _ := os.ReadFile(p)
			_ = os.WriteFile(filepath.Join(os.Getenv("ORACLE_KEEP"), filepath.Base(p)), b, 0o644)
		}
	}
	t.Logf("%d generated programs in %d batches", batches*perBatch, batches)
}

// compareState compares Gantry's state after a line with rs274's (program units).
func compareState(got *State, want *canonState) string {
	scale := 1.0
	if want.Inch {
		scale = 25.4
	}
	if want.Moved {
		for j := 0; j < 3; j++ {
			g := got.Pos[j] / scale
			if math.IsNaN(got.Pos[j]) || math.Abs(g-want.Pos[j]) > 2e-4 {
				return fmt.Sprintf("%c = %.4f, rs274 %.4f (Gantry %v, rs274 %v)", "XYZ"[j], g, want.Pos[j], oraclePos(got.Pos, scale), want.Pos[:3])
			}
		}
	}
	if math.Abs(got.Feed-want.Feed) > 1e-6 {
		return fmt.Sprintf("feed %v, rs274 %v", got.Feed, want.Feed)
	}
	if math.Abs(got.Speed-want.Speed) > 1e-6 {
		return fmt.Sprintf("spindle speed %v, rs274 %v", got.Speed, want.Speed)
	}
	if got.Spindle != want.Spindle {
		return fmt.Sprintf("spindle M%d, rs274 M%d", got.Spindle, want.Spindle)
	}
	return ""
}

func oraclePos(p [naxes]float64, scale float64) string {
	return fmt.Sprintf("[%.4f %.4f %.4f]", p[0]/scale, p[1]/scale, p[2]/scale)
}

// compSegment writes a cutter-compensated contour: a rapid to a start point, G41.1 or
// G42.1 with a random diameter and a long entry move, random lines and arcs (short ones
// and sharp corners included, so some gouge), a final line that turns gently, and a
// straight exit with G40. Every point is absolute, so a block LinuxCNC refuses does not
// shift the ones after it.
func (g *progGen) compSegment() {
	r := g.r
	g.inc, g.plane = false, 17
	g.emit(fmt.Sprintf("G21 G90 G17 G40 G49 G80 G54 G94 G64 G91.1 F%d", 50+r.Intn(500)))
	start := [2]float64{g.rnd(), g.rnd()}
	g.emit("G0 " + g.axis(0, start[0]) + " " + g.axis(1, start[1]))
	d := math.Round((1+r.Float64()*12)*1000) / 1000
	side := []string{"G41.1", "G42.1"}[r.Intn(2)]
	ang := r.Float64() * 2 * math.Pi
	l := 15 + r.Float64()*25
	g.emit(fmt.Sprintf("%s D%s G1 %s %s", side, g.num(d), g.axis(0, start[0]+l*math.Cos(ang)), g.axis(1, start[1]+l*math.Sin(ang))))
	dir := ang // the path's direction at the current point
	for n := 2 + r.Intn(4); n > 0; n-- {
		if r.Intn(2) == 0 {
			turn := (r.Float64()*2 - 1) * math.Pi * 0.95
			ln := 0.5 + r.Float64()*25
			dir += turn
			g.emit(fmt.Sprintf("G1 %s %s", g.axis(0, g.pos[0]+ln*math.Cos(dir)), g.axis(1, g.pos[1]+ln*math.Sin(dir))))
			continue
		}
		// An arc: the centre at a random radius to one side, a random sweep.
		rad := 0.5 + r.Float64()*20
		ccw := r.Intn(2) == 0
		cdir := dir + (r.Float64()*2-1)*math.Pi
		ca, cb := math.Round(rad*math.Cos(cdir)*1000)/1000, math.Round(rad*math.Sin(cdir)*1000)/1000
		rad = math.Hypot(ca, cb)
		cx, cy := g.pos[0]+ca, g.pos[1]+cb
		th := math.Atan2(-cb, -ca)
		sweep := (0.2 + r.Float64()*2.5)
		code := "G3"
		if !ccw {
			sweep, code = -sweep, "G2"
		}
		ex, ey := cx+rad*math.Cos(th+sweep), cy+rad*math.Sin(th+sweep)
		g.emit(fmt.Sprintf("%s %s %s I%s J%s", code, g.axis(0, ex), g.axis(1, ey), g.num(ca), g.num(cb)))
		// The direction at the end is tangent to the circle (the rounded end is close).
		dir = math.Atan2(g.pos[1]-cy, g.pos[0]-cx) + math.Pi/2
		if !ccw {
			dir -= math.Pi
		}
	}
	dir += (r.Float64()*2 - 1) * math.Pi / 4
	g.emit(fmt.Sprintf("G1 %s %s", g.axis(0, g.pos[0]+40*math.Cos(dir)), g.axis(1, g.pos[1]+40*math.Sin(dir))))
	dir += (r.Float64()*2 - 1) * math.Pi / 4
	g.emit(fmt.Sprintf("G40 G1 %s %s", g.axis(0, g.pos[0]+30*math.Cos(dir)), g.axis(1, g.pos[1]+30*math.Sin(dir))))
}

// TestOracleGeneratedComp: on seeded random contours under cutter compensation, every
// line rs274 refuses gets the error of the rule that claims rs274's message (most are
// gcode/cutter-comp-gouge), and Gantry reports no error on a line rs274 accepts.
func TestOracleGeneratedComp(t *testing.T) {
	bin := rs274(t)
	pk := New()
	tmp := t.TempDir()
	tools := toolTable(t, tmp, fixtureConfigDefault())
	batches, perBatch := 20, 50
	if testing.Short() {
		batches = 3
	}
	bad, refused, gouges := 0, 0, 0
	byRule := map[string]int{}
	for bi := 0; bi < batches && bad < 20; bi++ {
		g := &progGen{r: rand.New(rand.NewSource(int64(1000 + bi)))}
		for i := 0; i < perBatch; i++ {
			g.compSegment()
		}
		g.emit("M2")
		text := strings.Join(g.lines, "\n") + "\n"
		path := writeTemp(t, tmp, fmt.Sprintf("comp%d.ngc", bi), []byte(text))
		rs := runRS274(t, bin, path, tools)
		lines := strings.Split(text, "\n")
		gerrs := gantryErrors(t, pk, path, []byte(text), fixtureConfigDefault())
		rejected := map[int]bool{}
		for _, e := range rs.Errors {
			n := -1
			if f := strings.Fields(e.Line); len(f) > 0 && strings.HasPrefix(f[0], "N") {
				n, _ = strconv.Atoi(f[0][1:])
			}
			rejected[n-1] = true
			refused++
			rule := claimOf(e.Msg)
			byRule[rule]++
			if rule == "gcode/cutter-comp-gouge" {
				gouges++
			}
			if rule == "" || !hasRule(gerrs[n-1], rule) {
				bad++
				t.Errorf("seed %d: rs274 refuses %q (%s), Gantry reports %v", 1000+bi, e.Line, e.Msg, gerrs[n-1])
			}
		}
		for l, msgs := range gerrs {
			if !rejected[l] {
				bad++
				t.Errorf("seed %d line %d: Gantry reports %v, rs274 accepts: %s", 1000+bi, l+1, msgs, lineAt(lines, l))
			}
		}
	}
	if gouges == 0 {
		t.Error("no generated contour gouges: the generator does not exercise the rule")
	}
	t.Logf("%d compensated contours in %d batches: rs274 refuses %d lines (%d gouges; by claiming rule %v), %d disagreements", batches*perBatch, batches, refused, gouges, byRule, bad)
}
