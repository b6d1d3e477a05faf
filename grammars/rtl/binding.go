package rtl

// #cgo CFLAGS: -std=c11 -fPIC -O2 -I${SRCDIR}/src -DGANTRY_GRAMMAR_SHA=763ce37c018de1af
// #include "src/parser.c"
import "C"

import (
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"
)

// Language returns the tree-sitter language for synthesizable Verilog-2005 and
// the design subset of SystemVerilog.
func Language() *sitter.Language {
	return sitter.NewLanguage(unsafe.Pointer(C.tree_sitter_rtl()))
}
