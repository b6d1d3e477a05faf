package embedding

import (
	"context"
	"errors"
	"math"
	"sort"

	"github.com/gantry-dev/gantry/codegen"
)

// Chunk is a piece of the workspace that may be related to the cursor.
type Chunk struct {
	Path string
	Line int // 1-based first line
	Text string
}

// Hit is a chunk with its cosine similarity to the query.
type Hit struct {
	Chunk
	Score float64
}

// Defaults for a Ranker left zero. Cosine similarities of unrelated code under common
// embedding models sit around 0.3 to 0.5; related code scores above.
const (
	DefaultMinScore = 0.5
	DefaultLimit    = 2
)

// Ranker finds the chunks most similar to a query.
type Ranker struct {
	Embedder codegen.Embedder
	Cache    *Cache // the Embedder's model; required
	// MinScore is the relevance threshold: weaker matches stay out of the prompt.
	MinScore float64
	// Limit is the number of hits returned at most.
	Limit int
	// OnlyCached skips chunks without a cached vector instead of embedding them, so a
	// suggestion only waits for the query's embedding; fill the cache with Warm in the
	// background.
	OnlyCached bool
}

// Warm embeds the texts not cached yet, in the Embedder's batches, and caches them. It
// stops at ctx's end; what was embedded by then stays cached.
func (r *Ranker) Warm(ctx context.Context, texts []string) error {
	if r.Embedder == nil || r.Cache == nil {
		return errors.New("embedding ranker: no embedder or cache")
	}
	for len(texts) > 0 {
		n := min(warmBatch, len(texts))
		if _, err := r.vectors(ctx, "", texts[:n]); err != nil {
			return err
		}
		texts = texts[n:]
	}
	return nil
}

// warmBatch texts are embedded and cached at a time, so a cancelled Warm keeps most of
// its work.
const warmBatch = 64

// Rank embeds query (and, unless OnlyCached, the chunks not cached yet, in the same
// request) and returns the best Limit chunks scoring at least MinScore, best first.
func (r *Ranker) Rank(ctx context.Context, query string, chunks []Chunk) ([]Hit, error) {
	if r.Embedder == nil || r.Cache == nil {
		return nil, errors.New("embedding ranker: no embedder or cache")
	}
	if query == "" || len(chunks) == 0 {
		return nil, nil
	}
	var missing []string
	if !r.OnlyCached {
		for _, c := range chunks {
			missing = append(missing, c.Text)
		}
	}
	q, err := r.vectors(ctx, query, missing)
	if err != nil || q == nil {
		return nil, err
	}
	minScore, limit := r.MinScore, r.Limit
	if minScore == 0 {
		minScore = DefaultMinScore
	}
	if limit <= 0 {
		limit = DefaultLimit
	}
	var hits []Hit
	for _, c := range chunks {
		v, ok := r.Cache.Get(c.Text)
		if !ok {
			continue
		}
		// A vector of another length comes from another model under the same name.
		if s := cosine(q, v); len(v) == len(q) && s >= minScore {
			hits = append(hits, Hit{Chunk: c, Score: s})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Score > hits[j].Score })
	return hits[:min(limit, len(hits))], nil
}

// vectors embeds query (when not "") together with the texts not cached yet, caches
// the texts' vectors and returns the query's.
func (r *Ranker) vectors(ctx context.Context, query string, texts []string) ([]float32, error) {
	var ask []string
	if query != "" {
		ask = append(ask, query)
	}
	seen := map[[32]byte]bool{}
	for _, t := range texts {
		k := Key(t)
		if t == "" || seen[k] {
			continue
		}
		seen[k] = true
		if _, ok := r.Cache.Get(t); !ok {
			ask = append(ask, t)
		}
	}
	if len(ask) == 0 {
		return nil, nil
	}
	vecs, err := r.Embedder.Embed(ctx, ask)
	if err != nil {
		return nil, err
	}
	if len(vecs) != len(ask) {
		return nil, errors.New("embedding ranker: embedder returned a wrong number of vectors")
	}
	var q []float32
	if query != "" {
		q, vecs, ask = vecs[0], vecs[1:], ask[1:]
	}
	for i, t := range ask {
		_ = r.Cache.Put(t, vecs[i]) // a disk error only costs persistence
	}
	return q, nil
}

func cosine(a, b []float32) float64 {
	if len(a) != len(b) {
		return 0
	}
	var dot, na, nb float64
	for i := range a {
		x, y := float64(a[i]), float64(b[i])
		dot += x * y
		na += x * x
		nb += y * y
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}
