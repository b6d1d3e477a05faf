package gcode

import (
	"fmt"
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleUnknownTool = register(&rules.Rule{
	ID:           "gcode/unknown-tool",
	Title:        "Tool not in the tool table",
	Severity:     rules.Error,
	Category:     rules.Safety,
	NeedsProfile: true,
	Anchors:      []string{"machine profile tools[]; LinuxCNC \"Selected tool slot number too large\" covers only the pocket range"},
	Doc: rules.Doc(
		"Reports T words (and M61 Q, G43 H) naming a tool the profile's `tools` table does not list. T0 (no tool) is accepted. Silent when the profile has no tool table.",
		"The controller picks up an empty pocket or the wrong holder; with the wrong length offset the first Z move crashes the tool into the part or the table.",
		"; tools = 1, 2\nT7 M6",
		"T2 M6"),
}, hookUnknownTool, nil)

func hookUnknownTool(s *Step) {
	p := s.Profile()
	if p == nil || len(p.Tools) == 0 || s.Sim.dialect == DialectMarlin {
		return
	}
	check := func(l byte, what string) {
		if !s.has(l) {
			return
		}
		v := s.val(l)
		if !isKnown(v) || v == 0 {
			return
		}
		if _, ok := p.Tool(int(v)); !ok {
			w := s.word(l)
			s.report(w.Start, w.End, "%s %s is not in the machine's tool table (%s)", what, trimFloat(v), toolList(p))
		}
	}
	check('T', "tool")
	if s.hasM(mSetTool) {
		check('Q', "tool")
	}
	if s.hasG(gTLO) {
		check('H', "tool length offset")
	}
}

func toolList(p *Profile) string {
	var parts []string
	for _, n := range p.ToolNumbers() {
		parts = append(parts, fmt.Sprint(n))
	}
	if len(parts) > 12 {
		parts = append(parts[:12], "…")
	}
	return "tools " + strings.Join(parts, ", ")
}
