package codegen

import (
	"context"

	"github.com/gantry-dev/gantry/codegen/syntax"
)

// Optional pack features behind LSP requests. A pack implements what its language supports.

// Hoverer explains what is under the cursor, in Markdown; "" when there is nothing to say.
type Hoverer interface {
	Hover(ctx context.Context, req ContextRequest) string
}

// Symbol is one entry of a document's outline.
type Symbol struct {
	Name     string
	Detail   string
	Kind     SymbolKind
	Start    int // byte range of the whole construct
	End      int
	Children []Symbol
}

// SymbolKind names an outline entry's kind; the LSP layer maps it to LSP's numbers.
type SymbolKind string

const (
	KindModule    SymbolKind = "module"
	KindFunction  SymbolKind = "function"
	KindClass     SymbolKind = "class"
	KindMethod    SymbolKind = "method"
	KindProperty  SymbolKind = "property"
	KindVariable  SymbolKind = "variable"
	KindConstant  SymbolKind = "constant"
	KindEnum      SymbolKind = "enum"
	KindStruct    SymbolKind = "struct"
	KindInterface SymbolKind = "interface"
	KindEvent     SymbolKind = "event"
	KindNamespace SymbolKind = "namespace"
	KindField     SymbolKind = "field"
)

// Symboler lists a document's outline.
type Symboler interface {
	Symbols(ctx context.Context, f *syntax.File) []Symbol
}

// Location is a byte range in a file of the workspace.
type Location struct {
	Path       string
	File       *syntax.File
	Start, End int
}

// Definer finds where the name under the cursor is declared.
type Definer interface {
	Definition(ctx context.Context, req ContextRequest) []Location
}

// Referencer finds every use of the name under the cursor, declaration included.
type Referencer interface {
	References(ctx context.Context, req ContextRequest) []Location
}
