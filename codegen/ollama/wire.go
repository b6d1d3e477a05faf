package ollama

import (
	"slices"
	"strings"
	"time"

	"github.com/ollama/ollama/api"

	"github.com/gantry-dev/gantry/codegen"
)

// Wire is exactly what Fill sends to /api/generate for one candidate.
type Wire struct {
	Model  string
	Prompt string
	// Suffix is set in insert mode, where Ollama's template places it.
	Suffix string
	Raw    bool
	// Family is the raw FIM family ("qwen2.5-coder", ...) when the model lacks the
	// insert capability; Prompt then holds the family's control tokens.
	Family  string
	Options map[string]any

	stops []string // also applied while reading the stream
}

// Candidate i of n differs from the others by its seed and a temperature that rises by
// this step, so that even a greedy first candidate gets sampled siblings.
const candidateTempStep = 0.2

// wire builds the request. Options go out on every call, num_ctx included: a different
// num_ctx makes Ollama reload the model.
func (b *Backend) wire(req codegen.FillRequest, info modelInfo, i, n int) Wire {
	temp := req.Temperature
	if temp == 0 {
		temp = b.cfg.Temperature
	}
	predict := req.MaxTokens
	if predict <= 0 {
		predict = b.cfg.NumPredict
	}
	req = fitRequest(req, b.cfg.NumCtx, predict)
	prompt := req.Prefix
	if req.Header != "" {
		header := req.Header
		if !strings.HasSuffix(header, "\n") {
			header += "\n"
		}
		prompt = header + req.Prefix
	}
	w := Wire{Model: b.cfg.Model, stops: req.Stop}
	if info.insert {
		w.Prompt, w.Suffix = prompt, req.Suffix
		// Without a suffix Ollama would render the template as a chat turn; raw mode
		// keeps it a plain continuation of the code.
		w.Raw = req.Suffix == ""
	} else {
		// The FIM frame even for an empty suffix: it tells the model it is infilling
		// at the end of a file rather than writing prose after it.
		w.Prompt, w.Raw, w.Family = info.fim.format(prompt, req.Suffix), true, info.fim.ID
		w.stops = append(slices.Clip(req.Stop), info.fim.Stop...)
	}
	w.Options = map[string]any{"num_predict": predict, "num_ctx": b.cfg.NumCtx}
	if n > 1 {
		w.Options["seed"] = i + 1 // fixed seeds: the same request gives the same candidates
		temp = min(temp+candidateTempStep*float64(i), max(temp, 1))
	}
	w.Options["temperature"] = temp
	if len(w.stops) > 0 {
		w.Options["stop"] = w.stops
	}
	return w
}

func (w Wire) request(keepAlive time.Duration) *api.GenerateRequest {
	stream := true
	return &api.GenerateRequest{
		Model:     w.Model,
		Prompt:    w.Prompt,
		Suffix:    w.Suffix,
		Raw:       w.Raw,
		Stream:    &stream,
		KeepAlive: &api.Duration{Duration: keepAlive},
		Options:   w.Options,
	}
}
