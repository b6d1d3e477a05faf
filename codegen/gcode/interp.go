package gcode

import (
	"math"
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// Sim is the modal-state interpreter. It executes one block at a time in RS274NGC's order
// of execution (LinuxCNC manual, "Order of Execution"): o-words, comments, feed mode, F, S,
// T, M6/M61, spindle, coolant, overrides, dwell, plane, units, cutter compensation, tool
// length, coordinate system, path mode, distance mode, retract mode, G28/G30/G10/G92,
// motion (modified by G53), stop. Control flow is simulated linearly: a subroutine body is
// checked once with an unknown entry state, branches with unknown conditions are merged,
// loop bodies run once and what they change becomes unknown after the loop.
type Sim struct {
	St      State
	P       params
	prog    *Program
	prof    *Profile
	dialect Dialect

	frames   []frame
	over     int  // control blocks opened beyond maxNesting, not simulated
	dead     int  // index+1 of the frame whose branch is not taken; 0 when alive
	gotoDead bool // after an unconditional GOTO, until a GOTO target
	programs int  // program numbers seen

	step  Step
	hooks []hookFn
	out   []finding

	jumps map[int64]snapshot // states at forward GOTOs, by target label
	loops map[int64]int      // GOTO loops in their first pass: label → its line

	replaying int               // depth of loop replays in progress
	seen      map[seenKey]bool  // findings already reported inside loops
	msgs      map[string]string // the findings' messages, each kept once

	// logs[d] holds the blocks executed at replay depth d while a loop frame of that
	// depth records its body: the frames keep where their body starts in it.
	logs []blockLog
	// bodies[d] holds the body a replay from depth d runs, scanned again.
	bodies [][]Block
	// the frames and parameters of the last checkpoint, which the next one shares when
	// they did not change (checkpoints are read only)
	cpFrames []frame
	cpP      params
}

type frame struct {
	kind      CtlKind
	label     string
	line      int
	entry     *snapshot // the state the block was entered with; read only, shared by checkpoints
	branches  []snapshot
	taken     int8 // if: -1 no branch taken yet, 0 maybe, 1 certainly
	elseSeen  bool
	outerDead bool
	bodyDead  bool
	pending   []ParamRef // undefined reads inside a loop body, judged at its end

	// Loops whose condition is known are iterated: the first pass records the body's
	// blocks, the end of the loop replays them while the condition holds (bounded).
	known     bool
	cond      *Expr
	count     float64 // repeat count
	recording bool
	rdepth    int
	hasBreak  bool
	start     int // the body's first block in logs[rdepth] (an index counted from the log's beginning)
}

type hookFn func(*Step)

type snapshot struct {
	St State
	P  params
}

// Checkpoint is the complete interpreter state between two lines.
type Checkpoint struct {
	St       State
	P        params
	frames   []frame
	over     int
	dead     int
	gotoDead bool
	programs int
	jumps    map[int64]snapshot
	loops    map[int64]int
	logs     []blockLog
}

func (m *Sim) checkpoint() Checkpoint {
	fr := m.cpFrames
	if !sameFrames(fr, m.frames) {
		fr = make([]frame, len(m.frames))
		copy(fr, m.frames)
		for i := range fr {
			fr[i].pending = append([]ParamRef(nil), fr[i].pending...)
			fr[i].branches = append([]snapshot(nil), fr[i].branches...)
		}
		m.cpFrames = fr
	}
	p := m.cpP
	if p.num == nil || !p.identical(m.P) {
		p = m.P.clone()
		m.cpP = p
	}
	// The recorded blocks are shared, not copied (see blockLog.share).
	var logs []blockLog
	if len(m.logs) > 0 {
		logs = make([]blockLog, len(m.logs))
		for d := range m.logs {
			logs[d] = m.logs[d].share()
		}
	}
	var jumps map[int64]snapshot
	if len(m.jumps) > 0 {
		jumps = map[int64]snapshot{}
		for k, v := range m.jumps {
			jumps[k] = snapshot{St: v.St, P: v.P.clone()}
		}
	}
	var loops map[int64]int
	for k, v := range m.loops {
		if loops == nil {
			loops = map[int64]int{}
		}
		loops[k] = v
	}
	return Checkpoint{St: m.St, P: p, frames: fr, over: m.over, dead: m.dead, gotoDead: m.gotoDead, programs: m.programs, jumps: jumps, loops: loops, logs: logs}
}

// sameFrames reports whether the frames a of a checkpoint are the frames b of the
// simulator unchanged. A frame's entry is allocated when it is opened, and its pending
// reads and branches only grow: the same entry and lengths are the same frame, unchanged
// when its other fields are.
func sameFrames(a, b []frame) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := &a[i], &b[i]
		if x.entry != y.entry || len(x.pending) != len(y.pending) || len(x.branches) != len(y.branches) ||
			x.kind != y.kind || x.label != y.label || x.line != y.line || x.taken != y.taken ||
			x.elseSeen != y.elseSeen || x.outerDead != y.outerDead || x.bodyDead != y.bodyDead ||
			x.known != y.known || x.cond != y.cond || math.Float64bits(x.count) != math.Float64bits(y.count) ||
			x.recording != y.recording || x.rdepth != y.rdepth || x.hasBreak != y.hasBreak || x.start != y.start {
			return false
		}
	}
	return true
}

func (m *Sim) restore(c Checkpoint) {
	m.St, m.P, m.dead, m.gotoDead, m.programs, m.over = c.St, c.P.clone(), c.dead, c.gotoDead, c.programs, c.over
	m.jumps = nil
	for k, v := range c.jumps {
		if m.jumps == nil {
			m.jumps = map[int64]snapshot{}
		}
		m.jumps[k] = snapshot{St: v.St, P: v.P.clone()}
	}
	m.loops = nil
	for k, v := range c.loops {
		if m.loops == nil {
			m.loops = map[int64]int{}
		}
		m.loops[k] = v
	}
	m.frames = append(m.frames[:0], c.frames...)
	m.logs = m.logs[:0]
	for _, l := range c.logs {
		m.logs = append(m.logs, l.share()) // the segment list of its own
	}
}

func (c *Checkpoint) equal(d *Checkpoint) bool {
	if len(c.jumps) > 0 || len(d.jumps) > 0 || len(c.loops) > 0 || len(d.loops) > 0 {
		return false // pending jumps, open loops: compare conservatively
	}
	if !c.St.equal(&d.St) || !c.P.equal(d.P) || c.dead != d.dead || c.over != d.over || c.gotoDead != d.gotoDead ||
		c.programs != d.programs || len(c.frames) != len(d.frames) {
		return false
	}
	for i := range c.frames {
		a, b := &c.frames[i], &d.frames[i]
		if c.bodyLen(a) > 0 || d.bodyLen(b) > 0 {
			return false // a recorded loop body: replay results depend on its text
		}
		if a.kind != b.kind || a.label != b.label || a.taken != b.taken || a.elseSeen != b.elseSeen ||
			a.outerDead != b.outerDead || a.bodyDead != b.bodyDead || len(a.branches) != len(b.branches) ||
			!a.entry.St.equal(&b.entry.St) {
			return false
		}
	}
	return true
}

func newSim(prog *Program, hooks []hookFn) *Sim {
	m := &Sim{prog: prog, prof: prog.Profile, dialect: prog.Dialect, hooks: hooks, P: newParams()}
	m.St = initialState(prog.Profile)
	if prog.SubFile {
		m.St = unknownState(prog.Profile, nil)
	}
	m.St.Diameter = prog.Lathe
	return m
}

// Move is one straight or curved motion in work coordinates (mm); NaN is unknown.
type Move struct {
	Kind     moveKind
	From, To [naxes]float64
	// Low is the lowest Z reached (arcs and helices can dip between the endpoints).
	Low     float64
	Machine bool // G53
	Spindle int8 // spindle state during the move
	Start   int  // what to underline
	End     int
	Cycle   bool
	Synced  bool              // G33/G33.1: spindle-synchronised, no F
	Bounds  [2][naxes]float64 // min, max over the path (arcs)
	// Arc is the geometry of a known arc (Radius 0 when not known), for drawing it.
	Arc ArcGeometry
}

// ArcGeometry is an arc in its plane: A and B are the plane's axes in the interpreter's
// order (XY for G17, ZX for G18, YZ for G19), Center its centre on them, Clockwise its
// direction looking down the plane's normal, Full a whole turn back to the start.
type ArcGeometry struct {
	A, B      int
	Center    [2]float64
	Radius    float64
	Clockwise bool
	Full      bool
}

type moveKind uint8

const (
	moveRapid moveKind = iota + 1
	moveFeed
	moveArc
	moveProbe
	moveHome // G28/G30 final move to a stored position
)

func (k moveKind) cutting() bool { return k == moveFeed || k == moveArc }

// codeWord is a G or M code in the block.
type codeWord struct {
	Code int
	W    int // index in Block.Words
}

// Step is what rules see for one executed block.
type Step struct {
	Sim    *Sim
	B      *Block
	Before State
	Dead   bool        // inside a branch that is not taken: only block-local checks apply
	rule   *rules.Rule // the rule whose hook is running (set by register)

	Vals [26]float64 // the first value of each letter (NaN when not constant)
	// Polar holds LinuxCNC's polar words in program units: @ distance and ^ angle in
	// degrees (NaN when not constant); HasPolar says which are present.
	Polar    [2]float64
	HasPolar [2]bool
	Count    [26]uint8
	First    [26]int16
	Gs       []codeWord
	Ms       []codeWord

	Moves       []Move
	Undefined   []ParamRef
	ArcErrors   []spanMsg
	ExprErrors  []spanMsg
	Cycle       *cycleInfo
	cycleBuf    cycleInfo
	CompExitArc bool // an arc is the first move after cutter compensation ended
	// CompIssues are what the cutter compensation path (interp_comp.go) refused here.
	CompIssues  []compIssue
	compRefused bool // LinuxCNC refuses the block for its cutter compensation: nothing moves
	ToolChange  int  // index of M6 word + 1
	FirstMotion bool
	MotionCode  int // the motion mode that ran (× 10), -1 none
	MotionWord  int // index of the explicit motion code word, -1 modal
	AxisOwner   int // the group-0 code that took the axis words, 0 none
}

type spanMsg struct {
	Start, End int
	Msg        string
}

type cycleInfo struct {
	Code         int
	R, Z         float64 // work mm, absolute
	Incremental  bool
	ZInc         float64 // the depth word in G91 (from R)
	RWord, ZWord int     // word index + 1 when present in the block
	Start, End   int
}

func (s *Step) has(l byte) bool    { return s.Count[l-'A'] > 0 }
func (s *Step) val(l byte) float64 { return s.Vals[l-'A'] }
func (s *Step) word(l byte) *Word  { return &s.B.Words[s.First[l-'A']] }
func (s *Step) hasG(code int) bool { return s.gIndex(code) >= 0 }
func (s *Step) hasM(code int) bool { return s.mIndex(code) >= 0 }
func (s *Step) span() (int, int)   { return s.B.Start, s.B.End }
func (s *Step) wordSpan(i int) (int, int) {
	w := s.B.Words[i]
	return w.Start, w.End
}

func (s *Step) gIndex(code int) int {
	for _, g := range s.Gs {
		if g.Code == code {
			return g.W
		}
	}
	return -1
}

func (s *Step) mIndex(code int) int {
	for _, g := range s.Ms {
		if g.Code == code {
			return g.W
		}
	}
	return -1
}

// conflict reports two different G codes of one modal group (G53 aside).
func (s *Step) conflict() bool {
	var seen [32]int
	for _, g := range s.Gs {
		grp := gGroup(g.Code)
		if grp < 0 || grp >= len(seen) || g.Code == gMachineCoords {
			continue
		}
		if seen[grp] != 0 && (seen[grp] != g.Code+1 || !s.Sim.dialect.fanucFamily()) {
			if (s.Sim.dialect.fanucFamily() || s.Sim.dialect == DialectLinuxCNC) && (seen[grp] == gCycleOff+1 || g.Code == gCycleOff) {
				continue // Fanuc: G80 has its own group ("G80 G00 Z50."); LinuxCNC ignores it there
			}
			return true
		}
		seen[grp] = g.Code + 1
	}
	return false
}

// axisWords reports whether the block has X/Y/Z/A/B/C (or U/V/W) or polar words.
func (s *Step) axisWords() bool {
	if s.HasPolar[0] || s.HasPolar[1] {
		return true
	}
	for _, l := range []byte("XYZABCUVW") {
		if s.has(l) {
			return true
		}
	}
	return false
}

func (s *Step) reset(m *Sim, b *Block) {
	gs, ms, mv, un, ae := s.Gs[:0], s.Ms[:0], s.Moves[:0], s.Undefined[:0], s.ArcErrors[:0]
	s.ExprErrors = s.ExprErrors[:0]
	s.Sim, s.B, s.Before, s.Dead = m, b, m.St, false
	s.Vals, s.Count, s.First = [26]float64{}, [26]uint8{}, [26]int16{}
	s.Polar, s.HasPolar = [2]float64{}, [2]bool{}
	s.Gs, s.Ms, s.Moves, s.Undefined, s.ArcErrors = gs, ms, mv, un, ae
	s.Cycle, s.ToolChange, s.FirstMotion, s.AxisOwner = nil, 0, false, 0
	s.CompExitArc = false
	s.CompIssues, s.compRefused = s.CompIssues[:0], false
	s.MotionCode, s.MotionWord = -1, -1
}

// Numbered implements Env.
func (m *Sim) Numbered(n int) float64 {
	if v, ok := m.P.num[n]; ok {
		return v
	}
	if m.dialect.fanucFamily() && n == 0 {
		return unknown // #0 is <vacant>
	}
	return unknown
}

// Named implements Env.
func (m *Sim) Named(ref ParamRef, inExists bool) (float64, bool) {
	name := ref.Name
	if strings.HasPrefix(name, "_") {
		if v, ok := m.P.global[name]; ok {
			return v, true
		}
		if predefined[name] || strings.HasPrefix(name, "_ini[") || strings.HasPrefix(name, "_hal[") {
			return unknown, true
		}
		return unknown, false
	}
	if v, ok := m.P.local[name]; ok {
		return v, true
	}
	if !inExists && !m.step.Dead {
		if i := m.innerLoop(); i >= 0 && !m.frames[i].known {
			// A later iteration may have set it: decide at the end of the loop.
			m.frames[i].pending = append(m.frames[i].pending, ref)
		} else {
			m.step.Undefined = append(m.step.Undefined, ref)
		}
	}
	return unknown, false
}

// Exec executes one scanned block and runs the rule hooks on it.
func (m *Sim) Exec(b *Block) {
	s := &m.step
	s.reset(m, b)
	if b.Bad() {
		return
	}
	if b.HasN && m.prog.GotoTargets[b.N] {
		m.gotoTarget(b)
		s.Before = m.St
	}
	s.Dead = m.dead != 0 || m.gotoDead
	m.record(b)
	if b.Ctl.Kind != CtlNone {
		m.control(b)
	} else if b.Flags&FlagProgramNumber != 0 {
		m.programs++
		if m.programs > 1 || m.St.Moved || m.St.Ended {
			// A second program in the file is a subprogram: its caller's state is unknown.
			m.St = unknownState(m.prof, &m.St)
			m.P = m.P.forget()
			m.dead, m.gotoDead = 0, false
			s.Dead = false
		}
		m.St.HasLastN = false
	} else if !s.Dead {
		m.execWords(b)
	} else {
		m.tabulate(b)
	}
	if b.HasN {
		m.St.HasLastN, m.St.LastN = true, b.N
	}
	for _, h := range m.hooks {
		h(s)
	}
}

// maxBody bounds a recorded loop body (blocks).
const maxBody = 2000

// record adds b to the bodies of the loops being recorded at this replay depth. Loops
// nest, so the body of an inner loop is the end of the bodies of the loops around it:
// the blocks are kept once, in the log of the depth, from the start of the outermost loop
// still recording, as where they are in the text (b comes from scanLineAt), scanned
// again when the loop is replayed.
func (m *Sim) record(b *Block) {
	d := m.replaying
	var total int
	if d < len(m.logs) {
		total = m.logs[d].total()
	}
	first := -1 // the first block a recording loop of this depth needs
	for i := range m.frames {
		f := &m.frames[i]
		if !f.recording || f.rdepth != d {
			continue
		}
		if total-f.start >= maxBody {
			f.recording = false
			continue
		}
		if first < 0 || f.start < first {
			first = f.start
		}
	}
	if first < 0 {
		if d < len(m.logs) && m.logs[d].segs != nil {
			m.logs[d] = blockLog{base: total}
		}
		return
	}
	for len(m.logs) <= d {
		m.logs = append(m.logs, blockLog{})
	}
	m.logs[d].drop(first)
	m.logs[d].add(b)
}

// startRecording marks the frame f as recording its body from the next block of the
// current replay depth on.
func (m *Sim) startRecording(f *frame) {
	f.recording, f.rdepth, f.start = true, m.replaying, 0
	if m.replaying < len(m.logs) {
		f.start = m.logs[m.replaying].total()
	}
}

// body returns the log holding the blocks recorded for f so far (f recording): blocks
// once written are never written again, so it can be read while the simulator goes on.
func (m *Sim) body(f *frame) blockLog {
	return m.logs[f.rdepth] // f records: its depth has a log
}

// bodyLen is the number of blocks recorded for the frame f of the checkpoint.
func (c *Checkpoint) bodyLen(f *frame) int {
	if !f.recording || f.rdepth >= len(c.logs) {
		return 0
	}
	return c.logs[f.rdepth].total() - f.start
}

// logSeg is the number of blocks in a segment of a blockLog.
const logSeg = 256

// blockRef is where a scanned block is in the text: scanLineAt's arguments.
type blockRef struct {
	src              []byte
	base             int
	line, start, end int
}

// scan reads the block again into b.
func (r *blockRef) scan(b *Block) { scanLineAt(b, r.src, r.base, r.line, r.start, r.end) }

// blockLog is an append-only sequence of blocks in segments of logSeg blocks: an element
// once written is never written again, so a checkpoint shares the segments (share), and
// the front of the log is dropped by whole segments once no recording loop needs it.
type blockLog struct {
	segs [][]blockRef // all full but the last
	base int          // the index of segs[0][0] counted from the log's beginning
}

// total is the number of blocks added to the log since its beginning.
func (l *blockLog) total() int {
	n := l.base
	if k := len(l.segs); k > 0 {
		n += (k-1)*logSeg + len(l.segs[k-1])
	}
	return n
}

// at returns the block of index i (counted from the log's beginning).
func (l *blockLog) at(i int) *blockRef {
	i -= l.base
	return &l.segs[i/logSeg][i%logSeg]
}

// add appends a copy of b.
func (l *blockLog) add(b *Block) {
	k := len(l.segs)
	if k == 0 || len(l.segs[k-1]) == logSeg {
		l.segs = append(l.segs, make([]blockRef, 0, logSeg))
		k++
	} else if last := l.segs[k-1]; len(last) == cap(last) {
		// the last segment is shared with a checkpoint (share): continue in a copy
		c := make([]blockRef, len(last), logSeg)
		copy(c, last)
		l.segs[k-1] = c
	}
	l.segs[k-1] = append(l.segs[k-1], blockRef{b.src, b.srcBase, b.Line, b.Start, b.End})
}

// drop forgets the whole segments before the block of index first.
func (l *blockLog) drop(first int) {
	if n := (first - l.base) / logSeg; n > 0 {
		l.segs = l.segs[n:]
		l.base += n * logSeg
	}
}

// share returns the log as a checkpoint keeps it: the segment list copied, the segments
// shared, the last one's capacity cut to its blocks, so that neither this log nor a
// simulator restored from the copy ever writes where the other reads.
func (l blockLog) share() blockLog {
	if len(l.segs) == 0 {
		return blockLog{base: l.total()}
	}
	segs := make([][]blockRef, len(l.segs))
	copy(segs, l.segs)
	last := segs[len(segs)-1]
	segs[len(segs)-1] = last[:len(last):len(last)]
	return blockLog{segs: segs, base: l.base}
}

// tabulate fills the letter table and code lists of the step.
func (m *Sim) tabulate(b *Block) {
	s := &m.step
	for i := range s.First {
		s.First[i] = -1
	}
	for i, w := range b.Words {
		v := w.Value
		if w.Expr != nil {
			if s.Dead {
				v = unknown
			} else {
				v = w.Expr.Eval(m)
				m.checkExpr(w.Expr)
			}
		}
		if w.Letter == '@' || w.Letter == '^' {
			k := 0
			if w.Letter == '^' {
				k = 1
			}
			if !s.HasPolar[k] {
				s.Polar[k], s.HasPolar[k] = v, true
			}
			continue
		}
		k := w.Letter - 'A'
		if k >= 26 {
			continue
		}
		if s.Count[k] == 0 {
			s.Vals[k], s.First[k] = v, int16(i)
		}
		if s.Count[k] < 255 {
			s.Count[k]++
		}
		switch w.Letter {
		case 'G':
			if isKnown(v) {
				s.Gs = append(s.Gs, codeWord{int(math.Round(v * 10)), i})
			}
		case 'M':
			if isKnown(v) {
				s.Ms = append(s.Ms, codeWord{int(math.Round(v * 10)), i})
			}
		}
	}
}

// execWords runs a block of words in the order of execution.
func (m *Sim) execWords(b *Block) {
	m.tabulate(b)
	if m.step.conflict() {
		return // the interpreter refuses a block with two codes of one group
	}
	m.assignParameters(b)
	s := &m.step
	if len(s.Gs) == 0 && len(s.Ms) == 0 && len(b.Words) == 0 {
		return
	}
	m.setFeedSpeedTool()
	m.setSpindleCoolant()
	m.setPlaneUnitsSpinMode()
	scale := m.St.unitScale()
	m.setCutterComp(scale)
	m.setToolLengthAndFrames(scale)
	owner := m.axisWordsOwner(scale)
	m.cancelOffsets()
	m.motion(owner, scale)
	m.leaveCompensatedPath()
	m.callsAndStops(owner)
}

// assignParameters runs the block's parameter assignments, which take effect after the
// whole line is read: every value is computed before any is assigned.
func (m *Sim) assignParameters(b *Block) {
	if len(b.Assigns) == 0 {
		return
	}
	vals := make([]float64, len(b.Assigns))
	for i, a := range b.Assigns {
		vals[i] = a.Value.Eval(m)
		m.checkExpr(a.Value)
	}
	for i, a := range b.Assigns {
		m.assign(a.Target, vals[i])
	}
}

// setFeedSpeedTool applies the feed rate mode, F, S, T and the tool change (M6, M61).
func (m *Sim) setFeedSpeedTool() {
	s, st := &m.step, &m.St
	for _, g := range s.Gs {
		if gGroup(g.Code) == grpFeedMode {
			st.FeedMode = int16(g.Code)
		}
	}
	if s.has('F') {
		st.Feed, st.FeedSet = s.val('F'), true
	}
	if s.has('S') {
		st.Speed, st.SpeedSet = s.val('S'), true
	}
	if s.has('T') {
		if t := s.val('T'); isKnown(t) {
			st.Selected = int(t)
		} else {
			st.Selected = -2
		}
		if m.dialect == DialectMarlin {
			st.Tool = st.Selected // Marlin T selects the extruder at once
		}
	}
	// M6 / M61.
	if i := s.mIndex(mToolChange); i >= 0 {
		s.ToolChange = i + 1
		st.Tool = st.Selected
		if m.dialect == DialectGrbl {
			st.Tool = -2
		}
	}
	if s.hasM(mSetTool) && s.has('Q') {
		if q := s.val('Q'); isKnown(q) {
			st.Tool, st.Selected = int(q), int(q)
		}
	}
}

// setSpindleCoolant applies the spindle and coolant M codes.
func (m *Sim) setSpindleCoolant() {
	s, st := &m.step, &m.St
	for _, c := range s.Ms {
		switch c.Code {
		case mSpindleCW:
			st.Spindle, st.Warned = 3, st.Warned&^(warnStoppedCut|spindleStopped)
		case mSpindleCCW:
			st.Spindle, st.Warned = 4, st.Warned&^(warnStoppedCut|spindleStopped)
		case mSpindleStop, mOrient:
			st.Spindle, st.Warned = 5, st.Warned&^warnStoppedCut|spindleStopped
		case 130, 140:
			// the Fanuc family's M13/M14: a lathe's live (rotary) tool forward or reverse,
			// a mill's spindle with coolant — a spindle is turning either way
			if m.dialect.fanucFamily() {
				st.Spindle, st.Warned = int8(3+(c.Code-130)/10), st.Warned&^(warnStoppedCut|spindleStopped)
			}
		case mMist:
			st.Mist = 2
		case mFlood:
			st.Flood = 2
		case mCoolantOff:
			st.Mist, st.Flood = 1, 1
		case mSaveState, mAutoRestore:
			// save state: nothing to track
		case mRestoreState:
			*st = unknownModal(*st)
		}
	}
}

// setPlaneUnitsSpinMode applies the plane, units and spindle-speed mode codes.
func (m *Sim) setPlaneUnitsSpinMode() {
	s, st := &m.step, &m.St
	for _, g := range s.Gs {
		switch gGroup(g.Code) {
		case grpPlane:
			st.Plane = int16(g.Code)
		case grpUnits:
			st.Units, st.UnitsSet = int16(g.Code), true
		case grpSpinMode:
			st.SpinMode = int16(g.Code)
		case grpLathe:
			st.Diameter = g.Code == 70 // G7 diameter, G8 radius mode
		}
		if m.dialect.fanucFamily() {
			m.setRotaryArcs(g.Code)
		}
	}
}

// setRotaryArcs follows the Fanuc family's polar (G12.1/G112 on, G13.1/G113 off) and
// cylindrical interpolation (G7.1/G107 with the cylinder's radius on, with C0 off), and
// a plane change, which ends the rotary plane of an arc with a C word.
func (m *Sim) setRotaryArcs(code int) {
	s, st := &m.step, &m.St
	switch {
	case code == 121 || code == 1120:
		st.RotaryArcs = true
	case code == 131 || code == 1130:
		st.RotaryArcs = false
	case code == 71 || code == 1070:
		st.RotaryArcs = !s.has('C') || s.val('C') != 0
	case gGroup(code) == grpPlane:
		st.RotaryArcs = false
	}
}

// setCutterComp starts, ends or refuses cutter radius compensation as LinuxCNC does.
func (m *Sim) setCutterComp(scale float64) {
	s, st := &m.step, &m.St
	if m.dialect.fanucFamily() && s.has('D') && !s.hasG(gMacroCall) && !s.hasG(gModalMacro) && !s.hasG(661) && !s.hasG(gSetData) {
		// The Fanuc family's D (the diameter offset number) is modal: given in any block
		// (`G43 H1 D1`, a D on its own), the control keeps it, and a later G41/G42 without
		// D compensates by that offset (D0 cancels). A macro call's D is argument #7, and
		// G10 sets data; neither selects an offset.
		st.D, st.DSet = s.val('D'), true
	}
	for _, g := range s.Gs {
		if gGroup(g.Code) == grpComp {
			before := s.Before.Comp
			on := before == gCompLeft || before == gCompRight || before == gCompLeftDyn || before == gCompRightDyn
			st.Comp = int16(g.Code)
			if s.has('D') {
				st.D, st.DSet = s.val('D'), true
			}
			switch {
			case g.Code == gCompOff && on:
				if !m.compStop() {
					st.Comp = before // LinuxCNC refuses the block: compensation stays on
					break
				}
				st.CompExit = true
				st.Cutter = compState{}
			case g.Code == gCompOff:
			case before == gCompOff:
				m.compStart(g.Code, scale)
			case on && st.Cutter.On:
				// Turned on when on: LinuxCNC refuses the block and goes on with the
				// compensation it had.
				st.Comp = before
				m.compReject(st.Cutter)
			default:
				st.Cutter = compState{} // unknown before: not followed
			}
		}
	}
}

// setToolLengthAndFrames applies tool length offsets, the work coordinate system, path
// control, distance modes and the canned-cycle return level.
func (m *Sim) setToolLengthAndFrames(scale float64) {
	s, st := &m.step, &m.St
	for _, g := range s.Gs {
		if gGroup(g.Code) == grpToolLen {
			m.toolLength(g.Code, scale)
		}
	}
	for _, g := range s.Gs {
		switch gGroup(g.Code) {
		case grpWCS:
			m.selectWCS(int16(g.Code))
		case grpPath:
			st.PathMode = int16(g.Code)
		case grpDistance:
			st.Distance, st.DistSet = int16(g.Code), true
		case grpArcDist:
			st.ArcDist = int16(g.Code)
		case grpRetract:
			st.Retract = int16(g.Code)
		}
	}
}

// axisWordsOwner runs the non-modal code that takes the block's axis words (G28/G30, G10,
// G92, G52, G65) and returns it, 0 when motion owns them.
func (m *Sim) axisWordsOwner(scale float64) int {
	s, st := &m.step, &m.St
	owner, ownerWord := 0, -1
	for _, g := range s.Gs {
		if gGroup(g.Code) == grpNonModal && (usesAxisWords(g.Code) || g.Code == gSkip && m.dialect != DialectMarlin || m.fanucDwellTime(g.Code)) {
			owner, ownerWord = g.Code, g.W
		}
	}
	s.AxisOwner = owner
	switch owner {
	case gSkip:
		// G31 X…/Z… (Fanuc, Haas, Mach3) is a probing move of its own, whatever the modal
		// motion: it feeds toward the point and stops where the probe touches. Marlin's
		// G31 docks a probe and moves nothing.
		ws, we := s.wordSpan(ownerWord)
		target := m.target(scale, false)
		m.addMove(Move{Kind: moveProbe, From: st.Pos, To: target, Start: ws, End: we})
		for j := 0; j < naxes; j++ {
			if s.has(axisLetters[j]) {
				st.Pos[j] = unknown
			}
		}
		st.Moved = true
	case gHome, gHome2:
		m.home(owner, scale)
	case gSetData:
		m.g10(scale)
	case gOffsetSet:
		for j := 0; j < 3; j++ {
			if s.has(axisLetters[j]) {
				v := s.val(axisLetters[j]) * scale
				st.G92[j] = st.G92[j] + (st.Pos[j] - v)
				st.Pos[j] = v
				st.G92Axes |= 1 << j
			}
		}
	case gLocalOffset, gMacroCall:
		if owner == gLocalOffset {
			for j := 0; j < 3; j++ {
				if s.has(axisLetters[j]) {
					st.Pos[j], st.G92[j] = unknown, unknown
					st.G92Axes &^= 1 << j
				}
			}
		}
	}
	return owner
}

// fanucDwellTime reports a G4 whose X (on a lathe also U) is the dwell time, as the Fanuc
// family reads `G04 X1.5`: the word is seconds, not a move in the modal motion.
func (m *Sim) fanucDwellTime(code int) bool {
	return code == gDwell && m.step.dwellTimedByAxisWord()
}

// dwellTimedByAxisWord reports a block whose X (on a Fanuc lathe also U) times a G4 dwell
// instead of a P word: the Fanuc family's `G04 X1.5` and its lathes' `G04 U0.8`.
func (s *Step) dwellTimedByAxisWord() bool {
	m := s.Sim
	return m.dialect.fanucFamily() && (s.has('X') || m.prog.Lathe && s.has('U'))
}

// cancelOffsets applies G92.1/G92.2 (cancel) and G92.3 (restore).
func (m *Sim) cancelOffsets() {
	s, st := &m.step, &m.St
	for _, g := range s.Gs {
		switch g.Code {
		case gOffsetCancel, gOffsetSuspend:
			for j := 0; j < 3; j++ {
				st.Pos[j] += st.G92[j]
				st.G92[j] = 0
			}
			st.G92Axes = 0
		case gOffsetRestore:
			for j := 0; j < 3; j++ {
				st.Pos[j], st.G92[j] = unknown, unknown
			}
			st.G92Axes = 0
		}
	}
}

// leaveCompensatedPath marks the first move after G40, which LinuxCNC needs straight.
func (m *Sim) leaveCompensatedPath() {
	s, st := &m.step, &m.St
	if s.MotionCode >= 0 && st.CompExit {
		// The first move after G40 leaves the compensated path: LinuxCNC needs it straight.
		s.CompExitArc = s.MotionCode == gArcCW || s.MotionCode == gArcCCW
		st.CompExit = false
	}
}

// callsAndStops runs program stops, ends, subprogram calls and returns.
func (m *Sim) callsAndStops(owner int) {
	s, st := &m.step, &m.St
	for _, c := range s.Ms {
		switch c.Code {
		case mStop, mOptionalStop, mPalletStop:
			_ = m.compStop()
		case mEnd, mEndRewind:
			_ = m.compStop()
			m.programEnd()
		case mCallSub:
			m.call(programKey(s.val('P')))
		case mReturn:
			if m.programs <= 1 && len(m.frames) == 0 {
				st.Ended = true
			}
		}
	}
	if owner == gMacroCall {
		m.call(programKey(s.val('P')))
	}
}

// unknownModal forgets the modal groups (after M72 restores a saved state).
func unknownModal(s State) State {
	s.Motion, s.PreCycle, s.Plane, s.Units, s.Distance, s.ArcDist, s.FeedMode = -1, -1, -1, -1, -1, -1, -1
	s.Comp, s.ToolLen, s.WCS, s.PathMode, s.Retract, s.SpinMode = -1, -1, -1, -1, -1, -1
	s.Feed, s.Speed, s.Spindle, s.Mist, s.Flood = unknown, unknown, 0, 0, 0
	s.Cutter = compState{}
	return s
}

func programKey(p float64) string {
	if !isKnown(p) {
		return "?"
	}
	return "p" + itoa(int(p))
}

// programEnd applies M2/M30: LinuxCNC resets offsets to G54, plane G17, G90, G94, cutter
// compensation off, spindle and coolant off, motion G1.
func (m *Sim) programEnd() {
	st := &m.St
	st.Ended = true
	st.Spindle, st.Mist, st.Flood = 5, 1, 1
	st.Comp, st.Plane, st.Distance, st.FeedMode = gCompOff, gPlaneXY, gAbsolute, gPerMinute
	st.Cutter = compState{}
	// LinuxCNC also zeroes the feed rate (rs274 shows SET_FEED_RATE(0) at M2).
	st.Feed = 0
	if st.WCS != gWCS1 {
		m.selectWCS(540)
	}
	st.Motion = gLine
}

func (m *Sim) assign(t ParamRef, v float64) {
	switch {
	case t.Index != nil:
		i := t.Index.Eval(m)
		if !isKnown(i) {
			// An unknown target: any numbered parameter may have changed.
			for k := range m.P.num {
				m.P.num[k] = unknown
			}
			return
		}
		m.P.num[int(math.Round(i))] = v
	case t.Name != "":
		if strings.HasPrefix(t.Name, "_") {
			m.P.global[t.Name] = v
		} else {
			m.P.local[t.Name] = v
		}
	default:
		m.P.num[t.Num] = v
	}
}

func (m *Sim) toolLength(code int, scale float64) {
	s, st := &m.step, &m.St
	switch code {
	case gTLOOff:
		m.setTLO(0)
		st.ToolLen, st.H = gTLOOff, unknown
	case gTLO, gTLONeg:
		st.ToolLen = int16(code)
		h := float64(st.Tool)
		if st.Tool < 0 {
			h = unknown
		}
		if s.has('H') {
			h = s.val('H')
		}
		st.H = h
		tlo := unknown
		if isKnown(h) {
			if t, ok := m.prof.Tool(int(h)); ok {
				tlo = t.Length
				if code == gTLONeg {
					tlo = -tlo
				}
			} else if h == 0 {
				tlo = 0
			}
		}
		m.setTLO(tlo)
	case gTLODyn:
		st.ToolLen = gTLODyn
		v := 0.0
		if s.has('Z') {
			v = s.val('Z') * scale
		}
		m.setTLO(v)
	default:
		st.ToolLen = int16(code)
		m.setTLO(unknown)
	}
}

// setTLO changes the tool length offset; the machine stays put, so work Z moves.
func (m *Sim) setTLO(v float64) {
	st := &m.St
	st.Pos[az] -= v - st.TLO
	st.TLO = v
}

func (m *Sim) selectWCS(code int16) {
	st := &m.St
	st.WCSSet = true
	if st.WCS == code {
		return
	}
	mach := st.toMachine(st.Pos)
	st.WCS = code
	for j := 0; j < 3; j++ {
		st.Pos[j] = st.fromMachine(j, mach[j])
	}
}

func (m *Sim) g10(scale float64) {
	s, st := &m.step, &m.St
	l, p := s.val('L'), s.val('P')
	if !s.has('L') || !isKnown(l) {
		return
	}
	switch int(l) {
	case 2, 20:
		idx := int(p)
		if !isKnown(p) {
			for i := range st.WCSOff {
				st.WCSOff[i] = [3]float64{unknown, unknown, unknown}
			}
			st.Pos[ax], st.Pos[ay], st.Pos[az] = unknown, unknown, unknown
			return
		}
		if idx == 0 {
			idx = st.wcsIdx()
		}
		if idx <= 0 || idx > 9 {
			return
		}
		active := idx == st.wcsIdx()
		mach := st.toMachine(st.Pos)
		for j := 0; j < 3; j++ {
			if !s.has(axisLetters[j]) {
				continue
			}
			v := s.val(axisLetters[j]) * scale
			if int(l) == 2 {
				st.WCSOff[idx][j] = v
			} else {
				// L20: the current position reads v in that system.
				st.WCSOff[idx][j] = mach[j] - st.G92[j] - v
				if j == az {
					st.WCSOff[idx][j] -= st.TLO
				}
			}
		}
		if active {
			for j := 0; j < 3; j++ {
				st.Pos[j] = st.fromMachine(j, mach[j])
			}
		}
	case 1, 10, 11:
		if st.ToolLen == gTLO {
			m.setTLO(unknown)
		}
	}
}

// home runs G28/G30: a rapid to the optional intermediate point, then to the stored
// position (unknown to us: it lives in parameters #5161… / #5181…).
func (m *Sim) home(code int, scale float64) {
	s, st := &m.step, &m.St
	from := st.Pos
	to := from
	any := false
	for j := 0; j < naxes; j++ {
		l := axisLetters[j]
		if !s.has(l) {
			continue
		}
		any = true
		v := s.val(l)
		if j < 3 {
			v *= scale
		}
		if st.Distance == gIncremental {
			to[j] = from[j] + v
		} else if st.Distance == gAbsolute {
			to[j] = v
		} else {
			to[j] = unknown
		}
	}
	w := s.gIndex(code)
	ws, we := s.wordSpan(w)
	if any {
		m.addMove(Move{Kind: moveRapid, From: from, To: to, Start: ws, End: we})
	}
	final := to
	for j := 0; j < naxes; j++ {
		if !any || s.has(axisLetters[j]) {
			final[j] = unknown
		}
	}
	m.addMove(Move{Kind: moveHome, From: to, To: final, Start: ws, End: we})
	st.Pos = final
	st.Moved = true
}

func (m *Sim) addMove(mv Move) {
	mv.Spindle = m.St.Spindle
	if mv.Low == 0 {
		mv.Low = minKnown(mv.From[az], mv.To[az])
	}
	if mv.Bounds == [2][naxes]float64{} {
		for j := 0; j < naxes; j++ {
			mv.Bounds[0][j] = minKnown(mv.From[j], mv.To[j])
			mv.Bounds[1][j] = -minKnown(-mv.From[j], -mv.To[j])
		}
	}
	m.step.Moves = append(m.step.Moves, mv)
}

// minKnown is the smaller of the known values (NaN when neither is).
func minKnown(a, b float64) float64 {
	switch {
	case math.IsNaN(a):
		return b
	case math.IsNaN(b):
		return a
	}
	return math.Min(a, b)
}
