package gcode

import (
	"context"
	"fmt"
	"math"
	"strings"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
)

// unitWindow is how many lines after the cursor the gate re-checks.
const unitWindow = 200

// Context implements codegen.Pack: the modal state and position at the cursor from the
// nearest checkpoint, the profile, and deterministic offers for the embedded backend.
func (p *Pack) Context(ctx context.Context, req codegen.ContextRequest) codegen.Context {
	cfg := req.Config
	if cfg == nil {
		cfg = config.Default()
	}
	text := req.File.Bytes()
	off := min(max(req.Offset, 0), len(text))
	d := p.document(req.Path, req.File, cfg, true)
	var out codegen.Context

	ls := lineStart(text, off)
	le := lineEnd(text, off)
	before := string(text[ls:off])
	if why := skipReason(before, string(text[off:le])); why != "" {
		out.Skip = why
	}
	out.Multiline = strings.TrimSpace(before) == ""

	sim, _ := d.stateAt(off)
	st := &sim.St
	// The unit: from the checkpoint that starts the cursor's chunk to 200 lines below.
	ci := d.chunkAt(off)
	start := 0
	if ci >= 0 && ci < len(d.chunks) {
		start = d.chunks[ci].start
	}
	end := le
	for i := 0; i < unitWindow && end < len(text); i++ {
		end = lineEnd(text, end+1)
	}
	out.Unit = [2]int{start, end}

	out.Stop = []string{"\n%", "\nM30", "\nM2\n", "\nM02", "\nm30"}
	if d.prog.Dialect.fanucFamily() {
		out.Stop = append(out.Stop, "\nM99")
	}
	dialect := string(d.prog.Dialect)
	if d.prog.Explicit {
		dialect += " (configured)"
	} else {
		dialect += " (detected)"
	}
	out.Blocks = append(out.Blocks,
		codegen.Block{Source: "modal state at the cursor (" + dialect + ")", Text: describeState(st, d.prog.Profile, d.prog.Dialect)},
		codegen.Block{Source: "machine profile", Text: describeProfile(d.prog.Profile, d.prog.Dialect)})
	if out.Multiline && out.Skip == "" {
		out.Hints = hints(st, d, off)
	}
	return out
}

// skipReason says why no suggestion fits: inside a comment, or in the middle of a word.
func skipReason(before, after string) string {
	if i := strings.LastIndexByte(before, '('); i >= 0 && !strings.Contains(before[i:], ")") {
		return "inside a comment"
	}
	if strings.Contains(before, ";") {
		return "inside a comment"
	}
	if before != "" && after != "" {
		a, b := before[len(before)-1], after[0]
		word := func(c byte) bool { return isLetter(c) || isDigit(c) || c == '.' }
		if word(a) && word(b) {
			return "in the middle of a word"
		}
	}
	return ""
}

func lineStart(text []byte, off int) int {
	for off > 0 && text[off-1] != '\n' {
		off--
	}
	return off
}

func lineEnd(text []byte, off int) int {
	for off < len(text) && text[off] != '\n' {
		off++
	}
	return off
}

// hints are ready-made blocks that pass the rules from the state at the cursor.
func hints(st *State, d *docState, off int) []string {
	prof := d.prog.Profile
	inch := st.Units == gInch || st.Units < 0 && prof != nil && prof.Units == "inch"
	num := func(mm float64) string {
		if inch {
			return trimFloat(math.Round(mm/25.4*10000) / 10000)
		}
		return trimFloat(math.Round(mm*1000) / 1000)
	}
	safe := 5.0
	if prof != nil && isKnown(prof.SafeZ) {
		safe = prof.SafeZ
	}
	stock := 0.0
	if prof != nil && isKnown(prof.StockTop) {
		stock = prof.StockTop
	}
	// A retract the rules accept: to the profile's safe Z, or home in G91 without one.
	retract := "G91 G28 Z0\nG90\n"
	if prof != nil && isKnown(prof.SafeZ) {
		retract = "G90 G0 Z" + num(safe) + "\n"
	}
	if st.Comp == gCompLeft || st.Comp == gCompRight || st.Comp < 0 {
		retract = "G40\n" + retract
	}
	tool, next := 1, 1
	if prof != nil && len(prof.Tools) > 0 {
		ns := prof.ToolNumbers()
		tool, next = ns[0], ns[0]
		for _, n := range ns {
			if n > st.Tool && st.Tool > 0 {
				next = n
				break
			}
		}
		if st.Tool > 0 && next == ns[0] && len(ns) > 1 {
			next = ns[1]
		}
	} else if st.Tool > 0 {
		next = st.Tool + 1
	}
	rpm := func(t int) string {
		r := 1000.0
		if prof != nil {
			lim := prof.MaxSpindleRPM
			if tt, ok := prof.Tool(t); ok && tt.MaxRPM > 0 && (lim <= 0 || tt.MaxRPM < lim) {
				lim = tt.MaxRPM
			}
			if lim > 0 {
				r = math.Floor(lim*0.8/100) * 100
			}
		}
		return trimFloat(r)
	}
	units := "G21"
	if inch {
		units = "G20"
	}
	wcs := "G54"
	if st.WCS > 0 && st.WCSSet {
		wcs = codeName('G', int(st.WCS))
	}
	var out []string
	header := fmt.Sprintf("%s G90 G17 G40 G49 G80 %s\n%sT%d M6\nG43 H%d\nS%s M3\n", units, wcs, retract, tool, tool, rpm(tool))
	toolChange := fmt.Sprintf("%sM5\nM9\nT%d M6\nG43 H%d\nS%s M3\n", retract, next, next, rpm(next))
	x, y := 0.0, 0.0
	if isKnown(st.Pos[ax]) && isKnown(st.Pos[ay]) {
		x, y = st.Pos[ax], st.Pos[ay]
	}
	feed := ""
	if !st.FeedSet || !isKnown(st.Feed) || st.Feed <= 0 || st.FeedMode != gPerMinute {
		feed = " F" + num(100)
	}
	spin := ""
	if st.Spindle != 3 {
		spin = "S" + rpm(max(st.Tool, tool)) + " M3\n"
	}
	r := math.Min(safe, stock+2)
	if r <= stock {
		r = safe
	}
	drill := fmt.Sprintf("%s%sG98 G81 X%s Y%s Z%s R%s%s\nG80\n", retract, spin, num(x), num(y), num(stock-5), num(r), feed)
	end := retract + "M5\nM9\nM30\n"
	atTop := !st.Moved && !d.prog.Motion || !st.Moved && st.Tool < 0
	switch {
	case st.Ended:
		// Nothing runs after the program end (M2/M30), not even a header: the controller
		// has stopped reading.
	case atTop:
		out = append(out, header)
		// An end block moves the machine: it needs the units the program has not set yet.
		if st.UnitsSet {
			out = append(out, end)
		}
	default:
		out = append(out, toolChange, drill)
		if d.prog.Ends == 0 {
			out = append([]string{end}, out...)
		} else {
			out = append(out, end)
		}
	}
	return out
}
