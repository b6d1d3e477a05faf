package lsp

import (
	"context"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen"
)

// documentSymbol answers textDocument/documentSymbol with the pack's outline.
func (s *Server) documentSymbol(ctx context.Context, req *jsonrpc2.Request) (any, error) {
	var p protocol.DocumentSymbolParams
	if err := unmarshal(req, &p); err != nil {
		return nil, err
	}
	d, f, err := s.analysable(p.TextDocument.URI)
	if missingDocument(err) {
		return []protocol.DocumentSymbol{}, nil
	}
	sym, ok := d.pack.(codegen.Symboler)
	if !ok {
		return []protocol.DocumentSymbol{}, nil
	}
	var conv func([]codegen.Symbol) []protocol.DocumentSymbol
	conv = func(in []codegen.Symbol) []protocol.DocumentSymbol {
		out := []protocol.DocumentSymbol{}
		for _, sy := range in {
			rng := s.lspRange(f.Lines, sy.Start, sy.End)
			out = append(out, protocol.DocumentSymbol{
				Name: sy.Name, Detail: sy.Detail, Kind: symbolKind(sy.Kind), Range: rng, SelectionRange: rng,
				Children: conv(sy.Children),
			})
		}
		return out
	}
	return conv(sym.Symbols(ctx, f)), nil
}

func symbolKind(k codegen.SymbolKind) protocol.SymbolKind {
	switch k {
	case codegen.KindModule:
		return protocol.SymbolKindModule
	case codegen.KindFunction:
		return protocol.SymbolKindFunction
	case codegen.KindClass:
		return protocol.SymbolKindClass
	case codegen.KindMethod:
		return protocol.SymbolKindMethod
	case codegen.KindProperty:
		return protocol.SymbolKindProperty
	case codegen.KindConstant:
		return protocol.SymbolKindConstant
	case codegen.KindEnum:
		return protocol.SymbolKindEnum
	case codegen.KindStruct:
		return protocol.SymbolKindStruct
	case codegen.KindInterface:
		return protocol.SymbolKindInterface
	case codegen.KindEvent:
		return protocol.SymbolKindEvent
	case codegen.KindNamespace:
		return protocol.SymbolKindNamespace
	case codegen.KindField:
		return protocol.SymbolKindField
	}
	return protocol.SymbolKindVariable
}
