package openai

import (
	"context"
	"encoding/json"
	"math"
)

// Embed implements codegen.Embedder with /embeddings and Config.EmbedModel, in batches.
// Vectors are scaled to unit length (servers differ; retrieval compares by cosine).
// Blank texts get nil vectors without a request.
func (b *Backend) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	if b.cfg.EmbedModel == "" {
		return nil, unavailable("embeddings are off: no embedding model configured (embed_model)")
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
	c := callSpec{"embeddings", b.cfg.EmbedModel, b.cfg.EmbedTimeout}
	callCtx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	resp, err := b.post(callCtx, "/embeddings", map[string]any{"model": b.cfg.EmbedModel, "input": texts}, contentTypeJSON)
	if err != nil {
		return nil, b.finish(ctx, callCtx, nil, c, err)
	}
	defer resp.Body.Close()
	var body struct {
		Data []struct {
			Index     int       `json:"index"`
			Embedding []float64 `json:"embedding"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return nil, b.finish(ctx, callCtx, nil, c, failed("%s embeddings at %s: malformed answer: %s", b.Name(), b.cfg.BaseURL, firstLine(err.Error())))
	}
	out := make([][]float32, len(texts))
	for _, d := range body.Data {
		if d.Index < 0 || d.Index >= len(texts) || out[d.Index] != nil || len(d.Embedding) == 0 {
			return nil, failed("%s embeddings at %s: bad vector index %d for %d texts", b.Name(), b.cfg.BaseURL, d.Index, len(texts))
		}
		out[d.Index] = unit(d.Embedding)
	}
	for _, v := range out {
		if v == nil {
			return nil, failed("%s embeddings at %s: %d vectors for %d texts", b.Name(), b.cfg.BaseURL, len(body.Data), len(texts))
		}
	}
	return out, nil
}

func unit(v []float64) []float32 {
	var n float64
	for _, x := range v {
		n += x * x
	}
	n = math.Sqrt(n)
	out := make([]float32, len(v))
	for i, x := range v {
		if n > 0 {
			x /= n
		}
		out[i] = float32(x)
	}
	return out
}
