package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"github.com/gantry-dev/gantry/codegen/privacy"
	"io"
	"os"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/embedded"
	"github.com/gantry-dev/gantry/codegen/retrieval"
	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/workspace"
)

// positionFlags are shared by complete and prompt.
type positionFlags struct {
	file, configPath, backend, model, host string
	line, col                              int
}

func (p *positionFlags) register(fl *flag.FlagSet) {
	fl.StringVar(&p.file, "file", "", "the file (required)")
	fl.IntVar(&p.line, "line", 0, "1-based line of the cursor (required)")
	fl.IntVar(&p.col, "col", 0, "1-based column of the cursor, in characters (required)")
	fl.StringVar(&p.configPath, "config", "", "configuration file (default: the nearest gantry.toml)")
	fl.StringVar(&p.backend, "backend", "", "auto, ollama, openai or embedded (overrides the configuration)")
	fl.StringVar(&p.model, "model", "", "Ollama model (overrides the configuration and GANTRY_MODEL)")
	fl.StringVar(&p.host, "host", "", "Ollama host (overrides OLLAMA_HOST)")
}

// request is a parsed file and cursor, ready for the pipeline.
type request struct {
	pack codegen.Pack
	req  codegen.SuggestRequest
}

func (p *positionFlags) load(stderr io.Writer) (*request, int) {
	if p.file == "" || p.line < 1 || p.col < 1 {
		fmt.Fprintln(stderr, "gantry: --file, --line and --col are required (line and col are 1-based)")
		return nil, 2
	}
	reg := registry()
	pack := reg.ForPath(p.file)
	if pack == nil {
		fmt.Fprintf(stderr, "gantry: %s: unknown file type (known: %v)\n", p.file, reg.Extensions())
		return nil, 2
	}
	st, _ := os.Stat(p.file) // before reading: see Workspace.Lend
	raw, err := os.ReadFile(p.file)
	if err != nil {
		fmt.Fprintf(stderr, "gantry: %v\n", err)
		return nil, 2
	}
	var cfg *config.Config
	if p.configPath != "" {
		cfg, err = config.Load(p.configPath)
	} else {
		cfg, err = config.ForFile(p.file)
	}
	if err != nil {
		fmt.Fprintf(stderr, "gantry: %v\n", err)
		return nil, 2
	}
	text, _, err := source.Decode(raw, cfg.Encoding)
	if err != nil {
		fmt.Fprintf(stderr, "gantry: %s: %v\n", p.file, err)
		return nil, 2
	}
	if why := source.CheckText(text); why != "" {
		fmt.Fprintf(stderr, "gantry: %s: %s\n", p.file, why)
		return nil, 2
	}
	if p.backend != "" {
		cfg.Backend = p.backend
	}
	if p.model != "" {
		cfg.Model = p.model
	}
	if p.host != "" {
		cfg.Host = p.host
	}
	if err := cfg.Validate(); err != nil {
		fmt.Fprintf(stderr, "gantry: %v\n", err)
		return nil, 2
	}
	f, err := codegen.Parse(context.Background(), pack, p.file, text)
	if err != nil {
		fmt.Fprintf(stderr, "gantry: %v\n", err)
		return nil, 2
	}
	off, err := f.Lines.OffsetAtRuneColumn(p.line, p.col)
	if err != nil {
		fmt.Fprintf(stderr, "gantry: %s: %v\n", p.file, err)
		return nil, 2
	}
	ws := workspace.New(reg, workspace.FindRoot([]string{p.file}).Dir)
	ws.Lend(p.file, st, f) // for the command's life: its names are the file's own
	return &request{pack: pack, req: codegen.SuggestRequest{
		Path: p.file, File: f, Offset: off, Config: cfg, Workspace: ws, Invoked: true,
	}}, 0
}

type jsonPos struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

type jsonRange struct {
	Start jsonPos `json:"start"`
	End   jsonPos `json:"end"`
}

type jsonSuggestion struct {
	Text  string    `json:"text"`
	Range jsonRange `json:"range"`
}

type jsonCompletion struct {
	Backend     string            `json:"backend"`
	Model       string            `json:"model"`
	Suggestions []jsonSuggestion  `json:"suggestions"`
	Dropped     []codegen.Dropped `json:"dropped"`
	Skip        string            `json:"skip,omitempty"`
	Error       string            `json:"error,omitempty"`
}

func runComplete(args []string, stdout, stderr io.Writer) int {
	fl := newFlags("complete", "--file F --line L --col C [--json] [--backend B] [--model M]", stderr)
	var pf positionFlags
	pf.register(fl)
	asJSON := fl.Bool("json", false, "print JSON: backend, model, suggestions with ranges, dropped candidates with reasons")
	if code, ok := parse(fl, args, stdout); !ok {
		return code
	}
	r, code := pf.load(stderr)
	if r == nil {
		return code
	}
	engine := &codegen.Engine{Registry: registry(), Primary: newPrimary(r.req.Config), Fallback: embedded.New(), Related: retrieverFor(r)}
	if engine.Primary != nil {
		privacy.Warm() // the prompt goes to a model host: it is masked, with gitleaks' rules
	} else {
		// The embedded backend alone answers, in this process: no prompt leaves it, and
		// building the secret scanner (most of a one-shot run's time) is not needed.
		engine.Local = true
	}
	if b := r.req.Config.Backend; b == "ollama" || b == "openai" {
		engine.Fallback = nil // asked for the model explicitly: do not hide its failure
	}
	res, err := engine.Suggest(context.Background(), r.req)
	if res == nil {
		fmt.Fprintf(stderr, "gantry complete: %v\n", err)
		return 1
	}
	if res.Err != nil {
		fmt.Fprintf(stderr, "gantry complete: model backend: %v (the embedded backend answered)\n", res.Err)
	}
	out := jsonCompletion{Backend: res.Backend, Model: res.Model, Suggestions: []jsonSuggestion{}, Dropped: res.Dropped, Skip: res.Skip}
	if out.Dropped == nil {
		out.Dropped = []codegen.Dropped{}
	}
	if err != nil {
		out.Error = err.Error()
	}
	lines := r.req.File.Lines
	for _, s := range res.Suggestions {
		out.Suggestions = append(out.Suggestions, jsonSuggestion{Text: s.Text, Range: jsonRange{
			Start: jsonPos{lines.LineOf(s.Start) + 1, lines.RuneColumn(s.Start) + 1},
			End:   jsonPos{lines.LineOf(s.End) + 1, lines.RuneColumn(s.End) + 1},
		}})
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(out)
	} else {
		if len(out.Suggestions) == 0 {
			fmt.Fprintln(stdout, "(no suggestion)")
		}
		for i, s := range out.Suggestions {
			fmt.Fprintf(stdout, "--- suggestion %d (%s) ---\n%s\n", i+1, out.Backend, s.Text)
		}
		for _, d := range out.Dropped {
			fmt.Fprintf(stdout, "--- dropped (%s) ---\n%s\n", d.Why(), d.Text)
		}
	}
	if err != nil {
		return 1
	}
	return 0
}

func runPrompt(args []string, stdout, stderr io.Writer) int {
	fl := newFlags("prompt", "--file F --line L --col C [--json]", stderr)
	var pf positionFlags
	pf.register(fl)
	asJSON := fl.Bool("json", false, "print the prompt's parts as JSON")
	if code, ok := parse(fl, args, stdout); !ok {
		return code
	}
	privacy.Warm()
	r, code := pf.load(stderr)
	if r == nil {
		return code
	}
	engine := &codegen.Engine{Registry: registry(), Related: retrieverFor(r)}
	c, pr := engine.Prepare(context.Background(), r.pack, r.req)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(map[string]any{"header": pr.Header, "prefix": pr.Prefix, "suffix": pr.Suffix, "stop": pr.Stop,
			"blocks": pr.Blocks, "multiline": c.Multiline, "skip": c.Skip})
		return 0
	}
	fmt.Fprint(stdout, codegen.FormatPrompt(pr))
	return 0
}

// retrieverFor builds the workspace retriever unless the configuration turns it off.
func retrieverFor(r *request) codegen.Retriever {
	cfg := r.req.Config
	if cfg.Retrieval.Disabled {
		return nil
	}
	return &retrieval.Retriever{Workspace: r.req.Workspace, Docs: cfg.DocDirs(), Limit: cfg.Retrieval.Limit, MinScore: cfg.Retrieval.MinScore}
}
