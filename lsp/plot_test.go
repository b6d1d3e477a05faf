package lsp_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/lsp/lsptest"
)

// gantry.plot draws an open G-code document's toolpath over the real server's pipes, and
// with a suggestion previewed: the picture holds the suggested moves (in green) and marks a
// rapid into the stock that the suggestion would add.
func TestPlotCommandDrawsDocumentAndSuggestionPreview(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "gantry.toml"), []byte("[gcode.machine]\ncontroller = \"linuxcnc\"\nsafe_z = 5.0\nstock_top = 0.0\n"), 0o644)
	path := filepath.Join(dir, "part.ngc")
	text := "G21 G90 G17 G54\nS1000 M3\nG0 Z5\nG0 X0 Y0\nG1 Z-1 F200\nG2 X20 Y0 I10 J0 F500\nG0 Z5\n\nM5 M2\n"
	c := lsptest.Start(t, dir)
	var init map[string]any
	if err := c.Call("initialize", map[string]any{"rootUri": "file://" + dir, "capabilities": map[string]any{}}, &init); err != nil {
		t.Fatal(err)
	}
	c.Notify("initialized", map[string]any{})
	uri := "file://" + path
	c.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "gcode", "version": 1, "text": text}})

	var res struct{ SVG, View string }
	if err := c.Call("workspace/executeCommand", map[string]any{"command": "gantry.plot", "arguments": []any{uri}}, &res); err != nil {
		t.Fatal(err)
	}
	if res.View != "xy" || !strings.HasPrefix(res.SVG, "<svg") || !strings.Contains(res.SVG, `class="arc"`) || strings.Contains(res.SVG, `class="finding"`) {
		t.Fatalf("plain plot: view %q, svg %.300s", res.View, res.SVG)
	}
	// The suggestion on the blank line 8 rapids across at Z-1: inside the stock.
	preview := map[string]any{"range": map[string]any{"start": map[string]any{"line": 7, "character": 0}, "end": map[string]any{"line": 7, "character": 0}},
		"text": "G0 Z-1\nG0 X40 Y10"}
	if err := c.Call("workspace/executeCommand", map[string]any{"command": "gantry.plot",
		"arguments": []any{uri, map[string]any{"view": "iso", "preview": preview}}}, &res); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`data-view="iso"`, `class="preview"`, "suggestion on lines 8–9 (green)", `class="finding"`, "gcode/rapid-below-safe-z"} {
		if !strings.Contains(res.SVG, want) {
			t.Errorf("preview plot lacks %s", want)
		}
	}
	// The document itself is unchanged: the preview is never applied.
	if err := c.Call("workspace/executeCommand", map[string]any{"command": "gantry.plot", "arguments": []any{uri}}, &res); err != nil || strings.Contains(res.SVG, `class="preview"`) {
		t.Fatalf("after a preview: %v, preview still drawn: %v", err, strings.Contains(res.SVG, `class="preview"`))
	}
	err := c.Call("workspace/executeCommand", map[string]any{"command": "gantry.plot", "arguments": []any{uri, map[string]any{"view": "top"}}}, &res)
	if err == nil || !strings.Contains(err.Error(), "unknown view") {
		t.Errorf("bad view: %v", err)
	}
}
