package codegen

import (
	"context"

	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// SyntaxRule returns the rule id for syntax errors of a pack ("st/syntax").
func SyntaxRule(p Pack) string { return p.ID() + "/syntax" }

// Diagnose returns syntax errors and rule findings for a file, sorted by position.
func Diagnose(ctx context.Context, p Pack, req CheckRequest) CheckResult {
	f := req.File
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
