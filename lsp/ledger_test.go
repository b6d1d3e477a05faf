package lsp_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen/provenance"
	"github.com/gantry-dev/gantry/lsp/lsptest"
)

// Accepting a suggestion records where its text sits (line, byte column, length, hash), so
// `gantry check --ai-only` finds it again after edits above it.
func TestAcceptedSuggestionIsRecordedWhereItsTextIs(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "gantry.toml"), []byte("[provenance]\nledger = true\n"), 0o644)
	path := filepath.Join(dir, "main.st")
	inserted := "nZähler := nZähler + 1;"
	// The editor has inserted the suggestion after a comment with umlauts and CJK.
	text := "PROGRAM P\nVAR\n    nZähler : INT;\nEND_VAR\n(* Zähler 计数 *) " + inserted + "\nEND_PROGRAM\n"
	os.WriteFile(path, []byte(text), 0o644)
	c := lsptest.Start(t, dir)
	var init map[string]any
	if err := c.Call("initialize", map[string]any{"rootUri": "file://" + dir, "capabilities": map[string]any{}}, &init); err != nil {
		t.Fatal(err)
	}
	c.Notify("initialized", map[string]any{})
	uri := "file://" + path
	c.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "structured-text", "version": 1, "text": text}})
	// UTF-16 column of the insertion: "(* Zähler 计数 *) " is 16 code units.
	col := len([]rune("(* Zähler 计数 *) "))
	rng := map[string]any{"start": map[string]any{"line": 4, "character": col}, "end": map[string]any{"line": 4, "character": col}}
	var out any
	if err := c.Call("workspace/executeCommand", map[string]any{"command": "gantry.accepted",
		"arguments": []any{map[string]any{"uri": uri, "range": rng, "text": inserted, "model": "fim", "language": "st"}}}, &out); err != nil {
		t.Fatal(err)
	}
	l, err := provenance.FindLedger(dir)
	if err != nil || l == nil || len(l.Entries) != 1 {
		t.Fatalf("ledger %+v, %v", l, err)
	}
	e := l.Entries[0]
	if e.StartLine != 5 || e.Column != len("(* Zähler 计数 *) ") || e.Length != len(inserted) || e.Hash != provenance.Hash(inserted) {
		t.Fatalf("entry %+v", e)
	}
	moved := "(* neu *)\n" + text
	if r := l.Regions(path, []byte(moved)); len(r) != 1 || r[0] != [2]int{6, 6} || !strings.Contains(moved, inserted) {
		t.Fatalf("after a line added above: regions %v", r)
	}
}
