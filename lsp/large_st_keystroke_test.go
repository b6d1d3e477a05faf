package lsp_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/lsp/lsptest"
)

// BenchmarkLargeSTKeystrokeProcess types into a 4 MB Structured Text document (14,000
// POUs: a function block and the program that calls it, again and again) open in `gantry
// lsp` as an editor starts it: each pair of iterations makes a call's argument an
// undeclared name and types it back, timed from didChange to the diagnostics of that
// version. A document this size is kept as text and checked POU by POU; the results of
// the POUs a keystroke leaves alone are kept.
//
//	go test -run '^$' -bench LargeSTKeystrokeProcess -benchtime 20x ./lsp
func BenchmarkLargeSTKeystrokeProcess(b *testing.B) {
	text, calls := cellsProgram(4 << 20)
	c := lsptest.Start(b, b.TempDir())
	if err := c.Call("initialize", map[string]any{"capabilities": map[string]any{},
		"initializationOptions": map[string]any{"backend": "embedded", "completion": map[string]any{"debounce_ms": 0}}}, nil); err != nil {
		b.Fatal(err)
	}
	c.Notify("initialized", map[string]any{})
	uri := "file:///bench/cells.st"
	t0 := time.Now()
	c.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "structured-text", "version": 1, "text": text}})
	seen := 0
	wait := func(version int) {
		v := fmt.Sprintf(`"version":%d`, version)
		_, seen = c.Wait("textDocument/publishDiagnostics", seen, 5*time.Minute, func(r json.RawMessage) bool {
			head, tail := r[:min(len(r), 200)], r[max(0, len(r)-40):]
			return bytes.Contains(head, []byte(v+",")) || bytes.HasSuffix(bytes.TrimSpace(tail), []byte(v+"}"))
		})
	}
	wait(1)
	open := time.Since(t0)
	// "bRun" in the call becomes "bRunX", an undeclared name, and back.
	keystroke := func(i, version int) {
		line := calls[(i/2*7919)%len(calls)]
		at := protocol.Position{Line: uint32(line), Character: uint32(len("fbAxis(bEnable := bRun"))}
		r, newText := protocol.Range{Start: at, End: at}, "X"
		if i%2 == 1 {
			r.End.Character++
			newText = ""
		}
		c.Notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": version},
			"contentChanges": []map[string]any{{"range": r, "text": newText}}})
		wait(version)
	}
	version := 1
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		version++
		keystroke(i, version)
	}
	b.StopTimer()
	b.ReportMetric(open.Seconds(), "open-to-diagnostics-s")
	b.ReportMetric(float64(len(calls)*2), "units")
}

// cellsProgram writes an ST document of about size bytes: cells of a function block and
// the program that calls it, and the lines (0-based) of the calls.
func cellsProgram(size int) (string, []int) {
	var sb strings.Builder
	var calls []int
	line := 0
	write := func(s string) {
		sb.WriteString(s)
		line += strings.Count(s, "\n")
	}
	for i := 0; sb.Len() < size; i++ {
		write(fmt.Sprintf("FUNCTION_BLOCK FB_Axis%d\nVAR_INPUT\n\tbEnable : BOOL;\n\tfTarget : LREAL;\nEND_VAR\n"+
			"VAR_OUTPUT\n\tbDone : BOOL;\nEND_VAR\nVAR\n\tfPos : LREAL;\nEND_VAR\nIF bEnable THEN\n\tfPos := fPos + (fTarget - fPos) * 0.1;\n"+
			"END_IF\nbDone := ABS(fTarget - fPos) < 0.001;\nEND_FUNCTION_BLOCK\n\n", i))
		write(fmt.Sprintf("PROGRAM P_Cell%d\nVAR\n\tfbAxis : FB_Axis%d;\n\tbRun : BOOL;\n\tfSet : LREAL := %d.0;\nEND_VAR\n", i, i, i))
		calls = append(calls, line)
		write("fbAxis(bEnable := bRun, fTarget := fSet);\nIF fbAxis.bDone THEN\n\tbRun := FALSE;\nEND_IF\nEND_PROGRAM\n\n")
	}
	return sb.String(), calls
}
