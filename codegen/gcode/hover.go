package gcode

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// HoverPath is Hover for a file with a path (the path picks the dialect and the cache).
func (p *Pack) HoverPath(path string, f *syntax.File, offset int, cfg *config.Config) string {
	if cfg == nil {
		cfg = config.Default()
	}
	offset = min(max(offset, 0), f.Len())
	d := p.docFor(path, f, cfg)
	sim, b := d.stateAt(offset)
	dialect := d.prog.Dialect
	var head string
	for _, c := range b.Comments {
		if offset >= c.Start && offset < c.End {
			return ""
		}
	}
	for i, w := range b.Words {
		if offset < w.Start || offset > w.End {
			continue
		}
		head = describeWord(b, i, dialect, d.prog.Profile, d.prog.Explicit, sim)
		break
	}
	if head == "" && b.Ctl.Kind != CtlNone && offset >= b.Ctl.Start && offset <= b.Ctl.End {
		head = describeCtl(b.Ctl, d.prog)
	}
	if head == "" && b.HasN && offset >= b.NSpan.Start && offset <= b.NSpan.End {
		head = fmt.Sprintf("**N%d** — line (sequence) number", b.N)
	}
	if head == "" && b.Flags&FlagProgramNumber != 0 {
		head = fmt.Sprintf("**O%d** — program number (Fanuc-style program or subprogram)", b.Program)
	}
	if head == "" {
		for _, a := range b.Assigns {
			if offset >= a.Start && offset <= a.End {
				head = "parameter assignment: " + strings.TrimSpace(string(f.Lines.Slice(a.Start, a.End))) + " (takes effect after the whole line is read)"
			}
		}
	}
	if head == "" {
		return ""
	}
	if sub := sim.currentSub(); sub != "" {
		return head + "\n\n" + describeSubState(d, sim, sub)
	}
	return head + "\n\nModal state before this line:\n" + describeState(&sim.St, d.prog.Profile, dialect)
}

// describeSubState describes the state inside subroutine sub: what the body set so far,
// and for the rest the state at the subroutine's calls in this file (a setting not known
// the same at every call is said so), or that the caller decides when nothing here calls it.
func describeSubState(d *docState, sim *Sim, sub string) string {
	var entry *State
	var lines []string
	for _, c := range d.prog.Calls {
		if c.Key != sub || c.How != "o-call" {
			continue
		}
		at, _ := d.stateAt(c.Start)
		if entry == nil {
			st := at.St
			entry = &st
		} else {
			m := merge(*entry, at.St)
			entry = &m
		}
		lines = append(lines, strconv.Itoa(c.Line+1))
	}
	st := sim.St
	if entry == nil {
		return fmt.Sprintf("Inside subroutine o%s, which nothing in this file calls: the modal state depends on the caller. Set by this subroutine before this line:\n", sub) +
			describeStateAs(&st, d.prog.Profile, d.prog.Dialect, "set by the caller")
	}
	fillFromCaller(&st, entry)
	return fmt.Sprintf("Inside subroutine o%s: the modal state comes from its caller — here its %d call(s) on line %s, with what the subroutine set before this line:\n", sub, len(lines), strings.Join(lines, ", ")) +
		describeStateAs(&st, d.prog.Profile, d.prog.Dialect, "not the same at every call")
}

// fillFromCaller takes into st, for every setting the subroutine has not decided, the value
// at its calls.
func fillFromCaller(st, in *State) {
	i16 := func(v *int16, w int16) {
		if *v < 0 {
			*v = w
		}
	}
	if st.Motion < 0 {
		st.PreCycle = in.PreCycle
	}
	i16(&st.Motion, in.Motion)
	i16(&st.Plane, in.Plane)
	i16(&st.Units, in.Units)
	i16(&st.Distance, in.Distance)
	i16(&st.ArcDist, in.ArcDist)
	i16(&st.FeedMode, in.FeedMode)
	i16(&st.Comp, in.Comp)
	i16(&st.ToolLen, in.ToolLen)
	i16(&st.WCS, in.WCS)
	i16(&st.PathMode, in.PathMode)
	i16(&st.Retract, in.Retract)
	i16(&st.SpinMode, in.SpinMode)
	if !isKnown(st.Feed) {
		st.Feed, st.FeedSet = in.Feed, in.FeedSet
	}
	if !isKnown(st.Speed) {
		st.Speed, st.SpeedSet = in.Speed, in.SpeedSet
	}
	if st.Spindle == 0 {
		st.Spindle = in.Spindle
	}
	if st.Mist == 0 {
		st.Mist = in.Mist
	}
	if st.Flood == 0 {
		st.Flood = in.Flood
	}
	if st.Tool == -2 {
		st.Tool, st.Selected = in.Tool, in.Selected
	}
	st.WCSSet = st.WCSSet || in.WCSSet
	// Positions are not taken: the body may have moved since it was entered.
}

// docFor finds the cached state of f's text (any path with the same text snapshot) or
// builds one without caching it.
func (p *Pack) docFor(path string, f *syntax.File, cfg *config.Config) *docState {
	if path != "" {
		return p.document(path, f, cfg, true)
	}
	p.mu.Lock()
	for _, d := range p.docs {
		if d.lines == f.Lines {
			p.mu.Unlock()
			return d
		}
	}
	p.mu.Unlock()
	return build(nil, f.Lines, newSettings(path, headOf(f.Lines), cfg), nil)
}

func describeWord(b *Block, i int, d Dialect, prof *Profile, explicit bool, sim *Sim) string {
	w := b.Words[i]
	l := w.Letter
	if (l == 'G' || l == 'M') && isKnown(w.Value) {
		code, _ := w.Code()
		name := codeName(l, code)
		desc := describe(l, code, d)
		if desc == "" {
			desc = "no description for " + string(d)
		}
		s := fmt.Sprintf("**%s** — %s", name, desc)
		grp := gGroup(code)
		if l == 'M' {
			grp = mGroup(code)
		}
		if g, ok := groupNames[grp]; ok {
			s += "\n\nModal group: " + g
		}
		if ok, known := supports(d, prof, l, code); known && !ok {
			s += fmt.Sprintf("\n\nNot supported by %s.", d)
		} else if known && explicit {
			s += fmt.Sprintf("\n\nSupported by %s.", d)
		}
		return s
	}
	desc := letterDesc[l]
	if l == '$' {
		desc = "spindle number (LinuxCNC multi-spindle)"
	}
	val := b.wordText(i)
	if w.Expr != nil {
		if v := w.Expr.Eval(sim); isKnown(v) {
			val = string(l) + " = " + trimFloat(v)
		}
	}
	return fmt.Sprintf("**%s** — %s", val, desc)
}

func describeCtl(c Ctl, prog *Program) string {
	kw := ctlWords[c.Kind]
	switch c.Kind {
	case CtlCall:
		s := fmt.Sprintf("**o%s call** — calls subroutine o%s", c.Label, c.Label)
		if sub := prog.Subs[c.Label]; sub != nil {
			s += fmt.Sprintf(" (defined on line %d)", sub.Line+1)
		} else {
			s += " (not defined in this file: searched in the subroutine path)"
		}
		return s
	case CtlFanucIf:
		return "**IF [...] GOTO / THEN** — Fanuc macro B conditional"
	case CtlFanucGoto:
		return "**GOTO " + c.Label + "** — Fanuc macro B jump to sequence number N" + c.Label
	case CtlFanucWhile:
		return "**WHILE [...] DO" + c.Label + "** — Fanuc macro B loop, closed by END" + c.Label
	case CtlFanucEnd:
		return "**END" + c.Label + "** — end of the Fanuc macro B loop DO" + c.Label
	}
	return fmt.Sprintf("**o%s %s** — LinuxCNC o-word %s", c.Label, kw, kw)
}

var (
	defaultOnce sync.Once
	defaultPk   *Pack
)

func shared() *Pack {
	defaultOnce.Do(func() { defaultPk = New() })
	return defaultPk
}

// Hover is Pack.Hover on a shared pack.
func Hover(f *syntax.File, offset int, cfg *config.Config) string {
	return shared().HoverPath("", f, offset, cfg)
}
