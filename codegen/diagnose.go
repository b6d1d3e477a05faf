package codegen

import (
	"context"
	"fmt"
	"sort"

	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
	"github.com/gantry-dev/gantry/codegen/syntax/gotree"
)

// SyntaxRule returns the rule id for syntax errors of a pack ("st/syntax").
func SyntaxRule(p Pack) string { return p.ID() + "/syntax" }

// Diagnose returns syntax errors and rule findings for a file, sorted by position.
func Diagnose(ctx context.Context, p Pack, req CheckRequest) CheckResult {
	f := req.File
	if ld, ok := p.(LargeDocuments); ok && !f.HasTree() {
		return diagnoseText(ctx, p, ld, req)
	}
	out := syntaxFindings(p, req)
	if fr, ok := p.(Fragments); ok && len(out) > 0 && req.Within == nil && fr.ParsesAsFragment(ctx, req) {
		out = nil
	}
	if sev, ok := req.Config.Severities()[SyntaxRule(p)]; ok {
		for i := range out {
			out[i].Severity = sev
		}
		if sev == rules.Off {
			out = nil
		}
	}
	res := checkSafely(ctx, p, req)
	res.Findings = rules.Filter(f, append(out, res.Findings...), nil)
	return res
}

// syntaxFindings lists the syntax errors of a file with a tree.
func syntaxFindings(p Pack, req CheckRequest) (out []rules.Finding) {
	f := req.File
	f.Lock()
	defer f.Unlock()
	defer func() {
		if v := recover(); v != nil {
			out = []rules.Finding{rules.Recovered(SyntaxRule(p), v)}
		}
	}()
	root := f.Root()
	if req.Within != nil && !root.HasError() {
		return nil
	}
	var pairs [][2]string
	if bp, ok := p.(BlockKeywords); ok {
		pairs = bp.BlockPairs()
	}
	for _, e := range syntaxErrors(p, f, root, pairs) {
		if req.Within != nil && (e.End < req.Within[0] || e.Start > req.Within[1]) {
			continue
		}
		out = append(out, rules.Finding{Rule: SyntaxRule(p), Severity: rules.Error, Start: e.Start, End: e.End, Message: e.Message})
	}
	return out
}

// checkSafely runs a pack's rules; a panic outside any single rule (building the model)
// becomes one internal-error finding instead of a dead server.
func checkSafely(ctx context.Context, p Pack, req CheckRequest) (res CheckResult) {
	defer func() {
		if v := recover(); v != nil {
			res = CheckResult{Findings: []rules.Finding{rules.Recovered(p.ID()+"/check", v)}}
		}
	}()
	return p.Check(ctx, req)
}

// diagnoseText checks a text-only snapshot through the pack's own large-file path.
func diagnoseText(ctx context.Context, p Pack, ld LargeDocuments, req CheckRequest) CheckResult {
	errs, res := diagnoseTextSafely(ctx, p, ld, req)
	sev, configured := req.Config.Severities()[SyntaxRule(p)]
	if !configured {
		sev = rules.Error
	}
	var out []rules.Finding
	if n := len(errs) + len(res.Findings); n > 0 {
		out = make([]rules.Finding, 0, n) // a big file's findings, without a copy per doubling
	}
	if sev != rules.Off {
		for _, e := range errs {
			if req.Within == nil || (e.End >= req.Within[0] && e.Start <= req.Within[1]) {
				out = append(out, rules.Finding{Rule: SyntaxRule(p), Severity: sev, Start: e.Start, End: e.End, Message: e.Message})
			}
		}
	}
	for _, fd := range res.Findings {
		if req.Within == nil || (fd.End >= req.Within[0] && fd.Start <= req.Within[1]) {
			out = append(out, fd)
		}
	}
	if len(out) == 0 {
		out = nil
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	res.Findings = out
	return res
}

func diagnoseTextSafely(ctx context.Context, p Pack, ld LargeDocuments, req CheckRequest) (errs []syntax.Error, res CheckResult) {
	defer func() {
		if v := recover(); v != nil {
			errs, res = nil, CheckResult{Findings: []rules.Finding{rules.Recovered(p.ID()+"/check", v)}}
		}
	}()
	return ld.DiagnoseText(ctx, req)
}

// TooDeep is the one finding for a file nested deeper than gotree.MaxDepth (a generated
// expression of a million terms): the rules read the file without the part below that
// depth, and say so once, where the cut begins.
func TooDeep(p Pack, at int) rules.Finding {
	return rules.Finding{Rule: SyntaxRule(p), Severity: rules.Warning, Start: at, End: at + 1,
		Message: fmt.Sprintf("nesting deeper than %d levels: the code below that depth is not analysed", gotree.MaxDepth)}
}
