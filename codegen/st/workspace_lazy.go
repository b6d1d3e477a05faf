package st

import (
	"context"
	"path/filepath"
	"strings"
	"sync"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// The lazy workspace index. When the workspace can say which files declare a name
// (codegen.Declarer), the index starts empty and takes in a file's declarations the first
// time one of its names is looked up: before a check takes the file's lock, every name
// its text uses is fetched, then the types those declarations name (bases, member and
// variable types), so a check in a project of thousands of files parses a handful.
// Lookups during a check (file lock held) only take in files whose lock is free, so two
// checks never wait on each other's files; before a name is reported undeclared the
// workspace is refreshed from disk and the name looked up again.

type lazyIndex struct {
	mu      sync.Mutex
	pack    *Pack
	ws      codegen.Declarer
	exclude string
	asked   map[string]bool // names fetched (misses included)
	loaded  map[string]bool // paths taken in
	project *string         // the folder of the .plcproj exclude belongs to ("" for none), once known
}

func (p *Pack) newLazyIndex(ws codegen.Declarer, exclude string) *wsIndex {
	idx := &wsIndex{lazy: &lazyIndex{pack: p, ws: ws, exclude: exclude, asked: map[string]bool{}, loaded: map[string]bool{}}}
	idx.init()
	idx.where = map[string]string{}
	idx.project = ProjectOf(exclude)
	return idx
}

// need takes in the files declaring name k (lower case). With block false it skips files
// another goroutine holds (and asks again next time).
func (ix *wsIndex) need(ctx context.Context, k string, block bool) []*unitData {
	lz := ix.lazy
	if lz == nil || !mayBeDeclared(k) {
		return nil
	}
	lz.mu.Lock()
	done := lz.asked[k]
	lz.mu.Unlock()
	if done {
		return nil
	}
	type got struct {
		path string
		m    *Model
	}
	var models []got
	complete := true
	for _, wf := range lz.declaring(ctx, k) {
		if wf.File == nil || !wf.File.HasTree() || wf.Path == lz.exclude { // a large file stays text
			continue
		}
		lz.mu.Lock()
		seen := lz.loaded[wf.Path]
		lz.mu.Unlock()
		if seen {
			continue
		}
		m := lz.pack.cache.model(wf.File)
		if m == nil {
			if block {
				wf.File.Lock()
			} else if !wf.File.TryLock() {
				complete = false
				continue
			}
			m = lz.pack.cache.modelOf(wf.File)
			wf.File.Unlock()
		}
		models = append(models, got{wf.Path, m})
	}
	var added []*unitData
	lz.mu.Lock()
	defer lz.mu.Unlock()
	for _, g := range models {
		if lz.loaded[g.path] {
			continue
		}
		lz.loaded[g.path] = true
		for _, u := range g.m.Units {
			ix.add(u.data, g.path)
			added = append(added, u.data)
		}
		ix.files = append(ix.files, g.m.File)
	}
	if complete {
		lz.asked[k] = true
	}
	return added
}

// declaring returns the files declaring k that the index takes in: its own project's first,
// the nearest B&R declarations. Where the workspace names them before parsing, only those
// kept and not taken in before are parsed: a TwinCAT library's folder of 350 objects and
// 17 MB, many declaring one enumeration value, parsed 899 files (144 MB) for the check of
// one file when every declaring file was parsed to be filtered, and the workspace's files
// kept parsed (8 MB of them) could not hold them.
func (lz *lazyIndex) declaring(ctx context.Context, k string) []codegen.WorkspaceFile {
	ld, ok := lz.ws.(codegen.LazyDeclarer)
	if !ok {
		return bnrNearest(lz.exclude, lz.ownProjectFirst(lz.ws.Declaring(ctx, "st", k)))
	}
	lazy := ld.DeclaringLazily(ctx, "st", k)
	named := make([]codegen.WorkspaceFile, len(lazy))
	load := make(map[string]func() *syntax.File, len(lazy))
	for i, lf := range lazy {
		named[i] = codegen.WorkspaceFile{Path: lf.Path}
		load[lf.Path] = lf.Load
	}
	var out []codegen.WorkspaceFile
	for _, wf := range bnrNearest(lz.exclude, lz.ownProjectFirst(named)) {
		lz.mu.Lock()
		seen := lz.loaded[wf.Path]
		lz.mu.Unlock()
		if seen || wf.Path == lz.exclude {
			continue
		}
		if f := load[wf.Path](); f != nil {
			out = append(out, codegen.WorkspaceFile{Path: wf.Path, File: f})
		}
	}
	return out
}

// ownProjectFirst keeps, of the files declaring a name, those of the checked file's own
// TwinCAT project when it has any: a folder of several PLC projects (a course's examples,
// a solution with variants) declares FB_Base once in each, and each .plcproj is a
// namespace of its own. Another project's declaration still counts where the own one
// declares nothing: it may be the library the project references, built in the same tree.
func (lz *lazyIndex) ownProjectFirst(files []codegen.WorkspaceFile) []codegen.WorkspaceFile {
	if len(files) < 2 {
		return files
	}
	dir := lz.projectDir()
	if dir == "" {
		return files
	}
	var own []codegen.WorkspaceFile
	for _, wf := range files {
		if projectOf(dir, absPath(wf.Path)) {
			own = append(own, wf)
		}
	}
	if len(own) == 0 {
		return files
	}
	return own
}

// projectDir is the folder of the nearest .plcproj above the checked file, "" for none.
func (lz *lazyIndex) projectDir() string {
	lz.mu.Lock()
	defer lz.mu.Unlock()
	if lz.project != nil {
		return *lz.project
	}
	best := ""
	if pf, ok := lz.ws.(codegen.ProjectFiler); ok && lz.exclude != "" {
		self := absPath(lz.exclude)
		for _, p := range pf.ProjectFiles(".plcproj") {
			if d := filepath.Dir(absPath(p)); projectOf(d, self) && len(d) > len(best) {
				best = d
			}
		}
	}
	lz.project = &best
	return best
}

// absPath is path made absolute (as given, when it cannot be): the command line names
// files relative to the working folder, the index from its roots.
func absPath(path string) string {
	if a, err := filepath.Abs(path); err == nil {
		return a
	}
	return path
}

// projectOf reports whether path lies in folder dir.
func projectOf(dir, path string) bool {
	return strings.HasPrefix(path, dir+string(filepath.Separator))
}

// prefetch takes in the declarations of every name text uses, then of the types they name,
// a few levels deep; names the file itself declares (own) are its model's. It must be
// called without any file lock held.
func (ix *wsIndex) prefetch(ctx context.Context, text []byte, own []byte) {
	if ix == nil || ix.lazy == nil {
		return
	}
	mine := map[string]bool{}
	for _, n := range (*Pack)(nil).DeclaredNames(own) {
		mine[n] = true
	}
	var queue []string
	for _, n := range usedNames(text) {
		if !mine[n] {
			queue = append(queue, n)
		}
	}
	for depth := 0; depth < 4 && len(queue) > 0 && ctx.Err() == nil; depth++ {
		var next []string
		for _, k := range queue {
			for _, u := range ix.need(ctx, k, true) {
				next = append(next, typeNames(u)...)
			}
		}
		queue = next
	}
}

// refresh brings the workspace up to date with the disk once; it reports whether it did
// (then every name is fetched again).
func (ix *wsIndex) refresh(ctx context.Context) bool {
	if ix == nil || ix.lazy == nil || !ix.lazy.ws.Refresh(ctx) {
		return false
	}
	ix.lazy.mu.Lock()
	ix.lazy.asked = map[string]bool{}
	ix.lazy.mu.Unlock()
	return true
}

// usedNames returns every identifier of an ST text (lower case, once each), keywords and
// elementary types left out.
func usedNames(text []byte) []string {
	seen := map[string]bool{}
	var out []string
	sc := scanner{text: text, quoted: true} // "FB_Motor" names a block in SCL
	for {
		tok, _ := sc.next()
		if tok == "" {
			return out
		}
		if !isWord(tok) {
			continue
		}
		k := sc.lower(tok)
		if seen[k] || !mayBeDeclared(k) {
			continue
		}
		k = strings.Clone(k)
		seen[k] = true
		out = append(out, k)
	}
}

// mayBeDeclared reports whether k (lower case) can be a declared name: not a keyword, an
// elementary type or a number. The context asks for every word near the cursor, and
// asking the workspace which file declares IF costs as much as any other name.
func mayBeDeclared(k string) bool {
	return k != "" && !(k[0] >= '0' && k[0] <= '9') && !reservedWords[k] && !stKeywords[k]
}

// stKeywords are words of the language that never name a declaration.
var stKeywords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`if then else elsif end_if case end_case for to by do end_for while end_while repeat until
		end_repeat exit return continue and or xor not mod var var_input var_output var_in_out var_global var_temp var_stat
		var_external end_var constant retain persistent at program end_program function end_function function_block
		end_function_block method end_method property end_property action end_action interface end_interface namespace
		end_namespace this super public private protected internal abstract final get set end_get end_set`) {
		m[w] = true
	}
	return m
}()

// typeNames returns the type names a unit's declarations use: variable, result and member
// types, bases and interfaces (lower case, without a namespace).
func typeNames(u *unitData) []string {
	var out []string
	u.eachType(func(t *Type) {
		if t.Kind == TypeNamed && t.Name != "" {
			n := strings.ToLower(t.Name)
			if i := strings.LastIndexByte(n, '.'); i >= 0 {
				n = n[i+1:]
			}
			out = append(out, n)
		}
	})
	var bases func(p *POU)
	bases = func(p *POU) {
		for _, b := range append(append([]string{}, p.Extends...), p.Implements...) {
			out = append(out, strings.ToLower(strings.TrimSpace(b)))
		}
		for _, c := range p.Children {
			bases(c)
		}
	}
	for _, p := range u.pous {
		bases(p)
	}
	return out
}

// Accessors: every lookup of the workspace index goes through these, so the lazy index can
// take in the files a name needs first.

func (ix *wsIndex) pou(k string) (*POU, string) {
	if ix == nil {
		return nil, ""
	}
	ix.need(context.Background(), k, false)
	ix.lock()
	defer ix.unlock()
	if p := ix.pous[k]; p != nil {
		return p, ix.where["pou:"+k]
	}
	return nil, ""
}

func (ix *wsIndex) typ(k string) *TypeDecl {
	if ix == nil {
		return nil
	}
	ix.need(context.Background(), k, false)
	ix.lock()
	defer ix.unlock()
	return ix.types[k]
}

func (ix *wsIndex) global(k string) (*Var, string) {
	if ix == nil {
		return nil, ""
	}
	ix.need(context.Background(), k, false)
	ix.lock()
	defer ix.unlock()
	if v := ix.globals[k]; v != nil {
		return v, ix.where["var:"+k]
	}
	return nil, ""
}

// list returns the named global variable list k (lower case) of the workspace.
func (ix *wsIndex) list(k string) *globalList {
	if ix == nil {
		return nil
	}
	ix.need(context.Background(), k, false)
	ix.lock()
	defer ix.unlock()
	return ix.lists[k]
}

// globalRedeclared reports a global that two lists of the workspace declare.
func (ix *wsIndex) globalRedeclared(k string) bool {
	if ix == nil {
		return false
	}
	ix.lock()
	defer ix.unlock()
	return ix.redeclared["var:"+k]
}

func (ix *wsIndex) enums(k string) []*TypeDecl {
	if ix == nil {
		return nil
	}
	ix.need(context.Background(), k, false)
	ix.lock()
	defer ix.unlock()
	return append([]*TypeDecl(nil), ix.enumVals[k]...)
}

func (ix *wsIndex) space(k string) bool {
	if ix == nil {
		return false
	}
	ix.need(context.Background(), k, false)
	ix.lock()
	defer ix.unlock()
	return ix.spaces[k] || ix.libs != nil && ix.libs.spaces[k]
}

// anySpace reports whether fn holds for a namespace the workspace declares (lower case),
// of the files taken in so far; it stops at the first.
func (ix *wsIndex) anySpace(fn func(string) bool) bool {
	if ix == nil {
		return false
	}
	ix.lock()
	defer ix.unlock()
	for k := range ix.spaces {
		if fn(k) {
			return true
		}
	}
	return false
}

// anyName is symtab.anyName over the names taken in so far.
func (ix *wsIndex) anyName(fn func(string) bool) bool {
	if ix == nil {
		return false
	}
	ix.lock()
	defer ix.unlock()
	return ix.symtab.anyName(fn)
}

func (ix *wsIndex) lock() {
	if ix.lazy != nil {
		ix.lazy.mu.Lock()
	}
}

func (ix *wsIndex) unlock() {
	if ix.lazy != nil {
		ix.lazy.mu.Unlock()
	}
}
