package lsp_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/lsp/lsptest"
)

// BenchmarkServerProjectMemory opens files of a project tree of one's own in `gantry lsp`
// as a process, one after another as an editor would, waits for each one's diagnostics,
// and reports the server's peak and final resident memory (Linux: it reads /proc):
//
//	GANTRY_BENCH_SERVER_ROOT=DIR GANTRY_BENCH_SERVER_FILES=rel/a.v,rel/b.v \
//	  go test -run '^$' -bench ServerProjectMemory -benchtime 1x ./lsp
//
// Checking a top module takes in the files of every module below it: what the server keeps
// of them is what this measures.
func BenchmarkServerProjectMemory(b *testing.B) {
	root, list := os.Getenv("GANTRY_BENCH_SERVER_ROOT"), os.Getenv("GANTRY_BENCH_SERVER_FILES")
	if root == "" || list == "" {
		b.Skip("GANTRY_BENCH_SERVER_ROOT and GANTRY_BENCH_SERVER_FILES name the project and the files to open")
	}
	for i := 0; i < b.N; i++ {
		c := lsptest.Start(b, root)
		if err := c.Call("initialize", map[string]any{"rootUri": "file://" + root, "capabilities": map[string]any{},
			"initializationOptions": map[string]any{"backend": "embedded"}}, nil); err != nil {
			b.Fatal(err)
		}
		c.Notify("initialized", map[string]any{})
		seen := 0
		for _, rel := range strings.Split(list, ",") {
			path := filepath.Join(root, rel)
			text, err := os.ReadFile(path)
			if err != nil {
				b.Fatal(err)
			}
			c.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": "file://" + path, "languageId": "", "version": 1, "text": string(text)}})
			_, seen = c.Wait("textDocument/publishDiagnostics", seen, 5*time.Minute, nil)
		}
		status := fmt.Sprintf("/proc/%d/status", c.Pid())
		b.ReportMetric(procStatusMB(status, "VmHWM"), "peak-rss-MB")
		b.ReportMetric(procStatusMB(status, "RssAnon"), "anon-MB")
	}
}

// procStatusMB reads a field of a /proc/<pid>/status file in MB (0 when absent).
func procStatusMB(status, field string) float64 {
	data, err := os.ReadFile(status)
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 64)
			return kb / 1024
		}
	}
	return 0
}
