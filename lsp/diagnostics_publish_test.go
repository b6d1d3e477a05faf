package lsp_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen/gcode/camgen"
	"github.com/gantry-dev/gantry/lsp/lsptest"
)

// Diagnostics go out only when they changed: an edit that leaves the findings as they were
// publishes nothing, counted over the pipes of the real binary; an edit that changes them
// publishes once for its version.
func TestUnchangedFindingsAreNotPublishedAgain(t *testing.T) {
	broken := strings.Replace(mainST, "(* Größe *) ", "(* Größe *) bStart := TRUE; ", 1)
	c, dir, _ := startWith(t, map[string]string{"main.st": broken}, map[string]any{
		"initializationOptions": map[string]any{"backend": "embedded", "completion": map[string]any{"debounce_ms": 0}},
	})
	uri := openDoc(c, dir, "main.st", "structured-text", broken)
	raw, _ := c.Wait("textDocument/publishDiagnostics", 0, 10*time.Second, nil)
	if hasRule(diagnosticsOf(raw), "st/write-to-input") == nil {
		t.Fatalf("first publication lacks the finding: %s", raw)
	}
	change := func(version int, line, char uint32, text string) {
		pos := protocol.Position{Line: line, Character: char}
		c.Notify("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": uri, "version": version},
			"contentChanges": []map[string]any{{"range": protocol.Range{Start: pos, End: pos}, "text": text}},
		})
	}
	// Versions 2 and 3 type into the comment on line 3: no finding moves or changes.
	change(2, 2, 27, "x")
	time.Sleep(400 * time.Millisecond)
	change(3, 2, 28, "y")
	time.Sleep(700 * time.Millisecond)
	// Version 4 declares a variable nobody uses: a new finding, published once.
	change(4, 6, 17, " nSpare : INT;")
	_, _ = c.Wait("textDocument/publishDiagnostics", 0, 10*time.Second, func(r json.RawMessage) bool {
		return diagnosticsOf(r).Version == 4
	})
	time.Sleep(300 * time.Millisecond)
	versions := map[uint32]int{}
	notes := c.Notes("textDocument/publishDiagnostics")
	for _, n := range notes {
		versions[diagnosticsOf(n).Version]++
	}
	if len(notes) != 2 || versions[1] != 1 || versions[4] != 1 {
		t.Errorf("published %d times by version %v, want once for version 1 and once for 4", len(notes), versions)
	}
	last := diagnosticsOf(notes[len(notes)-1])
	if hasRule(last, "st/write-to-input") == nil || len(last.Diagnostics) <= len(diagnosticsOf(notes[0]).Diagnostics) {
		t.Errorf("version 4 findings: %+v", last.Diagnostics)
	}
}

// BenchmarkLargeGCodeKeystrokeChangingFindings is BenchmarkLargeGCodeKeystroke with
// keystrokes whose findings change (an edit that changes none publishes nothing, so there
// is nothing to wait for): each pair of iterations breaks a line ("[" for its first
// character, an unclosed expression) and types the character back; it measures didChange
// to the diagnostics of that version (after ten keystrokes timed apart, the first after
// opening), and the heap with the document open. The server runs in the benchmark's
// process, over pipes.
func BenchmarkLargeGCodeKeystrokeChangingFindings(b *testing.B) {
	text := camgen.Program(largeBenchLines())
	t0 := time.Now()
	s := openLarge(b, text)
	s.w.wait(b, 1)
	open := time.Since(t0)
	var ru0, ru1 syscall.Rusage
	largeKeystrokes(b, text, func(version, line int, ch string) { s.edit(b, version, line, ch) },
		func() { syscall.Getrusage(0, &ru0) }, func() { syscall.Getrusage(0, &ru1) })
	// Two collections: the first only moves sync.Pool contents aside (encoding/json keeps
	// its last encoding buffer, the size of the opened document, in one), the second frees
	// them; with keystrokes that allocate little, no collection ran in between.
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(open.Seconds(), "open-to-diagnostics-s")
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MB")
	// Page faults per keystroke: on this project's virtual machine each costs microseconds,
	// and a fresh copy of a 21 MB text can take hundreds.
	b.ReportMetric(float64(ru1.Minflt-ru0.Minflt)/float64(b.N), "minflt/op")
}

// BenchmarkLargeGCodeKeystrokeProcess is the same keystrokes typed into `gantry lsp` as an
// editor starts it, a process of its own: didChange written to its stdin, timed to the
// diagnostics of that version read from its stdout (diagnostics without a debounce).
func BenchmarkLargeGCodeKeystrokeProcess(b *testing.B) {
	text := camgen.Program(largeBenchLines())
	c := lsptest.Start(b, b.TempDir())
	if err := c.Call("initialize", map[string]any{"capabilities": map[string]any{},
		"initializationOptions": map[string]any{"backend": "embedded", "completion": map[string]any{"debounce_ms": 0}}}, nil); err != nil {
		b.Fatal(err)
	}
	c.Notify("initialized", map[string]any{})
	uri := "file:///bench/cam.ngc"
	t0 := time.Now()
	c.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "gcode", "version": 1, "text": string(text)}})
	seen := 0
	// The version is read from either end of each list, where the server writes it:
	// decoding hundreds of diagnostics per keystroke would time the benchmark's client.
	wait := func(version int) {
		v := fmt.Sprintf(`"version":%d`, version)
		_, seen = c.Wait("textDocument/publishDiagnostics", seen, time.Minute, func(r json.RawMessage) bool {
			head, tail := r[:min(len(r), 200)], r[max(0, len(r)-40):]
			return bytes.Contains(head, []byte(v+",")) || bytes.HasSuffix(bytes.TrimSpace(tail), []byte(v+"}"))
		})
	}
	wait(1)
	open := time.Since(t0)
	largeKeystrokes(b, text, func(version, line int, ch string) {
		r := protocol.Range{Start: protocol.Position{Line: uint32(line)}, End: protocol.Position{Line: uint32(line), Character: 1}}
		c.Notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": version},
			"contentChanges": []map[string]any{{"range": r, "text": ch}}})
		wait(version)
	}, func() {}, func() {})
	b.ReportMetric(open.Seconds(), "open-to-diagnostics-s")
}

// largeBenchLines is the benchmark document's length: GANTRY_BENCH_LINES, else 100,000.
func largeBenchLines() int {
	if v, err := strconv.Atoi(os.Getenv("GANTRY_BENCH_LINES")); err == nil && v > 0 {
		return v
	}
	return 100000
}

// largeKeystrokes types into text's straight moves through edit, which returns when the
// version's diagnostics arrived: ten keystrokes right after opening, timed apart (their
// mean and the slowest), then b.N timed by the benchmark, between start and stop.
func largeKeystrokes(b *testing.B, text []byte, edit func(version, line int, ch string), start, stop func()) {
	all := strings.Split(string(text), "\n")
	var moves []int // lines of straight moves: "[1 X…" breaks each of them
	for i, l := range all {
		if strings.HasPrefix(l, "G1 ") {
			moves = append(moves, i)
		}
	}
	keystroke := func(i, version int) {
		ch := "G"
		if i%2 == 0 {
			ch = "["
		}
		edit(version, moves[(i/2*7919)%len(moves)], ch)
	}
	// The first keystrokes after opening still share the machine with the opening's
	// garbage: they are timed apart (first-keystrokes-ms, and the slowest of them), and
	// the rest is the steady state.
	const warm = 10
	var total, slowest time.Duration
	for i := 0; i < warm; i++ {
		t1 := time.Now()
		keystroke(i, i+2)
		d := time.Since(t1)
		total += d
		slowest = max(slowest, d)
	}
	start()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		keystroke(i, warm+i+2)
	}
	b.StopTimer()
	stop()
	if b.N%2 == 1 { // leave the document as it was
		edit(warm+b.N+2, moves[((b.N-1)/2*7919)%len(moves)], "G")
	}
	b.ReportMetric(float64((total/warm).Microseconds())/1000, "first-keystrokes-ms")
	b.ReportMetric(float64(slowest.Microseconds())/1000, "slowest-first-ms")
	b.ReportMetric(float64(len(all)-1), "lines")
}
