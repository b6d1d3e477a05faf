package lsp

import (
	"context"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen/syntax"
	"github.com/gantry-dev/gantry/codegen/workspace"
)

// Current lets an open document serve as a workspace snapshot. It never waits for the
// document's lock: an edit holds that lock while it reparses, which takes the old file's
// lock, and a check of another document that holds this file's lock may ask for it (a
// cycle that froze the server under load). During an edit it returns the last snapshot.
func (d *document) Current() *syntax.File { return d.current.Load() }

// initialRoots returns the roots the client names: every workspace folder, else rootUri,
// else rootPath.
func initialRoots(p initializeParams) []string {
	var roots []string
	for _, f := range p.WorkspaceFolders {
		roots = append(roots, uriToPath(protocol.DocumentURI(f.URI)))
	}
	if len(roots) == 0 && p.RootURI != "" {
		roots = append(roots, uriToPath(p.RootURI))
	}
	if len(roots) == 0 && p.RootPath != "" {
		roots = append(roots, p.RootPath)
	}
	return roots
}

// didChangeWorkspaceFolders adds and removes roots as the user edits the workspace.
func (s *Server) didChangeWorkspaceFolders(_ context.Context, req *jsonrpc2.Request) error {
	var p protocol.DidChangeWorkspaceFoldersParams
	if err := unmarshal(req, &p); err != nil {
		return err
	}
	removed := map[string]bool{}
	for _, f := range p.Event.Removed {
		removed[uriToPath(protocol.DocumentURI(f.URI))] = true
	}
	var roots []string
	for _, r := range s.workspace.Roots() {
		if !removed[r] {
			roots = append(roots, r)
		}
	}
	for _, f := range p.Event.Added {
		roots = append(roots, uriToPath(protocol.DocumentURI(f.URI)))
	}
	s.setRoots(roots)
	s.recheckOpen()
	return nil
}

// didChangeWatchedFiles forgets the files changed on disk and re-checks the open
// documents, whose diagnostics may depend on them (a POU renamed in another file).
func (s *Server) didChangeWatchedFiles(_ context.Context, req *jsonrpc2.Request) error {
	var p protocol.DidChangeWatchedFilesParams
	if err := unmarshal(req, &p); err != nil {
		return err
	}
	var paths []string
	for _, c := range p.Changes {
		paths = append(paths, uriToPath(c.URI))
	}
	s.workspace.Changed(paths...)
	s.recheckOpen()
	return nil
}

// rootForOpen gives a server started without a workspace folder the project root of the
// first document opened (its gantry.toml, project file or repository).
func (s *Server) rootForOpen(path string) {
	if len(s.workspace.Roots()) > 0 {
		return
	}
	if r := workspace.FindRoot([]string{path}); r.Dir != "" {
		s.logf(protocol.MessageTypeLog, "gantry: %s", r.Explain())
		s.setRoots([]string{r.Dir})
	}
}

func (s *Server) setRoots(roots []string) {
	s.workspace.SetRoots(roots...)
	s.mu.Lock()
	s.root = ""
	if rs := s.workspace.Roots(); len(rs) > 0 {
		s.root = rs[0]
	}
	s.mu.Unlock()
}

// recheckOpen schedules diagnostics for every open document.
func (s *Server) recheckOpen() {
	s.mu.Lock()
	docs := make([]*document, 0, len(s.docs))
	for _, d := range s.docs {
		docs = append(docs, d)
	}
	s.mu.Unlock()
	for _, d := range docs {
		s.scheduleDiagnostics(d, 0)
	}
}
