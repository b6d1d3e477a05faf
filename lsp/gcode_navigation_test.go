package lsp_test

import (
	"os"
	"path/filepath"
	"testing"

	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/lsp/lsptest"
)

// G-code o<name> subroutines: go to definition from a call lands on the o<name> sub line
// of the subroutine file beside the program, and references list the calls.
func TestGCodeSubroutineDefinitionAndReferences(t *testing.T) {
	dir := t.TempDir()
	main := "G21 G90 G54\no<pocket> call [3]\nG0 X10\no<pocket> call [4]\nM2\n"
	lib := "(pocket.ngc)\no<pocket> sub\n  G1 Z[-#1] F100\no<pocket> endsub\nM2\n"
	for name, text := range map[string]string{"main.ngc": main, "pocket.ngc": lib} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c := lsptest.Start(t, dir)
	var init map[string]any
	if err := c.Call("initialize", map[string]any{"processId": os.Getpid(), "rootUri": "file://" + dir, "capabilities": map[string]any{}}, &init); err != nil {
		t.Fatal(err)
	}
	c.Notify("initialized", map[string]any{})
	uri := protocol.DocumentURI("file://" + filepath.Join(dir, "main.ngc"))
	c.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": "gcode", "version": 1, "text": main}})

	var defs []protocol.Location
	pos := map[string]any{"textDocument": map[string]any{"uri": uri}, "position": protocol.Position{Line: 1, Character: 4}}
	if err := c.Call("textDocument/definition", pos, &defs); err != nil {
		t.Fatal(err)
	}
	libURI := protocol.DocumentURI("file://" + filepath.Join(dir, "pocket.ngc"))
	if len(defs) != 1 || defs[0].URI != libURI || defs[0].Range.Start != (protocol.Position{Line: 1, Character: 1}) {
		t.Fatalf("definition: %+v", defs)
	}
	var refs []protocol.Location
	pos["context"] = map[string]any{"includeDeclaration": true}
	if err := c.Call("textDocument/references", pos, &refs); err != nil {
		t.Fatal(err)
	}
	calls := 0
	for _, r := range refs {
		if r.URI == uri {
			calls++
		}
	}
	if len(refs) != 3 || calls != 2 {
		t.Fatalf("references: %+v", refs)
	}
}
