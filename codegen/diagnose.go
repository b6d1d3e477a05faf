package codegen

import (
	"context"
	"sort"

	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// SyntaxRule returns the rule id for syntax errors of a pack ("st/syntax").
func SyntaxRule(p Pack) string { return p.ID() + "/syntax" }

// Diagnose returns syntax errors and rule findings for a file, sorted by position.
func Diagnose(ctx context.Context, p Pack, req CheckRequest) CheckResult {
	f := req.File
	if ld, ok := p.(LargeDocuments); ok && !f.HasTree() {
		return diagnoseText(ctx, p, ld, req)
	}
	f.Lock()
	var root = f.Root()
	var out []rules.Finding
	if req.Within == nil || root.HasError() {
		var pairs [][2]string
		if bp, ok := p.(BlockKeywords); ok {
			pairs = bp.BlockPairs()
		}
		for _, e := range syntax.Errors(f, root, pairs...) {
			if req.Within != nil && (e.End < req.Within[0] || e.Start > req.Within[1]) {
				continue
			}
			out = append(out, rules.Finding{Rule: SyntaxRule(p), Severity: rules.Error, Start: e.Start, End: e.End, Message: e.Message})
		}
	}
	f.Unlock()
	if sev, ok := req.Config.Severities()[SyntaxRule(p)]; ok {
		for i := range out {
			out[i].Severity = sev
		}
		if sev == rules.Off {
			out = nil
		}
	}
	res := p.Check(ctx, req)
	res.Findings = rules.Filter(f, append(out, res.Findings...), nil)
	return res
}

// diagnoseText checks a text-only snapshot through the pack's own large-file path.
func diagnoseText(ctx context.Context, p Pack, ld LargeDocuments, req CheckRequest) CheckResult {
	errs, res := ld.DiagnoseText(ctx, req.Path, req.File.Text, req.Config)
	sev, configured := req.Config.Severities()[SyntaxRule(p)]
	if !configured {
		sev = rules.Error
	}
	var out []rules.Finding
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
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	res.Findings = out
	return res
}
