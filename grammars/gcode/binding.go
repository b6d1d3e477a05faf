package gcode

// #cgo CFLAGS: -std=c11 -fPIC -O2 -I${SRCDIR}/src -DGANTRY_GRAMMAR_SHA=a9f6dfccfb2a7f9f
// #include "src/parser.c"
import "C"

import (
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"
)

// Language returns the tree-sitter language for G-code: RS274NGC/LinuxCNC, Fanuc macro B,
// Haas, Grbl and Marlin/RepRap dialects in one line-structured grammar.
func Language() *sitter.Language { return language }

// language is the one value Language returns: caches keyed by the language (symbol and
// field name tables) must see one key, not a new one per call.
var language = sitter.NewLanguage(unsafe.Pointer(C.tree_sitter_gcode()))
