package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"github.com/gantry-dev/gantry/codegen/privacy"
	"path/filepath"
	"slices"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/source"
)

type initializeParams struct {
	RootURI               protocol.DocumentURI       `json:"rootUri"`
	RootPath              string                     `json:"rootPath"`
	WorkspaceFolders      []protocol.WorkspaceFolder `json:"workspaceFolders"`
	InitializationOptions json.RawMessage            `json:"initializationOptions"`
	Trace                 string                     `json:"trace"`
	Capabilities          clientCapabilities         `json:"capabilities"`
}

// clientCapabilities is the part of the client's capabilities the server acts on.
type clientCapabilities struct {
	General struct {
		PositionEncodings []string `json:"positionEncodings"`
	} `json:"general"`
	TextDocument struct {
		Hover struct {
			ContentFormat []string `json:"contentFormat"`
		} `json:"hover"`
		// Diagnostic is present when the client pulls diagnostics (LSP 3.17).
		Diagnostic json.RawMessage `json:"diagnostic"`
	} `json:"textDocument"`
}

// client is what the server settled with the client at initialize.
type client struct {
	encoding      source.Encoding
	plainHover    bool // the client shows hover text as plain text only
	pullsDiagnose bool // the client asks with textDocument/diagnostic: pushing too would show each finding twice
}

func negotiate(c clientCapabilities) client {
	var out client
	// utf-8 spares every conversion; UTF-16 is what every client must accept otherwise.
	if slices.Contains(c.General.PositionEncodings, "utf-8") {
		out.encoding = source.UTF8
	}
	for _, f := range c.TextDocument.Hover.ContentFormat {
		if f == string(protocol.Markdown) || f == string(protocol.PlainText) {
			out.plainHover = f == string(protocol.PlainText) // the client's first choice among the two
			break
		}
	}
	d := bytes.TrimSpace(c.TextDocument.Diagnostic)
	out.pullsDiagnose = len(d) > 0 && !bytes.Equal(d, []byte("null"))
	return out
}

// settingsObject normalises client settings: null, nothing and an empty array (how Neovim's
// Lua encodes an empty table) mean "no settings"; anything else must be an object.
func settingsObject(raw json.RawMessage) (json.RawMessage, error) {
	t := bytes.TrimSpace(raw)
	if len(t) == 0 || bytes.Equal(t, []byte("null")) {
		return nil, nil
	}
	if t[0] == '[' {
		var arr []json.RawMessage
		if err := json.Unmarshal(t, &arr); err == nil && len(arr) == 0 {
			return nil, nil
		}
	}
	if t[0] != '{' {
		return nil, fmt.Errorf("settings: want an object with the keys of gantry.toml, got %.40s", t)
	}
	if err := config.Default().MergeJSON(t); err != nil {
		return nil, err
	}
	return t, nil
}

// Commands the server executes through workspace/executeCommand.
const (
	cmdAccepted   = "gantry.accepted"
	cmdShowPrompt = "gantry.showPrompt"
	cmdStatus     = "gantry.status"
	cmdCheck      = "gantry.checkWorkspace"
	cmdGenerate   = "gantry.generate"
	cmdPlot       = "gantry.plot"
)

func (s *Server) initialize(_ context.Context, req *jsonrpc2.Request) (any, error) {
	var p initializeParams
	if err := unmarshal(req, &p); err != nil {
		return nil, err
	}
	privacy.Warm() // the first suggestion's prompt is masked with it
	// Settings errors are reported, not fatal: the server still serves with defaults.
	opts, err := settingsObject(p.InitializationOptions)
	if err != nil {
		s.notify("window/showMessage", protocol.ShowMessageParams{Type: protocol.MessageTypeError, Message: "gantry: " + err.Error()})
	}
	cl := negotiate(p.Capabilities)
	s.mu.Lock()
	s.initSettings, s.merged = opts, nil
	s.client = cl
	if p.Trace == "verbose" {
		s.logLevel = protocol.MessageTypeLog
	}
	s.mu.Unlock()
	s.setRoots(initialRoots(p))
	s.applyLimits()

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
				Commands: []string{cmdAccepted, cmdShowPrompt, cmdStatus, cmdCheck, cmdGenerate, cmdPlot},
			},
		},
		PositionEncoding:         cl.encoding.String(),
		InlineCompletionProvider: true,
		DiagnosticProvider:       &diagnosticOptions{InterFileDependencies: true},
	}
	caps.Workspace = &protocol.ServerCapabilitiesWorkspace{
		WorkspaceFolders: &protocol.ServerCapabilitiesWorkspaceFolders{Supported: true, ChangeNotifications: true},
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
	settings, err := settingsObject(p.Settings)
	if err != nil {
		s.notify("window/showMessage", protocol.ShowMessageParams{Type: protocol.MessageTypeError, Message: "gantry: " + err.Error()})
		return nil
	}
	s.mu.Lock()
	s.settings, s.merged = settings, nil
	s.lastErrors = map[string]bool{}
	s.cache = codegen.NewCache(256) // suggestions from another model or setting are stale
	docs := make([]*document, 0, len(s.docs))
	for _, d := range s.docs {
		docs = append(docs, d)
	}
	s.mu.Unlock()
	s.workspace.Invalidate()
	s.applyLimits()
	for _, d := range docs {
		s.scheduleDiagnostics(d, 0)
	}
	return nil
}

// applyLimits gives the connection the message limit of the workspace's settings (the
// root's gantry.toml and the client's settings).
func (s *Server) applyLimits() {
	s.mu.Lock()
	root := s.root
	s.mu.Unlock()
	if s.stream != nil {
		s.stream.setLimitMB(s.configFor(filepath.Join(root, config.FileName)).Limits.MaxMessageMB)
	}
}

// configFor returns the configuration for a file: defaults, the nearest gantry.toml, the
// initializationOptions, then the latest workspace/didChangeConfiguration settings, each
// key by key over the one before (eglot sends empty settings right after initialize: they
// must not undo the initializationOptions). A broken gantry.toml is reported once and the
// last settings that loaded from it are kept (the defaults when none did).
func (s *Server) configFor(path string) *config.Config {
	cfg, err := s.workspace.ConfigFor(path)
	if err != nil {
		s.reportOnce("config:"+err.Error(), protocol.MessageTypeError, "gantry: "+err.Error())
	}
	if cfg == nil {
		cfg = config.Default()
	}
	s.mu.Lock()
	initial, settings := s.initSettings, s.settings
	merged, ok := s.merged[cfg]
	s.mu.Unlock()
	if ok {
		return merged
	}
	if len(initial) > 0 || len(settings) > 0 {
		merged = cfg.Clone()
		_ = merged.MergeJSON(initial)
		_ = merged.MergeJSON(settings)
	} else {
		merged = cfg
	}
	s.mu.Lock()
	// The settings may have changed meanwhile: keep the result only if they did not.
	if sameJSON(initial, s.initSettings) && sameJSON(settings, s.settings) {
		if s.merged == nil || len(s.merged) >= maxMergedConfigs { // a gantry.toml edited many times leaves old keys
			s.merged = map[*config.Config]*config.Config{}
		}
		s.merged[cfg] = merged
	}
	s.mu.Unlock()
	return merged
}

const maxMergedConfigs = 64

func sameJSON(a, b json.RawMessage) bool { return string(a) == string(b) }

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

// lifecycle handles initialize, initialized, shutdown and exit, and answers every other
// message as the specification says for the server's state: before initialize, requests get
// ServerNotInitialized and notifications are dropped; after shutdown, requests get
// InvalidRequest. done is false when the message is for the features to handle.
func (s *Server) lifecycle(ctx context.Context, req *jsonrpc2.Request) (result any, done bool, err error) {
	s.mu.Lock()
	down, ready := s.shutdown, s.initialized
	s.mu.Unlock()
	if down && req.Method != "exit" && !req.Notif {
		return nil, true, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidRequest, Message: "server is shutting down"}
	}
	if !ready && req.Method != "initialize" && req.Method != "exit" {
		if req.Notif {
			return nil, true, nil // dropped before initialize, as the specification says
		}
		return nil, true, &jsonrpc2.Error{Code: codeServerNotInitialized, Message: req.Method + ": the server is not initialized yet (send initialize first)"}
	}
	switch req.Method {
	case "initialize":
		res, err := s.initialize(ctx, req)
		if err == nil {
			s.mu.Lock()
			s.initialized = true
			s.mu.Unlock()
		}
		return res, true, err
	case "initialized":
		// Tell the editor's status item where things stand before anything happens.
		s.mu.Lock()
		st := s.stats
		s.mu.Unlock()
		s.notify("gantry/status", st)
		return nil, true, nil
	case "shutdown":
		s.mu.Lock()
		s.shutdown = true
		s.mu.Unlock()
		return nil, true, nil
	case "exit":
		s.mu.Lock()
		code := 1
		if s.shutdown {
			code = 0
		}
		s.mu.Unlock()
		s.exited <- code
		return nil, true, nil
	}
	return nil, false, nil
}
