package lsp_test

import (
	"context"
	"encoding/json"
	"net"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen/embedded"
	"github.com/gantry-dev/gantry/codegen/gcode/camgen"
	"github.com/gantry-dev/gantry/codegen/packs"
	"github.com/gantry-dev/gantry/lsp"
)

// diagWaiter collects publishDiagnostics notifications of an in-process server.
type diagWaiter struct {
	mu   sync.Mutex
	got  map[uint32]protocol.PublishDiagnosticsParams
	cond chan struct{}
}

func (w *diagWaiter) Handle(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) {
	if req.Method != "textDocument/publishDiagnostics" || req.Params == nil {
		return
	}
	var p protocol.PublishDiagnosticsParams
	_ = json.Unmarshal(*req.Params, &p)
	w.mu.Lock()
	w.got[p.Version] = p
	close(w.cond)
	w.cond = make(chan struct{})
	w.mu.Unlock()
}

func (w *diagWaiter) wait(tb testing.TB, version uint32) protocol.PublishDiagnosticsParams {
	deadline := time.After(60 * time.Second)
	for {
		w.mu.Lock()
		p, ok := w.got[version]
		ch := w.cond
		if ok {
			// Lists up to this version are not asked for again: dropping them keeps the
			// client's memory out of the server's heap figures.
			for v := range w.got {
				if v <= version {
					delete(w.got, v)
				}
			}
		}
		w.mu.Unlock()
		if ok {
			return p
		}
		select {
		case <-ch:
		case <-deadline:
			tb.Fatalf("no diagnostics for version %d", version)
		}
	}
}

type largeSession struct {
	conn *jsonrpc2.Conn
	w    *diagWaiter
	uri  string
}

func openLarge(tb testing.TB, text []byte) *largeSession {
	srv, cli := net.Pipe()
	go lsp.Serve(context.Background(), srv, lsp.Options{Registry: packs.Registry(), Fallback: embedded.New()})
	w := &diagWaiter{got: map[uint32]protocol.PublishDiagnosticsParams{}, cond: make(chan struct{})}
	conn := jsonrpc2.NewConn(context.Background(), jsonrpc2.NewBufferedStream(cli, jsonrpc2.VSCodeObjectCodec{}), w)
	tb.Cleanup(func() { conn.Close() })
	ctx := context.Background()
	if err := conn.Call(ctx, "initialize", map[string]any{"capabilities": map[string]any{},
		"initializationOptions": map[string]any{"backend": "embedded", "completion": map[string]any{"debounce_ms": 0}}}, nil); err != nil {
		tb.Fatal(err)
	}
	s := &largeSession{conn: conn, w: w, uri: "file:///bench/cam.ngc"}
	conn.Notify(ctx, "textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": s.uri, "languageId": "gcode", "version": 1, "text": string(text)}})
	return s
}

// edit replaces the first character of a line and returns when its diagnostics arrived.
func (s *largeSession) edit(tb testing.TB, version, line int, ch string) protocol.PublishDiagnosticsParams {
	r := protocol.Range{Start: protocol.Position{Line: uint32(line)}, End: protocol.Position{Line: uint32(line), Character: 1}}
	s.conn.Notify(context.Background(), "textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": s.uri, "version": version},
		"contentChanges": []map[string]any{{"range": r, "text": ch}}})
	return s.w.wait(tb, uint32(version))
}

// A large G-code document is kept as text, checked in chunks, and an edit that breaks a
// line is reported at that line and cleared when undone.
func TestLargeGCodeDocumentIsCheckedIncrementally(t *testing.T) {
	text := camgen.Program(150000) // above the text-only threshold
	s := openLarge(t, text)
	first := s.w.wait(t, 1)
	for _, d := range first.Diagnostics {
		if d.Severity == protocol.DiagnosticSeverityError {
			t.Fatalf("the generated program must be clean: %+v", d)
		}
	}
	lines := strings.Split(string(text), "\n")
	target := 0
	for i := 100000; i < len(lines); i++ {
		if strings.HasPrefix(lines[i], "G1 ") {
			target = i
			break
		}
	}
	broken := s.edit(t, 2, target, "[") // "[1 X…": an unclosed expression
	found := false
	for _, d := range broken.Diagnostics {
		found = found || d.Range.Start.Line == uint32(target) && d.Code == "gcode/syntax"
	}
	if !found {
		t.Fatalf("no syntax error at line %d: %+v", target+1, broken.Diagnostics)
	}
	fixed := s.edit(t, 3, target, "G")
	for _, d := range fixed.Diagnostics {
		if d.Severity == protocol.DiagnosticSeverityError {
			t.Fatalf("error left after undoing the edit: %+v", d)
		}
	}
}

// A keystroke in a large document copies the line blocks it touches, not the text: what
// the server allocates per keystroke, diagnostics and their encoding included, is a small
// part of the text (a copy per keystroke allocated the text's size each time, and made the
// first keystrokes after opening wait on fresh memory and collections).
func TestLargeGCodeKeystrokeDoesNotCopyTheText(t *testing.T) {
	text := camgen.Program(150000)
	s := openLarge(t, text)
	s.w.wait(t, 1)
	var moves []int
	for i, l := range strings.Split(string(text), "\n") {
		if strings.HasPrefix(l, "G1 ") && i > 1000 {
			moves = append(moves, i)
		}
	}
	const keys = 20
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < keys; i++ {
		ch := "["
		if i%2 == 1 {
			ch = "G"
		}
		s.edit(t, i+2, moves[(i/2*7919)%len(moves)], ch)
	}
	runtime.ReadMemStats(&after)
	perKey := (after.TotalAlloc - before.TotalAlloc) / keys
	t.Logf("%d bytes allocated per keystroke in a %d-byte document", perKey, len(text))
	if perKey > uint64(len(text))/4 {
		t.Errorf("a keystroke allocated %d bytes, the text is %d: the text is copied per keystroke", perKey, len(text))
	}
}
