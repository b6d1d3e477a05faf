package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/plot"
	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/workspace"
)

// runPlot draws a G-code program's toolpath as SVG: `gantry plot FILE.ngc [-o out.svg]
// [--view xy|xz|yz|iso]`. It exits 0 when the picture was written, 2 on a usage or input
// error; findings do not change the exit code (that is `gantry check`'s job).
func runPlot(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("plot", flag.ContinueOnError)
	fl.SetOutput(stderr)
	out := fl.String("o", "", "write the SVG to this file (default: standard output)")
	viewName := fl.String("view", "xy", "projection: xy (top), xz (front), yz (side) or iso")
	width := fl.Int("width", 900, "picture width in pixels")
	configPath := fl.String("config", "", "configuration file (default: the nearest gantry.toml)")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "Usage: gantry plot FILE.ngc [-o out.svg] [--view xy|xz|yz|iso]")
		fmt.Fprintln(stderr, "Draws what the interpreter computed: rapids dashed, feeds solid, arcs as arcs, the stock top")
		fmt.Fprintln(stderr, "and safe Z, the machine travel, and each finding's move in red with its rule id.")
		fl.PrintDefaults()
	}
	// The file may come before the flags, as users type it.
	var file string
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		file, args = args[0], args[1:]
	}
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if file == "" && fl.NArg() > 0 {
		file = fl.Arg(0)
	}
	if file == "" || fl.NArg() > 1 || (fl.NArg() == 1 && fl.Arg(0) != file) {
		fl.Usage()
		return 2
	}
	view, err := plot.ParseView(*viewName)
	if err != nil {
		fmt.Fprintf(stderr, "gantry plot: %v\n", err)
		return 2
	}
	reg := registry()
	pack := reg.ForPath(file)
	if pack == nil || pack.ID() != "gcode" {
		fmt.Fprintf(stderr, "gantry plot: %s: not a G-code file (known G-code extensions: %v)\n", file, reg.ByID("gcode").Extensions())
		return 2
	}
	text, err := source.ReadFile(file)
	if err != nil {
		fmt.Fprintf(stderr, "gantry plot: %v\n", err)
		return 2
	}
	if why := source.CheckText(text); why != "" {
		fmt.Fprintf(stderr, "gantry plot: %s: %s\n", file, why)
		return 2
	}
	var cfg *config.Config
	if *configPath != "" {
		cfg, err = config.Load(*configPath)
	} else {
		cfg, err = config.ForFile(file)
	}
	if err == nil {
		err = cfg.Validate()
	}
	if err != nil {
		fmt.Fprintf(stderr, "gantry plot: %v\n", err)
		return 2
	}
	ctx := context.Background()
	f, err := codegen.Parse(ctx, pack, file, text)
	if err != nil {
		fmt.Fprintf(stderr, "gantry plot: %v\n", err)
		return 2
	}
	ws := workspace.New(reg, workspace.FindRoot([]string{file}).Dir)
	svg, err := plot.Program(ctx, pack, codegen.CheckRequest{Path: file, File: f, Config: cfg, Workspace: ws},
		plot.Options{View: view, Width: *width, Title: filepath.Base(file)})
	if err != nil {
		fmt.Fprintf(stderr, "gantry plot: %v\n", err)
		return 2
	}
	if *out == "" {
		_, err = io.WriteString(stdout, svg)
	} else {
		err = os.WriteFile(*out, []byte(svg), 0o644)
	}
	if err != nil {
		fmt.Fprintf(stderr, "gantry plot: %v\n", err)
		return 2
	}
	return 0
}
