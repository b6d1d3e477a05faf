package rtl

import (
	"context"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/syntax"
	rtlgrammar "github.com/gantry-dev/gantry/grammars/rtl"
)

// corpusTexts returns the benchmark inputs: the project's designs and corpus, plus the
// VerilogEval and RTLLM reference solutions when GANTRY_RTL_CORPUS names a directory of
// fetched benchmarks (see TestRealDesigns).
func corpusTexts(b *testing.B) ([]string, [][]byte, int) {
	paths := designFiles(b)
	if root := os.Getenv("GANTRY_RTL_CORPUS"); root != "" {
		cs := findCorpus(root)
		paths = append(append(paths, cs.veval...), cs.rtllm...)
	}
	var texts [][]byte
	total := 0
	for _, p := range paths {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, t)
		total += len(t)
	}
	return paths, texts, total
}

// BenchmarkParse measures the grammar's parse rate over the corpus (bytes/s).
func BenchmarkParse(b *testing.B) {
	_, texts, total := corpusTexts(b)
	b.SetBytes(int64(total))
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			if _, err := syntax.Parse(context.Background(), rtlgrammar.Language(), t); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkCheck measures parse plus rules, what `gantry check` does per file, with a
// fresh pack (cold caches) per iteration.
func BenchmarkCheck(b *testing.B) {
	paths, texts, total := corpusTexts(b)
	b.SetBytes(int64(total))
	for i := 0; i < b.N; i++ {
		pack := New()
		for j, t := range texts {
			f, _ := syntax.Parse(context.Background(), rtlgrammar.Language(), t)
			pack.Check(context.Background(), codegen.CheckRequest{Path: paths[j], File: f, Config: config.Default()})
		}
	}
}

// BenchmarkCheckWarm measures the rules alone on parsed files with warm caches (the
// gate's before/after checks on an unchanged module).
func BenchmarkCheckWarm(b *testing.B) {
	paths, texts, total := corpusTexts(b)
	var files []*syntax.File
	for _, t := range texts {
		f, _ := syntax.Parse(context.Background(), rtlgrammar.Language(), t)
		files = append(files, f)
	}
	pack := New()
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, f := range files {
			pack.Check(context.Background(), codegen.CheckRequest{Path: paths[j], File: f, Config: config.Default()})
		}
	}
}

// BenchmarkVerilatorComparison runs `verilator --lint-only -Wno-fatal` per file over the
// corpus, as CI scripts do, and our parse+check of the same files, and reports how many
// times faster we are (x_faster).
func BenchmarkVerilatorComparison(b *testing.B) {
	bin, err := exec.LookPath("verilator")
	if err != nil {
		b.Skip("verilator not on PATH")
	}
	paths, texts, total := corpusTexts(b)
	var vt, gt time.Duration
	for i := 0; i < b.N; i++ {
		start := time.Now()
		for _, p := range paths {
			cmd := exec.Command(bin, "--lint-only", "-Wno-fatal", p)
			_ = cmd.Run() // findings make it exit non-zero on some versions; the time is what counts
		}
		vt += time.Since(start)
		start = time.Now()
		pack := New()
		for j, t := range texts {
			f, _ := syntax.Parse(context.Background(), rtlgrammar.Language(), t)
			pack.Check(context.Background(), codegen.CheckRequest{Path: paths[j], File: f, Config: config.Default()})
		}
		gt += time.Since(start)
	}
	b.ReportMetric(float64(vt)/float64(b.N)/1e6, "verilator_ms/op")
	b.ReportMetric(float64(gt)/float64(b.N)/1e6, "gantry_ms/op")
	b.ReportMetric(float64(total)*float64(b.N)/vt.Seconds()/1e6, "verilator_MB/s")
	b.ReportMetric(float64(total)*float64(b.N)/gt.Seconds()/1e6, "gantry_MB/s")
	b.ReportMetric(float64(vt)/float64(gt), "x_faster")
	b.Logf("%d files, %d bytes: gantry parse+check %.1f ms, verilator --lint-only per file %.0f ms, %.0fx faster",
		len(paths), total, float64(gt)/float64(b.N)/1e6, float64(vt)/float64(b.N)/1e6, float64(vt)/float64(gt))
}
