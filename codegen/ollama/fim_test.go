package ollama_test

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/ollama"
	"github.com/gantry-dev/gantry/codegen/ollama/ollamatest"
)

// plain is a template without .Suffix: no insert capability, as for a GGUF imported
// without its FIM template.
const plain = "{{ .Prompt }}"

func TestFillRawFIMPerFamily(t *testing.T) {
	req := codegen.FillRequest{Header: "(* ctx *)", Prefix: "x := ", Suffix: ";\nEND_PROGRAM", Stop: []string{"END_PROGRAM"}, Multiline: true}
	for _, tc := range []struct {
		model    ollamatest.Model
		family   string
		prompt   string
		someStop string
	}{
		{ollamatest.Model{Name: "qwen2.5-coder:7b-base", Template: plain, Family: "qwen2"}, "qwen2.5-coder",
			"<|fim_prefix|>(* ctx *)\nx := <|fim_suffix|>;\nEND_PROGRAM<|fim_middle|>", "<|file_sep|>"},
		{ollamatest.Model{Name: "hf.co/someone/Qwen2.5-Coder-1.5B-GGUF:Q4_K_M", Template: plain, Family: "qwen2"}, "qwen2.5-coder",
			"<|fim_prefix|>(* ctx *)\nx := <|fim_suffix|>;\nEND_PROGRAM<|fim_middle|>", "<|endoftext|>"},
		{ollamatest.Model{Name: "starcoder2:3b", Template: plain, Family: "starcoder2"}, "starcoder2",
			"<fim_prefix>(* ctx *)\nx := <fim_suffix>;\nEND_PROGRAM<fim_middle>", "<file_sep>"},
		// The architecture alone identifies StarCoder, whatever the name.
		{ollamatest.Model{Name: "plc-helper", Template: plain, Family: "starcoder"}, "starcoder2",
			"<fim_prefix>(* ctx *)\nx := <fim_suffix>;\nEND_PROGRAM<fim_middle>", "<|endoftext|>"},
		{ollamatest.Model{Name: "codellama:7b-code", Template: plain, Family: "llama"}, "codellama",
			"<PRE> (* ctx *)\nx :=  <SUF>;\nEND_PROGRAM <MID>", "<EOT>"},
		{ollamatest.Model{Name: "deepseek-coder:1.3b-base", Template: plain, Family: "llama"}, "deepseek-coder",
			"<\uff5cfim\u2581begin\uff5c>(* ctx *)\nx := <\uff5cfim\u2581hole\uff5c>;\nEND_PROGRAM<\uff5cfim\u2581end\uff5c>", "<\uff5cend\u2581of\u2581sentence\uff5c>"},
		{ollamatest.Model{Name: "deepseek-coder-v2:16b", Template: plain, Family: "deepseek2"}, "deepseek-coder",
			"<｜fim▁begin｜>(* ctx *)\nx := <｜fim▁hole｜>;\nEND_PROGRAM<｜fim▁end｜>", "<｜fim▁begin｜>"},
		{ollamatest.Model{Name: "codegemma:2b", Template: plain, Family: "gemma"}, "codegemma",
			"<|fim_prefix|>(* ctx *)\nx := <|fim_suffix|>;\nEND_PROGRAM<|fim_middle|>", "<|file_separator|>"},
		{ollamatest.Model{Name: "codestral:22b", Template: plain, Family: "llama"}, "codestral",
			"[SUFFIX];\nEND_PROGRAM[PREFIX] (* ctx *)\nx := ", "</s>"},
		// Control tokens in the template identify a family whose name is not given.
		{ollamatest.Model{Name: "my-infill", Template: "<|fim_prefix|>{{ .Prompt }}", Family: "gemma"}, "codegemma",
			"<|fim_prefix|>(* ctx *)\nx := <|fim_suffix|>;\nEND_PROGRAM<|fim_middle|>", "<|file_separator|>"},
		{ollamatest.Model{Name: "my-infill", Template: "<PRE> {{ .Prompt }}", Family: "llama"}, "codellama",
			"<PRE> (* ctx *)\nx :=  <SUF>;\nEND_PROGRAM <MID>", "<EOT>"},
	} {
		t.Run(tc.model.Name+"/"+tc.model.Family, func(t *testing.T) {
			srv := ollamatest.NewServer(t, tc.model)
			b := ollama.New(ollama.Config{Host: srv.URL, Model: tc.model.Name})
			// A server passing a control token through: the family's stops cut it.
			srv.Reply(ollamatest.Reply{Chunks: []string{"1", tc.someStop, "junk"}})
			got, err := b.Fill(context.Background(), req)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0].Text != "1" {
				t.Fatalf("candidates = %q, want the text before %q", got, tc.someStop)
			}
			g := srv.Generates()[0]
			if g.Prompt != tc.prompt || !g.Raw || g.Suffix != "" {
				t.Fatalf("prompt/raw/suffix = %q/%v/%q\nwant prompt %q", g.Prompt, g.Raw, g.Suffix, tc.prompt)
			}
			stops, _ := g.Options["stop"].([]any)
			if len(stops) == 0 || stops[0] != "END_PROGRAM" || !containsAny(stops, tc.someStop) {
				t.Fatalf("stop = %v, want the request's then the family's (%q)", stops, tc.someStop)
			}
			w, err := b.Render(context.Background(), req)
			if err != nil || w.Family != tc.family || w.Prompt != tc.prompt || !w.Raw {
				t.Fatalf("Render = %+v, %v", w, err)
			}
			if st := b.Status(context.Background()); !st.CanInsert || !strings.Contains(st.Message, "raw") {
				t.Fatalf("status = %+v", st)
			}
		})
	}
}

func containsAny(list []any, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestFillInsertSendsSuffixNotTokens(t *testing.T) {
	// A model with the insert capability gets prefix and suffix apart, even when its
	// family is known: Ollama's own template places them.
	srv, b := newFake(t, ollama.Config{})
	fill(t, b, codegen.FillRequest{Prefix: "x := ", Suffix: ";"})
	g := srv.Generates()[0]
	if g.Raw || g.Suffix != ";" || g.Prompt != "x := " {
		t.Fatalf("raw/prompt/suffix = %v/%q/%q", g.Raw, g.Prompt, g.Suffix)
	}
	if _, ok := g.Options["stop"]; ok {
		t.Fatalf("family stops sent in insert mode: %v", g.Options["stop"])
	}
}

func TestFillRawFIMWithoutSuffix(t *testing.T) {
	srv := ollamatest.NewServer(t, ollamatest.Model{Name: "codellama:7b-code", Template: plain, Family: "llama"})
	b := ollama.New(ollama.Config{Host: srv.URL, Model: "codellama:7b-code"})
	srv.Reply(ollamatest.Reply{Chunks: []string{"X10"}})
	fill(t, b, codegen.FillRequest{Prefix: "G01 "})
	if g := srv.Generates()[0]; g.Prompt != "<PRE> G01  <SUF> <MID>" || !g.Raw {
		t.Fatalf("prompt/raw = %q/%v", g.Prompt, g.Raw)
	}
}

func TestFillUnknownFamily(t *testing.T) {
	for _, m := range []ollamatest.Model{
		ollamatest.ChatModel("llama3.2"),
		// A Qwen name on a Llama architecture: the name cannot be trusted.
		{Name: "qwen2.5-coder-remix", Template: plain, Family: "llama"},
		// Plain Gemma was not trained to infill.
		{Name: "gemma:2b", Template: plain, Family: "gemma"},
	} {
		srv := ollamatest.NewServer(t, m)
		b := ollama.New(ollama.Config{Host: srv.URL, Model: m.Name})
		_, err := b.Fill(context.Background(), codegen.FillRequest{Prefix: "p", Suffix: "s"})
		want := `model "` + m.Name + `" cannot fill in the middle: no insert capability and unknown FIM family; use qwen2.5-coder, starcoder2, codellama, deepseek-coder, codegemma or codestral`
		if !errors.Is(err, codegen.ErrUnavailable) || err.Error() != want {
			t.Fatalf("%s: err = %v\nwant %s", m.Name, err, want)
		}
		if n := len(srv.Generates()); n != 0 {
			t.Fatalf("%s: %d generate requests", m.Name, n)
		}
	}
}

func TestFIMFamilies(t *testing.T) {
	var ids []string
	for _, f := range ollama.FIMFamilies() {
		ids = append(ids, f.ID)
		if f.Name == "" || len(f.Stop) == 0 || !strings.Contains(f.Example, "<prefix>") || !strings.Contains(f.Example, "<suffix>") {
			t.Fatalf("family %+v", f)
		}
		if p, ok := ollama.FormatFIM(f.ID, "<prefix>", "<suffix>"); !ok || p != f.Example {
			t.Fatalf("FormatFIM(%s) = %q, %v", f.ID, p, ok)
		}
	}
	want := []string{"qwen2.5-coder", "starcoder2", "codellama", "deepseek-coder", "codegemma", "codestral"}
	if !reflect.DeepEqual(ids, want) {
		t.Fatalf("families = %v", ids)
	}
	if _, ok := ollama.FormatFIM("gpt", "a", "b"); ok {
		t.Fatal("unknown family formatted")
	}
	// The list is a copy.
	ollama.FIMFamilies()[0].Stop[0] = "x"
	if ollama.FIMFamilies()[0].Stop[0] == "x" {
		t.Fatal("FIMFamilies shares its table")
	}
}
