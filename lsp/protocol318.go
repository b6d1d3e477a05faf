package lsp

import "go.lsp.dev/protocol"

// LSP 3.18 inline completion, which go.lsp.dev/protocol v0.12.0 lacks.

// InlineCompletionParams is the request of textDocument/inlineCompletion.
type InlineCompletionParams struct {
	TextDocument protocol.TextDocumentIdentifier `json:"textDocument"`
	Position     protocol.Position               `json:"position"`
	Context      InlineCompletionContext         `json:"context"`
}

// InlineCompletionTriggerKind says whether the user asked (1) or typing triggered (2).
type InlineCompletionTriggerKind int

const (
	InlineTriggerInvoked   InlineCompletionTriggerKind = 1
	InlineTriggerAutomatic InlineCompletionTriggerKind = 2
)

// InlineCompletionContext is the context of the request.
type InlineCompletionContext struct {
	TriggerKind            InlineCompletionTriggerKind `json:"triggerKind"`
	SelectedCompletionInfo *SelectedCompletionInfo     `json:"selectedCompletionInfo,omitempty"`
}

// SelectedCompletionInfo describes the completion item the widget has selected.
type SelectedCompletionInfo struct {
	Range protocol.Range `json:"range"`
	Text  string         `json:"text"`
}

// InlineCompletionItem is one ghost-text suggestion.
type InlineCompletionItem struct {
	InsertText string            `json:"insertText"`
	FilterText string            `json:"filterText,omitempty"`
	Range      *protocol.Range   `json:"range,omitempty"`
	Command    *protocol.Command `json:"command,omitempty"`
}

// InlineCompletionList is the result of textDocument/inlineCompletion.
type InlineCompletionList struct {
	Items []InlineCompletionItem `json:"items"`
}

// didChangeParams mirrors DidChangeTextDocumentParams with an optional range: v0.12.0's
// value-typed Range cannot tell a full-document change from an edit at 0:0.
type didChangeParams struct {
	TextDocument   protocol.VersionedTextDocumentIdentifier `json:"textDocument"`
	ContentChanges []contentChange                          `json:"contentChanges"`
}

type contentChange struct {
	Range *protocol.Range `json:"range,omitempty"`
	Text  string          `json:"text"`
}

// serverCapabilities adds the 3.18 and 3.17 providers to v0.12.0's struct.
type serverCapabilities struct {
	protocol.ServerCapabilities
	PositionEncoding         string             `json:"positionEncoding,omitempty"` // LSP 3.17
	InlineCompletionProvider bool               `json:"inlineCompletionProvider"`
	DiagnosticProvider       *diagnosticOptions `json:"diagnosticProvider,omitempty"`
}

type diagnosticOptions struct {
	InterFileDependencies bool `json:"interFileDependencies"`
	WorkspaceDiagnostics  bool `json:"workspaceDiagnostics"`
}

type initializeResult struct {
	Capabilities serverCapabilities   `json:"capabilities"`
	ServerInfo   *protocol.ServerInfo `json:"serverInfo,omitempty"`
}

// documentDiagnosticParams / report: LSP 3.17 pull diagnostics.
type documentDiagnosticParams struct {
	TextDocument protocol.TextDocumentIdentifier `json:"textDocument"`
}

type documentDiagnosticReport struct {
	Kind  string                `json:"kind"` // "full"
	Items []protocol.Diagnostic `json:"items"`
}

// statusParams is Gantry's own notification, gantry/status, for editors' status items.
type statusParams struct {
	Backend   string `json:"backend"`
	Model     string `json:"model"`
	Host      string `json:"host,omitempty"`
	Reachable bool   `json:"reachable"`
	CanInsert bool   `json:"canInsert"`
	Message   string `json:"message,omitempty"`
	Shown     int    `json:"shown"`
	Accepted  int    `json:"accepted"`
	Dropped   int    `json:"dropped"`
	// LastDropped lists the most recent dropped candidates with their reasons.
	LastDropped []droppedInfo `json:"lastDropped,omitempty"`
}

type droppedInfo struct {
	Text   string `json:"text"`
	Reason string `json:"reason"`
	URI    string `json:"uri"`
}
