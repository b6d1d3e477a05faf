package lsp_test

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"

	"go.lsp.dev/protocol"
)

// A document over 1 MB is kept as text and checked POU by POU, each POU's results kept from
// one check to the next. Edited through `gantry lsp` — an argument made an undeclared name,
// a function block's input renamed where it is declared (its body and its caller change),
// lines added at the top (every POU below moves), the first edit undone — its diagnostics,
// pulled after every edit, end equal to those of the same text opened fresh.
func TestLargeDocumentEditedEqualsFresh(t *testing.T) {
	ty := startTypist(t)
	text, _ := cellsProgram(1200 << 10)
	uri := ty.uri("cells.st")
	ty.open(uri, text)
	ty.diagnostics(t, uri)
	version := 1
	// edit replaces the first old after the line holding marker with new, as an editor
	// sends it, and applies it to text.
	edit := func(marker, old, new string) {
		at := strings.Index(text, marker)
		if at < 0 {
			t.Fatalf("no %q in the document", marker)
		}
		at += strings.Index(text[at:], old)
		start, end := lspPosition(text, at), lspPosition(text, at+len(old))
		version++
		ty.Notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": version},
			"contentChanges": []any{map[string]any{"range": protocol.Range{Start: start, End: end}, "text": new}}})
		text = text[:at] + new + text[at+len(old):]
	}
	has := func(ds []protocol.Diagnostic, s string) bool {
		for _, d := range ds {
			if strings.Contains(d.Message, s) {
				return true
			}
		}
		return false
	}
	edit("PROGRAM P_Cell5\n", "bEnable := bRun", "bEnable := bRunX")
	if d := ty.diagnostics(t, uri); !has(d, "bRunX") {
		t.Fatalf("the undeclared argument is not reported: %+v", d)
	}
	edit("FUNCTION_BLOCK FB_Axis7\n", "bEnable : BOOL;", "bEnabled : BOOL;")
	if d := ty.diagnostics(t, uri); !has(d, "bEnable") {
		t.Fatalf("the renamed input's old name, still used, is not reported: %+v", d)
	}
	edit("FUNCTION_BLOCK FB_Axis0\n", "FUNCTION_BLOCK FB_Axis0\n", "(* moved *)\n\nFUNCTION_BLOCK FB_Axis0\n")
	ty.diagnostics(t, uri)
	edit("PROGRAM P_Cell5\n", "bEnable := bRunX", "bEnable := bRun")
	got := ty.diagnostics(t, uri)
	fresh := ty.uri("cells.st")
	ty.open(fresh, text)
	want := ty.diagnostics(t, fresh)
	if has(got, "bRunX") || !has(got, "bEnable") || !reflect.DeepEqual(got, want) {
		g, _ := json.MarshalIndent(got, "", " ")
		w, _ := json.MarshalIndent(want, "", " ")
		t.Fatalf("edited:\n%s\nopened fresh:\n%s", g, w)
	}
}

// lspPosition is offset's LSP position (UTF-16) in text.
func lspPosition(text string, offset int) protocol.Position {
	line := strings.Count(text[:offset], "\n")
	start := strings.LastIndexByte(text[:offset], '\n') + 1
	return protocol.Position{Line: uint32(line), Character: uint32(len(utf16.Encode([]rune(text[start:offset]))))}
}
