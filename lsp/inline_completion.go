package lsp

import (
	"context"

	"github.com/sourcegraph/jsonrpc2"
)

// inlineCompletion answers textDocument/inlineCompletion (LSP 3.18) with ghost text. Each
// item carries the gantry.accepted command, the only portable signal that it was taken.
func (s *Server) inlineCompletion(ctx context.Context, req *jsonrpc2.Request) (any, error) {
	var p InlineCompletionParams
	if err := unmarshal(req, &p); err != nil {
		return nil, err
	}
	sugs, err := s.suggest(ctx, p.TextDocument.URI, p.Position, p.Context.TriggerKind == InlineTriggerInvoked)
	if err != nil {
		return nil, err
	}
	list := InlineCompletionList{Items: []InlineCompletionItem{}}
	for _, sg := range sugs {
		rng := sg.rng
		list.Items = append(list.Items, InlineCompletionItem{
			InsertText: sg.text, Range: &rng,
			Command: acceptedCommand(p.TextDocument.URI, sg),
		})
	}
	return list, nil
}
