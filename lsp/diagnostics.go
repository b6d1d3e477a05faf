package lsp

import (
	"context"
	"encoding/json"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/deepstack"
	"github.com/gantry-dev/gantry/codegen/rules"
)

func (s *Server) debounce(d *document) time.Duration {
	ms := s.configFor(d.path).Completion.DebounceMS
	if ms < 0 {
		ms = 0
	}
	return time.Duration(ms) * time.Millisecond
}

// scheduleDiagnostics publishes diagnostics after a quiet period; a newer edit restarts it.
func (s *Server) scheduleDiagnostics(d *document, after time.Duration) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.diagTimer != nil {
		d.diagTimer.Stop()
	}
	if d.diagCancel != nil {
		d.diagCancel() // the run in flight checks a text that is already stale
		d.diagCancel = nil
	}
	d.diagTimer = time.AfterFunc(after, func() { deepstack.Run(func() { s.publishDiagnostics(d) }) })
}

func (s *Server) publishDiagnostics(d *document) {
	defer func() {
		if v := recover(); v != nil {
			_ = s.recovered("diagnostics of "+d.path, v) // on a timer's goroutine: nobody to reply to
		}
	}()
	if !s.pushes() {
		return // the client pulls: a pushed list too would show every finding twice
	}
	_, version, _ := d.snapshot()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	d.mu.Lock()
	if d.diagCancel != nil {
		d.diagCancel()
	}
	d.diagCancel = cancel
	d.mu.Unlock()
	diags := s.diagnose(ctx, d)
	if ctx.Err() != nil {
		return // superseded: a newer run publishes
	}
	// Publish only for the version analysed and an open document: a stale list would
	// point at wrong lines, and a closed one's list was cleared.
	if _, now, _ := d.snapshot(); now != version || s.doc(d.uri) != d {
		return
	}
	// Edits, opening, saving and a settings change each ask for a check; the client hears
	// only of findings that changed: an edit that leaves them as they were (same rules,
	// messages and ranges) publishes nothing, and a version is published once unless its
	// findings change (a settings change, another file changed on disk).
	key, _ := json.Marshal(diags)
	d.mu.Lock()
	same := d.published != nil && string(d.published.diags) == string(key)
	if !same {
		d.published = &publishedDiagnostics{version: version, diags: key}
	}
	d.mu.Unlock()
	if same {
		return
	}
	// The list is encoded once: a million-line file's hundreds of findings cost
	// milliseconds per encoding, and the comparison above already did it.
	s.notify("textDocument/publishDiagnostics", publishParams{URI: d.uri, Version: uint32(version), Diagnostics: key})
}

// publishParams is protocol.PublishDiagnosticsParams with the list already encoded.
type publishParams struct {
	URI         protocol.DocumentURI `json:"uri"`
	Version     uint32               `json:"version,omitempty"`
	Diagnostics json.RawMessage      `json:"diagnostics"`
}

// pushes reports whether diagnostics go out as textDocument/publishDiagnostics: not to a
// client that said at initialize it pulls them with textDocument/diagnostic.
func (s *Server) pushes() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return !s.client.pullsDiagnose
}

// publishedDiagnostics is the last list pushed for a document.
type publishedDiagnostics struct {
	version int32
	diags   []byte
}

func (s *Server) diagnose(ctx context.Context, d *document) []protocol.Diagnostic {
	f, _, bad := d.snapshot()
	if bad != "" || f == nil {
		return []protocol.Diagnostic{{
			Severity: protocol.DiagnosticSeverityWarning, Source: "gantry",
			Message: "gantry cannot analyse this file: " + bad,
		}}
	}
	cfg := s.configFor(d.path)
	res := codegen.Diagnose(ctx, d.pack, codegen.CheckRequest{Path: d.path, File: f, Config: cfg, Workspace: s.workspace})
	out := make([]protocol.Diagnostic, 0, len(res.Findings))
	for _, fd := range res.Findings {
		out = append(out, protocol.Diagnostic{
			Range: s.lspRange(f.Lines, fd.Start, fd.End), Severity: lspSeverity(fd.Severity),
			Code: fd.Rule, Source: "gantry", Message: fd.Message,
		})
	}
	return out
}

func lspSeverity(s rules.Severity) protocol.DiagnosticSeverity {
	switch s {
	case rules.Error:
		return protocol.DiagnosticSeverityError
	case rules.Warning:
		return protocol.DiagnosticSeverityWarning
	}
	return protocol.DiagnosticSeverityInformation
}

// pullDiagnostics answers textDocument/diagnostic (LSP 3.17) with the same findings.
func (s *Server) pullDiagnostics(ctx context.Context, req *jsonrpc2.Request) (any, error) {
	var p documentDiagnosticParams
	if err := unmarshal(req, &p); err != nil {
		return nil, err
	}
	d := s.doc(p.TextDocument.URI)
	if d == nil {
		return documentDiagnosticReport{Kind: "full", Items: []protocol.Diagnostic{}}, nil
	}
	return documentDiagnosticReport{Kind: "full", Items: s.diagnose(ctx, d)}, nil
}
