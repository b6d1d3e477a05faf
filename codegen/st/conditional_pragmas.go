package st

import (
	"bytes"
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"sort"
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

// definedCond matches the conditions a build can be told apart by from the project alone:
// `defined (pou: FB_Bfu)`, `defined (type: ST_Opt)`, `defined (variable: GVL_Opt.bOn)`,
// optionally negated. A define of the compiler options (`defined (Variant1)`) or a
// combination is not decided.
var definedCond = lazyregexp.New(`(?is)^\s*(NOT\s*)?\(?\s*defined\s*\(\s*(pou|type|variable)\s*:\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\s*\)\s*\)?\s*$`)

// condition returns the text of the conditional pragma at e ("" for ELSE and END_IF).
func (e condEvent) condition(text []byte) string {
	if e.word != "IF" && e.word != "ELSIF" {
		return ""
	}
	rest := text[e.at:]
	end := bytes.IndexByte(rest, '}')
	if end < 0 {
		return ""
	}
	s := string(rest[1:end])
	s = strings.TrimSpace(s)
	return strings.TrimSpace(s[len(e.word):])
}

// deadAfter returns, for each conditional pragma of c in order, whether no build compiles
// the text that follows it up to the next one: some pragma around it selects a branch by a
// condition the project decides (decide returns the condition's value and whether it
// could tell; at is where the pragma stands) and the text lies in another branch. One
// pass over the pragmas; deadAt answers a position from it with a binary search.
func (c *condBranches) deadAfter(text []byte, decide func(at int, cond string) (val, known bool)) []bool {
	if c == nil {
		return nil
	}
	type level struct{ taken, dead bool }
	var stack []level
	out := make([]bool, len(c.events))
	for i, e := range c.events {
		switch e.word {
		case "IF":
			val, known := decide(e.at, e.condition(text))
			stack = append(stack, level{taken: known && val, dead: known && !val})
		case "ELSIF":
			if n := len(stack); n > 0 {
				val, known := decide(e.at, e.condition(text))
				l := &stack[n-1]
				l.dead = l.taken || known && !val
				l.taken = l.taken || known && val
			}
		case "ELSE":
			if n := len(stack); n > 0 {
				stack[n-1].dead = stack[n-1].taken
			}
		case "END_IF":
			if n := len(stack); n > 0 {
				stack = stack[:n-1]
			}
		}
		for _, l := range stack {
			if l.dead {
				out[i] = true
				break
			}
		}
	}
	return out
}

// deadAt reports whether the text at off lies where deadAfter says no build compiles.
func (c *condBranches) deadAt(dead []bool, off int) bool {
	if c == nil {
		return false
	}
	i := sort.Search(len(c.events), func(i int) bool { return c.events[i].at >= off }) - 1
	return i >= 0 && i < len(dead) && dead[i]
}

// decideDefined decides `defined (pou: X)`, `defined (type: X)` and `defined (variable:
// X)` (and their negations) against what the scope sees: a POU, a type, a variable (or a
// global list's member, `GVL_Opt.bOn`) that nothing Gantry reads declares is taken as not
// defined. Either answer only ever keeps code from being judged, never adds a finding.
func decideDefined(sc *Scope, cond string) (val, known bool) {
	m := definedCond.FindStringSubmatch(cond)
	if m == nil {
		return false, false
	}
	neg := strings.TrimSpace(m[1]) != ""
	name := m[3]
	var found bool
	switch strings.ToLower(m[2]) {
	case "pou":
		if strings.Contains(name, ".") {
			return false, false // a method of a block: not decided
		}
		k := sc.Lookup(name).Kind
		found = k == SymPOU || k == SymStd || k == SymSelf
	case "type":
		if strings.Contains(name, ".") {
			return false, false
		}
		k := sc.Lookup(name).Kind
		found = k == SymType || k == SymPOU || k == SymStd
	case "variable":
		if list, member, ok := strings.Cut(name, "."); ok {
			l := sc.GlobalList(list)
			if l == nil {
				return false, false // a list of a library, or a block's member: not decided
			}
			found = l.vars[lower(member)] != nil
		} else {
			found = sc.Lookup(name).Kind == SymVar
		}
	}
	return found != neg, true
}
