package rtl

import (
	"bytes"
	"context"
	"github.com/gantry-dev/gantry/codegen/lazyregexp"

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
// configuration's text; nil when there are none. A unit of that text that does not parse is
// not judged: the configuration is not one it builds in.
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
	// The later branches the default compile takes, where the check asks.
	var taken [][2]int
	for _, r := range later {
		if req.Within != nil && (r[1] < req.Within[0] || r[0] > req.Within[1]) {
			continue
		}
		// a dropped branch runs to the directive after it: its last byte is dropped
		if !inRanges(drops, r[1]-1) {
			taken = append(taken, [2]int{r[0], r[1] - 1})
		}
	}
	if len(taken) == 0 || !readsUnknownWord(text, later, drops, p.cache.fileModel(req.File)) {
		return nil
	}
	// That configuration's text is read unit by unit, and only the units holding such a
	// branch (and those they name): beside the file's own tree a second whole tree held
	// the check of a 256 KB file at 38 bytes of C memory per source byte more, and made
	// every check of a file with an `else parse all of it twice.
	areq := req
	areq.File = syntax.TextOnly(rtlgrammar.Language(), alt)
	areq.ReleaseTree = false // its windows are parsed for this rule alone
	res := codegen.CheckUnitsOverlapping(ctx, p, areq, taken, func(ctx context.Context, r codegen.CheckRequest) codegen.CheckResult {
		if r.File.Root().HasError() {
			return codegen.CheckResult{} // that configuration is not one this unit builds in
		}
		// Only the rule asked about runs on that text.
		found, _ := rules.Run(r.File, p.checkModel(ctx, r, cfg), cfg, []*rules.Rule{ruleUndeclared}, rules.Options{Severities: sev, Within: req.Within, Context: ctx})
		return codegen.CheckResult{Findings: found}
	})
	found := res.Findings
	var out []rules.Finding
	for _, fd := range found {
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

// readsUnknownWord reports whether the text of a later branch the default compile keeps
// holds a word that is neither a keyword nor a name the file's first-branch reading
// declares outside the branches that compile leaves out: only then can that configuration hold an undeclared name, and only then is its
// text parsed and checked again (a whole second tree and model: most files' `else
// branches read what their module declares).
func readsUnknownWord(text []byte, later, drops [][2]int, fm *FileModel) bool {
	// A name whose every declaration lies in a dropped branch (a port under `ifdef
	// SYNTHESIS read in the `else of another conditional) is not declared there.
	kept, onlyDropped := map[string]bool{}, map[string]bool{}
	for _, u := range fm.Units {
		for _, d := range u.Decls {
			if d.NameNode == nil {
				continue
			}
			if inRanges(drops, u.Base+d.NameNode.Start()) {
				onlyDropped[d.Name] = true
			} else {
				kept[d.Name] = true
			}
		}
	}
	declared := func(w string) bool {
		if isKeyword(w) || svKeywords[w] || kept[w] {
			return true
		}
		if onlyDropped[w] {
			return false
		}
		for _, u := range fm.Units {
			if u.Name == w || u.HasName(w) {
				return true
			}
		}
		return false
	}
	for _, r := range later {
		if inRanges(drops, r[1]-1) {
			continue
		}
		seg := codeOnly(text[r[0]:r[1]])
		for _, m := range branchWordRE.FindAllIndex(seg, -1) {
			if w := string(seg[m[0]:m[1]]); w[0] != '$' && w[0] != '`' && w[0] != '\'' && !declared(w) {
				return true
			}
		}
	}
	return false
}

// branchWordRE finds words with what may stand before them: a system task's $, a macro's
// backquote, a based number's quote (those are not names).
var branchWordRE = lazyregexp.New("[$`']?[A-Za-z_][A-Za-z0-9_$]*")

// codeOnly returns a copy of text with its comments and string literals blanked.
func codeOnly(text []byte) []byte {
	out := append([]byte(nil), text...)
	for i := 0; i < len(out); i++ {
		end := i
		switch {
		case out[i] == '/' && i+1 < len(out) && out[i+1] == '/':
			end = bytes.IndexByte(out[i:], '\n')
			if end < 0 {
				end = len(out)
			} else {
				end += i
			}
		case out[i] == '/' && i+1 < len(out) && out[i+1] == '*':
			end = bytes.Index(out[i+2:], []byte("*/"))
			if end < 0 {
				end = len(out)
			} else {
				end += i + 4
			}
		case out[i] == '"':
			end = i + 1
			for end < len(out) && out[end] != '"' && out[end] != '\n' {
				if out[end] == '\\' {
					end++
				}
				end++
			}
			end = min(end+1, len(out))
		default:
			continue
		}
		for k := i; k < end; k++ {
			if out[k] != '\n' {
				out[k] = ' '
			}
		}
		i = end - 1
	}
	return out
}
