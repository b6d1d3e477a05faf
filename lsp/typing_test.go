package lsp_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"unicode/utf16"

	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/lsp/lsptest"
)

// Typing through the server: a real file typed one character at a time (lone CR, CRLF, LF,
// umlauts, CJK and emoji included) ends in the same diagnostics as the same text opened
// fresh, the server never dies, and a NUL typed in and deleted again does not freeze the
// document.

type typist struct {
	*lsptest.Client
	dir string
	n   atomic.Int32
}

func startTypist(t testing.TB) *typist {
	dir := t.TempDir()
	c := lsptest.Start(t, dir)
	var init map[string]any
	if err := c.Call("initialize", map[string]any{"processId": os.Getpid(), "rootUri": "file://" + dir,
		"capabilities": map[string]any{}}, &init); err != nil {
		t.Fatal(err)
	}
	c.Notify("initialized", map[string]any{})
	return &typist{Client: c, dir: dir}
}

// uri returns a fresh document URI with the extension of name.
func (ty *typist) uri(name string) protocol.DocumentURI {
	return protocol.DocumentURI(fmt.Sprintf("file://%s/doc%d%s", ty.dir, ty.n.Add(1), filepath.Ext(name)))
}

func (ty *typist) open(uri protocol.DocumentURI, text string) {
	ty.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": "", "version": 1, "text": text}})
}

// typeText types text at the end of an open empty document, one character per change, and
// returns the last version sent. Positions are UTF-16, line breaks as LSP 3.17 counts them.
func (ty *typist) typeText(uri protocol.DocumentURI, text string) int {
	line, char, cr := 0, 0, false
	v := 1
	for _, r := range text {
		v++
		at := protocol.Position{Line: uint32(line), Character: uint32(char)}
		ty.Notify("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": uri, "version": v},
			"contentChanges": []any{map[string]any{"range": protocol.Range{Start: at, End: at}, "text": string(r)}},
		})
		switch {
		case r == '\r':
			line, char, cr = line+1, 0, true
		case r == '\n' && cr: // completes "\r\n": still one line break
			cr = false
		case r == '\n':
			line, char = line+1, 0
		default:
			char += len(utf16.Encode([]rune{r}))
			cr = false
		}
	}
	return v
}

// diagnostics pulls the diagnostics of a document as it stands.
func (ty *typist) diagnostics(t testing.TB, uri protocol.DocumentURI) []protocol.Diagnostic {
	var rep struct {
		Items []protocol.Diagnostic `json:"items"`
	}
	if err := ty.Call("textDocument/diagnostic", map[string]any{"textDocument": map[string]any{"uri": uri}}, &rep); err != nil {
		t.Fatalf("diagnostic: %v\nstderr:\n%s", err, ty.Stderr())
	}
	return rep.Items
}

func (ty *typist) close(uri protocol.DocumentURI) {
	ty.Notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": uri}})
}

// typedEqualsFresh types text into one document, opens it whole in another, and compares.
func typedEqualsFresh(t testing.TB, ty *typist, name, text string) {
	typed, fresh := ty.uri(name), ty.uri(name)
	ty.open(typed, "")
	ty.typeText(typed, text)
	ty.open(fresh, text)
	got, want := ty.diagnostics(t, typed), ty.diagnostics(t, fresh)
	ty.close(typed)
	ty.close(fresh)
	for _, d := range append(got, want...) {
		if strings.Contains(d.Message, "internal error") {
			t.Fatalf("%s: %s", name, d.Message)
		}
	}
	if !reflect.DeepEqual(got, want) {
		g, _ := json.MarshalIndent(got, "", " ")
		w, _ := json.MarshalIndent(want, "", " ")
		t.Fatalf("%s typed character by character: diagnostics\n%s\nopened fresh:\n%s", name, g, w)
	}
}

// typingSamples are real files, with their line breaks varied: one as lone CRs, one as CRLF.
func typingSamples(t testing.TB) map[string]string {
	read := func(p string) string {
		b, err := os.ReadFile(filepath.Join("..", p))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	return map[string]string{
		"gvl_io.gvl":          read("testdata/st/corpus/gvl_io.gvl"),
		"grbl_cr.nc":          strings.ReplaceAll(read("testdata/gcode/corpus/grbl_setup_and_jog.nc"), "\n", "\r"),
		"tb_scoreboard.sv":    strings.ReplaceAll(read("testdata/rtl/corpus/tb_scoreboard.sv"), "\n", "\r\n"),
		"umlauts_emoji_cr.st": "PROGRAM P\r(* Größe 尺寸 🚀 *)\rVAR x : INT; END_VAR\r\nx := a[a[a[a[LIMIT(MN := 0\rEND_PROGRAM\n",
	}
}

func TestTypingRealFilesThroughTheServer(t *testing.T) {
	ty := startTypist(t)
	for name, text := range typingSamples(t) {
		typedEqualsFresh(t, ty, name, text)
	}
}

// A NUL typed into a document makes it unreadable (one warning); deleting it again brings
// the analysis back, with positions still in sync.
func TestNULTypedAndDeletedKeepsTheDocumentInSync(t *testing.T) {
	ty := startTypist(t)
	uri := ty.uri("p.st")
	text := "PROGRAM P\rVAR x : INT; END_VAR\rx := y;\rEND_PROGRAM\r"
	ty.open(uri, text)
	before := ty.diagnostics(t, uri)
	at := protocol.Position{Line: 2, Character: 2}
	change := func(v int, r protocol.Range, s string) {
		ty.Notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": v},
			"contentChanges": []any{map[string]any{"range": r, "text": s}}})
	}
	change(2, protocol.Range{Start: at, End: at}, "\x00")
	if d := ty.diagnostics(t, uri); len(d) != 1 || !strings.Contains(d[0].Message, "NUL") {
		t.Fatalf("with a NUL: %+v", d)
	}
	change(3, protocol.Range{Start: protocol.Position{Line: 3, Character: 0}, End: protocol.Position{Line: 3, Character: 0}}, "(* more *)")
	change(4, protocol.Range{Start: at, End: protocol.Position{Line: 2, Character: 3}}, "")
	after := ty.diagnostics(t, uri)
	if len(before) == 0 || !reflect.DeepEqual(before, after) {
		t.Fatalf("after deleting the NUL: %+v, before it: %+v", after, before)
	}
}

// FuzzTypeThroughServer types each input into one server, one character at a time, and
// compares with a fresh open. Seeds are the typing samples; `go test` runs them in CI.
func FuzzTypeThroughServer(f *testing.F) {
	for name, text := range typingSamples(f) {
		ext := filepath.Ext(name)
		f.Add(ext, text[:min(len(text), 600)])
	}
	ty := startTypist(f)
	f.Fuzz(func(t *testing.T, ext, text string) {
		if ext != ".st" && ext != ".gvl" && ext != ".nc" && ext != ".sv" && ext != ".v" || len(text) > 2000 {
			return
		}
		typedEqualsFresh(t, ty, "fuzz"+ext, strings.ToValidUTF8(text, "?"))
	})
}
