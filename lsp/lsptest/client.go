// Package lsptest drives the real gantry binary over pipes as an LSP client would, for
// end-to-end tests.
package lsptest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// RemoveBinary deletes what Binary built. A test process that calls Binary calls it from
// TestMain after the tests ran: every run would otherwise leave a 23 MB binary behind.
func RemoveBinary() {
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
}

// Main runs a package's tests and deletes the binary they built: the TestMain of a package
// whose tests start gantry and need nothing else before them.
func Main(m *testing.M) {
	code := m.Run()
	RemoveBinary()
	os.Exit(code)
}

// Binary builds ./cmd/gantry once per test process and returns its path.
func Binary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		_, here, _, _ := runtime.Caller(0)
		root := filepath.Join(filepath.Dir(here), "..", "..")
		dir, err := os.MkdirTemp("", "gantry-bin")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "gantry")
		cmd := exec.Command("go", "build", "-o", binPath, "./cmd/gantry")
		cmd.Dir = root
		out, err := cmd.CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// Notification is one message the server sent without being asked.
type Notification struct {
	Method string
	Params json.RawMessage
}

// Client is a running `gantry lsp` with a JSON-RPC connection to it.
type Client struct {
	t      testing.TB
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	Conn   *jsonrpc2.Conn
	stderr *bytes.Buffer

	mu    sync.Mutex
	notes []Notification
	cond  chan struct{} // closed and replaced on every new notification
	done  chan error
}

// Start runs `gantry lsp` in dir with extra environment variables.
func Start(t testing.TB, dir string, env ...string) *Client {
	t.Helper()
	cmd := exec.Command(Binary(t), "lsp")
	cmd.Dir = dir
	// Statistics go to the test's own directory, never the user's.
	cmd.Env = append(append(os.Environ(), "GANTRY_STATS="+filepath.Join(t.TempDir(), "stats.json")), env...)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	c := &Client{t: t, cmd: cmd, stdin: stdin, stderr: &bytes.Buffer{}, cond: make(chan struct{}), done: make(chan error, 1)}
	cmd.Stderr = c.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { c.done <- cmd.Wait() }()
	rwc := pipe{stdout, stdin}
	c.Conn = jsonrpc2.NewConn(context.Background(), jsonrpc2.NewBufferedStream(rwc, jsonrpc2.VSCodeObjectCodec{}), jsonrpc2.HandlerWithError(c.handle))
	t.Cleanup(func() {
		c.Conn.Close()
		_ = c.stdin.Close()
		select {
		case <-c.done:
		case <-time.After(5 * time.Second):
			_ = cmd.Process.Kill()
		}
	})
	return c
}

// Raw writes bytes straight to the server's stdin (for malformed-input tests).
func (c *Client) Raw(b []byte) error {
	_, err := c.stdin.Write(b)
	return err
}

func (c *Client) handle(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	var params json.RawMessage
	if req.Params != nil {
		params = *req.Params
	}
	c.mu.Lock()
	c.notes = append(c.notes, Notification{Method: req.Method, Params: params})
	close(c.cond)
	c.cond = make(chan struct{})
	c.mu.Unlock()
	return nil, nil
}

// Call sends a request with a 30 s bound.
func (c *Client) Call(method string, params, result any) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return c.Conn.Call(ctx, method, params, result)
}

// Notify sends a notification.
func (c *Client) Notify(method string, params any) {
	if err := c.Conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("notify %s: %v", method, err)
	}
}

// Wait returns the first notification of method, at or after index from, that satisfies
// pred, waiting up to timeout. It also returns the index after it.
func (c *Client) Wait(method string, from int, timeout time.Duration, pred func(json.RawMessage) bool) (json.RawMessage, int) {
	c.t.Helper()
	deadline := time.After(timeout)
	for {
		c.mu.Lock()
		for i := from; i < len(c.notes); i++ {
			n := c.notes[i]
			if n.Method == method && (pred == nil || pred(n.Params)) {
				c.mu.Unlock()
				return n.Params, i + 1
			}
		}
		ch := c.cond
		c.mu.Unlock()
		select {
		case <-ch:
		case <-deadline:
			c.t.Fatalf("no %s notification within %v; stderr:\n%s", method, timeout, c.stderr.String())
			return nil, from
		}
	}
}

// Notes returns the notifications of method seen so far.
func (c *Client) Notes(method string) []json.RawMessage {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []json.RawMessage
	for _, n := range c.notes {
		if n.Method == method {
			out = append(out, n.Params)
		}
	}
	return out
}

// Count returns how many notifications arrived so far.
func (c *Client) Count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.notes)
}

// Exit waits for the process to end and returns its exit code.
func (c *Client) Exit(timeout time.Duration) int {
	select {
	case err := <-c.done:
		c.done <- err
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode()
		}
		if err != nil {
			return -1
		}
		return 0
	case <-time.After(timeout):
		c.t.Fatalf("server did not exit within %v", timeout)
		return -1
	}
}

// Stderr returns what the server wrote to stderr.
func (c *Client) Stderr() string { return c.stderr.String() }

// Pid is the server process's id.
func (c *Client) Pid() int { return c.cmd.Process.Pid }

type pipe struct {
	io.Reader
	io.WriteCloser
}
