package rtl

import (
	"context"
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// Index is the workspace's design units by name: modules, interfaces and packages with
// their ports and parameters, and the file-level declarations of every file. The current
// file's own units take precedence over the workspace's copy of it.
type Index struct {
	Units map[string][]*UnitRef // module, interface and package names
	Items map[string][]*ItemRef // file-level ($unit) declarations by name
	Paths map[string]bool       // base names of every file (for `include)
	// Included holds the base names other files `include: such a file is a fragment whose
	// names the including file declares.
	Included map[string]bool
	// Partial holds the units the lazy index read only the nearest definitions of, though
	// more files declare the name: a rule finding a port none of them has cannot tell
	// whether another copy (the one a file list picks) has it.
	Partial map[string]bool
	// Variants holds the names many files of one folder, all equally near the checked
	// file, define (a test suite's `module sub` in each test), of which the index read the
	// first few.
	Variants map[string]bool

	own     map[string][]*UnitRef
	ownItem map[string][]*ItemRef
	// at is the path of the file checked: of two units of one name (a core's `ifu` and an
	// example's), the one in the nearest folder is the one it uses.
	at string
}

// Lookup returns the definitions of a module, interface or package.
func (ix *Index) Lookup(name string) []*UnitRef {
	if ix == nil {
		return nil
	}
	if d := ix.own[name]; len(d) > 0 {
		return d
	}
	if ix.ownChecker(name) {
		return nil
	}
	return nearestFirst(ix.Units[name], ix.at)
}

// ownChecker reports whether the checked file declares a checker of that name at file
// level: its instances are the checker's, not those of a module of that name in
// another file (an LRM example collection with a `module my_checker` in one file and a
// `checker my_checker(property p, sequence s)` in another).
func (ix *Index) ownChecker(name string) bool {
	for _, it := range ix.ownItem[name] {
		if it.Kind == KindChecker {
			return true
		}
	}
	return false
}

// nearestFirst orders the definitions of one name by how many folders their path shares
// with the path at, the nearest first (a copy when the order changes; ties keep theirs).
func nearestFirst(defs []*UnitRef, at string) []*UnitRef {
	if len(defs) < 2 || at == "" {
		return defs
	}
	near := func(d *UnitRef) int { return codegen.SharedFolders(d.Path, at) }
	best := near(defs[0])
	sorted := true
	for _, d := range defs[1:] {
		if near(d) > best {
			sorted = false
			break
		}
	}
	if sorted {
		return defs
	}
	out := slices.Clone(defs)
	slices.SortStableFunc(out, func(a, b *UnitRef) int { return near(b) - near(a) })
	return out
}

// ItemRef is a file-level declaration and the unit holding it.
type ItemRef struct {
	*Decl
	Unit *UnitRef
}

// Item returns the file-level declarations of name.
func (ix *Index) Item(name string) []*ItemRef {
	if ix == nil {
		return nil
	}
	if d := ix.ownItem[name]; len(d) > 0 {
		return d
	}
	return ix.Items[name]
}

// inOneFolder reports whether every file lies in one folder.
func inOneFolder(files []codegen.WorkspaceFile) bool {
	for _, f := range files {
		if filepath.Dir(f.Path) != filepath.Dir(files[0].Path) {
			return false
		}
	}
	return true
}

// variants reports whether name is one of many definitions in one folder,
// of which the index read a few: no definition can be judged the one instantiated.
func (ix *Index) variants(name string) bool {
	return ix != nil && len(ix.own[name]) == 0 && ix.Variants[name]
}

// partial reports whether the index read only the nearest of several definitions of name.
// (A unit the checked file defines itself is the one it uses.)
func (ix *Index) partial(name string) bool {
	return ix != nil && len(ix.own[name]) == 0 && ix.Partial[name]
}

// nearestTied returns the definitions of name that lie as near the checked file as the
// nearest one (the file's own when it defines name).
func (ix *Index) nearestTied(name string) []*UnitRef {
	defs := ix.Lookup(name)
	if len(defs) < 2 || ix.at == "" || len(ix.own[name]) > 0 {
		return defs
	}
	best := codegen.SharedFolders(defs[0].Path, ix.at)
	n := 1
	for n < len(defs) && codegen.SharedFolders(defs[n].Path, ix.at) == best {
		n++
	}
	return defs[:n]
}

// Module returns the first definition of name, or nil.
func (ix *Index) Module(name string) *UnitRef {
	defs := ix.Lookup(name)
	if len(defs) == 0 {
		return nil
	}
	return defs[0]
}

// All returns every unit of the index, the current file's first.
func (ix *Index) All() []*UnitRef {
	var out []*UnitRef
	for _, l := range ix.own {
		out = append(out, l...)
	}
	for name, l := range ix.Units {
		if len(ix.own[name]) == 0 {
			out = append(out, l...)
		}
	}
	return out
}

var includeRE = lazyregexp.New("`include\\s+\"([^\"]+)\"")

type indexCache struct {
	mu  sync.Mutex
	key []indexKey
	ix  *Index
}

type indexKey struct {
	path string
	file *syntax.File
}

// index builds the index of the workspace (cached while its files stay the same) plus the
// current file.
func (p *Pack) index(ctx context.Context, ws codegen.Workspace, path string, f *syntax.File, fm *FileModel) *Index {
	var files []codegen.WorkspaceFile
	if ws != nil {
		files = ws.Files(ctx, "rtl")
	}
	key := make([]indexKey, 0, len(files))
	for _, wf := range files {
		if wf.File == nil || !wf.File.HasTree() || wf.File == f || (path != "" && wf.Path == path) { // a large file stays text
			continue
		}
		key = append(key, indexKey{wf.Path, wf.File})
	}
	p.ix.mu.Lock()
	base := p.ix.ix
	if base == nil || !sameKey(p.ix.key, key) {
		base = nil
	}
	p.ix.mu.Unlock()
	if base == nil {
		base = &Index{Units: map[string][]*UnitRef{}, Items: map[string][]*ItemRef{}, Paths: map[string]bool{}, Included: map[string]bool{}}
		for _, k := range key {
			if ctx.Err() != nil {
				break
			}
			addToIndex(base.Units, base.Items, p.cache.fileModel(k.file), k.path, k.file)
			base.Paths[filepath.Base(k.path)] = true
			for _, m := range includeRE.FindAllSubmatch(k.file.Bytes(), -1) {
				base.Included[filepath.Base(string(m[1]))] = true
			}
		}
		p.ix.mu.Lock()
		p.ix.key, p.ix.ix = key, base
		p.ix.mu.Unlock()
	}
	ix := *base
	ix.at = path
	ix.own, ix.ownItem = map[string][]*UnitRef{}, map[string][]*ItemRef{}
	addToIndex(ix.own, ix.ownItem, fm, path, f)
	return &ix
}

func addToIndex(units map[string][]*UnitRef, items map[string][]*ItemRef, m *FileModel, path string, f *syntax.File) {
	for _, u := range m.Units {
		if u.Kind == UnitItems {
			ref := &UnitRef{Unit: u.Unit, Base: u.Base, Path: path, File: f}
			for name, d := range u.Signals {
				if d.Class != nil {
					continue // a member of a top-level class is not a file-level name
				}
				items[name] = append(items[name], &ItemRef{Decl: d, Unit: ref})
			}
			continue
		}
		if u.Name != "" {
			units[u.Name] = append(units[u.Name], &UnitRef{Unit: u.Unit, Base: u.Base, Path: path, File: f})
		}
	}
}

func sameKey(a, b []indexKey) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// checkIndex is the index a check needs: the lazy one when the workspace finds files by
// name, else the whole workspace's. Navigation and completion list what the project has
// (references, module names by prefix) and take the whole index.
func (p *Pack) checkIndex(ctx context.Context, ws codegen.Workspace, path string, f *syntax.File, fm *FileModel, search includeSearch) *Index {
	if d, ok := ws.(codegen.Declarer); ok {
		return p.lazyIndex(ctx, d, path, f, fm, search)
	}
	return p.index(ctx, ws, path, f, fm)
}

// lazyIndexDepth is how many steps of "a unit this file uses uses another" the lazy index
// follows: an instance's module, then the package its ports' parameters come from. A third
// step doubled the time of a large document checked unit by unit (each step parses the
// neighbouring units it names) for names no rule looks at.
const lazyIndexDepth = 2

// lazyIndex is the index of a workspace that finds files by the names they declare
// (codegen.Declarer): only the files declaring a word this file uses are taken in, then
// those their words need, lazyIndexDepth steps deep, so checking one file of a large
// project parses a handful of files, not the project. Whether another file `includes this
// one is asked the same way (includedName). The packages the files it includes import
// at their top level are taken in too: they are imported in this file.
func (p *Pack) lazyIndex(ctx context.Context, d codegen.Declarer, path string, f *syntax.File, fm *FileModel, search includeSearch) *Index {
	ix := &Index{Units: map[string][]*UnitRef{}, Items: map[string][]*ItemRef{}, Paths: map[string]bool{}, Included: map[string]bool{}, Partial: map[string]bool{}, Variants: map[string]bool{}, at: path}
	s, e := f.Span()
	queue := foreignWords(f.Bytes()[s:e], fm)
	// a unit of a large document, parsed alone, or the gate's cut of a unit: the packages
	// the file-level imports above it name are its own imports
	doc := f.Document()
	ds, _ := doc.Span()
	for _, im := range importsAbove(doc, ds) {
		queue = append(queue, im.Package)
	}
	queue = append(queue, includedImportNames(f.Bytes()[s:e], search)...)
	asked := map[string]bool{}
	loaded := map[string]bool{}
	structural := map[string]bool{}
	structuralNames(fm, structural)
	for depth := 0; depth < lazyIndexDepth && len(queue) > 0 && ctx.Err() == nil; depth++ {
		var next []string
		for _, name := range queue {
			if asked[name] {
				continue
			}
			asked[name] = true
			// follow: the files' own names are needed too (a module's port types from
			// the package its file imports)
			take := func(files []codegen.WorkspaceFile, follow bool) {
				for _, wf := range files {
					if wf.File == nil || !wf.File.HasTree() || wf.File == f || wf.Path == path || loaded[wf.Path] {
						continue // a large file stays text
					}
					loaded[wf.Path] = true
					wfm := p.cache.fileModel(wf.File)
					addToIndex(ix.Units, ix.Items, wfm, wf.Path, wf.File)
					ix.Paths[filepath.Base(wf.Path)] = true
					if follow {
						structuralNames(wfm, structural)
						ws, we := wf.File.Span()
						next = append(next, foreignWords(wf.File.Bytes()[ws:we], wfm)...)
					}
				}
			}
			near, more := codegen.DeclaringNear(ctx, d, "rtl", name, path)
			variants := more && len(near) == codegen.ManyEquallyNear && inOneFolder(near)
			if variants {
				// One of many variants in one folder: which one is compiled with this
				// file is not known (NearDeclarer reads the first few), so none is judged
				// and what their files use is not read (in Verilator's test suite, 100
				// more files for each test that instantiates a `sub`).
				ix.Variants[name] = true
			}
			take(near, !variants)
			if more && structural[name] && len(ix.Units[name]) == 0 {
				// The nearest files only mention the module or package (a header's words
				// count as names it declares): all are read. Not for other words, which a
				// UVM tree's class files mention by the thousand.
				take(d.Declaring(ctx, "rtl", name), true)
			} else if more && structural[name] {
				// a book's or course's tree with a `dut` per chapter: the nearest chapter's
				// may not be the one this testbench's file list compiles
				ix.Partial[name] = true
			}
		}
		queue = next
	}
	if base := filepath.Base(path); path != "" && len(d.Declaring(ctx, "rtl", includedName(base))) > 0 {
		ix.Included[base] = true
	}
	ix.own, ix.ownItem = map[string][]*UnitRef{}, map[string][]*ItemRef{}
	addToIndex(ix.own, ix.ownItem, fm, path, f)
	return ix
}

// includedImportNames returns the packages the files text includes (and those they
// include) import, read from their text: the lazy index takes them in before the
// includes are parsed.
func includedImportNames(text []byte, search includeSearch) []string {
	if len(includeRE.FindIndex(text)) == 0 {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	var walk func(text []byte, first []string, depth int)
	walk = func(text []byte, first []string, depth int) {
		for _, m := range includeRE.FindAllSubmatchIndex(text, -1) {
			path := search.find(string(text[m[2]:m[3]]), first...)
			if path == "" || seen[path] || depth >= maxIncludeDepth {
				continue
			}
			seen[path] = true
			st, err := os.Stat(path)
			if err != nil || st.Size() > maxIncludeSize {
				continue
			}
			inc, err := os.ReadFile(path)
			if err != nil {
				continue
			}
			for _, im := range importedPackageRE.FindAllSubmatch(inc, -1) {
				out = append(out, string(im[1]))
			}
			walk(inc, []string{filepath.Dir(path)}, depth+1)
		}
	}
	walk(text, nil, 0)
	return out
}

var importedPackageRE = lazyregexp.New(`\bimport\s+([A-Za-z_][A-Za-z0-9_$]*)\s*::`)

// structuralNames adds to out the modules, interfaces and packages the units of fm
// instantiate or import: the names whose definition the port and parameter rules need.
func structuralNames(fm *FileModel, out map[string]bool) {
	for _, u := range fm.Units {
		for _, inst := range u.Instances {
			out[inst.Module] = true
		}
		for _, im := range u.Imports {
			out[im.Package] = true
		}
	}
}

// foreignWords lists the words of Verilog text that may name something declared in another
// file, once each: keywords, the names the file's own units declare (its signals,
// parameters, types) and members (q.size(), u_core.state, .clk(clk)) left out, which is
// most of a module's words.
func foreignWords(text []byte, fm *FileModel) []string {
	own, units := map[string]bool{}, map[string]bool{}
	for _, u := range fm.Units {
		own[u.Name], units[u.Name] = true, true
		u.EachName(func(n string) bool {
			own[n] = true
			return true
		})
	}
	seen := map[string]bool{}
	var out []string
	// an instance named as its module (`alu #(P) alu (…)`, CORE-V Wally's) still needs the
	// module's definition, unless the file holds it
	for _, u := range fm.Units {
		for _, inst := range u.Instances {
			if own[inst.Module] && !units[inst.Module] && !seen[inst.Module] {
				seen[inst.Module] = true
				out = append(out, inst.Module)
			}
		}
	}
	forEachName(text, func(w string, at int, keyword bool) {
		if !keyword && !seen[w] && !own[w] && !afterDot(text, at) {
			seen[w] = true
			out = append(out, w)
		}
	})
	return out
}
