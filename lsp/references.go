package lsp

import (
	"context"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen"
)

// references answers textDocument/references across the workspace.
func (s *Server) references(ctx context.Context, req *jsonrpc2.Request) (any, error) {
	var p protocol.ReferenceParams
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
	ref, ok := d.pack.(codegen.Referencer)
	if !ok {
		return []protocol.Location{}, nil
	}
	return s.locations(ref.References(ctx, cr)), nil
}
