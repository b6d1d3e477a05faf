package lsp

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
)

// The header is read as LSP clients write it and as MIME allows: any case, CRLF or LF,
// other headers beside Content-Length in any order.
func TestHeaderForms(t *testing.T) {
	for _, c := range []struct {
		name, input, want, err string
	}{
		{"usual", "Content-Length: 2\r\n\r\n{}", "{}", ""},
		{"lower case, LF only", "content-length:2\n\n{}", "{}", ""},
		{"content type first, spaces", "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nCONTENT-LENGTH:   2  \r\n\r\n{}", "{}", ""},
		{"the first length counts", "Content-Length: 2\r\nContent-Length: 9\r\n\r\n{}", "{}", ""},
		{"no length", "Content-Type: x\r\n\r\n{}", "", "without Content-Length"},
		{"bad length", "Content-Length: two\r\n\r\n{}", "", `bad Content-Length "two"`},
		{"no colon", "Content-Length 2\r\n\r\n{}", "", "malformed header line"},
		{"leading space", " Content-Length: 2\r\n\r\n{}", "", "malformed header line"},
		{"cut in the header", "Content-Length: 2\r\n", "", io.ErrUnexpectedEOF.Error()},
		{"cut in the body", "Content-Length: 20\r\n\r\n{}", "", io.ErrUnexpectedEOF.Error()},
		{"header line over the buffer", "X: " + strings.Repeat("a", 70<<10) + "\r\nContent-Length: 2\r\n\r\n{}", "", "header line longer than"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := newStream(rwc{strings.NewReader(c.input), io.Discard})
			var v json.RawMessage
			err := s.ReadObject(&v)
			switch {
			case c.err == "" && err != nil:
				t.Fatalf("error %v", err)
			case c.err == "" && string(v) != c.want:
				t.Fatalf("read %s, want %s", v, c.want)
			case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
				t.Fatalf("error %v, want one saying %q", err, c.err)
			}
		})
	}
}

// A client that closes the stream between messages ends it cleanly: io.EOF, which the
// server takes for the client having gone.
func TestEOFBetweenMessages(t *testing.T) {
	s := newStream(rwc{strings.NewReader("Content-Length: 2\r\n\r\n{}"), io.Discard})
	var v json.RawMessage
	if err := s.ReadObject(&v); err != nil {
		t.Fatal(err)
	}
	if err := s.ReadObject(&v); !errors.Is(err, io.EOF) {
		t.Fatalf("after the last message: %v, want io.EOF", err)
	}
}

// A body larger than the first read's chunk arrives whole.
func TestLargeBody(t *testing.T) {
	text := strings.Repeat("x", 200<<10)
	var in bytes.Buffer
	w := newStream(rwc{&bytes.Buffer{}, &in})
	if err := w.WriteObject(map[string]string{"text": text}); err != nil {
		t.Fatal(err)
	}
	var got map[string]string
	if err := newStream(rwc{&in, io.Discard}).ReadObject(&got); err != nil || got["text"] != text {
		t.Fatalf("read %d bytes, err %v", len(got["text"]), err)
	}
}
