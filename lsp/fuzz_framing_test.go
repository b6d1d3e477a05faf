package lsp

import (
	"bytes"
	"encoding/json"
	"io"
	"testing"
)

// rwc reads from a fixed input and discards what is written (the parse-error replies).
type rwc struct {
	io.Reader
	io.Writer
}

func (rwc) Close() error { return nil }

// FuzzFraming feeds arbitrary bytes to the LSP framing: it never panics, never allocates a
// claimed Content-Length it has not received, and a frame it writes reads back the same.
func FuzzFraming(f *testing.F) {
	f.Add([]byte("Content-Length: 17\r\n\r\n{\"jsonrpc\":\"2.0\"}"))
	f.Add([]byte("Content-Length: 5\r\n\r\n{\"a\":Content-Length: 2\r\n\r\n{}"))
	f.Add([]byte("Content-Length: -1\r\n\r\n"))
	f.Add([]byte("Content-Length: 268435455\r\n\r\n{"))
	f.Add([]byte("Content-Type: x\r\n\r\n{}"))
	f.Add([]byte("Content-Length: 4\r\n\r\nnull\nContent-Length: 3\r\n\r\n[1]"))
	f.Add([]byte("\x00\xff\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s := newStream(rwc{bytes.NewReader(data), io.Discard})
		for i := 0; i < 64; i++ {
			var v json.RawMessage
			if err := s.ReadObject(&v); err != nil {
				break
			}
		}
		// Round trip: whatever JSON value the input is, framing it and reading it back
		// gives the same value.
		if !json.Valid(data) {
			return
		}
		var out bytes.Buffer
		w := newStream(rwc{&bytes.Buffer{}, &out})
		if err := w.WriteObject(json.RawMessage(data)); err != nil {
			return
		}
		var back json.RawMessage
		r := newStream(rwc{&out, io.Discard})
		if err := r.ReadObject(&back); err != nil {
			t.Fatalf("reading back %q: %v", data, err)
		}
		var a, b any
		_ = json.Unmarshal(data, &a)
		_ = json.Unmarshal(back, &b)
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if !bytes.Equal(ja, jb) {
			t.Fatalf("round trip changed %s into %s", ja, jb)
		}
	})
}
