#!/usr/bin/env bash
# Editor integrations, as .ci/run calls them: the VS Code extension's type check, bundle,
# unit tests and tests against the real server, then both .vsix packages. The Neovim plugin
# is tested by editors/nvim/nvim_test.go under `go test ./...`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$here/vscode"
version=$(node -p "require('./package.json').version")
# One binary for the tests and the linux-x64 package, so what ships is what was tested.
(cd "$here/.." && go build -trimpath -ldflags "-s -w -X main.version=$version" -o "$tmp/gantry" ./cmd/gantry)
export GANTRY_BIN="$tmp/gantry"

npm ci --no-audit --no-fund
npm run typecheck
npm run build
npm test
npm run package
