package st

// #cgo CFLAGS: -std=c11 -fPIC -O2
// #include "src/parser.c"
import "C"

import (
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"
)

// Language returns the tree-sitter language for IEC 61131-3 Structured Text
// (CODESYS/TwinCAT and Siemens SCL dialects).
func Language() *sitter.Language { return sitter.NewLanguage(unsafe.Pointer(C.tree_sitter_st())) }
