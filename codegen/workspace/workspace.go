// Package workspace gives language packs the project's other files: open documents as the
// editor has them, the rest parsed from disk on first use and cached by modification time.
// It is bounded: large trees and huge files are sampled, never loaded whole.
package workspace

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// Limits keep the workspace bounded in time and memory: Files returns at most MaxFiles
// files of a language, files over MaxFileSize are not read, and at most MaxParsed parsed
// files holding at most MaxParsedBytes of code are kept (least recently used first out;
// parsedWeight).
const (
	MaxFiles    = 2000
	MaxFileSize = 2 << 20
	MaxParsed   = 2048
	// A parsed file costs 40 to 100 bytes per byte of its text (its tree in C, its model):
	// 2,048 files of a 4,770-file project held 1.4 GB.
	MaxParsedBytes = 8 << 20
)

// projectFileExts are the project files packs read references from (listed, never parsed
// as source): a .plcproj's libraries, a LinuxCNC .ini's and a filelist's folders, a SIMATIC
// AX apax.yml's packages (YAML files are listed, and packs pick theirs by name).
var projectFileExts = map[string]bool{".plcproj": true, ".ini": true, ".f": true, ".yml": true, ".yaml": true}

// ProjectFiles implements codegen.ProjectFiler: the workspace's files with extension ext
// (".plcproj", ".ini", ".f", ".yml" or ".yaml").
func (w *Workspace) ProjectFiles(ext string) []string {
	return w.index(context.Background()).paths("file:" + strings.ToLower(ext))
}

// SourcePaths implements codegen.SourceLister: the indexed files of a language, sorted.
func (w *Workspace) SourcePaths(lang string) []string {
	return w.index(context.Background()).paths(lang)
}

// skipDirs are never walked from a project's root (hidden folders neither).
var skipDirs = map[string]bool{".git": true, "node_modules": true, ".hg": true, ".svn": true, "vendor": true, "build": true, "_build": true}

// othersCode are the skipDirs that hold other projects' code or build products. A root
// that is itself such a folder (a check of a vendored library's files makes it one, see
// SkippedFolder) walks those nested in it: a vendored core vendors its own libraries
// (lowRISC's ibex inside Sonata keeps lowrisc_ip and riscv-dv in a vendor folder of its
// own), and their files include each other's.
var othersCode = map[string]bool{"vendor": true, "build": true, "_build": true}

// walkSkips reports whether the walk of root skips the folder named name below it.
func walkSkips(root, name string) bool {
	if othersCode[name] {
		return !othersCode[filepath.Base(root)]
	}
	return skipDirs[name] || strings.HasPrefix(name, ".")
}

// Snapshot is what the workspace needs from an open document.
type Snapshot interface {
	Current() *syntax.File
}

// Workspace implements codegen.Workspace.
type Workspace struct {
	reg *codegen.Registry

	mu        sync.Mutex
	roots     []string
	gen       uint64              // bumped whenever what Files returns may have changed
	diskGen   uint64              // bumped whenever files on disk may have changed
	open      map[string]Snapshot // path → open document
	disk      *lru                // parsed files from disk
	lent      map[string]*lruItem // files a command parsed itself, while it works on them (Lend)
	texts     *lru                // files from disk as text (TextFiles)
	ix        *nameIndex          // nil until first needed
	ixMu      sync.Mutex          // one index build at a time
	rescanned map[string]*entry   // files rescanned since the index was published
	openScan  map[any][]string    // names of open snapshots
	configs   map[string]*config.Config
	cfgErrs   map[string]error
	// lastGood is the last configuration that loaded per directory, kept across Invalidate.
	lastGood map[string]*config.Config
	// fixed, when set, is every file's configuration (`gantry check --config FILE`).
	fixed *config.Config
	// stats, when not nil, holds each file's os.Stat for the workspace's life
	// (AssumeDiskUnchanged).
	stats map[string]statResult
}

// New returns a workspace rooted at root ("" for none: only open documents).
func New(reg *codegen.Registry, root string) *Workspace {
	w := &Workspace{reg: reg, open: map[string]Snapshot{}, disk: newLRU(MaxParsed, MaxParsedBytes), texts: newLRU(MaxFiles, 0),
		lent:      map[string]*lruItem{},
		rescanned: map[string]*entry{}, openScan: map[any][]string{},
		configs: map[string]*config.Config{}, cfgErrs: map[string]error{}, lastGood: map[string]*config.Config{}}
	w.SetRoots(root)
	return w
}

// SetRoot changes the root and forgets what was listed.
func (w *Workspace) SetRoot(root string) { w.SetRoots(root) }

// SetRoots makes the workspace span several roots (an editor's workspace folders, or the
// arguments of a check); empty entries and roots inside another root are dropped, unless
// the walk of that other root would not reach them (they lie in a folder the walk skips:
// build, vendor, node_modules, a hidden folder), so every root given is covered.
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
			if o != r && within(o, r) && !skippedBelow(o, r) {
				inside = true
			}
		}
		if !inside && !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	w.mu.Lock()
	w.roots = out
	w.ix = nil
	w.gen++
	w.diskGen++
	w.mu.Unlock()
}

// Generation changes whenever the files the workspace lists may have changed (roots set,
// documents opened or closed, files changed on disk), so caches over it know when to drop.
func (w *Workspace) Generation() uint64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.gen
}

// DiskGeneration implements codegen.DiskGenerational: it changes whenever files on disk may
// have changed (roots set, files changed, the listing invalidated), not when an open
// document is edited.
func (w *Workspace) DiskGeneration() uint64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.diskGen
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
	if w.ix != nil && w.ix.verified {
		cp := *w.ix
		cp.verified = false // re-check the disk before a name is called undeclared
		w.ix = &cp
	}
	w.gen++
	w.diskGen++
	for _, p := range paths {
		w.disk.remove(p)
		delete(w.stats, p)
		if filepath.Base(p) == config.FileName {
			w.configs = map[string]*config.Config{}
			w.cfgErrs = map[string]error{}
		}
	}
	w.mu.Unlock()
}

// skippedBelow reports whether the walk of root would skip path, a folder inside it: some
// folder on the way down (path itself included) is one the walk never enters.
func skippedBelow(root, path string) bool {
	rel, err := filepath.Rel(root, path)
	if err != nil || rel == "." {
		return false
	}
	for _, name := range strings.Split(rel, string(filepath.Separator)) {
		if walkSkips(root, name) {
			return true
		}
	}
	return false
}

// SkippedFolder returns the outermost folder below root that a walk of root skips (vendor,
// build, a hidden folder…) and that holds path, or "" when the walk reaches path. A check
// of files in such a folder adds it as a root of its own, so the files beside them (the
// package a vendored fragment is included into) are indexed too.
func SkippedFolder(root, path string) string {
	rel, err := filepath.Rel(root, path)
	if err != nil || rel == "." || strings.HasPrefix(rel, "..") {
		return ""
	}
	dir := root
	parts := strings.Split(rel, string(filepath.Separator))
	for _, name := range parts[:len(parts)-1] {
		dir = filepath.Join(dir, name)
		if skipDirs[name] || strings.HasPrefix(name, ".") {
			return dir
		}
	}
	return ""
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

// BoundTrees keeps the trees of only the most recently used parsed files from disk, up to
// bytes of their code; the others keep their text and their packs' analysis, and parse
// again when a tree is asked of them (syntax.File.DropTree). A tree in C costs 20 to 40
// bytes per byte of code, and a file parsed for the names it declares seldom needs it
// again: a check of a whole project peaked at 40 to 50 times its code with every tree
// kept. Every read of those files' trees must lie within syntax.BeginReads: `gantry
// check` sets it and marks each file's check; the server keeps every tree.
func (w *Workspace) BoundTrees(bytes int) {
	w.disk.mu.Lock()
	w.disk.treeBytes = bytes
	w.disk.mu.Unlock()
}

// GrowParsedFrom keeps the parsed files from disk within bytes of code, and as large a
// share of MaxParsed files, at first, and lets both bounds double, up to MaxParsedBytes
// and MaxParsed, whenever more than two thirds of the files parsed lately had been dropped
// by them before. Checked once each, a project's files mostly fit a
// small bound: a Verilog module is asked for by the few that instantiate it. An ST project
// whose POUs use each other's types across the tree does not, and gets the room it needs
// (a TwinCAT framework of 950 files parsed 5 times as often within 2 MB).
func (w *Workspace) GrowParsedFrom(bytes int) {
	w.disk.mu.Lock()
	defer w.disk.mu.Unlock()
	if bytes <= 0 || bytes >= MaxParsedBytes {
		return
	}
	w.disk.maxBytes, w.disk.ceiling, w.disk.dropped = bytes, MaxParsedBytes, map[string]bool{}
	// The count of files as a like share of MaxParsed: files of a few hundred bytes (a
	// TwinCAT project's structures and enumerations) cost mostly what every file costs.
	w.disk.max, w.disk.maxCeiling = max(MaxParsed*bytes/MaxParsedBytes, 1), MaxParsed
}

// Editing implements codegen.EditorDocuments: path is a document open in the editor.
func (w *Workspace) Editing(path string) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	_, ok := w.open[path]
	return ok
}

// Lend makes f, parsed from the file at path when st described it, what the workspace
// returns for that file until release is called, as long as the file stays as st says.
// A check looks up names its own file declares (a member of a struct or a class declared
// at the top of a Verilog file, a POU of the same ST file) and would otherwise parse the
// file a second time: twice the time, and two trees in memory. Unlike Overlay it leaves the generation
// alone, so lending each file of a folder check keeps the packs' caches.
func (w *Workspace) Lend(path string, st os.FileInfo, f *syntax.File) (release func()) {
	abs, err := filepath.Abs(path)
	if err != nil || st == nil || f == nil {
		return func() {}
	}
	it := &lruItem{path: abs, size: st.Size(), mod: st.ModTime().UnixNano(), file: f}
	w.mu.Lock()
	w.lent[abs] = it
	w.mu.Unlock()
	return func() {
		w.mu.Lock()
		if w.lent[abs] == it { // the same file lent again meanwhile stays lent
			delete(w.lent, abs)
		}
		w.mu.Unlock()
		// Kept like a file parsed for a name: the files checked after this one look
		// names up in it as often as in any other.
		w.disk.putChecked(abs, it.size, it.mod, f)
	}
}

// ParsedCopy returns the workspace's parse of the file at path when st still describes
// it (a check of a folder parses a file for its names before its own turn comes), or nil.
func (w *Workspace) ParsedCopy(path string, st os.FileInfo) *syntax.File {
	abs, err := filepath.Abs(path)
	if err != nil || st == nil {
		return nil
	}
	return w.disk.get(abs, st.Size(), st.ModTime().UnixNano())
}

// Invalidate forgets the file listing and cached configurations (files changed on disk).
func (w *Workspace) Invalidate() {
	w.mu.Lock()
	w.ix = nil
	w.gen++
	w.diskGen++
	w.configs = map[string]*config.Config{}
	w.cfgErrs = map[string]error{}
	w.mu.Unlock()
}

// SetConfig makes c every file's configuration, whatever gantry.toml lies nearer: what
// `gantry check --config FILE` asks for, for the project's other files as for the checked.
func (w *Workspace) SetConfig(c *config.Config) {
	w.mu.Lock()
	w.fixed = c
	w.mu.Unlock()
}

// ConfigFor returns the configuration from the nearest gantry.toml, cached per directory.
// When the file is broken it returns the error with the last configuration that loaded
// there (nil if none did), so a server keeps the last good settings while the user edits.
func (w *Workspace) ConfigFor(path string) (*config.Config, error) {
	dir := filepath.Dir(path)
	w.mu.Lock()
	if w.fixed != nil {
		defer w.mu.Unlock()
		return w.fixed, nil
	}
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

// Files implements codegen.Workspace: every file of a language (at most MaxFiles from
// disk), after checking the index against the disk.
func (w *Workspace) Files(ctx context.Context, lang string) []codegen.WorkspaceFile {
	p := w.reg.ByID(lang)
	if p == nil {
		return nil
	}
	paths := w.verify(ctx).paths(lang)
	if len(paths) > MaxFiles {
		paths = paths[:MaxFiles]
	}
	out := w.openFiles(p)
	seen := map[string]bool{}
	for _, o := range out {
		seen[o.Path] = true
	}
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

// TextFiles is Files without parsing, for readers of text (the retriever of related code):
// each snapshot holds a file's text and, for a project file, its code regions, and no
// tree. The files are those of the index as it stands (a file added since shows after a
// refresh), the open documents' current text first, then up to limit files (MaxFiles when
// 0) from the folders nearest near: the file's own folder, its siblings, and outwards.
func (w *Workspace) TextFiles(ctx context.Context, lang, near string, limit int) []codegen.WorkspaceFile {
	p := w.reg.ByID(lang)
	if p == nil {
		return nil
	}
	if limit <= 0 || limit > MaxFiles {
		limit = MaxFiles
	}
	paths := slices.Clone(w.index(ctx).paths(lang))
	if near != "" {
		// The longest shared folder prefix first; the sort is stable, so ties keep their order.
		dir := filepath.Dir(near) + string(filepath.Separator)
		shared := func(path string) int {
			n := 0
			for n < len(dir) && n < len(path) && dir[n] == path[n] {
				n++
			}
			return strings.LastIndexByte(dir[:n], filepath.Separator)
		}
		sort.SliceStable(paths, func(i, j int) bool { return shared(paths[i]) > shared(paths[j]) })
	}
	out := w.openFiles(p)
	seen := map[string]bool{}
	for _, o := range out {
		seen[o.Path] = true
	}
	read := 0
	for _, path := range paths {
		if read >= limit || ctx.Err() != nil {
			break
		}
		if seen[path] {
			continue
		}
		if f := w.loadText(p, path); f != nil {
			out = append(out, codegen.WorkspaceFile{Path: path, File: f})
			read++
		}
	}
	return out
}

// loadText reads a file as a text-only snapshot, kept while its size and time stay.
func (w *Workspace) loadText(p codegen.Pack, path string) *syntax.File {
	st, err := w.stat(path)
	if err != nil || st.Size() > MaxFileSize {
		return nil
	}
	if f := w.texts.get(path, st.Size(), st.ModTime().UnixNano()); f != nil {
		return f
	}
	text := w.readSource(path)
	if text == nil {
		return nil
	}
	f := syntax.TextOnly(p.Grammar(), text)
	if ec, ok := p.(codegen.EmbeddedCode); ok {
		f.Regions = ec.Regions(path)
	}
	w.texts.put(path, st.Size(), st.ModTime().UnixNano(), f)
	return f
}

// openFiles returns the open documents of a pack, sorted by path.
func (w *Workspace) openFiles(p codegen.Pack) []codegen.WorkspaceFile {
	w.mu.Lock()
	var out []codegen.WorkspaceFile
	for path, s := range w.open {
		if w.reg.ForPath(path) == p {
			if f := s.Current(); f != nil {
				out = append(out, codegen.WorkspaceFile{Path: path, File: f})
			}
		}
	}
	w.mu.Unlock()
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

func (w *Workspace) load(ctx context.Context, p codegen.Pack, path string) *syntax.File {
	st, err := w.stat(path)
	if err != nil || st.Size() > MaxFileSize {
		return nil
	}
	w.mu.Lock()
	l := w.lent[path]
	w.mu.Unlock()
	if l != nil && l.size == st.Size() && l.mod == st.ModTime().UnixNano() {
		return l.file
	}
	if f := w.disk.get(path, st.Size(), st.ModTime().UnixNano()); f != nil {
		return f
	}
	text := w.readSource(path)
	if text == nil {
		return nil
	}
	f, err := codegen.Parse(ctx, p, path, text)
	if err != nil {
		return nil
	}
	if sa, ok := p.(codegen.SharedAnalyser); ok && f.HasTree() {
		// A file parsed for its names gives other checks its analysis, not its tree: the
		// tree goes before anyone else sees the file, and whoever needs it (the file's own
		// check, a search for references) parses it again. A server with a top module open
		// held the trees of every module below it (openc910: 498 MB, now 197).
		sa.AnalyseShared(f)
		f.FreeTree()
	}
	w.disk.put(path, st.Size(), st.ModTime().UnixNano(), f)
	return f
}

// readSource reads a project file as UTF-8 text (decodeSource); nil when it cannot be read
// or is not text. ReadFile refuses FIFOs and devices, which would block.
func (w *Workspace) readSource(path string) []byte {
	raw, err := source.ReadFile(path)
	if err != nil {
		return nil
	}
	return w.decodeSource(path, raw)
}

// decodeSource returns a file's bytes as UTF-8 text, decoded from the encoding its
// gantry.toml names when they are not UTF-8 (source.Decode); nil when they are not text.
func (w *Workspace) decodeSource(path string, raw []byte) []byte {
	legacy := ""
	if !utf8.Valid(raw) {
		if c, err := w.ConfigFor(path); err == nil && c != nil {
			legacy = c.Encoding
		}
	}
	text, _, err := source.Decode(raw, legacy)
	if err != nil || source.CheckText(text) != "" {
		return nil
	}
	return text
}
