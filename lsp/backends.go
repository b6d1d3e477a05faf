package lsp

import (
	"fmt"
	"time"

	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/retrieval"
	"github.com/gantry-dev/gantry/codegen/retrieval/embedding"
)

// maxDroppedKept bounds the dropped candidates kept for the status view.
const maxDroppedKept = 20

// primary returns the model backend for a configuration, built once per distinct setting so
// its capability cache survives between requests; nil when only the embedded one is wanted.
func (s *Server) primary(cfg *config.Config) codegen.Backend {
	if s.opts.NewPrimary == nil || cfg.Backend == "embedded" {
		return nil
	}
	key := cfg.Backend + "|" + cfg.Host + "|" + cfg.BaseURL + "|" + cfg.APIKeyEnv + "|" + cfg.ModelName()
	s.mu.Lock()
	defer s.mu.Unlock()
	if b, ok := s.backends[key]; ok {
		return b
	}
	b := s.opts.NewPrimary(cfg)
	s.backends[key] = b
	return b
}

// health returns the stall tracker of a configuration's model backend, shared by every
// request, so one stall marks the host down for all of them.
func (s *Server) health(cfg *config.Config) *codegen.Health {
	key := cfg.Backend + "|" + cfg.Host + "|" + cfg.ModelName()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.healths == nil {
		s.healths = map[string]*codegen.Health{}
	}
	h := s.healths[key]
	if h == nil {
		h = &codegen.Health{}
		s.healths[key] = h
	}
	return h
}

// backendFailed tells the user once per distinct problem, then keeps the status current;
// the embedded backend answers meanwhile.
func (s *Server) backendFailed(cfg *config.Config, err error) {
	msg := err.Error()
	s.reportOnce("backend:"+msg, protocol.MessageTypeWarning, "gantry: model backend unavailable, using the embedded backend: "+msg)
	s.mu.Lock()
	s.stats.Backend, s.stats.Model, s.stats.Reachable, s.stats.Message = "embedded", "embedded", false, msg
	s.stats.Host = cfg.Host
	if cfg.Backend == "openai" {
		s.stats.Host = cfg.BaseURL
	}
	s.mu.Unlock()
	s.statusChanged()
}

func (s *Server) backendOK(res *codegen.Result) {
	s.mu.Lock()
	changed := s.stats.Backend != res.Backend || s.stats.Model != res.Model || !s.stats.Reachable
	s.stats.Backend, s.stats.Model, s.stats.Reachable, s.stats.CanInsert, s.stats.Message = res.Backend, res.Model, true, true, ""
	if changed {
		// A recovered host may fail again later; that deserves a new message.
		for k := range s.lastErrors {
			if len(k) > 8 && k[:8] == "backend:" {
				delete(s.lastErrors, k)
			}
		}
	}
	s.mu.Unlock()
	if changed {
		s.statusChanged()
	}
}

// recordDropped counts and logs what the gate refused, at debug level.
func (s *Server) recordDropped(uri protocol.DocumentURI, dropped []codegen.Dropped) {
	if len(dropped) == 0 {
		return
	}
	s.mu.Lock()
	s.stats.Dropped += len(dropped)
	for _, d := range dropped {
		s.stats.LastDropped = append(s.stats.LastDropped, droppedInfo{Text: d.Text, Reason: d.Reason, URI: string(uri)})
	}
	if n := len(s.stats.LastDropped); n > maxDroppedKept {
		s.stats.LastDropped = s.stats.LastDropped[n-maxDroppedKept:]
	}
	s.mu.Unlock()
	for _, d := range dropped {
		s.logf(protocol.MessageTypeLog, "gate dropped a suggestion (%s): %q", d.Why(), d.Text)
	}
	s.statusChanged()
}

// statusChanged sends gantry/status with the figures as they are when it goes out. Sends
// happen off the caller's path and at most every statusInterval: a suggestion request
// does not wait for the status to be encoded, and a burst of dropped suggestions while
// typing costs one notification, the last state always reaching the client.
func (s *Server) statusChanged() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.statusPending = true
	if s.statusSending {
		return // the sender's next round carries this change
	}
	s.statusSending = true
	go s.sendStatus()
}

const statusInterval = 100 * time.Millisecond

func (s *Server) sendStatus() {
	for {
		s.mu.Lock()
		wait := time.Until(s.statusSent.Add(statusInterval))
		s.mu.Unlock()
		if wait > 0 {
			time.Sleep(wait)
		}
		s.mu.Lock()
		if !s.statusPending {
			s.statusSending = false
			s.mu.Unlock()
			return
		}
		st := s.stats
		s.statusPending, s.statusSent = false, time.Now()
		s.mu.Unlock()
		s.notify("gantry/status", st)
	}
}

// retriever returns the workspace retriever for a configuration's settings, kept across
// requests so its index is built once and refreshed only when files change.
func (s *Server) retriever(cfg *config.Config) *retrieval.Retriever {
	docs := cfg.DocDirs()
	key := fmt.Sprint(docs, cfg.Retrieval.Limit, cfg.Retrieval.MinScore, cfg.EmbedModel, cfg.Host, cfg.BaseURL)
	s.mu.Lock()
	r, ok := s.retrievers[key]
	s.mu.Unlock()
	if ok {
		return r
	}
	r = &retrieval.Retriever{Workspace: s.workspace, Docs: docs, Limit: cfg.Retrieval.Limit, MinScore: cfg.Retrieval.MinScore,
		Semantic: semanticRanker(s.primary(cfg), cfg)}
	s.mu.Lock()
	defer s.mu.Unlock()
	if prev, ok := s.retrievers[key]; ok {
		return prev // another request built it meanwhile
	}
	s.retrievers[key] = r
	return r
}

// semanticRanker returns embedding retrieval when an embedding model is configured and the
// backend can embed; nil otherwise (lexical retrieval only).
func semanticRanker(b codegen.Backend, cfg *config.Config) *embedding.Ranker {
	emb, ok := b.(codegen.Embedder)
	if !ok || cfg.EmbedModel == "" {
		return nil
	}
	cache, err := embedding.Open("", cfg.EmbedModel, 0)
	if err != nil {
		return nil
	}
	return &embedding.Ranker{Embedder: emb, Cache: cache, OnlyCached: true}
}
