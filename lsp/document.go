package lsp

import (
	"context"
	"errors"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// document is an open file. Its snapshot is replaced, never mutated, so a suggestion can keep
// working on the version it started with while edits arrive.
type document struct {
	uri  protocol.DocumentURI
	path string
	pack codegen.Pack

	mu      sync.Mutex
	version int32
	file    *syntax.File
	bad     string // why the text cannot be analysed (binary, invalid UTF-8), or ""
	// raw is the text while bad is set (file is nil then): edits keep applying to it, so
	// the document stays in sync and is analysed again once the offending bytes are gone.
	raw *syntax.File
	// diagCancel stops the diagnostics run in flight: a newer edit supersedes it.
	diagCancel context.CancelFunc
	diagTimer  *time.Timer
	published  *publishedDiagnostics
	// current is file, published for readers that must not take mu (Current).
	current atomic.Pointer[syntax.File]
	suggest context.CancelFunc // the suggestion in flight, cancelled when the user types on
}

func (d *document) snapshot() (*syntax.File, int32, string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.file, d.version, d.bad
}

// uriToPath converts a file:// URI to a path; other schemes keep their text as a pseudo-path
// so the extension still picks the pack.
func uriToPath(uri protocol.DocumentURI) string {
	u, err := url.Parse(string(uri))
	if err != nil || u.Scheme != "file" {
		return string(uri)
	}
	return filepath.FromSlash(u.Path)
}

func pathToURI(path string) protocol.DocumentURI {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	return protocol.DocumentURI((&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String())
}

// Positions are converted here and only here, in the encoding negotiated at initialize.

func (s *Server) encoding() source.Encoding {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.client.encoding
}

// offset converts a client position to a byte offset of l.
func (s *Server) offset(l *source.Lines, p protocol.Position) (int, error) {
	return l.OffsetIn(source.Position{Line: int(p.Line), Character: int(p.Character)}, s.encoding())
}

// position converts a byte offset of l to a client position.
func (s *Server) position(l *source.Lines, off int) protocol.Position {
	p := l.PositionIn(off, s.encoding())
	return protocol.Position{Line: uint32(p.Line), Character: uint32(p.Character)}
}

// lspRange converts a byte range of l to a client range.
func (s *Server) lspRange(l *source.Lines, start, end int) protocol.Range {
	return protocol.Range{Start: s.position(l, start), End: s.position(l, end)}
}

// change converts one client content change to a source change.
func (s *Server) change(r protocol.Range, text string) source.Change {
	pos := func(p protocol.Position) source.Position {
		return source.Position{Line: int(p.Line), Character: int(p.Character)}
	}
	return source.Change{Range: &source.Range{Start: pos(r.Start), End: pos(r.End)}, Text: text, Encoding: s.encoding()}
}

func (s *Server) doc(uri protocol.DocumentURI) *document {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.docs[uri]
}

// Every handler finds its document through analysable, so a request on a document the server
// does not hold is answered the same way everywhere: feature requests (hover, symbols,
// suggestions…) answer their empty result, since clients may ask about any file and only
// some are Gantry's; commands the user runs explicitly answer InvalidParams with the reason.
var (
	errNotOpen       = &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: "document not open"}
	errNotAnalysable = &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: "document cannot be analysed"}
)

// analysable returns the open document at uri and its current parse, or an error wrapping
// errNotOpen or errNotAnalysable that names the document and the reason.
func (s *Server) analysable(uri protocol.DocumentURI) (*document, *syntax.File, error) {
	d := s.doc(uri)
	if d == nil {
		return nil, nil, &jsonrpc2.Error{Code: errNotOpen.Code, Message: errNotOpen.Message + ": " + string(uri)}
	}
	f, _, bad := d.snapshot()
	if f == nil {
		return d, nil, &jsonrpc2.Error{Code: errNotAnalysable.Code, Message: errNotAnalysable.Message + ": " + bad}
	}
	return d, f, nil
}

// missingDocument reports whether err is analysable's answer for a document the server does
// not hold or cannot analyse: feature handlers then answer their empty result.
func missingDocument(err error) bool {
	var e *jsonrpc2.Error
	if !errors.As(err, &e) {
		return false
	}
	return strings.HasPrefix(e.Message, errNotOpen.Message+": ") || strings.HasPrefix(e.Message, errNotAnalysable.Message+": ")
}

// positionRequest resolves a text document position to the pack's request. A position
// outside the document is an InvalidParams error.
func (s *Server) positionRequest(uri protocol.DocumentURI, pos protocol.Position) (*document, codegen.ContextRequest, error) {
	d, f, err := s.analysable(uri)
	if err != nil {
		return nil, codegen.ContextRequest{}, err
	}
	off, err := s.offset(f.Lines, pos)
	if err != nil {
		return nil, codegen.ContextRequest{}, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: err.Error()}
	}
	return d, codegen.ContextRequest{Path: d.path, File: f, Offset: off, Config: s.configFor(d.path), Workspace: s.workspace}, nil
}
