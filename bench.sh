#!/usr/bin/env bash
# Speed and memory figures, with the ratios the design budgets are stated in. Not part of
# the test suite: run it on a quiet machine. GANTRY_BENCH_LINES=1000000 gives the
# million-line G-code figures (default 100,000). `verilator` (Debian package) is needed for
# the RTL comparison; without it that benchmark is skipped.
#
# The last part compares WHOLE PROCESSES side by side with hyperfine (Debian package
# `hyperfine`): `gantry check` per file and per folder against `verilator --lint-only`,
# `iverilog -t null` (RTL) and LinuxCNC's `rs274` (G-code; Debian `linuxcnc-uspace`), and
# `gantry check FILE` / `gantry complete` in a generated 10,000-file ST project.
# GANTRY_BENCH_ONLY=processes runs only that part (a few minutes); a missing tool skips its row.
# GANTRY_BENCH_BASELINE=BIN adds another gantry binary (an older build) to the whole-project
# ST check, timed side by side.
# GANTRY_BENCH_PROJECTS=DIR:DIR... adds the peak memory of `gantry check --format json DIR`
# on project trees of your own (public projects checked out), per byte of the files checked,
# this binary and the baseline side by side.
set -euo pipefail
cd "$(dirname "$0")"
out=$(mktemp)
work=$(mktemp -d)
trap 'rm -rf "$out" "$work"' EXIT
# A benchmark that skips (its tool missing) prints no row; the script goes on.
run() { go test -run XXX -bench "$2" -benchtime "$3" "$1" | { grep '^Benchmark' || true; } | tee -a "$out"; }

if [ "${GANTRY_BENCH_ONLY:-}" != processes ]; then
echo "== grammars: parse rate"
run ./grammars/st 'BenchmarkParse$' 20x
run ./grammars/gcode 'BenchmarkParse$' 20x
run ./grammars/rtl 'BenchmarkParse(SV)?$' 20x
echo "== RTL parser: size and the C compile that cgo runs once"
ls -l grammars/rtl/src/parser.c | awk '{printf "grammars/rtl/src/parser.c: %.1f MB\n", $5/1e6}'
/usr/bin/time -f "gcc -O2 parser.c: %e s" gcc -std=c11 -fPIC -O2 -Igrammars/rtl/src -c grammars/rtl/src/parser.c -o /dev/null
echo "== suggestion path (10,000-line ST file, embedded backend; the server in the benchmark's process, then as a gantry lsp process)"
run ./lsp 'BenchmarkInlineCompletionOverhead' 3000x
run ./codegen 'BenchmarkGateVet|BenchmarkCacheTypingSession' 50x
echo "== G-code: check vs bare parse, and the server on a large file"
run ./codegen/gcode 'BenchmarkParseOnly|BenchmarkCheck$|BenchmarkKeystroke' 3x
run ./lsp 'BenchmarkLargeGCodeKeystrokeChangingFindings|BenchmarkLargeGCodeKeystrokeProcess' 200x
echo "== ST and Verilog: a keystroke in a 256 KB document (kept whole, with its tree) and in a 4 MB one (kept as text and checked unit by unit, the results of the units the keystroke left alone kept), and 4 MB of ST typed into gantry lsp as a process"
run ./codegen/packs 'BenchmarkLargeDocumentKeystroke' 10x
run ./lsp 'BenchmarkLargeSTKeystrokeProcess' 20x
echo "== robustness: large documents (per MB, 1, 10 and 50 MB of each language, one process each) and a short soak"
for lang in st gcode rtl; do
  GANTRY_BENCH_50MB=1 run ./codegen/packs "BenchmarkLargeDocuments$/$lang/" 1x
done
echo "== the same as processes: gantry check FILE, peak resident memory per source byte above a one-line run, all of it and its anonymous pages (budget 20x)"
run ./codegen/packs 'BenchmarkLargeDocumentsProcess' 1x
run ./lsp 'BenchmarkSoak' 1x
echo "== RTL: gantry check vs verilator --lint-only per file"
run ./codegen/rtl 'BenchmarkVerilatorComparison' 1x

echo
echo "== ratios"
awk '
  /^BenchmarkParseOnly/ { parse=$3 }
  /^BenchmarkCheck-/    { check=$3 }
  /^BenchmarkVerilatorComparison/ { for (i=1;i<=NF;i++) if ($i=="x_faster") vx=$(i-1) }
  /^BenchmarkInlineCompletionOverhead-/ { for (i=1;i<=NF;i++) { if ($i=="p50-ms") p50=$(i-1); if ($i=="p99-ms") p99=$(i-1) } }
  /^BenchmarkInlineCompletionOverheadProcess/ { for (i=1;i<=NF;i++) { if ($i=="p50-ms") pp50=$(i-1); if ($i=="p99-ms") pp99=$(i-1) } }
  /^BenchmarkInlineCompletionOverheadLongPOU/ { for (i=1;i<=NF;i++) { if ($i=="p50-ms") lp50=$(i-1); if ($i=="p99-ms") lp99=$(i-1) } }
  /^BenchmarkGateVet-/ { gate=$3/1e6 }
  /^BenchmarkGateVetLongUnit/ { gatelong=$3/1e6 }
  /^BenchmarkLargeGCodeKeystrokeChangingFindings/ { key=$3/1e6; for (i=1;i<=NF;i++) { if ($i=="open-to-diagnostics-s") open=$(i-1); if ($i=="heap-MB") heap=$(i-1); if ($i=="first-keystrokes-ms") firstkey=$(i-1); if ($i=="slowest-first-ms") slowkey=$(i-1) } }
  /^BenchmarkLargeGCodeKeystrokeProcess/ { pkey=$3/1e6; for (i=1;i<=NF;i++) { if ($i=="first-keystrokes-ms") pfirstkey=$(i-1); if ($i=="slowest-first-ms") pslowkey=$(i-1) } }
  /^BenchmarkLargeDocumentKeystroke\// { split($1, part, "/"); k=part[2] "/" part[3]; sub(/-[0-9]+$/, "", k); dk[k]=$3/1e6; for (i=1;i<=NF;i++) { if ($i=="units-checked/op") dchk[k]=$(i-1); if ($i=="units") dunits[k]=$(i-1) } }
  /^BenchmarkLargeDocumentsProcess\// { split($1, part, "/"); k=part[2] "/" part[3]; sub(/-[0-9]+$/, "", k); for (i=1;i<=NF;i++) if ($i=="anon-above-start-bytes/byte") mem[k]=$(i-1) }
  /^BenchmarkLargeSTKeystrokeProcess/ { lstkey=$3/1e6; for (i=1;i<=NF;i++) if ($i=="open-to-diagnostics-s") lstopen=$(i-1) }
  END {
    if (dk["st/256KB"]) printf "ST / Verilog keystroke to findings, 256 KB kept whole: %.0f / %.0f ms; 4 MB kept as text: %.0f / %.0f ms (units checked again %.0f of %s / %.0f of %s)\n", dk["st/256KB"], dk["rtl/256KB"], dk["st/4096KB"], dk["rtl/4096KB"], dchk["st/4096KB"], dunits["st/4096KB"], dchk["rtl/4096KB"], dunits["rtl/4096KB"]
    if (lstkey) printf "... 4 MB of ST, gantry lsp as a process: %.0f ms (open to diagnostics %s s)\n", lstkey, lstopen
    if (mem["st/256KB"]) printf "gantry check FILE, own memory per source byte above a one-line run (budget 20x): ST 256 KB %.0fx, 1 MB %.0fx, 1 MB in one POU %.0fx; Verilog 256 KB %.0fx, 1 MB %.0fx, 1 MB in one module %.0fx\n", mem["st/256KB"], mem["st/1MB"], mem["st/1MB-one-unit"], mem["rtl/256KB"], mem["rtl/1MB"], mem["rtl/1MB-one-unit"]
    if (parse) printf "G-code check / bare parse time:      %.2fx (budget 1.5x)\n", check/parse
    if (vx)    printf "RTL: gantry faster than verilator:   %sx (budget 10x)\n", vx
    if (p50)   printf "suggestion overhead p50 / p99:       %s ms / %s ms (budget 0.5 / 3)\n", p50, p99
    if (pp50)  printf "... gantry lsp as a process:          %s ms / %s ms\n", pp50, pp99
    if (lp50)  printf "... the cursor in a 600-line POU:     %s ms / %s ms\n", lp50, lp99
    if (gate)  printf "gate per candidate:                  %.2f ms (budget 2)\n", gate
    if (gatelong) printf "gate per candidate, 600-line POU:    %.2f ms (budget 2)\n", gatelong
    if (key)   printf "large G-code keystroke to diagnostics: %.1f ms (budget 10; the first ten after opening %s ms, the slowest of them %s); open %s s; heap %s MB\n", key, firstkey, slowkey, open, heap
    if (pkey)  printf "... gantry lsp as a process:          %.1f ms (the first ten %s ms, the slowest of them %s)\n", pkey, pfirstkey, pslowkey
  }' "$out"
fi

# ---- whole processes side by side -------------------------------------------------------

# gen_st_project DIR N: a PLC project of N ST files in folders of 100 (function blocks that
# instantiate each other, structures, a GVL) with a gantry.toml at its top, and MAIN.st
# using a few of them; MAIN is clean when the project is there.
gen_st_project() {
  local dir=$1 n=$2
  rm -rf "$dir"; mkdir -p "$dir/GVLs" "$dir/POUs/main"
  printf '# generated by bench.sh\n' > "$dir/gantry.toml"
  printf 'VAR_GLOBAL\n\tnCycle : DINT;\n\tbRun AT %%IX0.0 : BOOL;\n\tbLamp AT %%QX0.0 : BOOL;\nEND_VAR\n' > "$dir/GVLs/GVL_Main.st"
  awk -v dir="$dir" -v n="$n" 'BEGIN {
    for (i = 0; i < n - 2; i++) {
      d = sprintf("%s/POUs/p%03d", dir, int(i / 100))
      if (i % 100 == 0) system("mkdir -p " d)
      if (i % 10 == 0) {
        f = sprintf("%s/ST_Data%d.st", d, i)
        printf "TYPE ST_Data%d :\nSTRUCT\n\tnValue : INT;\n\trScale : REAL;\nEND_STRUCT\nEND_TYPE\n", i > f
        close(f); continue
      }
      f = sprintf("%s/FB_Unit%d.st", d, i)
      printf "FUNCTION_BLOCK FB_Unit%d\nVAR_INPUT\n\tnIn : INT;\nEND_VAR\nVAR_OUTPUT\n\tnOut : INT;\nEND_VAR\nVAR\n\tstData : ST_Data%d;\n", i, int(i / 10) * 10 > f
      if (i % 10 != 1) printf "\tfbPrev : FB_Unit%d;\n", i - 1 > f
      printf "END_VAR\nstData.nValue := nIn;\n" > f
      if (i % 10 != 1) printf "fbPrev(nIn := nIn + 1);\nnOut := fbPrev.nOut + stData.nValue;\n" > f
      else printf "nOut := stData.nValue + DINT_TO_INT(nCycle);\n" > f
      printf "END_FUNCTION_BLOCK\n" > f
      close(f)
    }
  }'
  cat > "$dir/POUs/main/MAIN.st" <<'ST'
PROGRAM MAIN
VAR
	fbFirst : FB_Unit5003;
	fbLast : FB_Unit9995;
	stSample : ST_Data70;
	nSum : INT;
END_VAR
nCycle := nCycle + 1;
fbFirst(nIn := stSample.nValue);
fbLast(nIn := fbFirst.nOut);
nSum := fbFirst.nOut + fbLast.nOut;
IF bRun THEN
	
END_IF
bLamp := nSum > 10;
END_PROGRAM
ST
}

# hf NAME HYPERFINE-ARGS...: runs hyperfine quietly (exit codes ignored: linters exit 1 on
# findings) and prints its rows as "name  mean ± sd ms".
hf() {
  local name=$1; shift
  hyperfine -i --style none --export-csv "$work/$name.csv" "$@" >/dev/null 2>"$work/$name.err" || { cat "$work/$name.err"; return 0; }
  awk -F, 'NR > 1 { printf "  %-44s %8.1f ± %5.1f ms\n", $1, $2 * 1000, $3 * 1000 }' "$work/$name.csv"
}

# mean CSV NAME: the mean of a row, in seconds ("" when absent).
mean() { awk -F, -v n="$2" '$1 == n { print $2 }' "$work/$1.csv" 2>/dev/null; }

# ratio CSV A B [CSV2]: mean of row B (of CSV2 if given) / mean of row A.
ratio() {
  awk -v x="$(mean "$1" "$2")" -v y="$(mean "${4:-$1}" "$3")" 'BEGIN { if (x > 0 && y > 0) printf "%.1f", y / x; else printf "n/a" }'
}

echo
echo "== whole processes side by side (hyperfine; exit codes ignored)"
if ! command -v hyperfine >/dev/null; then
  echo "hyperfine not installed (apt-get install hyperfine): skipped"
  exit 0
fi
# Both binaries are measured as copies: a file Go's linker has just written keeps its pages
# in the page cache in large pieces, which the kernel maps whole into every process that
# faults one of them (5 MB more resident at `gantry version`), until the file is copied or
# its pages are evicted; an installed binary is in neither state.
go build -o "$work/gantry.linked" ./cmd/gantry
cp "$work/gantry.linked" "$work/gantry"
G="$work/gantry"
if [ -n "${GANTRY_BENCH_BASELINE:-}" ]; then
  cp "$GANTRY_BENCH_BASELINE" "$work/gantry-baseline"
  GANTRY_BENCH_BASELINE="$work/gantry-baseline"
fi
export GANTRY_INDEX_DIR="$work/index"
have() { command -v "$1" >/dev/null; }

echo "Process start (no file read):"
hf startup -N --warmup 3 --runs 30 -n "gantry version" "$G version"
if [ -x /usr/bin/time ]; then
  # Why the binaries are copies (above): the one the linker wrote against its copy.
  for b in gantry.linked gantry; do
    /usr/bin/time -o "$work/start.time" -f "%M" "$work/$b" version >/dev/null 2>&1 || true
    printf "  peak resident memory of gantry version, %-14s %6s KB\n" "$b:" "$(tail -1 "$work/start.time")"
  done
fi

# RTL: the corpus files verilator lints without an error (the others stop it early), in a
# folder of their own with a gantry.toml, as a project checked in CI.
mkdir -p "$work/rtl" && : > "$work/rtl/gantry.toml"
rtl=""
for f in testdata/rtl/corpus/*.sv testdata/rtl/corpus/*.v; do
  if ! have verilator || verilator --lint-only -Wno-fatal "$f" >/dev/null 2>&1; then
    cp "$f" "$work/rtl/" && rtl="$rtl $work/rtl/$(basename "$f")"
  fi
done
n=$(echo $rtl | wc -w)
echo "RTL, $n files of testdata/rtl/corpus, per file (one process per file, as CI scripts run linters):"
cmds=(-n "gantry check FILE" "for f in $rtl; do $G check \$f >/dev/null; done")
have verilator && cmds+=(-n "verilator --lint-only FILE" "for f in $rtl; do verilator --lint-only -Wno-fatal \$f >/dev/null 2>&1; done")
have iverilog && cmds+=(-n "iverilog -g2012 -t null FILE" "for f in $rtl; do iverilog -g2012 -t null \$f >/dev/null 2>&1; done")
hf rtl_file --warmup 1 --runs 5 "${cmds[@]}"
# The same files each alone in a project: what a check costs without the rest of the
# project (the Verilog pack parses every RTL file of the project for each check).
solo=""
for f in $rtl; do
  d="$work/solo/$(basename "$f" | tr . _)" && mkdir -p "$d" && : > "$d/gantry.toml" && cp "$f" "$d/" && solo="$solo $d/$(basename "$f")"
done
echo "RTL, the same files each alone in a project of its own, per file:"
hf rtl_solo --warmup 1 --runs 5 -n "gantry check FILE (alone)" "for f in $solo; do $G check \$f >/dev/null; done"
echo "RTL, the same files as one folder / one invocation:"
cmds=(-n "gantry check DIR" "$G check $work/rtl")
have verilator && cmds+=(-n "verilator --lint-only FILES" "verilator --lint-only -Wno-fatal $rtl")
have iverilog && cmds+=(-n "iverilog -g2012 -t null FILES" "iverilog -g2012 -t null $rtl")
hf rtl_dir -N --warmup 1 --runs 10 "${cmds[@]}"

# G-code: the LinuxCNC programs of the corpus (rs274 stops at its first error, so it does
# less work on the ones it rejects) and a generated 100,000-line CAM program it runs through.
mkdir -p "$work/gcode" && : > "$work/gcode/gantry.toml"
cp testdata/gcode/corpus/*.ngc "$work/gcode/"
ngc=$(ls "$work"/gcode/*.ngc | tr '\n' ' ')
echo "G-code, $(echo $ngc | wc -w) LinuxCNC programs of testdata/gcode/corpus, per file:"
cmds=(-n "gantry check FILE" "for f in $ngc; do $G check \$f >/dev/null; done")
have rs274 && cmds+=(-n "rs274 -g FILE" "for f in $ngc; do rs274 -g \$f /dev/null </dev/null >/dev/null 2>&1; done")
hf gcode_file --warmup 1 --runs 10 "${cmds[@]}"
echo "G-code, the folder (rs274 has no folder mode: its loop again):"
cmds=(-n "gantry check DIR" "$G check $work/gcode")
hf gcode_dir -N --warmup 1 --runs 10 "${cmds[@]}"
GANTRY_BENCH_WRITE=1 GANTRY_BENCH_LINES=100000 go test ./codegen/gcode -run TestWriteBenchInput >/dev/null
mkdir -p "$work/cam" && mv testdata/gcode/bench/cam_100000.ngc "$work/cam/" && : > "$work/cam/gantry.toml"
echo "G-code, one generated CAM program of 100,000 lines ($(du -k "$work/cam/cam_100000.ngc" | cut -f1) KB):"
cmds=(-n "gantry check cam.ngc" "$G check $work/cam/cam_100000.ngc")
have rs274 && cmds+=(-n "rs274 -g cam.ngc" "rs274 -g $work/cam/cam_100000.ngc /dev/null")
hf gcode_cam -N --warmup 1 --runs 5 "${cmds[@]}"

# ST: one file in a 10,000-file project (index on disk, warm) vs the same file alone.
echo "ST: gantry check MAIN.st in a generated 10,000-file project vs the file alone:"
gen_st_project "$work/big" 10000
mkdir -p "$work/alone" && cp "$work/big/gantry.toml" "$work/big/POUs/main/MAIN.st" "$work/alone/"
# The same 10,000 files in one folder of a git repository, without a gantry.toml: the
# project root is found by looking through that folder for project files. Made here, so it
# stands unchanged for some seconds before it is timed, as a user's folder does (a folder
# changed within the last two seconds is listed again every time).
mkdir -p "$work/flat/src" && git -C "$work/flat" init -q
find "$work/big" -name '*.st' -exec cp -t "$work/flat/src" {} +
hf st_cold -N --runs 3 --prepare "rm -rf $work/index" -n "first check (index built)" "$G check $work/big/POUs/main/MAIN.st"
hf st_check -N --warmup 2 --runs 20 -n "in the project" "$G check $work/big/POUs/main/MAIN.st" -n "alone" "$G check $work/alone/MAIN.st"
echo "ST: gantry check MAIN.st in one folder of 10,000 files (a git repository, no gantry.toml) vs the file alone:"
# A user's folder stands unchanged for longer than the two seconds within which a changed
# folder is listed every time; on a fast machine the runs above take less than that, and
# the timed runs below were all made inside the window (17 against 10 ms a check).
sleep 3
"$G" check "$work/flat/src/MAIN.st" >/dev/null 2>&1 || true # the index and the folder's listing, made once
hf st_flat -N --warmup 2 --runs 20 -n "in the folder" "$G check $work/flat/src/MAIN.st" -n "alone" "$G check $work/alone/MAIN.st"
echo "ST: gantry complete (embedded backend) inside the IF of MAIN.st:"
hf st_complete -N --warmup 2 --runs 20 -n "complete in the project" "$G complete --backend embedded --file $work/big/POUs/main/MAIN.st --line 13 --col 2" \
  -n "complete alone" "$G complete --backend embedded --file $work/alone/MAIN.st --line 13 --col 2"
# Every file of the project, as CI runs it; GANTRY_BENCH_BASELINE=BIN times another gantry
# binary (an older build) on the same project in the same run, with an index of its own.
echo "ST: gantry check DIR, every file of the generated 10,000-file project (index warm):"
cmds=(-n "check the project" "$G check $work/big")
if [ -n "${GANTRY_BENCH_BASELINE:-}" ]; then
  cmds+=(-n "check the project (baseline)" "env GANTRY_INDEX_DIR=$work/index-baseline $GANTRY_BENCH_BASELINE check $work/big")
  env GANTRY_INDEX_DIR="$work/index-baseline" "$GANTRY_BENCH_BASELINE" check "$work/big/POUs/main/MAIN.st" >/dev/null 2>&1 || true
fi
hf st_project -N --warmup 1 --runs 3 "${cmds[@]}"

# RTL: a tree holding copies of one project side by side (a reference flow checked out
# per configuration), each module instantiating the one before it in its own copy. Time and
# peak memory (GNU time's maximum resident set) of checking the whole tree.
gen_rtl_copies() {
  local dir=$1 copies=$2 n=$3
  rm -rf "$dir"; mkdir -p "$dir"
  awk -v dir="$dir" -v copies="$copies" -v n="$n" 'BEGIN {
    for (c = 1; c <= copies; c++) {
      d = sprintf("%s/flow_%d/rtl", dir, c); system("mkdir -p " d)
      for (i = 0; i < n; i++) {
        f = sprintf("%s/stage%d.sv", d, i)
        printf "module stage%d #(parameter int W = 8) (input logic clk, rst_n, input logic [W-1:0] d, output logic [W-1:0] q);\n", i > f
        if (i == 0) printf "  always_ff @(posedge clk or negedge rst_n)\n    if (!rst_n) q <= '\''0;\n    else q <= d;\n", i > f
        else printf "  logic [W-1:0] mid;\n  stage%d #(.W(W)) u_prev (.clk(clk), .rst_n(rst_n), .d(d), .q(mid));\n  always_ff @(posedge clk or negedge rst_n)\n    if (!rst_n) q <= '\''0;\n    else q <= mid ^ d;\n", i - 1 > f
        printf "endmodule\n" > f
        close(f)
      }
    }
  }'
}
gen_rtl_copies "$work/copies" 30 100
echo "RTL: gantry check DIR on 30 copies of a 100-file project side by side ($(du -sk "$work/copies" | cut -f1) KB):"
cmds=(-n "check the copies" "$G check $work/copies")
if [ -n "${GANTRY_BENCH_BASELINE:-}" ]; then
  cmds+=(-n "check the copies (baseline)" "env GANTRY_INDEX_DIR=$work/index-baseline $GANTRY_BENCH_BASELINE check $work/copies")
fi
hf rtl_copies -N --warmup 1 --runs 3 "${cmds[@]}"
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "  peak resident memory, this binary:   %M KB" "$G" check "$work/copies" >/dev/null 2>"$work/copies.mem" || true
  tail -1 "$work/copies.mem"
  if [ -n "${GANTRY_BENCH_BASELINE:-}" ]; then
    env GANTRY_INDEX_DIR="$work/index-baseline" /usr/bin/time -f "  peak resident memory, the baseline:  %M KB" "$GANTRY_BENCH_BASELINE" check "$work/copies" >/dev/null 2>"$work/copies.mem" || true
    tail -1 "$work/copies.mem"
  fi
fi

# project_memory LABEL BIN DIR: the peak resident memory of `BIN check DIR` (GNU time's
# maximum resident set) per byte of the files it checked (the paths its JSON report lists).
project_memory() {
  local label=$1 bin=$2 dir=$3 kb bytes
  /usr/bin/time -o "$work/pm.time" -f "%M %e" "$bin" check --format json "$dir" >"$work/pm.json" 2>/dev/null || true
  read -r kb secs < <(tail -1 "$work/pm.time")
  bytes=$(grep -o '"path": "[^"]*"' "$work/pm.json" | cut -d'"' -f4 | tr '\n' '\0' | xargs -0 -r stat -c %s | awk '{ s += $1 } END { print s + 0 }')
  awk -v l="$label" -v kb="$kb" -v b="$bytes" -v t="$secs" 'BEGIN {
    if (b > 0) printf "  %-46s %6.0f MB peak, %6.1f MB of files checked: %5.1f bytes per byte (one run: %.2f s)\n", l, kb / 1024, b / 1048576, kb * 1024 / b, t }'
}
if [ -x /usr/bin/time ]; then
  echo "Whole projects: peak resident memory of gantry check DIR per byte of the files checked (budget 20x):"
  project_memory "ST, the generated 10,000-file project" "$G" "$work/big"
  project_memory "RTL, the 30 copies" "$G" "$work/copies"
  IFS=: read -r -a dirs <<<"${GANTRY_BENCH_PROJECTS:-}"
  for d in "${dirs[@]}"; do
    [ -d "$d" ] || continue
    project_memory "$(basename "$d")" "$G" "$d"
    if [ -n "${GANTRY_BENCH_BASELINE:-}" ]; then
      GANTRY_INDEX_DIR="$work/index-baseline" project_memory "$(basename "$d") (baseline)" "$GANTRY_BENCH_BASELINE" "$d"
    fi
  done
fi

echo
echo "== whole-process ratios"
printf "RTL per file: gantry faster than verilator --lint-only:   %sx (budget 10x); than iverilog: %sx\n" \
  "$(ratio rtl_file "gantry check FILE" "verilator --lint-only FILE")" "$(ratio rtl_file "gantry check FILE" "iverilog -g2012 -t null FILE")"
printf "RTL per file, each file alone: gantry faster than verilator: %sx\n" \
  "$(ratio rtl_solo "gantry check FILE (alone)" "verilator --lint-only FILE" rtl_file)"
printf "RTL one folder: gantry faster than verilator on the files: %sx; than iverilog: %sx\n" \
  "$(ratio rtl_dir "gantry check DIR" "verilator --lint-only FILES")" "$(ratio rtl_dir "gantry check DIR" "iverilog -g2012 -t null FILES")"
printf "G-code per file: gantry faster than rs274:                 %sx\n" "$(ratio gcode_file "gantry check FILE" "rs274 -g FILE")"
printf "G-code 100,000-line CAM program: gantry faster than rs274: %sx\n" "$(ratio gcode_cam "gantry check cam.ngc" "rs274 -g cam.ngc")"
printf "ST check in a 10,000-file project / alone:                %sx (budget 2x)\n" "$(ratio st_check "alone" "in the project")"
printf "ST check in one 10,000-file folder / alone:               %sx (budget 2x)\n" "$(ratio st_flat "alone" "in the folder")"
awk -F, 'NR == 2 { printf "ST complete in the 10,000-file project:                   %.0f ms (budget 150 ms)\n", $2 * 1000 }' "$work/st_complete.csv"
awk -F, 'NR == 2 { printf "ST check of every file of the 10,000-file project:        %.1f s, %.0f files/s\n", $2, 10000 / $2 }' "$work/st_project.csv"
if [ -n "${GANTRY_BENCH_BASELINE:-}" ]; then
  printf "... the baseline binary / this one:                        %sx\n" "$(ratio st_project "check the project" "check the project (baseline)")"
fi
awk -F, 'NR == 2 { printf "RTL check of 30 copies of a 100-file project:            %.1f s, %.0f files/s\n", $2, 3000 / $2 }' "$work/rtl_copies.csv"
if [ -n "${GANTRY_BENCH_BASELINE:-}" ]; then
  printf "... the baseline binary / this one:                        %sx\n" "$(ratio rtl_copies "check the copies" "check the copies (baseline)")"
fi
