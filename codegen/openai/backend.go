package openai

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/ollama"
)

// Backend asks an OpenAI-compatible server for completions, chat answers and embeddings.
type Backend struct {
	cfg Config
}

var (
	_ codegen.Backend        = (*Backend)(nil)
	_ codegen.StatusReporter = (*Backend)(nil)
	_ codegen.Chatter        = (*Backend)(nil)
	_ codegen.Embedder       = (*Backend)(nil)
)

// New builds a Backend; it does not contact the server.
func New(cfg Config) *Backend { return &Backend{cfg: cfg.withDefaults()} }

// Name implements codegen.Backend.
func (b *Backend) Name() string { return "openai" }

// Model implements codegen.Backend.
func (b *Backend) Model() string { return b.cfg.Model }

// Host is the API root every error names.
func (b *Backend) Host() string { return b.cfg.BaseURL }

// Sentinels used as cancel causes.
var (
	errEnough    = errors.New("enough output")
	errIdle      = errors.New("stream idle")
	errTruncated = errors.New("stream ended before [DONE]")
)

// Fill implements codegen.Backend: one streamed /completions call per candidate.
func (b *Backend) Fill(ctx context.Context, req codegen.FillRequest) ([]codegen.Candidate, error) {
	if b.cfg.Model == "" {
		return nil, unavailable("no model configured for the OpenAI-compatible server at %s: set the model setting", b.cfg.BaseURL)
	}
	n := max(req.Candidates, 1)
	var out []codegen.Candidate
	for i := range n {
		w := b.Render(req, i, n)
		col := ollama.NewCollector(w.stops, req.Multiline, req.Complete)
		err := b.stream(ctx, callSpec{"completions", w.Model, b.cfg.Timeout}, "/completions", w.body(), func(ev json.RawMessage) (string, bool, error) {
			var c struct {
				Choices []struct {
					Text         string  `json:"text"`
					FinishReason *string `json:"finish_reason"`
				} `json:"choices"`
			}
			if err := json.Unmarshal(ev, &c); err != nil {
				return "", false, err
			}
			if len(c.Choices) == 0 {
				return "", false, nil // a usage-only event
			}
			return c.Choices[0].Text, c.Choices[0].FinishReason != nil, nil
		}, col.Add)
		if err != nil {
			if ctx.Err() != nil || len(out) == 0 {
				return nil, err
			}
			break // keep the candidates already made
		}
		text := col.Result()
		if strings.TrimSpace(text) == "" || slices.ContainsFunc(out, func(c codegen.Candidate) bool { return c.Text == text }) {
			continue
		}
		out = append(out, codegen.Candidate{Text: text})
	}
	return out, nil
}

// Wire is what Fill sends to /completions for one candidate.
type Wire struct {
	Model  string
	Prompt string
	// Suffix is set when the model's family is not one Gantry has FIM tokens for: the
	// server then places prefix and suffix itself, where it supports `suffix`.
	Suffix string
	// Family is the FIM family whose raw prompt Prompt holds ("" with Suffix).
	Family      string
	MaxTokens   int
	Temperature float64
	Seed        *int
	Stop        []string // what the server is sent (at most maxStopsSent)

	stops []string // all of them, applied while reading
}

// Render builds candidate i of n for req.
func (b *Backend) Render(req codegen.FillRequest, i, n int) Wire {
	temp := req.Temperature
	if temp == 0 {
		temp = b.cfg.Temperature
	}
	w := Wire{Model: b.cfg.Model, MaxTokens: req.MaxTokens, stops: slices.Clip(req.Stop)}
	if w.MaxTokens <= 0 {
		w.MaxTokens = b.cfg.MaxTokens
	}
	prompt := req.Prefix
	if req.Header != "" {
		prompt = strings.TrimSuffix(req.Header, "\n") + "\n" + req.Prefix
	}
	if fam, ok := familyOf(b.cfg.Model); ok {
		w.Prompt, _ = ollama.FormatFIM(fam.ID, prompt, req.Suffix)
		w.Family = fam.ID
		// The family's end tokens first: they are what a server must stop at.
		w.stops = append(slices.Clip(fam.Stop), w.stops...)
	} else {
		w.Prompt, w.Suffix = prompt, req.Suffix
	}
	if n > 1 {
		seed := i + 1 // fixed seeds: the same request gives the same candidates
		w.Seed = &seed
		temp = min(temp+candidateTempStep*float64(i), max(temp, 1))
	}
	w.Temperature = temp
	w.Stop = w.stops[:min(len(w.stops), maxStopsSent)]
	return w
}

func (w Wire) body() map[string]any {
	body := map[string]any{
		"model": w.Model, "prompt": w.Prompt, "max_tokens": w.MaxTokens,
		"temperature": w.Temperature, "stream": true,
	}
	if w.Suffix != "" {
		body["suffix"] = w.Suffix
	}
	if w.Seed != nil {
		body["seed"] = *w.Seed
	}
	if len(w.Stop) > 0 {
		body["stop"] = w.Stop
	}
	return body
}

// familyOf finds the FIM family a model name names (served models keep the name of
// their weights: "Qwen/Qwen2.5-Coder-1.5B", "qwen2.5-coder:1.5b-base").
func familyOf(model string) (ollama.FIMFamily, bool) {
	name := strings.NewReplacer("_", "-", " ", "-").Replace(strings.ToLower(model))
	for _, f := range ollama.FIMFamilies() {
		if strings.Contains(name, f.ID) || strings.Contains(strings.ReplaceAll(name, "-", ""), strings.ReplaceAll(f.ID, "-", "")) {
			return f, true
		}
	}
	return ollama.FIMFamily{}, false
}

// Chat implements codegen.Chatter with a streamed /chat/completions call.
func (b *Backend) Chat(ctx context.Context, messages []codegen.ChatMessage) (string, error) {
	if b.cfg.ChatModel == "" {
		return "", unavailable("no model configured for the OpenAI-compatible server at %s: set the model setting", b.cfg.BaseURL)
	}
	msgs := make([]map[string]string, len(messages))
	for i, m := range messages {
		msgs[i] = map[string]string{"role": m.Role, "content": m.Content}
	}
	body := map[string]any{
		"model": b.cfg.ChatModel, "messages": msgs, "stream": true,
		"max_tokens": b.cfg.ChatMaxTokens, "temperature": b.cfg.Temperature,
	}
	var answer strings.Builder
	err := b.stream(ctx, callSpec{"chat", b.cfg.ChatModel, b.cfg.ChatTimeout}, "/chat/completions", body, func(ev json.RawMessage) (string, bool, error) {
		var c struct {
			Choices []struct {
				Delta struct {
					Content string `json:"content"`
				} `json:"delta"`
				FinishReason *string `json:"finish_reason"`
			} `json:"choices"`
		}
		if err := json.Unmarshal(ev, &c); err != nil {
			return "", false, err
		}
		if len(c.Choices) == 0 {
			return "", false, nil
		}
		return c.Choices[0].Delta.Content, c.Choices[0].FinishReason != nil, nil
	}, func(chunk string) bool {
		answer.WriteString(chunk)
		return false
	})
	if err != nil {
		return "", err
	}
	return answer.String(), nil
}

// callSpec names one model call for errors and deadlines.
type callSpec struct {
	op, model string
	timeout   time.Duration
}

// stream POSTs body to path with stream=true and reads the server-sent events: decode
// turns one event's data into its text and whether it was the last, add takes the text
// and says when enough has arrived. Stopping early closes the response body, which is
// how an OpenAI-compatible server learns to stop generating. The call is bounded by
// c.timeout, the silence between events by IdleTimeout.
func (b *Backend) stream(ctx context.Context, c callSpec, path string, body any, decode func(json.RawMessage) (string, bool, error), add func(string) bool) error {
	callCtx, cancelCall := context.WithTimeout(ctx, c.timeout)
	defer cancelCall()
	streamCtx, stop := context.WithCancelCause(callCtx)
	defer stop(nil)
	resp, err := b.post(streamCtx, path, body, contentTypeEventStream)
	if err != nil {
		return b.finish(ctx, callCtx, streamCtx, c, err)
	}
	defer resp.Body.Close()
	// The idle clock starts with the first event: before it, a cold model load or a long
	// prompt may legitimately take a while and only the call's timeout applies.
	var idle *time.Timer
	defer func() {
		if idle != nil {
			idle.Stop()
		}
	}()
	err = readEvents(resp.Body, func(data []byte) error {
		if idle == nil {
			idle = time.AfterFunc(b.cfg.IdleTimeout, func() { stop(errIdle) })
		} else {
			idle.Reset(b.cfg.IdleTimeout)
		}
		if e := eventError(data); e != "" {
			return failed("%s %s at %s failed: %s", b.Name(), c.op, b.cfg.BaseURL, e)
		}
		text, last, err := decode(data)
		if err != nil {
			return failed("%s %s at %s: malformed event: %s", b.Name(), c.op, b.cfg.BaseURL, firstLine(err.Error()))
		}
		if add(text) {
			return errEnough
		}
		if last {
			return errEnough // [DONE] follows; nothing more to read
		}
		return nil
	})
	if err == nil {
		err = errTruncated
	}
	if errors.Is(err, errEnough) || errors.Is(err, errDone) {
		return nil
	}
	return b.finish(ctx, callCtx, streamCtx, c, err)
}

// errDone marks the [DONE] event.
var errDone = errors.New("[DONE]")

// readEvents calls each with the data of every server-sent event until the stream ends
// or each returns an error. Comments (": keep-alive") and fields other than data are
// skipped; an event spread over several data lines is joined with newlines, as the
// specification says.
func readEvents(r io.Reader, each func([]byte) error) error {
	br := newLineReader(r)
	var data []byte
	for {
		line, err := br.next()
		if err == io.EOF {
			return nil // the caller tells a finished stream from a cut one
		}
		if err != nil {
			return err
		}
		switch {
		case len(line) == 0:
			if len(data) == 0 {
				continue
			}
			if bytes.Equal(bytes.TrimSpace(data), []byte("[DONE]")) {
				return errDone
			}
			if err := each(data); err != nil {
				return err
			}
			data = data[:0]
		case line[0] == ':':
		case bytes.HasPrefix(line, []byte("data:")):
			v := bytes.TrimPrefix(bytes.TrimPrefix(line, []byte("data:")), []byte(" "))
			if len(data) > 0 {
				data = append(data, '\n')
			}
			data = append(data, v...)
		}
	}
}

// eventError returns the message of an {"error": ...} event, which servers send when
// generation fails after the stream began; "" for anything else.
func eventError(data []byte) string {
	var e struct {
		Error json.RawMessage `json:"error"`
	}
	if json.Unmarshal(data, &e) != nil || len(e.Error) == 0 || string(e.Error) == "null" {
		return ""
	}
	return errorMessage(e.Error)
}

// post sends one JSON request with the API key.
func (b *Backend) post(ctx context.Context, path string, body any, accept string) (*http.Response, error) {
	data, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.cfg.BaseURL+path, bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", contentTypeJSON)
	req.Header.Set("Accept", accept)
	return b.do(req)
}

func (b *Backend) do(req *http.Request) (*http.Response, error) {
	if b.cfg.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+b.cfg.APIKey)
	}
	resp, err := b.cfg.HTTPClient.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode/100 != 2 {
		defer resp.Body.Close()
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBodyBytes))
		return nil, &statusError{code: resp.StatusCode, msg: errorMessage(msg)}
	}
	return resp, nil
}

// finish maps an error to what the caller must see: the caller's own cancellation as
// ctx.Err(), our deadlines as timeouts, everything else classified.
func (b *Backend) finish(ctx, callCtx, streamCtx context.Context, c callSpec, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if streamCtx != nil && errors.Is(context.Cause(streamCtx), errIdle) {
		return fmt.Errorf("%s %s at %s: stream stalled (no output for %s)", b.Name(), c.op, b.cfg.BaseURL, b.cfg.IdleTimeout)
	}
	if callCtx.Err() != nil {
		return fmt.Errorf("%s at %s: no complete answer within %s: %w", b.Name(), b.cfg.BaseURL, c.timeout, context.DeadlineExceeded)
	}
	if errors.Is(err, errTruncated) {
		return fmt.Errorf("%s %s at %s: %w", b.Name(), c.op, b.cfg.BaseURL, err)
	}
	return b.classify(c.op, c.model, err)
}
