// Package ollamatest has test doubles for Ollama: Server, a scriptable fake speaking the
// v0.6.5 wire protocol on net/http/httptest, and StartReal/CreateTinyModel, which run
// the real server with a tiny deterministic model for integration tests.
package ollamatest

import (
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ollama/ollama/api"
	"github.com/ollama/ollama/types/model"
)

// Version is the Ollama release the fake imitates and StartReal builds.
const Version = "0.6.5"

// Templates in the style of real model files. Ollama derives the insert capability
// from a template that uses .Suffix.
const (
	FIMTemplate  = "{{- if .Suffix }}<|fim_prefix|>{{ .Prompt }}<|fim_suffix|>{{ .Suffix }}<|fim_middle|>{{- else }}{{ .Prompt }}{{- end }}"
	ChatTemplate = "{{- range .Messages }}<|im_start|>{{ .Role }}\n{{ .Content }}<|im_end|>\n{{ end }}<|im_start|>assistant\n"
)

// Model is one model the fake serves.
type Model struct {
	// Name as pulled; ":latest" is implied without a tag, as in Ollama.
	Name     string
	Template string
	Family   string // details.family; default "llama"
	// OmitCapabilities answers /api/show without "capabilities", like Ollama < 0.6.4.
	OmitCapabilities bool
}

// CodeModel is a model that can fill in the middle.
func CodeModel(name string) Model { return Model{Name: name, Template: FIMTemplate, Family: "qwen2"} }

// ChatModel is a completion model without insert capability.
func ChatModel(name string) Model { return Model{Name: name, Template: ChatTemplate, Family: "llama"} }

// Capabilities computes what v0.6.5 reports for this model (it reads the template).
func (m Model) Capabilities() []model.Capability {
	caps := []model.Capability{model.CapabilityCompletion}
	if strings.Contains(m.Template, ".Tools") {
		caps = append(caps, model.CapabilityTools)
	}
	if strings.Contains(m.Template, ".Suffix") {
		caps = append(caps, model.CapabilityInsert)
	}
	return caps
}

// Reply scripts the answer to one /api/generate or /api/chat request.
type Reply struct {
	// Chunks are the response pieces, one NDJSON line each (joined when stream=false).
	Chunks []string
	// DoneReason of the final line; default "stop".
	DoneReason string
	// Status, when set, answers with this HTTP status and {"error": Error} instead.
	Status int
	// Error without Status is streamed as an {"error": …} line after the chunks, the
	// way Ollama reports a failure once streaming has begun.
	Error string
	// Body, when set, is written verbatim with status 200 (malformed streams).
	Body string
	// Stall blocks after the first StallAfter chunks until the client goes away or the
	// server closes.
	Stall      bool
	StallAfter int
	// Delay is slept before each chunk.
	Delay time.Duration
}

// Request is one request the fake received, decoded by endpoint.
type Request struct {
	Method string
	Path   string
	Body   []byte

	Generate *api.GenerateRequest
	Chat     *api.ChatRequest
	Show     *api.ShowRequest
	Embed    *api.EmbedRequest
}

// Server is the fake. Its zero value is not usable: call NewServer.
type Server struct {
	// URL is the base URL to give a client, e.g. http://127.0.0.1:43121.
	URL string

	srv       *httptest.Server
	quit      chan struct{} // closed by Close so stalled handlers return
	closeOnce sync.Once
	canceled  chan Request

	mu       sync.Mutex
	models   map[string]Model
	respond  func(Request) Reply
	requests []Request
}

// NewServer starts a fake with the given models; it is closed at test cleanup.
func NewServer(t testing.TB, models ...Model) *Server {
	t.Helper()
	s := &Server{
		quit:     make(chan struct{}),
		canceled: make(chan Request, 64),
		models:   map[string]Model{},
		respond:  func(Request) Reply { return Reply{} },
	}
	for _, m := range models {
		s.AddModel(m)
	}
	s.srv = httptest.NewServer(s.routes())
	s.URL = s.srv.URL
	t.Cleanup(s.Close)
	return s
}

// Close unblocks stalled handlers, then shuts the server down and waits for them.
func (s *Server) Close() {
	s.closeOnce.Do(func() {
		close(s.quit)
		s.srv.CloseClientConnections()
		s.srv.Close()
	})
}

// AddModel serves m (replacing a model of the same name).
func (s *Server) AddModel(m Model) {
	if m.Family == "" {
		m.Family = "llama"
	}
	s.mu.Lock()
	s.models[fullName(m.Name)] = m
	s.mu.Unlock()
}

// Reply answers every later generate and chat request with r.
func (s *Server) Reply(r Reply) { s.Respond(func(Request) Reply { return r }) }

// Respond picks each generate and chat answer with f, e.g. by prompt.
func (s *Server) Respond(f func(Request) Reply) {
	s.mu.Lock()
	s.respond = f
	s.mu.Unlock()
}

// Requests returns every request received so far, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Generates returns the decoded /api/generate requests received so far.
func (s *Server) Generates() []api.GenerateRequest {
	var out []api.GenerateRequest
	for _, r := range s.Requests() {
		if r.Generate != nil {
			out = append(out, *r.Generate)
		}
	}
	return out
}

// Canceled delivers each generate or chat request whose client went away while the
// fake was still answering it (its request context was cancelled).
func (s *Server) Canceled() <-chan Request { return s.canceled }

func (s *Server) record(req Request) {
	s.mu.Lock()
	s.requests = append(s.requests, req)
	s.mu.Unlock()
}

func (s *Server) lookup(name string) (Model, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.models[fullName(name)]
	return m, ok
}

func (s *Server) reply(req Request) Reply {
	s.mu.Lock()
	f := s.respond
	s.mu.Unlock()
	return f(req)
}

func (s *Server) noteCanceled(req Request) {
	select {
	case s.canceled <- req:
	default: // nobody is reading: a test that does not care
	}
}

// fullName adds the implied tag, as Ollama's name parsing does.
func fullName(name string) string {
	if strings.Contains(name[strings.LastIndexByte(name, '/')+1:], ":") {
		return name
	}
	return name + ":latest"
}
