package gcode

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// finding is a rule's finding before configuration applies.
type finding struct {
	Rule       string
	Start, End int
	Msg        string
}

type ruleDef struct {
	rule   *rules.Rule
	hook   hookFn
	global func(*globalPass)
}

var registry []*ruleDef

// register adds a rule with its per-block hook (run by the interpreter on every executed
// block) or its whole-program check.
func register(r *rules.Rule, hook hookFn, global func(*globalPass)) *rules.Rule {
	id := r.ID
	r.Check = func(p *rules.Pass) {
		run, ok := p.Model.(*Run)
		if !ok {
			return
		}
		for _, f := range run.byRule[id] {
			p.Report(f.Start, f.End, "%s", f.Msg)
		}
	}
	registry = append(registry, &ruleDef{rule: r, hook: hook, global: global})
	return r
}

// All returns the G-code rules sorted by id.
func All() []*rules.Rule {
	out := make([]*rules.Rule, 0, len(registry))
	for _, d := range registry {
		out = append(out, d.rule)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func hooks() []hookFn {
	var out []hookFn
	for _, d := range registry {
		if d.hook != nil {
			out = append(out, d.hook)
		}
	}
	return out
}

// report records a finding of rule on the current block.
func (s *Step) report(r *rules.Rule, start, end int, format string, args ...any) {
	if start >= end {
		start, end = s.B.Start, s.B.End
	}
	m := s.Sim
	if len(m.frames) > 0 || m.replaying > 0 {
		// Loop iterations report each problem once, at its first occurrence.
		key := r.ID + "@" + itoa(start)
		if m.seen == nil {
			m.seen = map[string]bool{}
		}
		if m.seen[key] {
			return
		}
		m.seen[key] = true
	}
	s.Sim.out = append(s.Sim.out, finding{Rule: r.ID, Start: start, End: end, Msg: fmt.Sprintf(format, args...)})
}

// globalPass checks the whole program from its index.
type globalPass struct {
	Prog *Program
	Path string
	Text []byte
	// exists reports whether a subroutine file can be found for a named call.
	exists     func(name string) bool
	finalState *Checkpoint
	out        []finding
}

func (g *globalPass) report(r *rules.Rule, start, end int, format string, args ...any) {
	g.out = append(g.out, finding{Rule: r.ID, Start: start, End: end, Msg: fmt.Sprintf(format, args...)})
}

// doc joins the four parts of a rule's documentation.
func doc(what, why, bad, good string) string {
	return strings.Join([]string{
		"What it does: " + what,
		"Why is this bad? " + why,
		"Example:\n" + indent(bad),
		"Use instead:\n" + indent(good),
	}, "\n\n")
}

func indent(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = "    " + l
	}
	return strings.Join(lines, "\n")
}

// Profile returns the machine profile of the run (nil without one).
func (s *Step) Profile() *Profile { return s.Sim.prof }

// fmtLen prints a length (mm) in the profile's units.
func (s *Step) fmtLen(v float64) string { return s.Sim.prof.fmtLen(v) }

// toUnits converts a length in mm to the program's units for messages.
func (s *Step) toUnits(v float64) float64 {
	if s.Sim.St.Units == gInch {
		return v / 25.4
	}
	return v
}
