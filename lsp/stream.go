package lsp

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"
	"sync"

	"github.com/sourcegraph/jsonrpc2"
)

// maxMessage bounds one message body; a client sending more is broken or hostile.
const maxMessage = 256 << 20

// stream frames JSON-RPC messages with LSP headers. Unlike the library's stream it survives
// malformed messages: a body that is not JSON, or not a JSON-RPC message, is answered with a
// parse error (-32700, id null, as JSON-RPC 2.0 says) and the connection reads on.
type stream struct {
	r  *bufio.Reader
	w  io.Writer
	c  io.Closer
	mu sync.Mutex
}

func newStream(rwc io.ReadWriteCloser) *stream {
	return &stream{r: bufio.NewReaderSize(rwc, 64<<10), w: rwc, c: rwc}
}

// WriteObject implements jsonrpc2.ObjectStream.
func (s *stream) WriteObject(obj any) error {
	data, err := json.Marshal(obj)
	if err != nil {
		return err
	}
	return s.writeRaw(data)
}

func (s *stream) writeRaw(data []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := fmt.Fprintf(s.w, "Content-Length: %d\r\n\r\n", len(data)); err != nil {
		return err
	}
	_, err := s.w.Write(data)
	return err
}

// ReadObject implements jsonrpc2.ObjectStream.
func (s *stream) ReadObject(v any) error {
	for {
		body, err := s.readFrame()
		if err != nil {
			return err
		}
		if err := json.Unmarshal(body, v); err != nil {
			s.replyParseError(err)
			continue
		}
		return nil
	}
}

func (s *stream) readFrame() ([]byte, error) {
	tp := textproto.NewReader(s.r)
	for {
		header, err := tp.ReadMIMEHeader()
		if err != nil {
			return nil, err
		}
		lengthText := header.Get("Content-Length")
		length, err := strconv.Atoi(strings.TrimSpace(lengthText))
		if err != nil || length < 0 || length > maxMessage {
			// Without a length the body cannot be skipped; the stream is lost.
			if lengthText == "" {
				return nil, fmt.Errorf("lsp: message without Content-Length header")
			}
			return nil, fmt.Errorf("lsp: bad Content-Length %q", lengthText)
		}
		body := make([]byte, length)
		if _, err := io.ReadFull(s.r, body); err != nil {
			return nil, err
		}
		return body, nil
	}
}

func (s *stream) replyParseError(cause error) {
	msg := map[string]any{
		"jsonrpc": "2.0", "id": nil,
		"error": jsonrpc2.Error{Code: jsonrpc2.CodeParseError, Message: "parse error: " + cause.Error()},
	}
	data, _ := json.Marshal(msg)
	_ = s.writeRaw(data)
}

// Close implements jsonrpc2.ObjectStream.
func (s *stream) Close() error { return s.c.Close() }
