package gcode

import "strconv"

// control executes an o-word or macro B statement.
func (m *Sim) control(b *Block) {
	c := &b.Ctl
	if m.overNested(c.Kind) {
		return
	}
	if run := ctlHandlers[c.Kind]; run != nil {
		run(&ctlStep{m: m, b: b, c: c, alive: m.dead == 0 && !m.gotoDead})
	}
}

// ctlStep is one control block being run: the simulator, the block, and whether the
// code around it runs at all (alive).
type ctlStep struct {
	m     *Sim
	b     *Block
	c     *Ctl
	alive bool
}

// ctlHandlers maps a control statement to the step that runs it.
var ctlHandlers map[CtlKind]func(*ctlStep)

func init() {
	// Filled in init: the handlers run blocks through control, which reads this table.
	ctlHandlers = map[CtlKind]func(*ctlStep){
		CtlSub:        (*ctlStep).onSub,
		CtlEndSub:     (*ctlStep).onEndSub,
		CtlCall:       (*ctlStep).onCall,
		CtlIf:         (*ctlStep).onIf,
		CtlElseIf:     (*ctlStep).onElseIf,
		CtlElse:       (*ctlStep).onElseIf,
		CtlEndIf:      (*ctlStep).onEndIf,
		CtlWhile:      (*ctlStep).onWhile,
		CtlRepeat:     (*ctlStep).onRepeat,
		CtlDo:         (*ctlStep).onDo,
		CtlFanucDo:    (*ctlStep).onFanucDo,
		CtlFanucWhile: (*ctlStep).onFanucWhile,
		CtlEndWhile:   (*ctlStep).onEndWhile,
		CtlEndRepeat:  (*ctlStep).onEndRepeat,
		CtlFanucEnd:   (*ctlStep).onFanucEnd,
		CtlBreak:      (*ctlStep).onBreak,
		CtlContinue:   (*ctlStep).onBreak,
		CtlReturn:     (*ctlStep).onReturn,
		CtlFanucGoto:  (*ctlStep).onFanucGoto,
		CtlFanucIf:    (*ctlStep).onFanucIf,
	}
}

// snap is the state and parameters now, to restore at a branch or the end of a sub.
func (s *ctlStep) snap() snapshot { return snapshot{St: s.m.St, P: s.m.P.clone()} }

// snapRef is snap for a frame's entry, which every chunk checkpoint copies with the frame:
// by pointer, 32 open frames cost a checkpoint 5 KB instead of 27.
func (s *ctlStep) snapRef() *snapshot {
	sn := s.snap()
	return &sn
}

// top is the innermost open frame, or nil.
func (s *ctlStep) top() *frame {
	if len(s.m.frames) == 0 {
		return nil
	}
	return &s.m.frames[len(s.m.frames)-1]
}

// eval is the block's condition, unknown where the code does not run.
func (s *ctlStep) eval() float64 {
	if !s.alive || s.c.Cond == nil {
		return unknown
	}
	s.m.checkExpr(s.c.Cond)
	return s.c.Cond.Eval(s.m)
}

// push opens a frame for the block.
func (s *ctlStep) push(f frame) {
	f.line = s.b.Line
	f.label = s.c.Label
	f.kind = s.c.Kind
	f.outerDead = !s.alive
	s.m.frames = append(s.m.frames, f)
}

// find is the innermost open frame of one of kinds with the block's label, or -1.
func (s *ctlStep) find(kinds ...CtlKind) int {
	m, c := s.m, s.c
	for i := len(m.frames) - 1; i >= 0; i-- {
		for _, k := range kinds {
			if m.frames[i].kind == k && (c.Label == "" || m.frames[i].label == c.Label || k == CtlFanucWhile || k == CtlFanucDo || c.Label == "?") {
				return i
			}
		}
	}
	return -1
}

// truncate closes the frames from i on.
func (s *ctlStep) truncate(i int) {
	if s.m.dead > i {
		s.m.dead = 0
	}
	s.m.frames = s.m.frames[:i]
}

// onSub runs CtlSub.
func (s *ctlStep) onSub() {
	m := s.m
	s.push(frame{entry: s.snapRef()})
	if s.alive {
		m.St = unknownState(m.prof, &m.St)
		p := m.P.forget()
		p.local = map[string]float64{}
		for k := 1; k <= 30; k++ {
			p.num[k] = unknown
		}
		m.P = p
	}
}

// onEndSub runs CtlEndSub.
func (s *ctlStep) onEndSub() {
	m := s.m
	if i := s.find(CtlSub); i >= 0 && i < len(m.frames)-1 {
		// an if or a loop of the body is still open: rs274 runs this endsub as a return
		// from the call, and the body goes on to its last endsub (see endSubReturns)
		s.onReturn()
		return
	} else if i >= 0 {
		f := m.frames[i]
		for _, r := range f.pending {
			if _, ok := m.P.local[r.Name]; !ok && !remapProvided(r.Name) {
				m.step.Undefined = append(m.step.Undefined, r) // the body never sets it
			}
		}
		s.truncate(i)
		if !f.outerDead {
			m.St, m.P = f.entry.St, f.entry.P
		}
	}
}

// onCall runs CtlCall.
func (s *ctlStep) onCall() {
	m, c := s.m, s.c
	if s.alive {
		for _, a := range c.Args {
			m.tabulateExpr(a)
			a.Eval(m)
		}
		key := c.Label
		if c.LabelExpr != nil {
			key = "?"
		}
		m.call(key)
	}
}

// onIf runs CtlIf.
func (s *ctlStep) onIf() {
	m := s.m
	v := s.eval()
	f := frame{entry: s.snapRef(), taken: 0}
	s.push(f)
	if s.alive {
		switch {
		case v == 0:
			m.frames[len(m.frames)-1].taken = -1
			m.dead = len(m.frames)
		case isKnown(v):
			m.frames[len(m.frames)-1].taken = 1
		}
	}
}

// onElseIf runs CtlElseIf, CtlElse.
func (s *ctlStep) onElseIf() {
	m, c := s.m, s.c
	i := s.find(CtlIf)
	if i < 0 {
		return
	}
	s.truncate(i + 1)
	f := &m.frames[i]
	if f.outerDead {
		return
	}
	if m.dead == 0 {
		f.branches = append(f.branches, s.snap())
	}
	m.dead = 0
	m.St, m.P = f.entry.St, f.entry.P.clone()
	s.alive = true
	if f.taken == 1 {
		m.dead = i + 1
		return
	}
	v := 1.0
	if c.Kind == CtlElseIf {
		v = s.eval()
	} else {
		f.elseSeen = true
	}
	switch {
	case v == 0:
		m.dead = i + 1
	case isKnown(v):
		f.taken = 1
	default:
		if f.taken < 0 {
			f.taken = 0
		}
	}
}

// onEndIf runs CtlEndIf.
func (s *ctlStep) onEndIf() {
	m := s.m
	i := s.find(CtlIf)
	if i < 0 {
		return
	}
	f := m.frames[i]
	deadHere := m.dead == i+1
	innerDead := m.dead != 0 && m.dead <= i
	s.truncate(i)
	if f.outerDead || innerDead {
		return
	}
	if !deadHere {
		f.branches = append(f.branches, snapshot{St: m.St, P: m.P})
	}
	if !f.elseSeen && f.taken != 1 {
		f.branches = append(f.branches, *f.entry)
	}
	m.dead = 0
	if len(f.branches) == 0 {
		m.St, m.P = f.entry.St, f.entry.P
		return
	}
	st, p := f.branches[0].St, f.branches[0].P
	for _, br := range f.branches[1:] {
		st = merge(st, br.St)
		p = mergeParams(p, br.P)
	}
	m.St, m.P = st, p
}

// onWhile runs CtlWhile.
func (s *ctlStep) onWhile() {
	m, c := s.m, s.c
	// `oN while` closes an `oN do`.
	if t := s.top(); t != nil && t.kind == CtlDo && t.label == c.Label {
		m.endLoop(len(m.frames)-1, c)
		return
	}
	m.startLoop(s.push, s.snap, s.eval(), c.Cond, 0)
}

// onRepeat runs CtlRepeat.
func (s *ctlStep) onRepeat() {
	m, c := s.m, s.c
	v := unknown
	if s.alive && len(c.Args) > 0 {
		m.tabulateExpr(c.Args[0])
		v = c.Args[0].Eval(m)
	}
	if isKnown(v) && v <= 0 {
		v = 0
	}
	m.startLoop(s.push, s.snap, v, nil, v)
}

// onDo runs CtlDo.
func (s *ctlStep) onDo() {
	m := s.m
	m.startLoop(s.push, s.snap, 1, nil, 0) // the body runs at least once
}

// onFanucDo runs CtlFanucDo.
func (s *ctlStep) onFanucDo() {
	m := s.m
	m.startLoop(s.push, s.snap, unknown, nil, 0)
}

// onFanucWhile runs CtlFanucWhile.
func (s *ctlStep) onFanucWhile() {
	m, c := s.m, s.c
	m.startLoop(s.push, s.snap, s.eval(), c.Cond, 0)
}

// onEndWhile runs CtlEndWhile.
func (s *ctlStep) onEndWhile() {
	m, c := s.m, s.c
	if i := s.find(CtlWhile); i >= 0 {
		m.endLoop(i, c)
	}
}

// onEndRepeat runs CtlEndRepeat.
func (s *ctlStep) onEndRepeat() {
	m, c := s.m, s.c
	if i := s.find(CtlRepeat); i >= 0 {
		m.endLoop(i, c)
	}
}

// onFanucEnd runs CtlFanucEnd.
func (s *ctlStep) onFanucEnd() {
	m, c := s.m, s.c
	if i := s.find(CtlFanucWhile, CtlFanucDo); i >= 0 {
		m.endLoop(i, c)
	}
}

// onBreak runs CtlBreak, CtlContinue.
func (s *ctlStep) onBreak() {
	m := s.m
	if i := m.innerLoop(); i >= 0 {
		m.frames[i].hasBreak = true
	}
}

// onReturn runs CtlReturn.
func (s *ctlStep) onReturn() {
	m, c := s.m, s.c
	for _, a := range c.Args {
		if s.alive {
			m.tabulateExpr(a)
			a.Eval(m)
		}
	}
}

// onFanucGoto runs CtlFanucGoto.
func (s *ctlStep) onFanucGoto() {
	m, c := s.m, s.c
	if s.alive {
		m.jump(c.Label)
		m.leaveLoop(c.Label, s.b.Line)
		m.gotoDead = true
	}
}

// onFanucIf runs CtlFanucIf.
func (s *ctlStep) onFanucIf() {
	m, c := s.m, s.c
	v := s.eval()
	if c.bareIf() {
		return
	}
	if c.Block {
		// Haas's IF […] followed by a block: the block runs when the condition holds
		// (or may hold)
		if s.alive && v != 0 {
			m.execWords(s.b)
		} else {
			m.tabulate(s.b)
		}
		return
	}
	if c.Then != nil && s.alive {
		nv := c.Then.Value.Eval(m)
		switch {
		case v == 0:
		case isKnown(v):
			m.assign(c.Then.Target, nv)
		default:
			old := readParam(c.Then.Target, m, true)
			m.assign(c.Then.Target, mergeF(old, nv))
		}
	}
	if c.Then == nil && s.alive && v != 0 {
		m.jump(c.Label) // taken, or maybe taken
		m.leaveLoop(c.Label, s.b.Line)
		if isKnown(v) {
			m.gotoDead = true
		}
	}
}

// tabulateExpr checks an expression about to be evaluated.
func (m *Sim) tabulateExpr(e *Expr) { m.checkExpr(e) }

// checkExpr records the domain errors of e (with the parameter values before the line).
func (m *Sim) checkExpr(e *Expr) {
	if e == nil || e.Kind == exNum {
		return
	}
	e.walk(func(x *Expr) {
		msg := x.domainError(m)
		if msg == "" && m.dialect == DialectLinuxCNC {
			msg = x.linuxcncError(m)
		}
		if msg != "" {
			m.step.ExprErrors = append(m.step.ExprErrors, spanMsg{x.Start, x.End, msg})
		}
	})
}

// maxParam is LinuxCNC's highest numbered parameter (RS274NGC_MAX_PARAMETERS - 1).
const maxParam = 5601

// linuxcncError returns what LinuxCNC's reader refuses in e: EXISTS with anything but one
// parameter, and a numbered parameter outside 1 … 5601 that is read (not the one EXISTS
// tests).
func (x *Expr) linuxcncError(env Env) string {
	switch x.Kind {
	case exFunc:
		if x.Op == "EXISTS" && (x.A == nil || x.A.Kind != exParam || x.B != nil) {
			return "EXISTS takes exactly one parameter, like EXISTS[#<name>]"
		}
		if x.Op == "EXISTS" {
			// EXISTS tests its parameter without reading it: a number outside 1 … 5601
			// is simply not set (EXISTS[#99999] is 0 in LinuxCNC's tests/interp/exists),
			// but the parameters its index reads are read (EXISTS[###2] with #2 = 99999
			// fails, tests/interp/bad/exists-3).
			msg := ""
			x.A.Param.Index.walk(func(y *Expr) {
				if msg == "" {
					msg = y.linuxcncError(env)
				}
			})
			return msg
		}
	case exParam:
		return paramRange(x.Param, env)
	}
	return ""
}

func paramRange(p ParamRef, env Env) string {
	if p.Index != nil && p.Index.Kind == exParam {
		if msg := paramRange(p.Index.Param, env); msg != "" {
			return msg // ###2: the inner reference fails first
		}
	}
	n := float64(p.Num)
	if p.Index != nil {
		n = p.Index.Eval(env)
	} else if p.Name != "" || p.Num < 0 {
		return ""
	}
	if isKnown(n) && (n < 1 || n > maxParam) {
		return "parameter number " + formatFloat(n, 0) + " is out of range (1 … 5601)"
	}
	return ""
}

func (m *Sim) startLoop(push func(frame), snap func() snapshot, cond float64, condExpr *Expr, count float64) {
	alive := m.dead == 0 && !m.gotoDead
	entry := snap()
	push(frame{entry: &entry})
	if alive && cond == 0 {
		m.frames[len(m.frames)-1].bodyDead = true
		m.dead = len(m.frames)
		return
	}
	if alive && isKnown(cond) {
		// A known condition: run the first iteration with the real values, record it,
		// and replay the rest at the end of the loop.
		f := &m.frames[len(m.frames)-1]
		f.known, f.cond, f.count = true, condExpr, count
		m.startRecording(f)
		return
	}
	if alive {
		// Later iterations see other values: the body is checked with parameter values
		// unknown, so branches that a later iteration takes are checked too.
		m.P = m.P.forget()
	}
}

// innerLoop returns the index of the innermost loop frame inside the current
// subroutine, -1 when none.
func (m *Sim) innerLoop() int {
	for i := len(m.frames) - 1; i >= 0; i-- {
		switch m.frames[i].kind {
		case CtlWhile, CtlDo, CtlRepeat, CtlFanucWhile, CtlFanucDo:
			return i
		case CtlSub:
			return -1
		}
	}
	return -1
}

// maxIterations and maxReplay bound the replay of a loop.
const (
	maxIterations = 1000
	maxReplay     = 100000
)

// iterate replays a recorded loop body while its condition holds; false when the
// condition becomes unknown or the bounds are reached.
func (m *Sim) iterate(f *frame, closing *Ctl) bool {
	log := m.body(f)
	first, end := f.start, log.total()
	if end > first {
		end-- // the closing statement itself
	}
	var body []Block // scanned at the first iteration
	depth := m.replaying
	saved := m.step
	m.step = Step{}
	m.replaying++
	defer func() {
		m.replaying--
		m.step = saved
	}()
	total := 0
	for iter := 1; ; iter++ {
		var cond float64
		switch f.kind {
		case CtlWhile, CtlFanucWhile:
			cond = f.cond.Eval(m)
		case CtlDo:
			cond = closing.Cond.Eval(m)
		case CtlRepeat:
			cond = truth(float64(iter) < f.count)
		default:
			return false
		}
		if !isKnown(cond) || iter > maxIterations || total > maxReplay {
			return false
		}
		if cond == 0 {
			return true
		}
		if body == nil {
			body = m.scanBody(depth, &log, first, end)
		}
		for k := range body {
			m.Exec(&body[k])
			total++
		}
		if m.gotoDead || m.dead != 0 {
			return false
		}
	}
}

// scanBody scans the blocks [first, end) of log again into the buffer of replay depth
// depth (reused: the blocks' slices too).
func (m *Sim) scanBody(depth int, log *blockLog, first, end int) []Block {
	for len(m.bodies) <= depth {
		m.bodies = append(m.bodies, nil)
	}
	n := end - first
	buf := m.bodies[depth]
	if cap(buf) < n {
		buf = append(buf[:cap(buf)], make([]Block, n-cap(buf))...)
	}
	buf = buf[:n]
	for k := range buf {
		log.at(first + k).scan(&buf[k])
	}
	m.bodies[depth] = buf
	if buf == nil {
		return []Block{} // an empty body, scanned
	}
	return buf
}

// endLoop closes the loop frame i: a known loop is iterated; otherwise what the body
// changed is unknown after it.
func (m *Sim) endLoop(i int, closing *Ctl) {
	f := m.frames[i]
	// Reads of names the body defines by its end were defined on later iterations.
	for _, r := range f.pending {
		if _, ok := m.P.local[r.Name]; ok {
			continue
		}
		if j := m.innerLoopBelow(i); j >= 0 {
			m.frames[j].pending = append(m.frames[j].pending, r)
		} else {
			m.step.Undefined = append(m.step.Undefined, r)
		}
	}
	innerDead := m.dead != 0 && m.dead <= i
	m.frames = m.frames[:i]
	if f.outerDead || innerDead {
		return
	}
	if f.bodyDead {
		m.dead = 0
		m.St, m.P = f.entry.St, f.entry.P
		return
	}
	m.dead = 0
	if f.known && f.recording && !f.hasBreak && m.iterate(&f, closing) {
		return
	}
	if f.known {
		m.P = m.P.forget()
	}
	m.St = merge(f.entry.St, m.St)
	m.P = mergeParams(f.entry.P, m.P)
}

// call applies a subroutine call: what the subroutine may change becomes unknown. A
// subroutine that is not in the file (or a computed name) may change anything.
func (m *Sim) call(key string) {
	sub := m.prog.Subs[key]
	touch := uint32(touchAll)
	if sub != nil {
		touch = m.prog.touchOf(key, 0)
	}
	m.clobber(touch)
}

// clobber forgets the parts of the state a touch mask names.
func (m *Sim) clobber(t uint32) {
	st := &m.St
	u := unknownState(m.prof, st)
	if t&touchPos != 0 {
		st.Pos = u.Pos
		st.Motion = -1
		st.CycleZ, st.CycleR, st.CycleQ, st.CycleP = unknown, unknown, unknown, unknown
		st.Moved = true
	}
	if t&touchFeed != 0 {
		st.Feed, st.FeedSet, st.FeedMode = unknown, true, -1
	}
	if t&touchSpindle != 0 {
		st.Spindle, st.Speed, st.SpeedSet, st.SpinMode = 0, unknown, true, -1
	}
	if t&touchCoolant != 0 {
		st.Mist, st.Flood = 0, 0
	}
	if t&touchTool != 0 {
		st.Tool, st.Selected, st.ToolLen, st.TLO, st.H = -2, -2, -1, unknown, unknown
		st.D, st.DSet = unknown, true
		st.Pos[az] = unknown
	}
	if t&touchModal != 0 {
		st.Plane, st.Distance, st.ArcDist, st.Comp, st.PathMode, st.Retract = -1, -1, -1, -1, -1, -1
		st.DistSet = true
	}
	if t&touchUnits != 0 {
		st.Units, st.UnitsSet = -1, true
	}
	if t&touchWCS != 0 {
		st.WCS, st.WCSSet = -1, true
		st.WCSOff, st.G92 = u.WCSOff, [3]float64{unknown, unknown, unknown}
		for i := range st.WCSOff {
			st.WCSOff[i] = [3]float64{unknown, unknown, unknown}
		}
		st.Pos[ax], st.Pos[ay], st.Pos[az] = unknown, unknown, unknown
	}
	if t&touchParams != 0 {
		m.P = m.P.forget()
	}
	if t&touchEnd != 0 {
		st.Ended = true
	}
}

// currentSub returns the label of the innermost subroutine being defined, "" outside.
func (m *Sim) currentSub() string {
	for i := len(m.frames) - 1; i >= 0; i-- {
		if m.frames[i].kind == CtlSub {
			return m.frames[i].label
		}
	}
	return ""
}

func (m *Sim) innerLoopBelow(i int) int {
	for j := i - 1; j >= 0; j-- {
		switch m.frames[j].kind {
		case CtlWhile, CtlDo, CtlRepeat, CtlFanucWhile, CtlFanucDo:
			return j
		case CtlSub:
			return -1
		}
	}
	return -1
}

// jump records the state a GOTO carries to its target label.
func (m *Sim) jump(label string) {
	n, err := strconv.ParseInt(label, 10, 64)
	if err != nil {
		return
	}
	if m.jumps == nil {
		m.jumps = map[int64]snapshot{}
	}
	st, p := m.St, m.P
	if len(m.loops) > 0 {
		// A jump out of a GOTO loop in its first pass: a later pass jumps too, in its own
		// state, so what the loop may change is unknown at the target.
		savedSt, savedP := m.St, m.P
		for label, from := range m.loops {
			m.clobber(m.prog.loopTouch(from, m.prog.lastGoto[label]))
		}
		st, m.St, m.P = m.St, savedSt, savedP
		p = p.forget()
	}
	if prev, ok := m.jumps[n]; ok {
		m.jumps[n] = snapshot{St: merge(prev.St, st), P: mergeParams(prev.P, p)}
		return
	}
	m.jumps[n] = snapshot{St: st, P: p.clone()}
}

// gotoTarget computes the state at a line that GOTOs can reach: the merge of falling in
// from the line above and of every forward jump taken so far; a target that a later line
// jumps back to (a loop) starts its first pass.
func (m *Sim) gotoTarget(b *Block) {
	if last, ok := m.prog.lastGoto[b.N]; ok && last > b.Line {
		// A loop: its first pass enters from above (falling in, or a forward jump) and
		// runs in that state — what the blocks find wrong there is wrong on that pass.
		// Only the parameters are forgotten (the loop's counters), so no condition is
		// taken for certain. The last line jumping back leaves, when it falls through,
		// a state some pass reached: there what the loop changes becomes unknown
		// (leaveLoop). Without a first arrival (the line above ends the program or
		// jumps away, and no forward jump comes), the state is unknown.
		first, reached := m.St, !m.gotoDead && !m.St.Ended
		if j, ok := m.jumps[b.N]; ok && !j.St.Ended {
			if reached {
				first = merge(first, j.St)
			} else {
				first, reached = j.St, true
			}
		}
		if reached {
			m.St = first
			if m.loops == nil {
				m.loops = map[int64]int{}
			}
			m.loops[b.N] = b.Line
		} else {
			m.St = unknownState(m.prof, &m.St)
		}
		m.P = m.P.forget()
		m.gotoDead = false
		delete(m.jumps, b.N)
		return
	}
	j, ok := m.jumps[b.N]
	delete(m.jumps, b.N)
	switch {
	case !ok:
	case m.gotoDead:
		m.St, m.P = j.St, j.P
	default:
		m.St, m.P = merge(m.St, j.St), mergeParams(m.P, j.P)
	}
	m.gotoDead = false
}

// leaveLoop runs after a GOTO that may jump back to label (not taken for certain): on the
// last such line the loop is left, in the state of whichever pass ran last, so what the
// loop's lines may change becomes unknown.
func (m *Sim) leaveLoop(label string, line int) {
	n, err := strconv.ParseInt(label, 10, 64)
	if err != nil {
		return
	}
	from, ok := m.loops[n]
	if !ok || m.prog.lastGoto[n] != line {
		return
	}
	delete(m.loops, n)
	m.clobber(m.prog.loopTouch(from, line))
	m.P = m.P.forget()
}

// deferToSub keeps reads of undefined names in the innermost subroutine frame until its
// endsub, where only the names its body never set are reported.
func (m *Sim) deferToSub(refs []ParamRef) {
	for i := len(m.frames) - 1; i >= 0; i-- {
		if m.frames[i].kind == CtlSub {
			m.frames[i].pending = append(m.frames[i].pending, refs...)
			return
		}
	}
}

// remapProvided reports the locals a LinuxCNC remap prolog sets before a remapped code's
// subroutine runs: the standard prologs' (stdglue) names and the argspec words, one letter
// each (#<x>, #<p>).
func remapProvided(name string) bool {
	switch name {
	case "tool", "pocket", "tool_in_spindle", "selected_tool", "current_pocket", "selected_pocket",
		"motion_code", "speed", "feed":
		return true
	}
	return len(name) == 1
}

// maxNesting bounds the control blocks the simulator tracks: every chunk checkpoint copies
// the open frames, so 50k unclosed o-word subs would cost quadratic time and memory. Real
// programs nest a handful of levels; blocks
// beyond the bound are counted, not simulated. 32 frames keep a checkpoint near 15 KB, so
// a file whose control blocks are never closed still costs a few times its size.
const maxNesting = 32

// overNested counts blocks opened and closed beyond maxNesting and reports whether the
// statement belongs to them.
func (m *Sim) overNested(k CtlKind) bool {
	opens := k == CtlSub || k == CtlIf || k == CtlWhile || k == CtlDo || k == CtlRepeat || k == CtlFanucWhile || k == CtlFanucDo
	closes := k == CtlEndSub || k == CtlEndIf || k == CtlEndWhile || k == CtlEndRepeat || k == CtlFanucEnd
	switch {
	case m.over == 0 && !(opens && len(m.frames) >= maxNesting):
		return false
	case opens:
		m.over++
	case closes:
		m.over--
	}
	return true
}
