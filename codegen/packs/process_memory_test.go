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
		for _, kb := range []int{256, 1 << 10, 4 << 10, 10 << 10} {
			name := fmt.Sprintf("%s/%dKB", p.ID(), kb)
			if kb >= 1<<10 {
				name = fmt.Sprintf("%s/%dMB", p.ID(), kb>>10)
			}
			b.Run(name, func(b *testing.B) {
				rel, text := bigFile(b, p, kb<<10)
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
