package lsp

import (
	"context"
	"strings"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"
)

// completion answers textDocument/completion with the same vetted suggestions, for clients
// without inline completion. Each item inserts at the cursor through a text edit.
func (s *Server) completion(ctx context.Context, req *jsonrpc2.Request) (any, error) {
	var p protocol.CompletionParams
	if err := unmarshal(req, &p); err != nil {
		return nil, err
	}
	invoked := p.Context == nil || p.Context.TriggerKind == protocol.CompletionTriggerKindInvoked
	sugs, err := s.suggest(ctx, p.TextDocument.URI, p.Position, invoked)
	if err != nil {
		return nil, err
	}
	word := ""
	if d := s.doc(p.TextDocument.URI); d != nil {
		if f, _, _ := d.snapshot(); f != nil {
			word = s.cursorWord(f, p.Position)
		}
	}
	list := protocol.CompletionList{IsIncomplete: true, Items: []protocol.CompletionItem{}}
	for i, sg := range sugs {
		label := strings.TrimSpace(strings.SplitN(sg.text, "\n", 2)[0])
		if len(label) > 60 {
			label = label[:60] + "…"
		}
		if strings.Contains(sg.text, "\n") {
			label += " …"
		}
		list.Items = append(list.Items, protocol.CompletionItem{
			Label:      label,
			Kind:       protocol.CompletionItemKindSnippet,
			Detail:     "gantry suggestion (vetted)",
			SortText:   string(rune('a' + i)),
			FilterText: word + sg.text,
			InsertText: sg.text,
			TextEdit:   &protocol.TextEdit{Range: sg.rng, NewText: sg.text},
			Command:    acceptedCommand(p.TextDocument.URI, sg),
		})
	}
	return list, nil
}
