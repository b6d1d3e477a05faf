package lsp_test

import (
	"context"
	"fmt"
	"net"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen/embedded"
	"github.com/gantry-dev/gantry/codegen/packs"
	"github.com/gantry-dev/gantry/lsp"
)

// BenchmarkSoak keeps 1,000 documents open in one server and runs 50 concurrent clients
// that edit, ask for suggestions, symbols and hover, and cancel half of their requests, for
// GANTRY_SOAK (default 5s; GANTRY_SOAK=10m for the long soak). It prints resident memory and
// goroutines at the start (after every document was edited once), every tenth of the run and
// at the end:
//
//	GANTRY_SOAK=10m go test -run '^$' -bench Soak -benchtime 1x -timeout 20m ./lsp
func BenchmarkSoak(b *testing.B) {
	dur := 5 * time.Second
	if v := os.Getenv("GANTRY_SOAK"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			b.Fatal(err)
		}
		dur = d
	}
	srv, cli := net.Pipe()
	go lsp.Serve(context.Background(), srv, lsp.Options{Registry: packs.Registry(), Fallback: embedded.New()})
	conn := jsonrpc2.NewConn(context.Background(), jsonrpc2.NewBufferedStream(cli, jsonrpc2.VSCodeObjectCodec{}), discard{})
	defer conn.Close()
	ctx := context.Background()
	if err := conn.Call(ctx, "initialize", map[string]any{"capabilities": map[string]any{}, "initializationOptions": map[string]any{"backend": "embedded"}}, nil); err != nil {
		b.Fatal(err)
	}
	const docs, clients = 1000, 50
	kinds := []struct{ ext, text string }{
		{".st", "PROGRAM P%d\nVAR\n    x : INT;\n    b : BOOL;\nEND_VAR\nIF b THEN\n    \nEND_IF;\nEND_PROGRAM\n"},
		{".v", "module m%d(input clk, input d, output reg q);\nalways @(posedge clk) begin\n    \nend\nendmodule\n"},
		{".ngc", "(program %d)\nG21 G90\nG0 Z5\n\nM2\n"},
	}
	uris := make([]string, docs)
	for i := range uris {
		k := kinds[i%len(kinds)]
		uris[i] = fmt.Sprintf("file:///soak/doc%d%s", i, k.ext)
		conn.Notify(ctx, "textDocument/didOpen", map[string]any{"textDocument": map[string]any{
			"uri": uris[i], "languageId": "", "version": 1, "text": fmt.Sprintf(k.text, i)}})
	}
	var versions [docs]int
	var locks [docs]sync.Mutex
	round := func(c, i int) {
		d := (c*7919 + i) % docs
		locks[d].Lock()
		versions[d]++
		v := versions[d] + 1
		// Type a character on the blank line, then delete it again next round.
		at := protocol.Position{Line: 2, Character: 0}
		change := map[string]any{"range": protocol.Range{Start: at, End: at}, "text": " "}
		if v%2 == 1 {
			change = map[string]any{"range": protocol.Range{Start: at, End: protocol.Position{Line: 2, Character: 1}}, "text": ""}
		}
		conn.Notify(ctx, "textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uris[d], "version": v},
			"contentChanges": []any{change}})
		locks[d].Unlock()
		method := []string{"textDocument/inlineCompletion", "textDocument/documentSymbol", "textDocument/hover"}[i%3]
		params := map[string]any{"textDocument": map[string]any{"uri": uris[d]}, "position": protocol.Position{Line: 2, Character: 0},
			"context": map[string]any{"triggerKind": 2}}
		rctx, cancel := context.WithCancel(ctx)
		if i%2 == 0 {
			cancel() // half the requests are cancelled at once, like a client typing on
		}
		var out any
		_ = conn.Call(rctx, method, params, &out)
		cancel()
	}
	measure := func(when string) {
		runtime.GC()
		rss, g := rssMB(), runtime.NumGoroutine()
		b.Logf("%s: RSS %d MB, goroutines %d", when, rss, g)
		b.ReportMetric(float64(rss), "RSS-MB-"+when)
		b.ReportMetric(float64(g), "goroutines-"+when)
	}
	// Warm-up: every document once.
	for i := 0; i < docs; i++ {
		round(0, i)
	}
	measure("start")
	deadline := time.Now().Add(dur)
	var wg sync.WaitGroup
	var total sync.Map
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			n := 0
			for i := 0; time.Now().Before(deadline); i++ {
				round(c, i)
				n++
			}
			total.Store(c, n)
		}(c)
	}
	// Samples along the way show whether memory is flat after warm-up, not only its ends.
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		every := dur / 10
		for k := 1; ; k++ {
			select {
			case <-stop:
				return
			case <-time.After(every):
				// The live Go heap, after a collection, tells a growing heap from a
				// resident size that only the C side or fragmentation keeps up.
				runtime.GC()
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				// What the Go runtime holds from the system and has not given back: RSS
				// beyond it is the C side (tree-sitter's trees and parsers) and the binary.
				goHeld := (ms.Sys - ms.HeapReleased) >> 20
				b.Logf("after %v: RSS %d MB, live Go heap %d MB, held by the Go runtime %d MB, goroutines %d",
					time.Duration(k)*every, rssMB(), ms.HeapAlloc>>20, goHeld, runtime.NumGoroutine())
			}
		}
	}()
	wg.Wait()
	close(stop)
	<-sampled
	time.Sleep(500 * time.Millisecond) // let cancelled work and debounced diagnostics finish
	if path := os.Getenv("GANTRY_SOAK_HEAP"); path != "" {
		// What the heap holds with every document still open (go tool pprof -sample_index=inuse_space).
		runtime.GC()
		if f, err := os.Create(path); err == nil {
			_ = pprof.Lookup("heap").WriteTo(f, 0)
			f.Close()
		}
	}
	n := 0
	total.Range(func(_, v any) bool { n += v.(int); return true })
	b.Logf("%d requests with edits in %v by %d clients over %d documents", n, dur, clients, docs)
	measure("end")
}

// rssMB reads this process's resident set size.
func rssMB() int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmRSS:") {
			kb, _ := strconv.Atoi(strings.Fields(l)[1])
			return kb / 1024
		}
	}
	return -1
}
