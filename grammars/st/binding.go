package st

// #cgo CFLAGS: -std=c11 -fPIC -O2 -I${SRCDIR}/src -DGANTRY_GRAMMAR_SHA=3980b65d730a1eb8
// #include "src/parser.c"
// #include "src/scanner.c"
import "C"

import (
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"
)

// Language returns the tree-sitter language for IEC 61131-3 Structured Text
// (CODESYS/TwinCAT and Siemens SCL dialects; src/scanner.c lexes comments and reserved words).
func Language() *sitter.Language { return language }

// language is the one value Language returns: caches keyed by the language (symbol and
// field name tables) must see one key, not a new one per call.
var language = sitter.NewLanguage(unsafe.Pointer(C.tree_sitter_st()))
