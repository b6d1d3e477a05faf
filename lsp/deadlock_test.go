package lsp_test

import (
	"context"
	"fmt"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen/embedded"
	"github.com/gantry-dev/gantry/codegen/packs"
	"github.com/gantry-dev/gantry/lsp"
)

// Edits, diagnostics, hovers and suggestions on ST documents that use each other's blocks,
// all at once: every request must be answered. An edit holds its document while it
// reparses (taking the old tree's lock) while a check of another document, holding its own
// tree's lock, looks the edited document up in the workspace; when that lookup waited for
// the document, the three formed a cycle and the server froze for good (found by the
// 10-minute soak).
func TestConcurrentEditsAndLookupsNeverDeadlock(t *testing.T) {
	srv, cli := net.Pipe()
	go lsp.Serve(context.Background(), srv, lsp.Options{Registry: packs.Registry(), Fallback: embedded.New()})
	conn := jsonrpc2.NewConn(context.Background(), jsonrpc2.NewBufferedStream(cli, jsonrpc2.VSCodeObjectCodec{}), discard{})
	defer conn.Close()
	ctx := context.Background()
	if err := conn.Call(ctx, "initialize", map[string]any{"capabilities": map[string]any{}, "initializationOptions": map[string]any{"backend": "embedded"}}, nil); err != nil {
		t.Fatal(err)
	}
	const docs = 6
	uri := func(i int) string { return fmt.Sprintf("file:///deadlock/fb%d.st", i) }
	for i := 0; i < docs; i++ {
		// Each block calls the next one's: a check of one looks the others up.
		text := fmt.Sprintf("FUNCTION_BLOCK FB%d\nVAR\n    inner : FB%d;\n    x : INT;\nEND_VAR\n\ninner(x := x);\nEND_FUNCTION_BLOCK\n", i, (i+1)%docs)
		conn.Notify(ctx, "textDocument/didOpen", map[string]any{"textDocument": map[string]any{
			"uri": uri(i), "languageId": "", "version": 1, "text": text}})
	}
	var versions [docs]int
	var locks [docs]sync.Mutex
	deadline := time.Now().Add(3 * time.Second)
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for c := 0; c < 16; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for i := 0; time.Now().Before(deadline); i++ {
				d := (c*31 + i) % docs
				locks[d].Lock()
				versions[d]++
				v := versions[d] + 1
				at := protocol.Position{Line: 5, Character: 0}
				change := map[string]any{"range": protocol.Range{Start: at, End: at}, "text": "x"}
				if v%2 == 1 {
					change = map[string]any{"range": protocol.Range{Start: at, End: protocol.Position{Line: 5, Character: 1}}, "text": ""}
				}
				conn.Notify(ctx, "textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri(d), "version": v},
					"contentChanges": []any{change}})
				locks[d].Unlock()
				method := []string{"textDocument/diagnostic", "textDocument/hover", "textDocument/inlineCompletion", "textDocument/documentSymbol"}[i%4]
				params := map[string]any{"textDocument": map[string]any{"uri": uri((d + 1) % docs)}, "position": protocol.Position{Line: 6, Character: 1},
					"context": map[string]any{"triggerKind": 2}}
				rctx, cancel := context.WithTimeout(ctx, 30*time.Second)
				var out any
				err := conn.Call(rctx, method, params, &out)
				stuck := rctx.Err() == context.DeadlineExceeded
				cancel()
				if stuck {
					errs <- fmt.Errorf("%s on %s: no answer in 30 s (the server is stuck)", method, uri((d+1)%docs))
					return
				}
				_ = err // cancelled and superseded requests may fail; they must answer
			}
		}(c)
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(90 * time.Second):
		// Edits are notifications over a synchronous pipe: a stuck server blocks them too.
		t.Fatal("the server stopped reading: clients still blocked 90 s after the test's 3 s of traffic")
	}
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}
