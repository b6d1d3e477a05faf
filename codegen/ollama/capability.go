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

// modelInfo is what /api/show tells about filling in the middle.
type modelInfo struct {
	insert bool     // the template places .Suffix: send prefix and suffix
	fim    *fimSpec // otherwise the family's raw FIM tokens; nil when unknown
}

func (m modelInfo) canFill() bool { return m.insert || m.fim != nil }

// capEntry is one /api/show lookup; done closes when info/err are set. Concurrent
// callers wait on the first one instead of asking the server again.
type capEntry struct {
	done chan struct{}
	info modelInfo
	err  error
}

// lookup reports how model fills in the middle, asking the server once per model.
// Failures are not cached: the host may come up or the model be pulled later.
func (b *Backend) lookup(ctx context.Context, name string) (modelInfo, error) {
	for {
		b.mu.Lock()
		e := b.caps[name]
		if e == nil {
			e = &capEntry{done: make(chan struct{})}
			b.caps[name] = e
			b.mu.Unlock()
			e.info, e.err = b.show(ctx, name)
			if e.err != nil {
				b.forget(name)
			}
			close(e.done)
			return e.info, e.err
		}
		b.mu.Unlock()
		select {
		case <-e.done:
		case <-ctx.Done():
			return modelInfo{}, ctx.Err()
		}
		// The lookup we waited for died with its caller's context; ours is alive, so
		// ask again rather than report someone else's cancellation.
		if e.err != nil && (errors.Is(e.err, context.Canceled) || errors.Is(e.err, context.DeadlineExceeded)) {
			continue
		}
		return e.info, e.err
	}
}

func (b *Backend) forget(name string) {
	b.mu.Lock()
	delete(b.caps, name)
	b.mu.Unlock()
}

func (b *Backend) show(ctx context.Context, name string) (modelInfo, error) {
	resp, err := b.client.Show(ctx, &api.ShowRequest{Model: name})
	if err != nil {
		if ctx.Err() != nil {
			return modelInfo{}, ctx.Err()
		}
		return modelInfo{}, b.classify("show", name, err)
	}
	if hasInsert(resp) {
		return modelInfo{insert: true}, nil
	}
	arch, _ := resp.ModelInfo["general.architecture"].(string)
	if arch == "" {
		arch = resp.Details.Family
	}
	return modelInfo{fim: detectFIM(name, arch, resp.Template)}, nil
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
	return unavailable("model %q cannot fill in the middle: no insert capability and unknown FIM family; use %s", name, familyList())
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
			st.Message = b.classify("version", b.cfg.Model, err).Error()
		}
		return st
	}
	st.Reachable = true
	if b.cfg.Model == "" {
		st.Message = fmt.Sprintf("ollama %s at %s: no model configured (set the model setting or %s)", version, b.host, ModelEnv)
		return st
	}
	info, err := b.lookup(ctx, b.cfg.Model)
	switch {
	case err != nil && ctx.Err() != nil:
		st.Message = fmt.Sprintf("ollama at %s did not answer within %s", b.host, b.cfg.StatusTimeout)
	case err != nil:
		st.Message = err.Error()
	case !info.canFill():
		st.Message = noInsert(b.cfg.Model).Error()
	case info.insert:
		st.CanInsert = true
		st.Message = fmt.Sprintf("ollama %s at %s: model %q ready", version, b.host, b.cfg.Model)
	default:
		// CanInsert means "can fill in the middle": raw mode does it as well.
		st.CanInsert = true
		st.Message = fmt.Sprintf("ollama %s at %s: model %q ready (raw %s fill-in-the-middle)", version, b.host, b.cfg.Model, info.fim.Name)
	}
	return st
}
