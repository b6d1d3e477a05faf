package gcode

import (
	"bytes"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

var _ codegen.EmbeddedCode = (*Pack)(nil)

// Regions implements codegen.EmbeddedCode: a controller stops reading a program at its end,
// so notes written below the final M2 or M30 (LinuxCNC's own on_abort.ngc samples carry a
// list of abort codes there) are not code and raise no syntax error. The code ends after the
// first M2/M30 outside every o-word block when no program or subroutine starts after it
// (Fanuc files keep their subprograms below the main program's M30).
func (*Pack) Regions(string) syntax.Regions { return codeRegion }

func codeRegion(text []byte) [][2]int {
	if end := programEnd(text); end < len(text) {
		return [][2]int{{0, end}}
	}
	return [][2]int{{0, len(text)}}
}

// programEnd returns the offset just after the line that ends the program, or len(text).
func programEnd(text []byte) int {
	var b Block
	var open []Ctl // o-word blocks open at this line
	depth, end := 0, -1
	forLines(textChunk(text), func(line, start, stop int) {
		if end >= 0 && depth >= 0 {
			scanLine(&b, text, line, start, stop)
			if !b.Bad() && (b.Flags&(FlagProgramNumber|FlagPercent) != 0 || b.Ctl.Kind == CtlSub) {
				depth = -1 // a later program or subroutine: keep reading everything
			}
			return
		}
		if end >= 0 {
			return
		}
		scanLine(&b, text, line, start, stop)
		if b.Bad() {
			return
		}
		switch k := b.Ctl.Kind; k {
		case CtlWhile:
			if n := len(open); n > 0 && open[n-1].Kind == CtlDo && open[n-1].Label == b.Ctl.Label {
				open = open[:n-1] // the closing while of a do loop
				return
			}
			open = append(open, Ctl{Kind: k, Label: b.Ctl.Label})
			return
		case CtlSub, CtlIf, CtlDo, CtlRepeat:
			open = append(open, Ctl{Kind: k, Label: b.Ctl.Label})
			return
		case CtlEndSub:
			// an endsub inside an if or a loop of its body returns early (endSubReturns):
			// the subroutine stays open
			if n := len(open); n > 0 && open[n-1].Kind == CtlSub {
				open = open[:n-1]
			}
			return
		case CtlEndIf, CtlEndWhile, CtlEndRepeat:
			if n := len(open); n > 0 {
				open = open[:n-1]
			}
			return
		case CtlNone:
		default:
			return
		}
		if len(open) != 0 {
			return
		}
		for _, w := range b.Words {
			if code, ok := w.Code(); ok && w.Letter == 'M' && (code == mEnd || code == mEndRewind) {
				end = stop
				if i := bytes.IndexByte(text[stop:], '\n'); i >= 0 {
					end = stop + i + 1
				} else {
					end = len(text)
				}
				return
			}
		}
	})
	if end < 0 || depth < 0 {
		return len(text)
	}
	return end
}
