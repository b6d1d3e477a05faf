package ollama

import (
	"context"

	"github.com/ollama/ollama/api"
)

// embedBatch bounds one /api/embed request, so a large first indexing run is made of
// calls that each finish (and can be cancelled) quickly.
const embedBatch = 32

// Embed implements codegen.Embedder with /api/embed and Config.EmbedModel. The server
// returns unit-length vectors. Blank texts get nil vectors without a request (the
// server would embed nothing for them and the answer would no longer line up).
func (b *Backend) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	if b.cfg.EmbedModel == "" {
		return nil, unavailable("embeddings are off: no embedding model configured (e.g. nomic-embed-text)")
	}
	out := make([][]float32, len(texts))
	var idx []int
	var batch []string
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		vecs, err := b.embed(ctx, batch)
		if err != nil {
			return err
		}
		for j, v := range vecs {
			out[idx[j]] = v
		}
		idx, batch = idx[:0], batch[:0]
		return nil
	}
	for i, t := range texts {
		if t == "" {
			continue
		}
		idx, batch = append(idx, i), append(batch, t)
		if len(batch) == embedBatch {
			if err := flush(); err != nil {
				return nil, err
			}
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

func (b *Backend) embed(ctx context.Context, texts []string) ([][]float32, error) {
	callCtx, cancel := context.WithTimeout(ctx, b.cfg.EmbedTimeout)
	defer cancel()
	resp, err := b.client.Embed(callCtx, &api.EmbedRequest{
		Model:     b.cfg.EmbedModel,
		Input:     texts,
		KeepAlive: &api.Duration{Duration: b.cfg.KeepAlive},
	})
	if err != nil {
		return nil, b.finish(ctx, callCtx, nil, callSpec{"embed", b.cfg.EmbedModel, b.cfg.EmbedTimeout}, err)
	}
	if len(resp.Embeddings) != len(texts) {
		return nil, failed("ollama embed at %s: %d vectors for %d texts", b.host, len(resp.Embeddings), len(texts))
	}
	return resp.Embeddings, nil
}
