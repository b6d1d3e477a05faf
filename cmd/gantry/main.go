// Command gantry is an AI copilot for industrial code: a language server, a checker for CI,
// and command-line access to the suggestion pipeline.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/gantry-dev/gantry/lsp/runtimeenv"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"lsp", "run the language server on stdin/stdout", runLSP},
		{"check", "check files for syntax errors and rule findings", runCheck},
		{"complete", "print the vetted suggestions at a position", runComplete},
		{"prompt", "print exactly what would be sent to the model at a position", runPrompt},
		{"generate", "write code from an instruction in words, checked and repaired", runGenerate},
		{"plot", "draw a G-code program's toolpath as SVG, findings in red", runPlot},
		{"rules", "list the rules with their severity and anchors", runRules},
		{"stats", "print local suggestion statistics (shown, accepted, dropped by reason)", runStats},
		{"version", "print the version", runVersion},
		{"help", "show help for a command", runHelp},
	}
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "lsp" {
		// The server runs with the runtime settings it wants from its first instruction
		// (see runtimeenv); where the process cannot restart itself it goes on as it is.
		_ = runtimeenv.Reexec()
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		return 0
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "gantry: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Gantry: a copilot for Structured Text, G-code and Verilog that vets every suggestion.")
	fmt.Fprintln(w, "\nUsage: gantry <command> [flags]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'gantry help <command>' or 'gantry <command> -h' for a command's flags.")
}

func runHelp(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stdout)
		return 0
	}
	for _, c := range commands() {
		if c.name == args[0] && c.name != "help" {
			return c.run([]string{"-h"}, stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "gantry help: unknown command %q\n", args[0])
	return 2
}

func runVersion(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("version", "", stderr)
	if code, ok := parse(fs, args, stdout); !ok {
		return code
	}
	fmt.Fprintf(stdout, "gantry %s\n", version)
	return 0
}
