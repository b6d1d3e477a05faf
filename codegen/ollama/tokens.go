package ollama

import (
	"github.com/gantry-dev/gantry/codegen"
)

// fimReserve covers what the prompt costs beyond its text: BOS, the FIM control tokens
// and the rounding of the estimate.
const fimReserve = 32

// EstimateTokens is codegen.EstimateTokens: one estimate for the prompt builder and for
// the backend's own budget check.
func EstimateTokens(s string) int { return codegen.EstimateTokens(s) }

// PromptBudget is how many tokens of header, prefix and suffix fit into a context of
// numCtx tokens next to numPredict generated ones. Give it to codegen.BuildPrompt (which
// counts with codegen.EstimateTokens: see FitsContext for the check that matters).
func PromptBudget(numCtx, numPredict int) int {
	return max(0, numCtx-numPredict-fimReserve)
}

// FitsContext reports whether prompt, estimated with EstimateTokens, leaves room for
// numPredict tokens of answer within numCtx.
func FitsContext(prompt string, numCtx, numPredict int) bool {
	return EstimateTokens(prompt) <= PromptBudget(numCtx, numPredict)
}

// PromptBudget is the budget for this backend's num_ctx and a request's MaxTokens (0: the
// configured NumPredict).
func (b *Backend) PromptBudget(maxTokens int) int {
	if maxTokens <= 0 {
		maxTokens = b.cfg.NumPredict
	}
	return PromptBudget(b.cfg.NumCtx, maxTokens)
}

// fitRequest is the safety net under the engine's own budget: when the text would not
// fit (Ollama would then cut the prompt's head, FIM tokens and all) it trims by whole
// lines: the suffix to a fifth of the budget, then the context header, then the top of
// the prefix. The lines at the cursor stay.
func fitRequest(req codegen.FillRequest, numCtx, numPredict int) codegen.FillRequest {
	budget := PromptBudget(numCtx, numPredict)
	cost := func() int { return EstimateTokens(req.Header + req.Prefix + req.Suffix) }
	if cost() <= budget {
		return req
	}
	req.Suffix = headLines(req.Suffix, budget/5)
	if cost() > budget {
		req.Header = ""
	}
	if cost() > budget {
		req.Prefix = tailLines(req.Prefix, budget-EstimateTokens(req.Suffix))
	}
	return req
}

// tailLines and headLines trim by whole lines, as the prompt builder does.
func tailLines(s string, budget int) string { return codegen.TailLines(s, budget) }

func headLines(s string, budget int) string { return codegen.HeadLines(s, budget) }
