package st

import (
	"bytes"
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"strings"
)

// Conditional compilation. CODESYS and TwinCAT compile the text between {IF …},
// {ELSIF …}, {ELSE} and {END_IF} pragmas for one branch only: a variant project declares
// the same variable in each branch (`{IF defined (Variant1)} sName : STRING := 'A';
// {ELSE} sName : STRING := 'B'; {END_IF}`), and only one of them is compiled.

// condBranch is one level of conditional pragmas around a position: the {IF} that opened
// it (its offset) and which of its branches holds the position (0 for the {IF} itself).
type condBranch struct{ ifAt, branch int }

// condPragma matches a conditional pragma's opening word.
var condPragma = lazyregexp.New(`(?i)\{\s*(IF|ELSIF|ELSE|END_IF)\b`)

// condBranches maps positions of text[start:end] to the conditional branches they lie in.
// It is nil when that text has no conditional pragma.
type condBranches struct {
	events []condEvent
}

type condEvent struct {
	at   int
	word string // IF, ELSIF, ELSE or END_IF
}

// conditionalBranches reads the conditional pragmas of text[start:end] (a POU's or a
// global list's declarations).
func conditionalBranches(text []byte, start, end int) *condBranches {
	start, end = max(start, 0), min(end, len(text))
	if start >= end || !bytes.Contains(text[start:end], []byte("{")) {
		return nil
	}
	var c condBranches
	for _, m := range condPragma.FindAllSubmatchIndex(text[start:end], -1) {
		c.events = append(c.events, condEvent{at: start + m[0], word: strings.ToUpper(string(text[start+m[2] : start+m[3]]))})
	}
	if len(c.events) == 0 {
		return nil
	}
	return &c
}

// at returns the branches around off, outermost first.
func (c *condBranches) at(off int) []condBranch {
	if c == nil {
		return nil
	}
	var stack []condBranch
	for _, e := range c.events {
		if e.at >= off {
			break
		}
		switch e.word {
		case "IF":
			stack = append(stack, condBranch{ifAt: e.at})
		case "ELSIF", "ELSE":
			if n := len(stack); n > 0 {
				stack[n-1].branch++
			}
		case "END_IF":
			if n := len(stack); n > 0 {
				stack = stack[:n-1]
			}
		}
	}
	return stack
}

// exclusiveBranches reports whether no compilation holds both a and b: at some level they sit in
// different branches of the same {IF}.
func exclusiveBranches(a, b []condBranch) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i].ifAt != b[i].ifAt {
			return false
		}
		if a[i].branch != b[i].branch {
			return true
		}
	}
	return false
}
