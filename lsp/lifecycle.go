package lsp

import (
	"context"
	"encoding/json"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
)

type initializeParams struct {
	RootURI               protocol.DocumentURI       `json:"rootUri"`
	RootPath              string                     `json:"rootPath"`
	WorkspaceFolders      []protocol.WorkspaceFolder `json:"workspaceFolders"`
	InitializationOptions json.RawMessage            `json:"initializationOptions"`
	Trace                 string                     `json:"trace"`
}

// Commands the server executes through workspace/executeCommand.
const (
	cmdAccepted   = "gantry.accepted"
	cmdShowPrompt = "gantry.showPrompt"
	cmdStatus     = "gantry.status"
	cmdCheck      = "gantry.checkWorkspace"
	cmdGenerate   = "gantry.generate"
)

func (s *Server) initialize(_ context.Context, req *jsonrpc2.Request) (any, error) {
	var p initializeParams
	if err := unmarshal(req, &p); err != nil {
		return nil, err
	}
	// Settings errors are reported, not fatal: the server still serves with defaults.
	if len(p.InitializationOptions) > 0 {
		if err := config.Default().MergeJSON(p.InitializationOptions); err != nil {
			s.notify("window/showMessage", protocol.ShowMessageParams{Type: protocol.MessageTypeError, Message: "gantry: " + err.Error()})
		} else {
			s.settings = p.InitializationOptions
		}
	}
	root := p.RootPath
	if p.RootURI != "" {
		root = uriToPath(p.RootURI)
	}
	if len(p.WorkspaceFolders) > 0 {
		root = uriToPath(protocol.DocumentURI(p.WorkspaceFolders[0].URI))
	}
	s.mu.Lock()
	s.root = root
	if p.Trace == "verbose" {
		s.logLevel = protocol.MessageTypeLog
	}
	s.mu.Unlock()
	s.workspace.SetRoot(root)

	caps := serverCapabilities{
		ServerCapabilities: protocol.ServerCapabilities{
			TextDocumentSync: protocol.TextDocumentSyncOptions{
				OpenClose: true,
				Change:    protocol.TextDocumentSyncKindIncremental,
				Save:      &protocol.SaveOptions{IncludeText: false},
			},
			CompletionProvider:     &protocol.CompletionOptions{TriggerCharacters: []string{" ", "(", ":", "\n"}},
			HoverProvider:          true,
			DefinitionProvider:     true,
			ReferencesProvider:     true,
			DocumentSymbolProvider: true,
			CodeActionProvider:     true,
			ExecuteCommandProvider: &protocol.ExecuteCommandOptions{
				Commands: []string{cmdAccepted, cmdShowPrompt, cmdStatus, cmdCheck, cmdGenerate},
			},
		},
		InlineCompletionProvider: true,
		DiagnosticProvider:       &diagnosticOptions{InterFileDependencies: true},
	}
	return initializeResult{Capabilities: caps, ServerInfo: &protocol.ServerInfo{Name: "gantry", Version: s.opts.Version}}, nil
}

func (s *Server) didChangeConfiguration(_ context.Context, req *jsonrpc2.Request) error {
	var p struct {
		Settings json.RawMessage `json:"settings"`
	}
	if err := unmarshal(req, &p); err != nil {
		return err
	}
	if err := config.Default().MergeJSON(p.Settings); err != nil {
		s.notify("window/showMessage", protocol.ShowMessageParams{Type: protocol.MessageTypeError, Message: "gantry: " + err.Error()})
		return nil
	}
	s.mu.Lock()
	s.settings = p.Settings
	s.lastErrors = map[string]bool{}
	s.cache = codegen.NewCache(256) // suggestions from another model or setting are stale
	docs := make([]*document, 0, len(s.docs))
	for _, d := range s.docs {
		docs = append(docs, d)
	}
	s.mu.Unlock()
	s.workspace.Invalidate()
	for _, d := range docs {
		s.scheduleDiagnostics(d, 0)
	}
	return nil
}

// configFor returns the configuration for a file: defaults, the nearest gantry.toml, then
// the client's settings. A broken gantry.toml is reported once and the defaults are used.
func (s *Server) configFor(path string) *config.Config {
	cfg, err := s.workspace.ConfigFor(path)
	if err != nil {
		s.reportOnce("config:"+err.Error(), protocol.MessageTypeError, "gantry: "+err.Error())
		cfg = config.Default()
	}
	s.mu.Lock()
	settings := s.settings
	s.mu.Unlock()
	if len(settings) > 0 {
		cfg = cfg.Clone()
		_ = cfg.MergeJSON(settings)
	}
	return cfg
}

// reportOnce shows a message the first time a given key is seen.
func (s *Server) reportOnce(key string, level protocol.MessageType, msg string) {
	s.mu.Lock()
	seen := s.lastErrors[key]
	s.lastErrors[key] = true
	s.mu.Unlock()
	if !seen {
		s.notify("window/showMessage", protocol.ShowMessageParams{Type: level, Message: msg})
	}
}
