package gcode

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// benchLines is 100,000 by default, GANTRY_BENCH_LINES otherwise (1000000 for the
// million-line figures).
func benchLines() int {
	if n, err := strconv.Atoi(os.Getenv("GANTRY_BENCH_LINES")); err == nil && n > 0 {
		return n
	}
	return 100000
}

var benchText = map[int][]byte{}

func benchInput(n int) []byte {
	if t, ok := benchText[n]; ok {
		return t
	}
	t := genCAM(n)
	benchText[n] = t
	return t
}

func machineConfig(tb testing.TB) *config.Config {
	tb.Helper()
	cfg, err := config.Load(filepath.Join("testdata", "rules", "machine", "gantry.toml"))
	if err != nil {
		tb.Fatal(err)
	}
	return cfg
}

func report(b *testing.B, text []byte) {
	lines := bytes.Count(text, []byte("\n"))
	per := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(lines)/per, "lines/s")
	b.SetBytes(int64(len(text)))
}

// BenchmarkParseOnly is the bare grammar: one whole-file parse on one core.
func BenchmarkParseOnly(b *testing.B) {
	text := benchInput(benchLines())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f, err := syntax.Parse(context.Background(), language, text)
		if err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
	report(b, text)
}

// BenchmarkCheck is what `gantry check` does for G-code: syntax errors from parallel chunk
// trees plus every rule, with the machine profile, from a cold cache.
func BenchmarkCheck(b *testing.B) {
	text := benchInput(benchLines())
	cfg := machineConfig(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		errs, res := New().Diagnose(context.Background(), "bench.ngc", text, cfg)
		if len(errs) > 0 || countErrors(res) > 0 {
			b.Fatalf("generated program has %d syntax errors, %d error findings", len(errs), countErrors(res))
		}
	}
	report(b, text)
}

// BenchmarkRulesOnly is the rules alone on an already parsed file (Pack.Check cold).
func BenchmarkRulesOnly(b *testing.B) {
	text := benchInput(benchLines())
	cfg := machineConfig(b)
	f := syntax.TextOnly(language, text)
	f.Lines = linesOf(text)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		New().Check(context.Background(), codegen.CheckRequest{Path: "bench.ngc", File: f, Config: cfg})
	}
	report(b, text)
}

// BenchmarkKeystroke edits one line in the middle of the file and re-checks everything
// (syntax of the touched chunk, rules from the previous checkpoint until the state
// converges), the way the server does: each version is the last one's snapshot with the
// edit applied, checked as a large document. It also reports the heap in use with the
// document cached.
func BenchmarkKeystroke(b *testing.B) {
	n := benchLines()
	if os.Getenv("GANTRY_BENCH_LINES") == "" {
		n = 1000000
	}
	text := benchInput(n)
	cfg := machineConfig(b)
	pk := New()
	f := syntax.TextOnly(language, text)
	req := codegen.CheckRequest{Path: "bench.ngc", File: f, Config: cfg}
	pk.DiagnoseText(context.Background(), req)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	heap := float64(ms.HeapInuse) / (1 << 20)
	// The edit: change a feed move's X in the middle of the file, back and forth.
	mid := len(text) / 2
	at := bytes.Index(text[mid:], []byte("\nG1 X")) + mid + 5
	pos := f.Lines.Position(at)
	r := source.Range{Start: pos, End: source.Position{Line: pos.Line, Character: pos.Character + 1}}
	b.ResetTimer()
	var worst time.Duration
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		next, err := req.File.Apply(context.Background(), source.Change{Range: &r, Text: "13"[i%2 : i%2+1]})
		if err != nil {
			b.Fatal(err)
		}
		req.File = next
		pk.DiagnoseText(context.Background(), req)
		if d := time.Since(t0); d > worst {
			worst = d
		}
	}
	b.ReportMetric(float64(worst.Microseconds())/1000, "worst-ms")
	b.ReportMetric(heap, "heapMB")
}

func countErrors(res codegen.CheckResult) int {
	n := 0
	for _, f := range res.Findings {
		if f.Severity == rules.Error {
			n++
		}
	}
	return n
}

// TestWriteBenchInput writes the generated program to testdata/gcode/bench/cam_<N>.ngc
// (N from GANTRY_BENCH_LINES) for benchmarking `gantry check` from the command line.
// It runs only when GANTRY_BENCH_WRITE is set.
func TestWriteBenchInput(t *testing.T) {
	if os.Getenv("GANTRY_BENCH_WRITE") == "" {
		t.Skip("set GANTRY_BENCH_WRITE=1")
	}
	n := benchLines()
	dir := filepath.Join("..", "..", "testdata", "gcode", "bench")
	path := filepath.Join(dir, "cam_"+strconv.Itoa(n)+".ngc")
	if err := os.WriteFile(path, genCAM(n), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s", path)
}
