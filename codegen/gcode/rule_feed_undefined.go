package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleFeedUndefined = register(&rules.Rule{
	ID:       "gcode/feed-undefined",
	Title:    "Feed move with no feed rate",
	Severity: rules.Error,
	Category: rules.Safety,
	Anchors: []string{"LinuxCNC: \"Cannot do g1 with zero feed rate\", \"F word missing with inverse time g1 move\"",
		"Grbl error 22 (undefined feed rate), also for a jog (`$J=`) without F"},
	Doc: rules.Doc(
		"Reports the first feed move (G1, G2, G3, a canned cycle, a probe; also a turning cycle: a Fanuc-family lathe's G70–G76, whose F is its feed or, for G76, the thread's lead, and LinuxCNC's G70–G72) made before any F has been given since the program started — the feed moves after it share its cause and are not reported again (a program body without its F header got one error per move: 282 in one file) — and, in inverse-time mode (G93), every feed move whose block has no F. A Grbl jog (`$J=`) needs an F of its own: the program's feed rate does not carry into a jog.",
		"Without a feed rate the controller refuses the move, or a lenient one runs it at whatever rate it last had — possibly a rapid-like rate from another program — straight into the material.",
		"G21 G90 G54\nG0 X0 Y0 Z5\nG1 Z-1",
		"G21 G90 G54\nG0 X0 Y0 Z5\nG1 Z-1 F150"),
}, hookFeedUndefined, nil)

func hookFeedUndefined(s *Step) {
	if s.B.Flags&FlagGrbl != 0 && !s.Dead {
		if ws, ok := jogWords(s.B.Text); ok {
			for _, w := range ws {
				if w.Letter == 'F' {
					return
				}
			}
			s.report(s.B.Start, s.B.End, "a Grbl jog needs its own F word: the feed rate is not modal for $J=")
		}
		return
	}
	if s.Dead || s.Sim.dialect == DialectMarlin {
		return // Marlin falls back to its configured default feed rate
	}
	st := &s.Sim.St
	if !st.FeedSet && st.FeedMode != gInverseTime && st.Warned&warnNoFeed != 0 {
		return // the program's first feed move without an F was reported: the rest share its cause
	}
	if g := turningCycleCut(s); g.Code >= 0 && !s.has('F') && !st.FeedSet && st.FeedMode != gInverseTime {
		// the interpreter does not follow a turning cycle's moves: the cycle itself cuts
		// (for a Fanuc G76 the F is the thread's lead; rs274 refuses LinuxCNC's G70–G72
		// without a feed, "Cannot do g1 with zero feed rate")
		ws, we := s.wordSpan(g.W)
		s.report(ws, we, "%s turning cycle with no feed rate: no F has been given yet", gname(g.Code))
		st.Warned |= warnNoFeed
		return
	}
	if len(s.Moves) == 0 {
		return
	}
	for _, mv := range s.Moves {
		if !(mv.Kind.cutting() || mv.Kind == moveProbe) || mv.Synced {
			continue
		}
		switch {
		case st.FeedMode == gInverseTime && !s.has('F'):
			s.report(mv.Start, mv.End, "inverse-time feed mode (G93) needs an F word on every feed move")
		case st.FeedMode != gInverseTime && !st.FeedSet:
			s.report(mv.Start, mv.End, "feed move with no feed rate: no F has been given yet")
			st.Warned |= warnNoFeed
		default:
			continue
		}
		return
	}
}
