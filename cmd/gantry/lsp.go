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
	return lsp.Serve(context.Background(), newStdio(), lsp.Options{
		Registry: registry(), NewPrimary: newPrimary, Fallback: embedded.New(), Version: version,
	})
}

// stdio joins the process's standard streams into one connection.
type stdio struct{ in, out *os.File }

func newStdio() stdio { return stdio{in: pollable(os.Stdin), out: pollable(os.Stdout)} }

func (s stdio) Read(p []byte) (int, error)  { return s.in.Read(p) }
func (s stdio) Write(p []byte) (int, error) { return s.out.Write(p) }
func (s stdio) Close() error                { return s.in.Close() }
