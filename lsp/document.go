package lsp

import (
	"context"
	"net/url"
	"path/filepath"
	"sync"
	"time"

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
	suggest    context.CancelFunc // the suggestion in flight, cancelled when the user types on
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
