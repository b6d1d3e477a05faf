package lsp

import (
	"context"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen"
)

// positionRequest resolves a text document position to the pack's request.
func (s *Server) positionRequest(uri protocol.DocumentURI, pos protocol.Position) (*document, codegen.ContextRequest, error) {
	d := s.doc(uri)
	if d == nil {
		return nil, codegen.ContextRequest{}, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: "document not open: " + string(uri)}
	}
	f, _, bad := d.snapshot()
	if f == nil {
		return nil, codegen.ContextRequest{}, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: "cannot analyse: " + bad}
	}
	off, err := s.offset(f.Lines, pos)
	if err != nil {
		return nil, codegen.ContextRequest{}, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: err.Error()}
	}
	return d, codegen.ContextRequest{Path: d.path, File: f, Offset: off, Config: s.configFor(d.path), Workspace: s.workspace}, nil
}

func (s *Server) definition(ctx context.Context, req *jsonrpc2.Request) (any, error) {
	var p protocol.DefinitionParams
	if err := unmarshal(req, &p); err != nil {
		return nil, err
	}
	d, cr, err := s.positionRequest(p.TextDocument.URI, p.Position)
	if err != nil {
		return nil, err
	}
	def, ok := d.pack.(codegen.Definer)
	if !ok {
		return []protocol.Location{}, nil
	}
	return s.locations(def.Definition(ctx, cr)), nil
}

func (s *Server) references(ctx context.Context, req *jsonrpc2.Request) (any, error) {
	var p protocol.ReferenceParams
	if err := unmarshal(req, &p); err != nil {
		return nil, err
	}
	d, cr, err := s.positionRequest(p.TextDocument.URI, p.Position)
	if err != nil {
		return nil, err
	}
	ref, ok := d.pack.(codegen.Referencer)
	if !ok {
		return []protocol.Location{}, nil
	}
	return s.locations(ref.References(ctx, cr)), nil
}

func (s *Server) locations(in []codegen.Location) []protocol.Location {
	out := []protocol.Location{}
	for _, l := range in {
		if l.File == nil {
			continue
		}
		out = append(out, protocol.Location{URI: pathToURI(l.Path), Range: s.lspRange(l.File.Lines, l.Start, l.End)})
	}
	return out
}

func (s *Server) documentSymbol(ctx context.Context, req *jsonrpc2.Request) (any, error) {
	var p protocol.DocumentSymbolParams
	if err := unmarshal(req, &p); err != nil {
		return nil, err
	}
	d := s.doc(p.TextDocument.URI)
	if d == nil {
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: "document not open: " + string(p.TextDocument.URI)}
	}
	f, _, _ := d.snapshot()
	sym, ok := d.pack.(codegen.Symboler)
	if !ok || f == nil {
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
