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
  "./lsp FuzzParamTickets"
  "./lsp FuzzTypeThroughServer"   # starts gantry lsp per worker: one worker
  "./codegen/syntax FuzzIncrementalEdit"
  "./codegen/syntax FuzzWindowAfterEdit"
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
  log=$(mktemp)
  if ! go test -run '^$' -fuzz "^${name}\$" -fuzztime "$time" -fuzzminimizetime 5x "${par[@]}" "$pkg" 2>&1 | tee "$log"; then
    # Go's fuzzing engine sometimes ends a run at its deadline with "context deadline
    # exceeded" while minimising a new interesting input, without any failing input. A real
    # failure writes its input under testdata/fuzz: only without one is the run repeated.
    if grep -q "context deadline exceeded" "$log" && [ -z "$(git status --porcelain -- "$pkg/testdata/fuzz" 2>/dev/null)" ]; then
      ok=0
      for again in 1 2; do
        echo "fuzz: $name: the engine stopped at its deadline without a failing input; running again ($again)"
        if go test -run '^$' -fuzz "^${name}\$" -fuzztime "$time" -fuzzminimizetime 5x "${par[@]}" "$pkg" 2>&1 | tee "$log"; then
          ok=1
          break
        fi
        grep -q "context deadline exceeded" "$log" && [ -z "$(git status --porcelain -- "$pkg/testdata/fuzz" 2>/dev/null)" ] || break
      done
      if [ "$ok" != 1 ]; then
        rm -f "$log"
        exit 1
      fi
    else
      rm -f "$log"
      exit 1
    fi
  fi
  rm -f "$log"
done
