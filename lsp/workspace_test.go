package lsp_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/lsp/lsptest"
)

// A caller in one workspace folder, the function it calls in another: the server sees both
// folders, follows a rename on disk (didChangeWatchedFiles) and a folder leaving the
// workspace (didChangeWorkspaceFolders).
func TestWorkspaceFoldersAndWatchedFiles(t *testing.T) {
	app, lib := t.TempDir(), t.TempDir()
	mainPath := filepath.Join(app, "main.st")
	libPath := filepath.Join(lib, "scale.st")
	write := func(p, text string) {
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mainText := "PROGRAM Main\nVAR\n\tnOut : INT;\nEND_VAR\nnOut := F_Scale(3);\nEND_PROGRAM\n"
	write(mainPath, mainText)
	write(libPath, "FUNCTION F_Scale : INT\nVAR_INPUT\n\tn : INT;\nEND_VAR\nF_Scale := n * 2;\nEND_FUNCTION\n")

	c := lsptest.Start(t, app)
	folder := func(dir string) map[string]any {
		return map[string]any{"uri": "file://" + dir, "name": filepath.Base(dir)}
	}
	var init struct {
		Capabilities struct {
			Workspace struct {
				WorkspaceFolders struct{ Supported, ChangeNotifications bool }
			}
		}
	}
	if err := c.Call("initialize", map[string]any{
		"processId": os.Getpid(), "capabilities": map[string]any{},
		"workspaceFolders": []any{folder(app), folder(lib)},
	}, &init); err != nil {
		t.Fatal(err)
	}
	if !init.Capabilities.Workspace.WorkspaceFolders.Supported {
		t.Errorf("workspace folders not announced: %+v", init)
	}
	c.Notify("initialized", map[string]any{})
	uri := protocol.DocumentURI("file://" + mainPath)
	c.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": "structured-text", "version": 1, "text": mainText}})

	undeclared := func(raw json.RawMessage) (bool, bool) {
		p := diagnosticsOf(raw)
		if p.URI != uri {
			return false, false
		}
		for _, d := range p.Diagnostics {
			if d.Code == "st/undeclared-identifier" && strings.Contains(d.Message, "F_Scale") {
				return true, true
			}
		}
		return true, false
	}
	// wait returns after the caller's diagnostics show (want) or lack F_Scale undeclared.
	wait := func(from int, want bool) int {
		_, next := c.Wait("textDocument/publishDiagnostics", from, 10*time.Second, func(raw json.RawMessage) bool {
			ours, found := undeclared(raw)
			return ours && found == want
		})
		return next
	}
	next := wait(0, false) // F_Scale comes from the second folder

	// Renamed on disk by another tool: the caller's diagnostics follow.
	write(libPath, "FUNCTION F_Scale2 : INT\nVAR_INPUT\n\tn : INT;\nEND_VAR\nF_Scale2 := n * 2;\nEND_FUNCTION\n")
	c.Notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []any{map[string]any{"uri": "file://" + libPath, "type": 2}}})
	next = wait(next, true) // the rename must show in the caller

	// Renamed back, then the folder leaves the workspace.
	write(libPath, "FUNCTION F_Scale : INT\nVAR_INPUT\n\tn : INT;\nEND_VAR\nF_Scale := n * 2;\nEND_FUNCTION\n")
	c.Notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []any{map[string]any{"uri": "file://" + libPath, "type": 2}}})
	next = wait(next, false) // renamed back
	c.Notify("workspace/didChangeWorkspaceFolders", map[string]any{"event": map[string]any{"added": []any{}, "removed": []any{folder(lib)}}})
	wait(next, true) // without the library folder F_Scale is undeclared
}
