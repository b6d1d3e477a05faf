package ollama

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/ollama/ollama/api"

	"github.com/gantry-dev/gantry/codegen"
)

// Backend asks an Ollama server for fill-in-the-middle completions.
type Backend struct {
	cfg    Config
	host   string // resolved base URL, named in every error
	client *api.Client

	mu   sync.Mutex
	caps map[string]*capEntry // /api/show result per model
}

var (
	_ codegen.Backend        = (*Backend)(nil)
	_ codegen.StatusReporter = (*Backend)(nil)
)

// New builds a Backend; it does not contact the server.
func New(cfg Config) *Backend {
	cfg = cfg.withDefaults()
	u := hostURL(cfg.Host)
	return &Backend{
		cfg:    cfg,
		host:   u.String(),
		client: api.NewClient(u, cfg.HTTPClient),
		caps:   map[string]*capEntry{},
	}
}

// Name implements codegen.Backend.
func (b *Backend) Name() string { return "ollama" }

// Model implements codegen.Backend.
func (b *Backend) Model() string { return b.cfg.Model }

// Host is the resolved server URL.
func (b *Backend) Host() string { return b.host }

// Sentinels used as stream-callback results and cancel causes.
var (
	errEnough    = errors.New("enough output")
	errIdle      = errors.New("stream idle")
	errTruncated = errors.New("stream ended before the final message")
)

// Fill implements codegen.Backend: one streamed /api/generate call.
func (b *Backend) Fill(ctx context.Context, req codegen.FillRequest) ([]codegen.Candidate, error) {
	if b.cfg.Model == "" {
		return nil, unavailable("no Ollama model configured: set the model setting or %s", ModelEnv)
	}
	callCtx, cancelCall := context.WithTimeout(ctx, b.cfg.Timeout)
	defer cancelCall()

	insert, err := b.canInsert(callCtx, b.cfg.Model)
	if err != nil {
		return nil, b.finish(ctx, callCtx, nil, err)
	}
	if !insert {
		return nil, noInsert(b.cfg.Model)
	}

	streamCtx, stop := context.WithCancelCause(callCtx)
	defer stop(nil)
	col := newCollector(req.Stop, req.Multiline)
	var idle *time.Timer
	sawDone := false
	err = b.client.Generate(streamCtx, b.generateRequest(req), func(r api.GenerateResponse) error {
		// The idle clock starts with the first chunk: before it, a cold model load may
		// legitimately take a while and only Timeout applies.
		if idle == nil {
			idle = time.AfterFunc(b.cfg.IdleTimeout, func() { stop(errIdle) })
		} else {
			idle.Reset(b.cfg.IdleTimeout)
		}
		sawDone = r.Done
		if col.add(r.Response) {
			return errEnough
		}
		return nil
	})
	if idle != nil {
		idle.Stop()
	}
	if err == nil && !sawDone {
		// The api client ends quietly when reading the body fails, cancellation
		// included; finish tells a cancellation from a truncated stream.
		err = errTruncated
	}
	if err != nil && !errors.Is(err, errEnough) {
		return nil, b.finish(ctx, callCtx, streamCtx, err)
	}
	// errEnough: stopped early on purpose. Returning from Generate closed the body,
	// which aborts the generation on the server.
	text := col.result()
	if strings.TrimSpace(text) == "" {
		return nil, nil
	}
	return []codegen.Candidate{{Text: text}}, nil
}

// finish maps an error to what the caller must see: the caller's own cancellation as
// ctx.Err(), our deadlines as timeouts, everything else classified.
func (b *Backend) finish(ctx, callCtx, streamCtx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if streamCtx != nil && errors.Is(context.Cause(streamCtx), errIdle) {
		return fmt.Errorf("ollama generate at %s: stream stalled (no output for %s)", b.host, b.cfg.IdleTimeout)
	}
	if callCtx.Err() != nil {
		return fmt.Errorf("ollama at %s: no complete answer within %s: %w", b.host, b.cfg.Timeout, context.DeadlineExceeded)
	}
	if errors.Is(err, errTruncated) {
		return fmt.Errorf("ollama generate at %s: %w", b.host, err)
	}
	err = b.classify("generate", err)
	if staleModel(err) {
		b.forget(b.cfg.Model)
	}
	return err
}

// generateRequest builds the wire request. Options go out on every call, num_ctx
// included: a different num_ctx makes Ollama reload the model.
func (b *Backend) generateRequest(req codegen.FillRequest) *api.GenerateRequest {
	temp := req.Temperature
	if temp == 0 {
		temp = b.cfg.Temperature
	}
	n := req.MaxTokens
	if n <= 0 {
		n = b.cfg.NumPredict
	}
	opts := map[string]any{
		"temperature": temp,
		"num_predict": n,
		"num_ctx":     b.cfg.NumCtx,
	}
	if len(req.Stop) > 0 {
		opts["stop"] = req.Stop
	}
	prompt := req.Prefix
	if req.Header != "" {
		header := req.Header
		if !strings.HasSuffix(header, "\n") {
			header += "\n"
		}
		prompt = header + req.Prefix
	}
	stream := true
	return &api.GenerateRequest{
		Model:  b.cfg.Model,
		Prompt: prompt,
		Suffix: req.Suffix,
		// Without a suffix Ollama would render the template as a chat turn; raw mode
		// keeps it a plain continuation of the code.
		Raw:       req.Suffix == "",
		Stream:    &stream,
		KeepAlive: &api.Duration{Duration: b.cfg.KeepAlive},
		Options:   opts,
	}
}

// Preload asks Ollama to load the model now (an empty prompt only loads it), with the
// same keep_alive and num_ctx that Fill sends, so the first completion is not slowed
// down by the load.
func (b *Backend) Preload(ctx context.Context) error {
	if b.cfg.Model == "" {
		return unavailable("no Ollama model configured: set the model setting or %s", ModelEnv)
	}
	stream := false
	err := b.client.Generate(ctx, &api.GenerateRequest{
		Model:     b.cfg.Model,
		Stream:    &stream,
		KeepAlive: &api.Duration{Duration: b.cfg.KeepAlive},
		Options:   map[string]any{"num_ctx": b.cfg.NumCtx},
	}, func(api.GenerateResponse) error { return nil })
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return b.classify("load", err)
	}
	return nil
}
