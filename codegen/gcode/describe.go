package gcode

import (
	"fmt"
	"strings"
)

// describeState renders the modal state for prompts and hover.
func describeState(st *State, prof *Profile, d Dialect) string {
	return describeStateAs(st, prof, d, "unknown")
}

// describeStateAs is describeState with the words for a value not known here (inside a
// subroutine: "set by the caller", or "not the same at every call").
func describeStateAs(st *State, prof *Profile, d Dialect, unk string) string {
	var b strings.Builder
	mode := func(v int16, letter byte) string {
		if v < 0 {
			return unk
		}
		return codeName(letter, int(v))
	}
	units := "mm"
	if st.Units == gInch {
		units = "inch"
	}
	plane := mode(st.Plane, 'G')
	if st.Plane >= 0 {
		plane += " (" + planeName(st.Plane) + ")"
	}
	unitsText := mode(st.Units, 'G')
	if st.Units >= 0 {
		unitsText += " (" + units + ")"
	}
	fmt.Fprintf(&b, "motion %s, plane %s, units %s, distance %s, arc centres %s, feed mode %s\n",
		mode(st.Motion, 'G'), plane, unitsText,
		mode(st.Distance, 'G'), mode(st.ArcDist, 'G'), mode(st.FeedMode, 'G'))
	wcs := mode(st.WCS, 'G')
	if !st.WCSSet {
		wcs += " (default, not set by the program)"
	}
	fmt.Fprintf(&b, "work coordinate system %s, cutter compensation %s, tool length %s, canned-cycle return %s\n",
		wcs, mode(st.Comp, 'G'), mode(st.ToolLen, 'G'), mode(st.Retract, 'G'))
	feed := "not set"
	if st.FeedSet {
		feed = "F" + trimFloat(st.Feed)
		if st.FeedMode == gPerRev {
			feed += " per rev"
		} else if st.FeedMode == gInverseTime {
			feed += " (inverse time)"
		} else {
			feed += " " + units + "/min"
		}
	}
	spindle := map[int8]string{0: unk, 5: "stopped", 3: "clockwise (M3)", 4: "counter-clockwise (M4)"}[st.Spindle]
	if st.SpeedSet || isKnown(st.Speed) {
		spindle += " at S" + trimFloat(st.Speed)
	}
	cool := "off"
	switch {
	case st.Mist == 0 || st.Flood == 0:
		cool = unk
	case st.Mist == 2 && st.Flood == 2:
		cool = "mist and flood"
	case st.Mist == 2:
		cool = "mist (M7)"
	case st.Flood == 2:
		cool = "flood (M8)"
	}
	fmt.Fprintf(&b, "feed %s, spindle %s, coolant %s\n", feed, spindle, cool)
	tool := describeTool(st, prof)
	if st.Tool == -2 && unk != "unknown" {
		tool = unk
	}
	fmt.Fprintf(&b, "tool %s\n", tool)
	fmt.Fprintf(&b, "position (work, %s): %s", units, fmtPos(st.Pos[:3], st))
	if m := st.toMachine(st.Pos); isKnown(m[0]) || isKnown(m[1]) || isKnown(m[2]) {
		fmt.Fprintf(&b, "; machine: %s", fmtPos(m[:], st))
	}
	b.WriteString("\n")
	if isCycle(int(st.Motion)) {
		fmt.Fprintf(&b, "canned cycle %s active (R %s, depth %s)\n", codeName('G', int(st.Motion)), trimFloat(st.CycleR), trimFloat(st.CycleZ))
	}
	return b.String()
}

func describeTool(st *State, prof *Profile) string {
	if st.Tool == -2 {
		if st.Selected >= 0 {
			return fmt.Sprintf("unknown in the spindle, T%d selected", st.Selected)
		}
		return "unknown (loaded before this program)"
	}
	if st.Tool < 0 {
		return "none"
	}
	s := fmt.Sprintf("T%d", st.Tool)
	if t, ok := prof.Tool(st.Tool); ok {
		s += fmt.Sprintf(" (diameter %s, length %s", prof.fmtLen(t.Diameter), prof.fmtLen(t.Length))
		if t.MaxRPM > 0 {
			s += fmt.Sprintf(", max %s rpm", trimFloat(t.MaxRPM))
		}
		s += ")"
	} else if prof != nil && len(prof.Tools) > 0 {
		s += " (not in the tool table)"
	}
	if st.ToolLen == gTLO && isKnown(st.H) {
		s += fmt.Sprintf(", G43 H%s", trimFloat(st.H))
	}
	return s
}

func fmtPos(p []float64, st *State) string {
	var parts []string
	for j, v := range p {
		if st.Units == gInch && isKnown(v) {
			v /= 25.4
		}
		parts = append(parts, string(axisLetters[j])+trimFloat(v))
	}
	return strings.Join(parts, " ")
}

// describeProfile renders the machine profile for prompts.
func describeProfile(p *Profile, d Dialect) string {
	if p == nil {
		return fmt.Sprintf("no machine profile (dialect %s): limits unknown\n", d)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "controller %s, profile units %s\n", orDefault(p.Controller, string(d)), p.Units)
	if p.MaxSpindleRPM > 0 || p.MaxFeed > 0 {
		fmt.Fprintf(&b, "max spindle %s rpm, max feed %s/min\n", trimFloat(p.MaxSpindleRPM), p.fmtLen(p.MaxFeed))
	}
	if isKnown(p.SafeZ) || isKnown(p.StockTop) {
		fmt.Fprintf(&b, "safe Z %s, stock top %s (work coordinates)\n", p.fmtLen(p.SafeZ), p.fmtLen(p.StockTop))
	}
	var tr []string
	for j := 0; j < naxes; j++ {
		if p.HasTravel[j] {
			tr = append(tr, fmt.Sprintf("%c [%s, %s]", axisLetters[j], trimFloat(p.Travel[j][0]), trimFloat(p.Travel[j][1])))
		}
	}
	if len(tr) > 0 {
		fmt.Fprintf(&b, "travel (machine, mm): %s\n", strings.Join(tr, ", "))
	}
	if len(p.Tools) > 0 {
		var ts []string
		for _, n := range p.ToolNumbers() {
			t := p.Tools[n]
			ts = append(ts, fmt.Sprintf("T%d %s", n, p.fmtLen(t.Diameter)))
		}
		if len(ts) > 20 {
			ts = append(ts[:20], "…")
		}
		fmt.Fprintf(&b, "tools: %s\n", strings.Join(ts, ", "))
	}
	return b.String()
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}
