package ollama

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ollama/ollama/api"

	"github.com/gantry-dev/gantry/codegen"
)

// Backend asks an Ollama server for fill-in-the-middle completions, chat answers and
// embeddings.
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
	_ codegen.Chatter        = (*Backend)(nil)
	_ codegen.Embedder       = (*Backend)(nil)
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

// ChatModel is the model Chat asks.
func (b *Backend) ChatModel() string { return b.cfg.ChatModel }

// EmbedModel is the model Embed asks; "" when embeddings are off.
func (b *Backend) EmbedModel() string { return b.cfg.EmbedModel }

// Host is the resolved server URL.
func (b *Backend) Host() string { return b.host }

// Sentinels used as stream-callback results and cancel causes.
var (
	errEnough    = errors.New("enough output")
	errIdle      = errors.New("stream idle")
	errTruncated = errors.New("stream ended before the final message")
)

// Fill implements codegen.Backend: one streamed /api/generate call per candidate, run
// one after another so a local GPU serves each at full speed.
func (b *Backend) Fill(ctx context.Context, req codegen.FillRequest) ([]codegen.Candidate, error) {
	info, err := b.fillInfo(ctx)
	if err != nil {
		return nil, err
	}
	n := max(req.Candidates, 1)
	var out []codegen.Candidate
	for i := range n {
		text, err := b.generate(ctx, b.wire(req, info, i, n), req)
		if err != nil {
			if ctx.Err() != nil || len(out) == 0 {
				return nil, err
			}
			break // keep the candidates already made
		}
		if strings.TrimSpace(text) == "" || slices.ContainsFunc(out, func(c codegen.Candidate) bool { return c.Text == text }) {
			continue
		}
		out = append(out, codegen.Candidate{Text: text})
	}
	return out, nil
}

// Render returns what Fill sends for the first candidate of req, for `gantry prompt`.
func (b *Backend) Render(ctx context.Context, req codegen.FillRequest) (Wire, error) {
	info, err := b.fillInfo(ctx)
	if err != nil {
		return Wire{}, err
	}
	return b.wire(req, info, 0, max(req.Candidates, 1)), nil
}

// fillInfo asks (once per model) how the configured model fills in the middle.
func (b *Backend) fillInfo(ctx context.Context) (modelInfo, error) {
	if b.cfg.Model == "" {
		return modelInfo{}, unavailable("no Ollama model configured: set the model setting or %s", ModelEnv)
	}
	showCtx, cancel := context.WithTimeout(ctx, b.cfg.Timeout)
	defer cancel()
	info, err := b.lookup(showCtx, b.cfg.Model)
	if err != nil {
		return info, b.finish(ctx, showCtx, nil, callSpec{"show", b.cfg.Model, b.cfg.Timeout}, err)
	}
	if !info.canFill() {
		return info, noInsert(b.cfg.Model)
	}
	return info, nil
}

// generate streams one completion through the collector's filters and the gate.
func (b *Backend) generate(ctx context.Context, w Wire, req codegen.FillRequest) (string, error) {
	col := newCollector(w.stops, req.Multiline, req.Complete)
	err := b.stream(ctx, callSpec{"generate", w.Model, b.cfg.Timeout}, func(sctx context.Context, each func(string, bool) bool) error {
		return b.client.Generate(sctx, w.request(b.cfg.KeepAlive), func(r api.GenerateResponse) error {
			if each(r.Response, r.Done) {
				return errEnough
			}
			return nil
		})
	}, col.add)
	return col.result(), err
}

// callSpec names one model call for errors and deadlines.
type callSpec struct {
	op, model string
	timeout   time.Duration
}

// stream runs one streaming call within c.timeout and hands every chunk to add until
// add asks to stop. run calls the server with the context it is given and reports each
// chunk through its callback, which says whether to stop reading: returning from the
// api call then closes the body, and that aborts the generation on the server.
func (b *Backend) stream(ctx context.Context, c callSpec, run func(context.Context, func(string, bool) bool) error, add func(string) bool) error {
	callCtx, cancelCall := context.WithTimeout(ctx, c.timeout)
	defer cancelCall()
	streamCtx, stop := context.WithCancelCause(callCtx)
	defer stop(nil)
	var idle *time.Timer
	sawDone := false
	err := run(streamCtx, func(chunk string, done bool) bool {
		// The idle clock starts with the first chunk: before it, a cold model load may
		// legitimately take a while and only the call's timeout applies.
		if idle == nil {
			idle = time.AfterFunc(b.cfg.IdleTimeout, func() { stop(errIdle) })
		} else {
			idle.Reset(b.cfg.IdleTimeout)
		}
		sawDone = done
		return add(chunk)
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
		return b.finish(ctx, callCtx, streamCtx, c, err)
	}
	return nil
}

// finish maps an error to what the caller must see: the caller's own cancellation as
// ctx.Err(), our deadlines as timeouts, everything else classified.
func (b *Backend) finish(ctx, callCtx, streamCtx context.Context, c callSpec, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if streamCtx != nil && errors.Is(context.Cause(streamCtx), errIdle) {
		return fmt.Errorf("ollama %s at %s: stream stalled (no output for %s)", c.op, b.host, b.cfg.IdleTimeout)
	}
	if callCtx.Err() != nil {
		return fmt.Errorf("ollama at %s: no complete answer within %s: %w", b.host, c.timeout, context.DeadlineExceeded)
	}
	if errors.Is(err, errTruncated) {
		return fmt.Errorf("ollama %s at %s: %w", c.op, b.host, err)
	}
	err = b.classify(c.op, c.model, err)
	if staleModel(err) {
		b.forget(c.model)
	}
	return err
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
		return b.classify("load", b.cfg.Model, err)
	}
	return nil
}
