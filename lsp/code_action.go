package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen"
)

// generateMarker starts a comment that asks for code: `(* gantry: … *)`, `; gantry: …`,
// `// gantry: …`.
const generateMarker = "gantry:"

// instructionAt returns the instruction of a marker comment on a line, or "".
func instructionAt(line string) string {
	i := strings.Index(strings.ToLower(line), generateMarker)
	if i < 0 || strings.Contains(line[:i], "gantry:ignore") {
		return ""
	}
	rest := line[i+len(generateMarker):]
	if strings.HasPrefix(rest, "ignore") {
		return ""
	}
	rest = strings.NewReplacer("*)", "", "*/", "", ")", "").Replace(rest)
	return strings.TrimSpace(rest)
}

// codeAction offers generation on a line holding a marker comment.
func (s *Server) codeAction(_ context.Context, req *jsonrpc2.Request) (any, error) {
	var p protocol.CodeActionParams
	if err := unmarshal(req, &p); err != nil {
		return nil, err
	}
	actions := []protocol.CodeAction{}
	_, f, err := s.analysable(p.TextDocument.URI)
	if missingDocument(err) || int(p.Range.Start.Line) >= f.Lines.Count() {
		return actions, nil
	}
	line := string(f.Lines.LineText(int(p.Range.Start.Line)))
	if instr := instructionAt(line); instr != "" {
		actions = append(actions, protocol.CodeAction{
			Title: "Gantry: generate code for “" + instr + "”",
			Kind:  protocol.RefactorRewrite,
			Command: &protocol.Command{Title: "Gantry: generate", Command: cmdGenerate,
				Arguments: []any{string(p.TextDocument.URI), protocol.Position{Line: p.Range.Start.Line}}},
		})
	}
	return actions, nil
}

// generate runs natural-language generation for the marker comment at a position and sends
// the checked result to the client as an edit it applies (workspace/applyEdit), inserted
// after the comment. A refusal is shown with the findings that remained.
func (s *Server) generate(ctx context.Context, args []json.RawMessage) (any, error) {
	var uri protocol.DocumentURI
	var pos protocol.Position
	if len(args) != 2 || json.Unmarshal(args[0], &uri) != nil || json.Unmarshal(args[1], &pos) != nil {
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: cmdGenerate + ": want [uri, position]"}
	}
	d, cr, err := s.positionRequest(uri, protocol.Position{Line: pos.Line})
	if err != nil {
		return nil, err
	}
	f := cr.File
	instr := instructionAt(string(f.Lines.LineText(int(pos.Line))))
	if instr == "" {
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: "no `gantry:` comment on that line"}
	}
	// The code goes on the lines after the comment; the gate vets exactly that insertion.
	if int(pos.Line)+1 >= f.Lines.Count() {
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: "add a line after the `gantry:` comment first"}
	}
	insertAt := f.Lines.Start(int(pos.Line) + 1)
	chat, _ := s.primary(cr.Config).(codegen.Chatter)
	if chat == nil {
		// Not a server fault: say what to set, as the answer and on screen.
		msg := "gantry generate needs a model, and none is configured: set `model` in gantry.toml or in the editor's gantry settings (or GANTRY_MODEL), with Ollama running or `backend = \"openai\"` and `base_url` for an OpenAI-compatible server"
		s.notify("window/showMessage", protocol.ShowMessageParams{Type: protocol.MessageTypeWarning, Message: msg})
		return nil, &jsonrpc2.Error{Code: codeRequestFailed, Message: msg}
	}
	res, err := codegen.Generate(ctx, d.pack, chat, codegen.GenerateRequest{
		Instruction: instr, Config: cr.Config, Workspace: s.workspace,
		Path: d.path, Document: f, Offset: insertAt,
	})
	if err != nil {
		s.notify("window/showMessage", protocol.ShowMessageParams{Type: protocol.MessageTypeError, Message: "gantry generate: " + err.Error()})
		if ctx.Err() == nil {
			// The model host failed or answered nonsense: the request was fine.
			return nil, &jsonrpc2.Error{Code: codeRequestFailed, Message: "gantry generate: " + err.Error()}
		}
		return nil, err
	}
	if !res.OK {
		var probs []string
		for _, fd := range res.Remaining {
			probs = append(probs, fd.Rule+": "+fd.Message)
		}
		msg := fmt.Sprintf("gantry: no code passed the checks after %d rounds: %s", len(res.Rounds), strings.Join(probs, "; "))
		s.notify("window/showMessage", protocol.ShowMessageParams{Type: protocol.MessageTypeWarning, Message: msg})
		return res, nil
	}
	at := s.position(f.Lines, insertAt)
	edit := protocol.ApplyWorkspaceEditParams{
		Label: "Gantry: generated code",
		Edit: protocol.WorkspaceEdit{Changes: map[protocol.DocumentURI][]protocol.TextEdit{
			uri: {{Range: protocol.Range{Start: at, End: at}, NewText: res.Code}},
		}},
	}
	var applied protocol.ApplyWorkspaceEditResponse
	if err := s.connection().Call(ctx, "workspace/applyEdit", edit, &applied); err != nil {
		return res, nil // the client may not support applyEdit; the result is returned anyway
	}
	return res, nil
}
