package packs_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/packs"
	"github.com/gantry-dev/gantry/codegen/syntax"
	"github.com/gantry-dev/gantry/codegen/syntax/gotree"
)

// Generated pathological inputs: deep nesting, long lines, many unclosed blocks and big
// files. Each must be analysed without a crash or a hang; the benchmark below prints time
// and memory per MB.

type shape struct {
	name, path string
	deep       bool // nests deeper than gotree.MaxDepth: one "not analysed" finding expected
	gen        func(n int) []byte
}

func repeat(head, unit, tail string, n int) []byte {
	var b bytes.Buffer
	b.Grow(len(head) + len(unit)*n + len(tail))
	b.WriteString(head)
	for i := 0; i < n; i++ {
		b.WriteString(unit)
	}
	b.WriteString(tail)
	return b.Bytes()
}

func nest(head, open, mid, close, tail string, n int) []byte {
	return []byte(head + strings.Repeat(open, n) + mid + strings.Repeat(close, n) + tail)
}

var shapes = []shape{
	{"st/deep-sum", "p.st", true, func(n int) []byte {
		return repeat("PROGRAM P\nVAR x : INT; END_VAR\nx := 1", "+1", ";\nEND_PROGRAM\n", n)
	}},
	{"st/nested-parens", "p.st", true, func(n int) []byte {
		return nest("PROGRAM P\nVAR x : INT; END_VAR\nx := ", "(", "1", ")", ";\nEND_PROGRAM\n", n)
	}},
	{"st/unclosed-if", "p.st", false, func(n int) []byte {
		return repeat("PROGRAM P\nVAR x : BOOL; END_VAR\n", "IF x THEN\n", "", n)
	}},
	{"st/constant-condition", "p.st", true, func(n int) []byte {
		return repeat("PROGRAM P\nVAR x : INT; END_VAR\nIF 1", " + 1", " = 3 THEN x := 1; END_IF;\nEND_PROGRAM\n", n)
	}},
	{"st/long-line", "p.st", false, func(n int) []byte {
		return repeat("PROGRAM P\nVAR x : INT; END_VAR\n", "x := x + 1; ", "\nEND_PROGRAM\n", n)
	}},
	{"rtl/nested-parens", "m.v", true, func(n int) []byte {
		return nest("module m(output x);\nassign x = ", "(", "1", ")", ";\nendmodule\n", n)
	}},
	{"rtl/nested-begin", "m.v", true, func(n int) []byte {
		return nest("module m;\nreg r;\nalways @* ", "begin ", "r = 1;", " end", "\nendmodule\n", n)
	}},
	{"rtl/unclosed-begin", "m.v", false, func(n int) []byte {
		return repeat("module m;\nreg r;\nalways @* ", "begin\n", "", n)
	}},
	{"rtl/ifdef", "m.sv", false, func(n int) []byte {
		return repeat("module m;\n", "`ifdef A\n", "endmodule\n", n)
	}},
	{"rtl/deep-sum", "m.v", true, func(n int) []byte {
		return repeat("module m(output [7:0] x);\nassign x = 1", "+1", ";\nendmodule\n", n)
	}},
	{"gcode/unclosed-osub", "p.ngc", false, func(n int) []byte {
		var b bytes.Buffer
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "o%d sub\n", 100+i)
		}
		return b.Bytes()
	}},
	{"gcode/nested-brackets", "p.ngc", false, func(n int) []byte {
		return nest("#1 = ", "[", "1", "]", "\nM2\n", n)
	}},
	{"gcode/long-line", "p.ngc", false, func(n int) []byte {
		return repeat("G21 G90\nG1 F100", " X1 Y2", "\nM2\n", n)
	}},
}

// TestPathologicalInputs runs every shape at a size deep enough to pass the depth bound
// many times over (tens of thousands of levels, a few hundred KB).
func TestPathologicalInputs(t *testing.T) {
	reg := packs.Registry()
	n := 40000
	if testing.Short() {
		n = 5000
	}
	for _, sh := range shapes {
		sh := sh
		t.Run(sh.name, func(t *testing.T) {
			p := reg.ForPath(sh.path)
			text := sh.gen(n)
			exercise(t, p, sh.path, text, len(text)/2, allRulesOn(p))
			f, err := codegen.Parse(context.Background(), p, sh.path, text)
			if err != nil {
				t.Fatal(err)
			}
			res := codegen.Diagnose(context.Background(), p, codegen.CheckRequest{Path: sh.path, File: f, Config: allRulesOn(p)})
			deep := 0
			for _, fd := range res.Findings {
				if strings.Contains(fd.Message, fmt.Sprintf("nesting deeper than %d levels", gotree.MaxDepth)) {
					deep++
				}
			}
			if sh.deep && deep != 1 {
				t.Errorf("%d too-deep findings, want exactly 1", deep)
			}
			if !sh.deep && deep != 0 {
				t.Errorf("%d too-deep findings on a shallow input", deep)
			}
		})
	}
}

// bigFile concatenates the pack's sample files up to size bytes. The samples repeat (there
// are 120 KB of ST), so a unit seen before is read from the unit cache and copied to its new
// offsets, which costs about what reading it afresh would. Only samples that parse without
// a syntax error are taken: a large file users keep is code that builds, and the test data
// holds files broken on purpose (an RTL `case` never closed swallowed the modules after it,
// and the 256 KB Verilog file was 106 syntax errors).
func bigFile(t testing.TB, p codegen.Pack, size int) (string, []byte) {
	var samples [][]byte
	path := ""
	for _, f := range realFiles(t, p) {
		if strings.Contains(f, "project") || strings.HasSuffix(f, ".xml") {
			continue // embedded code in XML does not concatenate
		}
		b, err := os.ReadFile(f)
		if err == nil && parsesClean(p, f, b) {
			samples = append(samples, b)
			if path == "" {
				path = "big" + f[strings.LastIndexByte(f, '.'):]
			}
		}
	}
	var out bytes.Buffer
	for i := 0; out.Len() < size; i++ {
		s := samples[i%len(samples)]
		if p.ID() == "gcode" {
			// one program: the end codes of all but the last copy are comments
			s = bytes.ReplaceAll(bytes.ReplaceAll(s, []byte("M30"), []byte("(M30)")), []byte("M2\n"), []byte("(M2)\n"))
		}
		out.Write(s)
		out.WriteByte('\n')
	}
	return path, out.Bytes()
}

// parsesClean reports whether a sample parses without an error node.
func parsesClean(p codegen.Pack, path string, text []byte) bool {
	f, err := codegen.Parse(context.Background(), p, path, text)
	if err != nil {
		return false
	}
	defer f.Close()
	return f.HasTree() && !f.Root().HasError()
}

// afterTopEdit types a space at the top of f, as an editor would, checks the new version
// and drops f: what the open document keeps then, per source byte. Every unit now stands
// one byte further down than where its cached analysis was made.
func afterTopEdit(b *testing.B, p codegen.Pack, path string, f *syntax.File, cfg *config.Config, base uint64) float64 {
	b.StopTimer()
	defer b.StartTimer()
	edited, err := f.Splice(context.Background(), 0, 0, " ")
	if err != nil {
		b.Fatal(err)
	}
	res := codegen.Diagnose(context.Background(), p, codegen.CheckRequest{Path: path, File: edited, Config: cfg})
	f = nil
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	// The new text is in the heap now; the old one (which base counts) stays only because
	// the benchmark holds it, as an editor would not.
	kept := 0.0
	if m.HeapAlloc > base {
		kept = float64(m.HeapAlloc - base)
	}
	runtime.KeepAlive(edited)
	runtime.KeepAlive(res)
	return kept / float64(len(edited.Bytes()))
}

// BenchmarkLargeDocuments prints time and allocation per MB for 1, 10 and 50 MB of each
// language (GANTRY_BENCH_50MB=1 adds the 50 MB size, which takes minutes):
//
//	go test -run '^$' -bench LargeDocuments -benchtime 1x ./codegen/packs
func BenchmarkLargeDocuments(b *testing.B) {
	// Sizes in KB: 256 KB is a large file kept whole (below WindowedAbove), with its tree.
	sizes := []int{256, 1 << 10, 10 << 10}
	if os.Getenv("GANTRY_BENCH_50MB") != "" {
		sizes = append(sizes, 50<<10)
	}
	for _, p := range packs.Registry().Packs() {
		for _, kb := range sizes {
			p, kb := p, kb
			name := fmt.Sprintf("%s/%dMB", p.ID(), kb>>10)
			if kb < 1<<10 {
				name = fmt.Sprintf("%s/%dKB", p.ID(), kb)
			}
			b.Run(name, func(b *testing.B) {
				path, text := bigFile(b, p, kb<<10)
				cfg := allRulesOn(p)
				runtime.GC()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				start := time.Now()
				peak := uint64(0)
				live := uint64(0)
				var f *syntax.File
				for i := 0; i < b.N; i++ {
					var err error
					f, err = codegen.Parse(context.Background(), p, path, text)
					if err != nil {
						b.Fatal(err)
					}
					res := codegen.Diagnose(context.Background(), p, codegen.CheckRequest{Path: path, File: f, Config: cfg})
					var m runtime.MemStats
					runtime.ReadMemStats(&m)
					if m.HeapInuse > peak {
						peak = m.HeapInuse
					}
					// What stays while the document is open: its snapshot, its findings and
					// whatever the pack keeps for it, once the garbage is collected.
					b.StopTimer()
					runtime.GC()
					runtime.ReadMemStats(&m)
					if m.HeapAlloc > live {
						live = m.HeapAlloc // the objects still reachable
					}
					b.StartTimer()
					runtime.KeepAlive(f)
					runtime.KeepAlive(res)
				}
				el := time.Since(start)
				runtime.ReadMemStats(&after)
				size := float64(len(text)) / (1 << 20)
				b.ReportMetric(el.Seconds()*1000/float64(b.N)/size, "ms/MB")
				b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(len(text)), "alloc-bytes/byte")
				// Heap this document added at its peak, plus its text: what other packs'
				// earlier documents left in their caches is not this one's.
				added := float64(len(text))
				if peak > before.HeapInuse {
					added += float64(peak - before.HeapInuse)
				}
				b.ReportMetric(added/float64(len(text)), "heap-bytes/byte")
				kept := float64(len(text))
				if live > before.HeapAlloc {
					kept += float64(live - before.HeapAlloc)
				}
				b.ReportMetric(kept/float64(len(text)), "live-bytes/byte")
				if f.HasTree() {
					b.ReportMetric(afterTopEdit(b, p, path, f, cfg, before.HeapAlloc), "edited-live-bytes/byte")
				}
			})
		}
	}
}
