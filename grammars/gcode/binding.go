package gcode

// #cgo CFLAGS: -std=c11 -fPIC -O2 -DGANTRY_GRAMMAR_SHA=1e3b9c97cbf302b1
// #include "src/parser.c"
import "C"

import (
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"
)

// Language returns the tree-sitter language for G-code: RS274NGC/LinuxCNC, Fanuc macro B,
// Haas, Grbl and Marlin/RepRap dialects in one line-structured grammar.
func Language() *sitter.Language { return sitter.NewLanguage(unsafe.Pointer(C.tree_sitter_gcode())) }
