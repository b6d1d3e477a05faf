#!/usr/bin/env bash
# The whole test suite: Go packages (grammars' corpus tests, rule fixtures, the LSP server
# over pipes, headless Neovim, a real Ollama server with a tiny model), then the editors.
set -euo pipefail
cd "$(dirname "$0")"
go test -count=1 -timeout 14m ./...
if [ -x editors/test.sh ]; then
  editors/test.sh
fi
