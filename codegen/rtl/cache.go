package rtl

import (
	"bytes"
	"fmt"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/syntax"
	"github.com/gantry-dev/gantry/codegen/unitcache"
)

// Caching. The gate checks a module before and after splicing a candidate, and the editor
// re-checks after each keystroke: consecutive snapshots share almost all their design units
// byte for byte. A unit's model is therefore cached by its text (offsets relative to the
// unit), and a file's list of units with its snapshot; only a unit whose text changed is
// copied from the tree and analysed again.

// FileModel is the list of design units of one parsed file.
type FileModel struct {
	File  *syntax.File
	Units []*UnitRef
	// FirstError is the offset of the file's first syntax error (-1 when none): error
	// recovery can swallow declarations, so name rules trust only the text before it.
	FirstError int
	ifdef      []ifdefRegion // the file's `ifdef structure (units start inside it)
}

// UnitRef places a cached unit in a file.
type UnitRef struct {
	*Unit
	Base int // absolute offset of the unit's first byte
	Path string
	File *syntax.File
}

// Abs converts a unit-relative range to file offsets.
func (r *UnitRef) Abs(n *Node) (int, int) { return r.Base + n.Start(), r.Base + n.End() }

// End is the absolute end of the unit.
func (r *UnitRef) End() int { return r.Base + len(r.Text) }

type cache struct {
	units *unitcache.Cache[*Unit] // by kind and text, bounded like every pack's
}

func newCache() *cache {
	return &cache{units: unitcache.New[*Unit](0)}
}

// fileModel returns the model of f, locking f's tree while it copies. The model lives in
// f's memo, as long as whoever holds f (the workspace's bounded set of parsed files, an
// open document): a cache of its own here kept 4,096 files and their trees alive, 1.4 GB
// in a check of a 4,770-file project. A window (the cursor's unit, a large document's
// unit) is the same: its model lives with it, often for one use. The prompt's context and
// the gate's first check share the cursor's window.
func (c *cache) fileModel(f *syntax.File) *FileModel { return c.model(f, false) }

// releasingModel is fileModel for a file whose tree its caller needs no more once the
// model is built (a check's own file under CheckRequest.ReleaseTree, a file parsed for the
// names it declares): a tree without syntax errors is freed between copying the units and
// analysing them, so the analysis never runs beside the tree in C.
func (c *cache) releasingModel(f *syntax.File) *FileModel { return c.model(f, true) }

func (c *cache) model(f *syntax.File, release bool) *FileModel {
	return f.Memo(fileModelKey{c}, func() any {
		f.Lock()
		defer f.Unlock()
		return c.build(f, release)
	}).(*FileModel)
}

// fileModelKey keys a snapshot's model in its memo; the cache tells packs apart.
type fileModelKey struct{ c *cache }

// SnapshotOnly implements syntax.SnapshotOnly: the next version builds its own model (from
// the units the unit cache keeps by text).
func (fileModelKey) SnapshotOnly() {}

func (c *cache) build(f *syntax.File, release bool) *FileModel {
	fm := &FileModel{File: f}
	fm.ifdef = fileIfdefs(f)
	root := f.Root()
	fm.FirstError = firstError(root)
	syms := symbolTable(f.Language)
	if root.IsError() {
		c.buildErrorRoot(fm, f, root, syms)
		return fm
	}
	var analyse []func() // the units copied, analysed once the tree may be gone
	copied := map[string][]*UnitRef{}
	syntax.Children(root, func(_ int, ch *sitter.Node, _ string) bool {
		if ch == nil || !ch.IsNamed() {
			return true
		}
		kind := ""
		if ch.IsError() {
			kind = "ERROR"
		} else if s := int(ch.Symbol()); s < len(syms) {
			kind = syms[s]
		}
		switch kind {
		case "comment", "preprocessor_directive", "attribute_instance":
			return true
		}
		if a := c.addUnit(fm, f, ch, kind, copied, release); a != nil {
			analyse = append(analyse, a)
		}
		return true
	})
	if release && !root.HasError() {
		f.FreeTree()
	}
	for _, a := range analyse {
		a()
	}
	return fm
}

// buildErrorRoot handles a file whose whole parse failed (a module left open, such as an
// always block whose `end` is not typed yet): the complete design units among the root's
// children become units as usual, and the loose children from a `module` (or
// `interface`, `package`) keyword to the next unit become one broken unit, so that the
// prompt context and the embedded backend still see the module being written.
func (c *cache) buildErrorRoot(fm *FileModel, f *syntax.File, root *sitter.Node, syms []string) {
	// One cursor pass collects the children: Node.Child(i) is O(i), and an ERROR root of
	// 50k unclosed blocks has that many.
	var kids []*sitter.Node
	var fields []string
	syntax.Children(root, func(_ int, ch *sitter.Node, field string) bool {
		kids, fields = append(kids, ch), append(fields, intern(field))
		return true
	})
	n := len(kids)
	group := -1
	var analyse []func() // a broken file keeps its tree: analysed at the end all the same
	copied := map[string][]*UnitRef{}
	add := func(ch *sitter.Node, kind string) {
		if a := c.addUnit(fm, f, ch, kind, copied, false); a != nil {
			analyse = append(analyse, a)
		}
	}
	flush := func(end int) {
		if group >= 0 {
			c.addGroup(fm, f, kids[group:end], fields[group:end])
			group = -1
		}
	}
	for i := 0; i < n; i++ {
		ch := kids[i]
		if ch == nil {
			continue
		}
		kind := ""
		if ch.IsError() {
			kind = "ERROR"
		} else if s := int(ch.Symbol()); s < len(syms) {
			kind = syms[s]
		}
		switch {
		case !ch.IsNamed() && (kind == "module" || kind == "macromodule" || kind == "interface" || kind == "package"):
			flush(i)
			group = i
		case kind == "module_declaration" || kind == "interface_declaration" || kind == "package_declaration":
			flush(i)
			add(ch, kind)
		case group >= 0:
		case kind == "comment" || kind == "preprocessor_directive" || kind == "attribute_instance" || !ch.IsNamed():
		default:
			add(ch, kind)
		}
	}
	flush(n)
	for _, a := range analyse {
		a()
	}
}

// addGroup adds consecutive children of an ERROR root as one broken unit.
func (c *cache) addGroup(fm *FileModel, f *syntax.File, kids []*sitter.Node, fields []string) {
	first, last := kids[0], kids[len(kids)-1]
	start, end := int(first.StartByte()), int(last.EndByte())
	if end > len(f.Bytes()) || start > end {
		return
	}
	text := string(f.Bytes()[start:end])
	outer := outerConds(fm.ifdef, start)
	key := "ERROR" + condsKey(outer) + "\x00" + text
	u, _ := c.units.Lookup(key)
	if u == nil {
		var roots []*Node
		var rootFields []string
		for i, ch := range kids {
			field := fields[i]
			if !ch.IsNamed() && field == "" {
				continue
			}
			roots = append(roots, copyTree(f.Language, ch, f.Bytes(), start))
			rootFields = append(rootFields, field)
		}
		mirror := joinCopies(0, end-start, roots, rootFields)
		u = buildUnit(mirror, text, outer)
		if !f.Window {
			c.units.Put(key, u)
		}
	}
	fm.Units = append(fm.Units, &UnitRef{Unit: u, Base: start, File: f})
}

// addUnit adds the unit ch to fm: from the unit cache, or copied from the tree now and
// analysed by the function it returns (build calls it, after freeing the tree if asked).
// copied holds the units of the file copied and not analysed yet, by cache key: a unit the
// file holds twice is copied once.
func (c *cache) addUnit(fm *FileModel, f *syntax.File, ch *sitter.Node, kind string, copied map[string][]*UnitRef, release bool) (analyse func()) {
	start, end := int(ch.StartByte()), int(ch.EndByte())
	if end > len(f.Bytes()) || start > end {
		return nil
	}
	outer := outerConds(fm.ifdef, start)
	head := kind + condsKey(outer)
	key := head + "\x00" + string(f.Bytes()[start:end])
	// The unit's text: the cache's key holds it, or, for a file whose tree its check
	// releases, a file read from disk whose text lives as long as its model, that text
	// (the key, which only the bounded unit cache keeps, is then no second copy of every
	// unit of a project). An edited document's versions come and go: a unit the cache
	// keeps must not keep the version it was read from.
	text := key[len(head)+1:]
	if release {
		text = source.View(f.Bytes()[start:end])
	}
	ref := &UnitRef{Base: start, File: f}
	fm.Units = append(fm.Units, ref)
	if ref.Unit, _ = c.units.Lookup(key); ref.Unit != nil {
		return nil
	}
	if refs, ok := copied[key]; ok {
		copied[key] = append(refs, ref)
		return nil
	}
	copied[key] = []*UnitRef{ref}
	mirror := unitCopier(f.Language, ch, text, release)
	return func() {
		u := buildUnit(mirror(), text, outer)
		mirror = nil // the walk goes before the next unit is analysed
		if !f.Window {
			c.units.Put(key, u)
		}
		for _, r := range copied[key] {
			r.Unit = u
		}
	}
}

// fileIfdefKey keys a text's `ifdef structure among the facts its snapshots share.
type fileIfdefKey struct{}

// fileIfdefs is the `ifdef structure of f's whole text, each path cut to its innermost
// maxOuterConds: computed once per text, since a large document's windows share it and
// each would otherwise scan all of it.
func fileIfdefs(f *syntax.File) []ifdefRegion {
	if !bytes.Contains(f.Bytes(), []byte("`if")) {
		return nil
	}
	v := f.Derive(fileIfdefKey{}, func(any, source.Edit, bool) any {
		return scanIfdefsKeep(source.View(f.Bytes()), nil, maxOuterConds)
	})
	r, _ := v.([]ifdefRegion)
	return r
}

// outerConds is the `ifdef path in force where a unit starts (`ifdef VERILATOR before
// `module tb_top (input bit clk);`), renumbered so that its groups never meet the unit's
// own: a unit is built, and cached, from its text and this path alone.
func outerConds(regions []ifdefRegion, start int) []cond {
	at := ifdefAt(regions, start)
	if len(at) > maxOuterConds {
		at = at[len(at)-maxOuterConds:] // real code nests a unit in one or two
	}
	if len(at) == 0 {
		return nil
	}
	out := make([]cond, len(at))
	for i, c := range at {
		c.group = outerGroup - i
		c.macro = strings.Clone(c.macro) // a view of the file's text; the unit is cached
		out[i] = c
	}
	return out
}

// maxOuterConds bounds the outer path a unit carries: an include guard and a tool's
// `ifdef around a header; texts with unbalanced `ifdefs (files pasted together) would
// otherwise hand every unit a deep path, compared pairwise by the driver rules.
const maxOuterConds = 4

// outerGroup numbers the groups of a unit's outer `ifdef path, below any the unit's own
// text (negative from -1) or its generate blocks (positive) can reach.
const outerGroup = -1 << 30

// condsKey spells an outer `ifdef path for the unit cache's key ("" for none).
func condsKey(cs []cond) string {
	if len(cs) == 0 {
		return ""
	}
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "\x01%s/%d/%d", c.macro, c.defined, c.branch)
	}
	return b.String()
}

// UnitAt returns the unit holding the absolute offset, or nil.
func (fm *FileModel) UnitAt(off int) *UnitRef {
	for _, u := range fm.Units {
		if off >= u.Base && off <= u.End() {
			return u
		}
	}
	return nil
}

func firstError(n *sitter.Node) int {
	at := syntax.FirstError(n)
	if at < 0 && n.HasError() {
		at = int(n.StartByte())
	}
	return at
}
