package openai

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"syscall"

	"github.com/gantry-dev/gantry/codegen"
)

// unavailableError says why the backend cannot answer now; it unwraps to
// codegen.ErrUnavailable, so the embedded backend answers instead.
type unavailableError struct{ msg string }

func (e *unavailableError) Error() string { return e.msg }
func (e *unavailableError) Unwrap() error { return codegen.ErrUnavailable }

func unavailable(format string, args ...any) error {
	return &unavailableError{msg: fmt.Sprintf(format, args...)}
}

// failure is a bad answer, already worded (a second classify keeps it).
type failure struct{ msg string }

func (f *failure) Error() string { return f.msg }

func failed(format string, args ...any) error {
	return &failure{msg: fmt.Sprintf(format, args...)}
}

// statusError is a non-2xx answer with the server's own message.
type statusError struct {
	code int
	msg  string
}

func (e *statusError) Error() string { return fmt.Sprintf("HTTP %d: %s", e.code, e.msg) }

// errorMessage reads the message out of an error body: OpenAI's {"error": {"message"}},
// {"error": "..."} (Ollama, TGI), {"message"} or {"detail"} (vLLM), else the text itself.
func errorMessage(body []byte) string {
	var obj struct {
		Error   json.RawMessage `json:"error"`
		Message string          `json:"message"`
		Detail  json.RawMessage `json:"detail"`
	}
	if json.Unmarshal(body, &obj) == nil {
		var s string
		var inner struct {
			Message string `json:"message"`
		}
		switch {
		case json.Unmarshal(obj.Error, &inner) == nil && inner.Message != "":
			return firstLine(inner.Message)
		case json.Unmarshal(obj.Error, &s) == nil && s != "":
			return firstLine(s)
		case obj.Message != "":
			return firstLine(obj.Message)
		case json.Unmarshal(obj.Detail, &s) == nil && s != "":
			return firstLine(s)
		case len(obj.Detail) > 0:
			return firstLine(string(obj.Detail))
		}
	}
	return firstLine(string(body))
}

// classify turns a transport or HTTP error into the backend's vocabulary: what makes
// the server unusable (unreachable, key refused, model unknown) is unavailable and says
// what to fix; a bad answer is a failure.
func (b *Backend) classify(op, model string, err error) error {
	var f *failure
	var ue *unavailableError
	var se *statusError
	switch {
	case errors.As(err, &f), errors.As(err, &ue):
		return err
	case isUnreachable(err):
		return unavailable("OpenAI-compatible server not reachable at %s (is it running? base_url must include the version path, e.g. /v1)", b.cfg.BaseURL)
	case errors.As(err, &se) && (se.code == http.StatusUnauthorized || se.code == http.StatusForbidden):
		where := "set api_key_env to the name of the environment variable that holds it"
		if b.cfg.APIKeyEnv != "" {
			where = "check the key in $" + b.cfg.APIKeyEnv
		}
		return unavailable("%s at %s refused the API key (HTTP %d: %s): %s", b.Name(), b.cfg.BaseURL, se.code, se.msg, where)
	case errors.As(err, &se) && se.code == http.StatusNotFound:
		return unavailable("%s %s at %s: HTTP 404 (%s): is model %q served there, and does base_url end in the API version (/v1)?", b.Name(), op, b.cfg.BaseURL, se.msg, model)
	case errors.As(err, &se):
		return failed("%s %s at %s failed: HTTP %d: %s", b.Name(), op, b.cfg.BaseURL, se.code, se.msg)
	}
	return failed("%s %s at %s failed: %s", b.Name(), op, b.cfg.BaseURL, firstLine(err.Error()))
}

// isUnreachable reports failures to reach the host at all.
func isUnreachable(err error) bool {
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		return true
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return true
	}
	return errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.EHOSTUNREACH) || errors.Is(err, syscall.ENETUNREACH)
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

// lineReader reads lines of an event stream without their "\n" or "\r\n", bounding
// each so that a server that never sends a newline cannot exhaust memory.
type lineReader struct{ sc *bufio.Scanner }

func newLineReader(r io.Reader) *lineReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxStreamLineBytes)
	return &lineReader{sc: sc}
}

func (l *lineReader) next() ([]byte, error) {
	if l.sc.Scan() {
		return []byte(strings.TrimSuffix(l.sc.Text(), "\r")), nil
	}
	if err := l.sc.Err(); err != nil {
		return nil, err
	}
	return nil, io.EOF
}
