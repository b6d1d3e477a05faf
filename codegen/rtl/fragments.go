package rtl

import (
	"bytes"
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
//
// A memory image named .v (`objcopy -O verilog` output a testbench loads with $readmemh)
// is data, not source: it has no syntax errors either (memoryImage).
func (p *Pack) ParsesAsFragment(ctx context.Context, req codegen.CheckRequest) bool {
	if !req.File.HasTree() {
		return false
	}
	if memoryImage(req.File.Bytes()) {
		return true
	}
	if p.parsesAsFragment(ctx, req) {
		return true
	}
	return parseDefault(req.File).clean || parseVerilog2005(req.File, req.Path).clean
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

// memoryImage reports whether text is a $readmemh/$readmemb image: nothing but white
// space, comments, address specifications (`@0001_0000`) and hexadecimal or binary
// words, x and z digits included (IEEE 1800-2017 21.4.3), at least one word among them.
// No Verilog source is so: every design unit opens with a keyword whose letters are not
// all hexadecimal digits.
func memoryImage(text []byte) bool {
	words := 0
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			i++
		case c == '/' && i+1 < len(text) && text[i+1] == '/':
			for i < len(text) && text[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(text) && text[i+1] == '*':
			end := bytes.Index(text[i+2:], []byte("*/"))
			if end < 0 {
				return false
			}
			i += end + 4
		default:
			j := i
			if c == '@' {
				j++
			}
			start := j
			for j < len(text) && imageDigit(text[j]) {
				j++
			}
			if j == start || j < len(text) && !imageSpace(text[j]) && text[j] != '/' {
				return false
			}
			if c != '@' {
				words++
			}
			i = j
		}
	}
	return words > 0
}

func imageDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == '_' ||
		c == 'x' || c == 'X' || c == 'z' || c == 'Z'
}

func imageSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}
