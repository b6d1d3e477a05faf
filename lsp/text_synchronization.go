package lsp

import (
	"context"
	"fmt"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/deepstack"
	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/syntax"
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
	if err := s.enter(ctx, d, []byte(p.TextDocument.Text)); err != nil {
		return err
	}
	d.current.Store(d.file)
	if d.bad != "" {
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
	d.current.Store(d.file)
	f := d.file
	d.mu.Unlock()
	if err != nil {
		return err
	}
	if n := len(p.ContentChanges); n > 0 {
		s.prepareCursor(d, f, p.ContentChanges[n-1])
	}
	s.scheduleDiagnostics(d, s.debounce(d))
	return nil
}

// prepareCursor readies snapshot f for a suggestion where the last change ended, on a
// goroutine of its own: the editor asks for one right after the keystroke, and the unit
// is parsed and modelled while the server reads that request.
func (s *Server) prepareCursor(d *document, f *syntax.File, last contentChange) {
	if f == nil || last.Range == nil || !s.configFor(d.path).LanguageEnabled(d.pack.ID()) {
		return
	}
	off, err := s.offset(f.Lines, last.Range.Start)
	if err != nil {
		return
	}
	deepstack.Go(func() {
		codegen.PrepareCursor(context.Background(), d.pack, f, s.workspace, d.path, off+len(last.Text))
	})
}

// enter takes a whole text into d (open, full sync, or an edit that touched bad bytes):
// every route passes the same binary/encoding check before anything parses it.
func (s *Server) enter(ctx context.Context, d *document, text []byte) error {
	if d.bad = source.CheckText(text); d.bad != "" {
		d.file, d.raw = nil, syntax.TextOnly(d.pack.Grammar(), text)
		return nil
	}
	f, err := codegen.Parse(ctx, d.pack, d.path, text)
	if err != nil {
		return err
	}
	d.file, d.raw = f, nil
	return nil
}

// applyChanges applies each change in order to the document's snapshot. On an error the
// document keeps its last good text, and the error names the change that failed. While the
// text is bad (a NUL typed or pasted in), edits apply to the raw text and each result is
// checked again, so the document never falls out of sync.
func (s *Server) applyChanges(ctx context.Context, d *document, p didChangeParams) error {
	file, raw, bad := d.file, d.raw, d.bad
	fail := func(err error) error {
		d.file, d.raw, d.bad = file, raw, bad
		return err
	}
	for i, c := range p.ContentChanges {
		if c.Range == nil {
			if err := s.enter(ctx, d, []byte(c.Text)); err != nil {
				return fail(err)
			}
			continue
		}
		f := d.file
		if d.bad != "" {
			f = d.raw
		}
		if f == nil {
			return fail(fmt.Errorf("%s: incremental change to a document without text", d.path))
		}
		clean := d.bad == "" && source.CheckText([]byte(c.Text)) == ""
		if !clean {
			f = syntax.TextOnly(f.Language, f.Bytes()) // no reparse of text that will be rejected
		}
		nf, err := f.Apply(ctx, s.change(*c.Range, c.Text))
		if err != nil {
			return fail(&jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: fmt.Sprintf("%s: change %d of version %d: %v", d.path, i+1, p.TextDocument.Version, err)})
		}
		if clean {
			d.file = nf
			continue
		}
		if err := s.enter(ctx, d, nf.Bytes()); err != nil {
			return fail(err)
		}
	}
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
