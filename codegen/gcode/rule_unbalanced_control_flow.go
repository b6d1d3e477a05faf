package gcode

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleUnbalancedControlFlow = register(&rules.Rule{
	ID:       "gcode/unbalanced-control-flow",
	Title:    "Unbalanced o-word or macro B control flow",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors: []string{"LinuxCNC: \"Nested subroutine definition\", \"Not in subroutine definition\", \"Return outside of subroutine\", \"Unknown oword number\"",
		"Fanuc custom macro B: WHILE […] DOm … ENDm pairing"},
	Doc: rules.Doc(
		"Matches o-word statements by label: sub/endsub, if/elseif/else/endif, while/endwhile, do/while, repeat/endrepeat, break/continue inside their loop, return inside a subroutine; and Fanuc WHILE [...] DOm / ENDm by number. Reports a closer without its opener, a closer whose label differs from the open block, a nested sub definition, and openers never closed. An endsub inside an if or a loop of its own subroutine is an early return, as rs274 runs it.",
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
	return "o" + e.Label + " " + ctlWords[e.Kind]
}

func globalUnbalancedControlFlow(g *globalPass) {
	var stack []ctlEvent
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
	for _, e := range g.Prog.Events {
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
			}
		}
	}
	for _, o := range stack {
		g.report(o.Start, o.End, "%s is never closed (expected %s)", ctlLabel(o), closerOf(o))
	}
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
