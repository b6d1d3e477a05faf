// Package workspace gives language packs the project's other files: open documents as the
// editor has them, the rest parsed from disk on first use and cached by modification time.
// It is bounded: large trees and huge files are sampled, never loaded whole.
package workspace

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// Limits keep the index bounded in time and memory.
const (
	MaxFiles    = 2000
	MaxFileSize = 2 << 20
)

// projectFileExts are the project files packs read references from (listed, never parsed
// as source).
var projectFileExts = map[string]bool{".plcproj": true, ".ini": true, ".f": true}

// ProjectFiles implements codegen.ProjectFiler: the workspace's files with extension ext
// (".plcproj", ".ini" or ".f").
func (w *Workspace) ProjectFiles(ext string) []string {
	return w.list("file:" + strings.ToLower(ext))
}

// skipDirs are never walked.
var skipDirs = map[string]bool{".git": true, "node_modules": true, ".hg": true, ".svn": true, "vendor": true, "build": true, "_build": true}

// Snapshot is what the workspace needs from an open document.
type Snapshot interface {
	Current() *syntax.File
}

// Workspace implements codegen.Workspace.
type Workspace struct {
	reg *codegen.Registry

	mu      sync.Mutex
	roots   []string
	gen     uint64              // bumped whenever what Files returns may have changed
	open    map[string]Snapshot // path → open document
	disk    map[string]diskEntry
	listed  map[string][]string // lang → paths, nil until walked
	configs map[string]*config.Config
	cfgErrs map[string]error
	// lastGood is the last configuration that loaded per directory, kept across Invalidate.
	lastGood map[string]*config.Config
}

type diskEntry struct {
	modTime int64
	size    int64
	file    *syntax.File
}

// New returns a workspace rooted at root ("" for none: only open documents).
func New(reg *codegen.Registry, root string) *Workspace {
	w := &Workspace{reg: reg, open: map[string]Snapshot{}, disk: map[string]diskEntry{},
		configs: map[string]*config.Config{}, cfgErrs: map[string]error{}, lastGood: map[string]*config.Config{}}
	w.SetRoots(root)
	return w
}

// SetRoot changes the root and forgets what was listed.
func (w *Workspace) SetRoot(root string) { w.SetRoots(root) }

// SetRoots makes the workspace span several roots (an editor's workspace folders); empty
// entries and roots inside another root are dropped.
func (w *Workspace) SetRoots(roots ...string) {
	var kept []string
	for _, r := range roots {
		if r == "" {
			continue
		}
		if abs, err := filepath.Abs(r); err == nil {
			r = abs
		}
		kept = append(kept, r)
	}
	var out []string
	for _, r := range kept {
		inside := false
		for _, o := range kept {
			if o != r && within(o, r) {
				inside = true
			}
		}
		if !inside && !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	w.mu.Lock()
	w.roots = out
	w.listed = nil
	w.gen++
	w.mu.Unlock()
}

// Generation changes whenever the files the workspace lists may have changed (roots set,
// documents opened or closed, files changed on disk), so caches over it know when to drop.
func (w *Workspace) Generation() uint64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.gen
}

// Roots returns the workspace's roots.
func (w *Workspace) Roots() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.roots...)
}

// Changed forgets what the workspace knows of files changed on disk (created, changed or
// deleted): the listing, and their parsed copies.
func (w *Workspace) Changed(paths ...string) {
	w.mu.Lock()
	w.listed = nil
	w.gen++
	for _, p := range paths {
		delete(w.disk, p)
		if filepath.Base(p) == config.FileName {
			w.configs = map[string]*config.Config{}
			w.cfgErrs = map[string]error{}
		}
	}
	w.mu.Unlock()
}

// within reports whether path lies in (or is) dir.
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// Overlay makes an open document take precedence over its file on disk; nil removes it.
func (w *Workspace) Overlay(path string, s Snapshot) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.gen++
	if s == nil {
		delete(w.open, path)
		return
	}
	w.open[path] = s
}

// Invalidate forgets the file listing and cached configurations (files changed on disk).
func (w *Workspace) Invalidate() {
	w.mu.Lock()
	w.listed = nil
	w.gen++
	w.configs = map[string]*config.Config{}
	w.cfgErrs = map[string]error{}
	w.mu.Unlock()
}

// ConfigFor returns the configuration from the nearest gantry.toml, cached per directory.
// When the file is broken it returns the error with the last configuration that loaded
// there (nil if none did), so a server keeps the last good settings while the user edits.
func (w *Workspace) ConfigFor(path string) (*config.Config, error) {
	dir := filepath.Dir(path)
	w.mu.Lock()
	c, ok := w.configs[dir]
	err := w.cfgErrs[dir]
	if err != nil {
		c = w.lastGood[dir]
	}
	w.mu.Unlock()
	if ok || err != nil {
		return c, err
	}
	c, err = config.ForFile(path)
	w.mu.Lock()
	if err != nil {
		w.cfgErrs[dir] = err
		c = w.lastGood[dir]
	} else {
		w.configs[dir] = c
		w.lastGood[dir] = c
	}
	w.mu.Unlock()
	return c, err
}

// Files implements codegen.Workspace.
func (w *Workspace) Files(ctx context.Context, lang string) []codegen.WorkspaceFile {
	p := w.reg.ByID(lang)
	if p == nil {
		return nil
	}
	paths := w.list(lang)
	var out []codegen.WorkspaceFile
	seen := map[string]bool{}
	w.mu.Lock()
	for path, s := range w.open {
		if w.reg.ForPath(path) == p {
			if f := s.Current(); f != nil {
				out = append(out, codegen.WorkspaceFile{Path: path, File: f})
				seen[path] = true
			}
		}
	}
	w.mu.Unlock()
	for _, path := range paths {
		if seen[path] || ctx.Err() != nil {
			continue
		}
		if f := w.load(ctx, p, path); f != nil {
			out = append(out, codegen.WorkspaceFile{Path: path, File: f})
		}
	}
	return out
}

func (w *Workspace) list(lang string) []string {
	w.mu.Lock()
	if w.listed != nil {
		defer w.mu.Unlock()
		return w.listed[lang]
	}
	roots := w.roots
	w.mu.Unlock()
	listed := map[string][]string{}
	n := 0
	for _, root := range roots {
		_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() {
				if path != root && (skipDirs[d.Name()] || strings.HasPrefix(d.Name(), ".")) {
					return filepath.SkipDir
				}
				return nil
			}
			if ext := strings.ToLower(filepath.Ext(path)); projectFileExts[ext] {
				listed["file:"+ext] = append(listed["file:"+ext], path)
				return nil
			}
			if p := w.reg.ForPath(path); p != nil && n < MaxFiles {
				listed[p.ID()] = append(listed[p.ID()], path)
				n++
			}
			return nil
		})
	}
	w.mu.Lock()
	w.listed = listed
	w.mu.Unlock()
	return listed[lang]
}

func (w *Workspace) load(ctx context.Context, p codegen.Pack, path string) *syntax.File {
	st, err := os.Stat(path)
	if err != nil || st.Size() > MaxFileSize {
		return nil
	}
	w.mu.Lock()
	e, ok := w.disk[path]
	w.mu.Unlock()
	if ok && e.modTime == st.ModTime().UnixNano() && e.size == st.Size() {
		return e.file
	}
	text, err := source.ReadFile(path) // refuses FIFOs and devices, which would block
	if err != nil || source.CheckText(text) != "" {
		return nil
	}
	f, err := codegen.Parse(ctx, p, path, text)
	if err != nil {
		return nil
	}
	w.mu.Lock()
	w.disk[path] = diskEntry{modTime: st.ModTime().UnixNano(), size: st.Size(), file: f}
	w.mu.Unlock()
	return f
}
