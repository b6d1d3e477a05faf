package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleFeedOverspeed = register(&rules.Rule{
	ID:           "gcode/feed-overspeed",
	Title:        "Feed rate above the machine's maximum",
	Severity:     rules.Warning,
	Category:     rules.Safety,
	NeedsProfile: true,
	Anchors:      []string{"machine profile max_feed (LinuxCNC [AXIS_n]MAX_VELOCITY, Grbl $110–$112)"},
	Doc: rules.Doc(
		"Reports an F word, in units-per-minute mode (G94), above the profile's `max_feed` (converted between inches and millimetres as needed).",
		"The controller clamps the feed, so the cutting parameters the programmer computed do not hold; on a controller that does not clamp, the axes lose steps. It often reveals an inch value in a metric program, or a missing decimal point.",
		"; max_feed = 5000 mm/min\nG21\nG1 X100 F12000",
		"G21\nG1 X100 F1200"),
}, hookFeedOverspeed, nil)

func hookFeedOverspeed(s *Step) {
	p := s.Profile()
	st := &s.Sim.St
	if s.Dead || p == nil || p.MaxFeed <= 0 || !s.has('F') || st.FeedMode != gPerMinute {
		return
	}
	f := s.val('F') * st.unitScale()
	if isKnown(f) && f > p.MaxFeed*(1+1e-9) {
		w := s.word('F')
		s.report(w.Start, w.End, "F%s is %s/min, above the machine's maximum feed %s/min", trimFloat(s.val('F')), p.fmtLen(f), p.fmtLen(p.MaxFeed))
	}
}
