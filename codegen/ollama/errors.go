package ollama

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"syscall"

	"github.com/ollama/ollama/api"

	"github.com/gantry-dev/gantry/codegen"
)

// unavailableError says why the backend cannot answer now. It unwraps to
// codegen.ErrUnavailable (callers fall back to the embedded backend) while its message
// stays one plain line for the editor's status item.
type unavailableError struct {
	msg   string
	stale bool // the cached capability no longer holds (model gone or changed)
}

func (e *unavailableError) Error() string { return e.msg }
func (e *unavailableError) Unwrap() error { return codegen.ErrUnavailable }

func unavailable(format string, args ...any) error {
	return &unavailableError{msg: fmt.Sprintf(format, args...)}
}

func staleModel(err error) bool {
	var ue *unavailableError
	return errors.As(err, &ue) && ue.stale
}

// isUnreachable reports failures to reach the host at all: refused, unresolvable, no
// route. Those are "Ollama is not running here", not a bad answer.
func isUnreachable(err error) bool {
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		return true
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return true
	}
	return errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.EHOSTUNREACH) ||
		errors.Is(err, syscall.ENETUNREACH)
}

// isNotFound recognises "model not found" from either api call style: Show returns a
// StatusError with the code, the streaming Generate only keeps the server's message.
func isNotFound(err error) bool {
	var se api.StatusError
	if errors.As(err, &se) && se.StatusCode == http.StatusNotFound {
		return true
	}
	msg := err.Error()
	return strings.HasPrefix(msg, "model ") && strings.Contains(msg, "not found")
}

// classify turns a transport or API error about model into the backend's error
// vocabulary; errors it already produced pass through.
func (b *Backend) classify(op, model string, err error) error {
	var done *failure
	var ue *unavailableError
	switch {
	case errors.As(err, &done), errors.As(err, &ue):
		return err
	case isUnreachable(err):
		return unavailable("ollama not reachable at %s (is `ollama serve` running?)", b.host)
	case isNotFound(err):
		return &unavailableError{
			msg:   fmt.Sprintf("model %q not found at %s; run `ollama pull %s`", model, b.host, model),
			stale: true,
		}
	case strings.Contains(err.Error(), "does not support insert"):
		// The model was replaced after we cached its capabilities.
		e := noInsert(model).(*unavailableError)
		e.stale = true
		return e
	}
	var se api.StatusError
	if errors.As(err, &se) {
		return failed("ollama %s at %s failed: HTTP %d: %s", op, b.host, se.StatusCode, firstLine(se.ErrorMessage))
	}
	if strings.HasPrefix(err.Error(), "unmarshal:") {
		return failed("ollama %s at %s: malformed response stream: %s", op, b.host, firstLine(err.Error()))
	}
	return failed("ollama %s at %s failed: %s", op, b.host, firstLine(err.Error()))
}

// failure is a bad answer, already worded by classify (so a second pass keeps it).
type failure struct{ msg string }

func (f *failure) Error() string { return f.msg }

func failed(format string, args ...any) error {
	return &failure{msg: fmt.Sprintf(format, args...)}
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
