package lsp

import (
	"context"
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"strings"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen"
)

// hover answers textDocument/hover with the pack's Markdown, or its plain-text reading for
// clients that asked for plaintext first (they would show the fences and stars verbatim).
func (s *Server) hover(ctx context.Context, req *jsonrpc2.Request) (any, error) {
	var p protocol.HoverParams
	if err := unmarshal(req, &p); err != nil {
		return nil, err
	}
	d, cr, err := s.positionRequest(p.TextDocument.URI, p.Position)
	if missingDocument(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	h, ok := d.pack.(codegen.Hoverer)
	if !ok {
		return nil, nil
	}
	text := h.Hover(ctx, cr)
	if text == "" {
		return nil, nil
	}
	s.mu.Lock()
	plain := s.client.plainHover
	s.mu.Unlock()
	if plain {
		return protocol.Hover{Contents: protocol.MarkupContent{Kind: protocol.PlainText, Value: plainText(text)}}, nil
	}
	return protocol.Hover{Contents: protocol.MarkupContent{Kind: protocol.Markdown, Value: text}}, nil
}

var (
	mdEmphasis = lazyregexp.New(`(^|[\s(])(\*\*|\*|__)([^*\s](?:[^*\n]*[^*\s])?)(\*\*|\*|__)($|[\s).,;:])`)
	mdCode     = lazyregexp.New("`([^`\n]+)`")
)

// plainText reads the Markdown the packs write as plain text: code fences dropped (their
// code kept as it is), emphasis and code spans unwrapped, hard line breaks trimmed.
func plainText(md string) string {
	var out []string
	inFence := false
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			inFence = !inFence
			continue
		}
		if !inFence {
			line = mdCode.ReplaceAllString(line, "$1")
			line = mdEmphasis.ReplaceAllString(line, "$1$3$5")
			line = strings.TrimRight(line, " ")
		}
		out = append(out, line)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}
