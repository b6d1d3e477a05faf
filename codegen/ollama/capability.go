package ollama

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/ollama/ollama/api"
	"github.com/ollama/ollama/types/model"

	"github.com/gantry-dev/gantry/codegen"
)

// capEntry is one /api/show lookup; done closes when insert/err are set. Concurrent
// callers wait on the first one instead of asking the server again.
type capEntry struct {
	done   chan struct{}
	insert bool
	err    error
}

// canInsert reports whether model supports fill-in-the-middle, asking the server once
// per model. Failures are not cached: the host may come up or the model be pulled later.
func (b *Backend) canInsert(ctx context.Context, name string) (bool, error) {
	for {
		b.mu.Lock()
		e := b.caps[name]
		if e == nil {
			e = &capEntry{done: make(chan struct{})}
			b.caps[name] = e
			b.mu.Unlock()
			e.insert, e.err = b.show(ctx, name)
			if e.err != nil {
				b.forget(name)
			}
			close(e.done)
			return e.insert, e.err
		}
		b.mu.Unlock()
		select {
		case <-e.done:
		case <-ctx.Done():
			return false, ctx.Err()
		}
		// The lookup we waited for died with its caller's context; ours is alive, so
		// ask again rather than report someone else's cancellation.
		if e.err != nil && (errors.Is(e.err, context.Canceled) || errors.Is(e.err, context.DeadlineExceeded)) {
			continue
		}
		return e.insert, e.err
	}
}

func (b *Backend) forget(name string) {
	b.mu.Lock()
	delete(b.caps, name)
	b.mu.Unlock()
}

func (b *Backend) show(ctx context.Context, name string) (bool, error) {
	resp, err := b.client.Show(ctx, &api.ShowRequest{Model: name})
	if err != nil {
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		return false, b.classify("show", err)
	}
	return hasInsert(resp), nil
}

// hasInsert reads the capability list (Ollama ≥ 0.6.4); servers older than that send
// none, and the same test Ollama itself makes on the template decides.
func hasInsert(resp *api.ShowResponse) bool {
	if len(resp.Capabilities) > 0 {
		return slices.Contains(resp.Capabilities, model.CapabilityInsert)
	}
	return strings.Contains(resp.Template, ".Suffix")
}

func noInsert(name string) error {
	return unavailable("model %q cannot fill in the middle (no insert capability); choose a code model such as qwen2.5-coder", name)
}

// Status implements codegen.StatusReporter within Config.StatusTimeout.
func (b *Backend) Status(ctx context.Context) codegen.Status {
	ctx, cancel := context.WithTimeout(ctx, b.cfg.StatusTimeout)
	defer cancel()
	st := codegen.Status{Backend: b.Name(), Model: b.cfg.Model, Host: b.host}
	version, err := b.client.Version(ctx)
	if err != nil {
		if ctx.Err() != nil {
			st.Message = fmt.Sprintf("ollama at %s did not answer within %s", b.host, b.cfg.StatusTimeout)
		} else {
			st.Message = b.classify("version", err).Error()
		}
		return st
	}
	st.Reachable = true
	if b.cfg.Model == "" {
		st.Message = fmt.Sprintf("ollama %s at %s: no model configured (set the model setting or %s)", version, b.host, ModelEnv)
		return st
	}
	insert, err := b.canInsert(ctx, b.cfg.Model)
	switch {
	case err != nil && ctx.Err() != nil:
		st.Message = fmt.Sprintf("ollama at %s did not answer within %s", b.host, b.cfg.StatusTimeout)
	case err != nil:
		st.Message = err.Error()
	case !insert:
		st.Message = noInsert(b.cfg.Model).Error()
	default:
		st.CanInsert = true
		st.Message = fmt.Sprintf("ollama %s at %s: model %q ready", version, b.host, b.cfg.Model)
	}
	return st
}
