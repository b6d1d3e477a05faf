package st

import (
	"slices"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/syntax"
	"github.com/gantry-dev/gantry/codegen/syntax/gotree"
	"github.com/gantry-dev/gantry/codegen/unitcache"
)

// Caching strategy. The gate checks a unit before and after splicing a candidate, and the
// editor re-checks after each keystroke: consecutive snapshots share almost all their
// top-level declarations byte for byte. A unit's declarations are therefore cached by its
// text (offsets relative to the unit), and a file's model lives in its snapshot's memo, as
// long as the snapshot; only a unit whose text changed is copied from the tree again.
//
// A model cache of its own (48 snapshots, first in first out) rebuilt models over and
// over in a project check: every file checked looks its names up in the files declaring
// them, and a 346-file TwinCAT project built 38,770 models for its 428 parsed files.

type cache struct {
	units *unitcache.Cache[*unitData] // by unit text, bounded like every pack's
}

func newCache() *cache {
	return &cache{units: unitcache.New[*unitData](0)}
}

// unit looks a unit up by its text.
func (c *cache) unit(text []byte) *unitData {
	u, _ := c.units.Get(text)
	return u
}

func (c *cache) putUnit(key string, u *unitData) { c.units.Put(key, u) }

// model returns f's model when it is built or being built (then it waits: building takes
// no lock but f's), nil otherwise. A check of one file that needs another's model while a
// second check builds it gets the model instead of going on without that file's names.
func (c *cache) model(f *syntax.File) *Model {
	if m, ok := f.Memoed(modelKey{c}); ok {
		return m.(*Model)
	}
	return nil
}

// modelOf returns the model of f, building it from cached units where it can. The caller
// must hold f's lock (tree access).
func (c *cache) modelOf(f *syntax.File) *Model {
	// The model lives with its snapshot: a window (the cursor's unit, a large document's
	// unit) dies with whoever parsed it, a file from disk with the workspace's copy, an
	// edited document's version with that version. The prompt's context and the gate's
	// first check share the cursor's window.
	return f.Memo(modelKey{c}, func() any { return c.build(f, false) }).(*Model)
}

// releasingModelOf is modelOf for a file whose tree its caller needs no more once the
// model is built (a check's own file under CheckRequest.ReleaseTree, a file parsed for the
// names it declares): the tree is freed between copying the units and analysing them, so
// the analysis never runs beside the tree in C. The caller must hold f's lock.
func (c *cache) releasingModelOf(f *syntax.File) *Model {
	return f.Memo(modelKey{c}, func() any { return c.build(f, true) }).(*Model)
}

// modelKey keys a snapshot's model in its memo; the cache tells packs apart.
type modelKey struct{ c *cache }

// SnapshotOnly implements syntax.SnapshotOnly: the next version builds its own model (from
// the units the unit cache keeps by text).
func (modelKey) SnapshotOnly() {}

func (c *cache) build(f *syntax.File, release bool) *Model {
	m := &Model{File: f}
	var analyse []func()           // the units copied, analysed once the tree may be gone
	copied := map[string][]*Unit{} // by key: a unit the file holds twice is copied once
	// A cursor walks the top level in O(n); Node.Child(i) would restart from the first
	// child every time.
	cur := sitter.NewTreeCursor(f.Root())
	defer cur.Close()
	docStart, docEnd, qualStart := 0, 0, -1
	// A TwinCAT POU's actions drawn in CFC, FBD or LD and its SFC steps are members only
	// its XML declares (xmlOnlyActions, sfcImplicit), outside the unit's text: their names
	// join its key.
	xmlKey := xmlMemberKey(f.Bytes())
	// A TwinCAT global variable list's name is its XML's (<GVL Name="GVL_IO">): its
	// variables belong to that list, which joins their unit's key.
	gvl := gvlName(f.Bytes())
	gvlQualified := false // {attribute 'qualified_only'} seen before the list's sections
	for ok := cur.GoToFirstChild(); ok; ok = cur.GoToNextSibling() {
		ch := cur.CurrentNode()
		if ch == nil || !ch.IsNamed() {
			continue
		}
		start, end := int(ch.StartByte()), int(ch.EndByte())
		if end > len(f.Bytes()) || start > end {
			continue
		}
		kind := symbolName(f.Language, ch)
		if kind == "region_end" {
			continue
		}
		if kind == "comment" || kind == "pragma" {
			if kind == "comment" {
				docStart, docEnd = start, end
			}
			if kind == "pragma" && qualifiedOnlyPragma.Match(f.Bytes()[start:end]) {
				qualStart = start
				gvlQualified = gvlQualified || gvl != "" // the attribute is the list's, for all its sections
			}
			continue
		}
		// {attribute 'qualified_only'} before a TYPE is part of it, and of its cache key.
		listQualified := gvl != "" && kind == "var_section" && gvlQualified
		qualified := qualStart >= 0 && kind == "type_declaration"
		if !qualified {
			qualStart = -1
		}
		// A comment right above a POU is its doc; it is part of the cache key.
		keyStart := start
		doc := ""
		if docEnd > 0 && onlySpace(f.Bytes()[docEnd:start]) && strings.Count(string(f.Bytes()[docEnd:start]), "\n") <= 1 && pouKinds[kind] != "" {
			keyStart = docStart
			doc = cleanComment(string(f.Bytes()[docStart:docEnd]))
		}
		docEnd = 0
		if qualified {
			keyStart, qualStart = min(keyStart, qualStart), -1
		}
		// Keyed by text alone: the same text parses to the same kind of node.
		lookup := f.Bytes()[keyStart:end]
		if xmlKey != "" && pouKinds[kind] != "" {
			lookup = append(slices.Clip(lookup), xmlKey...)
		}
		// A property of the list (<GVL> holding a <Property>, as TwinCAT libraries write an
		// accessor beside the list's variables) is one of its members: GVL_Core.fbSystem.
		listProperty := gvl != "" && kind == "property_declaration"
		if gvl != "" && kind == "var_section" || listProperty {
			lookup = append(slices.Clip(lookup), "\x00GVL\x00"+gvl...)
			if listQualified || listProperty && gvlQualified {
				lookup = append(lookup, "\x00Q"...)
			}
		}
		unit := &Unit{Start: start, End: end, data: c.unit(lookup)}
		m.Units = append(m.Units, unit)
		if unit.data == nil || unit.data.kind != kind {
			key := string(lookup)
			if units, ok := copied[key]; ok {
				copied[key] = append(units, unit)
				continue
			}
			copied[key] = []*Unit{unit}
			mirror := unitCopier(f.Language, ch, unitSource(f, key, keyStart, start, end, release), release)
			decor := unitDecor{qualified: qualified, list: gvl, listQualified: listQualified,
				listProperty: listProperty, gvlQualified: gvlQualified, doc: doc}
			analyse = append(analyse, func() {
				u := buildUnit(mirror(), f.Bytes(), 0)
				mirror = nil // the walk goes before the next unit is analysed
				u.decorate(decor)
				u.at = start
				if !f.Window {
					c.putUnit(key, u)
				}
				for _, same := range copied[key] {
					same.data = u
				}
			})
		}
	}
	if release {
		f.FreeTree()
	}
	for _, a := range analyse {
		a()
	}
	m.index()
	m.addPLCopenDecls(f.Bytes())
	return m
}

// unitSource is the text a unit's copy reads. A file whose tree its check releases is a
// file read from disk, whose text lives as long as its model: the copy reads that text,
// and the key, which only the bounded unit cache keeps, is no second copy of every unit
// of a project (a TwinCAT project's 4.4 MB held twice at the peak of its check). Any other
// file's copy slices the key: an edited document's versions come and go, and a unit
// kept by the cache must not keep the version it was read from.
func unitSource(f *syntax.File, key string, keyStart, start, end int, release bool) string {
	if release {
		return source.View(f.Bytes()[start:end])
	}
	return key[start-keyStart : end-keyStart]
}

// addPLCopenDecls indexes the POUs, types and global lists a PLCopen export declares in
// XML, outside the ST the parser sees.
func (m *Model) addPLCopenDecls(text []byte) {
	if !isPLCopen(text) {
		return
	}
	if d := readPLCopenDecls(text); d != nil {
		m.plcopen, m.plcopenNoInst = d.all, d.noInst
		m.add(&unitData{pous: d.top, globals: d.globals, types: d.types}, "")
	}
}

func symbolName(lang *sitter.Language, n *sitter.Node) string {
	if n.IsError() {
		return "ERROR"
	}
	syms := gotree.SymbolNames(lang)
	if s := int(n.Symbol()); s < len(syms) {
		return syms[s]
	}
	return ""
}

func onlySpace(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return false
		}
	}
	return true
}
