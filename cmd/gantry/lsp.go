package main

import (
	"context"
	"io"
	"os"

	"github.com/gantry-dev/gantry/codegen/embedded"
	"github.com/gantry-dev/gantry/lsp"
)

func runLSP(args []string, stdout, stderr io.Writer) int {
	fl := newFlags("lsp", "(speaks LSP on stdin/stdout; configure with gantry.toml and client settings)", stderr)
	_ = fl.Bool("stdio", true, "use stdin/stdout (the only transport; accepted for clients that pass it)")
	if code, ok := parse(fl, args, stdout); !ok {
		return code
	}
	return lsp.Serve(context.Background(), stdio{}, lsp.Options{
		Registry: registry(), NewPrimary: newPrimary, Fallback: embedded.New(), Version: version,
	})
}

// stdio joins the process's standard streams into one connection.
type stdio struct{}

func (stdio) Read(p []byte) (int, error)  { return os.Stdin.Read(p) }
func (stdio) Write(p []byte) (int, error) { return os.Stdout.Write(p) }
func (stdio) Close() error                { return os.Stdin.Close() }
