package lsp

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/provenance"
	"github.com/gantry-dev/gantry/codegen/rules"
)

type executeCommandParams struct {
	Command   string            `json:"command"`
	Arguments []json.RawMessage `json:"arguments"`
}

func (s *Server) executeCommand(ctx context.Context, req *jsonrpc2.Request) (any, error) {
	var p executeCommandParams
	if err := unmarshal(req, &p); err != nil {
		return nil, err
	}
	switch p.Command {
	case cmdAccepted:
		return nil, s.accepted(p.Arguments)
	case cmdStatus:
		s.mu.Lock()
		defer s.mu.Unlock()
		return s.stats, nil
	case cmdShowPrompt:
		return s.showPrompt(ctx, p.Arguments)
	case cmdCheck:
		return s.checkWorkspace(ctx)
	case cmdGenerate:
		return s.generate(ctx, p.Arguments)
	case cmdPlot:
		return s.plotToolpath(ctx, p.Arguments)
	}
	return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: "unknown command: " + p.Command}
}

// showPrompt returns exactly what would be sent to the model for a document and position:
// arguments are the URI and an LSP position.
func (s *Server) showPrompt(ctx context.Context, args []json.RawMessage) (any, error) {
	var uri protocol.DocumentURI
	var pos protocol.Position
	if len(args) != 2 || json.Unmarshal(args[0], &uri) != nil || json.Unmarshal(args[1], &pos) != nil {
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: cmdShowPrompt + ": want [uri, position]"}
	}
	d, f, err := s.analysable(uri)
	if err != nil {
		return nil, err
	}
	off, err := s.offset(f.Lines, pos)
	if err != nil {
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: err.Error()}
	}
	cfg := s.configFor(d.path)
	engine := &codegen.Engine{Registry: s.opts.Registry}
	_, pr := engine.Prepare(ctx, d.pack, codegen.SuggestRequest{Path: d.path, File: f, Offset: off, Config: cfg, Workspace: s.workspace})
	return map[string]any{"header": pr.Header, "prefix": pr.Prefix, "suffix": pr.Suffix, "stop": pr.Stop, "text": codegen.FormatPrompt(pr)}, nil
}

// checkWorkspace runs the checker over every workspace file and summarises.
func (s *Server) checkWorkspace(ctx context.Context) (any, error) {
	summary := map[string]int{"files": 0, "errors": 0, "warnings": 0}
	for _, p := range s.opts.Registry.Packs() {
		for _, wf := range s.workspace.Files(ctx, p.ID()) {
			res := codegen.Diagnose(ctx, p, codegen.CheckRequest{Path: wf.Path, File: wf.File, Config: s.configFor(wf.Path), Workspace: s.workspace})
			summary["files"]++
			for _, fd := range res.Findings {
				switch fd.Severity {
				case rules.Error:
					summary["errors"]++
				case rules.Warning:
					summary["warnings"]++
				}
			}
		}
	}
	s.logf(protocol.MessageTypeInfo, "gantry: checked %d files: %d errors, %d warnings", summary["files"], summary["errors"], summary["warnings"])
	return summary, ctx.Err()
}

// accepted counts an accepted suggestion and, when the workspace keeps a ledger, records
// where it went.
func (s *Server) accepted(args []json.RawMessage) error {
	var a acceptance
	if len(args) != 1 || json.Unmarshal(args[0], &a) != nil || a.URI == "" {
		return &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: cmdAccepted + ": want [{uri, range, text, model, language}]"}
	}
	s.mu.Lock()
	s.stats.Accepted++
	s.mu.Unlock()
	s.record(a.Language, func(c *provenance.Counts) { c.Accepted++ })
	path := uriToPath(a.URI)
	cfg := s.configFor(path)
	if !cfg.Provenance.Ledger {
		return nil
	}
	root := filepath.Dir(cfg.Path)
	if cfg.Path == "" {
		s.mu.Lock()
		root = s.root
		s.mu.Unlock()
	}
	rel, err := filepath.Rel(root, path)
	if err != nil || root == "" {
		return nil
	}
	start := int(a.Range.Start.Line) + 1
	e := provenance.Entry{
		File: filepath.ToSlash(rel), StartLine: start, EndLine: start + strings.Count(a.Text, "\n"),
		Hash: provenance.Hash(a.Text), Model: a.Model, Language: a.Language, Time: time.Now().UTC(),
	}
	// Where the text sits in its line, in bytes, so checks can find it again after edits.
	if _, f, err := s.analysable(a.URI); err == nil {
		if off, err := s.offset(f.Lines, a.Range.Start); err == nil {
			e.Column, e.Length = off-f.Lines.Start(int(a.Range.Start.Line)), len(a.Text)
		}
	}
	return provenance.Append(root, e)
}
