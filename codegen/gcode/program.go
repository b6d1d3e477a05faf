package gcode

import (
	"hash/maphash"
	"math"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// What a block (or a subroutine body) may change, for calls.
const (
	touchPos = 1 << iota
	touchFeed
	touchSpindle
	touchCoolant
	touchTool
	touchModal
	touchWCS
	touchParams
	touchCall
	touchEnd
	touchUnits // G20/G21: a call that never sets them leaves the caller's units (or none)
)

const touchAll = touchPos | touchFeed | touchSpindle | touchCoolant | touchTool | touchModal | touchWCS | touchParams | touchUnits

// blockTouch returns what executing b may change.
func blockTouch(b *Block) uint32 {
	var t uint32
	if len(b.Assigns) > 0 {
		t |= touchParams
	}
	if b.Ctl.Kind == CtlCall {
		t |= touchCall
	}
	if b.Ctl.Then != nil {
		t |= touchParams
	}
	for _, w := range b.Words {
		switch w.Letter {
		case 'X', 'Y', 'Z', 'A', 'B', 'C', 'U', 'V', 'W':
			t |= touchPos
		case 'F':
			t |= touchFeed
		case 'S':
			t |= touchSpindle
		case 'T', 'H':
			t |= touchTool
		case 'G', 'M':
			code, ok := w.Code()
			if !ok {
				t |= touchAll
				continue
			}
			if w.Letter == 'M' {
				switch code {
				case mSpindleCW, mSpindleCCW, mSpindleStop, mOrient:
					t |= touchSpindle
				case mMist, mFlood, mCoolantOff:
					t |= touchCoolant
				case mToolChange, mSetTool:
					t |= touchTool
				case mCallSub:
					t |= touchCall
				case mEnd, mEndRewind:
					t |= touchEnd | touchSpindle | touchCoolant | touchModal | touchWCS
				case mRestoreState:
					t |= touchModal | touchUnits | touchFeed | touchSpindle | touchCoolant
				}
				continue
			}
			switch gGroup(code) {
			case grpMotion:
				// a motion code changes the motion mode, which touchPos forgets, and no
				// other mode: a subroutine that only moves leaves the plane, the distance
				// mode and compensation as its caller had them
				t |= touchPos
			case grpFeedMode:
				t |= touchFeed
			case grpToolLen:
				t |= touchTool
			case grpWCS:
				t |= touchWCS
			case grpUnits:
				t |= touchUnits
			case grpNonModal:
				switch code {
				case gHome, gHome2:
					t |= touchPos
				case gSetData, gOffsetSet, gOffsetCancel, gOffsetSuspend, gOffsetRestore, gLocalOffset:
					t |= touchWCS
				case gMacroCall:
					t |= touchCall
				}
			default:
				t |= touchModal
			}
		}
	}
	return t
}

// ctlEvent is a control statement or program number, with what the lines since the
// previous event may change.
type ctlEvent struct {
	Line       int
	Start, End int // the statement (keyword span for o-words)
	Kind       CtlKind
	Label      string
	Written    string // the label as written, where it differs from Label (see subEndSubLabels)
	Program    int    // program number (Kind == ctlProgram)
	Touch      uint32
}

const ctlProgram CtlKind = 200

// callRef is a call to a subroutine or subprogram.
type callRef struct {
	Line       int
	Start, End int
	Key        string // "100", "<name>", "p1000", "?"
	How        string // "o-call", "M98", "G65"
}

// summary is what one chunk contributes to the program index.
type summary struct {
	events    []ctlEvent
	calls     []callRef
	gotos     []int64
	gotoLines []int // line of each goto, parallel to gotos
	tailTouch uint32
	ends      int // M2/M30 count
	endLines  []int
	m99       int
	percents  int
	lastLine  int // last line with something to execute (-1 none)
	lastStart int
	lastEnd   int
	motion    bool
	// what tells a lathe program: a Y word (none on a lathe); G18, G96 or a turret's T0101
	// without M6 (lathe hints)
	sawY       bool
	latheHints int
	// what tells a Mach-style turning program guessed as LinuxCNC's: turret T words
	// (T0101 without M6), and no M6, no G7/G8 and no o-word anywhere (LinuxCNC changes a
	// tool only on M6 and writes its lathe modes and subroutines explicitly)
	turret    int
	lcncOnly  bool
	starts    bool    // M3/M4
	speeds    bool    // an S word above zero, or computed
	speedZero bool    // S0
	firstStmt CtlKind // kind of the first statement (ctlProgram for an O number), 0 words
	lastStmt  CtlKind // kind of the last statement
	hasFirst  bool
	lines     int
	nLines    int // lines with N numbers
}

// profileRefs records the P and Q sequence numbers of a G70–G73 block that has both (the
// first block of a two-block G71/G72 has U and R only, and a mill's G73 peck cycle has no P).
func (s *summary) profileRefs(b *Block, code int) {
	var p, q *Word
	for i := range b.Words {
		switch w := &b.Words[i]; w.Letter {
		case 'P':
			p = w
		case 'Q':
			q = w
		}
	}
	if p == nil || q == nil || p.Expr != nil || q.Expr != nil || !isKnown(p.Value) || !isKnown(q.Value) {
		return
	}
	how := "G" + strconv.Itoa(code/10)
	for _, w := range []*Word{p, q} {
		if w.Value != math.Trunc(w.Value) || w.Value <= 0 {
			return
		}
	}
	for _, w := range []*Word{p, q} {
		s.calls = append(s.calls, callRef{Line: b.Line, Start: w.Start, End: w.End, Key: "n" + strconv.FormatInt(int64(w.Value), 10), How: how})
	}
}

// summarize adds b to the summary.
func (s *summary) add(b *Block) {
	s.lines++
	if b.Bad() || b.Empty() && b.Flags&FlagPercent == 0 {
		return
	}
	if b.HasN {
		s.nLines++
	}
	if b.Flags&FlagPercent != 0 {
		s.percents++
		return
	}
	if !s.hasFirst {
		s.hasFirst = true
		s.firstStmt = b.Ctl.Kind
		if b.Flags&FlagProgramNumber != 0 {
			s.firstStmt = ctlProgram
		}
	}
	s.lastLine, s.lastStart, s.lastEnd, s.lastStmt = b.Line, b.Start, b.End, b.Ctl.Kind
	if b.Flags&FlagProgramNumber != 0 {
		s.events = append(s.events, ctlEvent{Line: b.Line, Start: b.Start, End: b.End, Kind: ctlProgram,
			Program: b.Program, Label: "p" + strconv.Itoa(b.Program), Touch: s.tailTouch})
		s.tailTouch = 0
		return
	}
	t := blockTouch(b)
	if b.Ctl.Kind != CtlNone && b.Ctl.Kind < CtlFanucIf {
		s.lcncOnly = true // an o-word
	}
	if b.Ctl.Kind != CtlNone {
		c := b.Ctl
		s.events = append(s.events, ctlEvent{Line: b.Line, Start: c.Start, End: c.KwEnd, Kind: c.Kind, Label: c.Label, Touch: s.tailTouch})
		s.tailTouch = t
		switch c.Kind {
		case CtlCall:
			key := c.Label
			if c.LabelExpr != nil {
				key = "?"
			}
			s.calls = append(s.calls, callRef{Line: b.Line, Start: c.Start, End: c.KwEnd, Key: key, How: "o-call"})
		case CtlFanucGoto, CtlFanucIf:
			if n, err := strconv.ParseInt(c.Label, 10, 64); err == nil {
				s.gotos = append(s.gotos, n)
				s.gotoLines = append(s.gotoLines, b.Line)
				s.calls = append(s.calls, callRef{Line: b.Line, Start: c.Start, End: b.End, Key: "n" + c.Label, How: "GOTO"})
			}
		}
		if !c.Block {
			return
		}
		// Haas's IF […] followed by a block: its words are read like any block's
	}
	s.tailTouch |= t
	if t&touchPos != 0 {
		s.motion = true
	}
	s.latheWords(b)
	s.spindleWords(b)
	for i, w := range b.Words {
		code, ok := w.Code()
		if !ok {
			continue
		}
		switch {
		case w.Letter == 'M' && (code == mEnd || code == mEndRewind):
			s.ends++
			s.endLines = append(s.endLines, b.Line)
		case w.Letter == 'M' && code == mReturn:
			s.m99++
		case w.Letter == 'M' && code == mCallSub, w.Letter == 'G' && code == gMacroCall:
			how := "M98"
			if w.Letter == 'G' {
				how = "G65"
			}
			key := "?"
			for _, p := range b.Words[i+1:] {
				if p.Letter == 'P' {
					key = programKey(p.Value)
					break
				}
			}
			for _, p := range b.Words[:i] {
				if p.Letter == 'P' {
					key = programKey(p.Value)
				}
			}
			s.calls = append(s.calls, callRef{Line: b.Line, Start: w.Start, End: w.End, Key: key, How: how})
		case w.Letter == 'G' && (code == 700 || code == 710 || code == 720 || code == 730):
			// a Fanuc-family lathe's finishing and roughing cycles name the first and last
			// blocks of their profile by P and Q (G71 P10 Q20 U0.4 W0.1)
			s.profileRefs(b, code)
		}
	}
}

// Program is the file-level index the simulation needs before it runs.
type Program struct {
	Dialect     Dialect
	Explicit    bool // dialect chosen by configuration or profile
	Guessed     bool // LinuxCNC's reading only for want of any sign (readDialect)
	Profile     *Profile
	Path        string
	Subs        map[string]*SubInfo
	GotoTargets map[int64]bool
	lastGoto    map[int64]int // the last line that jumps to a label
	Events      []ctlEvent
	Calls       []callRef
	Called      map[string]bool
	Ends, M99   int
	EndLines    []int // the lines of the M2/M30s, in order
	Percents    int
	LastLine    int
	LastSpan    Span
	Motion      bool
	// Spindle: the program starts the spindle (M3/M4) somewhere, or, in the Fanuc family,
	// sets its speed, so the spindle is under program control (not a router switched on by
	// hand). S words that also go to S0 without any M3/M4 are a laser's power, not a
	// spindle's speed. A LinuxCNC, Mach or Grbl program that sets a speed and never starts
	// the spindle (Estlcam and CAMotics write the S word either way) is for a spindle
	// switched on by hand: those controllers start it only on M3/M4.
	Spindle bool
	// Lathe: a Fanuc-family program for a lathe (no Y word; G18, G96 or turret T words), or
	// a Mach-style turning program guessed as LinuxCNC's (turret T words, never M6, no G7/G8
	// or o-word): X is a diameter, U and W are increments of X and Z, G41/G42 take the nose
	// radius of the tool's offset.
	Lathe bool
	// SubFile: a Fanuc-family file that returns with M99 and never ends with M2/M30 is a
	// subprogram (or a macro the control calls for M6, T or G codes), and so is a grblHAL
	// macro file (P<n>.macro for G65, TC.macro for M6) without M2/M30: it starts in its
	// caller's state, which the file does not tell.
	SubFile   bool
	FirstStmt CtlKind
	LastStmt  CtlKind
	Lines     int
	sig       uint64
}

// SubInfo is a subroutine (o-word sub) or a Fanuc program (O number) in the file.
type SubInfo struct {
	Key   string
	Line  int
	Touch uint32
}

var seed = maphash.MakeSeed()

// buildProgram combines chunk summaries in file order.
func buildProgram(sums []*summary, set *settings) *Program {
	d, explicit, prof, path := set.dialect, set.explicit, set.prof, set.path
	p := &Program{Dialect: d, Explicit: explicit, Guessed: set.guessed, Profile: prof, Path: path, Subs: map[string]*SubInfo{},
		GotoTargets: map[int64]bool{}, LastLine: -1, Called: map[string]bool{}, lastGoto: map[int64]int{}}
	var tail uint32
	first := true
	sawY, latheHints, turret, lcncOnly := false, 0, 0, false
	starts, speeds, speedZero := false, false, false
	for _, s := range sums {
		for i, e := range s.events {
			if i == 0 {
				e.Touch |= tail
			}
			p.Events = append(p.Events, e)
		}
		if len(s.events) > 0 {
			tail = s.tailTouch
		} else {
			tail |= s.tailTouch
		}
		p.Calls = append(p.Calls, s.calls...)
		for i, g := range s.gotos {
			p.GotoTargets[g] = true
			if s.gotoLines[i] > p.lastGoto[g] {
				p.lastGoto[g] = s.gotoLines[i]
			}
		}
		p.Ends += s.ends
		p.EndLines = append(p.EndLines, s.endLines...)
		p.M99 += s.m99
		p.Percents += s.percents
		if s.lastLine >= 0 && s.hasFirst {
			p.LastLine, p.LastSpan, p.LastStmt = s.lastLine, Span{s.lastStart, s.lastEnd}, s.lastStmt
		}
		p.Motion = p.Motion || s.motion
		sawY = sawY || s.sawY
		starts, speeds, speedZero = starts || s.starts, speeds || s.speeds, speedZero || s.speedZero
		latheHints += s.latheHints
		turret += s.turret
		lcncOnly = lcncOnly || s.lcncOnly
		if first && s.hasFirst {
			p.FirstStmt, first = s.firstStmt, false
		}
		p.Lines += s.lines
	}
	for _, c := range p.Calls {
		p.Called[c.Key] = true
	}
	// A program only guessed to be LinuxCNC's that selects tools as a turret does (T0101,
	// never M6) and writes no G7/G8 or o-word is a Mach3/Mach4-style turning program: X is a
	// diameter and its drilling cycles run along Z, as on a Fanuc-family lathe.
	// (A .ngc file is LinuxCNC's by its name: there X stays a radius without G7.)
	machLathe := !explicit && d == DialectLinuxCNC && turret > 0 && !lcncOnly &&
		!strings.EqualFold(filepath.Ext(path), ".ngc")
	p.Lathe = (d.fanucFamily() || machLathe) && !sawY && latheHints > 0
	p.Spindle = starts || d.fanucFamily() && speeds && !speedZero
	p.SubFile = p.Ends == 0 && (d.fanucFamily() && p.M99 > 0 || isMacroFile(path))
	// Subroutine bodies: the touches of the events after the opener up to its closer.
	var h maphash.Hash
	h.SetSeed(seed)
	subEndSubLabels(p.Events, path)
	endSubReturns(p.Events)
	body := newTouchRanges(p.Events)
	for i, e := range p.Events {
		h.WriteString(e.Label)
		h.WriteByte(byte(e.Kind))
		switch e.Kind {
		case CtlSub:
			t := body.sub(i)
			si := &SubInfo{Key: e.Label, Line: e.Line, Touch: t}
			if _, dup := p.Subs[e.Label]; !dup {
				p.Subs[e.Label] = si
				if isNumericLabel(e.Label) {
					p.Subs["p"+e.Label] = si
				}
			}
		case ctlProgram:
			var t uint32
			for _, f := range p.Events[i+1:] {
				t |= f.Touch
				if f.Kind == ctlProgram {
					break
				}
			}
			if i == len(p.Events)-1 {
				t |= tail
			}
			if _, dup := p.Subs[e.Label]; !dup {
				p.Subs[e.Label] = &SubInfo{Key: e.Label, Line: e.Line, Touch: t | touchAll&^touchParams}
			}
		}
	}
	var unordered uint64
	for g := range p.GotoTargets {
		unordered += maphash.String(seed, "g"+strconv.FormatInt(g, 10)+"/"+strconv.Itoa(p.lastGoto[g]))
	}
	for _, c := range p.Calls {
		h.WriteString(c.Key)
	}
	for k, s := range p.Subs {
		unordered += maphash.String(seed, k+"/"+strconv.FormatUint(uint64(s.Touch), 16))
	}
	h.WriteString(strconv.FormatUint(unordered, 16))
	if p.Lathe {
		// an edit that makes the program a lathe's, or a mill's, changes every X
		h.WriteString("lathe")
	}
	if p.SubFile {
		// an edit that adds or removes the file's only M30 changes its starting state
		h.WriteString("subfile")
	}
	p.sig = h.Sum64()
	return p
}

// subEndSubLabels reads as its subroutine's own an endsub whose label names no subroutine
// of the file, written inside a subroutine's body (a remap subroutine copied from another
// and renamed, `o<toolchange> endsub [1]` left inside `o<m6_remap> sub`). rs274 matches
// such an endsub by its label only while it skips a definition to its end, and there it
// skips it; run from a call, any endsub or return leaves the subroutine whatever its label.
// So, inside a body that the subroutine's own endsub closes further down, such an endsub is
// an early return; in a subroutine file (name.ngc holding o<name> sub, entered by the call,
// never skipped as a definition) it is one as well, and the last of them ends the body.
func subEndSubLabels(events []ctlEvent, path string) {
	subs := map[string]bool{}
	for _, e := range events {
		if e.Kind == CtlSub {
			subs[e.Label] = true
		}
	}
	for i, e := range events {
		if e.Kind != CtlSub || e.Label == "?" {
			continue
		}
		end, closed := len(events), false
		for j := i + 1; j < len(events); j++ {
			f := events[j]
			if f.Kind == CtlSub || f.Kind == ctlProgram {
				end = j
				break
			}
			if f.Kind == CtlEndSub && f.Label == e.Label {
				end, closed = j, true
				break
			}
		}
		if !closed && !isFileSubroutine(path, e.Label) {
			continue // a definition rs274 skips to the end of the file: reported as never closed
		}
		for j := i + 1; j < end; j++ {
			f := &events[j]
			if f.Kind == CtlEndSub && f.Label != "?" && !subs[f.Label] {
				f.Written, f.Label = f.Label, e.Label
			}
		}
	}
}

// endSubReturns turns into a return each `oN endsub` met while a block opened inside that
// subroutine (an if, a loop) is still open: rs274 runs such an endsub as an early return
// from the call, and the subroutine goes on to its last endsub (remap tool-change
// subroutines end the call this way when the tool is already in the spindle).
//
// The subroutine's last endsub in the file closes it even then when what is open inside is
// never closed further down: the if left open is the fault (rs274 finds no endif when its
// condition is false), not the subroutine, whose endsub is there.
func endSubReturns(events []ctlEvent) {
	last := map[string]int{}
	for i, e := range events {
		if e.Kind == CtlEndSub && e.Label != "?" {
			last[e.Label] = i
		}
	}
	var open []ctlEvent
	for i := range events {
		e := &events[i]
		n := len(open)
		switch e.Kind {
		case ctlProgram:
			open = open[:0]
		case CtlSub, CtlIf, CtlDo, CtlRepeat:
			open = append(open, *e)
		case CtlWhile:
			if n > 0 && open[n-1].Kind == CtlDo && open[n-1].Label == e.Label {
				open = open[:n-1] // the closing while of a do loop
				continue
			}
			open = append(open, *e)
		case CtlEndIf, CtlEndWhile, CtlEndRepeat:
			if n > 0 && open[n-1].Kind != CtlSub {
				open = open[:n-1]
			}
		case CtlEndSub:
			k := n - 1
			for k >= 0 && open[k].Kind != CtlSub {
				k--
			}
			if k < 0 {
				continue
			}
			if k < n-1 && (open[k].Label == e.Label || e.Label == "?") && (e.Label == "?" || last[e.Label] != i || closedBelow(events, i, open[k+1:])) {
				e.Kind = CtlReturn
				continue
			}
			open = open[:k]
		}
	}
}

// closedBelow reports whether one of the blocks in inner (opened inside a subroutine and
// still open at event i) is closed by an event after i.
func closedBelow(events []ctlEvent, i int, inner []ctlEvent) bool {
	for _, o := range inner {
		closer := CtlNone
		switch o.Kind {
		case CtlIf:
			closer = CtlEndIf
		case CtlWhile:
			closer = CtlEndWhile
		case CtlRepeat:
			closer = CtlEndRepeat
		case CtlDo:
			closer = CtlWhile
		}
		for _, e := range events[i+1:] {
			if e.Kind == closer && e.Label == o.Label {
				return true
			}
		}
	}
	return false
}

func firstEventLine(p *Program) int {
	if len(p.Events) == 0 {
		return -1
	}
	return p.Events[0].Line
}

func isNumericLabel(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// touchOf returns what calling key may change.
func (p *Program) touchOf(key string, depth int) uint32 {
	s := p.Subs[key]
	if s == nil {
		return touchAll
	}
	if s.Touch&touchCall != 0 {
		return touchAll
	}
	return s.Touch &^ touchEnd
}

// loopTouch returns what the lines from..to may change (a GOTO loop's lines; a little more
// where a control statement's touches reach back before from).
func (p *Program) loopTouch(from, to int) uint32 {
	i := sort.Search(len(p.Events), func(i int) bool { return p.Events[i].Line >= from })
	var t uint32
	for ; i < len(p.Events) && p.Events[i].Line <= to; i++ {
		t |= p.Events[i].Touch
		if p.Events[i].Kind == CtlCall {
			t |= touchCall
		}
	}
	if i < len(p.Events) {
		// the touches of the lines after the last event up to to are in the next one
		t |= p.Events[i].Touch
	}
	if t&touchCall != 0 {
		t |= touchAll
	}
	return t &^ touchEnd
}

// touchRanges answers "what does a subroutine body touch" in O(32 log n) per sub: scanning
// each body would be quadratic when subs are left open (50k unclosed o-word subs).
type touchRanges struct {
	end  []int   // index of the sub's closer, len(events) when unclosed
	bits [][]int // per touch bit, the event indexes that set it, ascending
}

func newTouchRanges(events []ctlEvent) *touchRanges {
	r := &touchRanges{end: make([]int, len(events)), bits: make([][]int, 32)}
	next := map[string]int{}
	for i := len(events) - 1; i >= 0; i-- {
		e := events[i]
		r.end[i] = len(events)
		if e.Kind == CtlSub {
			if j, ok := next[e.Label]; ok {
				r.end[i] = j
			}
		}
		if e.Kind == CtlEndSub {
			next[e.Label] = i
		}
	}
	for i, e := range events {
		for b := 0; b < 32; b++ {
			if e.Touch&(1<<b) != 0 {
				r.bits[b] = append(r.bits[b], i)
			}
		}
	}
	return r
}

// sub returns the touches of the events after sub i up to its closer (inclusive).
func (r *touchRanges) sub(i int) uint32 {
	var t uint32
	for b, at := range r.bits {
		k := sort.SearchInts(at, i+1)
		if k < len(at) && at[k] <= r.end[i] {
			t |= 1 << b
		}
	}
	return t
}

// spindleWords notes the block's spindle starts and speeds.
func (s *summary) spindleWords(b *Block) {
	for _, w := range b.Words {
		switch w.Letter {
		case 'S':
			if w.Expr != nil || !isKnown(w.Value) || w.Value > 0 {
				s.speeds = true
			} else {
				s.speedZero = true
			}
		case 'M':
			if code, ok := w.Code(); ok && (code == mSpindleCW || code == mSpindleCCW) {
				s.starts = true
			}
		}
	}
}

// latheWords notes what a block says about the machine being a lathe.
func (s *summary) latheWords(b *Block) {
	m6 := false
	for _, w := range b.Words {
		if code, ok := w.Code(); ok && w.Letter == 'M' && code == mToolChange {
			m6 = true
			s.lcncOnly = true
		}
		if code, ok := w.Code(); ok && w.Letter == 'G' && (code == 70 || code == 80) {
			s.lcncOnly = true // G7/G8, LinuxCNC's lathe diameter and radius modes
		}
	}
	for _, w := range b.Words {
		switch w.Letter {
		case 'Y':
			s.sawY = true
		case 'G':
			if code, ok := w.Code(); ok && (code == gPlaneXZ || code == 960) {
				s.latheHints++
			}
		case 'T':
			if !m6 && w.Value >= 100 && w.Value < 10000 {
				s.latheHints++ // T0101: turret station 01, offset 01
				s.turret++
			}
		}
	}
}
