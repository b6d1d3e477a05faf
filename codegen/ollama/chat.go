package ollama

import (
	"context"
	"strings"

	"github.com/ollama/ollama/api"

	"github.com/gantry-dev/gantry/codegen"
)

// Chat implements codegen.Chatter: one streamed /api/chat call to the chat model,
// with the same keep_alive and num_ctx as Fill (a shared model is not reloaded).
// Streaming lets the idle timeout catch a stalled runner during a long answer.
func (b *Backend) Chat(ctx context.Context, messages []codegen.ChatMessage) (string, error) {
	if b.cfg.ChatModel == "" {
		return "", unavailable("no Ollama model configured: set the model setting or %s", ModelEnv)
	}
	msgs := make([]api.Message, len(messages))
	for i, m := range messages {
		msgs[i] = api.Message{Role: m.Role, Content: m.Content}
	}
	stream := true
	req := &api.ChatRequest{
		Model:     b.cfg.ChatModel,
		Messages:  msgs,
		Stream:    &stream,
		KeepAlive: &api.Duration{Duration: b.cfg.KeepAlive},
		Options: map[string]any{
			"temperature": b.cfg.Temperature,
			"num_ctx":     b.cfg.NumCtx,
			"num_predict": b.cfg.ChatNumPredict,
		},
	}
	var answer strings.Builder
	err := b.stream(ctx, callSpec{"chat", b.cfg.ChatModel, b.cfg.ChatTimeout}, func(sctx context.Context, each func(string, bool) bool) error {
		return b.client.Chat(sctx, req, func(r api.ChatResponse) error {
			each(r.Message.Content, r.Done)
			return nil
		})
	}, func(chunk string) bool {
		answer.WriteString(chunk)
		return false
	})
	if err != nil {
		return "", err
	}
	return answer.String(), nil
}
