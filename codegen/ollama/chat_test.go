package ollama_test

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/ollama"
	"github.com/gantry-dev/gantry/codegen/ollama/ollamatest"
)

var question = []codegen.ChatMessage{
	{Role: "system", Content: "You write st code."},
	{Role: "user", Content: "a timer"},
}

func TestChat(t *testing.T) {
	srv, b := newFake(t, ollama.Config{NumCtx: 8192, KeepAlive: time.Hour, Temperature: 0.2})
	srv.Reply(ollamatest.Reply{Chunks: []string{"```st\n", "t(IN := x, ", "PT := T#5s);\n", "```"}})
	got, err := b.Chat(context.Background(), question)
	if err != nil {
		t.Fatal(err)
	}
	if want := "```st\nt(IN := x, PT := T#5s);\n```"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	var c = srv.Requests()[0].Chat
	if c == nil || c.Model != coder || len(c.Messages) != 2 || c.Messages[0].Role != "system" || c.Messages[1].Content != "a timer" {
		t.Fatalf("chat request = %+v", c)
	}
	if c.Stream == nil || !*c.Stream || c.KeepAlive == nil || c.KeepAlive.Duration != time.Hour {
		t.Fatalf("stream/keep_alive = %v/%v", c.Stream, c.KeepAlive)
	}
	// Same num_ctx as Fill: a model shared by both is not reloaded.
	want := map[string]any{"num_ctx": 8192.0, "num_predict": 1024.0, "temperature": 0.2}
	if !reflect.DeepEqual(c.Options, want) {
		t.Fatalf("options = %v, want %v", c.Options, want)
	}
}

func TestChatModelSetting(t *testing.T) {
	srv, b := newFake(t, ollama.Config{ChatModel: "llama3.2", ChatNumPredict: 300})
	srv.Reply(ollamatest.Reply{Chunks: []string{"ok"}})
	if _, err := b.Chat(context.Background(), question); err != nil {
		t.Fatal(err)
	}
	c := srv.Requests()[0].Chat
	if c.Model != "llama3.2" || c.Options["num_predict"] != 300.0 || b.ChatModel() != "llama3.2" {
		t.Fatalf("model/num_predict = %q/%v", c.Model, c.Options["num_predict"])
	}
	// Chat needs no insert capability: /api/show is not asked.
	if n := countPath(srv, "/api/show"); n != 0 {
		t.Fatalf("/api/show called %d times", n)
	}
}

func TestChatErrors(t *testing.T) {
	t.Run("host down", func(t *testing.T) {
		host := closedPort(t)
		_, err := ollama.New(ollama.Config{Host: host, Model: coder}).Chat(context.Background(), question)
		if !errors.Is(err, codegen.ErrUnavailable) || !strings.Contains(err.Error(), host) {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("no model", func(t *testing.T) {
		t.Setenv(ollama.ModelEnv, "")
		_, err := ollama.New(ollama.Config{Host: closedPort(t)}).Chat(context.Background(), question)
		if !errors.Is(err, codegen.ErrUnavailable) || !strings.Contains(err.Error(), ollama.ModelEnv) {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("model missing", func(t *testing.T) {
		_, b := newFake(t, ollama.Config{ChatModel: "mistral:7b"})
		_, err := b.Chat(context.Background(), question)
		if !errors.Is(err, codegen.ErrUnavailable) || !strings.Contains(err.Error(), `model "mistral:7b" not found`) || !strings.Contains(err.Error(), "ollama pull mistral:7b") {
			t.Fatalf("err = %v", err)
		}
	})
	for _, tc := range []struct {
		name  string
		reply ollamatest.Reply
		want  string
	}{
		{"server error", ollamatest.Reply{Status: 500, Error: "llama runner process has terminated"}, "llama runner process has terminated"},
		{"mid-stream error", ollamatest.Reply{Chunks: []string{"a"}, Error: "out of memory"}, "out of memory"},
		{"malformed", ollamatest.Reply{Body: "<html>bad gateway</html>\n"}, "malformed"},
		{"cut before done", ollamatest.Reply{Body: `{"model":"m","message":{"role":"assistant","content":"a"},"done":false}` + "\n"}, "ended before"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, b := newFake(t, ollama.Config{})
			srv.Reply(tc.reply)
			_, err := b.Chat(context.Background(), question)
			if err == nil || errors.Is(err, codegen.ErrUnavailable) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want a plain error with %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "generate") {
				t.Fatalf("err %q names the wrong endpoint", err)
			}
		})
	}
}

func TestChatCancelAndStall(t *testing.T) {
	t.Run("cancel", func(t *testing.T) {
		srv, b := newFake(t, ollama.Config{})
		srv.Reply(ollamatest.Reply{Chunks: []string{"a", "b", "c"}, Delay: time.Second})
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(100*time.Millisecond, cancel)
		if _, err := b.Chat(ctx, question); err != context.Canceled {
			t.Fatalf("err = %v", err)
		}
		expectCanceled(t, srv)
	})
	t.Run("stall", func(t *testing.T) {
		srv, b := newFake(t, ollama.Config{IdleTimeout: 100 * time.Millisecond})
		srv.Reply(ollamatest.Reply{Chunks: []string{"a", "b"}, Stall: true, StallAfter: 1})
		_, err := b.Chat(context.Background(), question)
		if err == nil || !strings.Contains(err.Error(), "ollama chat") || !strings.Contains(err.Error(), "stalled") {
			t.Fatalf("err = %v", err)
		}
		expectCanceled(t, srv)
	})
	t.Run("timeout", func(t *testing.T) {
		srv, b := newFake(t, ollama.Config{ChatTimeout: 150 * time.Millisecond})
		srv.Reply(ollamatest.Reply{Stall: true})
		_, err := b.Chat(context.Background(), question)
		if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "150ms") {
			t.Fatalf("err = %v", err)
		}
	})
}
