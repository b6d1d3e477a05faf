package gcode

import (
	"bytes"
	"math"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/gantry-dev/gantry/codegen/source"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleUnbalancedControlFlow = register(&rules.Rule{
	ID:       "gcode/unbalanced-control-flow",
	Title:    "Unbalanced o-word or macro B control flow",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors: []string{"LinuxCNC: \"Nested subroutine definition\", \"Not in subroutine definition\", \"Return outside of subroutine\", \"Unknown oword number\"",
		"Fanuc custom macro B: WHILE […] DOm … ENDm pairing",
		"Fanuc: a GOTO n or a G70–G73 P/Q sequence number the control cannot find stops the program with an alarm"},
	Doc: rules.Doc(
		"Matches o-word statements by label: sub/endsub, if/elseif/else/endif, while/endwhile, do/while, repeat/endrepeat, break/continue inside their loop, return inside a subroutine; and Fanuc WHILE [...] DOm / ENDm by number. Reports a closer without its opener, a closer whose label differs from the open block, a nested sub definition, and openers never closed. An endsub inside an if or a loop of its own subroutine is an early return, as rs274 runs it. A subroutine file (name.ngc holding o<name> sub, entered by the call) whose body always leaves by its own top-level return needs no endsub, as rs274 runs the call (one that runs on to an M2/M30 instead ends the caller's program there, which the finding says); in such a file, and inside a body its own endsub closes further down, an endsub whose label names no subroutine of the file (a remap subroutine copied and renamed) leaves the subroutine as any endsub does when rs274 runs a call. In the Fanuc family, also a GOTO n (or IF […] GOTO n) and a lathe cycle's P/Q (G70–G73: the profile's first and last blocks) whose block N n the file does not hold.",
		"The interpreter stops with an error when it reaches the broken structure — possibly hours into a job — or, on Fanuc, jumps to the wrong END and repeats or skips machining.",
		"o100 while [#1 LT 10]\n  #1 = [#1 + 1]\no101 endwhile\nWHILE [#2 LT 3] DO1\nEND2",
		"o100 while [#1 LT 10]\n  #1 = [#1 + 1]\no100 endwhile\nWHILE [#2 LT 3] DO1\nEND1"),
}, nil, globalUnbalancedControlFlow)

var ctlWords = map[CtlKind]string{
	CtlSub: "sub", CtlEndSub: "endsub", CtlIf: "if", CtlElseIf: "elseif", CtlElse: "else", CtlEndIf: "endif",
	CtlWhile: "while", CtlEndWhile: "endwhile", CtlDo: "do", CtlRepeat: "repeat", CtlEndRepeat: "endrepeat",
	CtlBreak: "break", CtlContinue: "continue", CtlReturn: "return", CtlFanucWhile: "WHILE … DO", CtlFanucDo: "DO",
	CtlFanucEnd: "END", CtlCall: "call",
}

func ctlLabel(e ctlEvent) string {
	switch e.Kind {
	case CtlFanucWhile, CtlFanucDo, CtlFanucEnd:
		return ctlWords[e.Kind] + e.Label
	}
	if e.Written != "" {
		return "o" + e.Written + " " + ctlWords[e.Kind]
	}
	return "o" + e.Label + " " + ctlWords[e.Kind]
}

func globalUnbalancedControlFlow(g *globalPass) {
	var stack []ctlEvent
	// returned holds the subroutines (by the line of their sub) whose own return stands at
	// the top level of their body: a call always leaves there.
	returned := map[int]bool{}
	closeTo := func(e ctlEvent, opener CtlKind, alt ...CtlKind) bool {
		for i := len(stack) - 1; i >= 0; i-- {
			k := stack[i].Kind
			match := k == opener
			for _, a := range alt {
				match = match || k == a
			}
			if !match {
				continue
			}
			if stack[i].Label != e.Label && e.Label != "?" && stack[i].Label != "?" {
				g.report(e.Start, e.End, "%s closes %s (line %d): the labels differ", ctlLabel(e), ctlLabel(stack[i]), stack[i].Line+1)
			}
			for _, inner := range stack[i+1:] {
				g.report(inner.Start, inner.End, "%s is not closed before %s (line %d)", ctlLabel(inner), ctlLabel(e), e.Line+1)
			}
			stack = stack[:i]
			return true
		}
		return false
	}
	inside := func(kinds ...CtlKind) *ctlEvent {
		for i := len(stack) - 1; i >= 0; i-- {
			for _, k := range kinds {
				if stack[i].Kind == k {
					return &stack[i]
				}
			}
		}
		return nil
	}
	// ends are the program's M2/M30s; ended holds the first one at the top level of a
	// subroutine's body (by the line of its sub): a call of a subroutine file without its
	// endsub runs on to it and ends the whole program there instead of returning.
	ends := g.Prog.EndLines
	ended := map[int]int{}
	endsBefore := func(line int) {
		for len(ends) > 0 && ends[0] < line {
			if n := len(stack); n > 0 && stack[n-1].Kind == CtlSub {
				if _, ok := ended[stack[n-1].Line]; !ok {
					ended[stack[n-1].Line] = ends[0]
				}
			}
			ends = ends[1:]
		}
	}
	for _, e := range g.Prog.Events {
		endsBefore(e.Line)
		switch e.Kind {
		case ctlProgram:
			for _, o := range stack {
				g.report(o.Start, o.End, "%s is not closed before the next program O%d (line %d)", ctlLabel(o), e.Program, e.Line+1)
			}
			stack = stack[:0]
		case CtlSub:
			if o := inside(CtlSub); o != nil {
				g.report(e.Start, e.End, "subroutine definitions cannot nest: %s (line %d) is still open", ctlLabel(*o), o.Line+1)
			}
			stack = append(stack, e)
		case CtlIf, CtlDo, CtlRepeat, CtlFanucWhile, CtlFanucDo:
			stack = append(stack, e)
		case CtlWhile:
			if n := len(stack); n > 0 && stack[n-1].Kind == CtlDo && stack[n-1].Label == e.Label {
				stack = stack[:n-1]
				continue
			}
			stack = append(stack, e)
		case CtlEndSub:
			if !closeTo(e, CtlSub) {
				g.report(e.Start, e.End, "%s without a matching sub", ctlLabel(e))
			}
		case CtlEndIf:
			if !closeTo(e, CtlIf) {
				g.report(e.Start, e.End, "%s without a matching if", ctlLabel(e))
			}
		case CtlElseIf, CtlElse:
			n := len(stack)
			if n == 0 || stack[n-1].Kind != CtlIf {
				g.report(e.Start, e.End, "%s outside an if block", ctlLabel(e))
			} else if stack[n-1].Label != e.Label && e.Label != "?" {
				g.report(e.Start, e.End, "%s belongs to %s (line %d): the labels differ", ctlLabel(e), ctlLabel(stack[n-1]), stack[n-1].Line+1)
			}
		case CtlEndWhile:
			if !closeTo(e, CtlWhile) {
				g.report(e.Start, e.End, "%s without a matching while", ctlLabel(e))
			}
		case CtlEndRepeat:
			if !closeTo(e, CtlRepeat) {
				g.report(e.Start, e.End, "%s without a matching repeat", ctlLabel(e))
			}
		case CtlFanucEnd:
			n := len(stack)
			if n == 0 || (stack[n-1].Kind != CtlFanucWhile && stack[n-1].Kind != CtlFanucDo) {
				g.report(e.Start, e.End, "END%s without a matching DO%s", e.Label, e.Label)
				continue
			}
			if stack[n-1].Label != e.Label {
				g.report(e.Start, e.End, "END%s closes DO%s (line %d): the numbers differ", e.Label, stack[n-1].Label, stack[n-1].Line+1)
			}
			stack = stack[:n-1]
		case CtlBreak, CtlContinue:
			found := false
			for i := len(stack) - 1; i >= 0; i-- {
				k := stack[i].Kind
				if (k == CtlWhile || k == CtlDo || k == CtlRepeat) && (stack[i].Label == e.Label || e.Label == "?") {
					found = true
					break
				}
			}
			if !found {
				g.report(e.Start, e.End, "%s outside a loop labelled o%s", ctlLabel(e), e.Label)
			}
		case CtlReturn:
			if inside(CtlSub) == nil {
				g.report(e.Start, e.End, "%s outside a subroutine", ctlLabel(e))
			} else if n := len(stack); stack[n-1].Kind == CtlSub && strings.EqualFold(stack[n-1].Label, e.Label) {
				returned[stack[n-1].Line] = true
			}
		}
	}
	endsBefore(math.MaxInt)
	for _, o := range stack {
		if o.Kind == CtlSub && returned[o.Line] && isFileSubroutine(g.Path, o.Label) {
			continue
		}
		if end, ok := ended[o.Line]; ok && o.Kind == CtlSub && isFileSubroutine(g.Path, o.Label) {
			g.report(o.Start, o.End, "%s is never closed (expected %s): a call runs on to the M2/M30 on line %d and ends the program there instead of returning", ctlLabel(o), closerOf(o), end+1)
			continue
		}
		g.report(o.Start, o.End, "%s is never closed (expected %s)", ctlLabel(o), closerOf(o))
	}
	checkSequenceTargets(g)
}

// isFileSubroutine reports whether label names the subroutine a LinuxCNC call finds in the
// file at path (o<name> call opens name.ngc on the subroutine path). Such a file is entered
// by the call, never read as a definition to skip, so a body that always leaves by its own
// top-level `o<name> return` needs no endsub: rs274 runs the call and returns there. In a
// program that defines the subroutine inline, the interpreter skips the definition to its
// endsub, and without one it reads to the end of the file.
func isFileSubroutine(path, label string) bool {
	if path == "" || !strings.HasPrefix(label, "<") {
		return false
	}
	base := filepath.Base(path)
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	return strings.EqualFold("<"+stem+">", label)
}

// checkSequenceTargets reports, in the Fanuc family, a GOTO n (or IF […] GOTO n) and a
// lathe cycle's P/Q (G70–G73) whose block N n the file does not hold: the control searches
// for the sequence number and stops with an alarm when it is not there.
func checkSequenceTargets(g *globalPass) {
	p := g.Prog
	if !p.Dialect.fanucFamily() || g.lines == nil {
		return
	}
	var refs []callRef
	for _, c := range p.Calls {
		switch c.How {
		case "G73":
			if !p.Lathe {
				continue // a mill's G73 is a peck drilling cycle
			}
			fallthrough
		case "GOTO", "G70", "G71", "G72":
			refs = append(refs, c)
		}
	}
	if len(refs) == 0 {
		return
	}
	have := sequenceNumbers(g.lines)
	for _, c := range refs {
		n, err := strconv.ParseInt(strings.TrimPrefix(c.Key, "n"), 10, 64)
		if err != nil || have[n] {
			continue
		}
		if c.How == "GOTO" {
			g.report(c.Start, c.End, "GOTO %d: no block N%d in this file", n, n)
		} else {
			which := "first"
			if wordLetterAt(g, c) == "Q" {
				which = "last"
			}
			g.report(c.Start, c.End, "%s %s%d: no block N%d in this file (the %s block of the profile)", c.How, wordLetterAt(g, c), n, n, which)
		}
	}
}

// wordLetterAt is the letter of the word at c (P or Q).
func wordLetterAt(g *globalPass, c callRef) string {
	if b := g.lines.Slice(c.Start, min(c.Start+1, g.lines.Len())); len(b) == 1 {
		return strings.ToUpper(string(b))
	}
	return ""
}

// sequenceNumbers collects the N numbers that start the file's blocks (after blanks and a
// block-delete slash).
func sequenceNumbers(lines *source.Lines) map[int64]bool {
	have := map[int64]bool{}
	lines.Pieces(func(_ int, data []byte) bool {
		for len(data) > 0 {
			line := data
			if i := bytes.IndexByte(data, '\n'); i >= 0 {
				line, data = data[:i], data[i+1:]
			} else {
				data = nil
			}
			i := 0
			for i < len(line) && (line[i] == ' ' || line[i] == '\t' || line[i] == '/') {
				i++
			}
			if i >= len(line) || line[i] != 'N' && line[i] != 'n' {
				continue
			}
			j := i + 1
			for j < len(line) && line[j] == ' ' {
				j++
			}
			k := j
			var n int64
			for k < len(line) && isDigit(line[k]) && k-j < 12 {
				n = n*10 + int64(line[k]-'0')
				k++
			}
			if k > j {
				have[n] = true
			}
		}
		return true
	})
	return have
}

func closerOf(o ctlEvent) string {
	switch o.Kind {
	case CtlSub:
		return "o" + o.Label + " endsub"
	case CtlIf:
		return "o" + o.Label + " endif"
	case CtlWhile:
		return "o" + o.Label + " endwhile"
	case CtlDo:
		return "o" + o.Label + " while […]"
	case CtlRepeat:
		return "o" + o.Label + " endrepeat"
	case CtlFanucWhile, CtlFanucDo:
		return "END" + o.Label
	}
	return strings.TrimSpace("")
}
