// Package openai is the codegen.Backend for servers that speak the OpenAI-compatible HTTP
// API (vLLM, llama.cpp's server, TGI, LM Studio, Ollama under /v1): fill in the middle
// through /completions with the model family's raw FIM prompt (or the server's `suffix`
// for families Gantry has no tokens for), generation through /chat/completions and
// retrieval embeddings through /embeddings, all streamed as server-sent events where the
// API streams. Deadlines, cancellation and error wording follow the Ollama backend.
package openai

import (
	"net/http"
	"strings"
	"time"
)

// Defaults used when a Config field is left zero; the same as the Ollama backend's.
const (
	DefaultMaxTokens       = 128
	DefaultTimeout         = 30 * time.Second
	DefaultIdleTimeout     = 10 * time.Second
	DefaultStatusTimeout   = 2 * time.Second
	DefaultChatMaxTokens   = 1024
	DefaultChatTimeout     = 3 * time.Minute
	DefaultEmbedTimeout    = time.Minute
	DefaultBaseURL         = "http://127.0.0.1:8000/v1"
	candidateTempStep      = 0.2
	maxStopsSent           = 4 // what the OpenAI API and TGI accept; the rest are cut here
	embedBatch             = 32
	maxErrorBodyBytes      = 4096
	maxStreamLineBytes     = 1 << 20
	contentTypeJSON        = "application/json"
	contentTypeEventStream = "text/event-stream"
)

// Config sets up a Backend.
type Config struct {
	// BaseURL is the API root including its version path, as OpenAI's own clients take
	// it: "http://host:8000/v1". Requests go to BaseURL + "/completions" and so on.
	BaseURL string
	// APIKey is sent as a bearer token when set (read by the caller from the environment
	// variable the settings name, never stored in settings).
	APIKey string
	// APIKeyEnv names where APIKey came from, for error messages.
	APIKeyEnv string
	// Model answers Fill; ChatModel answers Chat (default Model); EmbedModel answers
	// Embed ("" turns embeddings off).
	Model, ChatModel, EmbedModel string
	// Temperature is used when a request leaves it zero.
	Temperature float64
	// MaxTokens caps a completion when the request sets none; ChatMaxTokens one answer.
	MaxTokens, ChatMaxTokens int
	// Timeout bounds one completion including the wait for the first token; IdleTimeout
	// the silence between two streamed chunks; ChatTimeout one chat answer;
	// EmbedTimeout one embeddings batch; StatusTimeout one Status call.
	Timeout, IdleTimeout, ChatTimeout, EmbedTimeout, StatusTimeout time.Duration
	// HTTPClient is used for every request; nil means a plain client (deadlines come
	// from contexts).
	HTTPClient *http.Client
}

func (c Config) withDefaults() Config {
	c.BaseURL = strings.TrimRight(strings.TrimSpace(c.BaseURL), "/")
	if c.BaseURL == "" {
		c.BaseURL = DefaultBaseURL
	}
	if c.ChatModel == "" {
		c.ChatModel = c.Model
	}
	if c.MaxTokens <= 0 {
		c.MaxTokens = DefaultMaxTokens
	}
	if c.ChatMaxTokens <= 0 {
		c.ChatMaxTokens = DefaultChatMaxTokens
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.IdleTimeout <= 0 {
		c.IdleTimeout = DefaultIdleTimeout
	}
	if c.ChatTimeout <= 0 {
		c.ChatTimeout = DefaultChatTimeout
	}
	if c.EmbedTimeout <= 0 {
		c.EmbedTimeout = DefaultEmbedTimeout
	}
	if c.StatusTimeout <= 0 {
		c.StatusTimeout = DefaultStatusTimeout
	}
	if c.HTTPClient == nil {
		c.HTTPClient = &http.Client{}
	}
	return c
}
