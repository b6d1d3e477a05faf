package workspace

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/source"
)

// The lazy index. A check or a suggestion needs the declarations of the names one file
// uses, not the whole project parsed. The index maps each declared name to the files
// declaring it, from a scan of every file's text by its pack (codegen.NameScanner, no
// parsing), and keeps it on disk per set of roots (under the user cache folder, each file
// keyed by path, size and modification time), so the next process reads the index instead
// of the project. A file is parsed only when one of its names is needed; parsed files are
// kept in an LRU of MaxParsed.
//
// The on-disk index is trusted until a name is missing: a file returned for a name is
// checked against its size and time (and rescanned when it changed); a name no file
// declares makes the index verify every file once per process (a walk and a stat each,
// rescanning the changed ones), so a file added since the index was written is found
// before anything is reported undeclared. Files (every file of a language) verifies first.

// MaxIndexed bounds the files the name index covers.
const MaxIndexed = 200000

// entry is one file of the index.
type entry struct {
	Kind      string // pack id, or "file:.plcproj" for project files
	Size, Mod int64
	Names     []string
}

type nameIndex struct {
	entries  map[string]*entry
	byName   map[string][]string // kind + "\x00" + name → paths
	verified bool                // every file checked against the disk in this process
}

func (ix *nameIndex) rebuild() {
	ix.byName = map[string][]string{}
	for path, e := range ix.entries {
		for _, n := range e.Names {
			k := e.Kind + "\x00" + n
			ix.byName[k] = append(ix.byName[k], path)
		}
	}
	for _, ps := range ix.byName {
		sort.Strings(ps)
	}
}

// paths returns the files of a kind, sorted.
func (ix *nameIndex) paths(kind string) []string {
	var out []string
	for p, e := range ix.entries {
		if e.Kind == kind {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// cacheFile is where the index of a set of roots lives on disk: $GANTRY_INDEX_DIR, else
// the user cache folder ("" when there is none).
func cacheFile(roots []string) string {
	sum := sha256.Sum256([]byte(strings.Join(roots, "\n")))
	name := hex.EncodeToString(sum[:8])
	if dir := os.Getenv("GANTRY_INDEX_DIR"); dir != "" {
		return filepath.Join(dir, name)
	}
	dir, err := os.UserCacheDir()
	if err != nil || dir == "" {
		return ""
	}
	return filepath.Join(dir, "gantry", "index", name)
}

// The file on disk: a header line, then one line per file:
// path TAB kind TAB size TAB mtime TAB name,name,… (a compact format that reads in a few
// milliseconds for ten thousand files, where JSON takes several times that).
const indexHeader = "gantry-index 1"

func loadIndex(roots []string) *nameIndex {
	path := cacheFile(roots)
	if path == "" {
		return nil
	}
	text, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	lines := strings.Split(string(text), "\n")
	if len(lines) < 2 || lines[0] != indexHeader || lines[1] != strings.Join(roots, "\t") {
		return nil
	}
	ix := &nameIndex{entries: make(map[string]*entry, len(lines))}
	for _, line := range lines[2:] {
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			continue
		}
		size, err1 := strconv.ParseInt(f[2], 10, 64)
		mod, err2 := strconv.ParseInt(f[3], 10, 64)
		if err1 != nil || err2 != nil {
			return nil
		}
		e := &entry{Kind: f[1], Size: size, Mod: mod}
		if f[4] != "" {
			e.Names = strings.Split(f[4], ",")
		}
		ix.entries[f[0]] = e
	}
	ix.rebuild()
	return ix
}

func saveIndex(roots []string, ix *nameIndex) {
	path := cacheFile(roots)
	if path == "" {
		return
	}
	var b strings.Builder
	b.WriteString(indexHeader + "\n" + strings.Join(roots, "\t") + "\n")
	for p, e := range ix.entries {
		if strings.ContainsAny(p, "\t\n") {
			continue // such a file is rescanned every time; never mis-read
		}
		fmt.Fprintf(&b, "%s\t%s\t%d\t%d\t%s\n", p, e.Kind, e.Size, e.Mod, strings.Join(e.Names, ","))
	}
	if os.MkdirAll(filepath.Dir(path), 0o700) != nil {
		return
	}
	tmp := fmt.Sprintf("%s.%d.tmp", path, os.Getpid())
	if os.WriteFile(tmp, []byte(b.String()), 0o600) == nil {
		_ = os.Rename(tmp, path)
	}
}

// index returns the name index, read from disk or built by a scan on first use.
func (w *Workspace) index(ctx context.Context) *nameIndex {
	w.ixMu.Lock()
	defer w.ixMu.Unlock()
	w.mu.Lock()
	ix, roots := w.ix, w.roots
	w.mu.Unlock()
	if ix != nil {
		return ix
	}
	if len(roots) == 0 {
		ix = &nameIndex{entries: map[string]*entry{}, verified: true}
		ix.rebuild()
	} else if ix = loadIndex(roots); ix == nil {
		ix = w.scan(ctx, roots, nil)
		saveIndex(roots, ix)
	}
	w.mu.Lock()
	w.ix = ix
	w.mu.Unlock()
	return ix
}

// verify checks every file of the index against the disk once (new, changed and deleted
// files), and returns the verified index.
func (w *Workspace) verify(ctx context.Context) *nameIndex {
	ix := w.index(ctx)
	if ix.verified {
		return ix
	}
	w.ixMu.Lock()
	defer w.ixMu.Unlock()
	w.mu.Lock()
	cur, roots := w.ix, w.roots
	w.mu.Unlock()
	if cur != nil && cur.verified {
		return cur
	}
	if cur == nil {
		cur = ix
	}
	fresh := w.scan(ctx, roots, cur.entries)
	saveIndex(roots, fresh)
	w.mu.Lock()
	w.ix = fresh
	w.mu.Unlock()
	return fresh
}

// scan walks the roots and indexes every file, reusing prev's entries of unchanged files.
func (w *Workspace) scan(ctx context.Context, roots []string, prev map[string]*entry) *nameIndex {
	ix := &nameIndex{entries: map[string]*entry{}, verified: true}
	for _, root := range roots {
		_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || ctx.Err() != nil {
				return nil
			}
			if d.IsDir() {
				if path != root && (skipDirs[d.Name()] || strings.HasPrefix(d.Name(), ".")) {
					return filepath.SkipDir
				}
				return nil
			}
			if len(ix.entries) >= MaxIndexed || !d.Type().IsRegular() {
				return nil
			}
			kind := w.kindOf(path)
			if kind == "" {
				return nil
			}
			info, err := d.Info()
			if err != nil {
				return nil
			}
			if e := prev[path]; e != nil && e.Kind == kind && e.Size == info.Size() && e.Mod == info.ModTime().UnixNano() {
				ix.entries[path] = e
				return nil
			}
			ix.entries[path] = w.scanFile(path, kind, info)
			return nil
		})
	}
	ix.rebuild()
	return ix
}

func (w *Workspace) kindOf(path string) string {
	if ext := strings.ToLower(filepath.Ext(path)); projectFileExts[ext] {
		return "file:" + ext
	}
	if p := w.reg.ForPath(path); p != nil {
		return p.ID()
	}
	return ""
}

// scanFile indexes one file: its kind, size, time and the names its pack says it declares.
func (w *Workspace) scanFile(path, kind string, info fs.FileInfo) *entry {
	e := &entry{Kind: kind, Size: info.Size(), Mod: info.ModTime().UnixNano()}
	ns, ok := w.reg.ByID(kind).(codegen.NameScanner)
	if !ok || info.Size() > MaxFileSize {
		return e
	}
	text, err := os.ReadFile(path)
	if err != nil || source.CheckText(text) != "" {
		return e
	}
	e.Names = ns.DeclaredNames(text)
	return e
}

// fresh returns path's entry, rescanned when the file changed since it was indexed (nil
// when it is gone). The published index is never written to: rescans are kept aside.
func (w *Workspace) fresh(path string, e *entry) *entry {
	info, err := os.Stat(path)
	if err != nil {
		return nil
	}
	same := func(e *entry) bool {
		return e != nil && info.Size() == e.Size && info.ModTime().UnixNano() == e.Mod
	}
	if same(e) {
		return e
	}
	w.mu.Lock()
	r := w.rescanned[path]
	w.mu.Unlock()
	if same(r) {
		return r
	}
	ne := w.scanFile(path, e.Kind, info)
	w.mu.Lock()
	w.rescanned[path] = ne
	w.mu.Unlock()
	return ne
}

// Declaring implements codegen.Declarer: the files of lang declaring name (lower case),
// open documents as the editor has them, others parsed from disk. It trusts the index: a
// caller about to call a name undeclared asks Refresh first.
func (w *Workspace) Declaring(ctx context.Context, lang, name string) []codegen.WorkspaceFile {
	p := w.reg.ByID(lang)
	ns, ok := p.(codegen.NameScanner)
	if p == nil || !ok {
		return nil
	}
	var out []codegen.WorkspaceFile
	open := map[string]bool{}
	for _, o := range w.openFiles(p) {
		open[o.Path] = true
		if containsName(w.openNames(ns, o), name) {
			out = append(out, o)
		}
	}
	ix := w.index(ctx)
	for _, path := range ix.byName[lang+"\x00"+name] {
		if open[path] || ctx.Err() != nil {
			continue
		}
		e := w.fresh(path, ix.entries[path])
		if e == nil || !containsName(e.Names, name) {
			continue
		}
		if f := w.load(ctx, p, path); f != nil {
			out = append(out, codegen.WorkspaceFile{Path: path, File: f})
		}
	}
	return out
}

// Refresh implements codegen.Declarer: it checks the index against the disk unless that was
// done already in this process, and reports whether it did.
func (w *Workspace) Refresh(ctx context.Context) bool {
	if w.index(ctx).verified {
		return false
	}
	w.verify(ctx)
	return true
}

// Names returns every name the files of lang declare (for completion), unverified.
func (w *Workspace) Names(ctx context.Context, lang string) []string {
	ix := w.index(ctx)
	prefix := lang + "\x00"
	var out []string
	for k := range ix.byName {
		if strings.HasPrefix(k, prefix) {
			out = append(out, k[len(prefix):])
		}
	}
	sort.Strings(out)
	return out
}

func containsName(names []string, name string) bool {
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}

// openNames scans an open document's names, cached per snapshot.
func (w *Workspace) openNames(ns codegen.NameScanner, f codegen.WorkspaceFile) []string {
	w.mu.Lock()
	names, ok := w.openScan[f.File]
	w.mu.Unlock()
	if ok {
		return names
	}
	names = ns.DeclaredNames(f.File.Text)
	w.mu.Lock()
	if len(w.openScan) > 256 {
		w.openScan = map[any][]string{}
	}
	w.openScan[f.File] = names
	w.mu.Unlock()
	return names
}
