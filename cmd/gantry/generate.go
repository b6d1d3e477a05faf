package main

import (
	"context"
	"encoding/json"
	"fmt"
	"github.com/gantry-dev/gantry/codegen/privacy"
	"io"
	"os"
	"strings"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/workspace"
)

func runGenerate(args []string, stdout, stderr io.Writer) int {
	fl := newFlags("generate", `--lang st|gcode|rtl [--json] [--rounds N] "what the code must do"`, stderr)
	lang := fl.String("lang", "", "language: st, gcode or rtl (required)")
	asJSON := fl.Bool("json", false, "print the result with its report as JSON")
	rounds := fl.Int("rounds", 3, "repair rounds before giving up")
	configPath := fl.String("config", "", "configuration file (default: gantry.toml above the current directory)")
	model := fl.String("model", "", "Ollama model (overrides the configuration and GANTRY_MODEL)")
	host := fl.String("host", "", "Ollama host (overrides OLLAMA_HOST)")
	if code, ok := parse(fl, args, stdout); !ok {
		return code
	}
	instruction := strings.TrimSpace(strings.Join(fl.Args(), " "))
	privacy.Warm() // the prompt is masked with it
	reg := registry()
	pack := reg.ByID(*lang)
	if pack == nil || instruction == "" {
		fmt.Fprintln(stderr, "gantry generate: --lang st|gcode|rtl and an instruction are required")
		return 2
	}
	var cfg *config.Config
	var err error
	if *configPath != "" {
		cfg, err = config.Load(*configPath)
	} else {
		wd, _ := os.Getwd()
		cfg, err = config.ForFile(wd + "/x")
	}
	if err != nil {
		fmt.Fprintf(stderr, "gantry generate: %v\n", err)
		return 2
	}
	if *model != "" {
		cfg.Model = *model
	}
	if *host != "" {
		cfg.Host = *host
	}
	chat, _ := newPrimary(cfg).(codegen.Chatter)
	wd, _ := os.Getwd()
	res, err := codegen.Generate(context.Background(), pack, chat, codegen.GenerateRequest{
		Instruction: instruction, Config: cfg, Workspace: workspace.New(reg, wd), Rounds: *rounds,
	})
	if err != nil {
		fmt.Fprintf(stderr, "gantry generate: %v\n", err)
		return 1
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(res)
	} else {
		for i, r := range res.Rounds {
			status := "passed the checks"
			if len(r.Findings) > 0 {
				status = fmt.Sprintf("%d problems, sent back to the model", len(r.Findings))
			}
			fmt.Fprintf(stderr, "round %d: %s\n", i+1, status)
		}
		if res.OK {
			fmt.Fprint(stdout, res.Code)
		} else {
			fmt.Fprintf(stderr, "gantry generate: refused after %d rounds; remaining problems:\n", len(res.Rounds))
			for _, f := range res.Remaining {
				fmt.Fprintf(stderr, "  %s: %s\n", f.Rule, f.Message)
			}
		}
	}
	if !res.OK {
		return 1
	}
	return 0
}
