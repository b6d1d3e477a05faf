package st

import (
	"bytes"
	"context"
	"path"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// wsIndex merges the declarations of the workspace's other ST files: POU interfaces, types,
// enumeration values and global variables, each with the path it came from.
type wsIndex struct {
	symtab
	files []*syntax.File
	libs  *libSet // the libraries the project references
	refs  []LibraryRef
	lazy  *lazyIndex // set when files are taken in name by name (workspace_lazy.go)
	// mapp: the mapp link variables of the B&R project's configurations (bnr_mapp.go).
	mapp map[string]*Var
	// tags: the PLC tags of the TIA Portal tag tables beside an SCL source (tia_tags.go).
	tags map[string]*Var
	// own: the SIMATIC AX packages the project's apax.yml files build (ownPackageKey):
	// namespaces named after one are the project's (Scope.Overloaded).
	own []string
	// outside: the file is a TwinCAT object of a tree that lacks its project's global
	// variable lists (POUs copied out of their project; twinCATOutsideProject).
	outside bool
}

// wsTTL bounds how often the workspace is asked for its files: the gate checks a unit
// several times within a millisecond, and listing the workspace stats files on disk.
const wsTTL = time.Second

type wsCache struct {
	mu      sync.Mutex
	ws      codegen.Workspace
	at      time.Time
	exclude string
	gen     uint64
	idx     *wsIndex
	// libs: the project's library references, valid like idx but for any file.
	libs projectLibs
}

// projectLibs is a project's library references, for one workspace and generation, and
// what they resolve to, by whether a file sees the implied ones instead (impliedLibraries).
type projectLibs struct {
	ws   codegen.Workspace
	at   time.Time
	gen  uint64
	raw  []LibraryRef
	sets map[bool]libResult
	// bare: the workspace lists no .plcproj and no .TcGVL (0 not asked yet, 1 yes, -1 no).
	bare int8
	// lacksGVL: projectLacksGVL's answer by .plcproj, for this generation.
	lacksGVL map[string]bool
}

type libResult struct {
	refs []LibraryRef
	libs *libSet
}

// generation is the workspace's generation, or 0 when it has none.
func generation(ws codegen.Workspace) uint64 {
	if g, ok := ws.(codegen.Generational); ok {
		return g.Generation()
	}
	return 0
}

// index returns the workspace index as seen from path (which is left out: its current
// snapshot is the model itself). It must be called without any file lock held, because it
// locks the workspace's files one at a time.
func (p *Pack) index(ctx context.Context, ws codegen.Workspace, path string) *wsIndex {
	if ws == nil || (reflect.ValueOf(ws).Kind() == reflect.Pointer && reflect.ValueOf(ws).IsNil()) {
		return nil
	}
	comparable := reflect.TypeOf(ws).Comparable()
	c := &p.ws
	gen := generation(ws)
	c.mu.Lock()
	if comparable && c.idx != nil && c.ws == ws && c.exclude == path && c.gen == gen && time.Since(c.at) < wsTTL {
		idx := c.idx
		c.mu.Unlock()
		return idx
	}
	old := c.idx
	c.mu.Unlock()

	if d, ok := ws.(codegen.Declarer); ok {
		idx := p.newLazyIndex(d, path)
		idx.refs, idx.libs = p.libraries(ws, comparable, gen, path)
		idx.mapp, idx.tags = outsideVars(ws, path)
		idx.own = projectPackages(ws)
		idx.outside = p.twinCATOutsideProject(ws, comparable, gen, path)
		p.storeIndex(ws, comparable, path, gen, idx)
		return idx
	}

	files := ws.Files(ctx, "st")
	var kept []codegen.WorkspaceFile
	for _, f := range files {
		if f.File != nil && f.File.HasTree() && f.Path != path { // a large file stays text
			kept = append(kept, f)
		}
	}
	refs := impliedLibraries(projectLibraries(ws, files), path)
	libs := newLibSet(refs)
	// Same snapshots and libraries as last time: keep the index.
	if old != nil && len(old.files) == len(kept) && libKey(old.libs) == libs.key && old.project == ProjectOf(path) {
		same := true
		for i, f := range kept {
			if old.files[i] != f.File {
				same = false
				break
			}
		}
		if same {
			old.mapp, old.tags = outsideVars(ws, path)
			old.own = projectPackages(ws)
			old.outside = p.twinCATOutsideProject(ws, comparable, gen, path)
			p.storeIndex(ws, comparable, path, gen, old)
			return old
		}
	}
	idx := &wsIndex{libs: libs, refs: refs, own: projectPackages(ws), outside: p.twinCATOutsideProject(ws, comparable, gen, path)}
	idx.mapp, idx.tags = outsideVars(ws, path)
	idx.init()
	idx.where = map[string]string{}
	idx.project = ProjectOf(path)
	for _, f := range kept {
		f.File.Lock()
		m := p.cache.modelOf(f.File)
		f.File.Unlock()
		for _, u := range m.Units {
			idx.add(u.data, f.Path)
		}
		idx.files = append(idx.files, f.File)
	}
	p.storeIndex(ws, comparable, path, gen, idx)
	return idx
}

// outsideVars returns the variables path's project declares outside its sources (a B&R
// project's mapp links, a TIA Portal project's tags, a CODESYS export's PLC configuration)
// as ws answers them (codegen.Fact): the unit of a large document keeps its results only
// while they stay the same, though they are read again from the disk every outsideTTL.
func outsideVars(ws codegen.Workspace, path string) (mapp, tags map[string]*Var) {
	v, _ := codegen.Fact(ws, "st/outside-globals", path, outsideVarsFact).([2]map[string]*Var)
	return v[0], v[1]
}

func outsideVarsFact(path string) (any, uint64) {
	mapp, mfp := bnrMappGlobals(path)
	tags, tfp := outsideTags(path)
	return [2]map[string]*Var{mapp, tags}, mfp*0x100000001b3 ^ tfp
}

func (p *Pack) storeIndex(ws codegen.Workspace, comparable bool, path string, gen uint64, idx *wsIndex) {
	if !comparable {
		return
	}
	c := &p.ws
	c.mu.Lock()
	c.ws, c.at, c.exclude, c.gen, c.idx = ws, time.Now(), path, gen, idx
	c.mu.Unlock()
}

// libraries returns the library references a file at path sees and what they resolve to,
// kept for the same workspace and generation for wsTTL: every file a project check
// checks asks, and reading them stats every .plcproj of the project.
func (p *Pack) libraries(ws codegen.Workspace, comparable bool, gen uint64, path string) ([]LibraryRef, *libSet) {
	c := &p.ws
	c.mu.Lock()
	defer c.mu.Unlock()
	l := &c.libs
	if !comparable || l.ws != ws || l.gen != gen || time.Since(l.at) >= wsTTL {
		*l = projectLibs{gen: gen, at: time.Now(), raw: projectLibraries(ws, nil), sets: map[bool]libResult{}}
		if comparable {
			l.ws = ws
		}
	}
	implied := len(l.raw) == 0 && projectExts[strings.ToLower(filepath.Ext(path))]
	r, ok := l.sets[implied]
	if !ok {
		refs := impliedLibraries(l.raw, path)
		r = libResult{refs, newLibSet(refs)}
		l.sets[implied] = r
	}
	return r.refs, r.libs
}

// twinCATOutsideProject reports a TwinCAT object file (.TcPOU, .TcDUT…) checked in a tree
// that does not hold its project's global variable lists: POUs copied out of their
// project, as repositories of exported objects keep them. Either the tree holds neither a
// .plcproj (none in the workspace, none in a folder above the file) nor any global
// variable list (.TcGVL), or the file's .plcproj compiles a list that is nowhere in the
// tree (not at its path, no file of its name elsewhere). TwinCAT declares a project's
// global variables only in its GVL objects (and its libraries only in the .plcproj), so a
// name such a POU reads that nothing here declares is in a file Gantry does not have.
func (p *Pack) twinCATOutsideProject(ws codegen.Workspace, comparable bool, gen uint64, path string) bool {
	if !projectExts[strings.ToLower(filepath.Ext(path))] {
		return false
	}
	proj, _ := NotInProject(path)
	c := &p.ws
	c.mu.Lock()
	defer c.mu.Unlock()
	l := &c.libs
	if !comparable || l.ws != ws || l.gen != gen || time.Since(l.at) >= wsTTL {
		*l = projectLibs{gen: gen, at: time.Now(), raw: projectLibraries(ws, nil), sets: map[bool]libResult{}}
		if comparable {
			l.ws = ws
		}
	}
	if proj != "" {
		if l.lacksGVL == nil {
			l.lacksGVL = map[string]bool{}
		}
		lacks, ok := l.lacksGVL[proj]
		if !ok {
			lacks = projectLacksGVL(ws, proj)
			l.lacksGVL[proj] = lacks
		}
		return lacks
	}
	if l.bare == 0 {
		l.bare = -1
		if bareTwinCATTree(ws) {
			l.bare = 1
		}
	}
	return l.bare > 0
}

// projectLacksGVL reports a .plcproj that compiles a global variable list the tree does
// not hold: not at the path the project names, and no file of that name in the workspace
// (a repository that flattened the project's folders keeps it elsewhere).
func projectLacksGVL(ws codegen.Workspace, proj string) bool {
	var names map[string]bool
	for src := range plcprojSources(proj) {
		if !strings.HasSuffix(src, ".tcgvl") || existsFold(filepath.Dir(proj), src) {
			continue
		}
		if names == nil {
			names = map[string]bool{}
			if sl, ok := ws.(codegen.SourceLister); ok {
				for _, p := range sl.SourcePaths("st") {
					names[strings.ToLower(filepath.Base(p))] = true
				}
			}
		}
		if !names[path.Base(src)] {
			return true
		}
	}
	return false
}

// bareTwinCATTree reports a workspace that lists no .plcproj and no .TcGVL among its
// files (false when it cannot list them).
func bareTwinCATTree(ws codegen.Workspace) bool {
	pf, ok := ws.(codegen.ProjectFiler)
	sl, ok2 := ws.(codegen.SourceLister)
	if !ok || !ok2 || len(pf.ProjectFiles(".plcproj")) > 0 {
		return false
	}
	for _, path := range sl.SourcePaths("st") {
		if strings.EqualFold(filepath.Ext(path), ".tcgvl") {
			return false
		}
	}
	return true
}

// twinCATExport reports a PLCopen export TwinCAT XAE wrote: its <fileHeader> names
// "TwinCAT PLC Control" as the product (CODESYS names itself, "CODESYS").
func twinCATExport(text []byte) bool {
	head := text[:min(len(text), 2048)]
	i := bytes.Index(head, []byte("<fileHeader"))
	if i < 0 {
		return false
	}
	tag := head[i:]
	if j := bytes.IndexByte(tag, '>'); j >= 0 {
		tag = tag[:j]
	}
	return bytes.Contains(tag, []byte(`productName="TwinCAT`))
}

// projectLibraries collects the library references of the project: every .plcproj the
// workspace lists and the <Libraries> of its PLCopen exports.
func projectLibraries(ws codegen.Workspace, files []codegen.WorkspaceFile) []LibraryRef {
	var refs []LibraryRef
	if pf, ok := ws.(codegen.ProjectFiler); ok {
		for _, path := range pf.ProjectFiles(".plcproj") {
			refs = append(refs, plcprojLibraries(path)...)
		}
		for _, path := range append(pf.ProjectFiles(".yml"), pf.ProjectFiles(".yaml")...) {
			if strings.EqualFold(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)), "apax") {
				refs = append(refs, apaxLibraries(path)...)
			}
		}
	}
	for _, f := range files {
		if f.File != nil && strings.EqualFold(filepath.Ext(f.Path), ".xml") {
			refs = append(refs, PLCopenLibraries(f.File.Bytes())...)
		}
	}
	return refs
}

// projectPackages returns the packages the workspace's SIMATIC AX projects build, as
// ownPackageKey spells them (their apax.yml `name`), and the words of those names of five
// letters or more as ownPackageWords gives them.
func projectPackages(ws codegen.Workspace) []string {
	pf, ok := ws.(codegen.ProjectFiler)
	if !ok {
		return nil
	}
	var own []string
	for _, path := range append(pf.ProjectFiles(".yml"), pf.ProjectFiles(".yaml")...) {
		if strings.EqualFold(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)), "apax") {
			name := apaxPackageName(path)
			if k := ownPackageKey(name); k != "" {
				own = append(own, k)
				own = append(own, ownPackageWords(name)...)
			}
		}
	}
	return own
}

// withConfig adds the libraries [st] libraries lists to the project's (a copy of idx; idx
// itself is shared).
func withConfig(idx *wsIndex, cfg *config.Config) *wsIndex {
	if cfg == nil || len(SettingsOf(cfg).Libraries) == 0 {
		return idx
	}
	var refs []LibraryRef
	for _, name := range SettingsOf(cfg).Libraries {
		refs = append(refs, LibraryRef{Name: name})
	}
	return withRefs(idx, refs)
}

// withRefs returns a copy of idx with more library references.
func withRefs(idx *wsIndex, refs []LibraryRef) *wsIndex {
	out := &wsIndex{}
	if idx != nil {
		out.symtab, out.files, out.refs, out.lazy = idx.symtab, idx.files, idx.refs, idx.lazy
	} else {
		out.init()
	}
	out.refs = append(append([]LibraryRef(nil), out.refs...), refs...)
	out.libs = newLibSet(out.refs)
	return out
}

func libKey(l *libSet) string {
	if l == nil {
		return ""
	}
	return l.key
}

// scopeIndex is the workspace index a request on f sees: the project's, the libraries of
// [st] libraries and of f itself (a PLCopen export's <Libraries>), and, for a lazy index,
// the declarations of the names f uses (within: the part of f to look at; nil for all).
// It must be called without f's lock held.
func (p *Pack) scopeIndex(ctx context.Context, ws codegen.Workspace, path string, f *syntax.File, cfg *config.Config, within *[2]int) *wsIndex {
	idx := withConfig(p.index(ctx, ws, path), cfg)
	if f != nil && strings.EqualFold(filepath.Ext(path), ".xml") {
		if refs := PLCopenLibraries(f.Bytes()); len(refs) > 0 {
			idx = withRefs(idx, refs)
		} else if (idx == nil || len(idx.refs) == 0) && twinCATExport(f.Bytes()) {
			// TwinCAT's PLCopen export lists no libraries, yet it comes from a TwinCAT
			// project, which has them: read it as a TwinCAT object without its .plcproj.
			idx = withRefs(idx, impliedLibraries(nil, "export.TcPOU"))
		}
	}
	if f != nil && idx != nil && idx.lazy != nil {
		s, e := f.Span()
		text, own := f.Bytes()[s:e], f.Bytes()[s:e]
		if within != nil && within[0] >= 0 && within[1] <= len(text) && within[0] <= within[1] {
			// A unit re-checked (the gate): its names; the file's own were fetched before.
			text, own = text[within[0]:within[1]], nil
		}
		idx.prefetch(ctx, text, own)
		if own != nil && strings.EqualFold(filepath.Ext(path), ".st") {
			// A B&R function block's code: the .fun declaring its variables.
			for _, k := range bnrImplementedNames(own) {
				idx.need(ctx, k, true)
			}
		}
	}
	return idx
}
