package rtl

import (
	"bytes"
	"context"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
	rtlgrammar "github.com/gantry-dev/gantry/grammars/rtl"
)

// The grammar reads the first branch of every conditional and skips the others, so a name
// read only in an `else branch was never judged. But `ifdef SYNTHESIS … `else (the
// simulation model) … `endif, or `ifdef USE_IP … `else (the RTL fallback), has its
// `else branch as the code a compile without +define+ reads — what verilator, iverilog and
// yosys check when run on the file alone. Gantry checks that configuration's text too
// (defaultConfiguration: taken branches kept, the others and the directives blanked, every
// byte in its place) and keeps the undeclared names it finds inside `else/`elsif branches
// the default compile takes: an invented signal there is an error the first simulation
// reports. They are warnings: a project may build only with its defines (a top whose
// ports exist under `ifdef __synthesis__ alone), and that configuration then never is.

// defaultBranchKey marks a check of the default configuration's text, which looks no
// further.
type defaultBranchKey struct{}

// defaultBranchFindings returns the rtl/undeclared-identifier findings of req's file that
// lie in `else/`elsif branches a compile without defines takes, found by checking that
// configuration's text; nil when there are none, or when that text does not parse.
func (p *Pack) defaultBranchFindings(ctx context.Context, req codegen.CheckRequest, cfg *config.Config, sev map[string]rules.Severity) []rules.Finding {
	if s, set := sev[ruleUndeclared.ID]; set && s == rules.Off || ctx.Value(defaultBranchKey{}) != nil {
		return nil
	}
	start, end := req.File.Span()
	text := req.File.Bytes()
	if start != 0 || end != len(text) || !bytes.Contains(text, []byte("`els")) {
		return nil // code embedded in another format, or no later branch
	}
	later := laterBranches(text)
	alt, dropped := defaultConfiguration(text)
	drops := droppedRanges(dropped)
	judged := func(pos int) bool { return inRanges(later, pos) && !inRanges(drops, pos) }
	taken := false // a later branch the default compile takes, where the check asks
	for _, r := range later {
		if req.Within != nil && (r[1] < req.Within[0] || r[0] > req.Within[1]) {
			continue
		}
		// a dropped branch runs to the directive after it: its last byte is dropped
		if !inRanges(drops, r[1]-1) {
			taken = true
			break
		}
	}
	if !taken {
		return nil
	}
	af, err := syntax.Parse(ctx, rtlgrammar.Language(), alt)
	if err != nil {
		return nil
	}
	defer af.Close()
	if af.Root().HasError() {
		return nil // that configuration is not one this file builds in
	}
	areq := req
	areq.File = af
	var out []rules.Finding
	for _, fd := range p.Check(context.WithValue(ctx, defaultBranchKey{}, true), areq).Findings {
		if fd.Rule == ruleUndeclared.ID && judged(fd.Start) {
			fd.Message += " where a compile without +define+ reads this branch"
			if _, overridden := sev[fd.Rule]; !overridden && fd.Severity == rules.Error {
				fd.Severity = rules.Warning // the project may never build that configuration
			}
			out = append(out, fd)
		}
	}
	return out
}

// laterBranches returns the byte ranges of the `elsif and `else branches of text's
// conditionals, each from the end of its directive's word to the directive that ends it.
func laterBranches(text []byte) [][2]int {
	var out [][2]int
	var open []int // per open conditional: where its current later branch starts, -1 in the first
	for i, j := range directives(string(text)) {
		word := string(text[i+1 : j])
		switch word {
		case "ifdef", "ifndef":
			open = append(open, -1)
		case "elsif", "else", "endif":
			n := len(open)
			if n == 0 {
				break
			}
			if open[n-1] >= 0 {
				out = append(out, [2]int{open[n-1], i})
			}
			open[n-1] = j
			if word == "endif" {
				open = open[:n-1]
			}
		}
	}
	return out
}

func droppedRanges(d []droppedBranch) [][2]int {
	out := make([][2]int, len(d))
	for i, b := range d {
		out[i] = [2]int{b.from, b.to}
	}
	return out
}

func inRanges(rs [][2]int, pos int) bool {
	for _, r := range rs {
		if r[0] <= pos && pos < r[1] {
			return true
		}
	}
	return false
}
