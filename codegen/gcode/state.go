package gcode

import (
	"math"
	"strconv"
)

// State is the modal state of the controller between blocks. Modal groups hold the active
// code times ten (G1 → 10, G59.1 → 591); -1 means unknown (after a call to an unknown
// subroutine, inside a subroutine body, after merging branches that disagree). Lengths are
// millimetres in work coordinates; NaN means unknown. Unknown values never raise findings.
type State struct {
	Motion int16 // 0, 10, 20, 30, 331, 382…, 730…890 or 800
	// PreCycle: in the Fanuc family, the motion (G0–G3) in effect when the canned cycle in
	// Motion began. Fanuc and Haas list the drilling cycles and G80 in a G-code group of
	// their own (09), apart from G0–G3 (01): a cycle leaves the group 01 code modal, and G80
	// puts it back in effect (`G0 … G81 … G80` then `Z15.` is a rapid).
	PreCycle int16
	Plane    int16 // 170, 180, 190
	Units    int16 // 200 (inch), 210 (mm)
	Distance int16 // 900, 910
	ArcDist  int16 // 901, 911
	FeedMode int16 // 930, 940, 950
	Comp     int16 // 400, 410, 420, 411, 421
	// CompExit: cutter compensation ended (G40) and no move has run since.
	CompExit bool
	// Cutter is LinuxCNC's cutter compensation path (interp_comp.go).
	Cutter   compState
	ToolLen  int16 // 490, 430, 431, 432
	WCS      int16 // 540 … 593
	PathMode int16 // 610, 611, 640
	Retract  int16 // 980, 990
	SpinMode int16 // 960, 970
	// Diameter: X words are diameters (LinuxCNC's G7, a Fanuc lathe's programming).
	Diameter bool
	// RotaryArcs: a Fanuc-family program interpolates with a rotary axis standing for a
	// plane axis (polar G12.1/G112, cylindrical G7.1/G107, or an arc with a C word): the
	// arc plane holds a virtual axis the interpreter does not follow.
	RotaryArcs bool

	// Explicit settings seen in this program (or assumed inside subroutines).
	UnitsSet, DistSet, WCSSet bool

	FeedSet bool    // an F was given (Feed may still be unknown)
	Feed    float64 // in program units (per minute in G94, per rev in G95)

	Spindle  int8    // 0 unknown, 5 stopped, 3 clockwise, 4 counter-clockwise
	Speed    float64 // S, NaN unknown
	SpeedSet bool
	Mist     int8 // 0 unknown, 1 off, 2 on
	Flood    int8

	Selected int // selected T: -1 none, -2 unknown
	Tool     int // tool in the spindle: -1 none, -2 unknown
	D, H     float64
	// DSet: a D offset number was given in this program (or assumed inside subroutines);
	// the Fanuc family keeps it for a later G41/G42.
	DSet bool

	Pos    [naxes]float64 // work coordinates
	WCSOff [10][3]float64 // origin of each WCS in machine coordinates (index 1…9)
	G92    [3]float64     // G92 offset
	// G92Axes: the axes (bit j for X, Y, Z) whose current position the program set with
	// G92; a move along them runs from that origin, whichever work offset is active.
	G92Axes uint8
	TLO     float64 // active tool length offset (Z)

	CycleZ, CycleR, CycleQ, CycleP float64 // retained canned-cycle words (program units, Z/R as work mm)
	CycleOldZ                      float64 // Z before the cycle started (G98)

	HasLastN bool
	LastN    int64

	Moved  bool // some motion happened
	Ended  bool // M2/M30 seen
	Warned uint8
}

const (
	warnUnits = 1 << iota
	warnDist
	warnWCS
	warnStoppedCut // a cut since the spindle's last command was reported
	// spindleStopped: the program stopped the spindle (M5, M19) since it last started
	// it, as opposed to a spindle at rest only because nothing started it yet (which a
	// machine's own spindle switch may have done)
	spindleStopped
	warnNoFeed // a feed move before any F was reported (the later ones share its cause)
)

// initialState is the controller's state when a program starts: RS274NGC defaults, the
// spindle stopped, positions unknown.
func initialState(p *Profile) State {
	// The motion mode at program start depends on what ran before (LinuxCNC starts in
	// G80, leaves G1 after M2; Fanuc's power-on mode is a parameter): unknown.
	s := State{Motion: -1, PreCycle: -1, Plane: gPlaneXY, Units: gMM, Distance: gAbsolute, ArcDist: gArcIncremental, FeedMode: gPerMinute,
		Comp: gCompOff, ToolLen: gTLOOff, WCS: gWCS1, PathMode: gBlend, Retract: gRetractInitial, SpinMode: gRPM,
		Feed: 0, Spindle: 5, Speed: 0, Mist: 1, Flood: 1, Selected: -1, Tool: -2,
		D: unknown, H: unknown, TLO: 0,
		CycleZ: unknown, CycleR: unknown, CycleQ: unknown, CycleP: unknown, CycleOldZ: unknown}
	if p != nil && p.Units == "inch" {
		s.Units = gInch
	}
	for i := range s.Pos {
		s.Pos[i] = unknown
	}
	for i := range s.WCSOff {
		s.WCSOff[i] = [3]float64{unknown, unknown, unknown}
		if p != nil {
			if o, ok := p.Offsets[i]; ok {
				s.WCSOff[i] = o
			}
		}
	}
	return s
}

// unknownState is the state at the top of a subroutine body or after a jump: everything
// unknown, the "set" flags assumed (a caller set them), work offsets from the profile.
func unknownState(p *Profile, from *State) State {
	s := initialState(p)
	s.Motion, s.Plane, s.Units, s.Distance, s.ArcDist, s.FeedMode = -1, -1, -1, -1, -1, -1
	s.Comp, s.ToolLen, s.WCS, s.PathMode, s.Retract, s.SpinMode = -1, -1, -1, -1, -1, -1
	s.UnitsSet, s.DistSet, s.WCSSet, s.FeedSet, s.SpeedSet = true, true, true, true, true
	s.Feed, s.Speed, s.TLO = unknown, unknown, unknown
	s.DSet = true
	s.Spindle, s.Mist, s.Flood = 0, 0, 0
	s.Selected, s.Tool = -2, -2
	s.Moved = true
	s.Warned = 0xff
	if from != nil {
		s.HasLastN, s.LastN, s.Ended = from.HasLastN, from.LastN, from.Ended
	}
	return s
}

func same(a, b float64) bool { return a == b || (math.IsNaN(a) && math.IsNaN(b)) }

func mergeF(a, b float64) float64 {
	if same(a, b) {
		return a
	}
	return unknown
}

func mergeI16(a, b int16) int16 {
	if a == b {
		return a
	}
	return -1
}

// merge combines two states reached on different paths: what differs becomes unknown.
func merge(a, b State) State {
	m := a
	m.Motion, m.Plane, m.Units = mergeI16(a.Motion, b.Motion), mergeI16(a.Plane, b.Plane), mergeI16(a.Units, b.Units)
	m.PreCycle = mergeI16(a.PreCycle, b.PreCycle)
	m.Distance, m.ArcDist = mergeI16(a.Distance, b.Distance), mergeI16(a.ArcDist, b.ArcDist)
	m.FeedMode, m.Comp = mergeI16(a.FeedMode, b.FeedMode), mergeI16(a.Comp, b.Comp)
	m.CompExit = a.CompExit && b.CompExit
	if !a.Cutter.same(&b.Cutter) {
		m.Cutter = compState{} // paths disagree: stop following the compensated path
	}
	m.ToolLen, m.WCS = mergeI16(a.ToolLen, b.ToolLen), mergeI16(a.WCS, b.WCS)
	m.PathMode, m.Retract, m.SpinMode = mergeI16(a.PathMode, b.PathMode), mergeI16(a.Retract, b.Retract), mergeI16(a.SpinMode, b.SpinMode)
	m.UnitsSet, m.DistSet, m.WCSSet = a.UnitsSet || b.UnitsSet, a.DistSet || b.DistSet, a.WCSSet || b.WCSSet
	m.DSet = a.DSet || b.DSet
	m.FeedSet, m.SpeedSet = a.FeedSet || b.FeedSet, a.SpeedSet || b.SpeedSet
	if a.FeedSet != b.FeedSet {
		m.Feed = unknown
	} else {
		m.Feed = mergeF(a.Feed, b.Feed)
	}
	m.Speed = mergeF(a.Speed, b.Speed)
	if a.Spindle != b.Spindle {
		m.Spindle = 0
	}
	if a.Mist != b.Mist {
		m.Mist = 0
	}
	if a.Flood != b.Flood {
		m.Flood = 0
	}
	if a.Selected != b.Selected {
		m.Selected = -2
	}
	if a.Tool != b.Tool {
		m.Tool = -2
	}
	m.D, m.H, m.TLO = mergeF(a.D, b.D), mergeF(a.H, b.H), mergeF(a.TLO, b.TLO)
	for i := range m.Pos {
		m.Pos[i] = mergeF(a.Pos[i], b.Pos[i])
	}
	for i := range m.WCSOff {
		for j := 0; j < 3; j++ {
			m.WCSOff[i][j] = mergeF(a.WCSOff[i][j], b.WCSOff[i][j])
		}
	}
	for j := 0; j < 3; j++ {
		m.G92[j] = mergeF(a.G92[j], b.G92[j])
	}
	m.G92Axes = a.G92Axes & b.G92Axes
	m.CycleZ, m.CycleR = mergeF(a.CycleZ, b.CycleZ), mergeF(a.CycleR, b.CycleR)
	m.CycleQ, m.CycleP, m.CycleOldZ = mergeF(a.CycleQ, b.CycleQ), mergeF(a.CycleP, b.CycleP), mergeF(a.CycleOldZ, b.CycleOldZ)
	m.Moved = a.Moved || b.Moved
	m.Ended = a.Ended && b.Ended
	m.Warned = a.Warned | b.Warned
	if a.HasLastN != b.HasLastN || a.LastN != b.LastN {
		m.HasLastN = false
	}
	return m
}

// equal compares states, NaN equal to NaN.
func (a *State) equal(b *State) bool { return sameState(a, b) }

func sameState(a, b *State) bool {
	if a.Motion != b.Motion || a.PreCycle != b.PreCycle || a.Plane != b.Plane || a.Units != b.Units || a.Distance != b.Distance ||
		a.ArcDist != b.ArcDist || a.FeedMode != b.FeedMode || a.Comp != b.Comp || a.ToolLen != b.ToolLen ||
		a.WCS != b.WCS || a.PathMode != b.PathMode || a.Retract != b.Retract || a.SpinMode != b.SpinMode || a.Diameter != b.Diameter ||
		a.UnitsSet != b.UnitsSet || a.DSet != b.DSet || a.DistSet != b.DistSet || a.WCSSet != b.WCSSet || a.FeedSet != b.FeedSet ||
		a.SpeedSet != b.SpeedSet || a.Spindle != b.Spindle || a.Mist != b.Mist || a.Flood != b.Flood ||
		a.Selected != b.Selected || a.Tool != b.Tool || a.HasLastN != b.HasLastN || a.LastN != b.LastN ||
		a.Moved != b.Moved || a.Ended != b.Ended || a.Warned != b.Warned || a.CompExit != b.CompExit || a.G92Axes != b.G92Axes ||
		!a.Cutter.same(&b.Cutter) {
		return false
	}
	if !same(a.Feed, b.Feed) || !same(a.Speed, b.Speed) || !same(a.D, b.D) || !same(a.H, b.H) || !same(a.TLO, b.TLO) ||
		!same(a.CycleZ, b.CycleZ) || !same(a.CycleR, b.CycleR) || !same(a.CycleQ, b.CycleQ) || !same(a.CycleP, b.CycleP) ||
		!same(a.CycleOldZ, b.CycleOldZ) {
		return false
	}
	for i := range a.Pos {
		if !same(a.Pos[i], b.Pos[i]) {
			return false
		}
	}
	for i := range a.WCSOff {
		for j := 0; j < 3; j++ {
			if !same(a.WCSOff[i][j], b.WCSOff[i][j]) {
				return false
			}
		}
	}
	for j := 0; j < 3; j++ {
		if !same(a.G92[j], b.G92[j]) {
			return false
		}
	}
	return true
}

// unitScale is millimetres per program unit (1 unknown → NaN).
func (s *State) unitScale() float64 {
	switch s.Units {
	case gInch:
		return 25.4
	case gMM:
		return 1
	}
	return unknown
}

// wcsIdx is the index of the active WCS (0 unknown).
func (s *State) wcsIdx() int {
	if s.WCS < 0 {
		return 0
	}
	return wcsIndex(int(s.WCS))
}

// toMachine converts work coordinates (X, Y, Z) to machine coordinates; NaN where the
// offsets are unknown.
func (s *State) toMachine(w [naxes]float64) [3]float64 {
	var out [3]float64
	i := s.wcsIdx()
	for j := 0; j < 3; j++ {
		off := unknown
		if i > 0 {
			off = s.WCSOff[i][j] + s.G92[j]
		}
		out[j] = w[j] + off
	}
	out[az] += s.TLO
	return out
}

// fromMachine converts a machine coordinate of axis j to work coordinates.
func (s *State) fromMachine(j int, m float64) float64 {
	i := s.wcsIdx()
	if i == 0 {
		return unknown
	}
	v := m - s.WCSOff[i][j] - s.G92[j]
	if j == az {
		v -= s.TLO
	}
	return v
}

func formatFloat(v float64, prec int) string { return strconv.FormatFloat(v, 'f', prec, 64) }
