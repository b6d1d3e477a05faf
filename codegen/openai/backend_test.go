package openai_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/openai"
)

// fake is a loopback OpenAI-compatible server: it records each request and answers with a
// scripted stream of server-sent events.
type fake struct {
	*httptest.Server
	mu       sync.Mutex
	requests []recorded
	reply    func(w http.ResponseWriter, r *http.Request, body map[string]any)
	gone     chan struct{} // closed when a client hangs up mid-stream
	goneOnce sync.Once
}

type recorded struct {
	Path, Auth string
	Body       map[string]any
}

func newFake(t *testing.T) *fake {
	f := &fake{gone: make(chan struct{})}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body map[string]any
		data, _ := io.ReadAll(r.Body)
		_ = json.Unmarshal(data, &body)
		f.mu.Lock()
		f.requests = append(f.requests, recorded{Path: r.URL.Path, Auth: r.Header.Get("Authorization"), Body: body})
		reply := f.reply
		f.mu.Unlock()
		reply(w, r, body)
	}))
	t.Cleanup(f.Close)
	return f
}

func (f *fake) last() recorded {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.requests[len(f.requests)-1]
}

// stream answers with one completions event per chunk, then a finish event and [DONE];
// stallAfter >= 0 stops after that many chunks until the client hangs up.
func (f *fake) stream(chunks []string, stallAfter int, delay time.Duration) func(http.ResponseWriter, *http.Request, map[string]any) {
	return func(w http.ResponseWriter, r *http.Request, body map[string]any) {
		w.Header().Set("Content-Type", "text/event-stream")
		chat := strings.HasSuffix(r.URL.Path, "/chat/completions")
		for i, c := range chunks {
			if i == stallAfter {
				<-r.Context().Done()
				f.goneOnce.Do(func() { close(f.gone) })
				return
			}
			time.Sleep(delay)
			var ev any = map[string]any{"choices": []any{map[string]any{"index": 0, "text": c, "finish_reason": nil}}}
			if chat {
				ev = map[string]any{"choices": []any{map[string]any{"index": 0, "delta": map[string]any{"content": c}, "finish_reason": nil}}}
			}
			data, _ := json.Marshal(ev)
			if _, err := fmt.Fprintf(w, "data: %s\n\n", data); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			if r.Context().Err() != nil {
				f.goneOnce.Do(func() { close(f.gone) })
				return
			}
		}
		fmt.Fprintf(w, ": keep-alive comment\n\ndata: {\"choices\":[{\"index\":0,\"text\":\"\",\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n")
	}
}

func (f *fake) set(reply func(http.ResponseWriter, *http.Request, map[string]any)) {
	f.mu.Lock()
	f.reply = reply
	f.mu.Unlock()
}

var stReq = codegen.FillRequest{
	Language: "st", Header: "(* file: main.st *)", Prefix: "IF bStart THEN\n    ", Suffix: "\nEND_IF;\n",
	Stop: []string{"END_PROGRAM", "END_FUNCTION_BLOCK", "END_FUNCTION"}, MaxTokens: 40, Multiline: true,
}

// A model of a known family gets the family's raw FIM prompt and its end tokens as stops
// (at most four sent, all applied while reading); the key goes as a bearer token.
func TestFillSendsTheFamilysRawFIMPrompt(t *testing.T) {
	f := newFake(t)
	f.set(f.stream([]string{"nCount := ", "nCount + 1;\n", "END_PROGRAM"}, -1, 0))
	b := openai.New(openai.Config{BaseURL: f.URL + "/v1", APIKey: "sk-test", Model: "Qwen/Qwen2.5-Coder-1.5B"})
	got, err := b.Fill(context.Background(), stReq)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Text != "nCount := nCount + 1;\n" {
		t.Fatalf("got %q", got)
	}
	r := f.last()
	want := "<|fim_prefix|>(* file: main.st *)\nIF bStart THEN\n    <|fim_suffix|>\nEND_IF;\n<|fim_middle|>"
	if r.Path != "/v1/completions" || r.Auth != "Bearer sk-test" || r.Body["prompt"] != want || r.Body["stream"] != true {
		t.Errorf("request %+v", r)
	}
	if _, ok := r.Body["suffix"]; ok {
		t.Errorf("a raw FIM prompt must not also send suffix: %v", r.Body)
	}
	stops, _ := r.Body["stop"].([]any)
	if len(stops) != 4 || stops[0] != "<|endoftext|>" || r.Body["max_tokens"] != float64(40) {
		t.Errorf("stop %v max_tokens %v", r.Body["stop"], r.Body["max_tokens"])
	}
}

// A model Gantry has no FIM tokens for gets prefix and suffix for the server to place.
func TestFillSendsSuffixForOtherModels(t *testing.T) {
	f := newFake(t)
	f.set(f.stream([]string{"bMotor := TRUE;"}, -1, 0))
	b := openai.New(openai.Config{BaseURL: f.URL + "/v1/", Model: "local-model"})
	got, err := b.Fill(context.Background(), stReq)
	if err != nil || len(got) != 1 || got[0].Text != "bMotor := TRUE;" {
		t.Fatalf("got %q, %v", got, err)
	}
	r := f.last()
	if r.Body["prompt"] != "(* file: main.st *)\nIF bStart THEN\n    " || r.Body["suffix"] != "\nEND_IF;\n" || r.Auth != "" {
		t.Errorf("request %+v", r)
	}
}

// The streaming gate ends the generation at the first unit it accepts, and the server
// sees the client hang up (that is how it learns to stop generating).
func TestStreamingGateStopsTheServer(t *testing.T) {
	f := newFake(t)
	f.set(f.stream([]string{"nCount := 1;\n", "nCount := 2;\n", "x", "y", "z"}, 3, 10*time.Millisecond))
	b := openai.New(openai.Config{BaseURL: f.URL + "/v1", Model: "starcoder2:3b"})
	req := stReq
	req.Complete = func(s string) (int, bool) { return len(s), strings.HasSuffix(s, "1;") }
	got, err := b.Fill(context.Background(), req)
	if err != nil || len(got) != 1 || got[0].Text != "nCount := 1;" {
		t.Fatalf("got %q, %v", got, err)
	}
	select {
	case <-f.gone:
	case <-time.After(5 * time.Second):
		t.Fatal("the server never saw the client go away")
	}
}

func TestCancellationAndTimeouts(t *testing.T) {
	f := newFake(t)
	f.set(f.stream([]string{"nCount", " := 1;"}, 1, 0))
	b := openai.New(openai.Config{BaseURL: f.URL + "/v1", Model: "m", Timeout: time.Minute})
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(200 * time.Millisecond); cancel() }()
	t0 := time.Now()
	if _, err := b.Fill(ctx, stReq); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: %v", err)
	}
	if time.Since(t0) > 5*time.Second {
		t.Errorf("cancellation took %v", time.Since(t0))
	}
	select {
	case <-f.gone:
	case <-time.After(5 * time.Second):
		t.Fatal("the server never saw the cancellation")
	}

	// Silence after the first chunk: the idle timeout names the stall.
	idle := openai.New(openai.Config{BaseURL: f.URL + "/v1", Model: "m", Timeout: time.Minute, IdleTimeout: 200 * time.Millisecond})
	if _, err := idle.Fill(context.Background(), stReq); err == nil || !strings.Contains(err.Error(), "stream stalled") {
		t.Errorf("idle: %v", err)
	}
	// Nothing at all within the call's timeout.
	f.set(func(w http.ResponseWriter, r *http.Request, _ map[string]any) { <-r.Context().Done() })
	slow := openai.New(openai.Config{BaseURL: f.URL + "/v1", Model: "m", Timeout: 300 * time.Millisecond})
	if _, err := slow.Fill(context.Background(), stReq); !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), f.URL) {
		t.Errorf("timeout: %v", err)
	}
}

func TestErrorsSayWhatToFix(t *testing.T) {
	f := newFake(t)
	status := func(code int, body string) func(http.ResponseWriter, *http.Request, map[string]any) {
		return func(w http.ResponseWriter, _ *http.Request, _ map[string]any) {
			w.WriteHeader(code)
			io.WriteString(w, body)
		}
	}
	cases := []struct {
		name        string
		reply       func(http.ResponseWriter, *http.Request, map[string]any)
		unavailable bool
		want        string
	}{
		{"key refused", status(401, `{"error":{"message":"Incorrect API key provided","type":"invalid_request_error"}}`), true, "$GANTRY_TEST_KEY"},
		{"model unknown", status(404, `{"detail":"The model 'm' does not exist."}`), true, `model "m"`},
		{"server error", status(500, `{"error":"CUDA out of memory"}`), false, "HTTP 500: CUDA out of memory"},
		{"error event", func(w http.ResponseWriter, _ *http.Request, _ map[string]any) {
			io.WriteString(w, "data: {\"choices\":[{\"text\":\"x\"}]}\n\ndata: {\"error\":{\"message\":\"context length exceeded\"}}\n\n")
		}, false, "context length exceeded"},
		{"malformed event", func(w http.ResponseWriter, _ *http.Request, _ map[string]any) {
			io.WriteString(w, "data: {not json\n\n")
		}, false, "malformed event"},
		{"truncated stream", func(w http.ResponseWriter, _ *http.Request, _ map[string]any) {
			io.WriteString(w, "data: {\"choices\":[{\"text\":\"x\"}]}\n\n")
		}, false, "stream ended before [DONE]"},
	}
	for _, c := range cases {
		f.set(c.reply)
		b := openai.New(openai.Config{BaseURL: f.URL + "/v1", APIKeyEnv: "GANTRY_TEST_KEY", Model: "m"})
		_, err := b.Fill(context.Background(), stReq)
		if err == nil || errors.Is(err, codegen.ErrUnavailable) != c.unavailable || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), f.URL) {
			t.Errorf("%s: %v (unavailable %v), want %q", c.name, err, errors.Is(err, codegen.ErrUnavailable), c.want)
		}
	}
	l, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := l.Addr().String()
	l.Close()
	_, err := openai.New(openai.Config{BaseURL: "http://" + addr + "/v1", Model: "m"}).Fill(context.Background(), stReq)
	if !errors.Is(err, codegen.ErrUnavailable) || !strings.Contains(err.Error(), "not reachable at http://"+addr) {
		t.Errorf("unreachable: %v", err)
	}
}

func TestChatStreamsTheAnswer(t *testing.T) {
	f := newFake(t)
	f.set(f.stream([]string{"```st\n", "nCount := nCount + 1;\n", "```"}, -1, 0))
	b := openai.New(openai.Config{BaseURL: f.URL + "/v1", Model: "fim", ChatModel: "instruct"})
	got, err := b.Chat(context.Background(), []codegen.ChatMessage{{Role: "system", Content: "ST"}, {Role: "user", Content: "count"}})
	if err != nil || got != "```st\nnCount := nCount + 1;\n```" {
		t.Fatalf("got %q, %v", got, err)
	}
	r := f.last()
	msgs, _ := r.Body["messages"].([]any)
	if r.Path != "/v1/chat/completions" || r.Body["model"] != "instruct" || len(msgs) != 2 || r.Body["stream"] != true {
		t.Errorf("request %+v", r)
	}
}

func TestEmbedInBatchesAsUnitVectors(t *testing.T) {
	f := newFake(t)
	f.set(func(w http.ResponseWriter, _ *http.Request, body map[string]any) {
		in, _ := body["input"].([]any)
		var data []map[string]any
		for i := len(in) - 1; i >= 0; i-- { // out of order, as the index field allows
			data = append(data, map[string]any{"index": i, "embedding": []float64{3, float64(4 * (i + 1))}})
		}
		json.NewEncoder(w).Encode(map[string]any{"data": data})
	})
	b := openai.New(openai.Config{BaseURL: f.URL + "/v1", Model: "m", EmbedModel: "nomic-embed-text"})
	texts := make([]string, 40)
	for i := range texts {
		texts[i] = fmt.Sprint("text ", i)
	}
	texts[5] = ""
	vecs, err := b.Embed(context.Background(), texts)
	if err != nil || len(vecs) != 40 || vecs[5] != nil {
		t.Fatalf("%d vectors, %v", len(vecs), err)
	}
	if v := vecs[0]; math.Abs(float64(v[0])-0.6) > 1e-6 || math.Abs(float64(v[1])-0.8) > 1e-6 {
		t.Errorf("first vector %v, want the unit vector (0.6, 0.8)", v)
	}
	if r := f.last(); r.Path != "/v1/embeddings" || r.Body["model"] != "nomic-embed-text" || len(r.Body["input"].([]any)) != 7 {
		t.Errorf("last batch %+v", r)
	}
	if _, err := openai.New(openai.Config{BaseURL: f.URL, Model: "m"}).Embed(context.Background(), texts); !errors.Is(err, codegen.ErrUnavailable) {
		t.Errorf("without an embedding model: %v", err)
	}
}

func TestStatusListsModels(t *testing.T) {
	f := newFake(t)
	f.set(func(w http.ResponseWriter, _ *http.Request, _ map[string]any) {
		io.WriteString(w, `{"object":"list","data":[{"id":"served-model","object":"model"}]}`)
	})
	if st := openai.New(openai.Config{BaseURL: f.URL + "/v1", Model: "served-model"}).Status(context.Background()); !st.Reachable || !st.CanInsert || st.Host != f.URL+"/v1" {
		t.Errorf("status %+v", st)
	}
	if st := openai.New(openai.Config{BaseURL: f.URL + "/v1", Model: "other"}).Status(context.Background()); !st.Reachable || st.CanInsert || !strings.Contains(st.Message, "not served") {
		t.Errorf("status %+v", st)
	}
}
