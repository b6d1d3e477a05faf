package lsp

import (
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// Current lets an open document serve as a workspace snapshot.
func (d *document) Current() *syntax.File {
	f, _, _ := d.snapshot()
	return f
}
