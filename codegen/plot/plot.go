// Package plot draws a G-code toolpath as an SVG picture: what the interpreter computed,
// rapids dashed, feeds solid, arcs as arcs, the stock top and safe Z, the machine's travel,
// and each finding's moves in red with its rule id.
//
// The picture is in pixels: a view projects work coordinates (mm) to a plane, then one
// uniform scale and offset map that plane into the page with Y pointing up. The root
// element carries that transform (data-scale, data-origin-x/-y, data-view) so a reader can
// map the page back to the program.
package plot

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/gantry-dev/gantry/codegen/gcode"
)

// View is a projection: "xy" (top), "xz" (front), "yz" (side) or "iso".
type View string

// The views.
const (
	XY  View = "xy"
	XZ  View = "xz"
	YZ  View = "yz"
	Iso View = "iso"
)

// ParseView checks a view name.
func ParseView(s string) (View, error) {
	switch v := View(strings.ToLower(s)); v {
	case XY, XZ, YZ, Iso:
		return v, nil
	}
	return "", fmt.Errorf("unknown view %q (want xy, xz, yz or iso)", s)
}

// Mark is a finding drawn on the moves of its line.
type Mark struct {
	Line    int // 0-based
	Rule    string
	Message string
}

// Options tune the picture.
type Options struct {
	View  View
	Width int    // page width in pixels (default 900)
	Title string // shown at the top, e.g. the file name
	// Preview marks the lines [Preview[0], Preview[1]) (0-based) as a suggestion not yet
	// accepted: their moves are drawn over in green. Empty when Preview[1] <= Preview[0].
	Preview [2]int
}

// Project maps work coordinates to the view's plane, with its second axis pointing up.
func Project(v View, p [3]float64) (u, w float64) {
	switch v {
	case XZ:
		return p[0], p[2]
	case YZ:
		return p[1], p[2]
	case Iso:
		c, s := math.Cos(math.Pi/6), math.Sin(math.Pi/6)
		return (p[0] - p[1]) * c, (p[0]+p[1])*s + p[2]
	}
	return p[0], p[1]
}

// inPlane reports whether an arc lies in the view's plane, so that it projects to a circle
// arc with the same radius; ccwOnPage is its direction once drawn with Y up.
func inPlane(v View, g *gcode.ArcGeometry) (ok bool, ccw bool) {
	// The view's (u, w) axes as interpreter axis indices.
	var u, w int
	switch v {
	case XY:
		u, w = 0, 1
	case XZ:
		u, w = 0, 2
	case YZ:
		u, w = 1, 2
	default:
		return false, false
	}
	switch {
	case g.A == u && g.B == w:
		return true, !g.Clockwise
	case g.A == w && g.B == u: // axes swapped: the direction flips
		return true, g.Clockwise
	}
	return false, false
}

// Render draws tp with the marks of the findings.
func Render(tp *gcode.Toolpath, marks []Mark, opt Options) string {
	if opt.View == "" {
		opt.View = XY
	}
	if opt.Width <= 0 {
		opt.Width = 900
	}
	d := &drawing{view: opt.View, tp: tp, marked: map[int][]Mark{}, preview: opt.Preview}
	for _, m := range marks {
		d.marked[m.Line] = append(d.marked[m.Line], m)
	}
	d.layout(opt.Width)
	return d.svg(opt)
}

type drawing struct {
	view    View
	tp      *gcode.Toolpath
	marked  map[int][]Mark
	preview [2]int

	// page transform: x = ox + u*k, y = oy - w*k
	k, ox, oy     float64
	width, height float64
	umin, umax    float64
	wmin, wmax    float64
}

const (
	margin      = 40.0
	headerSpace = 66.0
)

// points lists the plane points the picture must hold.
func (d *drawing) points() [][2]float64 {
	var pts [][2]float64
	add := func(p [3]float64) {
		u, w := Project(d.view, p)
		if !math.IsNaN(u) && !math.IsNaN(w) {
			pts = append(pts, [2]float64{u, w})
		}
	}
	for _, m := range d.tp.Moves {
		if !m.Known() {
			continue
		}
		for _, p := range sampleMove(m) {
			add(p)
		}
	}
	if d.tp.HasTravel[0] && d.tp.HasTravel[1] && d.tp.HasTravel[2] {
		for _, c := range boxCorners(d.tp.Travel) {
			add(c)
		}
	}
	return pts
}

func (d *drawing) layout(width int) {
	pts := d.points()
	d.umin, d.umax, d.wmin, d.wmax = 0, 1, 0, 1
	for i, p := range pts {
		if i == 0 {
			d.umin, d.umax, d.wmin, d.wmax = p[0], p[0], p[1], p[1]
		}
		d.umin, d.umax = math.Min(d.umin, p[0]), math.Max(d.umax, p[0])
		d.wmin, d.wmax = math.Min(d.wmin, p[1]), math.Max(d.wmax, p[1])
	}
	// Stock top and safe Z are horizontal lines in side views: keep them in the picture.
	if d.view != XY {
		for _, z := range []float64{d.tp.StockTop, d.tp.SafeZ} {
			if !math.IsNaN(z) && d.view != Iso {
				d.wmin, d.wmax = math.Min(d.wmin, z), math.Max(d.wmax, z)
			}
		}
	}
	spanU := math.Max(d.umax-d.umin, 1e-6)
	spanW := math.Max(d.wmax-d.wmin, 1e-6)
	d.width = float64(width)
	d.k = (d.width - 2*margin) / spanU
	// Keep very tall pictures within two widths.
	if spanW*d.k > 2*d.width {
		d.k = 2 * d.width / spanW
	}
	d.height = spanW*d.k + 2*margin + headerSpace
	d.ox = margin - d.umin*d.k
	d.oy = headerSpace + margin + d.wmax*d.k
}

func (d *drawing) page(p [3]float64) (float64, float64) {
	u, w := Project(d.view, p)
	return d.ox + u*d.k, d.oy - w*d.k
}

// num formats a page coordinate: two decimals, no trailing zeros, stable across platforms.
func num(v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		return "0"
	}
	return s
}

func mm(v float64) string {
	s := strconv.FormatFloat(v, 'f', 3, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		return "0"
	}
	return s
}

func esc(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	return r.Replace(s)
}

func (d *drawing) svg(opt Options) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" data-view="%s" data-scale="%s" data-origin-x="%s" data-origin-y="%s">`+"\n",
		num(d.width), num(d.height), num(d.width), num(d.height), d.view, strconv.FormatFloat(d.k, 'g', 12, 64),
		strconv.FormatFloat(d.ox, 'g', 12, 64), strconv.FormatFloat(d.oy, 'g', 12, 64))
	b.WriteString(`<style>
  text { font: 12px sans-serif; fill: #333; }
  .rapid { stroke: #4a7fd0; stroke-width: 1; stroke-dasharray: 5 4; fill: none; }
  .feed, .arc { stroke: #222; stroke-width: 1.6; fill: none; }
  .probe { stroke: #8a3fb0; stroke-width: 1.4; fill: none; }
  .home { stroke: #4a7fd0; stroke-width: 1; stroke-dasharray: 2 3; fill: none; }
  .finding { stroke: #d01818; stroke-width: 3; }
  .finding-label { fill: #d01818; font-weight: bold; }
  .preview { stroke: #19a34a; stroke-width: 5; stroke-opacity: 0.45; fill: none; }
  .stock { stroke: #a0522d; stroke-width: 1.2; }
  .safe { stroke: #2e8b57; stroke-width: 1.2; stroke-dasharray: 8 4; }
  .travel { stroke: #999; stroke-width: 1; fill: none; stroke-dasharray: 1 3; }
</style>
`)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="#fff"/>`+"\n")
	title := opt.Title
	if title == "" {
		title = "toolpath"
	}
	fmt.Fprintf(&b, `<text x="%s" y="20" style="font-size:14px;font-weight:bold">%s — %s view</text>`+"\n", num(margin), esc(title), strings.ToUpper(string(d.view)))
	b.WriteString(d.legend())
	d.travel(&b)
	d.levels(&b)
	d.moves(&b)
	b.WriteString("</svg>\n")
	return b.String()
}

func (d *drawing) legend() string {
	var n [5]int
	for _, m := range d.tp.Moves {
		if !m.Known() {
			n[3]++
			continue
		}
		switch m.Kind {
		case gcode.Rapid:
			n[0]++
		case gcode.Feed:
			n[1]++
		case gcode.Arc:
			n[2]++
		}
	}
	var parts []string
	parts = append(parts, fmt.Sprintf("%d rapids (dashed), %d feeds, %d arcs", n[0], n[1], n[2]))
	if !math.IsNaN(d.tp.StockTop) {
		parts = append(parts, "stock top Z "+mm(d.tp.StockTop))
	}
	if !math.IsNaN(d.tp.SafeZ) {
		parts = append(parts, "safe Z "+mm(d.tp.SafeZ))
	}
	if n[3] > 0 {
		parts = append(parts, fmt.Sprintf("%d moves not drawn (from or to a position the program leaves open)", n[3]))
	}
	if d.preview[1] > d.preview[0] {
		parts = append(parts, fmt.Sprintf("suggestion on lines %d–%d (green)", d.preview[0]+1, d.preview[1]))
	}
	if len(d.marked) > 0 {
		lines := "lines"
		if len(d.marked) == 1 {
			lines = "line"
		}
		parts = append(parts, fmt.Sprintf("findings on %d %s (red)", len(d.marked), lines))
	}
	parts = append(parts, "work coordinates, mm")
	// Two lines at most, split between parts.
	first, second := parts, []string(nil)
	for len(strings.Join(first, " · ")) > int(d.width/7) && len(first) > 1 {
		first, second = first[:len(first)-1], append([]string{first[len(first)-1]}, second...)
	}
	out := fmt.Sprintf(`<text x="%s" y="38">%s</text>`+"\n", num(margin), esc(strings.Join(first, " · ")))
	if len(second) > 0 {
		out += fmt.Sprintf(`<text x="%s" y="54">%s</text>`+"\n", num(margin), esc(strings.Join(second, " · ")))
	}
	return out
}

// travel draws the machine's travel box where the profile gives it.
func (d *drawing) travel(b *strings.Builder) {
	t, h := d.tp.Travel, d.tp.HasTravel
	if !(h[0] && h[1] && h[2]) {
		return
	}
	c := boxCorners(t)
	edges := [][2]int{{0, 1}, {1, 3}, {3, 2}, {2, 0}, {4, 5}, {5, 7}, {7, 6}, {6, 4}, {0, 4}, {1, 5}, {2, 6}, {3, 7}}
	var path strings.Builder
	for _, e := range edges {
		x0, y0 := d.page(c[e[0]])
		x1, y1 := d.page(c[e[1]])
		if x0 == x1 && y0 == y1 {
			continue
		}
		fmt.Fprintf(&path, "M%s %sL%s %s", num(x0), num(y0), num(x1), num(y1))
	}
	fmt.Fprintf(b, `<path class="travel" d="%s"><title>machine travel</title></path>`+"\n", path.String())
}

func boxCorners(t [3][2]float64) [8][3]float64 {
	var c [8][3]float64
	for i := 0; i < 8; i++ {
		c[i] = [3]float64{t[0][i&1], t[1][(i>>1)&1], t[2][(i>>2)&1]}
	}
	return c
}

// levels draws the stock top and safe Z across side views.
func (d *drawing) levels(b *strings.Builder) {
	if d.view == XY || d.view == Iso {
		return
	}
	line := func(z float64, class, label string) {
		if math.IsNaN(z) {
			return
		}
		y := d.oy - z*d.k
		fmt.Fprintf(b, `<line class="%s" x1="%s" y1="%s" x2="%s" y2="%s" data-z="%s"/>`+"\n", class, num(margin/2), num(y), num(d.width-margin/2), num(y), mm(z))
		fmt.Fprintf(b, `<text x="%s" y="%s">%s</text>`+"\n", num(d.width-margin/2-110), num(y-4), esc(label+" "+mm(z)))
	}
	line(d.tp.StockTop, "stock", "stock top Z")
	line(d.tp.SafeZ, "safe", "safe Z")
}

// moves draws every known move; a move on a line with findings is drawn again in red
// with the rule ids next to it.
func (d *drawing) moves(b *strings.Builder) {
	labelled := map[int]bool{}
	var red, over strings.Builder
	for i, m := range d.tp.Moves {
		if !m.Known() {
			continue
		}
		path := d.pathOf(m)
		if path == "" {
			continue
		}
		fmt.Fprintf(b, `<path class="%s" d="%s" data-move="%d" data-line="%d"/>`+"\n", m.Kind, path, i, m.Line+1)
		if m.Line >= d.preview[0] && m.Line < d.preview[1] {
			fmt.Fprintf(&over, `<path class="preview" d="%s" data-move="%d" data-line="%d"><title>suggested, not yet accepted</title></path>`+"\n", path, i, m.Line+1)
		}
		marks := d.marked[m.Line]
		if len(marks) == 0 {
			continue
		}
		var ids []string
		for _, mk := range marks {
			ids = append(ids, mk.Rule)
		}
		sort.Strings(ids)
		fmt.Fprintf(&red, `<path class="finding" d="%s" fill="none" data-move="%d" data-line="%d" data-rules="%s"><title>line %d: %s</title></path>`+"\n",
			path, i, m.Line+1, esc(strings.Join(ids, " ")), m.Line+1, esc(marks[0].Message))
		if !labelled[m.Line] {
			labelled[m.Line] = true
			x, y := d.page(m.To)
			fmt.Fprintf(&red, `<text class="finding-label" x="%s" y="%s">%s (line %d)</text>`+"\n", num(x+6), num(y-6), esc(strings.Join(ids, ", ")), m.Line+1)
		}
	}
	b.WriteString(over.String()) // the suggestion under review, then findings on top
	b.WriteString(red.String())
}

// pathOf is the SVG path data of a move: a line, an SVG arc where the arc lies in the
// view's plane, else the arc sampled as a polyline.
func (d *drawing) pathOf(m gcode.PathMove) string {
	x0, y0 := d.page(m.From)
	if m.Arc == nil {
		x1, y1 := d.page(m.To)
		return fmt.Sprintf("M%s %sL%s %s", num(x0), num(y0), num(x1), num(y1))
	}
	if ok, ccw := inPlane(d.view, m.Arc); ok {
		r := num(m.Arc.Radius * d.k)
		// SVG's sweep flag 1 turns clockwise as the page is seen (its y points down); the
		// page shows the program with Y up, so an arc counter-clockwise there takes 0.
		sweepFlag := "0"
		if !ccw {
			sweepFlag = "1"
		}
		angle := math.Abs(sweepOf(m))
		x1, y1 := d.page(m.To)
		if m.Arc.Full || angle > 2*math.Pi-1e-9 {
			// A whole turn: two half circles through the opposite point.
			mid := pointAt(m, math.Pi)
			xm, ym := d.page(mid)
			return fmt.Sprintf("M%s %sA%s %s 0 0 %s %s %sA%s %s 0 0 %s %s %s", num(x0), num(y0), r, r, sweepFlag, num(xm), num(ym), r, r, sweepFlag, num(x1), num(y1))
		}
		large := "0"
		if angle > math.Pi {
			large = "1"
		}
		return fmt.Sprintf("M%s %sA%s %s 0 %s %s %s %s", num(x0), num(y0), r, r, large, sweepFlag, num(x1), num(y1))
	}
	var p strings.Builder
	for i, pt := range sampleMove(m) {
		x, y := d.page(pt)
		if i == 0 {
			fmt.Fprintf(&p, "M%s %s", num(x), num(y))
		} else {
			fmt.Fprintf(&p, "L%s %s", num(x), num(y))
		}
	}
	return p.String()
}

// sweepOf is an arc's signed sweep in its plane (negative clockwise), a whole turn for a
// full circle.
func sweepOf(m gcode.PathMove) float64 {
	g := m.Arc
	t0 := math.Atan2(m.From[g.B]-g.Center[1], m.From[g.A]-g.Center[0])
	t1 := math.Atan2(m.To[g.B]-g.Center[1], m.To[g.A]-g.Center[0])
	s := t1 - t0
	if g.Clockwise {
		for s >= 0 {
			s -= 2 * math.Pi
		}
	} else {
		for s <= 0 {
			s += 2 * math.Pi
		}
	}
	if !g.Full && math.Abs(math.Abs(s)-2*math.Pi) < 1e-9 {
		s = 0
	}
	return s
}

// pointAt is the point of an arc at angle t along its sweep (helical axes interpolated).
func pointAt(m gcode.PathMove, t float64) [3]float64 {
	g := m.Arc
	sw := sweepOf(m)
	frac := 0.0
	if sw != 0 {
		frac = math.Abs(t / sw)
	}
	t0 := math.Atan2(m.From[g.B]-g.Center[1], m.From[g.A]-g.Center[0])
	if g.Clockwise {
		t = -t
	}
	var p [3]float64
	for j := 0; j < 3; j++ {
		p[j] = m.From[j] + (m.To[j]-m.From[j])*frac
	}
	p[g.A] = g.Center[0] + g.Radius*math.Cos(t0+t)
	p[g.B] = g.Center[1] + g.Radius*math.Sin(t0+t)
	return p
}

// sampleMove returns the points of a move: its ends, or an arc every 5° or less.
func sampleMove(m gcode.PathMove) [][3]float64 {
	if m.Arc == nil {
		return [][3]float64{m.From, m.To}
	}
	sw := math.Abs(sweepOf(m))
	n := int(math.Ceil(sw / (5 * math.Pi / 180)))
	if n < 2 {
		n = 2
	}
	pts := make([][3]float64, 0, n+1)
	for i := 0; i <= n; i++ {
		if i == n {
			pts = append(pts, m.To)
			break
		}
		pts = append(pts, pointAt(m, sw*float64(i)/float64(n)))
	}
	return pts
}
