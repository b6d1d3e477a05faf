package lsp_test

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen/embedded"
	"github.com/gantry-dev/gantry/codegen/packs"
	"github.com/gantry-dev/gantry/lsp"
	"github.com/gantry-dev/gantry/lsp/lsptest"
)

// bigST generates an n-line ST file of function blocks, with an open IF at the returned line.
func bigST(n int) (string, int) { return bigSTWithMain(n, 0) }

// bigSTWithMain is bigST whose last POU, Main, holds body lines more before the cursor's IF
// (in blocks of six).
func bigSTWithMain(n, body int) (string, int) {
	var sb strings.Builder
	lines := 0
	for i := 0; lines < n-20; i++ {
		fmt.Fprintf(&sb, "FUNCTION_BLOCK FB_Axis%d\nVAR_INPUT\n    bEnable : BOOL;\n    rTarget : REAL;\nEND_VAR\nVAR\n    rPos : REAL;\n    nStep : INT;\n    fbT : TON;\nEND_VAR\nIF bEnable THEN\n    rPos := rPos + (rTarget - rPos) * 0.1;\n    nStep := nStep + 1;\nEND_IF;\nfbT(IN := bEnable, PT := T#1S);\nEND_FUNCTION_BLOCK\n\n", i)
		lines += 17
	}
	sb.WriteString("PROGRAM Main\nVAR_INPUT\n    bStart : BOOL;\nEND_VAR\nVAR\n    bRun : BOOL;\n    nCount : INT;\n    fbDelay : TON;\nEND_VAR\n")
	for i := 0; i*6 < body; i++ {
		fmt.Fprintf(&sb, "IF nCount > %d THEN\n    nCount := nCount - 1;\n    bRun := NOT bRun;\nELSE\n    nCount := nCount + %d;\nEND_IF;\n", i, i)
	}
	sb.WriteString("IF bRun THEN\n    \nEND_IF;\nEND_PROGRAM\n")
	text := sb.String()
	return text, strings.Count(text[:strings.LastIndex(text, "    \nEND_IF")], "\n")
}

// pipeEnd is one end of a pair of OS pipes: it reads one and writes the other.
type pipeEnd struct {
	r *os.File
	w *os.File
}

func (p pipeEnd) Read(b []byte) (int, error)  { return p.r.Read(b) }
func (p pipeEnd) Write(b []byte) (int, error) { return p.w.Write(b) }
func (p pipeEnd) Close() error {
	p.w.Close()
	return p.r.Close()
}

func osPipes(tb testing.TB) (server, client pipeEnd) {
	toServer, fromClient, err := os.Pipe()
	if err != nil {
		tb.Fatal(err)
	}
	toClient, fromServer, err := os.Pipe()
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { fromClient.Close(); fromServer.Close() })
	return pipeEnd{toServer, fromServer}, pipeEnd{toClient, fromClient}
}

type discard struct{}

func (discard) Handle(context.Context, *jsonrpc2.Conn, *jsonrpc2.Request) {}

// onPublish signals (without blocking) each textDocument/publishDiagnostics.
type onPublish chan struct{}

func (c onPublish) Handle(_ context.Context, _ *jsonrpc2.Conn, r *jsonrpc2.Request) {
	if r.Method == "textDocument/publishDiagnostics" {
		select {
		case c <- struct{}{}:
		default:
		}
	}
}

// BenchmarkInlineCompletionOverhead measures the server's own cost per suggestion request
// (JSON-RPC, document snapshot, context, prompt, gate) with the instant embedded backend on a
// 10,000-line file, and reports p50 and p99 latencies. The server runs in the benchmark's
// process; BenchmarkInlineCompletionOverheadProcess is the same with a `gantry lsp` process.
func BenchmarkInlineCompletionOverhead(b *testing.B) {
	conn, published := inProcessServer(b)
	defer conn.Close()
	text, line := bigST(10000)
	suggestionOverheadIn(b, conn, text, line, published, true)
}

// BenchmarkInlineCompletionOverheadLongPOU is BenchmarkInlineCompletionOverhead with the
// cursor at the end of a 600-line PROGRAM: the cursor's unit is parsed, modelled and
// checked for every candidate, so its length, not the file's, sets the cost.
func BenchmarkInlineCompletionOverheadLongPOU(b *testing.B) {
	conn, published := inProcessServer(b)
	defer conn.Close()
	text, line := bigSTWithMain(10000, 600)
	suggestionOverheadIn(b, conn, text, line, published, true)
}

// inProcessServer serves LSP in the benchmark's process over operating-system pipes, as an
// editor's stdio (net.Pipe hands each write over synchronously, which costs more than the
// transport users have), and returns the client's connection (the caller closes it) and a
// wait for the next published diagnostics (false after a minute without).
func inProcessServer(b *testing.B) (*jsonrpc2.Conn, func() bool) {
	srv, cli := osPipes(b)
	go lsp.Serve(context.Background(), srv, lsp.Options{Registry: packs.Registry(), Fallback: embedded.New()})
	published := make(chan struct{}, 1)
	conn := jsonrpc2.NewConn(context.Background(), jsonrpc2.NewBufferedStream(cli, jsonrpc2.VSCodeObjectCodec{}), onPublish(published))
	return conn, func() bool {
		select {
		case <-published:
			return true
		case <-time.After(time.Minute):
			return false
		}
	}
}

// BenchmarkInlineCompletionOverheadProcess is BenchmarkInlineCompletionOverhead with the
// server as an editor starts it, a `gantry lsp` process of its own reading its stdin and
// writing its stdout: the client's runtime and the server's (their schedulers and garbage
// collectors) apart, the pipes between two processes.
func BenchmarkInlineCompletionOverheadProcess(b *testing.B) {
	c := lsptest.Start(b, b.TempDir())
	suggestionOverhead(b, c.Conn, func() bool {
		c.Wait("textDocument/publishDiagnostics", 0, time.Minute, nil)
		return true
	}, false)
}

// suggestionOverhead opens the 10,000-line file over conn, waits for its diagnostics
// (published reports whether they came), then times b.N suggestion requests, each after
// a keystroke. faults adds the process's page faults per request (the server's only when
// it runs in this process).
func suggestionOverhead(b *testing.B, conn *jsonrpc2.Conn, published func() bool, faults bool) {
	text, cursorLine := bigST(10000)
	suggestionOverheadIn(b, conn, text, cursorLine, published, faults)
}

// suggestionOverheadIn is suggestionOverhead in text, the cursor in the open IF at cursorLine.
func suggestionOverheadIn(b *testing.B, conn *jsonrpc2.Conn, text string, cursorLine int, published func() bool, faults bool) {
	ctx := context.Background()
	if err := conn.Call(ctx, "initialize", map[string]any{"capabilities": map[string]any{}, "initializationOptions": map[string]any{"backend": "embedded"}}, nil); err != nil {
		b.Fatal(err)
	}
	uri := "file:///bench/main.st"
	conn.Notify(ctx, "textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "st", "version": 1, "text": text}})
	// A user opens the file, sees its diagnostics, then types: the first check of the whole
	// file is not part of any keystroke's suggestion.
	if !published() {
		b.Fatal("no diagnostics for the opened file")
	}
	params := map[string]any{"textDocument": map[string]any{"uri": uri}, "position": protocol.Position{Line: uint32(cursorLine), Character: 4}, "context": map[string]any{"triggerKind": 2}}
	// The model that answered rides in the accept command's arguments ("" for the cache).
	var res struct {
		Items []struct {
			Command struct{ Arguments []struct{ Model string } }
		}
	}
	if err := conn.Call(ctx, "textDocument/inlineCompletion", params, &res); err != nil || len(res.Items) == 0 {
		b.Fatalf("warm-up: %v %v", err, res)
	}
	lat := make([]time.Duration, 0, b.N)
	above := "IF bRun THEN"
	var ru0 syscall.Rusage
	syscall.Getrusage(0, &ru0)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// Rewrite the line above the cursor with a number no earlier request saw, so no
		// suggestion comes from the cache: each request runs the whole pipeline. (Inserting
		// a space each time did not: after 2,000 of them the cache's window before the
		// cursor was all spaces, and the rest of the run measured cache hits.)
		b.StopTimer()
		line := fmt.Sprintf("IF bRun AND nCount < %d THEN", i)
		edit := protocol.Range{Start: protocol.Position{Line: uint32(cursorLine - 1), Character: 0}, End: protocol.Position{Line: uint32(cursorLine - 1), Character: uint32(len(above))}}
		above = line
		conn.Notify(ctx, "textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": i + 2},
			"contentChanges": []map[string]any{{"range": edit, "text": line}}})
		b.StartTimer()
		t0 := time.Now()
		if err := conn.Call(ctx, "textDocument/inlineCompletion", params, &res); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
		if len(res.Items) == 0 || res.Items[0].Command.Arguments[0].Model == "" {
			b.Fatalf("request %d was not answered by the pipeline (empty or from the cache): %+v", i, res.Items)
		}
	}
	b.StopTimer()
	var ru1 syscall.Rusage
	syscall.Getrusage(0, &ru1)
	if faults {
		b.ReportMetric(float64(ru1.Minflt-ru0.Minflt)/float64(b.N), "minflt/op")
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}
