#!/usr/bin/env bash
# The whole test suite: Go packages (grammars' corpus tests, rule fixtures, the LSP server
# over pipes, headless Neovim, a real Ollama server with a tiny model), then the editors.
set -euo pipefail
cd "$(dirname "$0")"
# The real-Ollama tests drive a server built from the Go module proxy at the api's version;
# build it once (cached under ~/.cache/gantry-test) before the timed suite.
go test -count=1 -timeout 30m -run '^TestRealTinyModel$' ./codegen/ollama/ollamatest
# The language server and the pipeline run under the race detector (their tests drive
# concurrent edits, cancellations, checks and model streams); the other packages run plain.
go test -count=1 -timeout 14m $(go list ./... | grep -v -e '/lsp\(/\|$\)' -e '/codegen\(/\|$\)')
go test -race -count=1 -timeout 20m ./lsp/... ./codegen/...
# Every fuzz target for a few seconds (fuzz.sh; FUZZTIME=10m ./fuzz.sh for a long run).
./fuzz.sh
if [ -x editors/test.sh ]; then
  editors/test.sh
fi
