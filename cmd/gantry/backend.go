package main

import (
	"os"
	"time"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/ollama"
	"github.com/gantry-dev/gantry/codegen/openai"
	"github.com/gantry-dev/gantry/codegen/packs"
)

func registry() *codegen.Registry { return packs.Registry() }

// newPrimary builds the model backend for a configuration (Ollama, or an OpenAI-compatible
// server with backend = "openai"), or nil when the configuration asks for the embedded
// backend only or names no model: then nothing leaves the machine.
func newPrimary(cfg *config.Config) codegen.Backend {
	if cfg.Backend == "embedded" || cfg.ModelName() == "" {
		return nil
	}
	timeout := time.Duration(cfg.Completion.TimeoutMS) * time.Millisecond
	if cfg.Backend == "openai" {
		var key string
		if cfg.APIKeyEnv != "" {
			key = os.Getenv(cfg.APIKeyEnv) // the key lives in the environment only
		}
		return openai.New(openai.Config{
			BaseURL: cfg.BaseURL, APIKey: key, APIKeyEnv: cfg.APIKeyEnv,
			Model: cfg.ModelName(), ChatModel: cfg.ChatModel, EmbedModel: cfg.EmbedModel,
			Temperature: cfg.Completion.Temperature, MaxTokens: cfg.Completion.MaxTokens, Timeout: timeout,
		})
	}
	keep, _ := time.ParseDuration(cfg.Completion.KeepAlive)
	return ollama.New(ollama.Config{
		Host: cfg.Host, Model: cfg.ModelName(), ChatModel: cfg.ChatModel, EmbedModel: cfg.EmbedModel,
		KeepAlive: keep, NumCtx: cfg.Completion.NumCtx,
		Temperature: cfg.Completion.Temperature, NumPredict: cfg.Completion.MaxTokens,
		Timeout: timeout,
	})
}
