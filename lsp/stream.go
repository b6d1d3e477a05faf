package lsp

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/gantry-dev/gantry/codegen/config"
)

// stream frames JSON-RPC messages with LSP headers. Unlike the library's stream it survives
// malformed messages: a body that is not JSON, or not a JSON-RPC message, is answered with a
// parse error (-32700, id null, as JSON-RPC 2.0 says) and the connection reads on.
type stream struct {
	r  *bufio.Reader
	w  io.Writer
	c  io.Closer
	mu sync.Mutex

	// limit bounds one message body (limits.max_message_mb): a client sending more is
	// broken or hostile. A larger body is skipped unread and answered with an error, and
	// tooLarge (when set) tells the user.
	limit    atomic.Int64
	tooLarge func(size, limit int64)

	// tickets, when set, takes requests' params out of the messages the library decodes
	// (see paramTickets); the server's Handle puts them back.
	tickets *paramTickets
}

func newStream(rwc io.ReadWriteCloser) *stream {
	s := &stream{r: bufio.NewReaderSize(rwc, 64<<10), w: rwc, c: rwc}
	s.setLimitMB(config.Default().Limits.MaxMessageMB)
	return s
}

// setLimitMB sets the largest message body read, in MiB.
func (s *stream) setLimitMB(mb int) {
	if mb > 0 {
		s.limit.Store(int64(mb) << 20)
	}
}

// WriteObject implements jsonrpc2.ObjectStream.
func (s *stream) WriteObject(obj any) error {
	data, err := marshalMessage(obj)
	if err != nil {
		return err
	}
	return s.writeRaw(data)
}

// marshalMessage encodes a message. The library's messages marshal themselves, through
// json.Marshal, into compact JSON: json.Marshal around that would only check and copy the
// whole message once more.
func marshalMessage(obj any) ([]byte, error) {
	if m, ok := obj.(json.Marshaler); ok {
		if _, raw := obj.(json.RawMessage); !raw {
			return m.MarshalJSON()
		}
	}
	return json.Marshal(obj)
}

func (s *stream) writeRaw(data []byte) error {
	// One write per message: a header written apart wakes the client to read it alone
	// and costs a second system call on a pipe.
	frame := make([]byte, 0, len(data)+32)
	frame = append(frame, "Content-Length: "...)
	frame = strconv.AppendInt(frame, int64(len(data)), 10)
	frame = append(frame, "\r\n\r\n"...)
	frame = append(frame, data...)
	s.mu.Lock()
	defer s.mu.Unlock()
	_, err := s.w.Write(frame)
	return err
}

// ReadObject implements jsonrpc2.ObjectStream.
func (s *stream) ReadObject(v any) error {
	for {
		body, err := s.readFrame()
		if err != nil {
			return err
		}
		if s.tickets != nil {
			body = s.tickets.take(body)
		}
		if err := json.Unmarshal(body, v); err != nil {
			s.replyParseError(err)
			continue
		}
		return nil
	}
}

func (s *stream) readFrame() ([]byte, error) {
	for {
		lengthText, err := s.readHeader()
		if err != nil {
			return nil, err
		}
		length, err := strconv.ParseInt(lengthText, 10, 64)
		if err == nil && length > s.limit.Load() {
			// Skipped, not held: the stream stays in step and the server serves on.
			if _, err := io.CopyN(io.Discard, s.r, length); err != nil {
				return nil, err
			}
			s.replyError(jsonrpc2.CodeInvalidRequest, fmt.Sprintf("message of %d bytes exceeds limits.max_message_mb (%d MiB): skipped", length, s.limit.Load()>>20))
			if s.tooLarge != nil {
				s.tooLarge(length, s.limit.Load())
			}
			continue
		}
		if err != nil || length < 0 {
			// Without a length the body cannot be skipped; the stream is lost.
			if lengthText == "" {
				return nil, fmt.Errorf("lsp: message without Content-Length header")
			}
			return nil, fmt.Errorf("lsp: bad Content-Length %q", lengthText)
		}
		return s.readBody(length)
	}
}

// readHeader reads a message's header up to its empty line and returns its Content-Length
// value, trimmed ("" when it has none). Lines end in CRLF or LF; names are matched without
// regard to case, as in MIME headers; a line without a colon, or a first line starting
// with a space, is malformed. It reads the buffered lines in place: a keystroke's header is
// parsed without allocating.
func (s *stream) readHeader() (string, error) {
	var length string
	found := false
	for first := true; ; first = false {
		line, err := s.r.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			return "", fmt.Errorf("lsp: header line longer than %d bytes", s.r.Size())
		}
		if err != nil {
			if err == io.EOF && !first {
				err = io.ErrUnexpectedEOF
			}
			return "", err
		}
		line = bytes.TrimRight(line, "\r\n")
		if len(line) == 0 {
			return length, nil
		}
		if first && (line[0] == ' ' || line[0] == '\t') {
			return "", fmt.Errorf("lsp: malformed header line %q", line)
		}
		name, value, ok := bytes.Cut(line, []byte(":"))
		if !ok {
			return "", fmt.Errorf("lsp: malformed header line %q", line)
		}
		if !found && bytes.EqualFold(bytes.TrimSpace(name), []byte("Content-Length")) {
			length, found = string(bytes.TrimSpace(value)), true
		}
	}
}

// readBody reads a body of length bytes. It allocates for what arrives rather than what
// the header claims: a header saying 256 MB followed by nothing must not cost 256 MB.
func (s *stream) readBody(length int64) ([]byte, error) {
	first := min(length, 64<<10)
	body := make([]byte, first)
	if _, err := io.ReadFull(s.r, body); err != nil {
		return nil, io.ErrUnexpectedEOF
	}
	if length > first {
		rest, err := io.ReadAll(io.LimitReader(s.r, length-first))
		if err != nil {
			return nil, err
		}
		body = append(body, rest...)
	}
	if int64(len(body)) < length {
		return nil, io.ErrUnexpectedEOF
	}
	return body, nil
}

func (s *stream) replyParseError(cause error) {
	s.replyError(jsonrpc2.CodeParseError, "parse error: "+cause.Error())
}

// replyError answers a message that cannot be read, so it has no id to answer to.
func (s *stream) replyError(code int64, message string) {
	msg := map[string]any{
		"jsonrpc": "2.0", "id": nil,
		"error": jsonrpc2.Error{Code: code, Message: message},
	}
	data, _ := json.Marshal(msg)
	_ = s.writeRaw(data)
}

// Close implements jsonrpc2.ObjectStream.
func (s *stream) Close() error { return s.c.Close() }
