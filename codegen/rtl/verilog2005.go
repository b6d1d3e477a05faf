package rtl

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
	rtlgrammar "github.com/gantry-dev/gantry/grammars/rtl"
)

// One grammar reads Verilog and SystemVerilog, so the words SystemVerilog reserves are
// keywords in a .v file too. A Verilog-2005 file may use them as names (an OpenCores
// DMA's interrupt output `int`, a Z80 core's data-out bus `do`): IEEE 1364-2005 does not
// reserve them, and the tools that compile .v files as Verilog-2005 (iverilog -g2005,
// Vivado, Quartus) read such a file; a SystemVerilog tool (Verilator without
// +1364-2005ext+) does not. A .v or .vh file whose syntax errors all go away when those
// words are read as names gets one rtl/syntax warning naming them instead.

// systemVerilogOnly are the keywords IEEE 1800-2017 (Annex B) reserves that IEEE
// 1364-2005 does not.
var systemVerilogOnly = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`accept_on alias always_comb always_ff always_latch assert assume
		before bind bins binsof bit break byte chandle checker class clocking const constraint context
		continue cover covergroup coverpoint cross dist do endchecker endclass endclocking endgroup
		endinterface endpackage endprogram endproperty endsequence enum eventually expect export
		extends extern final first_match foreach forkjoin global iff ignore_bins illegal_bins
		implements implies import inside int interconnect interface intersect join_any join_none let
		local logic longint matches modport nettype new nexttime null package packed priority
		program property protected pure rand randc randcase randsequence ref reject_on restrict
		return s_always s_eventually s_nexttime s_until s_until_with sequence shortint shortreal
		soft solve static string strong struct super sync_accept_on sync_reject_on tagged this
		throughout timeprecision timeunit type typedef union unique unique0 until until_with untyped
		var virtual void wait_order weak wildcard with within`) {
		systemVerilogOnly[w] = true
	}
}

// verilog2005Key keys a snapshot's verilog2005Parse among its memos.
type verilog2005Key struct{}

// verilog2005Parse is what reading a .v file's SystemVerilog-only keywords as names found.
type verilog2005Parse struct {
	clean      bool     // the file parses without error so read
	start, end int      // its first syntax error as written
	words      []string // the keywords used as names, near its errors
}

// parseVerilog2005 reports, once per snapshot, whether a Verilog file (.v, .vh) with syntax
// errors parses once every SystemVerilog-only keyword is read as a name.
func parseVerilog2005(f *syntax.File, path string) verilog2005Parse {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".v", ".vh":
	default:
		return verilog2005Parse{}
	}
	if f.Windowed() || !f.HasTree() || !f.Root().HasError() {
		return verilog2005Parse{}
	}
	return f.Memo(verilog2005Key{}, func() any {
		text := f.Bytes()
		alt := append([]byte(nil), text...)
		uses := map[string][]int{}
		forEachWord(text, func(w string, at int) {
			if systemVerilogOnly[w] {
				alt[at] = w[0] - 'a' + 'A' // the same length, a name the file does not use as a keyword
				uses[w] = append(uses[w], at)
			}
		})
		if len(uses) == 0 {
			return verilog2005Parse{}
		}
		af, err := syntax.Parse(context.Background(), rtlgrammar.Language(), alt)
		if err != nil {
			return verilog2005Parse{}
		}
		clean := !af.Root().HasError()
		af.Close()
		if !clean {
			return verilog2005Parse{}
		}
		errs := syntax.Errors(f, f.Root(), (&Pack{}).BlockPairs()...)
		if len(errs) == 0 {
			return verilog2005Parse{}
		}
		r := verilog2005Parse{clean: true, start: errs[0].Start, end: errs[0].End}
		// the words used next to an error (a keyword used as a name leaves one there),
		// else every word read as a name; the finding marks the first such use
		first := -1
		for w, ats := range uses {
			for _, at := range ats {
				near := false
				for _, e := range errs {
					if at+len(w) >= e.Start-64 && at <= e.End+64 && e.End-e.Start < 4096 {
						near = true
						break
					}
				}
				if near {
					if !slices.Contains(r.words, w) {
						r.words = append(r.words, w)
					}
					if first < 0 || at < first {
						first, r.start, r.end = at, at, at+len(w)
					}
				}
			}
		}
		if len(r.words) == 0 {
			for w, ats := range uses {
				r.words = append(r.words, w)
				if first < 0 || ats[0] < first {
					first, r.start, r.end = ats[0], ats[0], ats[0]+len(w)
				}
			}
		}
		slices.Sort(r.words)
		if len(r.words) > 3 {
			r.words = r.words[:3]
		}
		return r
	}).(verilog2005Parse)
}

// verilog2005Warning is the one rtl/syntax warning of a Verilog file that parses once its
// SystemVerilog-only keywords are read as names.
func verilog2005Warning(p *Pack, d verilog2005Parse) rules.Finding {
	var quoted []string
	for _, w := range d.words {
		quoted = append(quoted, "`"+w+"`")
	}
	what := "is a SystemVerilog keyword"
	if len(quoted) > 1 {
		what = "are SystemVerilog keywords"
	}
	msg := fmt.Sprintf("%s %s used as a name here, which Verilog-2005 allows: tools reading this .v file as Verilog-2005 (iverilog -g2005, Vivado, Quartus) accept it, SystemVerilog tools (Verilator without +1364-2005ext+) reject it", strings.Join(quoted, ", "), what)
	return rules.Finding{Rule: codegen.SyntaxRule(p), Severity: rules.Warning, Start: d.start, End: d.end, Message: msg}
}
