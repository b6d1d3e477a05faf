package gcode

import (
	"math"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleCutWithSpindleStopped = register(&rules.Rule{
	ID:       "gcode/cut-with-spindle-stopped",
	Title:    "Feed move into the material with the spindle stopped",
	Severity: rules.Error,
	Category: rules.Safety,
	Anchors:  []string{"shop practice; LinuxCNC checks it only for G84/G86–G88 (\"Spindle not turning in g86\")"},
	Doc: rules.Doc(
		"Reports the first feed move (G1, G2, G3, a canned cycle's feed) after the spindle is known to be stopped (never started, or M5/M19 since) that goes below the profile's `stock_top`, or that travels in X/Y at the stock top (a facing pass at Z0 when Z0 is the top); the moves after it are not reported again until the spindle's next M3/M4/M5. A plunge that only reaches the stock top is not reported, nor a Fanuc-family tapping cycle (G84, G74), which runs the spindle itself (Haas starts it; Fanuc's rigid tapping drives it), nor a probing move (G38.x, G31). LinuxCNC's spindle-synchronised motion (G33, G33.1, the G76 threading cycle) is reported wherever it runs, as rs274 refuses it: after the program's M5/M19, or before the first M3/M4 of a program that starts the spindle itself; so is a turning cycle (a Fanuc-family lathe's G70–G76, LinuxCNC's G70–G72), which always cuts the turning work, and any feed move in feed-per-revolution mode (G95), whose axes wait for spindle turns. Without `stock_top` in a machine profile, Z0 is taken as the stock top (the usual CAM setup) in programs that run the spindle themselves somewhere (M3/M4; in the Fanuc family also an S word above zero and never S0): a program that never does is for a spindle switched on by hand (a LinuxCNC, Mach or Grbl program whose S word only notes the speed), a plotter, or a laser whose power S sets, and is not checked. Silent where the spindle state is unknown (inside subroutines, after calls).",
		"A stationary cutter pushed into the stock breaks, or drags the part out of the vise; one fed across the top face catches on any stock left above the nominal top, which is why the pass is there. The usual cause is a spindle start lost in an edit or an M5 left over from a tool change.",
		"T1 M6\nG0 X0 Y0 Z5\nG1 Z-2 F100      ; no M3 yet",
		"T1 M6\nS8000 M3\nG0 X0 Y0 Z5\nG1 Z-2 F100"),
}, hookCutWithSpindleStopped, nil)

func hookCutWithSpindleStopped(s *Step) {
	if s.Dead || s.Sim.dialect == DialectMarlin || s.Sim.St.Warned&warnStoppedCut != 0 {
		return
	}
	if syncedWithSpindleStopped(s) {
		ws, we := s.B.Start, s.B.End
		if s.MotionWord >= 0 {
			ws, we = s.wordSpan(s.MotionWord)
		}
		s.report(ws, we, "%s follows the spindle's turns, and the spindle is stopped: LinuxCNC refuses the block (\"Spindle not turning in %s\")", gname(s.MotionCode), gname(s.MotionCode))
		s.Sim.St.Warned |= warnStoppedCut
		return
	}
	if g := latheCycleWithSpindleStopped(s); g.Code >= 0 {
		ws, we := s.wordSpan(g.W)
		s.report(ws, we, "%s turning cycle with the spindle stopped: the work does not turn under the tool", gname(g.Code))
		s.Sim.St.Warned |= warnStoppedCut
		return
	}
	if mv := perRevFeedWithSpindleStopped(s); mv != nil {
		s.report(mv.Start, mv.End, "feed per revolution (G95) with the spindle stopped: the move waits for spindle turns that never come")
		s.Sim.St.Warned |= warnStoppedCut
		return
	}
	top, assumed := stockTop(s)
	if !isKnown(top) {
		return
	}
	note := ""
	if assumed {
		note = " (Z0 taken as the stock top: no stock_top in a machine profile)"
	}
	// A Fanuc-family tapping cycle (G84, G74) runs the spindle itself: Haas starts it, and
	// Fanuc's rigid tapping (M29, or made the default by a parameter) drives it in step
	// with Z; no earlier M3 is needed.
	tapping := s.Sim.dialect.fanucFamily() && (s.Sim.St.Motion == gTapRight || s.Sim.St.Motion == gTapLeft)
	for _, mv := range s.Moves {
		if !mv.Kind.cutting() || mv.Spindle != 5 || mv.Cycle && tapping {
			continue
		}
		if isKnown(mv.Low) && mv.Low < top-limitTol {
			s.report(mv.Start, mv.End, "feed move down to Z%s, below the stock top (Z%s), with the spindle stopped%s",
				trimFloat(s.toUnits(mv.Low)), trimFloat(s.toUnits(top)), note)
			s.Sim.St.Warned |= warnStoppedCut
			return
		}
		if travelsAtTop(mv, top) {
			s.report(mv.Start, mv.End, "feed move along the stock top (Z%s) with the spindle stopped%s",
				trimFloat(s.toUnits(top)), note)
			s.Sim.St.Warned |= warnStoppedCut
			return
		}
	}
}

// syncedWithSpindleStopped reports LinuxCNC's spindle-synchronised motion (G33, G33.1,
// the G76 threading cycle) with the spindle stopped, wherever the tool is: the axes wait
// for spindle turns that never come, and rs274 refuses the block. The spindle counts as
// stopped after the program's own M5/M19, or from the start in a program that starts it
// itself somewhere (one that never does may run with a spindle started by hand, which
// LinuxCNC reads as turning).
func syncedWithSpindleStopped(s *Step) bool {
	st := &s.Sim.St
	if s.Sim.dialect != DialectLinuxCNC || st.Spindle != 5 {
		return false
	}
	switch s.MotionCode {
	case gSpindleSync, gRigidTap, gThreadCycle:
		return st.Warned&spindleStopped != 0 || s.Sim.prog.Spindle
	}
	return false
}

// perRevFeedWithSpindleStopped returns the block's first feed move in feed-per-revolution
// mode (G95) when the spindle is stopped as syncedWithSpindleStopped reads it: the feed is
// F times the spindle's speed, so the axes stand still wherever the tool is.
func perRevFeedWithSpindleStopped(s *Step) *Move {
	st := &s.Sim.St
	if st.FeedMode != gPerRev || st.Spindle != 5 || st.Warned&spindleStopped == 0 && !s.Sim.prog.Spindle {
		return nil
	}
	for i := range s.Moves {
		if mv := &s.Moves[i]; mv.Kind.cutting() && !mv.Synced {
			return mv
		}
	}
	return nil
}

// latheCycleWithSpindleStopped returns the turning cycle that cuts in this block (see
// turningCycleCut) when the spindle is stopped as syncedWithSpindleStopped reads it; -1
// code otherwise. Each of them cuts the turning work, wherever its profile lies: the
// interpreter does not follow their moves, so the stock top cannot tell.
func latheCycleWithSpindleStopped(s *Step) codeWord {
	st := &s.Sim.St
	if st.Spindle != 5 || st.Warned&spindleStopped == 0 && !s.Sim.prog.Spindle {
		return codeWord{Code: -1}
	}
	return turningCycleCut(s)
}

// turningCycleCut returns the word of a turning cycle that cuts in this block, -1 code
// otherwise: on a Fanuc-family lathe G70 finishing, G71/G72 roughing and G73 pattern
// repeat with their P and Q (the profile's first and last blocks), G74/G75 pecking and
// grooving and G76 threading with their end point (the first of their two blocks only
// sets depths and retracts); LinuxCNC's G70–G72 (with their .1 and .2 forms) with the Q
// that names the profile's subroutine.
func turningCycleCut(s *Step) codeWord {
	fanucLathe := s.Sim.prog.Lathe && s.Sim.dialect.fanucFamily()
	for _, w := range s.Gs {
		switch {
		case fanucLathe && (w.Code == 700 || w.Code == 710 || w.Code == 720 || w.Code == 730):
			if s.has('P') && s.has('Q') {
				return w
			}
		case fanucLathe && (w.Code == 740 || w.Code == 750 || w.Code == 760):
			if s.has('X') || s.has('Z') || s.has('U') || s.has('W') {
				return w
			}
		case s.Sim.dialect == DialectLinuxCNC && (w.Code == 700 || w.Code >= 710 && w.Code <= 712 || w.Code >= 720 && w.Code <= 722):
			if s.has('Q') {
				return w
			}
		}
	}
	return codeWord{Code: -1}
}

// stockTop is the stock top the check measures against: the profile's, or Z0 (assumed)
// when the profile gives none and the program runs the spindle itself; unknown otherwise.
func stockTop(s *Step) (top float64, assumed bool) {
	if p := s.Profile(); p != nil && isKnown(p.StockTop) {
		return p.StockTop, false
	}
	if s.Sim.prog.Spindle {
		return 0, true
	}
	return unknown, false
}

// travelsAtTop reports a move that stays at the stock top, within the tolerance, and moves
// in X or Y on the way: the cutter runs along the top face.
func travelsAtTop(mv Move, top float64) bool {
	lo, hi := mv.Bounds[0][az], mv.Bounds[1][az]
	if !isKnown(mv.From[az]) || !isKnown(mv.To[az]) || lo < top-limitTol || hi > top+limitTol {
		return false
	}
	if mv.Arc.Radius > 0 && mv.Arc.A != az && mv.Arc.B != az {
		return true
	}
	for _, j := range []int{ax, ay} {
		if isKnown(mv.From[j]) && isKnown(mv.To[j]) && math.Abs(mv.From[j]-mv.To[j]) > limitTol {
			return true
		}
	}
	return false
}
