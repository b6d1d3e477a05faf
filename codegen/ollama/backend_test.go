package ollama_test

import (
	"context"
	"errors"
	"net"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/ollama"
	"github.com/gantry-dev/gantry/codegen/ollama/ollamatest"
)

const coder = "qwen2.5-coder:1.5b"

// newFake starts a fake serving one code model and a backend pointed at it.
func newFake(t *testing.T, cfg ollama.Config) (*ollamatest.Server, *ollama.Backend) {
	t.Helper()
	srv := ollamatest.NewServer(t, ollamatest.CodeModel(coder), ollamatest.ChatModel("llama3.2"))
	cfg.Host = srv.URL
	if cfg.Model == "" {
		cfg.Model = coder
	}
	return srv, ollama.New(cfg)
}

func fill(t *testing.T, b *ollama.Backend, req codegen.FillRequest) string {
	t.Helper()
	got, err := b.Fill(context.Background(), req)
	if err != nil {
		t.Fatalf("Fill: %v", err)
	}
	if len(got) == 0 {
		return ""
	}
	if len(got) != 1 {
		t.Fatalf("Fill returned %d candidates, want 1", len(got))
	}
	return got[0].Text
}

func TestFillCollectsStream(t *testing.T) {
	srv, b := newFake(t, ollama.Config{})
	srv.Reply(ollamatest.Reply{Chunks: []string{"IF x", " THEN\n", "  y := 1;\n", "END_IF;"}})
	got := fill(t, b, codegen.FillRequest{Prefix: "PROGRAM p\n", Suffix: "\nEND_PROGRAM", Multiline: true})
	if want := "IF x THEN\n  y := 1;\nEND_IF;"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	if b.Name() != "ollama" || b.Model() != coder {
		t.Fatalf("Name/Model = %q/%q", b.Name(), b.Model())
	}
}

func TestFillSendsRequest(t *testing.T) {
	srv, b := newFake(t, ollama.Config{NumCtx: 8192, KeepAlive: 45 * time.Minute, NumPredict: 99})
	srv.Reply(ollamatest.Reply{Chunks: []string{"x := 1;"}})
	req := codegen.FillRequest{
		Header: "// file: main.st", Prefix: "x := ", Suffix: "\nEND_PROGRAM",
		Stop: []string{"END_PROGRAM", "FUNCTION"}, MaxTokens: 64, Temperature: 0.3,
	}
	fill(t, b, req)
	req.MaxTokens, req.Temperature = 0, 0
	fill(t, b, req)

	gens := srv.Generates()
	if len(gens) != 2 {
		t.Fatalf("%d generate requests, want 2", len(gens))
	}
	g := gens[0]
	if g.Model != coder || g.Prompt != "// file: main.st\nx := " || g.Suffix != "\nEND_PROGRAM" || g.Raw {
		t.Fatalf("model/prompt/suffix/raw = %q/%q/%q/%v", g.Model, g.Prompt, g.Suffix, g.Raw)
	}
	if g.Stream == nil || !*g.Stream {
		t.Fatal("stream not requested")
	}
	if g.KeepAlive == nil || g.KeepAlive.Duration != 45*time.Minute {
		t.Fatalf("keep_alive = %v", g.KeepAlive)
	}
	want := map[string]any{"num_ctx": 8192.0, "num_predict": 64.0, "temperature": 0.3, "stop": []any{"END_PROGRAM", "FUNCTION"}}
	if !reflect.DeepEqual(g.Options, want) {
		t.Fatalf("options = %v, want %v", g.Options, want)
	}
	// Unset request values fall back to the config; num_ctx never changes.
	want["num_predict"], want["temperature"] = 99.0, 0.0
	if !reflect.DeepEqual(gens[1].Options, want) {
		t.Fatalf("second options = %v, want %v", gens[1].Options, want)
	}
}

func TestFillDefaults(t *testing.T) {
	srv, b := newFake(t, ollama.Config{})
	fill(t, b, codegen.FillRequest{Prefix: "a", Suffix: "b"})
	g := srv.Generates()[0]
	if g.KeepAlive == nil || g.KeepAlive.Duration != ollama.DefaultKeepAlive {
		t.Fatalf("keep_alive = %v", g.KeepAlive)
	}
	want := map[string]any{"num_ctx": 4096.0, "num_predict": 128.0, "temperature": 0.0}
	if !reflect.DeepEqual(g.Options, want) {
		t.Fatalf("options = %v, want %v", g.Options, want)
	}
}

func TestFillWithoutSuffixIsRaw(t *testing.T) {
	srv, b := newFake(t, ollama.Config{})
	fill(t, b, codegen.FillRequest{Prefix: "G01 X10"})
	if g := srv.Generates()[0]; !g.Raw || g.Suffix != "" {
		t.Fatalf("raw/suffix = %v/%q, want raw plain continuation", g.Raw, g.Suffix)
	}
}

func TestFillStopsEarly(t *testing.T) {
	for _, tc := range []struct {
		name      string
		chunks    []string
		stop      []string
		multiline bool
		want      string
	}{
		{"stop sequence across chunks", []string{"a := 1;\n", "END_", "IF\nb := 2;"}, []string{"END_IF"}, true, "a := 1;\n"},
		{"earliest stop wins", []string{"x;\nVAR\ny;\nEND_VAR"}, []string{"END_VAR", "VAR"}, true, "x;\n"},
		{"markdown fence", []string{"x := 1;\n``", "`\nHere is"}, nil, true, "x := 1;\n"},
		{"double blank line", []string{"x := 1;\n", "\n", "\nFUNCTION f"}, nil, true, "x := 1;"},
		{"line repeated three times", []string{"G01 X1\n", "G01 X1\n", "G01 X1\n", "G01 X1\n"}, nil, true, "G01 X1"},
		{"single line", []string{"1;\n", "y := 2;"}, nil, false, "1;"},
		{"blank lines may repeat", []string{"a\n\n", "b\n\nc"}, nil, true, "a\n\nb\n\nc"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, b := newFake(t, ollama.Config{})
			srv.Reply(ollamatest.Reply{Chunks: tc.chunks})
			got := fill(t, b, codegen.FillRequest{Prefix: "p", Suffix: "s", Stop: tc.stop, Multiline: tc.multiline})
			if got != tc.want {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestFillStopsReadingEarly(t *testing.T) {
	// Once a stop sequence arrived the backend must not wait for the rest.
	srv, b := newFake(t, ollama.Config{})
	srv.Reply(ollamatest.Reply{Chunks: []string{"x;", "\nEND_IF", " more"}, Stall: true, StallAfter: 2})
	done := make(chan string)
	go func() {
		got, _ := b.Fill(context.Background(), codegen.FillRequest{Prefix: "p", Suffix: "s", Stop: []string{"END_IF"}, Multiline: true})
		if len(got) == 1 {
			done <- got[0].Text
		}
		close(done)
	}()
	select {
	case got := <-done:
		if got != "x;\n" {
			t.Fatalf("got %q", got)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Fill kept reading after the stop sequence")
	}
	expectCanceled(t, srv)
}

func TestFillBlankAnswerGivesNoCandidate(t *testing.T) {
	srv, b := newFake(t, ollama.Config{})
	srv.Reply(ollamatest.Reply{Chunks: []string{"  ", "\n"}})
	got, err := b.Fill(context.Background(), codegen.FillRequest{Prefix: "p", Suffix: "s", Multiline: true})
	if err != nil || len(got) != 0 {
		t.Fatalf("got %v, %v; want no candidate", got, err)
	}
}

func TestFillRespondsByPrompt(t *testing.T) {
	srv, b := newFake(t, ollama.Config{})
	srv.Respond(func(r ollamatest.Request) ollamatest.Reply {
		if strings.HasSuffix(r.Generate.Prompt, "G01 ") {
			return ollamatest.Reply{Chunks: []string{"X10 Y20"}}
		}
		return ollamatest.Reply{Chunks: []string{"M30"}}
	})
	if got := fill(t, b, codegen.FillRequest{Prefix: "G01 ", Suffix: "\n"}); got != "X10 Y20" {
		t.Fatalf("got %q", got)
	}
	if got := fill(t, b, codegen.FillRequest{Prefix: "G00 X0\n", Suffix: "\n"}); got != "M30" {
		t.Fatalf("got %q", got)
	}
}

func TestFillNeedsInsertCapability(t *testing.T) {
	srv, b := newFake(t, ollama.Config{Model: "llama3.2"})
	for range 2 {
		_, err := b.Fill(context.Background(), codegen.FillRequest{Prefix: "p", Suffix: "s"})
		if !errors.Is(err, codegen.ErrUnavailable) {
			t.Fatalf("err = %v, want ErrUnavailable", err)
		}
		for _, want := range []string{`"llama3.2"`, "cannot fill in the middle", "qwen2.5-coder"} {
			if !strings.Contains(err.Error(), want) {
				t.Fatalf("err %q lacks %q", err, want)
			}
		}
	}
	if n := len(srv.Generates()); n != 0 {
		t.Fatalf("%d generate requests sent to a model without insert", n)
	}
	if n := countPath(srv, "/api/show"); n != 1 {
		t.Fatalf("/api/show called %d times, want once (cached)", n)
	}
}

func TestFillModelReplacedWithoutInsert(t *testing.T) {
	srv, b := newFake(t, ollama.Config{})
	fill(t, b, codegen.FillRequest{Prefix: "p", Suffix: "s"})
	srv.AddModel(ollamatest.ChatModel(coder)) // re-pulled as a model without insert
	for range 2 {
		_, err := b.Fill(context.Background(), codegen.FillRequest{Prefix: "p", Suffix: "s"})
		if !errors.Is(err, codegen.ErrUnavailable) || !strings.Contains(err.Error(), "cannot fill in the middle") {
			t.Fatalf("err = %v", err)
		}
	}
	if n := len(srv.Generates()); n != 2 {
		t.Fatalf("%d generate requests, want 2 (the stale cache is dropped after one)", n)
	}
}

func TestFillInsertFromTemplateOnOldServers(t *testing.T) {
	srv, b := newFake(t, ollama.Config{Model: "old-coder"})
	m := ollamatest.CodeModel("old-coder")
	m.OmitCapabilities = true
	srv.AddModel(m)
	fill(t, b, codegen.FillRequest{Prefix: "p", Suffix: "s"})
	if g := srv.Generates(); len(g) != 1 || g[0].Suffix != "s" {
		t.Fatalf("generates = %+v", g)
	}
}

func TestFillShowOncePerModel(t *testing.T) {
	srv, b := newFake(t, ollama.Config{})
	for range 3 {
		fill(t, b, codegen.FillRequest{Prefix: "p", Suffix: "s"})
	}
	if n := countPath(srv, "/api/show"); n != 1 {
		t.Fatalf("/api/show called %d times, want 1", n)
	}
}

func TestFillModelNotFound(t *testing.T) {
	srv, b := newFake(t, ollama.Config{Model: "nonexistent:7b"})
	_, err := b.Fill(context.Background(), codegen.FillRequest{Prefix: "p", Suffix: "s"})
	if !errors.Is(err, codegen.ErrUnavailable) {
		t.Fatalf("err = %v, want ErrUnavailable", err)
	}
	for _, want := range []string{`"nonexistent:7b"`, "not found", srv.URL} {
		if !strings.Contains(err.Error(), want) {
			t.Fatalf("err %q lacks %q", err, want)
		}
	}
	// Not cached: once pulled, the model works.
	srv.AddModel(ollamatest.CodeModel("nonexistent:7b"))
	fill(t, b, codegen.FillRequest{Prefix: "p", Suffix: "s"})
}

func TestFillHostDown(t *testing.T) {
	host := closedPort(t)
	b := ollama.New(ollama.Config{Host: host, Model: coder})
	_, err := b.Fill(context.Background(), codegen.FillRequest{Prefix: "p", Suffix: "s"})
	if !errors.Is(err, codegen.ErrUnavailable) {
		t.Fatalf("err = %v, want ErrUnavailable", err)
	}
	if !strings.Contains(err.Error(), "http://"+host) || strings.Contains(err.Error(), "\n") {
		t.Fatalf("err %q should be one line naming http://%s", err, host)
	}
}

func TestFillServerError(t *testing.T) {
	srv, b := newFake(t, ollama.Config{})
	srv.Reply(ollamatest.Reply{Status: 500, Error: "llama runner process has terminated"})
	_, err := b.Fill(context.Background(), codegen.FillRequest{Prefix: "p", Suffix: "s"})
	if err == nil || errors.Is(err, codegen.ErrUnavailable) {
		t.Fatalf("err = %v, want a plain error", err)
	}
	if !strings.Contains(err.Error(), "llama runner process has terminated") {
		t.Fatalf("err %q lacks the server's message", err)
	}
}

func TestFillMalformedStream(t *testing.T) {
	for _, tc := range []struct{ name, body, want string }{
		{"garbage", "<html>proxy error</html>\n", "malformed"},
		{"not an object", "[1,2,3]\n", "malformed"},
		{"error line", `{"model":"m","response":"a","done":false}` + "\n" + `{"error":"out of memory"}` + "\n", "out of memory"},
		{"cut before done", `{"model":"m","response":"a","done":false}` + "\n", "ended before"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, b := newFake(t, ollama.Config{})
			srv.Reply(ollamatest.Reply{Body: tc.body})
			_, err := b.Fill(context.Background(), codegen.FillRequest{Prefix: "p", Suffix: "s"})
			if err == nil || errors.Is(err, codegen.ErrUnavailable) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want a plain error mentioning %q", err, tc.want)
			}
		})
	}
	t.Run("mid-stream error line", func(t *testing.T) {
		srv, b := newFake(t, ollama.Config{})
		srv.Reply(ollamatest.Reply{Chunks: []string{"a"}, Error: "runner crashed"})
		_, err := b.Fill(context.Background(), codegen.FillRequest{Prefix: "p", Suffix: "s"})
		if err == nil || !strings.Contains(err.Error(), "runner crashed") {
			t.Fatalf("err = %v", err)
		}
	})
}

func TestFillIdleTimeout(t *testing.T) {
	srv, b := newFake(t, ollama.Config{IdleTimeout: 100 * time.Millisecond})
	srv.Reply(ollamatest.Reply{Chunks: []string{"a", "b"}, Stall: true, StallAfter: 1})
	start := time.Now()
	_, err := b.Fill(context.Background(), codegen.FillRequest{Prefix: "p", Suffix: "s"})
	if err == nil || !strings.Contains(err.Error(), "stalled") {
		t.Fatalf("err = %v, want a stall", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Fatalf("took %s", d)
	}
	expectCanceled(t, srv)
}

func TestFillTimeoutBeforeFirstChunk(t *testing.T) {
	srv, b := newFake(t, ollama.Config{Timeout: 200 * time.Millisecond})
	srv.Reply(ollamatest.Reply{Stall: true})
	_, err := b.Fill(context.Background(), codegen.FillRequest{Prefix: "p", Suffix: "s"})
	if !errors.Is(err, context.DeadlineExceeded) || errors.Is(err, codegen.ErrUnavailable) {
		t.Fatalf("err = %v, want our deadline", err)
	}
	expectCanceled(t, srv)
}

func TestFillCancelStalled(t *testing.T) {
	srv, b := newFake(t, ollama.Config{})
	srv.Reply(ollamatest.Reply{Chunks: []string{"a"}, Stall: true, StallAfter: 1})
	ctx, cancel := context.WithTimeout(context.Background(), 150*time.Millisecond)
	defer cancel()
	_, err := b.Fill(ctx, codegen.FillRequest{Prefix: "p", Suffix: "s"})
	if err != ctx.Err() || err != context.DeadlineExceeded {
		t.Fatalf("err = %v, want ctx.Err()", err)
	}
	expectCanceled(t, srv)
}

func TestFillCancelMidStream(t *testing.T) {
	srv, b := newFake(t, ollama.Config{})
	chunks := make([]string, 200)
	for i := range chunks {
		chunks[i] = "x"
	}
	srv.Reply(ollamatest.Reply{Chunks: chunks, Delay: 10 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	_, err := b.Fill(ctx, codegen.FillRequest{Prefix: "p", Suffix: "s", Multiline: true})
	if err != context.Canceled {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Fatalf("cancellation took %s", d)
	}
	expectCanceled(t, srv)
}

func TestStatus(t *testing.T) {
	srv, b := newFake(t, ollama.Config{})
	st := b.Status(context.Background())
	if !st.Reachable || !st.CanInsert || st.Backend != "ollama" || st.Model != coder || st.Host != srv.URL {
		t.Fatalf("status = %+v", st)
	}

	st = ollama.New(ollama.Config{Host: srv.URL, Model: "llama3.2"}).Status(context.Background())
	if !st.Reachable || st.CanInsert || !strings.Contains(st.Message, "cannot fill in the middle") {
		t.Fatalf("no-insert status = %+v", st)
	}
	st = ollama.New(ollama.Config{Host: srv.URL, Model: "missing"}).Status(context.Background())
	if !st.Reachable || st.CanInsert || !strings.Contains(st.Message, "not found") {
		t.Fatalf("missing-model status = %+v", st)
	}
	t.Setenv(ollama.ModelEnv, "")
	st = ollama.New(ollama.Config{Host: srv.URL}).Status(context.Background())
	if !st.Reachable || !strings.Contains(st.Message, "no model configured") {
		t.Fatalf("no-model status = %+v", st)
	}
	host := closedPort(t)
	st = ollama.New(ollama.Config{Host: host, Model: coder}).Status(context.Background())
	if st.Reachable || !strings.Contains(st.Message, host) {
		t.Fatalf("host-down status = %+v", st)
	}
}

func TestStatusTimeout(t *testing.T) {
	// A server that accepts but never answers must not hold the status item.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	b := ollama.New(ollama.Config{Host: l.Addr().String(), Model: coder, StatusTimeout: 100 * time.Millisecond})
	start := time.Now()
	st := b.Status(context.Background())
	if st.Reachable || time.Since(start) > 2*time.Second || !strings.Contains(st.Message, "did not answer") {
		t.Fatalf("status = %+v after %s", st, time.Since(start))
	}
}

func TestConfigFromEnvironment(t *testing.T) {
	srv := ollamatest.NewServer(t, ollamatest.CodeModel("env-model"))
	t.Setenv(ollama.ModelEnv, "env-model")
	t.Setenv("OLLAMA_HOST", strings.TrimPrefix(srv.URL, "http://"))
	b := ollama.New(ollama.Config{})
	if b.Model() != "env-model" || b.Host() != srv.URL {
		t.Fatalf("model/host = %q/%q", b.Model(), b.Host())
	}
	fill(t, b, codegen.FillRequest{Prefix: "p", Suffix: "s"})

	// An explicit host wins over OLLAMA_HOST.
	t.Setenv("OLLAMA_HOST", closedPort(t))
	if got := ollama.New(ollama.Config{Host: srv.URL}).Host(); got != srv.URL {
		t.Fatalf("host = %q, want %q", got, srv.URL)
	}
	if got := ollama.New(ollama.Config{Host: "example.com"}).Host(); got != "http://example.com:11434" {
		t.Fatalf("bare host = %q", got)
	}
}

func TestFillNoModelConfigured(t *testing.T) {
	t.Setenv(ollama.ModelEnv, "")
	_, err := ollama.New(ollama.Config{Host: closedPort(t)}).Fill(context.Background(), codegen.FillRequest{})
	if !errors.Is(err, codegen.ErrUnavailable) || !strings.Contains(err.Error(), ollama.ModelEnv) {
		t.Fatalf("err = %v", err)
	}
}

func TestPreload(t *testing.T) {
	srv, b := newFake(t, ollama.Config{NumCtx: 2048})
	if err := b.Preload(context.Background()); err != nil {
		t.Fatal(err)
	}
	g := srv.Generates()[0]
	if g.Prompt != "" || g.KeepAlive == nil || g.KeepAlive.Duration != ollama.DefaultKeepAlive || g.Options["num_ctx"] != 2048.0 {
		t.Fatalf("preload request = %+v", g)
	}
}

// expectCanceled waits for the fake to see a request context cancelled: the backend
// really aborted the HTTP request rather than abandoning it.
func expectCanceled(t *testing.T, srv *ollamatest.Server) {
	t.Helper()
	select {
	case <-srv.Canceled():
	case <-time.After(3 * time.Second):
		t.Fatal("the server never saw the request cancelled")
	}
}

func countPath(srv *ollamatest.Server, path string) int {
	n := 0
	for _, r := range srv.Requests() {
		if r.Path == path {
			n++
		}
	}
	return n
}

// closedPort returns host:port where nothing listens.
func closedPort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}
