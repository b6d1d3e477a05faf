package workspace

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/syntax"
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
// What a lookup cannot miss, a file added, deleted or renamed (a project file among them,
// which decides what belongs to a project), changes its folder's modification time: the
// index keeps every folder's, and one that differs on reading makes it verify at once.

// MaxIndexed bounds the files the name index covers.
const MaxIndexed = 200000

// entry is one file of the index.
type entry struct {
	Kind      string // pack id, or "file:.plcproj" for project files
	Size, Mod int64
	Names     []string
}

// nameIndex is either built in memory by a scan (entries and byName) or read from disk
// (disk), where it is answered from the file's sorted lines without building maps: a
// process that checks one file looks a handful of names up, and building maps of every
// name of ten thousand files would cost more than the check.
type nameIndex struct {
	entries  map[string]*entry
	byName   map[string][]string // kind + "\x00" + name → paths
	disk     *diskIndex          // set instead of entries and byName when read from disk
	verified bool                // every file checked against the disk in this process
	dirs     map[string]int64    // a scan's folders and their modification times
	moved    bool                // read from disk, and a folder changed since it was written

	// listed keeps paths' answers: an index is not changed once built (a copy shares them),
	// and a check asks for the project's filelists once per file (a third of a 3,000-file
	// RTL tree's time).
	listed *pathLists
}

// pathLists is nameIndex.paths' answers by kind.
type pathLists struct {
	mu sync.Mutex
	of map[string][]string
}

func newPathLists() *pathLists { return &pathLists{of: map[string][]string{}} }

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

// lookup returns the files declaring name in files of kind, sorted.
func (ix *nameIndex) lookup(kind, name string) []string {
	if ix.disk != nil {
		return ix.disk.lookup(kind, name)
	}
	return ix.byName[kind+"\x00"+name]
}

// entry returns the entry of path, or nil.
func (ix *nameIndex) entry(path string) *entry {
	if ix.disk != nil {
		return ix.disk.entry(path)
	}
	return ix.entries[path]
}

// all returns every entry by path.
func (ix *nameIndex) all() map[string]*entry {
	if ix.disk != nil {
		return ix.disk.all()
	}
	return ix.entries
}

// paths returns the files of a kind, sorted.
func (ix *nameIndex) paths(kind string) []string {
	if ix.listed == nil {
		return ix.list(kind)
	}
	ix.listed.mu.Lock()
	defer ix.listed.mu.Unlock()
	out, ok := ix.listed.of[kind]
	if !ok && ix.disk != nil && strings.HasPrefix(kind, "file:") {
		// A pack asks for its project files of several kinds (.plcproj, .yml, .yaml), and
		// listing one from the disk index reads every file's line: one pass lists them all.
		for k, paths := range ix.disk.projectPaths() {
			ix.listed.of[k] = paths
		}
		out, ok = ix.listed.of[kind]
	}
	if !ok {
		out = ix.list(kind)
		ix.listed.of[kind] = out
	}
	return out[:len(out):len(out)] // an append by the caller copies
}

// list returns the paths of the indexed files of kind, sorted.
func (ix *nameIndex) list(kind string) []string {
	if ix.disk != nil {
		return ix.disk.paths(kind)
	}
	var out []string
	for p, e := range ix.entries {
		if e.Kind == kind {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// names returns every name files of kind declare, sorted.
func (ix *nameIndex) names(kind string) []string {
	if ix.disk != nil {
		return ix.disk.names(kind)
	}
	prefix := kind + "\x00"
	var out []string
	for k := range ix.byName {
		if strings.HasPrefix(k, prefix) {
			out = append(out, k[len(prefix):])
		}
	}
	sort.Strings(out)
	return out
}

// cacheFile is where the index of a set of roots lives on disk: $GANTRY_INDEX_DIR, else
// the user cache folder ("" when there is none).
func cacheFile(roots []string) string {
	return cachePath(strings.Join(roots, "\n"), "")
}

// cachePath names the cache file of key (hashed) in the index folder, with a suffix that
// keeps kinds of file apart; "" when there is no cache folder.
func cachePath(key, suffix string) string {
	sum := sha256.Sum256([]byte(key))
	name := hex.EncodeToString(sum[:8]) + suffix
	if dir := os.Getenv("GANTRY_INDEX_DIR"); dir != "" {
		return filepath.Join(dir, name)
	}
	dir, err := os.UserCacheDir()
	if err != nil || dir == "" {
		return ""
	}
	return filepath.Join(dir, "gantry", "index", name)
}

// The file on disk: a header line, the roots, the number of folders, one line per folder
// (path TAB mtime), the number of files; then one line per file, sorted: path TAB kind TAB
// size TAB mtime TAB name,name,…; then one line per declared name, sorted: kind TAB name
// TAB the numbers of its files' lines (0-based, comma separated). Reading it is one read,
// a scan for line breaks and a stat per folder; a lookup is a binary search.
//
// The header names the format and the build that wrote it: the names a pack's scanner
// finds change between releases (a macro's body stopped declaring names), and an index
// an older build wrote would keep answering with them.
var indexHeader = "gantry-index 10" + buildStamp()

// buildStamp tells the running build: its module version and VCS revision when it knows
// them, else its executable's size and time (a build with -buildvcs=false).
func buildStamp() string {
	stamp := ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v := bi.Main.Version; v != "" && v != "(devel)" {
			stamp += " " + v
		}
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" || s.Key == "vcs.modified" {
				stamp += " " + s.Value
			}
		}
	}
	if stamp != "" && !strings.HasSuffix(stamp, " true") {
		return stamp
	}
	if exe, err := os.Executable(); err == nil {
		if info, err := os.Stat(exe); err == nil {
			stamp += fmt.Sprintf(" %d %d", info.Size(), info.ModTime().UnixNano())
		}
	}
	return stamp
}

// diskIndex answers from the lines of an index file.
type diskIndex struct {
	files    lineTable // sorted file lines
	declared lineTable // sorted name lines
}

// lineTable is a run of lines of an index file's text, known by their offsets: an index of
// 10,000 files has tens of thousands of lines, and a string for each (with a copy of the
// text to cut them from) was more fresh memory than the rest of a check, at 14 µs a page
// on the machine the benchmarks run on.
type lineTable struct {
	text   string
	starts []int32 // each line's first byte, then the end of the last line's break
}

// splitLines returns the lines of text, the last one with or without its line break.
func splitLines(text string) lineTable {
	t := lineTable{text: text, starts: make([]int32, 0, strings.Count(text, "\n")+2)}
	for off := 0; off < len(text); {
		t.starts = append(t.starts, int32(off))
		i := strings.IndexByte(text[off:], '\n')
		if i < 0 {
			break
		}
		off += i + 1
	}
	t.starts = append(t.starts, int32(len(text)))
	return t
}

func (t lineTable) len() int { return len(t.starts) - 1 }

// at returns line i without its line break.
func (t lineTable) at(i int) string {
	return strings.TrimSuffix(t.text[t.starts[i]:t.starts[i+1]], "\n")
}

// slice returns lines [i, j).
func (t lineTable) slice(i, j int) lineTable {
	return lineTable{text: t.text, starts: t.starts[i : j+1]}
}

func loadIndex(roots []string) *nameIndex {
	path := cacheFile(roots)
	if path == "" {
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil || len(data) > math.MaxInt32 {
		return nil
	}
	// The bytes are never written again: the lines are cut from them, not from a copy.
	lines := splitLines(source.View(data))
	if lines.len() < 4 || lines.at(0) != indexHeader || lines.at(1) != strings.Join(roots, "\t") {
		return nil
	}
	nd, err := strconv.Atoi(lines.at(2))
	if err != nil || nd < 0 || 4+nd > lines.len() {
		return nil
	}
	moved := false
	for i := 3; i < 3+nd && !moved; i++ {
		dir, mod, _ := strings.Cut(lines.at(i), "\t")
		info, err := os.Stat(dir)
		moved = err != nil || strconv.FormatInt(info.ModTime().UnixNano(), 10) != mod
	}
	first := 4 + nd
	n, err := strconv.Atoi(lines.at(3 + nd))
	if err != nil || n < 0 || first+n > lines.len() {
		return nil
	}
	return &nameIndex{disk: &diskIndex{files: lines.slice(first, first+n), declared: lines.slice(first+n, lines.len())}, moved: moved, listed: newPathLists()}
}

// search returns the index of the first line of t (sorted) starting with key, or -1.
func search(t lineTable, key string) int {
	i := sort.Search(t.len(), func(i int) bool { return t.at(i) >= key })
	if i < t.len() && strings.HasPrefix(t.at(i), key) {
		return i
	}
	return -1
}

func (d *diskIndex) lookup(kind, name string) []string {
	i := search(d.declared, kind+"\t"+name+"\t")
	if i < 0 {
		return nil
	}
	_, _, nums := cut3(d.declared.at(i))
	var out []string
	for _, f := range strings.Split(nums, ",") {
		k, err := strconv.Atoi(f)
		if err != nil || k < 0 || k >= d.files.len() {
			continue
		}
		path, _, _ := strings.Cut(d.files.at(k), "\t")
		out = append(out, path)
	}
	return out
}

func (d *diskIndex) entry(path string) *entry {
	i := search(d.files, path+"\t")
	if i < 0 {
		return nil
	}
	_, e := parseFileLine(d.files.at(i), false)
	return e
}

func (d *diskIndex) all() map[string]*entry {
	out := make(map[string]*entry, d.files.len())
	for i := range d.files.len() {
		if p, e := parseFileLine(d.files.at(i), true); e != nil {
			out[p] = e
		}
	}
	return out
}

func (d *diskIndex) paths(kind string) []string {
	var out []string
	for i := range d.files.len() {
		path, rest, _ := strings.Cut(d.files.at(i), "\t")
		if k, _, _ := strings.Cut(rest, "\t"); k == kind {
			out = append(out, path)
		}
	}
	return out
}

// projectPaths lists the indexed project files of every kind (projectFileExts), each kind
// present even when no file has it.
func (d *diskIndex) projectPaths() map[string][]string {
	out := make(map[string][]string, len(projectFileExts))
	for ext := range projectFileExts {
		out["file:"+ext] = nil
	}
	for i := range d.files.len() {
		path, rest, _ := strings.Cut(d.files.at(i), "\t")
		if !strings.HasPrefix(rest, "file:") {
			continue
		}
		if k, _, _ := strings.Cut(rest, "\t"); projectFileExts[strings.TrimPrefix(k, "file:")] {
			out[k] = append(out[k], path)
		}
	}
	return out
}

func (d *diskIndex) names(kind string) []string {
	prefix := kind + "\t"
	var out []string
	for i := sort.Search(d.declared.len(), func(i int) bool { return d.declared.at(i) >= prefix }); i < d.declared.len() && strings.HasPrefix(d.declared.at(i), prefix); i++ {
		_, name, _ := cut3(d.declared.at(i))
		out = append(out, name)
	}
	return out
}

// cut3 splits "a TAB b TAB c".
func cut3(line string) (string, string, string) {
	a, rest, _ := strings.Cut(line, "\t")
	b, c, _ := strings.Cut(rest, "\t")
	return a, b, c
}

// parseFileLine reads "path TAB kind TAB size TAB mtime TAB names"; nil when malformed.
// Without withNames the names are left unsplit: a lookup that found the file by a name
// needs its size and time, and splitting the thousands of names of a large file for each
// name looked up was a quarter of what a check of a 256 KB file allocated.
func parseFileLine(line string, withNames bool) (string, *entry) {
	path, rest, _ := strings.Cut(line, "\t")
	kind, rest, _ := strings.Cut(rest, "\t")
	size, rest, _ := strings.Cut(rest, "\t")
	mod, names, ok := strings.Cut(rest, "\t")
	sz, err1 := strconv.ParseInt(size, 10, 64)
	md, err2 := strconv.ParseInt(mod, 10, 64)
	if !ok || err1 != nil || err2 != nil {
		return "", nil
	}
	e := &entry{Kind: kind, Size: sz, Mod: md}
	if withNames && names != "" {
		e.Names = strings.Split(names, ",")
	}
	return path, e
}

// storable reports whether a string can stand in a line of the index file (files with
// control characters in their path are rescanned every time instead: never mis-read).
func storable(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 {
			return false
		}
	}
	return s != ""
}

func saveIndex(roots []string, ix *nameIndex) {
	path := cacheFile(roots)
	if path == "" {
		return
	}
	entries := ix.all()
	var paths []string
	for p, e := range entries {
		if storable(p) && storable(e.Kind) && !strings.Contains(e.Kind, ",") {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	nums := map[string][]int{} // kind TAB name → line numbers
	var dirs []string
	for d := range ix.dirs {
		if !storable(d) {
			return // a folder the file cannot name could change unseen: keep no index
		}
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	var b strings.Builder
	b.WriteString(indexHeader + "\n" + strings.Join(roots, "\t") + "\n" + strconv.Itoa(len(dirs)) + "\n")
	for _, d := range dirs {
		fmt.Fprintf(&b, "%s\t%d\n", d, ix.dirs[d])
	}
	b.WriteString(strconv.Itoa(len(paths)) + "\n")
	for i, p := range paths {
		e := entries[p]
		var names []string
		for _, n := range e.Names {
			if storable(n) && !strings.Contains(n, ",") {
				names = append(names, n)
				k := e.Kind + "\t" + n
				nums[k] = append(nums[k], i)
			}
		}
		fmt.Fprintf(&b, "%s\t%s\t%d\t%d\t%s\n", p, e.Kind, e.Size, e.Mod, strings.Join(names, ","))
	}
	keys := make([]string, 0, len(nums))
	for k := range nums {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		b.WriteString(k)
		for j, n := range nums[k] {
			if j == 0 {
				b.WriteByte('\t')
			} else {
				b.WriteByte(',')
			}
			b.WriteString(strconv.Itoa(n))
		}
		b.WriteByte('\n')
	}
	writeCache(path, b.String())
}

// writeCache writes a cache file whole or not at all: another gantry process may read it
// at any moment, or write it at the same time.
func writeCache(path, text string) {
	if os.MkdirAll(filepath.Dir(path), 0o700) != nil {
		return
	}
	tmp := fmt.Sprintf("%s.%d.tmp", path, os.Getpid())
	if os.WriteFile(tmp, []byte(text), 0o600) == nil {
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
		ix = &nameIndex{entries: map[string]*entry{}, verified: true, listed: newPathLists()}
		ix.rebuild()
	} else if ix = loadIndex(roots); ix == nil || ix.moved {
		var prev map[string]*entry
		if ix != nil {
			prev = ix.all() // files, not folders, changed: the unchanged keep their entries
		}
		var complete bool
		ix, _, complete = w.scan(ctx, roots, prev)
		ix.rebuild()
		if !complete {
			return ix // cancelled: a partial index serves this caller only, never kept
		}
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
	fresh, changed, complete := w.scan(ctx, roots, cur.all())
	switch {
	case !complete:
		return cur // cancelled: keep what we had, verify another time
	case !changed && cur.disk != nil:
		cp := *cur // the disk's index is the disk's state: keep its cheap form
		cp.verified = true
		fresh = &cp
	default:
		fresh.rebuild()
		if changed {
			saveIndex(roots, fresh)
		}
	}
	w.mu.Lock()
	w.ix = fresh
	w.mu.Unlock()
	return fresh
}

// scan walks the roots and indexes every file, reusing prev's entries of unchanged files;
// it reports whether anything differs from prev and whether it completed (a cancelled
// context stops it: its index is then partial, and neither kept nor saved). The caller
// builds the name map (rebuild).
func (w *Workspace) scan(ctx context.Context, roots []string, prev map[string]*entry) (ix *nameIndex, changed, complete bool) {
	ix = &nameIndex{entries: map[string]*entry{}, verified: true, dirs: map[string]int64{}, listed: newPathLists()}
	for _, root := range roots {
		_ = source.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if ctx.Err() != nil {
				return filepath.SkipAll
			}
			if err != nil {
				return nil
			}
			if d.IsDir() {
				if path != root && walkSkips(root, d.Name()) {
					return filepath.SkipDir
				}
				if info, err := d.Info(); err == nil {
					ix.dirs[path] = info.ModTime().UnixNano()
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
			changed = true
			return nil
		})
	}
	if ctx.Err() != nil {
		ix.verified = false
		return ix, true, false
	}
	return ix, changed || len(ix.entries) != len(prev), true
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
	raw, err := os.ReadFile(path)
	if err != nil {
		return e
	}
	text := w.decodeSource(path, raw)
	if text == nil {
		return e
	}
	e.Names = ns.DeclaredNames(text)
	return e
}

// fresh returns path's entry, rescanned when the file changed since it was indexed (nil
// when it is gone). The published index is never written to: rescans are kept aside.
func (w *Workspace) fresh(path string, e *entry) *entry {
	info, err := w.stat(path)
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
	files, _ := w.DeclaringNear(ctx, lang, name, "")
	return files
}

// DeclaringNear implements codegen.NearDeclarer: Declaring, of whose files only the
// nearest to near are parsed when many declare name (codegen.NearestPaths).
func (w *Workspace) DeclaringNear(ctx context.Context, lang, name, near string) (files []codegen.WorkspaceFile, more bool) {
	lazy, more := w.declaringNear(ctx, lang, name, near)
	for _, lf := range lazy {
		if f := lf.Load(); f != nil {
			files = append(files, codegen.WorkspaceFile{Path: lf.Path, File: f})
		}
	}
	return files, more
}

// DeclaringLazily implements codegen.LazyDeclarer: Declaring's files, none parsed yet.
func (w *Workspace) DeclaringLazily(ctx context.Context, lang, name string) []codegen.LazyFile {
	files, _ := w.declaringNear(ctx, lang, name, "")
	return files
}

// declaringNear is DeclaringNear with the files left to parse.
func (w *Workspace) declaringNear(ctx context.Context, lang, name, near string) (files []codegen.LazyFile, more bool) {
	p := w.reg.ByID(lang)
	ns, ok := p.(codegen.NameScanner)
	if p == nil || !ok {
		return nil, false
	}
	// The candidates first, by path: open documents as the editor has them, then the
	// indexed files (checked against the disk); none parsed yet.
	type candidate struct {
		path string
		open *codegen.WorkspaceFile
	}
	var cands []candidate
	open := map[string]bool{}
	for _, o := range w.openFiles(p) {
		open[o.Path] = true
		if w.openDeclares(ns, o, name) {
			cands = append(cands, candidate{path: o.Path, open: &o})
		}
	}
	ix := w.index(ctx)
	for _, path := range ix.lookup(lang, name) {
		if open[path] || ctx.Err() != nil {
			continue
		}
		// The index found path by name: a file unchanged since still declares it, a
		// rescanned one is asked again.
		e := ix.entry(path)
		if e == nil {
			continue
		}
		if fe := w.fresh(path, e); fe != nil && (fe == e || containsName(fe.Names, name)) {
			cands = append(cands, candidate{path: path})
		}
	}
	if keep := codegen.NearestPaths(len(cands), func(i int) string { return cands[i].path }, near); keep != nil {
		more = true
		near := make([]candidate, 0, len(keep))
		for _, i := range keep {
			near = append(near, cands[i])
		}
		cands = near
	}
	oneFolder := near != "" && len(cands) > codegen.ManyEquallyNear
	for _, c := range cands {
		oneFolder = oneFolder && filepath.Dir(c.path) == filepath.Dir(cands[0].path)
	}
	if oneFolder {
		// As near as each other, all in one folder: a flat folder of variants (a
		// simulator's test suite, 2,714 files most of which declare a `module t` and a
		// `sub`), whether the asking file lies in it or beside it (the suite's uvm/ folder).
		// Which one a file uses is not known; the first by path stand for them, and the
		// caller hears that there are more.
		sort.Slice(cands, func(i, j int) bool { return cands[i].path < cands[j].path })
		cands, more = cands[:codegen.ManyEquallyNear], true
	}
	for _, c := range cands {
		if c.open != nil {
			f := c.open.File
			files = append(files, codegen.LazyFile{Path: c.path, Load: func() *syntax.File { return f }})
		} else {
			path := c.path
			files = append(files, codegen.LazyFile{Path: path, Load: func() *syntax.File { return w.load(ctx, p, path) }})
		}
	}
	return files, more
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
	return w.index(ctx).names(lang)
}

func containsName(names []string, name string) bool {
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}

// openDeclares reports whether an open document declares name. Documents of packs with
// units keep their names with the snapshot, updated unit by unit as the user types.
func (w *Workspace) openDeclares(ns codegen.NameScanner, f codegen.WorkspaceFile, name string) bool {
	if us, ok := ns.(codegen.UnitScanner); ok && f.File.Regions == nil {
		return codegen.UnitsOf(us, f.File).Declares(name)
	}
	return containsName(w.openNames(ns, f), name)
}

// openNames scans an open document's names, cached per snapshot.
func (w *Workspace) openNames(ns codegen.NameScanner, f codegen.WorkspaceFile) []string {
	w.mu.Lock()
	names, ok := w.openScan[f.File]
	w.mu.Unlock()
	if ok {
		return names
	}
	names = ns.DeclaredNames(f.File.Bytes())
	w.mu.Lock()
	if len(w.openScan) > 256 {
		w.openScan = map[any][]string{}
	}
	w.openScan[f.File] = names
	w.mu.Unlock()
	return names
}
