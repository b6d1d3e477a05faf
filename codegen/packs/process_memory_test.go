package packs_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/packs"
	"github.com/gantry-dev/gantry/lsp/lsptest"
)

// BenchmarkLargeDocumentsProcess is BenchmarkLargeDocuments as a user meets it: `gantry
// check FILE` as a process of its own, on the same concatenated sample files, reporting
// the process's peak resident memory (Go heap, the tree-sitter trees in C, the runtime
// and the binary) per source byte, whole and above what the same command takes on a
// one-line file of the language, and the part of it that is the process's own memory
// (anonymous pages: heaps and stacks), above the one-line run too: the rest are pages of
// the binary, its parse tables paged in as a file touches more of them, shared with
// every other gantry process and dropped by the kernel when memory is short (Linux only:
// it reads /proc):
//
//	go test -run '^$' -bench LargeDocumentsProcess -benchtime 1x ./codegen/packs
func BenchmarkLargeDocumentsProcess(b *testing.B) {
	bin := lsptest.Binary(b)
	dir := b.TempDir()
	// peakRSS runs gantry check on path and returns its peak resident memory in bytes:
	// the VmHWM of the process's memory, read until it exits (it only grows), and the
	// largest RssAnon read meanwhile (sampled: no high-water mark exists for it). The
	// rusage of a child counts the memory of the process it was cloned from before exec,
	// this benchmark's.
	peakRSS := func(path string) (float64, float64) {
		cmd := exec.Command(bin, "check", "--format", "json", path)
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		status := fmt.Sprintf("/proc/%d/status", cmd.Process.Pid)
		hwm, anon := 0.0, 0.0
		for {
			kb := statusKB(status, "VmHWM", "RssAnon")
			hwm, anon = max(hwm, kb[0]), max(anon, kb[1])
			select {
			case err := <-done:
				if err != nil && cmd.ProcessState.ExitCode() != 1 { // 1: findings
					b.Fatalf("gantry check %s: %v", path, err)
				}
				return hwm * 1024, anon * 1024
			case <-time.After(2 * time.Millisecond):
			}
		}
	}
	for _, p := range packs.Registry().Packs() {
		sizes := []int{256, 1 << 10, 4 << 10, 10 << 10}
		if oneUnit(p, 0) != nil {
			sizes = append(sizes, -1<<10) // one unit of 1 MB
		}
		for _, kb := range sizes {
			name := fmt.Sprintf("%s/%dKB", p.ID(), kb)
			if kb >= 1<<10 {
				name = fmt.Sprintf("%s/%dMB", p.ID(), kb>>10)
			}
			if kb < 0 {
				name = fmt.Sprintf("%s/%dMB-one-unit", p.ID(), -kb>>10)
			}
			b.Run(name, func(b *testing.B) {
				rel, text := "", []byte(nil)
				if kb < 0 {
					rel, text = "big"+filepath.Ext(realFiles(b, p)[0]), oneUnit(p, -kb<<10)
				} else {
					rel, text = bigFile(b, p, kb<<10)
				}
				// Each file in a folder of its own: a check reads its folder's other files.
				path := filepath.Join(dir, name, "big", rel)
				small := filepath.Join(dir, name, "small", "small"+filepath.Ext(rel))
				for file, data := range map[string][]byte{path: text, small: text[:bytesIndexLine(text)]} {
					if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
						b.Fatal(err)
					}
					if err := os.WriteFile(file, data, 0o644); err != nil {
						b.Fatal(err)
					}
				}
				base, baseAnon := peakRSS(small)
				peak, anon := 0.0, 0.0
				for i := 0; i < b.N; i++ {
					p, a := peakRSS(path)
					peak, anon = max(peak, p), max(anon, a)
				}
				b.ReportMetric(peak/(1<<20), "peak-rss-MB")
				b.ReportMetric(peak/float64(len(text)), "rss-bytes/byte")
				b.ReportMetric((peak-base)/float64(len(text)), "rss-above-start-bytes/byte")
				b.ReportMetric((anon-baseAnon)/float64(len(text)), "anon-above-start-bytes/byte")
			})
		}
	}
}

// oneUnit is one ST function block or one Verilog module of about size bytes, nil for a
// language of no such units: the samples bigFile concatenates are many small units, which a
// file of 1 MB or more is checked one at a time by, while generated code and vendors'
// simulation models hold one unit of a megabyte (Xilinx's CMACE4.v, 10,867 lines).
func oneUnit(p codegen.Pack, size int) []byte {
	var b strings.Builder
	switch p.ID() {
	case "rtl":
		b.WriteString("module big_pipe (\n  input  logic        clk,\n  input  logic        rst_n,\n  input  logic [31:0] din,\n  output logic [31:0] dout\n);\n")
		b.WriteString("  logic [31:0] r0;\n  assign r0 = din;\n")
		i := 1
		for ; b.Len() < size; i++ {
			fmt.Fprintf(&b, "  logic [31:0] r%d;\n  always_ff @(posedge clk or negedge rst_n)\n    if (!rst_n) r%d <= '0;\n    else if (r%d[%d]) r%d <= {r%d[15:0], r%d[31:16]} ^ 32'd%d;\n    else r%d <= r%d + r%d;\n",
				i, i, i-1, i%32, i, i-1, i-1, i*7919%65536, i, i-1, max(i-2, 0))
		}
		fmt.Fprintf(&b, "  assign dout = r%d;\nendmodule\n", i-1)
	case "st":
		var decl, body strings.Builder
		for i := 0; decl.Len()+body.Len() < size; i++ {
			fmt.Fprintf(&decl, "    nStage%d : DINT; (* stage %d of the pipeline *)\n", i, i)
			fmt.Fprintf(&body, "IF bEnable AND nStage%d < %d THEN\n    nStage%d := nStage%d + nIn * %d;\nELSE\n    nStage%d := nStage%d / 2;\nEND_IF;\n",
				max(i-1, 0), i*37%1000, i, max(i-1, 0), i%9+1, i, i)
		}
		fmt.Fprintf(&b, "FUNCTION_BLOCK FB_BigPipe\nVAR_INPUT\n    bEnable : BOOL;\n    nIn : DINT;\nEND_VAR\nVAR_OUTPUT\n    nOut : DINT;\nEND_VAR\nVAR\n%sEND_VAR\n%snOut := nStage0;\nEND_FUNCTION_BLOCK\n", decl.String(), body.String())
	default:
		return nil
	}
	return []byte(b.String())
}

// statusKB reads fields (in KB) from a /proc/<pid>/status file, in the order asked (0 for
// a field missing, or when the process is gone).
func statusKB(status string, fields ...string) []float64 {
	out := make([]float64, len(fields))
	data, err := os.ReadFile(status)
	if err != nil {
		return out
	}
	for _, line := range strings.Split(string(data), "\n") {
		for i, f := range fields {
			if rest, ok := strings.CutPrefix(line, f+":"); ok {
				out[i], _ = strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 64)
			}
		}
	}
	return out
}

// bytesIndexLine is the length of text's first line, its newline included.
func bytesIndexLine(text []byte) int {
	for i, c := range text {
		if c == '\n' {
			return i + 1
		}
	}
	return len(text)
}
