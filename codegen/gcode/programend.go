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
// (Fanuc files keep their subprograms below the main program's M30). The % that closes the
// tape after that end reopens nothing: blocks left between the M30 and it never run (a
// Fanuc warm-up program keeps an old tail there); only a second % starts another tape.
func (*Pack) Regions(string) syntax.Regions { return codeRegion }

func codeRegion(text []byte) [][2]int {
	// A DOS end-of-file byte (Ctrl-Z, 0x1A), left by DNC-era editors after the closing %,
	// ends the text: nothing is read after it.
	if i := bytes.IndexByte(text, 0x1a); i >= 0 {
		text = text[:i]
	}
	if end := programEnd(text); end < len(text) {
		return [][2]int{{0, end}}
	}
	return [][2]int{{0, len(text)}}
}

// programEnd returns the offset just after the line that ends the program, or len(text).
func programEnd(text []byte) int {
	return programEndOf([]*chunk{textChunk(text)}, len(text))
}

// programEndOf is programEnd over a document's chunks, without joining their bytes: the
// chunks before the end and after it are read from their summaries (their control
// statements, program numbers and % lines); only those holding an M2/M30 are scanned line
// by line.
func programEndOf(chunks []*chunk, size int) int {
	var e endScan
	e.end = -1
	for _, c := range chunks {
		switch {
		case e.later:
			return size
		case e.end >= 0 && c.sum != nil:
			for _, ev := range c.sum.events {
				if ev.Kind == ctlProgram || ev.Kind == CtlSub {
					return size // a later program or subroutine: keep reading everything
				}
			}
			if e.percents += c.sum.percents; e.percents > 1 {
				return size // another tape starts after the one the end closes
			}
		case e.end < 0 && c.sum != nil && c.sum.ends == 0:
			for _, ev := range c.sum.events {
				if ev.Kind != ctlProgram {
					e.ctl(ev.Kind, ev.Label)
				}
			}
		default:
			forLines(c, func(line, start, stop int) { e.line(c, line, start, stop) })
		}
	}
	if e.end < 0 || e.later {
		return size
	}
	return e.end
}

// endScan is programEnd's reading of the text, line by line.
type endScan struct {
	b        Block
	open     []Ctl // o-word blocks open at this line
	end      int   // offset just after the ending line, -1 before it
	later    bool  // a program or a subroutine starts after the end
	percents int   // % lines after the end: the first closes the tape, a second opens another
}

func (e *endScan) line(c *chunk, line, start, stop int) {
	if e.later {
		return
	}
	c.scan(&e.b, line, start, stop)
	b := &e.b
	if b.Bad() {
		return
	}
	if e.end >= 0 {
		if b.Flags&FlagPercent != 0 {
			e.percents++
		}
		if b.Flags&FlagProgramNumber != 0 || b.Ctl.Kind == CtlSub || e.percents > 1 {
			e.later = true
		}
		return
	}
	if e.ctl(b.Ctl.Kind, b.Ctl.Label) || len(e.open) != 0 {
		return
	}
	for _, w := range b.Words {
		if code, ok := w.Code(); ok && w.Letter == 'M' && (code == mEnd || code == mEndRewind) {
			e.end = c.end
			if i := bytes.IndexByte(c.data[stop-c.start:], '\n'); i >= 0 {
				e.end = stop + i + 1
			}
			return
		}
	}
}

// ctl follows the o-word blocks through one control statement; it reports false for a
// block that is none.
func (e *endScan) ctl(k CtlKind, label string) bool {
	n := len(e.open)
	switch k {
	case CtlNone:
		return false
	case CtlWhile:
		if n > 0 && e.open[n-1].Kind == CtlDo && e.open[n-1].Label == label {
			e.open = e.open[:n-1] // the closing while of a do loop
			return true
		}
		e.open = append(e.open, Ctl{Kind: k, Label: label})
	case CtlSub, CtlIf, CtlDo, CtlRepeat:
		e.open = append(e.open, Ctl{Kind: k, Label: label})
	case CtlEndSub:
		// an endsub inside an if or a loop of its body returns early (endSubReturns):
		// the subroutine stays open
		if n > 0 && e.open[n-1].Kind == CtlSub {
			e.open = e.open[:n-1]
		}
	case CtlEndIf, CtlEndWhile, CtlEndRepeat:
		if n > 0 {
			e.open = e.open[:n-1]
		}
	}
	return true
}
