package syntax

import (
	"context"
	"errors"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/codegen/source"
)

// Cut returns the text of window w (ParseWindow) as a document of its own, with insert
// placed at the document offset at, which must lie in the window. Offsets in the result
// count from the window's start; Line still numbers the document's lines.
//
// The gate tries each candidate this way: splicing it into the whole document would copy
// a large file for every candidate, while a cut copies the unit alone. The cut is parsed
// from the window's tree, shifted to its own offsets, so a long unit is not parsed whole
// again; only a cut that then has syntax errors is parsed from scratch, as error recovery
// must not depend on the tree it started from.
func (w *File) Cut(ctx context.Context, at int, insert string) (*File, error) {
	if !w.windowed {
		return nil, errors.New("cut: not a window")
	}
	s, e := w.span[0], w.span[1]
	if at < s || at > e {
		return nil, errors.New("cut: offset outside the window")
	}
	text := make([]byte, 0, e-s+len(insert))
	text = append(append(append(text, w.Bytes()[s:at]...), insert...), w.Bytes()[at:e]...)
	lines := source.NewLines(text)
	cut := &File{Language: w.Language, text: text, Lines: lines, Window: true, windowed: true,
		span: [2]int{0, len(text)}, doc: w, lineBase: w.Lines.LineOf(s)}

	w.treeMu.Lock()
	old := w.tree
	w.treeMu.Unlock()
	var base *sitter.Tree
	if old != nil {
		// The window's start becomes offset 0, then the insertion goes in.
		sr, sc := w.Lines.Point(s)
		base = w.editedCopy(old, source.Edit{OldEndByte: s, OldEndRow: sr, OldEndColumn: sc})
		if insert != "" {
			rel := at - s
			e := source.Edit{StartByte: rel, OldEndByte: rel, NewEndByte: rel + len(insert)}
			e.StartRow, e.StartColumn = lines.Point(rel)
			e.OldEndRow, e.OldEndColumn = e.StartRow, e.StartColumn
			e.NewEndRow, e.NewEndColumn = lines.Point(rel + len(insert))
			edit(base, e)
		}
	}
	tree, err := parse(ctx, w.Language, base, text, wholeText)
	if base != nil {
		base.Close()
	}
	if err != nil {
		return nil, err
	}
	if base != nil && tree.RootNode().HasError() {
		tree.Close()
		if tree, err = parse(ctx, w.Language, nil, text, wholeText); err != nil {
			return nil, err
		}
	}
	cut.tree = tree
	return cut, nil
}

// Document returns the document f was cut from (Cut), or f: facts about the whole file,
// such as its dialect, are asked of it.
func (f *File) Document() *File {
	if f.doc != nil {
		return f.doc
	}
	return f
}

// Line returns the document's line (0-based) of offset off in f, for messages that name a
// line: a cut counts its offsets from its own start, not its lines.
func (f *File) Line(off int) int {
	return f.lineBase + f.Lines.LineOf(off)
}
