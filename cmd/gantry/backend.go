package main

import (
	"time"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/ollama"
	"github.com/gantry-dev/gantry/codegen/packs"
)

func registry() *codegen.Registry { return packs.Registry() }

// newPrimary builds the Ollama backend for a configuration, or nil when the configuration
// asks for the embedded backend only or names no model: then nothing leaves the machine.
func newPrimary(cfg *config.Config) codegen.Backend {
	if cfg.Backend == "embedded" || cfg.ModelName() == "" {
		return nil
	}
	keep, _ := time.ParseDuration(cfg.Completion.KeepAlive)
	return ollama.New(ollama.Config{
		Host: cfg.Host, Model: cfg.ModelName(), ChatModel: cfg.ChatModel, EmbedModel: cfg.EmbedModel,
		KeepAlive: keep, NumCtx: cfg.Completion.NumCtx,
		Temperature: cfg.Completion.Temperature, NumPredict: cfg.Completion.MaxTokens,
		Timeout: time.Duration(cfg.Completion.TimeoutMS) * time.Millisecond,
	})
}
