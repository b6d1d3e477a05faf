package codegen

import (
	"context"

	"github.com/gantry-dev/gantry/codegen/syntax"
)

// UnitPreparer is implemented by packs that build something of the cursor's unit for a
// suggestion's context and can build it ahead (ST: the unit's semantic model).
type UnitPreparer interface {
	PrepareUnit(ctx context.Context, unit *syntax.File)
}

// PrepareCursor builds ahead what a suggestion at offset of snapshot f starts from: the
// cursor's unit parsed alone, the document's other units as its workspace, and the pack's
// model of the unit, each kept in f's memo where the request finds it. An editor sends
// the keystroke and then asks for a suggestion at once; preparing between the two lets
// the work run while the request is still being read.
func PrepareCursor(ctx context.Context, p Pack, f *syntax.File, ws Workspace, path string, offset int) {
	unit, _, _, ok := CursorUnit(ctx, p, f, ws, path, offset)
	if !ok {
		return
	}
	if up, ok := p.(UnitPreparer); ok {
		up.PrepareUnit(ctx, unit)
	}
}
