package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleFeedNonpositive = register(&rules.Rule{
	ID:       "gcode/feed-nonpositive",
	Title:    "Zero or negative feed rate",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"LinuxCNC: \"Negative f word used\", \"Cannot do g1 with zero feed rate\", \"Cannot make arc with zero feed rate\"", "Grbl error 4 (negative value)"},
	Doc: rules.Doc(
		"Reports a negative F word, and a feed move while the feed rate in effect is zero.",
		"A feed rate is a speed: a negative one is a typo (often a lost axis letter), and a zero one stalls the program or is refused by the interpreter in the middle of a job.",
		"G1 X10 F-300\nF0\nG1 X20",
		"G1 X10 F300\nG1 X20"),
}, hookFeedNonpositive, nil)

func hookFeedNonpositive(s *Step) {
	if s.has('F') {
		if f := s.val('F'); isKnown(f) && f < 0 {
			w := s.word('F')
			s.report(w.Start, w.End, "negative feed rate F%s", trimFloat(f))
			return
		}
	}
	if s.Dead {
		return
	}
	st := &s.Sim.St
	if !st.FeedSet || st.Feed != 0 || st.FeedMode == gInverseTime && !s.has('F') {
		return
	}
	for _, mv := range s.Moves {
		if (mv.Kind.cutting() || mv.Kind == moveProbe) && !mv.Synced {
			s.report(mv.Start, mv.End, "feed move with a zero feed rate")
			return
		}
	}
}
