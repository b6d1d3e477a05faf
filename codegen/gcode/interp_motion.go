package gcode

import (
	"fmt"
	"math"
)

// motion runs the block's motion (group 1, modified by G53) unless a group-0 code owns the
// axis words.
func (m *Sim) motion(owner int, scale float64) {
	s, st := &m.step, &m.St
	code, word := -1, -1
	cancel := false
	for _, g := range s.Gs {
		if gGroup(g.Code) != grpMotion {
			continue
		}
		if m.dialect == DialectMarlin && isCycle(g.Code) {
			// printer firmware has no drilling cycles: Prusa's G81 reports the mesh bed
			// leveling G80 measured, G82-G87 probe and babystep; Marlin and Klipper do not
			// know the codes and ignore the line
			continue
		}
		if g.Code == gCycleOff {
			// "G0 G80" in one block: G80 cancels the cycle and the other code is the
			// motion (LinuxCNC ignores the G80, Fanuc keeps it in a group of its own)
			cancel = true
			if code >= 0 {
				continue
			}
		}
		code, word = g.Code, g.W
	}
	if code >= 0 {
		switch {
		case !m.dialect.fanucFamily() && !m.prog.Guessed:
			// (a program of no known controller is read as the Fanuc family reads G80:
			// RS274NGC refuses what else would differ, axis words after G80)
			st.Motion = int16(code)
		case code == gCycleOff:
			// G80 alone cancels the canned cycle (group 09): the group 01 motion in effect
			// before it is the motion again; without a cycle, G80 leaves that motion alone
			if isCycle(int(st.Motion)) {
				st.Motion = st.PreCycle
			}
		default:
			if isCycle(code) && !isCycle(int(st.Motion)) {
				st.PreCycle = st.Motion
			}
			st.Motion = int16(code)
		}
		s.MotionWord = word
	}
	if cancel {
		st.CycleZ, st.CycleR, st.CycleQ, st.CycleP, st.CycleOldZ = unknown, unknown, unknown, unknown, unknown
	}
	if owner != 0 || s.compRefused {
		return
	}
	if m.dialect == DialectMarlin && code < 0 && len(s.Ms) > 0 {
		// a printer firmware reads a line as one command: the letters of an M command are
		// its parameters (`M92 X80 Y80`, `M971 S11 C10 O0`), not a move in the modal motion
		return
	}
	mode := int(st.Motion)
	if s.hasG(gMachineCoords) && m.dialect.fanucFamily() && !isCycle(mode) {
		mode = gRapid // Fanuc's and Haas's G53 positions at rapid, whatever the modal motion
	}
	explicitCycle := code >= 0 && isCycle(code)
	explicitArc := (code == gArcCW || code == gArcCCW) && (s.has('R') || s.has('I') || s.has('J') || s.has('K'))
	if !s.axisWords() && !explicitCycle && !explicitArc {
		return
	}
	target := m.target(scale, s.hasG(gMachineCoords))
	if mode < 0 {
		st.Pos = target
		return
	}
	if mode == gCycleOff {
		return // axis words with G80: nothing moves (LinuxCNC refuses the block)
	}
	s.MotionCode = mode
	if !st.Moved {
		s.FirstMotion = true
	}
	st.Moved = true
	ws, we := s.B.Start, s.B.End
	if word >= 0 {
		ws, we = s.wordSpan(word)
	}
	from := st.Pos
	if st.Cutter.On && (s.hasG(gMachineCoords) || (mode != gRapid && mode != gLine && mode != gArcCW && mode != gArcCCW)) {
		// G53 is refused under compensation; other motions are not followed.
		if !s.hasG(gMachineCoords) {
			st.Cutter = compState{}
		}
	}
	switch {
	case mode == gRapid:
		m.addMove(Move{Kind: moveRapid, From: from, To: target, Machine: s.hasG(gMachineCoords), Start: ws, End: we})
		if !s.hasG(gMachineCoords) {
			m.compLine(true, &target)
		}
	case mode == gLine || mode == gSpindleSync || mode == gRigidTap || (mode >= 50 && mode <= 53):
		m.addMove(Move{Kind: moveFeed, From: from, To: target, Machine: s.hasG(gMachineCoords), Start: ws, End: we, Synced: mode == gSpindleSync || mode == gRigidTap})
		if mode == gLine && !s.hasG(gMachineCoords) {
			m.compLine(false, &target)
		}
	case mode == gArcCW || mode == gArcCCW:
		m.arc(mode, from, &target, scale, ws, we)
	case mode >= gProbeTowardErr && mode <= gProbeAwayNoErr:
		m.addMove(Move{Kind: moveProbe, From: from, To: target, Start: ws, End: we})
		for j := 0; j < naxes; j++ {
			if s.has(axisLetters[j]) {
				target[j] = unknown // stops wherever the probe trips
			}
		}
	case mode == gThreadCycle || mode >= 700 && mode <= 722 || mode == gNURBS ||
		m.prog.Lathe && isCycle(mode):
		// Lathe threading and turning cycles, NURBS control points: where they end is not
		// modelled. On a Fanuc-family lathe G73 repeats a pattern and G74 pecks along Z
		// (face grooving, deep drilling): turning cycles, not the mill's drilling cycles;
		// its G83-G89 drill with live tools along Z (face) or X (side), whatever the plane.
		for j := 0; j < naxes; j++ {
			if s.has(axisLetters[j]) {
				target[j] = unknown
			}
		}
	case isCycle(mode):
		m.cycle(mode, code == mode, from, &target, scale, ws, we)
	}
	if s.compRefused {
		target = from // refused under compensation: the tool stays where it was
	}
	st.Pos = target
}

// target computes the programmed end point in work coordinates.
func (m *Sim) target(scale float64, g53 bool) [naxes]float64 {
	s, st := &m.step, &m.St
	t := st.Pos
	for j := 0; j < naxes; j++ {
		l := axisLetters[j]
		if !s.has(l) {
			continue
		}
		v := s.val(l)
		if j < 3 {
			v *= scale
		}
		if j == ax && st.Diameter {
			v /= 2 // a diameter: the tool sits at its half
		}
		switch {
		case g53 && j < 3:
			t[j] = st.fromMachine(j, v)
		case g53:
			t[j] = v
		case st.Distance == gIncremental:
			t[j] = st.Pos[j] + v
		case st.Distance == gAbsolute:
			t[j] = v
		default:
			t[j] = unknown
		}
	}
	if m.prog.Lathe && !g53 {
		// a Fanuc lathe's U and W move X (a diameter) and Z by an increment
		if s.has('U') {
			t[ax] = t[ax] + s.val('U')*scale/2
		}
		if s.has('W') {
			t[az] = t[az] + s.val('W')*scale
		}
	}
	if (s.HasPolar[0] || s.HasPolar[1]) && !g53 {
		t[ax], t[ay] = m.polar(t[ax], t[ay], scale)
	}
	return t
}

// polar applies LinuxCNC's polar words to the X-Y end point x, y (interp_find.cc): in G90
// @ and ^ are the distance from the work origin and the angle from +X, a missing one kept
// from the current point; in G91 both are added to the current point's distance and angle.
// The block's X and Y words must be absent (LinuxCNC refuses both together).
func (m *Sim) polar(x, y, scale float64) (float64, float64) {
	s, st := &m.step, &m.St
	r, th := s.Polar[0]*scale, s.Polar[1]*math.Pi/180
	if st.Plane != gPlaneXY {
		return unknown, unknown // LinuxCNC refuses polar words outside G17
	}
	switch st.Distance {
	case gAbsolute:
		if !s.HasPolar[0] {
			r = math.Hypot(y, x)
		}
		if !s.HasPolar[1] {
			th = math.Atan2(y, x)
		}
		return r * math.Cos(th), r * math.Sin(th)
	case gIncremental:
		return polarStep(x, y, r, th, s.HasPolar[0], s.HasPolar[1])
	}
	return unknown, unknown
}

// polarStep adds an incremental distance dr and angle dth (radians) to the point x, y.
func polarStep(x, y, dr, dth float64, hasR, hasTh bool) (float64, float64) {
	if hasR {
		th, r := math.Atan2(y, x), math.Hypot(y, x)+dr
		x, y = r*math.Cos(th), r*math.Sin(th)
	}
	if hasTh {
		th, r := math.Atan2(y, x)+dth, math.Hypot(y, x)
		x, y = r*math.Cos(th), r*math.Sin(th)
	}
	return x, y
}

// planeAxes returns the two in-plane axes, the normal axis and the offset letters.
func planeAxes(plane int16) (a, b, n int, oa, ob, on byte, ok bool) {
	switch plane {
	case gPlaneXY:
		return ax, ay, az, 'I', 'J', 'K', true
	case gPlaneXZ:
		return az, ax, ay, 'K', 'I', 'J', true
	case gPlaneYZ:
		return ay, az, ax, 'J', 'K', 'I', true
	}
	return 0, 0, 0, 0, 0, 0, false
}

const arcAbsTol = 0.005 // mm: below this a radius difference is rounding (Grbl)

// radiusMismatch applies the controller's centre-format arc check. LinuxCNC
// (interp_arc.cc): an error when the difference exceeds 100 × the absolute tolerance
// (2·0.01·√2 mm, or 2·0.001·√2 in in inch programs), or exceeds both that tolerance and
// 0.1 % of the larger radius. Grbl (gcode.c): beyond 0.005 mm and either 0.5 mm or 0.1 %.
func (m *Sim) radiusMismatch(dr, r1, r2 float64) bool {
	if m.dialect == DialectGrbl {
		return dr > 0.005 && (dr > 0.5 || dr > 0.001*r1)
	}
	abs := 2 * 0.01 * math.Sqrt2
	if m.St.Units == gInch {
		abs = 2 * 0.001 * math.Sqrt2 * 25.4
	}
	return dr > 100*abs || (dr/math.Max(r1, r2) > 0.001 && dr > abs)
}

// zeroRadius is the radius below which a centre-format arc has none: rs274 refuses a
// radius under a tenth of its arc tolerance, 0.00127 mm in a G21 program and 0.00001 inch
// (0.000254 mm) in a G20 one (measured with the Debian package's rs274: a 0.0013 mm corner
// arc runs, 0.0012 mm is a "Zero-radius arc"). CAM posts write corner arcs of a few
// thousandths of a millimetre; they are arcs. With the units unknown, the smaller figure.
func (m *Sim) zeroRadius() float64 {
	if m.St.Units == gMM {
		return 0.00127
	}
	return 0.000254
}

func (m *Sim) arcErr(start, end int, format string, args ...any) {
	m.step.ArcErrors = append(m.step.ArcErrors, spanMsg{start, end, fmt.Sprintf(format, args...)})
	if m.St.Cutter.On {
		m.compReject(m.St.Cutter) // LinuxCNC refuses the block
	}
}

// arc checks and executes G2/G3 in the active plane.
func (m *Sim) arc(mode int, from [naxes]float64, to *[naxes]float64, scale float64, ws, we int) {
	s, st := &m.step, &m.St
	a, b, _, oa, ob, on, ok := planeAxes(st.Plane)
	if !ok {
		return
	}
	if m.dialect.fanucFamily() && (st.RotaryArcs || s.has('C') && !s.has(axisLetters[b])) {
		// (the rotary axis stands for the plane's second axis: polar interpolation on a
		// mill-turn lathe, or a cylinder's unrolled surface; the end point is not in X-Y-Z)
		st.RotaryArcs = true
		to[b] = unknown
		m.addMove(Move{Kind: moveArc, From: from, To: *to, Start: ws, End: we})
		st.Cutter = compState{}
		return
	}
	code := gname(mode)
	if s.has(on) && m.dialect != DialectGrbl && m.dialect != DialectMarlin {
		// (Grbl drops the three offset words of a centre-format arc together and Marlin
		// reads only the plane's two: both ignore the third, CAM posts write it as K0)
		w := s.word(on)
		m.arcErr(w.Start, w.End, "%c word given for an arc in the %s plane (%s)", on, planeName(st.Plane), gname(int(st.Plane)))
	}
	hasR := s.has('R')
	hasOff := s.has(oa) || s.has(ob)
	switch {
	case hasR && hasOff:
		w := s.word('R')
		m.arcErr(w.Start, w.End, "%s mixes the radius format (R) with centre offsets (%c/%c)", code, oa, ob)
		return
	case !hasR && !hasOff:
		m.arcErr(ws, we, "%s needs R or a centre offset %c/%c in the %s plane", code, oa, ob, planeName(st.Plane))
		return
	}
	inPlaneEnd := s.has(axisLetters[a]) || s.has(axisLetters[b])
	cw := mode == gArcCW
	var ca, cb float64 // centre
	if hasR {
		r := s.val('R') * scale
		if !inPlaneEnd {
			w := s.word('R')
			m.arcErr(w.Start, w.End, "R-format %s without an end point in the %s plane: it would be a full circle, which R cannot describe", code, planeName(st.Plane))
			return
		}
		if !isKnown(r) || !isKnown(from[a]) || !isKnown(from[b]) || !isKnown(to[a]) || !isKnown(to[b]) {
			m.addMove(Move{Kind: moveArc, From: from, To: *to, Start: ws, End: we})
			st.Cutter = compState{} // unknown geometry: compensation is not followed
			return
		}
		dx, dy := to[a]-from[a], to[b]-from[b]
		d := math.Hypot(dx, dy)
		if d < 1e-6 {
			w := s.word('R')
			m.arcErr(w.Start, w.End, "R-format %s ends where it starts: a full circle needs I/J/K", code)
			return
		}
		half := d / 2
		if math.Abs(r) < half-arcAbsTol {
			w := s.word('R')
			m.arcErr(w.Start, w.End, "arc radius %s is too small to reach the end point (%s away)", m.prof.fmtLen(math.Abs(r)), m.prof.fmtLen(d))
			return
		}
		h := math.Sqrt(math.Max(r*r-half*half, 0))
		// Centre to the right of the chord for a short clockwise arc.
		mx, my := from[a]+dx/2, from[b]+dy/2
		ux, uy := -dy/d, dx/d // left normal
		sign := 1.0
		if cw {
			sign = -1
		}
		if r < 0 {
			sign = -sign
		}
		ca, cb = mx+sign*h*ux, my+sign*h*uy
	} else {
		ia, ib := 0.0, 0.0
		if s.has(oa) {
			ia = s.val(oa) * scale
		}
		if s.has(ob) {
			ib = s.val(ob) * scale
		}
		if st.ArcDist == gArcAbsolute {
			ca, cb = ia, ib
			if !s.has(oa) {
				ca = from[a]
			}
			if !s.has(ob) {
				cb = from[b]
			}
		} else {
			ca, cb = from[a]+ia, from[b]+ib
		}
		if !isKnown(ca) || !isKnown(cb) || !isKnown(to[a]) || !isKnown(to[b]) {
			m.addMove(Move{Kind: moveArc, From: from, To: *to, Start: ws, End: we})
			st.Cutter = compState{} // unknown geometry: compensation is not followed
			return
		}
		r1 := math.Hypot(from[a]-ca, from[b]-cb)
		r2 := math.Hypot(to[a]-ca, to[b]-cb)
		if r1 < m.zeroRadius() {
			m.arcErr(ws, we, "%s has a zero radius: the centre is the start point", code)
			return
		}
		if dr := math.Abs(r1 - r2); m.radiusMismatch(dr, r1, r2) {
			m.arcErr(ws, we, "radius to the end of the arc (%s) differs from the radius to the start (%s) by %s",
				m.prof.fmtLen(r2), m.prof.fmtLen(r1), m.prof.fmtLen(dr))
			return
		}
	}
	rWord := unknown
	if hasR {
		rWord = math.Abs(s.val('R') * scale)
	}
	m.compArc(cw, to, [2]float64{ca, cb}, rWord)
	mv := Move{Kind: moveArc, From: from, To: *to, Start: ws, End: we}
	mv.Bounds = arcBounds(from, *to, a, b, ca, cb, cw, !hasR)
	mv.Arc = ArcGeometry{A: a, B: b, Center: [2]float64{ca, cb}, Radius: math.Hypot(from[a]-ca, from[b]-cb), Clockwise: cw,
		Full: !hasR && math.Hypot(to[a]-from[a], to[b]-from[b]) < arcAbsTol}
	mv.Low = mv.Bounds[0][az]
	m.addMove(mv)
}

func planeName(p int16) string {
	switch p {
	case gPlaneXY:
		return "XY"
	case gPlaneXZ:
		return "XZ"
	case gPlaneYZ:
		return "YZ"
	}
	return "?"
}

// arcBounds returns the bounding box of an arc (with a linear helix on the other axes).
func arcBounds(from, to [naxes]float64, a, b int, ca, cb float64, cw, allowFull bool) [2][naxes]float64 {
	var bb [2][naxes]float64
	for j := 0; j < naxes; j++ {
		bb[0][j] = math.Min(from[j], to[j])
		bb[1][j] = math.Max(from[j], to[j])
		if math.IsNaN(from[j]) || math.IsNaN(to[j]) {
			bb[0][j], bb[1][j] = unknown, unknown
		}
	}
	r := math.Hypot(from[a]-ca, from[b]-cb)
	t0 := math.Atan2(from[b]-cb, from[a]-ca)
	t1 := math.Atan2(to[b]-cb, to[a]-ca)
	sweep := t1 - t0
	if cw {
		for sweep >= 0 {
			sweep -= 2 * math.Pi
		}
	} else {
		for sweep <= 0 {
			sweep += 2 * math.Pi
		}
	}
	if !allowFull && math.Abs(math.Abs(sweep)-2*math.Pi) < 1e-9 {
		sweep = 0
	}
	// Quadrant points crossed by the sweep.
	for k := -8; k <= 8; k++ {
		q := float64(k) * math.Pi / 2
		rel := q - t0
		if (cw && rel < 0 && rel > sweep) || (!cw && rel > 0 && rel < sweep) {
			pa, pb := ca+r*math.Cos(q), cb+r*math.Sin(q)
			bb[0][a], bb[1][a] = math.Min(bb[0][a], pa), math.Max(bb[1][a], pa)
			bb[0][b], bb[1][b] = math.Min(bb[0][b], pb), math.Max(bb[1][b], pb)
		}
	}
	return bb
}

// cycle runs a canned cycle (drilling along the plane's normal) as its rapid and feed moves.
func (m *Sim) cycle(mode int, explicit bool, from [naxes]float64, to *[naxes]float64, scale float64, ws, we int) {
	s, st := &m.step, &m.St
	a, b, n, _, _, _, ok := planeAxes(st.Plane)
	nl := axisLetters[n]
	continuing := !explicit || s.Before.Motion == int16(mode)
	s.cycleBuf = cycleInfo{Code: mode, Start: ws, End: we, Incremental: st.Distance == gIncremental, R: unknown, Z: unknown, ZInc: unknown}
	ci := &s.cycleBuf
	if s.has('R') {
		ci.RWord = int(s.First['R'-'A']) + 1
	}
	if s.has(nl) {
		ci.ZWord = int(s.First[nl-'A']) + 1
	}
	s.Cycle = ci
	if !ok {
		return
	}
	// Retained words: R and the depth are sticky while the same cycle repeats.
	rIn, zIn := unknown, unknown
	if s.has('R') {
		rIn = s.val('R') * scale
	} else if continuing {
		rIn = st.CycleR
	}
	if s.has(nl) {
		zIn = s.val(nl) * scale
	} else if continuing {
		zIn = st.CycleZ
	}
	if s.has('Q') {
		st.CycleQ = s.val('Q')
	} else if !continuing {
		st.CycleQ = unknown
	}
	if s.has('P') {
		st.CycleP = s.val('P')
	} else if !continuing {
		st.CycleP = unknown
	}
	st.CycleR, st.CycleZ = rIn, zIn
	if st.Distance < 0 {
		to[n] = unknown
		return
	}
	cur := from[n]
	var rPlane, bottom float64
	if ci.Incremental {
		rPlane = cur + rIn
		bottom = rPlane + zIn
	} else {
		rPlane, bottom = rIn, zIn
	}
	ci.R, ci.Z, ci.ZInc = rPlane, bottom, unknown
	if ci.Incremental {
		ci.ZInc = zIn
	}
	reps := 1
	if s.has('L') && isKnown(s.val('L')) {
		reps = int(s.val('L'))
	}
	if reps < 1 || reps > 10000 {
		reps = 1
	}
	// The target from m.target already applied the depth word to the normal axis; recompute
	// the in-plane positions per repetition.
	posA, posB := from[a], from[b]
	dA, dB := 0.0, 0.0
	incr := st.Distance == gIncremental
	if s.has(axisLetters[a]) {
		if incr {
			dA = s.val(axisLetters[a]) * scale
		} else {
			posA = to[a]
		}
	}
	if s.has(axisLetters[b]) {
		if incr {
			dB = s.val(axisLetters[b]) * scale
		} else {
			posB = to[b]
		}
	}
	clear := rPlane
	if st.Retract == gRetractInitial || st.Retract < 0 {
		clear = math.Max(rPlane, cur)
		if !isKnown(cur) || st.Retract < 0 {
			clear = unknown
		}
	}
	p := from
	if isKnown(cur) && isKnown(rPlane) && cur < rPlane {
		q := p
		q[n] = rPlane
		m.addMove(Move{Kind: moveRapid, From: p, To: q, Start: ws, End: we, Cycle: true})
		p = q
	}
	feedOut := mode == gBoreFeedOut || mode == gBoreDwell || mode == gTapRight || mode == gTapLeft
	polarInc := incr && (s.HasPolar[0] || s.HasPolar[1])
	if !incr && (s.HasPolar[0] || s.HasPolar[1]) && a == ax {
		posA, posB = to[a], to[b]
	}
	if polarInc && a != ax {
		posA, posB = unknown, unknown // polar words outside G17 cycles are not modelled
	}
	for i := 0; i < reps; i++ {
		if incr {
			posA += dA
			posB += dB
			if polarInc && a == ax {
				posA, posB = polarStep(posA, posB, s.Polar[0]*scale, s.Polar[1]*math.Pi/180, s.HasPolar[0], s.HasPolar[1])
			}
		}
		q := p
		q[a], q[b] = posA, posB
		m.addMove(Move{Kind: moveRapid, From: p, To: q, Start: ws, End: we, Cycle: true})
		p = q
		q[n] = rPlane
		m.addMove(Move{Kind: moveRapid, From: p, To: q, Start: ws, End: we, Cycle: true})
		p = q
		q[n] = bottom
		m.addMove(Move{Kind: moveFeed, From: p, To: q, Start: ws, End: we, Cycle: true})
		p = q
		q[n] = clear
		kind := moveRapid
		if feedOut {
			kind = moveFeed
		}
		m.addMove(Move{Kind: kind, From: p, To: q, Start: ws, End: we, Cycle: true})
		p = q
	}
	*to = p
}

// gname is a lazily formatted G code name for messages.
type gname int

func (g gname) String() string { return codeName('G', int(g)) }
