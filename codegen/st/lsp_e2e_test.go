package st_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/lsp/lsptest"
)

type lspPos struct {
	Line      int `json:"line"`
	Character int `json:"character"`
}

type lspRange struct {
	Start lspPos `json:"start"`
	End   lspPos `json:"end"`
}

type lspLocation struct {
	URI   string   `json:"uri"`
	Range lspRange `json:"range"`
}

type lspSymbol struct {
	Name     string      `json:"name"`
	Kind     int         `json:"kind"`
	Children []lspSymbol `json:"children"`
}

// posOf returns the LSP position of the n-th occurrence of needle (ASCII fixtures).
func posOf(t *testing.T, text, needle string, n int) lspPos {
	t.Helper()
	off := -1
	for i, from := 0, 0; i <= n; i++ {
		j := strings.Index(text[from:], needle)
		if j < 0 {
			t.Fatalf("%q not found", needle)
		}
		off = from + j
		from = off + 1
	}
	line := strings.Count(text[:off], "\n")
	return lspPos{Line: line, Character: off - (strings.LastIndexByte(text[:off], '\n') + 1)}
}

// TestLSPNavigation drives the real binary: hover, definition, references and document
// symbols on a four-file ST workspace.
func TestLSPNavigation(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the gantry binary")
	}
	dir := t.TempDir()
	srcs, _ := filepath.Glob("testdata/nav/*.st")
	texts := map[string]string{}
	for _, s := range srcs {
		b, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		texts[filepath.Base(s)] = string(b)
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(s)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c := lsptest.Start(t, dir)
	var init map[string]any
	if err := c.Call("initialize", map[string]any{"processId": os.Getpid(), "rootUri": "file://" + dir, "capabilities": map[string]any{}}, &init); err != nil {
		t.Fatal(err)
	}
	c.Notify("initialized", map[string]any{})
	uri := func(name string) string { return "file://" + filepath.Join(dir, name) }
	open := func(name string) {
		c.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
			"uri": uri(name), "languageId": "structured-text", "version": 1, "text": texts[name]}})
	}
	open("main.st")
	open("fb_station.st")
	at := func(name, needle string, n int) map[string]any {
		return map[string]any{"textDocument": map[string]any{"uri": uri(name)}, "position": posOf(t, texts[name], needle, n)}
	}

	// Hover on a global from another file.
	var hover struct {
		Contents struct {
			Kind  string `json:"kind"`
			Value string `json:"value"`
		} `json:"contents"`
	}
	if err := c.Call("textDocument/hover", at("main.st", "bEStop", 0), &hover); err != nil {
		t.Fatal(err)
	}
	if hover.Contents.Kind != "markdown" || !strings.Contains(hover.Contents.Value, "bEStop AT %IX0.0 : BOOL;") ||
		!strings.Contains(hover.Contents.Value, "emergency stop") {
		t.Errorf("hover: %+v", hover.Contents)
	}
	// Hover on an FB instance shows the block's interface.
	if err := c.Call("textDocument/hover", at("main.st", "fbStation(", 0), &hover); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(hover.Contents.Value, "FUNCTION_BLOCK FB_Station") || !strings.Contains(hover.Contents.Value, "bStart : BOOL;") {
		t.Errorf("hover on instance: %s", hover.Contents.Value)
	}

	// Definition in another file.
	var defs []lspLocation
	if err := c.Call("textDocument/definition", at("main.st", "bBusy", 0), &defs); err != nil {
		t.Fatal(err)
	}
	if len(defs) != 1 || defs[0].URI != uri("fb_station.st") || defs[0].Range.Start != (lspPos{6, 4}) {
		t.Errorf("definition: %+v", defs)
	}

	// References across files, declaration included.
	var refs []lspLocation
	if err := c.Call("textDocument/references", map[string]any{
		"textDocument": map[string]any{"uri": uri("main.st")}, "position": posOf(t, texts["main.st"], "bEStop", 0),
		"context": map[string]any{"includeDeclaration": true},
	}, &refs); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range refs {
		got = append(got, filepath.Base(r.URI))
	}
	sort.Strings(got)
	if strings.Join(got, ",") != "fb_station.st,gvl.st,main.st" {
		t.Errorf("references: %+v", refs)
	}

	// Document symbols: the function block with its method.
	var syms []lspSymbol
	if err := c.Call("textDocument/documentSymbol", map[string]any{"textDocument": map[string]any{"uri": uri("fb_station.st")}}, &syms); err != nil {
		t.Fatal(err)
	}
	if len(syms) != 1 || syms[0].Name != "FB_Station" || syms[0].Kind != 5 || len(syms[0].Children) != 1 ||
		syms[0].Children[0].Name != "Reset" || syms[0].Children[0].Kind != 6 {
		t.Errorf("symbols: %+v", syms)
	}
}
