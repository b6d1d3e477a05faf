package lsp

import (
	"bytes"
	"encoding/json"
	"strconv"
	"sync"

	"github.com/sourcegraph/jsonrpc2"
)

// The transport library decodes every request twice before the server sees it, the second
// time into generic maps that it then encodes again to hand over the params; the handler
// decodes them a third time. For a keystroke that costs more than handling it, and for a
// large document opened or sent whole, three passes over all of its text. So the stream
// takes each request's params out of the message before the library reads it, leaving a
// ticket (a number) in their place, and Handle puts them back: the library decodes only
// the envelope, and the params are decoded once, by the handler that knows their type.

// paramTickets holds the params taken out of requests the library has not handed to the
// server yet. The library hands requests over in the order the stream read them, so the
// queue is redeemed from its front; a ticket passed over belonged to a message the library
// rejected and is dropped.
type paramTickets struct {
	mu      sync.Mutex
	next    int64
	pending []ticketedParams
}

type ticketedParams struct {
	ticket int64
	params json.RawMessage
}

// take replaces the params of body, a request, by a ticket and keeps them. Anything it is
// not sure about (not one JSON object, no method, params that are not valid JSON, a
// member name written with escapes) goes to the library as it came.
func (t *paramTickets) take(body []byte) []byte {
	start, end, ok := requestParams(body)
	if !ok || !json.Valid(body[start:end]) {
		return body
	}
	t.mu.Lock()
	t.next++
	ticket := t.next
	t.pending = append(t.pending, ticketedParams{ticket, body[start:end:end]})
	t.mu.Unlock()
	out := make([]byte, 0, len(body)-(end-start)+20)
	out = append(out, body[:start]...)
	out = strconv.AppendInt(out, ticket, 10)
	return append(out, body[end:]...)
}

// redeem puts the params taken from req back.
func (t *paramTickets) redeem(req *jsonrpc2.Request) {
	if req.Params == nil {
		return
	}
	ticket, err := strconv.ParseInt(string(*req.Params), 10, 64)
	if err != nil {
		return // not ticketed: params the stream left alone
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	for len(t.pending) > 0 && t.pending[0].ticket < ticket {
		t.pending = t.pending[1:]
	}
	if len(t.pending) > 0 && t.pending[0].ticket == ticket {
		params := t.pending[0].params
		req.Params = &params
		t.pending = t.pending[1:]
	}
}

// requestParams returns where the value of the top-level "params" member of body lies
// (the last one, as encoding/json takes the last of repeated names), when body is a JSON
// object with a "method" member. It reads the structure only; values are checked by
// whoever decodes them.
func requestParams(body []byte) (start, end int, ok bool) {
	i := skipSpace(body, 0)
	if i >= len(body) || body[i] != '{' {
		return 0, 0, false
	}
	i++
	method := false
	start, end = -1, -1
	for {
		i = skipSpace(body, i)
		if i >= len(body) || body[i] != '"' {
			return 0, 0, false
		}
		keyEnd, escaped := skipString(body, i)
		if keyEnd < 0 || escaped {
			return 0, 0, false
		}
		key := body[i+1 : keyEnd-1]
		i = skipSpace(body, keyEnd)
		if i >= len(body) || body[i] != ':' {
			return 0, 0, false
		}
		i = skipSpace(body, i+1)
		valueEnd := skipValue(body, i)
		if valueEnd < 0 {
			return 0, 0, false
		}
		switch {
		case bytes.Equal(key, []byte("params")):
			start, end = i, valueEnd
		case bytes.Equal(key, []byte("method")):
			method = true
		}
		i = skipSpace(body, valueEnd)
		if i >= len(body) {
			return 0, 0, false
		}
		switch body[i] {
		case ',':
			i++
		case '}':
			if skipSpace(body, i+1) != len(body) || !method || start < 0 {
				return 0, 0, false
			}
			return start, end, true
		default:
			return 0, 0, false
		}
	}
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// skipString returns the offset after the string opening at b[i] (-1 when it does not
// close) and whether it holds escapes.
func skipString(b []byte, i int) (int, bool) {
	escaped := false
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			escaped = true
			j++
		case '"':
			return j + 1, escaped
		}
	}
	return -1, escaped
}

// skipValue returns the offset after the value starting at b[i], or -1. Objects and arrays
// are skipped by counting brackets outside strings; scalars run to the next delimiter.
func skipValue(b []byte, i int) int {
	if i >= len(b) {
		return -1
	}
	switch b[i] {
	case '"':
		end, _ := skipString(b, i)
		return end
	case '{', '[':
		depth := 0
		for j := i; j < len(b); j++ {
			switch b[j] {
			case '"':
				end, _ := skipString(b, j)
				if end < 0 {
					return -1
				}
				j = end - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1
				}
			}
		}
		return -1
	default:
		j := i
	scalar:
		for ; j < len(b); j++ {
			switch b[j] {
			case ',', '}', ']', ' ', '\t', '\r', '\n':
				break scalar
			}
		}
		if j == i {
			return -1
		}
		return j
	}
}
