package ollamatest

import (
	"context"
	"errors"
	"math"
	"net/http"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ollama/ollama/api"
	"github.com/ollama/ollama/types/model"
)

func client(t *testing.T, host string) *api.Client {
	t.Helper()
	u, err := url.Parse(host)
	if err != nil {
		t.Fatal(err)
	}
	return api.NewClient(u, http.DefaultClient)
}

func TestFakeGenerateStream(t *testing.T) {
	srv := NewServer(t, CodeModel("coder"))
	srv.Reply(Reply{Chunks: []string{"a", "b", "c"}})
	var got []api.GenerateResponse
	err := client(t, srv.URL).Generate(context.Background(), &api.GenerateRequest{Model: "coder", Prompt: "p", Suffix: "s"},
		func(r api.GenerateResponse) error { got = append(got, r); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 4 || got[0].Response != "a" || got[2].Response != "c" || got[0].Done {
		t.Fatalf("stream = %+v", got)
	}
	last := got[3]
	if !last.Done || last.DoneReason != "stop" || last.Response != "" || last.EvalCount != 3 || len(last.Context) == 0 {
		t.Fatalf("final = %+v", last)
	}
	g := srv.Generates()
	if len(g) != 1 || g[0].Prompt != "p" || g[0].Suffix != "s" {
		t.Fatalf("recorded = %+v", g)
	}
}

func TestFakeGenerateNoStream(t *testing.T) {
	srv := NewServer(t, CodeModel("coder"))
	srv.Reply(Reply{Chunks: []string{"a", "b"}, DoneReason: "length"})
	stream := false
	var got []api.GenerateResponse
	err := client(t, srv.URL).Generate(context.Background(), &api.GenerateRequest{Model: "coder", Prompt: "p", Stream: &stream},
		func(r api.GenerateResponse) error { got = append(got, r); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Response != "ab" || !got[0].Done || got[0].DoneReason != "length" {
		t.Fatalf("got %+v", got)
	}
}

func TestFakeErrors(t *testing.T) {
	srv := NewServer(t, CodeModel("coder"), ChatModel("chat"))
	c := client(t, srv.URL)
	ctx := context.Background()
	noop := func(api.GenerateResponse) error { return nil }

	err := c.Generate(ctx, &api.GenerateRequest{Model: "missing", Prompt: "p"}, noop)
	if err == nil || err.Error() != "model 'missing' not found" {
		t.Fatalf("missing model: %v", err)
	}
	_, err = c.Show(ctx, &api.ShowRequest{Model: "missing"})
	var se api.StatusError
	if !errors.As(err, &se) || se.StatusCode != 404 {
		t.Fatalf("show missing: %v", err)
	}
	err = c.Generate(ctx, &api.GenerateRequest{Model: "chat", Prompt: "p", Suffix: "s"}, noop)
	if err == nil || err.Error() != "registry.ollama.ai/library/chat:latest does not support insert" {
		t.Fatalf("insert on chat model: %v", err)
	}
	srv.Reply(Reply{Status: 500, Error: "boom"})
	if err := c.Generate(ctx, &api.GenerateRequest{Model: "coder", Prompt: "p"}, noop); err == nil || err.Error() != "boom" {
		t.Fatalf("500: %v", err)
	}
	srv.Reply(Reply{Body: "garbage\n"})
	if err := c.Generate(ctx, &api.GenerateRequest{Model: "coder", Prompt: "p"}, noop); err == nil || !strings.HasPrefix(err.Error(), "unmarshal") {
		t.Fatalf("garbage: %v", err)
	}
}

func TestFakeShowTagsVersion(t *testing.T) {
	old := CodeModel("old")
	old.OmitCapabilities = true
	srv := NewServer(t, CodeModel("qwen2.5-coder:1.5b"), ChatModel("llama3.2"), old)
	c := client(t, srv.URL)
	ctx := context.Background()

	show, err := c.Show(ctx, &api.ShowRequest{Model: "qwen2.5-coder:1.5b"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(show.Capabilities, model.CapabilityInsert) || !strings.Contains(show.Template, ".Suffix") || show.Details.Family != "qwen2" {
		t.Fatalf("show = %+v", show)
	}
	show, _ = c.Show(ctx, &api.ShowRequest{Model: "llama3.2:latest"})
	if !reflect.DeepEqual(show.Capabilities, []model.Capability{model.CapabilityCompletion}) {
		t.Fatalf("chat capabilities = %v", show.Capabilities)
	}
	show, _ = c.Show(ctx, &api.ShowRequest{Model: "old"})
	if show.Capabilities != nil {
		t.Fatalf("old server sent capabilities %v", show.Capabilities)
	}
	list, err := c.List(ctx)
	if err != nil || len(list.Models) != 3 || list.Models[0].Name != "llama3.2:latest" {
		t.Fatalf("list = %+v, %v", list, err)
	}
	if v, err := c.Version(ctx); err != nil || v != Version {
		t.Fatalf("version = %q, %v", v, err)
	}
	if err := c.Heartbeat(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestFakeChatAndEmbed(t *testing.T) {
	srv := NewServer(t, ChatModel("llama3.2"))
	srv.Respond(func(r Request) Reply {
		return Reply{Chunks: []string{"echo: ", r.Chat.Messages[len(r.Chat.Messages)-1].Content}}
	})
	c := client(t, srv.URL)
	ctx := context.Background()
	var text strings.Builder
	var last api.ChatResponse
	err := c.Chat(ctx, &api.ChatRequest{Model: "llama3.2", Messages: []api.Message{{Role: "user", Content: "hi"}}},
		func(r api.ChatResponse) error { text.WriteString(r.Message.Content); last = r; return nil })
	if err != nil || text.String() != "echo: hi" || !last.Done || last.Message.Role != "assistant" {
		t.Fatalf("chat = %q, %+v, %v", text.String(), last, err)
	}

	resp, err := c.Embed(ctx, &api.EmbedRequest{Model: "llama3.2", Input: []string{"a", "b", "a"}})
	if err != nil || len(resp.Embeddings) != 3 {
		t.Fatalf("embed = %+v, %v", resp, err)
	}
	if !reflect.DeepEqual(resp.Embeddings[0], resp.Embeddings[2]) || reflect.DeepEqual(resp.Embeddings[0], resp.Embeddings[1]) {
		t.Fatal("embeddings are not deterministic per text")
	}
	var norm float64
	for _, x := range resp.Embeddings[0] {
		norm += float64(x) * float64(x)
	}
	if len(resp.Embeddings[0]) != EmbedDims || math.Abs(norm-1) > 1e-5 {
		t.Fatalf("embedding length %d, norm² %f", len(resp.Embeddings[0]), norm)
	}
	one, err := c.Embed(ctx, &api.EmbedRequest{Model: "llama3.2", Input: "a"})
	if err != nil || !reflect.DeepEqual(one.Embeddings[0], resp.Embeddings[0]) {
		t.Fatalf("single input: %+v, %v", one, err)
	}
}

// TestFakeStallEndsWithClose: a stalled handler must not keep Close (or the test
// process) waiting.
func TestFakeStallEndsWithClose(t *testing.T) {
	srv := NewServer(t, CodeModel("coder"))
	srv.Reply(Reply{Chunks: []string{"a"}, Stall: true, StallAfter: 1})
	errc := make(chan error, 1)
	go func() {
		errc <- client(t, srv.URL).Generate(context.Background(), &api.GenerateRequest{Model: "coder", Prompt: "p"},
			func(api.GenerateResponse) error { return nil })
	}()
	waitFor(t, func() bool { return len(srv.Generates()) == 1 })
	closed := make(chan struct{})
	go func() { srv.Close(); close(closed) }()
	select {
	case <-closed:
	case <-time.After(3 * time.Second):
		t.Fatal("Close hung on a stalled request")
	}
	select {
	case <-errc:
	case <-time.After(3 * time.Second):
		t.Fatal("client still blocked after Close")
	}
}

func TestFakeDelayAndCancel(t *testing.T) {
	srv := NewServer(t, CodeModel("coder"))
	srv.Reply(Reply{Chunks: []string{"a", "b", "c"}, Delay: 50 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var got []string
	start := time.Now()
	client(t, srv.URL).Generate(ctx, &api.GenerateRequest{Model: "coder", Prompt: "p"},
		func(r api.GenerateResponse) error { got = append(got, r.Response); cancel(); return nil })
	if len(got) != 1 || time.Since(start) < 50*time.Millisecond || time.Since(start) > 2*time.Second {
		t.Fatalf("got %q after %s", got, time.Since(start))
	}
	select {
	case r := <-srv.Canceled():
		if r.Generate == nil || r.Generate.Prompt != "p" {
			t.Fatalf("canceled request = %+v", r)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("cancellation not seen")
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(3 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatal("condition not reached")
}
