package codegen

import (
	"context"
	"errors"
	"fmt"
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"strings"

	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// ChatMessage is one turn of a conversation with a model.
type ChatMessage struct {
	Role    string `json:"role"` // "system", "user" or "assistant"
	Content string `json:"content"`
}

// Chatter is a backend that can hold a conversation, for natural-language generation.
type Chatter interface {
	Chat(ctx context.Context, messages []ChatMessage) (string, error)
}

// Conventions is implemented by packs that tell the model how code of their language is
// written in this project (dialect, naming, machine profile).
type Conventions interface {
	Conventions(cfg *config.Config) string
}

// GenerateRequest asks for code from an instruction in words.
type GenerateRequest struct {
	Instruction string
	Config      *config.Config
	Workspace   Workspace
	// Document and Offset, when set, place the result in a file: it is checked spliced
	// there, and only findings it adds count. Without them the code is checked alone.
	Path     string
	Document *syntax.File
	Offset   int
	// Rounds bounds the repair loop (default 3).
	Rounds int
}

// Round reports one attempt.
type Round struct {
	Code     string          `json:"code"`
	Findings []rules.Finding `json:"findings"`
}

// GenerateResult is the code with the report of what was checked and repaired.
type GenerateResult struct {
	Code   string  `json:"code"`
	OK     bool    `json:"ok"`
	Rounds []Round `json:"rounds"`
	// Remaining lists what still fails when OK is false: a refusal, not a result.
	Remaining []rules.Finding `json:"remaining,omitempty"`
}

var fence = lazyregexp.New("(?s)```[a-zA-Z0-9_+-]*\\s*\\n(.*?)```")

// ExtractCode takes the code out of a model's answer: the largest fenced block, or the whole
// answer when there is none.
func ExtractCode(answer string) string {
	best := ""
	for _, m := range fence.FindAllStringSubmatch(answer, -1) {
		if len(m[1]) > len(best) {
			best = m[1]
		}
	}
	if best == "" {
		best = answer
	}
	return strings.Trim(best, "\n") + "\n"
}

// Generate asks the model for code, gates it, and feeds the findings back until the code
// passes or the round limit is reached.
func Generate(ctx context.Context, p Pack, chat Chatter, req GenerateRequest) (*GenerateResult, error) {
	if chat == nil {
		return nil, errors.New("generation needs a model: set `model` in gantry.toml or GANTRY_MODEL, and run Ollama")
	}
	rounds := req.Rounds
	if rounds <= 0 {
		rounds = 3
	}
	system := fmt.Sprintf("You write %s code for industrial machines. Answer with one fenced code block containing only code, complete and syntactically valid.", p.Name())
	if c, ok := p.(Conventions); ok {
		system += "\n" + c.Conventions(req.Config)
	}
	user := req.Instruction
	if req.Document != nil {
		cctx := p.Context(ctx, ContextRequest{Path: req.Path, File: req.Document, Offset: req.Offset, Config: req.Config, Workspace: req.Workspace})
		for _, b := range cctx.Blocks {
			user += fmt.Sprintf("\n\nContext (%s):\n%s", b.Source, b.Text)
		}
	}
	mask := maskerFor(p)
	system, _ = mask.Text(system)
	user, _ = mask.Text(user)
	msgs := []ChatMessage{{Role: "system", Content: system}, {Role: "user", Content: user}}
	res := &GenerateResult{}
	for i := 0; i < rounds; i++ {
		answer, err := chat.Chat(ctx, msgs)
		if err != nil {
			return res, err
		}
		code := ExtractCode(answer)
		findings, err := checkGenerated(ctx, p, req, code)
		if err != nil {
			return res, err
		}
		res.Rounds = append(res.Rounds, Round{Code: code, Findings: findings})
		res.Code = code
		if len(findings) == 0 {
			res.OK = true
			return res, nil
		}
		msgs = append(msgs, ChatMessage{Role: "assistant", Content: answer},
			ChatMessage{Role: "user", Content: "The checker rejected this code:\n" + describe(code, findings) + "\nFix every problem and answer with the whole corrected code in one fenced block."})
	}
	res.Remaining = res.Rounds[len(res.Rounds)-1].Findings
	return res, nil
}

// checkGenerated returns the findings that refuse the code: syntax errors and the findings
// the gate drops a candidate for, alone or, with a document, those it adds where it would
// be inserted.
func checkGenerated(ctx context.Context, p Pack, req GenerateRequest, code string) ([]rules.Finding, error) {
	if req.Document != nil {
		g := NewGate(ctx, p, CheckRequest{Path: req.Path, File: req.Document, Config: req.Config, Workspace: req.Workspace}, req.Offset, [2]int{0, len(req.Document.Bytes())})
		if v := g.Vet(ctx, code); v.Reason != "" || v.Text != code {
			return []rules.Finding{{Rule: strings.TrimPrefix(v.Reason, "rule:"), Severity: rules.Error, Message: "inserting it adds: " + Dropped{Reason: v.Reason, Message: v.Message}.Why()}}, nil
		}
		return nil, nil
	}
	f, err := syntax.Parse(ctx, p.Grammar(), []byte(code))
	if err != nil {
		return nil, err
	}
	res := Diagnose(ctx, p, CheckRequest{Path: "generated" + p.Extensions()[0], File: f, Config: req.Config, Workspace: req.Workspace})
	// Generated code is model-written: the gate's policy says which findings refuse it.
	policy := newGatePolicy(p, req.Config)
	var out []rules.Finding
	for _, fd := range res.Findings {
		if fd.Rule == SyntaxRule(p) && fd.Severity == rules.Error || policy.drops(fd) {
			out = append(out, fd)
		}
	}
	return out, nil
}

func describe(code string, findings []rules.Finding) string {
	var sb strings.Builder
	lines := strings.Split(code, "\n")
	for _, f := range findings {
		line := strings.Count(code[:min(f.Start, len(code))], "\n")
		src := ""
		if line < len(lines) {
			src = strings.TrimSpace(lines[line])
		}
		fmt.Fprintf(&sb, "- line %d (%s): %s: %s\n", line+1, src, f.Rule, f.Message)
	}
	return sb.String()
}
