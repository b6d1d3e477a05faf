package nvim_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
)

// TestTreeSitterHighlighting: with a C compiler, the plugin compiles Gantry's own grammars,
// loads their highlight queries and highlights each language with tree-sitter, the Vim
// syntax off; the captures at chosen places are the queries' (a keyword, a G word, a
// module keyword, a comment). Without a compiler the Vim syntax stays on.
func TestTreeSitterHighlighting(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("nvim is required in CI (Debian package neovim)")
		}
		t.Skip("nvim not installed")
	}
	if _, err := exec.LookPath("cc"); err != nil {
		t.Skip("no C compiler (cc) to build the parsers")
	}
	plugin, _ := filepath.Abs(".")
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	type probe struct {
		File string   `json:"file"`
		At   [][2]int `json:"at"`
	}
	probes := []probe{
		{write("main.st", "PROGRAM Main\nVAR x : INT; END_VAR\n// Zähler\nIF x > 0 THEN x := 0; END_IF\nEND_PROGRAM\n"), [][2]int{{0, 0}, {3, 0}, {2, 3}}},
		{write("part.ngc", "G21 G90\nG0 X10 Y5 (rapid)\nM30\n"), [][2]int{{1, 0}, {1, 11}}},
		{write("top.sv", "module top(input logic a, output logic y);\n  assign y = a; // pass\nendmodule\n"), [][2]int{{0, 0}, {1, 18}}},
	}
	want := []struct {
		filetype, lang string
		captures       [][]string // one of these names must be among the captures at each place
	}{
		{"structured_text", "st", [][]string{{"keyword"}, {"keyword.conditional", "keyword"}, {"comment"}}},
		{"gcode", "gcode", [][]string{{"keyword", "function", "function.builtin", "keyword.directive"}, {"comment"}}},
		{"systemverilog", "rtl", [][]string{{"keyword"}, {"comment"}}},
	}
	pj, _ := json.Marshal(probes)
	outPath := filepath.Join(dir, "out.json")
	cmd := exec.Command(nvim, "--headless", "-u", "NONE", "-i", "NONE", "-n", "-S", filepath.Join(plugin, "test", "treesitter.lua"))
	cmd.Env = append(os.Environ(), "GANTRY_PLUGIN="+plugin, "GANTRY_PARSERS="+filepath.Join(dir, "parsers"),
		"GANTRY_OUT="+outPath, "GANTRY_PROBES="+string(pj), "XDG_DATA_HOME="+filepath.Join(dir, "data"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("nvim: %v\n%s", err, out)
	}
	raw, err := os.ReadFile(outPath)
	if err != nil {
		t.Fatal(err)
	}
	var got []struct {
		File, Filetype, Treesitter, Syntax string
		Captures                           [][]string
	}
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatalf("%v: %s", err, raw)
	}
	if len(got) != len(want) {
		t.Fatalf("%d results: %s", len(got), raw)
	}
	for i, w := range want {
		g := got[i]
		if g.Filetype != w.filetype || g.Treesitter != w.lang || g.Syntax != "" {
			t.Errorf("%s: filetype %q, tree-sitter %q, syntax %q; want %q, %q and the Vim syntax off",
				filepath.Base(g.File), g.Filetype, g.Treesitter, g.Syntax, w.filetype, w.lang)
			continue
		}
		for j, names := range w.captures {
			if j >= len(g.Captures) || !slices.ContainsFunc(g.Captures[j], func(c string) bool { return slices.Contains(names, c) }) {
				t.Errorf("%s at %v: captures %v, want one of %v", filepath.Base(g.File), probes[i].At[j], g.Captures, names)
			}
		}
	}
	for _, lang := range []string{"st", "gcode", "rtl"} {
		if _, err := os.Stat(filepath.Join(dir, "parsers", lang+".so")); err != nil {
			t.Errorf("no compiled parser for %s: %v", lang, err)
		}
	}
}
