package lsp

import (
	"context"
	"errors"
	"fmt"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/provenance"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// suggestion is a vetted candidate with its LSP range and where it came from.
type suggestion struct {
	text     string
	rng      protocol.Range
	model    string
	language string
}

// acceptance is the argument of the gantry.accepted command an item carries.
type acceptance struct {
	URI      protocol.DocumentURI `json:"uri"`
	Range    protocol.Range       `json:"range"`
	Text     string               `json:"text"`
	Model    string               `json:"model"`
	Language string               `json:"language"`
}

func acceptedCommand(uri protocol.DocumentURI, sg suggestion) *protocol.Command {
	return &protocol.Command{Title: "Gantry: suggestion accepted", Command: cmdAccepted,
		Arguments: []any{acceptance{URI: uri, Range: sg.rng, Text: sg.text, Model: sg.model, Language: sg.language}}}
}

// suggest runs the pipeline for a position. One suggestion is in flight per document: a new
// request, or an edit, cancels the previous one.
func (s *Server) suggest(ctx context.Context, uri protocol.DocumentURI, pos protocol.Position, invoked bool) ([]suggestion, error) {
	d, f, err := s.analysable(uri)
	if missingDocument(err) {
		return nil, nil // not a file Gantry holds, or one it cannot analyse: nothing to suggest
	}
	offset, err := s.offset(f.Lines, pos)
	if err != nil {
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: fmt.Sprintf("position %d:%d: %v", pos.Line, pos.Character, err)}
	}
	cfg := s.configFor(d.path)
	if !cfg.LanguageEnabled(d.pack.ID()) {
		return nil, nil
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	d.mu.Lock()
	if d.suggest != nil {
		d.suggest()
	}
	d.suggest = cancel
	d.mu.Unlock()

	s.mu.Lock()
	cache := s.cache
	s.mu.Unlock()
	primary := s.primary(cfg)
	engine := &codegen.Engine{
		Registry: s.opts.Registry, Primary: primary, Fallback: s.opts.Fallback,
		// Without a model host the prompt stays in this process (the prompt command has
		// an engine of its own, and masks): masking it would protect nothing.
		Local:          primary == nil,
		OnPrimaryError: func(err error) { s.backendFailed(cfg, err) },
		Cache:          cache,
		Health:         s.health(cfg),
	}
	if !cfg.Retrieval.Disabled {
		engine.Related = s.retriever(cfg)
	}
	res, err := engine.Suggest(ctx, codegen.SuggestRequest{
		Path: d.path, File: f, Offset: offset, Config: cfg, Workspace: s.workspace, Invoked: invoked,
	})
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	if err != nil {
		if errors.Is(err, codegen.ErrUnavailable) {
			return nil, nil // already reported once by backendFailed
		}
		return nil, err
	}
	if res.Err == nil && res.Backend != "" && !res.Cached {
		s.backendOK(res)
	}
	s.recordDropped(uri, res.Dropped)
	if res.Skip != "" {
		s.logf(protocol.MessageTypeLog, "no suggestion at %s:%d:%d: %s", d.path, pos.Line+1, pos.Character+1, res.Skip)
	}
	out := make([]suggestion, 0, len(res.Suggestions))
	for _, sg := range res.Suggestions {
		out = append(out, suggestion{text: sg.Text, rng: s.lspRange(f.Lines, sg.Start, sg.End), model: res.Model, language: d.pack.ID()})
	}
	s.mu.Lock()
	s.stats.Shown += len(out)
	s.mu.Unlock()
	s.record(d.pack.ID(), func(c *provenance.Counts) {
		c.Shown += len(out)
		for _, dr := range res.Dropped {
			c.Dropped[dr.Reason]++
		}
	})
	return out, nil
}

// cursorWord returns the identifier characters just before offset, which completion
// clients use to filter items.
func (s *Server) cursorWord(f *syntax.File, pos protocol.Position) string {
	off, err := s.offset(f.Lines, pos)
	if err != nil {
		return ""
	}
	i := off
	for i > 0 {
		c := f.Bytes()[i-1]
		if c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			i--
			continue
		}
		break
	}
	return string(f.Bytes()[i:off])
}
