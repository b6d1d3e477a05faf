package lsp_test

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/gantry-dev/gantry/codegen/ollama/ollamatest"
	"github.com/gantry-dev/gantry/lsp/lsptest"
)

var (
	familyRe = regexp.MustCompile(`sa_family=(\w+)`)
	portRe   = regexp.MustCompile(`htons\((\d+)\)`)
	addrRe   = regexp.MustCompile(`inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)"`)
)

// The only network peer is the configured model host: every connect() the server makes
// during a session with suggestions, diagnostics and a model call goes to that host.
func TestOnlyTheModelHostIsContacted(t *testing.T) {
	strace := requireTool(t, "strace")
	fake := ollamatest.NewServer(t, ollamatest.CodeModel("fim"))
	fake.Reply(ollamatest.Reply{Chunks: []string{"nCount := nCount + 1;"}})
	u, _ := url.Parse(fake.URL)

	dir := t.TempDir()
	path := filepath.Join(dir, "main.st")
	os.WriteFile(path, []byte(mainST), 0o644)
	trace := filepath.Join(dir, "trace.txt")
	cmd := exec.Command(strace, "-f", "-qq", "-e", "trace=connect", "-o", trace, lsptest.Binary(t), "lsp")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GANTRY_STATS="+filepath.Join(dir, "stats.json"))
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	conn := jsonrpc2.NewConn(context.Background(), jsonrpc2.NewBufferedStream(rwc{stdout, stdin}, jsonrpc2.VSCodeObjectCodec{}), discard{})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	uri := "file://" + path
	if err := conn.Call(ctx, "initialize", map[string]any{"rootUri": "file://" + dir, "capabilities": map[string]any{},
		"initializationOptions": map[string]any{"model": "fim", "host": fake.URL}}, nil); err != nil {
		t.Fatal(err)
	}
	conn.Notify(ctx, "textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "st", "version": 1, "text": mainST}})
	var res struct{ Items []map[string]any }
	if err := conn.Call(ctx, "textDocument/inlineCompletion", map[string]any{"textDocument": map[string]any{"uri": uri},
		"position": cursor, "context": map[string]any{"triggerKind": 1}}, &res); err != nil || len(res.Items) == 0 {
		t.Fatalf("completion: %v %v", err, res)
	}
	conn.Call(ctx, "shutdown", nil, nil)
	conn.Notify(ctx, "exit", nil)
	cmd.Wait()

	data, err := os.ReadFile(trace)
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	for _, line := range strings.Split(string(data), "\n") {
		if !strings.Contains(line, "connect(") {
			continue
		}
		family, port, addr := familyRe.FindStringSubmatch(line), portRe.FindStringSubmatch(line), addrRe.FindStringSubmatch(line)
		calls++
		if family == nil || port == nil || addr == nil || addr[1]+addr[2] != u.Hostname() || port[1] != u.Port() {
			t.Errorf("connection to something other than the model host %s: %s", u.Host, line)
		}
	}
	if calls == 0 {
		t.Fatalf("no connect() traced; the model was asked, so tracing failed:\n%s", data)
	}
}

type rwc struct {
	r interface{ Read([]byte) (int, error) }
	w interface {
		Write([]byte) (int, error)
		Close() error
	}
}

func (p rwc) Read(b []byte) (int, error)  { return p.r.Read(b) }
func (p rwc) Write(b []byte) (int, error) { return p.w.Write(b) }
func (p rwc) Close() error                { return p.w.Close() }
