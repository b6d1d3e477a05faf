package lsp

import (
	"context"
	"fmt"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/source"
)

func (s *Server) didOpen(ctx context.Context, req *jsonrpc2.Request) error {
	var p protocol.DidOpenTextDocumentParams
	if err := unmarshal(req, &p); err != nil {
		return err
	}
	path := uriToPath(p.TextDocument.URI)
	pack := s.opts.Registry.ForPath(path)
	if pack == nil {
		return nil // not ours; clients may send every file
	}
	s.rootForOpen(path)
	d := &document{uri: p.TextDocument.URI, path: path, pack: pack, version: p.TextDocument.Version}
	text := []byte(p.TextDocument.Text)
	if d.bad = source.CheckText(text); d.bad == "" {
		f, err := codegen.Parse(ctx, pack, path, text)
		if err != nil {
			return err
		}
		d.file = f
	} else {
		s.logf(protocol.MessageTypeWarning, "%s: not analysed: %s", path, d.bad)
	}
	s.mu.Lock()
	s.docs[d.uri] = d
	s.mu.Unlock()
	s.workspace.Overlay(path, d)
	s.scheduleDiagnostics(d, 0)
	return nil
}

func (s *Server) didChange(ctx context.Context, req *jsonrpc2.Request) error {
	var p didChangeParams
	if err := unmarshal(req, &p); err != nil {
		return err
	}
	d := s.doc(p.TextDocument.URI)
	if d == nil {
		return nil
	}
	d.mu.Lock()
	if d.suggest != nil {
		d.suggest() // the user typed on: the suggestion in flight is stale
		d.suggest = nil
	}
	err := s.applyChanges(ctx, d, p)
	d.mu.Unlock()
	if err != nil {
		return err
	}
	s.scheduleDiagnostics(d, s.debounce(d))
	return nil
}

// applyChanges applies each change in order to the document's snapshot. On an error the
// document keeps its last good text, and the error names the change that failed.
func (s *Server) applyChanges(ctx context.Context, d *document, p didChangeParams) error {
	f := d.file
	for i, c := range p.ContentChanges {
		if d.bad != "" || f == nil {
			if c.Range != nil {
				return fmt.Errorf("%s: incremental change to a document that could not be read (%s)", d.path, d.bad)
			}
		}
		if c.Range == nil {
			text := []byte(c.Text)
			if d.bad = source.CheckText(text); d.bad != "" {
				f = nil
				continue
			}
			nf, err := codegen.Parse(ctx, d.pack, d.path, text)
			if err != nil {
				return err
			}
			f = nf
			continue
		}
		change := s.change(*c.Range, c.Text)
		nf, err := f.Apply(ctx, change)
		if err != nil {
			return &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: fmt.Sprintf("%s: change %d of version %d: %v", d.path, i+1, p.TextDocument.Version, err)}
		}
		f = nf
	}
	d.file = f
	d.version = p.TextDocument.Version
	return nil
}

func (s *Server) didClose(_ context.Context, req *jsonrpc2.Request) error {
	var p protocol.DidCloseTextDocumentParams
	if err := unmarshal(req, &p); err != nil {
		return err
	}
	s.mu.Lock()
	d := s.docs[p.TextDocument.URI]
	delete(s.docs, p.TextDocument.URI)
	s.mu.Unlock()
	if d == nil {
		return nil
	}
	d.mu.Lock()
	if d.diagTimer != nil {
		d.diagTimer.Stop()
	}
	if d.suggest != nil {
		d.suggest()
	}
	d.mu.Unlock()
	s.workspace.Overlay(d.path, nil)
	if fg, ok := d.pack.(codegen.Forgetter); ok {
		fg.Forget(d.path)
	}
	// Clear what we published: a closed file's problems belong to `gantry check` now.
	if !s.pushes() {
		return nil
	}
	s.notify("textDocument/publishDiagnostics", protocol.PublishDiagnosticsParams{URI: d.uri, Diagnostics: []protocol.Diagnostic{}})
	return nil
}

func (s *Server) didSave(_ context.Context, req *jsonrpc2.Request) error {
	var p protocol.DidSaveTextDocumentParams
	if err := unmarshal(req, &p); err != nil {
		return err
	}
	if d := s.doc(p.TextDocument.URI); d != nil {
		s.scheduleDiagnostics(d, 0)
	}
	s.workspace.Invalidate()
	return nil
}
