package gcode

import (
	"fmt"
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleMissingRequiredWord = register(&rules.Rule{
	ID:       "gcode/missing-required-word",
	Title:    "A command without a word it needs",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors: []string{"NIST RS274NGC v3 §3.5", "LinuxCNC: \"Dwell time missing with g4\", \"R clearance plane unspecified in cycle\", \"Z value unspecified in xy plane canned cycle\", \"Q word missing with g83\", \"Dwell time p word missing with g82\", \"Line with g10 does not have l2\", \"Need tool prepared -Txx- for toolchange\", \"All axes missing with g92\", \"K word missing with g33\"",
		"Grbl errors 26 (no axis words) and 28 (value word missing)"},
	Doc: rules.Doc(
		"Reports commands missing a word they cannot do without: G4 without P (Marlin's bare G4 waits for the moves to finish; the Fanuc family may time it by X, and on a lathe by U); a canned cycle without R or the depth (unless the same cycle is continuing and retains them; the Fanuc family starts a cycle without R at its initial level), G73/G83 without Q, G82/G86/G88/G89 without P (the Fanuc family then does not dwell); G10 without L or P (but G10 L0, the tool table reload); G92 without axis words; G33 without K; G38.x without axis words; M6 when no tool was ever selected with T; M98/G65 without P (unless a Fanuc-family controller is configured, an M98 whose line has a (…) comment is not reported: Mach3/Mach4 call the subprogram file the comment names); a macro IF […] with nothing after its condition (neither GOTO n nor THEN, nor Haas's block).",
		"The controller stops with an error in the middle of the job — or, for a retained value, uses whatever an earlier operation left behind: the wrong retract plane or the wrong depth.",
		"G4\nG81 X10 Y10 Z-5 F100\nM6",
		"G4 P0.5\nG81 X10 Y10 Z-5 R2 F100\nT2 M6"),
}, hookMissingRequiredWord, nil)

func hookMissingRequiredWord(s *Step) {
	miss := func(i int, code fmt.Stringer, letters string) {
		ws, we := s.wordSpan(i)
		s.report(ws, we, "%s needs %s", code, letters)
	}
	if c := &s.B.Ctl; c.bareIf() {
		s.report(c.Start, c.End, "IF […] needs GOTO n or THEN #x = … after the condition (Haas also runs a block there)")
	}
	for _, g := range s.Gs {
		name := gname(g.Code)
		switch g.Code {
		case gDwell:
			// Marlin's G4 waits with S seconds, or with nothing for the moves to finish.
			if !s.has('P') && !s.dwellTimedByAxisWord() && s.Sim.dialect != DialectMarlin {
				miss(g.W, name, "a P word (the dwell time)")
			}
		case gSetData:
			// LinuxCNC's G10 L0 reloads the tool table and takes no P.
			reload := s.has('L') && s.val('L') == 0
			// The Fanuc family and a program of no known controller (Centroid sets
			// parameters and offsets with G10 P, H or D and R) are not held to it.
			if s.Sim.dialect != DialectMarlin && (!s.has('L') || !s.has('P') && !reload) && !s.Sim.dialect.fanucFamily() && !s.Sim.prog.Guessed {
				var need []string
				if !s.has('L') {
					need = append(need, "L")
				}
				if !s.has('P') {
					need = append(need, "P")
				}
				miss(g.W, name, strings.Join(need, " and ")+" words")
			}
		case gOffsetSet:
			if !s.axisWords() && s.Sim.dialect != DialectMarlin {
				miss(g.W, name, "at least one axis word")
			}
		case gSpindleSync, gRigidTap:
			if !s.has('K') {
				miss(g.W, name, "a K word (distance per revolution)")
			}
		case gProbeTowardErr, 383, 384, gProbeAwayNoErr:
			if !s.axisWords() {
				miss(g.W, name, "an axis word (the probe target)")
			}
		case gMacroCall:
			if !s.has('P') {
				miss(g.W, name, "a P word (the macro program number)")
			}
		}
	}
	for _, c := range s.Ms {
		switch c.Code {
		case mToolChange:
			if s.Dead || s.Sim.dialect == DialectMarlin || s.Sim.dialect == DialectGrbl {
				continue
			}
			if !s.has('T') && s.Before.Selected == -1 {
				miss(c.W, lit("M6"), "a tool: no T has been selected")
			}
		case mCallSub:
			// Mach3/Mach4 also call a subprogram file named in the M98 line's comment,
			// `M98 (sub.tap)`, without P (a Mach program is read as LinuxCNC's, or guessed a
			// Fanuc one for its M98)
			fanuc := s.Sim.dialect.fanucFamily() && s.Sim.prog.Explicit
			if !s.has('P') && (fanuc || s.B.Flags&FlagParenComment == 0) {
				miss(c.W, lit("M98"), "a P word (the subprogram number)")
			}
		}
	}
	if ci := s.Cycle; ci != nil && !s.Dead {
		st := &s.Sim.St
		var need []string
		// The Fanuc family clears R with G80 to an increment of 0 from the initial level, so a
		// cycle that leaves R out feeds from where it starts (Haas posts and hand programs do)
		if !isKnown(st.CycleR) && !s.has('R') && !rUnknownRetained(s) && !s.Sim.dialect.fanucFamily() {
			need = append(need, "R (the retract plane)")
		}
		_, _, n, _, _, _, ok := planeAxes(st.Plane)
		if ok && !s.has(axisLetters[n]) && !isKnown(st.CycleZ) && !rUnknownRetained(s) {
			need = append(need, string(axisLetters[n])+" (the final depth)")
		}
		if (ci.Code == gPeckHighSpeed || ci.Code == gPeckDrill) && !s.has('Q') && !isKnown(st.CycleQ) && !rUnknownRetained(s) {
			need = append(need, "Q (the peck increment)")
		}
		if (ci.Code == gDrillDwell || ci.Code == gBoreStop || ci.Code == gBoreManual || ci.Code == gBoreDwell) && !s.has('P') && !isKnown(st.CycleP) && !rUnknownRetained(s) && !s.Sim.dialect.fanucFamily() {
			need = append(need, "P (the dwell time)")
		}
		if len(need) > 0 {
			s.report(ci.Start, ci.End, "%s needs %s", codeName('G', ci.Code), strings.Join(need, ", "))
		}
	}
}

// rUnknownRetained: the cycle continues from a state we do not know (after a call or
// inside a subroutine), so retained words may exist.
func rUnknownRetained(s *Step) bool {
	return s.Before.Motion < 0 || s.Before.Motion == int16(s.Cycle.Code)
}

type lit string

func (l lit) String() string { return string(l) }
