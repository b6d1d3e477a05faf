package rtl

// #cgo CFLAGS: -std=c11 -fPIC -O2 -I${SRCDIR}/src -DGANTRY_GRAMMAR_SHA=dcb37a2d281f7eeb
// #include "src/parser.c"
// #include "src/scanner.c"
import "C"

import (
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"
)

// Language returns the tree-sitter language for Verilog-2005 and SystemVerilog (IEEE
// 1800-2017: design and verification code; src/scanner.c handles `else branches, raw macro
// arguments and the end of a `define).
func Language() *sitter.Language { return language }

// language is the one value Language returns: caches keyed by the language (symbol and
// field name tables) must see one key, not a new one per call.
var language = sitter.NewLanguage(unsafe.Pointer(C.tree_sitter_rtl()))
