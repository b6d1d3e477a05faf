package lsp

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/sourcegraph/jsonrpc2"
)

// viaTickets decodes body as the server does: params taken out by the stream, the rest by
// the library, the params put back by Handle.
func viaTickets(t *paramTickets, body []byte) (*jsonrpc2.Request, error) {
	var r jsonrpc2.Request
	if err := json.Unmarshal(t.take(body), &r); err != nil {
		return nil, err
	}
	t.redeem(&r)
	return &r, nil
}

func direct(body []byte) (*jsonrpc2.Request, error) {
	var r jsonrpc2.Request
	if err := json.Unmarshal(body, &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// sameRequest compares what a handler sees: method, id, notification, and the params as
// JSON values.
func sameRequest(a, b *jsonrpc2.Request) bool {
	if a.Method != b.Method || a.ID != b.ID || a.Notif != b.Notif || (a.Params == nil) != (b.Params == nil) {
		return false
	}
	if a.Params == nil {
		return true
	}
	var va, vb any
	ea, eb := json.Unmarshal(*a.Params, &va), json.Unmarshal(*b.Params, &vb)
	return (ea == nil) == (eb == nil) && reflect.DeepEqual(va, vb)
}

func TestParamTickets(t *testing.T) {
	cases := []struct {
		name     string
		body     string
		ticketed bool
	}{
		{"request", `{"jsonrpc":"2.0","id":7,"method":"textDocument/inlineCompletion","params":{"textDocument":{"uri":"file:///a.st"},"position":{"line":3,"character":4}}}`, true},
		{"notification", `{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"contentChanges":[{"text":"x := \"}]{[\\\" 1;"}]}}`, true},
		{"params first, string id, spaces", " { \"params\" : [1, {\"a\": []}] , \"method\":\"m\", \"id\":\"abc\" } \n", true},
		{"null params", `{"jsonrpc":"2.0","id":1,"method":"shutdown","params":null}`, true},
		{"no params", `{"jsonrpc":"2.0","id":1,"method":"shutdown"}`, false},
		{"repeated params: the last counts", `{"method":"m","id":1,"params":{"a":1},"params":{"b":2}}`, true},
		{"escaped member name", `{"method":"m","id":1,"p\u0061rams":{"a":1}}`, false},
		{"response", `{"jsonrpc":"2.0","id":1,"result":{"params":1}}`, false},
		{"batch", `[{"jsonrpc":"2.0","id":1,"method":"m","params":{}}]`, false},
		{"invalid params", `{"method":"m","id":1,"params":{"a":tru}}`, false},
		{"unterminated", `{"method":"m","id":1,"params":{"a":1}`, false},
		{"trailing bytes", `{"method":"m","id":1,"params":{}} x`, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tk := &paramTickets{}
			body := []byte(c.body)
			if got := !bytes.Equal(tk.take(bytes.Clone(body)), body); got != c.ticketed {
				t.Fatalf("ticketed = %v, want %v", got, c.ticketed)
			}
			tk = &paramTickets{}
			want, werr := direct(body)
			got, gerr := viaTickets(tk, body)
			if (werr == nil) != (gerr == nil) {
				t.Fatalf("error %v through tickets, %v without", gerr, werr)
			}
			if werr == nil && !sameRequest(want, got) {
				t.Fatalf("through tickets %+v (params %s), without %+v (params %s)", got, deref(got.Params), want, deref(want.Params))
			}
			if len(tk.pending) != 0 {
				t.Fatalf("%d tickets left after the request was handled", len(tk.pending))
			}
		})
	}
}

// A message the library rejects after its params were taken leaves a ticket nobody
// redeems; the next request drops it.
func TestParamTicketsOfRejectedMessagesAreDropped(t *testing.T) {
	tk := &paramTickets{}
	for i := 0; i < 3; i++ {
		if _, err := viaTickets(tk, []byte(`{"method":7,"id":1,"params":{"big":"text"}}`)); err == nil {
			t.Fatal("a message with a numeric method was accepted")
		}
	}
	r, err := viaTickets(tk, []byte(`{"method":"m","id":2,"params":{"a":1}}`))
	if err != nil || string(*r.Params) != `{"a":1}` {
		t.Fatalf("got %v, %v", r, err)
	}
	if len(tk.pending) != 0 {
		t.Fatalf("%d tickets kept", len(tk.pending))
	}
}

func deref(m *json.RawMessage) string {
	if m == nil {
		return "<nil>"
	}
	return string(*m)
}

// FuzzParamTickets: for any message, the server sees through tickets what the library
// alone would have given it.
func FuzzParamTickets(f *testing.F) {
	f.Add([]byte(`{"jsonrpc":"2.0","id":7,"method":"m","params":{"a":[1,"}"]}}`))
	f.Add([]byte(`{"method":"m","params":"x\\"}`))
	f.Add([]byte(`{"method":"m","id":null,"params":{}}`))
	f.Add([]byte(`{"id":1,"result":null}`))
	f.Add([]byte(`{"method":"m","params":1e5}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		want, werr := direct(body)
		tk := &paramTickets{}
		got, gerr := viaTickets(tk, bytes.Clone(body))
		if (werr == nil) != (gerr == nil) {
			t.Fatalf("%q: error %v through tickets, %v without", body, gerr, werr)
		}
		if werr == nil && !sameRequest(want, got) {
			t.Fatalf("%q: through tickets %+v (params %s), without %+v (params %s)", body, got, deref(got.Params), want, deref(want.Params))
		}
	})
}
