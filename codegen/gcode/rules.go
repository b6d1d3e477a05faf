package gcode

import (
	"fmt"

	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/source"
)

// finding is a rule's finding before configuration applies.
type finding struct {
	Rule       string
	Start, End int
	Msg        string
}

// ruleDef is a registered rule with what runs it: a per-block hook (run by the interpreter
// on every executed block) or a whole-program check.
type ruleDef struct {
	rule   *rules.Rule
	hook   hookFn
	global func(*globalPass)
}

var (
	gcodeRules rules.Registry[*Run]
	registry   []*ruleDef
)

// register adds a rule with its per-block hook or its whole-program check. Both report
// through their Step or globalPass, which knows the rule it is running for, so a hook never
// names its own rule variable (that would be an initialization cycle).
func register(r *rules.Rule, hook hookFn, global func(*globalPass)) *rules.Rule {
	def := &ruleDef{rule: r}
	if hook != nil {
		def.hook = func(s *Step) {
			s.rule = r
			hook(s)
		}
	}
	if global != nil {
		def.global = func(g *globalPass) {
			g.rule = r
			global(g)
		}
	}
	registry = append(registry, def)
	return gcodeRules.Add(r, func(p *rules.Pass, run *Run) {
		// The interpreter ran every hook once per run; the rule reports what its hook found.
		for _, f := range run.byRule[r.ID] {
			p.Report(f.Start, f.End, "%s", f.Msg)
		}
	})
}

// All returns the G-code rules sorted by id.
func All() []*rules.Rule { return gcodeRules.All() }

func hooks() []hookFn {
	var out []hookFn
	for _, d := range registry {
		if d.hook != nil {
			out = append(out, d.hook)
		}
	}
	return out
}

// report records a finding of the rule whose hook is running on the current block.
func (s *Step) report(start, end int, format string, args ...any) {
	r := s.rule
	if start >= end {
		start, end = s.B.Start, s.B.End
	}
	m := s.Sim
	if len(m.frames) > 0 || m.replaying > 0 {
		// Loop iterations report each problem once, at its first occurrence.
		key := seenKey{r.ID, start}
		if m.seen == nil {
			m.seen = map[seenKey]bool{}
		}
		if m.seen[key] {
			return
		}
		m.seen[key] = true
	}
	s.Sim.out = append(s.Sim.out, finding{Rule: r.ID, Start: start, End: end, Msg: m.intern(fmt.Sprintf(format, args...))})
}

// seenKey is a finding of a rule at a position.
type seenKey struct {
	rule  string
	start int
}

// intern returns msg, or the equal message a finding already holds: a program's findings
// repeat a few hundred messages (a 1 MB program: 9,296 findings, 318 messages).
func (m *Sim) intern(msg string) string {
	if s, ok := m.msgs[msg]; ok {
		return s
	}
	if m.msgs == nil {
		m.msgs = map[string]string{}
	}
	m.msgs[msg] = msg
	return msg
}

// globalPass checks the whole program from its index.
type globalPass struct {
	Prog *Program
	Path string
	// exists reports whether a subroutine file can be found for a named call.
	exists     func(name string) bool
	finalState *Checkpoint
	foreign    *foreignDialect // the text's language, when Gantry does not read it
	lines      *source.Lines
	out        []finding
	rule       *rules.Rule // the rule whose check is running
}

// report records a finding of the rule whose check is running.
func (g *globalPass) report(start, end int, format string, args ...any) {
	g.out = append(g.out, finding{Rule: g.rule.ID, Start: start, End: end, Msg: fmt.Sprintf(format, args...)})
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
