package gcode

import (
	"math"

	"github.com/gantry-dev/gantry/codegen/config"
)

// Toolpath is what the interpreter computed for a program, in work coordinates (mm), for
// drawing it: every move of the lines that run (branches known not to run left out), and
// the machine profile's stock top, safe Z and travel.
type Toolpath struct {
	Moves []PathMove
	// SafeZ and StockTop are the profile's, NaN when it gives none.
	SafeZ, StockTop float64
	// Travel is the machine's travel box in work coordinates of the first work offset the
	// program moves in (X, Y, Z); HasTravel says which axes the profile gives.
	Travel    [3][2]float64
	HasTravel [3]bool
	Units     string // the profile's units for labels: "mm" or "inch"
}

// MoveKind names a move's kind.
type MoveKind string

// The kinds of moves.
const (
	Rapid MoveKind = "rapid"
	Feed  MoveKind = "feed"
	Arc   MoveKind = "arc"
	Probe MoveKind = "probe"
	Home  MoveKind = "home" // G28/G30's final move to a stored position
)

// PathMove is one move: its kind, ends (NaN where unknown), the 0-based line that made it
// and, for an arc, its geometry.
type PathMove struct {
	Kind     MoveKind
	From, To [3]float64
	Line     int
	Arc      *ArcGeometry
}

// Known reports whether both ends are known on every axis.
func (m PathMove) Known() bool {
	for j := 0; j < 3; j++ {
		if math.IsNaN(m.From[j]) || math.IsNaN(m.To[j]) {
			return false
		}
	}
	return true
}

// ComputeToolpath runs the interpreter over text as a check of path would (same dialect and
// machine profile from cfg) and returns the moves it computed.
func ComputeToolpath(path string, text []byte, cfg *config.Config) *Toolpath {
	if cfg == nil {
		cfg = config.Default()
	}
	set := newSettings(path, text, cfg)
	chunks, prog := wholeProgram(set, text)
	tp := &Toolpath{SafeZ: unknown, StockTop: unknown, Units: "mm"}
	if p := set.prof; p != nil {
		tp.SafeZ, tp.StockTop, tp.Units = p.SafeZ, p.StockTop, p.Units
	}
	offsetKnown := false
	record := func(s *Step) {
		if s.Dead {
			return
		}
		for _, mv := range s.Moves {
			pm := PathMove{Kind: kindName(mv.Kind), Line: s.B.Line}
			copy(pm.From[:], mv.From[:3])
			copy(pm.To[:], mv.To[:3])
			if mv.Kind == moveArc && mv.Arc.Radius > 0 {
				g := mv.Arc
				pm.Arc = &g
			}
			tp.Moves = append(tp.Moves, pm)
			if !offsetKnown && set.prof != nil && pm.Known() {
				// The travel box moved into the work coordinates of this move.
				m := s.Sim.St.toMachine(mv.To)
				for j := 0; j < 3; j++ {
					off := m[j] - mv.To[j]
					if set.prof.HasTravel[j] && isKnown(off) {
						tp.Travel[j] = [2]float64{set.prof.Travel[j][0] - off, set.prof.Travel[j][1] - off}
						tp.HasTravel[j] = true
					}
				}
				offsetKnown = true
			}
		}
	}
	sim := newSim(prog, []hookFn{record})
	var b Block
	for _, c := range chunks {
		forLines(c, func(line, start, end int) {
			c.scan(&b, line, start, end)
			sim.Exec(&b)
		})
	}
	return tp
}

func kindName(k moveKind) MoveKind {
	switch k {
	case moveRapid:
		return Rapid
	case moveArc:
		return Arc
	case moveProbe:
		return Probe
	case moveHome:
		return Home
	}
	return Feed
}

// wholeProgram scans all of text and builds its program under set, for a pass over a
// whole file outside the pack's chunked check.
func wholeProgram(set *settings, text []byte) ([]*chunk, *Program) {
	chunks := splitLines(text, 0, 0, ChunkLines)
	scanAll(chunks)
	sums := make([]*summary, len(chunks))
	for i, c := range chunks {
		sums[i] = c.sum
	}
	return chunks, buildProgram(sums, set)
}
