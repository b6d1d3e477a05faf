#!/usr/bin/env bash
# Packages the extension twice: gantry-<version>.vsix runs `gantry` from PATH (or the
# gantry.path setting); gantry-linux-x64-<version>.vsix carries the binary in bin/.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(node -p "require('./package.json').version")
npm run build
rm -rf bin
npx vsce package --no-dependencies --skip-license -o "gantry-$version.vsix"
mkdir -p bin
# GANTRY_BIN (built by ../test.sh) is reused; otherwise build from the module root.
# cgo (tree-sitter) links against the host's glibc.
if [ -n "${GANTRY_BIN:-}" ]; then
  cp "$GANTRY_BIN" bin/gantry
else
  (cd ../.. && GOOS=linux GOARCH=amd64 go build -trimpath -ldflags "-s -w -X main.version=$version" -o editors/vscode/bin/gantry ./cmd/gantry)
fi
npx vsce package --no-dependencies --skip-license --target linux-x64 -o "gantry-linux-x64-$version.vsix"
rm -rf bin
ls -l ./*.vsix
