package lsp

import (
	"context"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen"
)

// definition answers textDocument/definition with the pack's declaration sites.
func (s *Server) definition(ctx context.Context, req *jsonrpc2.Request) (any, error) {
	var p protocol.DefinitionParams
	if err := unmarshal(req, &p); err != nil {
		return nil, err
	}
	d, cr, err := s.positionRequest(p.TextDocument.URI, p.Position)
	if missingDocument(err) {
		return []protocol.Location{}, nil
	}
	if err != nil {
		return nil, err
	}
	def, ok := d.pack.(codegen.Definer)
	if !ok {
		return []protocol.Location{}, nil
	}
	return s.locations(def.Definition(ctx, cr)), nil
}

// locations converts a pack's locations, in any workspace file, to client locations.
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
