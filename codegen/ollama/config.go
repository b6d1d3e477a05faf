// Package ollama is the codegen.Backend that asks a local model served by Ollama for
// fill-in-the-middle completions (with the insert capability, or in raw mode with the
// family's FIM tokens), and the codegen.Chatter and codegen.Embedder on the same host.
package ollama

import (
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ollama/ollama/envconfig"
)

// Defaults used when a Config field is left zero.
const (
	DefaultKeepAlive     = 30 * time.Minute
	DefaultNumCtx        = 4096
	DefaultNumPredict    = 128
	DefaultTimeout       = 30 * time.Second
	DefaultIdleTimeout   = 10 * time.Second
	DefaultStatusTimeout = 2 * time.Second
	// A generated unit (a function block, a G-code cycle) is longer than a completion
	// and a local model writes it in tens of seconds.
	DefaultChatNumPredict = 1024
	DefaultChatTimeout    = 3 * time.Minute
	DefaultEmbedTimeout   = time.Minute
)

// ModelEnv names the environment variable read when Config.Model is empty.
const ModelEnv = "GANTRY_MODEL"

// Config sets up a Backend. The zero value is usable: every field has a default.
type Config struct {
	// Host is the Ollama address ("127.0.0.1:11434", "http://host:port"). Empty means
	// OLLAMA_HOST, read exactly as the official client does.
	Host string
	// Model is the model name; empty means $GANTRY_MODEL.
	Model string
	// ChatModel answers Chat (natural-language generation); empty means Model. An
	// instruct model writes whole units better than a base FIM model.
	ChatModel string
	// EmbedModel answers Embed (retrieval by similarity), e.g. "nomic-embed-text";
	// empty disables embeddings (Embed returns an ErrUnavailable error).
	EmbedModel string
	// KeepAlive keeps the model loaded between completions (default 30m).
	KeepAlive time.Duration
	// NumCtx is sent on every call: Ollama reloads the model when num_ctx changes.
	NumCtx int
	// Temperature is used when the request leaves it zero; zero here too means greedy.
	Temperature float64
	// NumPredict caps generated tokens when the request sets no MaxTokens.
	NumPredict int
	// Timeout bounds each generation of Fill (one per candidate) and the /api/show
	// lookup, including the wait for the first token.
	Timeout time.Duration
	// IdleTimeout bounds the silence between two streamed chunks.
	IdleTimeout time.Duration
	// StatusTimeout bounds one Status call.
	StatusTimeout time.Duration
	// ChatNumPredict caps the tokens of one Chat answer (default 1024).
	ChatNumPredict int
	// ChatTimeout bounds one Chat, including the wait for the first token (default 3m).
	ChatTimeout time.Duration
	// EmbedTimeout bounds one /api/embed batch (default 1m).
	EmbedTimeout time.Duration
	// HTTPClient is used for every request; nil means a plain client (deadlines come
	// from contexts, so the client itself needs none).
	HTTPClient *http.Client
}

// withDefaults fills zero fields.
func (c Config) withDefaults() Config {
	if c.Model == "" {
		c.Model = strings.TrimSpace(os.Getenv(ModelEnv))
	}
	if c.KeepAlive == 0 {
		c.KeepAlive = DefaultKeepAlive
	}
	if c.NumCtx <= 0 {
		c.NumCtx = DefaultNumCtx
	}
	if c.NumPredict <= 0 {
		c.NumPredict = DefaultNumPredict
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.IdleTimeout <= 0 {
		c.IdleTimeout = DefaultIdleTimeout
	}
	if c.StatusTimeout <= 0 {
		c.StatusTimeout = DefaultStatusTimeout
	}
	if c.ChatModel == "" {
		c.ChatModel = c.Model
	}
	if c.ChatNumPredict <= 0 {
		c.ChatNumPredict = DefaultChatNumPredict
	}
	if c.ChatTimeout <= 0 {
		c.ChatTimeout = DefaultChatTimeout
	}
	if c.EmbedTimeout <= 0 {
		c.EmbedTimeout = DefaultEmbedTimeout
	}
	if c.HTTPClient == nil {
		c.HTTPClient = &http.Client{}
	}
	return c
}

// hostURL resolves the server address. An empty setting defers to the api package's own
// reading of OLLAMA_HOST; an explicit one is parsed with the same rules so that both
// spellings mean the same thing.
func hostURL(setting string) *url.URL {
	s := strings.TrimSpace(setting)
	if s == "" {
		return envconfig.Host()
	}
	defaultPort := "11434"
	scheme, hostport, ok := strings.Cut(s, "://")
	switch {
	case !ok:
		scheme, hostport = "http", s
	case scheme == "http":
		defaultPort = "80"
	case scheme == "https":
		defaultPort = "443"
	}
	hostport, path, _ := strings.Cut(hostport, "/")
	host, port, err := net.SplitHostPort(hostport)
	if err != nil {
		host, port = "127.0.0.1", defaultPort
		if ip := net.ParseIP(strings.Trim(hostport, "[]")); ip != nil {
			host = ip.String()
		} else if hostport != "" {
			host = hostport
		}
	}
	if n, err := strconv.ParseInt(port, 10, 32); err != nil || n > 65535 || n < 0 {
		port = defaultPort
	}
	return &url.URL{Scheme: scheme, Host: net.JoinHostPort(host, port), Path: path}
}
