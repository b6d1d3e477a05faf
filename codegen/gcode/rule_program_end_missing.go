package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleProgramEndMissing = register(&rules.Rule{
	ID:       "gcode/program-end-missing",
	Title:    "No program end",
	Severity: rules.Warning,
	Category: rules.Correctness,
	// A program being written has no end yet: suggestions above the end are not at fault.
	Unfinished: true,
	Anchors:    []string{"NIST RS274NGC v3 §3.6.1 (M2/M30 end a program)", "LinuxCNC: \"File ended with no percent sign or program end\""},
	Doc: rules.Doc(
		"Reports a program with no M2 or M30 (or M99 for a Fanuc subprogram), or a LinuxCNC program whose every M2/M30 lies in the body of an o-word if, while or repeat (where it does not run, the program runs off its last line: a do's body runs at least once, and a subroutine's end counts where it is called), unless it is a grblHAL macro file (`.macro`, called with G65 or for M6, returning at its end), or it is delimited by % lines or is a LinuxCNC subroutine file (it starts with `oN sub` and ends with its `endsub`; subroutines followed by a main program are a program). Not checked for Marlin/RepRap files, which end when the stream ends.",
		"Without a program end the controller does not reset its modal state, stop the spindle and coolant, or rewind; LinuxCNC refuses the file outright.",
		"G21 G90 G54\nG0 X0 Y0\nG1 X10 F100",
		"G21 G90 G54\nG0 X0 Y0\nG1 X10 F100\nM5 M9\nM30"),
}, nil, globalProgramEndMissing)

func globalProgramEndMissing(g *globalPass) {
	p := g.Prog
	// a LinuxCNC subroutine file starts with its sub and ends with its endsub; one that
	// goes on after its subroutines with a main program is a program, which needs its end
	subFile := p.FirstStmt == CtlSub && p.LastStmt == CtlEndSub
	if p.Dialect == DialectMarlin || p.Ends > 0 && !endsOnlyInBranches(p) || p.M99 > 0 || p.Percents >= 2 || p.LastLine < 0 || subFile || p.SubFile {
		return
	}
	if g.finalState != nil && g.finalState.St.Ended {
		return
	}
	if p.Ends > 0 {
		g.report(p.LastSpan.Start, p.LastSpan.End, "the program has no end (M2 or M30) where its o-word if, while or repeat does not run the one inside it")
		return
	}
	g.report(p.LastSpan.Start, p.LastSpan.End, "the program has no end (M2 or M30)")
}

// endsOnlyInBranches reports whether every M2/M30 of a LinuxCNC program lies in the body of
// an o-word if, while or repeat: where the condition does not hold (or the count is 0) the
// program runs off its last line, and LinuxCNC stops it there ("File ended with no percent
// sign or program end"). A do's body runs at least once, and a subroutine's end counts
// where the subroutine is called.
func endsOnlyInBranches(p *Program) bool {
	if p.Dialect != DialectLinuxCNC || len(p.EndLines) == 0 {
		return false
	}
	type frame struct {
		kind  CtlKind
		label string
	}
	var stack []frame
	conditional := func() bool {
		for _, f := range stack {
			if f.kind == CtlIf || f.kind == CtlWhile || f.kind == CtlRepeat {
				return true
			}
		}
		return false
	}
	ends := p.EndLines
	for _, e := range p.Events {
		for len(ends) > 0 && ends[0] < e.Line {
			if !conditional() {
				return false
			}
			ends = ends[1:]
		}
		switch e.Kind {
		case CtlIf, CtlRepeat, CtlDo, CtlSub:
			stack = append(stack, frame{e.Kind, e.Label})
		case CtlWhile:
			if n := len(stack); n > 0 && stack[n-1].kind == CtlDo && stack[n-1].label == e.Label {
				stack = stack[:n-1] // the while that closes a do
			} else {
				stack = append(stack, frame{CtlWhile, e.Label})
			}
		case CtlEndIf, CtlEndWhile, CtlEndRepeat, CtlEndSub:
			if n := len(stack); n > 0 && stack[n-1].label == e.Label {
				stack = stack[:n-1]
			} else {
				return false // unbalanced: another rule's finding, not this one's to guess
			}
		}
	}
	for range ends {
		if !conditional() {
			return false
		}
	}
	return true
}
