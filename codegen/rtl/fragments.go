package rtl

import (
	"context"
	"path/filepath"
	"strings"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/syntax"
	rtlgrammar "github.com/gantry-dev/gantry/grammars/rtl"
)

var _ codegen.Fragments = (*Pack)(nil)

// fragmentContexts are where an included file's text stands in real projects: among a
// module's items (lowRISC's `include "prim_util_memload.svh"` inside a module, a formal
// testbench's properties), among the statements of a block, and among a module header's
// parameters or ports (VeeR's `#(`include "el2_param.vh")`, port lists a tool generates,
// whose last port may end with the comma before the includer's next). The text is parsed
// between each context's opening and closing lines.
var fragmentContexts = [][2]string{
	{"module __gantry_fragment;\n", "\nendmodule\n"},
	{"module __gantry_fragment;\ninitial begin\n", "\nend\nendmodule\n"},
	{"module __gantry_fragment #(\n", "\n) ();\nendmodule\n"},
	{"module __gantry_fragment (\n", "\n);\nendmodule\n"},
	{"module __gantry_fragment (\n", "\ninput __gantry_next);\nendmodule\n"},
}

type fragmentKey struct{}

// isHeader reports a path named as a Verilog header, a file written to be included.
func isHeader(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".svh", ".vh", ".inc":
		return true
	}
	return false
}

// ParsesAsFragment implements codegen.Fragments: a header (.svh, .vh, .inc) or a file
// another workspace file `includes, that parses among a module's items, a block's
// statements or a module header's parameters or ports, has no syntax errors of its own. Whether it is right where it is included
// is the includer's check. The answer is kept with the snapshot, so it is computed
// without the caller's context: a cancelled check must not leave a wrong answer behind.
//
// A file that parses as a compile without defines reads it (its errors lie in `ifdef
// branches such a compile leaves out, see parseDefault) has none either: Check gives it one
// warning instead.
func (p *Pack) ParsesAsFragment(ctx context.Context, req codegen.CheckRequest) bool {
	if !req.File.HasTree() {
		return false
	}
	if p.parsesAsFragment(ctx, req) {
		return true
	}
	return parseDefault(req.File).clean
}

// parsesAsFragment is ParsesAsFragment for files meant to be included.
func (p *Pack) parsesAsFragment(ctx context.Context, req codegen.CheckRequest) bool {
	if !p.included(ctx, req) {
		return false
	}
	return req.File.Memo(fragmentKey{}, func() any {
		for _, c := range fragmentContexts {
			f, err := syntax.Parse(context.Background(), rtlgrammar.Language(), []byte(c[0]+string(req.File.Bytes())+c[1]))
			if err != nil {
				return false
			}
			clean := !f.Root().HasError()
			f.Close()
			if clean {
				return true
			}
		}
		return false
	}).(bool)
}

// included reports whether the file of req is meant to be included: by its extension, or
// because another file of the workspace includes it.
func (p *Pack) included(ctx context.Context, req codegen.CheckRequest) bool {
	if isHeader(req.Path) {
		return true
	}
	d, ok := req.Workspace.(codegen.Declarer)
	return ok && req.Path != "" && len(d.Declaring(ctx, "rtl", includedName(filepath.Base(req.Path)))) > 0
}
