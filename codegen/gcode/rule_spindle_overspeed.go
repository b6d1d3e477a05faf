package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleSpindleOverspeed = register(&rules.Rule{
	ID:           "gcode/spindle-overspeed",
	Title:        "Spindle speed above the machine's or the tool's maximum",
	Severity:     rules.Error,
	Category:     rules.Safety,
	NeedsProfile: true,
	Anchors:      []string{"machine profile max_spindle_rpm and tools[].max_rpm (no interpreter checks this; NIST RS274NGC leaves it to the machine)"},
	Doc: rules.Doc(
		"Reports an S word (in rpm mode, G97) above the profile's `max_spindle_rpm`, and a spindle speed above the `max_rpm` of the tool in the spindle (checked when S is set and when the spindle starts).",
		"Controllers clamp or refuse the speed at best; a small cutter, a long boring bar or a large face mill run past its rated speed can shatter or throw inserts.",
		"; max_spindle_rpm = 12000, tool 3 max_rpm = 3000\nT3 M6\nS5000 M3",
		"T3 M6\nS2500 M3"),
}, hookSpindleOverspeed, nil)

func hookSpindleOverspeed(s *Step) {
	p := s.Profile()
	st := &s.Sim.St
	if s.Dead || p == nil || st.SpinMode == gCSS || s.Sim.dialect == DialectMarlin {
		return
	}
	starts := s.hasM(mSpindleCW) || s.hasM(mSpindleCCW)
	if !s.has('S') && !starts && s.ToolChange == 0 {
		return
	}
	sp := st.Speed
	if !isKnown(sp) {
		return
	}
	ws, we := s.B.Start, s.B.End
	if s.has('S') {
		w := s.word('S')
		ws, we = w.Start, w.End
	}
	if s.has('S') && p.MaxSpindleRPM > 0 && sp > p.MaxSpindleRPM {
		s.report(ws, we, "S%s is above the machine's maximum spindle speed %s rpm", trimFloat(sp), trimFloat(p.MaxSpindleRPM))
		return
	}
	if st.Tool < 0 || (st.Spindle != 3 && st.Spindle != 4 && !starts) {
		return
	}
	if t, ok := p.Tool(st.Tool); ok && t.MaxRPM > 0 && sp > t.MaxRPM {
		s.report(ws, we, "S%s is above tool %d's maximum %s rpm", trimFloat(sp), st.Tool, trimFloat(t.MaxRPM))
	}
}
