#!/usr/bin/env bash
# Runs every Go fuzz target for FUZZTIME each (default 8s, what CI runs from test.sh).
# A longer run is one command: FUZZTIME=10m ./fuzz.sh   (or name targets: ./fuzz.sh FuzzMask)
# A failure leaves its input under the package's testdata/fuzz/, where `go test` replays it.
set -euo pipefail
cd "$(dirname "$0")"
time="${FUZZTIME:-8s}"
only="$*"
targets=(
  "./lsp FuzzFraming"
  "./lsp FuzzTypeThroughServer"   # starts gantry lsp per worker: one worker
  "./codegen/syntax FuzzIncrementalEdit"
  "./codegen/packs FuzzParseAndCheck"
  "./codegen FuzzGate"
  "./codegen/privacy FuzzMask"
)
for t in "${targets[@]}"; do
  set -- $t
  pkg=$1 name=$2
  if [ -n "$only" ] && [[ " $only " != *" $name "* ]]; then
    continue
  fi
  par=()
  if [ "$name" = FuzzTypeThroughServer ]; then
    par=(-parallel 1)
  fi
  echo "fuzz: $name ($pkg) for $time"
  go test -run '^$' -fuzz "^${name}\$" -fuzztime "$time" -fuzzminimizetime 5x "${par[@]}" "$pkg"
done
