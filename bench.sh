#!/usr/bin/env bash
# Speed and memory figures, with the ratios the design budgets are stated in. Not part of
# the test suite: run it on a quiet machine. GANTRY_BENCH_LINES=1000000 gives the
# million-line G-code figures (default 100,000). `verilator` (Debian package) is needed for
# the RTL comparison; without it that benchmark is skipped.
set -euo pipefail
cd "$(dirname "$0")"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
run() { go test -run XXX -bench "$2" -benchtime "$3" "$1" | grep '^Benchmark' | tee -a "$out"; }

echo "== grammars: parse rate"
run ./grammars/st 'BenchmarkParse$' 20x
run ./grammars/gcode 'BenchmarkParse$' 20x
run ./grammars/rtl 'BenchmarkParse(SV)?$' 20x
echo "== RTL parser: size and the C compile that cgo runs once"
ls -l grammars/rtl/src/parser.c | awk '{printf "grammars/rtl/src/parser.c: %.1f MB\n", $5/1e6}'
/usr/bin/time -f "gcc -O2 parser.c: %e s" gcc -std=c11 -fPIC -O2 -Igrammars/rtl/src -c grammars/rtl/src/parser.c -o /dev/null
echo "== suggestion path (10,000-line ST file, embedded backend)"
run ./lsp 'BenchmarkInlineCompletionOverhead' 200x
run ./codegen 'BenchmarkGateVet|BenchmarkCacheTypingSession' 50x
echo "== G-code: check vs bare parse, and the server on a large file"
run ./codegen/gcode 'BenchmarkParseOnly|BenchmarkCheck$|BenchmarkKeystroke' 3x
run ./lsp 'BenchmarkLargeGCodeKeystrokeChangingFindings' 50x
echo "== robustness: large documents (per MB, 1 and 10 MB of each language) and a short soak"
run ./codegen/packs 'BenchmarkLargeDocuments' 1x
run ./lsp 'BenchmarkSoak' 1x
echo "== RTL: gantry check vs verilator --lint-only per file"
run ./codegen/rtl 'BenchmarkVerilatorComparison' 1x

echo
echo "== ratios"
awk '
  /^BenchmarkParseOnly/ { parse=$3 }
  /^BenchmarkCheck-/    { check=$3 }
  /^BenchmarkVerilatorComparison/ { for (i=1;i<=NF;i++) if ($i=="x_faster") vx=$(i-1) }
  /^BenchmarkInlineCompletionOverhead/ { for (i=1;i<=NF;i++) { if ($i=="p50-ms") p50=$(i-1); if ($i=="p99-ms") p99=$(i-1) } }
  /^BenchmarkGateVet/ { gate=$3/1e6 }
  /^BenchmarkLargeGCodeKeystroke/ { key=$3/1e6; for (i=1;i<=NF;i++) { if ($i=="open-to-diagnostics-s") open=$(i-1); if ($i=="heap-MB") heap=$(i-1) } }
  END {
    if (parse) printf "G-code check / bare parse time:      %.2fx (budget 1.5x)\n", check/parse
    if (vx)    printf "RTL: gantry faster than verilator:   %sx (budget 10x)\n", vx
    if (p50)   printf "suggestion overhead p50 / p99:       %s ms / %s ms (budget 0.5 / 3)\n", p50, p99
    if (gate)  printf "gate per candidate:                  %.2f ms (budget 2)\n", gate
    if (key)   printf "large G-code keystroke to diagnostics: %.1f ms (budget 10); open %s s; heap %s MB\n", key, open, heap
  }' "$out"
