// Package lsp is Gantry's language server: JSON-RPC over stdio, a document store kept in
// sync with incremental edits, debounced diagnostics, and vetted suggestions as inline
// completions and completion items. Each LSP feature has its own file with a thin handler
// that finds the document and hands it to the codegen pipeline.
package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"runtime/debug"
	"sync"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/deepstack"
	"github.com/gantry-dev/gantry/codegen/retrieval"
	"github.com/gantry-dev/gantry/codegen/workspace"
)

// Options configure a server.
type Options struct {
	Registry *codegen.Registry
	// NewPrimary builds the model backend for a configuration; nil means embedded only.
	NewPrimary func(*config.Config) codegen.Backend
	// Fallback is the embedded backend.
	Fallback codegen.Backend
	Version  string
}

// Server is one LSP session.
type Server struct {
	opts   Options
	connMu sync.Mutex
	conn   *jsonrpc2.Conn
	stream *stream // its message limit follows the settings

	mu   sync.Mutex
	docs map[protocol.DocumentURI]*document
	// initSettings (initializationOptions) then settings (the latest
	// workspace/didChangeConfiguration) apply over each gantry.toml.
	initSettings json.RawMessage
	settings     json.RawMessage
	// merged holds each gantry.toml's configuration with the settings applied, so a
	// keystroke does not merge them again; emptied when the settings change.
	merged map[*config.Config]*config.Config
	// statusPending is set while a change waits for gantry/status (statusChanged),
	// statusSending while a sender runs, statusSent is when it last sent.
	statusPending, statusSending bool
	statusSent                   time.Time
	client                       client
	root                         string
	shutdown                     bool
	initialized                  bool // initialize answered: other requests are served from then on
	exited                       chan int
	inflight                     map[jsonrpc2.ID]context.CancelFunc
	backends                     map[string]codegen.Backend // by configuration, so a backend's cache survives
	healths                      map[string]*codegen.Health // stall tracking per model backend
	workspace                    *workspace.Workspace
	cache                        *codegen.Cache
	retrievers                   map[string]*retrieval.Retriever
	statsRec                     statsRecorder
	stats                        statusParams
	lastErrors                   map[string]bool // backend errors already shown to the user
	logLevel                     protocol.MessageType
}

// Serve runs a server on rwc until the client sends exit or closes the stream. It returns the
// process exit code: 0 after shutdown then exit, 1 otherwise, as the specification says.
func Serve(ctx context.Context, rwc io.ReadWriteCloser, opts Options) int {
	s := &Server{
		opts: opts, docs: map[protocol.DocumentURI]*document{}, exited: make(chan int, 1),
		inflight: map[jsonrpc2.ID]context.CancelFunc{}, backends: map[string]codegen.Backend{},
		lastErrors: map[string]bool{}, logLevel: protocol.MessageTypeInfo,
	}
	s.workspace = workspace.New(opts.Registry, "")
	s.cache = codegen.NewCache(256)
	s.retrievers = map[string]*retrieval.Retriever{}
	s.stats = statusParams{Backend: "embedded", Model: "embedded", Reachable: true, CanInsert: true}
	s.stream = newStream(rwc)
	s.stream.tickets = &paramTickets{}
	s.stream.tooLarge = func(size, limit int64) {
		s.notify("window/showMessage", protocol.ShowMessageParams{Type: protocol.MessageTypeError,
			Message: fmt.Sprintf("gantry: a message of %d MiB from the editor exceeds limits.max_message_mb = %d and was skipped", size>>20, limit>>20)})
	}
	conn := jsonrpc2.NewConn(ctx, s.stream, s)
	s.setConn(conn)
	defer s.flushStats()
	select {
	case code := <-s.exited:
		conn.Close()
		return code
	case <-conn.DisconnectNotify():
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.shutdown {
			return 0
		}
		return 1
	}
}

// Handle implements jsonrpc2.Handler: it replies to requests handled inline and reports
// failed notifications to the user, since a notification has no reply to carry the error.
func (s *Server) Handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) {
	s.setConn(conn) // the first message may arrive before NewConn has returned to Serve
	if s.stream != nil && s.stream.tickets != nil {
		s.stream.tickets.redeem(req)
	}
	result, err := s.handleSafely(ctx, conn, req)
	switch {
	case err == errAsync:
	case req.Notif:
		if err != nil {
			s.logf(protocol.MessageTypeError, "%s: %v", req.Method, err)
		}
	case err != nil:
		_ = conn.ReplyWithError(ctx, req.ID, asRPCError(err))
	default:
		_ = conn.Reply(ctx, req.ID, result)
	}
}

// handleSafely is handle with a panic turned into an error reply (or, for a notification,
// a logged error): one bad input must not take down the server and every open file.
func (s *Server) handleSafely(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) (result any, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = s.recovered(req.Method, v)
		}
	}()
	return s.handle(ctx, conn, req)
}

// recovered logs a panic with its stack (stderr, the editor's server log, and
// window/logMessage) and returns the error the client gets instead.
func (s *Server) recovered(what string, v any) error {
	log.Printf("gantry: %s panicked: %v\n%s", what, v, debug.Stack())
	s.logf(protocol.MessageTypeError, "%s: internal error: %v (please report it with the file)", what, v)
	return &jsonrpc2.Error{Code: jsonrpc2.CodeInternalError, Message: fmt.Sprintf("internal error in %s: %v", what, v)}
}

// handle dispatches one message. It runs on the connection's read loop, so notifications are
// handled in order; every request but the lifecycle's runs on its own goroutine with a
// context that $/cancelRequest cancels (concurrent).
func (s *Server) handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	if result, done, err := s.lifecycle(ctx, req); done {
		return result, err
	}
	switch req.Method {
	case "$/cancelRequest":
		return nil, s.cancelRequest(req)
	case "$/setTrace", "$/logTrace":
		return nil, nil
	case "textDocument/didOpen":
		return nil, s.didOpen(ctx, req)
	case "textDocument/didChange":
		return nil, s.didChange(ctx, req)
	case "textDocument/didClose":
		return nil, s.didClose(ctx, req)
	case "textDocument/didSave":
		return nil, s.didSave(ctx, req)
	case "workspace/didChangeConfiguration":
		return nil, s.didChangeConfiguration(ctx, req)
	case "workspace/didChangeWatchedFiles":
		return nil, s.didChangeWatchedFiles(ctx, req)
	case "workspace/didChangeWorkspaceFolders":
		return nil, s.didChangeWorkspaceFolders(ctx, req)
	}
	if h := s.concurrent(req.Method); h != nil {
		s.async(ctx, req, h)
		return nil, errAsync
	}
	if req.Notif {
		return nil, nil // unknown notifications are ignored, as the specification says
	}
	return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeMethodNotFound, Message: "method not supported: " + req.Method}
}

// concurrent returns the handler of a request: it runs on its own goroutine, cancellable by
// $/cancelRequest, so a slow one (a model call, a walk of the workspace, a large file's
// diagnostics) never holds up the edits behind it on the read loop.
func (s *Server) concurrent(method string) func(context.Context, *jsonrpc2.Request) (any, error) {
	switch method {
	case "textDocument/codeAction":
		return s.codeAction
	case "textDocument/diagnostic":
		return s.pullDiagnostics
	case "textDocument/inlineCompletion":
		return s.inlineCompletion
	case "textDocument/completion":
		return s.completion
	case "textDocument/hover":
		return s.hover
	case "textDocument/definition":
		return s.definition
	case "textDocument/references":
		return s.references
	case "textDocument/documentSymbol":
		return s.documentSymbol
	case "workspace/executeCommand":
		return s.executeCommand
	}
	return nil
}

// errAsync tells the handler wrapper that the reply is sent later by the goroutine.
var errAsync = fmt.Errorf("async")

// async runs a request handler on its own goroutine with a cancellable context.
func (s *Server) async(ctx context.Context, req *jsonrpc2.Request, h func(context.Context, *jsonrpc2.Request) (any, error)) {
	ctx, cancel := context.WithCancel(ctx)
	s.mu.Lock()
	s.inflight[req.ID] = cancel
	s.mu.Unlock()
	deepstack.Go(func() {
		defer func() {
			s.mu.Lock()
			delete(s.inflight, req.ID)
			s.mu.Unlock()
			cancel()
		}()
		result, err := s.runSafely(ctx, req, h)
		// Cancelled by the client, or superseded (an edit or a newer suggestion request
		// cancelled the document's suggestion in flight): RequestCancelled either way.
		if err != nil && (ctx.Err() != nil || errors.Is(err, context.Canceled)) {
			_ = s.connection().ReplyWithError(context.Background(), req.ID, &jsonrpc2.Error{Code: codeRequestCancelled, Message: "request cancelled"})
			return
		}
		if err != nil {
			_ = s.connection().ReplyWithError(context.Background(), req.ID, asRPCError(err))
			return
		}
		_ = s.connection().Reply(context.Background(), req.ID, result)
	})
}

func (s *Server) runSafely(ctx context.Context, req *jsonrpc2.Request, h func(context.Context, *jsonrpc2.Request) (any, error)) (result any, err error) {
	defer func() {
		if v := recover(); v != nil {
			result, err = nil, s.recovered(req.Method, v)
		}
	}()
	return h(ctx, req)
}

// LSP's error codes: RequestCancelled, and RequestFailed for a valid request the server
// could not carry out (no model configured, the model host down).
const (
	codeRequestCancelled = -32800
	// codeServerNotInitialized answers requests sent before initialize.
	codeServerNotInitialized = -32002
	codeRequestFailed        = -32803
)

func (s *Server) cancelRequest(req *jsonrpc2.Request) error {
	var p struct {
		ID jsonrpc2.ID `json:"id"`
	}
	if err := unmarshal(req, &p); err != nil {
		return err
	}
	s.mu.Lock()
	cancel := s.inflight[p.ID]
	s.mu.Unlock()
	if cancel != nil {
		cancel()
	}
	return nil
}

func unmarshal(req *jsonrpc2.Request, v any) error {
	if req.Params == nil {
		return &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: req.Method + ": missing params"}
	}
	if err := json.Unmarshal(*req.Params, v); err != nil {
		return &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: req.Method + ": " + err.Error()}
	}
	return nil
}

func asRPCError(err error) *jsonrpc2.Error {
	if e, ok := err.(*jsonrpc2.Error); ok {
		return e
	}
	return &jsonrpc2.Error{Code: jsonrpc2.CodeInternalError, Message: err.Error()}
}

// setConn records the connection once.
func (s *Server) setConn(c *jsonrpc2.Conn) {
	s.connMu.Lock()
	if s.conn == nil {
		s.conn = c
	}
	s.connMu.Unlock()
}

func (s *Server) connection() *jsonrpc2.Conn {
	s.connMu.Lock()
	defer s.connMu.Unlock()
	return s.conn
}

// notify sends a notification, ignoring a closed connection.
func (s *Server) notify(method string, params any) {
	_ = s.connection().Notify(context.Background(), method, params)
}

// logf sends window/logMessage at the given level when the client asked for that much.
func (s *Server) logf(level protocol.MessageType, format string, args ...any) {
	s.mu.Lock()
	enabled := level <= s.logLevel
	s.mu.Unlock()
	if enabled {
		s.notify("window/logMessage", protocol.LogMessageParams{Type: level, Message: fmt.Sprintf(format, args...)})
	}
}
