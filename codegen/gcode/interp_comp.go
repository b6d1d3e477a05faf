package gcode

import "math"

// Cutter radius compensation as LinuxCNC's interpreter computes it (interp_convert.cc,
// convert_straight_comp1/2 and convert_arc_comp1/2; interp_queue.cc,
// move_endpoint_and_flush). The interpreter does not send a compensated move at once: it
// keeps it queued until the next move shows whether the corner between them is convex (an
// arc is added around it) or concave (the queued move is shortened to where the two offset
// paths meet). A concave corner whose meeting point lies behind the start of the queued
// move, an arc the tool cannot fit inside, or offset paths that never meet, are errors:
// the tool would gouge the part. This file replays that geometry in the active plane (XY,
// or XZ with Z as the first coordinate) so rules can report the same blocks LinuxCNC
// refuses.

// compTolCorner is LinuxCNC's TOLERANCE_CONCAVE_CORNER (radians).
const compTolCorner = 0.05

// compState is the compensation engine's state; the zero value is "off or not tracked".
// Coordinates are the plane's (first, second) axes in work mm.
type compState struct {
	On    bool    // compensation active with a known positive radius in XY or XZ
	Left  bool    // the side after a negative radius swapped it
	R     float64 // tool radius, mm
	First bool    // the next move is the entry move
	Cur   [2]float64
	Prog  [2]float64
	// Q is the first queued move. LinuxCNC keeps the first element of its queue after
	// sending it (its vector is cleared, not freed) and reads it even when the queue is
	// empty; Q mirrors that. QEmpty says whether anything is queued.
	Q      compMove
	QEmpty bool
	// End is where the queued move starts (LinuxCNC's endpoint), EndOK whether it is set.
	End   [2]float64
	EndOK bool
}

// compMove is a queued compensated move.
type compMove struct {
	Arc    bool
	Rapid  bool
	Dir    [2]float64 // straight: the direction recorded when queued
	Center [2]float64 // arc
	To     [2]float64
	Turn   int
	Sweep  float64 // arc: the sweep recorded when queued (0: never checked)
}

func (c *compState) same(d *compState) bool { return *c == *d }

// compIssue is one problem the compensation engine found in a block.
type compIssue struct {
	Gouge bool // true: gcode/cutter-comp-gouge; false: an invalid entry (cutter-comp-invalid)
	Msg   string
}

func (m *Sim) compFail(gouge bool, msg string) {
	m.step.CompIssues = append(m.step.CompIssues, compIssue{Gouge: gouge, Msg: msg})
}

// compReject restores the state before a refused block. LinuxCNC also empties its queue
// after any error (unwind_call → qc_reset), which matters where it goes on after errors
// (rs274 -n 0, the oracle tests).
func (m *Sim) compReject(saved compState) {
	saved.QEmpty, saved.EndOK = true, false
	m.St.Cutter = saved
	m.step.compRefused = true
}

// compStart turns compensation on for code (G41, G42, G41.1, G42.1) with the block's words.
func (m *Sim) compStart(code int, scale float64) {
	s, st := &m.step, &m.St
	st.Cutter = compState{}
	if m.dialect != DialectLinuxCNC || (st.Plane != gPlaneXY && st.Plane != gPlaneXZ) {
		return
	}
	r := unknown
	switch code {
	case gCompLeftDyn, gCompRightDyn:
		if !s.has('D') || s.has('L') {
			return // an error, or a lathe tool orientation: not modelled
		}
		r = s.val('D') * scale / 2
	default:
		tool := st.Tool
		if s.has('D') {
			d := s.val('D')
			if !isKnown(d) || d != math.Trunc(d) || d < 0 {
				return
			}
			if d != 0 {
				tool = int(d)
			}
		}
		if tool < 0 {
			return
		}
		t, ok := m.prof.Tool(tool)
		if !ok {
			return
		}
		r = t.Diameter / 2
	}
	if !isKnown(r) || r == 0 {
		return
	}
	left := code == gCompLeft || code == gCompLeftDyn
	if r < 0 {
		r, left = -r, !left
	}
	a, b, _, _, _, _, _ := planeAxes(st.Plane)
	p := [2]float64{st.Pos[a], st.Pos[b]}
	if !isKnown(p[0]) || !isKnown(p[1]) {
		return
	}
	st.Cutter = compState{On: true, Left: left, R: r, First: true, Cur: p, Prog: p, QEmpty: true}
}

// compStop runs what G40 and the stops (M0, M1, M2, M30, M60) do to the queue: the queued
// move ends where the tool is.
// It returns false when the flush gouges: LinuxCNC refuses the block.
func (m *Sim) compStop() bool {
	c := &m.St.Cutter
	if !c.On || c.First {
		return true
	}
	saved := *c
	if !m.compFlush(c, c.Cur) {
		m.compReject(saved)
		return false
	}
	c.QEmpty, c.EndOK = true, false
	return true
}

// compFlush moves the end of the queued moves to x and sends them; false when that
// reverses a straight move or lengthens an arc (LinuxCNC: "… in concave corner cannot be
// reached by the tool without gouging").
func (m *Sim) compFlush(c *compState, x [2]float64) bool {
	if c.QEmpty {
		return true
	}
	q := &c.Q
	if c.EndOK {
		if q.Arc {
			tol := 0.0254
			if m.St.Units == gInch {
				tol = 0.001 // LinuxCNC compares the sweeps (radians) with a length in program units
			}
			l2 := findTurn(c.End, q.Center, q.Turn, x)
			if q.Sweep != 0 && math.Abs(l2) > math.Abs(q.Sweep)+tol {
				m.compFail(true, "the arc cannot be reached in this concave corner without gouging: the following move cuts into it further than the arc is long")
				return false
			}
		} else if q.Dir[0]*(x[0]-c.End[0])+q.Dir[1]*(x[1]-c.End[1]) < 0 {
			kind := "feed"
			if q.Rapid {
				kind = "traverse"
			}
			m.compFail(true, "straight "+kind+" in a concave corner the tool cannot reach without gouging: the move is shorter than the tool needs to turn into the next one")
			return false
		}
	}
	c.QEmpty = true
	c.End, c.EndOK = x, true
	return true
}

// compEnqueue queues mv behind the moves already queued.
func (c *compState) compEnqueue(mv compMove) {
	if c.QEmpty {
		c.Q, c.QEmpty = mv, false
	}
	// Moves behind the first are straight moves without motion in the plane (LinuxCNC
	// sends the queue before every move that has some): moving their end never fails.
}

// cornerTurn is the direction of the arc LinuxCNC adds around a convex corner.
func cornerTurn(left bool) int {
	if left {
		return -1
	}
	return 1
}

func insideArc(left bool, turn int) bool { return (left && turn > 0) || (!left && turn < 0) }

// findTurn is the signed sweep (radians, counter-clockwise positive) from p1 to p2 around
// c in turn full or partial circles (LinuxCNC's find_turn).
func findTurn(p1, c [2]float64, turn int, p2 [2]float64) float64 {
	if turn == 0 {
		return 0
	}
	a := math.Atan2(p1[1]-c[1], p1[0]-c[0])
	b := math.Atan2(p2[1]-c[1], p2[0]-c[0])
	if turn > 0 {
		if b <= a {
			b += 2 * math.Pi
		}
		return b - a + float64(turn-1)*2*math.Pi
	}
	if a <= b {
		a += 2 * math.Pi
	}
	return b - a + float64(turn+1)*2*math.Pi
}

func polarPt(o [2]float64, r, ang float64) [2]float64 {
	return [2]float64{o[0] + r*math.Cos(ang), o[1] + r*math.Sin(ang)}
}

func atan2p(to, from [2]float64) float64 { return math.Atan2(to[1]-from[1], to[0]-from[0]) }

// compPoint returns the in-plane end point of a move, false when compensation is not
// tracked or the point is unknown (tracking stops).
func (m *Sim) compPoint(to *[naxes]float64) ([2]float64, bool) {
	st := &m.St
	if !st.Cutter.On {
		return [2]float64{}, false
	}
	a, b, _, _, _, _, ok := planeAxes(st.Plane)
	if !ok || (st.Plane != gPlaneXY && st.Plane != gPlaneXZ) || !isKnown(to[a]) || !isKnown(to[b]) {
		st.Cutter = compState{}
		return [2]float64{}, false
	}
	return [2]float64{to[a], to[b]}, true
}

// compLine runs a G0/G1 move under compensation.
func (m *Sim) compLine(rapid bool, to *[naxes]float64) {
	p, ok := m.compPoint(to)
	if !ok {
		return
	}
	saved := m.St.Cutter
	c := &m.St.Cutter
	R, cur := c.R, c.Cur
	if c.First {
		if math.Hypot(p[0]-cur[0], p[1]-cur[1]) <= R {
			m.compFail(false, "the cutter compensation entry move is not longer than the tool radius ("+m.prof.fmtLen(R)+")")
			m.compReject(saved)
			return
		}
		alpha := atan2p(p, cur) - math.Pi/2
		if c.Left {
			alpha = atan2p(p, cur) + math.Pi/2
		}
		end := polarPt(p, R, alpha)
		c.End, c.EndOK = cur, true
		// LinuxCNC records the offset direction, not the motion, for the entry move.
		c.compEnqueue(compMove{Rapid: rapid, Dir: [2]float64{math.Cos(alpha), math.Sin(alpha)}})
		c.First = false
		c.Cur, c.Prog = end, p
		return
	}
	op := c.Prog
	if p == op {
		c.compEnqueue(compMove{Rapid: rapid})
		return
	}
	theta, alpha := atan2p(cur, op), atan2p(p, op)
	var beta, gamma float64
	if c.Left {
		if theta < alpha {
			theta += 2 * math.Pi
		}
		beta, gamma = theta-alpha-math.Pi/2, math.Pi/2
	} else {
		if alpha < theta {
			alpha += 2 * math.Pi
		}
		beta, gamma = alpha-theta-math.Pi/2, -math.Pi/2
	}
	end := polarPt(p, R, alpha+gamma)
	mid := polarPt(op, R, alpha+gamma)
	concave := beta < -compTolCorner || beta > math.Pi+compTolCorner
	if !concave && beta > math.Pi-compTolCorner && !c.QEmpty && c.Q.Arc &&
		((!c.Left && c.Q.Turn > 0) || (c.Left && c.Q.Turn < 0)) {
		concave = true // the "h" shape: LinuxCNC keeps the tool above the round part
	}
	switch {
	case !concave && beta > compTolCorner:
		// Convex: the queued move ends where it is, an arc (or a traverse) goes around.
		if !m.compFlush(c, cur) {
			m.compReject(saved)
			return
		}
		c.Q = compMove{Arc: !rapid, Center: op, To: mid, Turn: cornerTurn(c.Left)}
		c.QEmpty = true
		c.End, c.EndOK = mid, true
	case concave && !c.Q.Arc:
		half := (beta + math.Pi) / 2
		if half == 0 {
			m.compFail(true, "a zero-degree inside corner is invalid for cutter compensation")
			m.compReject(saved)
			return
		}
		retreat := R / math.Tan(half)
		if !m.compFlush(c, polarPt(cur, retreat, theta+gamma)) {
			m.compReject(saved)
			return
		}
	case concave:
		prev := c.Q
		oldrad := math.Hypot(prev.Center[1]-prev.To[1], prev.Center[0]-prev.To[0])
		th := alpha - math.Pi/2
		if prev.Turn > 0 {
			th = alpha + math.Pi/2
		}
		phi := atan2p(prev.Center, op)
		in := insideArc(c.Left, prev.Turn)
		uncomp := oldrad - R
		if in {
			uncomp = oldrad + R
		}
		d := uncomp * math.Cos(th-phi)
		l := (d + R) / oldrad
		if in {
			l = (d - R) / oldrad
		}
		if l > 1 || l < -1 {
			m.compFail(true, "the arc and the following straight move make a corner the compensated tool cannot fit in without gouging")
			m.compReject(saved)
			return
		}
		ang := th + math.Pi + math.Acos(l)
		if in == (prev.Turn > 0) {
			ang = th + math.Pi - math.Acos(l)
		}
		if !m.compFlush(c, polarPt(prev.Center, oldrad, ang)) {
			m.compReject(saved)
			return
		}
	default:
		c.QEmpty = true
		c.End, c.EndOK = cur, true
	}
	c.compEnqueue(compMove{Rapid: rapid, Dir: [2]float64{p[0] - op[0], p[1] - op[1]}})
	c.Cur, c.Prog = end, p
}

// compArc runs a G2/G3 move under compensation: to is the programmed end, ctr the centre,
// rWord |R| for a radius-format arc (NaN for centre format).
func (m *Sim) compArc(cw bool, to *[naxes]float64, ctr [2]float64, rWord float64) {
	p, ok := m.compPoint(to)
	if !ok {
		return
	}
	saved := m.St.Cutter
	c := &m.St.Cutter
	s := &m.step
	R := c.R
	turn := 1
	if s.has('P') {
		if v := s.val('P'); isKnown(v) && v >= 1 {
			turn = int(math.Round(v))
		}
	}
	if cw {
		turn = -turn
	}
	in := insideArc(c.Left, turn)
	tooSmall := func() {
		m.compFail(true, "the tool radius ("+m.prof.fmtLen(R)+") is not less than the radius of an arc it cuts inside: the tool cannot follow it")
		m.compReject(saved)
	}
	if c.First {
		cur := c.Cur
		if math.Hypot(p[0]-cur[0], p[1]-cur[1]) <= R {
			m.compFail(false, "the cutter compensation entry arc does not end farther than the tool radius ("+m.prof.fmtLen(R)+") from the start")
			m.compReject(saved)
			return
		}
		radius := rWord
		if !isKnown(radius) {
			radius = math.Hypot(ctr[0]-cur[0], ctr[1]-cur[1])
		}
		if in && radius <= R {
			tooSmall()
			return
		}
		gamma := atan2p(p, ctr)
		if in {
			gamma = atan2p(ctr, p)
		}
		e := polarPt(p, R, gamma)
		bLen := math.Hypot(cur[1]-e[1], cur[0]-e[0]) / 2
		ab := atan2p(ctr, e)
		aAng := atan2p(cur, e) - ab
		if math.Abs(math.Cos(aAng)) < 1e-6 {
			tooSmall()
			return
		}
		nc := polarPt(e, bLen/math.Cos(aAng), ab)
		// The entry arc leaves LinuxCNC's endpoint unset: its sweep is never checked.
		c.compEnqueue(compMove{Arc: true, Center: nc, To: e, Turn: turn, Sweep: findTurn(cur, nc, turn, e)})
		c.First = false
		c.Cur, c.Prog = e, p
		return
	}
	op, cur := c.Prog, c.Cur
	arcR := math.Hypot(ctr[0]-p[0], ctr[1]-p[1])
	theta := atan2p(cur, op) + math.Pi/2
	if c.Left {
		theta = atan2p(cur, op) - math.Pi/2
	}
	delta := atan2p(ctr, op)
	alpha := delta + math.Pi/2
	if !cw {
		alpha = delta - math.Pi/2
	}
	beta := alpha - theta
	if c.Left {
		beta = theta - alpha
	}
	if beta > 1.5*math.Pi {
		beta -= 2 * math.Pi
	} else if beta < -math.Pi/2 {
		beta += 2 * math.Pi
	}
	var gamma float64
	if (c.Left && !cw) || (!c.Left && cw) {
		gamma = atan2p(ctr, p)
		if arcR <= R {
			tooSmall()
			return
		}
	} else {
		gamma = atan2p(p, ctr)
		delta += math.Pi
	}
	newEnd := polarPt(p, R, gamma)
	switch {
	case beta < -compTolCorner || beta > math.Pi+compTolCorner || (math.Abs(beta-math.Pi) < compTolCorner && !in):
		var mid [2]float64
		if !c.Q.Arc {
			cy := arcR * math.Sin(beta-math.Pi/2)
			dist, toward := arcR+R, cy-R
			if in {
				dist, toward = arcR-R, cy+R
			}
			l := toward / dist
			if l > 1 || l < -1 {
				m.compFail(true, "the arc cannot be reached in this concave corner without gouging: the tool does not fit between the straight move and the arc")
				m.compReject(saved)
				return
			}
			var ang float64
			switch {
			case in && turn > 0:
				ang = theta + math.Asin(l)
			case in:
				ang = theta - math.Asin(l)
			case turn > 0:
				ang = theta + math.Pi - math.Asin(l)
			default:
				ang = theta + math.Pi + math.Asin(l)
			}
			mid = polarPt(ctr, dist, ang)
		} else {
			prev := c.Q
			oldrad := math.Hypot(prev.Center[1]-prev.To[1], prev.Center[0]-prev.To[0])
			newrad := arcR + R
			if in {
				newrad = arcR - R
			}
			cc := math.Hypot(prev.Center[1]-ctr[1], prev.Center[0]-ctr[0])
			if oldrad == 0 || cc == 0 {
				m.compFail(true, "two arcs with the same centre meet in a corner: cutter compensation cannot join them")
				m.compReject(saved)
				return
			}
			a := (oldrad*oldrad + cc*cc - newrad*newrad) / (2 * oldrad * cc)
			if a > 1 || a < -1 {
				m.compFail(true, "the two arcs make a corner the compensated tool cannot fit in without gouging")
				m.compReject(saved)
				return
			}
			pull, dir := math.Acos(a), atan2p(ctr, prev.Center)
			if insideArc(c.Left, prev.Turn) == (turn > 0) {
				dir += pull
			} else {
				dir -= pull
			}
			mid = polarPt(prev.Center, oldrad, dir)
		}
		if !m.compFlush(c, mid) {
			m.compReject(saved)
			return
		}
	case beta > compTolCorner:
		mid := polarPt(op, R, delta)
		c.QEmpty = true
		c.Q = compMove{Arc: true, Center: op, To: mid, Turn: cornerTurn(c.Left)}
		c.End, c.EndOK = mid, true
	default:
		c.QEmpty = true
		c.End, c.EndOK = cur, true
	}
	c.compEnqueue(compMove{Arc: true, Center: ctr, To: newEnd, Turn: turn, Sweep: findTurn(op, ctr, turn, p)})
	c.Cur, c.Prog = newEnd, p
}
