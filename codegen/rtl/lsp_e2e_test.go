package rtl_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/lsp/lsptest"
)

// The RTL pack end to end: the real `gantry lsp` binary over pipes, a workspace of two
// files (a module and a top that instantiates it).

const e2eAdder = `module adder #(parameter int W = 8) (
  input  logic [W-1:0] a, b,
  output logic [W:0]   s
);
  assign s = a + b;
endmodule
`

const e2eTop = `module top (input logic clk, rst_n, input logic [7:0] x, y, output logic [8:0] sum_q);
  logic [8:0] sum;
  adder #(.W(8)) u_add (.a(x), .b(y), .s(sum));
  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) sum_q <= '0;
    else        sum_q <= sum;
endmodule
`

type rtlSession struct {
	*lsptest.Client
	dir string
}

func (s *rtlSession) uri(name string) string { return "file://" + filepath.Join(s.dir, name) }

func (s *rtlSession) open(name, text string, version int) {
	s.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": s.uri(name), "languageId": "systemverilog", "version": version, "text": text}})
}

func startRTL(t *testing.T) *rtlSession {
	t.Helper()
	dir := t.TempDir()
	for name, text := range map[string]string{"adder.sv": e2eAdder, "top.sv": e2eTop} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c := lsptest.Start(t, dir)
	var init map[string]any
	if err := c.Call("initialize", map[string]any{
		"processId": os.Getpid(), "rootUri": "file://" + dir, "capabilities": map[string]any{},
		"initializationOptions": map[string]any{"backend": "embedded", "completion": map[string]any{"debounce_ms": 20}},
	}, &init); err != nil {
		t.Fatal(err)
	}
	c.Notify("initialized", map[string]any{})
	s := &rtlSession{Client: c, dir: dir}
	s.open("adder.sv", e2eAdder, 1)
	s.open("top.sv", e2eTop, 1)
	return s
}

// pos returns the LSP position of the nth (0-based) occurrence of sub in text, plus off
// characters (all test text is ASCII, so UTF-16 columns are byte columns).
func pos(t *testing.T, text, sub string, nth, off int) map[string]int {
	t.Helper()
	i := -1
	for k := 0; k <= nth; k++ {
		j := strings.Index(text[i+1:], sub)
		if j < 0 {
			t.Fatalf("%q occurrence %d not found", sub, nth)
		}
		i += 1 + j
	}
	i += off
	line := strings.Count(text[:i], "\n")
	return map[string]int{"line": line, "character": i - (strings.LastIndex(text[:i], "\n") + 1)}
}

type lspLocation struct {
	URI   string `json:"uri"`
	Range struct {
		Start struct{ Line, Character int } `json:"start"`
		End   struct{ Line, Character int } `json:"end"`
	} `json:"range"`
}

func TestLSPEndToEnd(t *testing.T) {
	s := startRTL(t)
	top := s.uri("top.sv")
	doc := func(uri string) map[string]any { return map[string]any{"uri": uri} }

	t.Run("hover shows width and drivers", func(t *testing.T) {
		var h struct {
			Contents struct {
				Kind  string `json:"kind"`
				Value string `json:"value"`
			} `json:"contents"`
		}
		if err := s.Call("textDocument/hover", map[string]any{"textDocument": doc(top), "position": pos(t, e2eTop, "sum;", 0, 1)}, &h); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"logic [8:0] sum", "9 bits", "u_add"} {
			if !strings.Contains(h.Contents.Value, want) {
				t.Errorf("hover lacks %q:\n%s", want, h.Contents.Value)
			}
		}
	})

	t.Run("document symbols nest declarations under modules", func(t *testing.T) {
		type sym struct {
			Name     string `json:"name"`
			Kind     int    `json:"kind"`
			Children []sym  `json:"children"`
		}
		var syms []sym
		if err := s.Call("textDocument/documentSymbol", map[string]any{"textDocument": doc(top)}, &syms); err != nil {
			t.Fatal(err)
		}
		if len(syms) != 1 || syms[0].Name != "top" {
			t.Fatalf("symbols: %+v", syms)
		}
		kids := map[string]bool{}
		for _, k := range syms[0].Children {
			kids[k.Name] = true
		}
		for _, want := range []string{"clk", "rst_n", "sum", "sum_q", "u_add"} {
			if !kids[want] {
				t.Errorf("top lacks child %s: %+v", want, syms[0].Children)
			}
		}
	})

	t.Run("definition of the instantiated module jumps to the other file", func(t *testing.T) {
		var locs []lspLocation
		if err := s.Call("textDocument/definition", map[string]any{"textDocument": doc(top), "position": pos(t, e2eTop, "adder", 0, 2)}, &locs); err != nil {
			t.Fatal(err)
		}
		if len(locs) != 1 || locs[0].URI != s.uri("adder.sv") || locs[0].Range.Start.Line != 0 || locs[0].Range.Start.Character != 7 {
			t.Errorf("definition: %+v", locs)
		}
	})

	t.Run("references find uses across files", func(t *testing.T) {
		var locs []lspLocation
		// the port s of adder: declared in adder.sv, connected in top.sv
		if err := s.Call("textDocument/references", map[string]any{"textDocument": doc(s.uri("adder.sv")),
			"position": pos(t, e2eAdder, "s\n", 0, 0), "context": map[string]any{"includeDeclaration": true}}, &locs); err != nil {
			t.Fatal(err)
		}
		files := map[string]int{}
		for _, l := range locs {
			files[filepath.Base(l.URI)]++
		}
		if files["adder.sv"] < 2 || files["top.sv"] != 1 {
			t.Errorf("references of port s: %+v", locs)
		}
	})

	t.Run("diagnostics for a blocking assignment in always_ff", func(t *testing.T) {
		from := s.Count()
		bad := strings.Replace(e2eTop, "else        sum_q <= sum;", "else        sum_q = sum;", 1)
		s.Notify("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": top, "version": 2},
			"contentChanges": []map[string]any{{"text": bad}},
		})
		raw, _ := s.Wait("textDocument/publishDiagnostics", from, 10*time.Second, func(r json.RawMessage) bool {
			return strings.Contains(string(r), "rtl/blocking-in-always-ff")
		})
		var p struct {
			URI         string `json:"uri"`
			Diagnostics []struct {
				Code     string `json:"code"`
				Severity int    `json:"severity"`
				Range    struct {
					Start struct{ Line int } `json:"start"`
				} `json:"range"`
			} `json:"diagnostics"`
		}
		_ = json.Unmarshal(raw, &p)
		found := false
		for _, d := range p.Diagnostics {
			if d.Code == "rtl/blocking-in-always-ff" {
				found = true
				if d.Severity != 1 || d.Range.Start.Line != 5 {
					t.Errorf("diagnostic %+v, want an error on line 5", d)
				}
			}
		}
		if !found || p.URI != top {
			t.Errorf("diagnostics: %s", raw)
		}
	})

	t.Run("inline completion in an open always_ff begin passes the gate", func(t *testing.T) {
		open := strings.Replace(e2eTop, "endmodule\n", "  logic [7:0] acc;\n  always_ff @(posedge clk or negedge rst_n) begin\n    \nendmodule\n", 1)
		s.Notify("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": top, "version": 3},
			"contentChanges": []map[string]any{{"text": open}},
		})
		var res struct {
			Items []struct {
				InsertText string `json:"insertText"`
			} `json:"items"`
		}
		if err := s.Call("textDocument/inlineCompletion", map[string]any{
			"textDocument": doc(top), "position": pos(t, open, "begin\n    \n", 0, len("begin\n    ")),
			"context": map[string]any{"triggerKind": 1},
		}, &res); err != nil {
			t.Fatal(err)
		}
		if len(res.Items) == 0 {
			t.Fatal("no inline completion survived the gate")
		}
		first := res.Items[0].InsertText
		for _, want := range []string{"rst_n", "acc <=", "end"} {
			if !strings.Contains(first, want) {
				t.Errorf("first item lacks %q:\n%s", want, first)
			}
		}
		if strings.Contains(first, "acc =") {
			t.Errorf("a blocking assignment passed the gate:\n%s", first)
		}
	})
}
