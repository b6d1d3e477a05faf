package packs_test

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/packs"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
	"github.com/gantry-dev/gantry/codegen/workspace"
)

// A document kept as text is checked unit by unit, and a unit's results are kept from one
// pass to the next while nothing it asked about changed. Typed into at random — names
// renamed where they are declared and where they are used, lines deleted, directives and
// blanks inserted — every pass must report exactly what a check that keeps nothing does,
// in a workspace with a file of the project declaring names too.
func TestKeptUnitResultsMatchAFreshCheck(t *testing.T) {
	for _, id := range []string{"st", "rtl"} {
		t.Run(id, func(t *testing.T) {
			p := packs.Registry().ByID(id)
			name, text := bigFile(t, p, 96<<10)
			dir := t.TempDir()
			// The folder is a repository's root: what lies above it (the machine's temporary
			// folder, whose files other processes make and delete) is no part of the check.
			// A B&R program without its .var is judged by the folders above it, up to the
			// root, and the two checks of a step read them at two moments.
			if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, name)
			other := map[string]string{
				"st":  "FUNCTION_BLOCK FB_FromProject\nVAR_INPUT\n\tbIn : BOOL;\nEND_VAR\nEND_FUNCTION_BLOCK\n",
				"rtl": "module from_project (input logic a, output logic y);\n  assign y = a;\nendmodule\n",
			}[id]
			if err := os.WriteFile(filepath.Join(dir, "other"+filepath.Ext(name)), []byte(other), 0o644); err != nil {
				t.Fatal(err)
			}
			ws := workspace.New(packs.Registry(), dir)
			cfg := allRulesOn(p)
			ctx := context.Background()
			f, err := codegen.Parse(ctx, p, path, text)
			if err != nil {
				t.Fatal(err)
			}
			doc := f.WithoutTree() // kept as text, as above codegen.WindowedAbove
			f.Close()
			open := &openDocument{doc} // open in the editor, as the server overlays it
			ws.Overlay(path, open)
			rng := rand.New(rand.NewSource(7))
			before := codegen.ReusedUnits()
			for step := 0; step < 30; step++ {
				doc = typeInto(t, rng, p, doc, id)
				open.f = doc
				kept := codegen.Diagnose(ctx, p, codegen.CheckRequest{Path: path, File: doc, Config: cfg, Workspace: ws})
				fresh := *cfg // another configuration: nothing kept for it
				want := codegen.Diagnose(ctx, p, codegen.CheckRequest{Path: path, File: doc, Config: &fresh, Workspace: ws})
				if got, exp := findingsText(doc, kept.Findings), findingsText(doc, want.Findings); got != exp {
					t.Fatalf("step %d: kept results differ from a fresh check:\n%s", step, diffLines(got, exp))
				}
				if len(want.Findings) == 0 {
					t.Fatalf("step %d: no findings at all; the comparison proves nothing", step)
				}
			}
			// Each pass re-checks the edited unit and those that asked about it: most come back.
			units := int64(len(codegen.UnitsOf(p.(codegen.UnitScanner), doc).Ranges))
			reused := codegen.ReusedUnits() - before
			t.Logf("%d of %d unit checks answered from kept results", reused, 30*units)
			if reused < 30*units*2/3 {
				t.Errorf("%d unit checks answered from kept results in 30 passes over %d units", reused, units)
			}
		})
	}
}

// openDocument is a document as the server overlays it on the workspace.
type openDocument struct{ f *syntax.File }

func (o *openDocument) Current() *syntax.File { return o.f }

// typeInto types one of the edits a user makes into doc.
func typeInto(t *testing.T, rng *rand.Rand, p codegen.Pack, doc *syntax.File, lang string) *syntax.File {
	text := doc.Bytes()
	ctx := context.Background()
	var start, end int
	insert := ""
	switch k := rng.Intn(8); k {
	case 6, 7: // rename what a unit declares, where it declares it: its users change
		units := codegen.UnitsOf(p.(codegen.UnitScanner), doc).Ranges
		for try := 0; try < 20 && insert == ""; try++ {
			u := units[rng.Intn(len(units))]
			names := p.(codegen.NameScanner).DeclaredNames(text[u[0]:u[1]])
			if len(names) == 0 {
				continue
			}
			name := names[rng.Intn(len(names))]
			own := strings.ToLower(string(text[u[0]:u[1]]))
			if strings.Count(strings.ToLower(string(text)), name) == strings.Count(own, name) {
				continue // no other unit names it
			}
			if at := strings.Index(own, name); at >= 0 {
				start, end, insert = u[0]+at+len(name), u[0]+at+len(name), "Q"
			}
		}
	case 0, 1: // rename: a character added to, or cut from, a word (a declaration or a use)
		at := rng.Intn(len(text))
		for at < len(text) && !isWordByte(text[at]) {
			at++
		}
		for at < len(text) && isWordByte(text[at]) {
			at++
		}
		start, end = at, at
		if k == 0 {
			insert = "Q"
		} else if at > 0 && isWordByte(text[at-1]) {
			start = at - 1
		}
	case 2: // delete a line
		at := rng.Intn(len(text))
		start = lineStart(text, at)
		end = start
		for end < len(text) && text[end] != '\n' {
			end++
		}
		if end < len(text) {
			end++
		}
	case 3: // a new line
		start = lineStart(text, rng.Intn(len(text)))
		end, insert = start, "\n"
	case 4: // a directive or a declaration line
		start = lineStart(text, rng.Intn(len(text)))
		end = start
		insert = map[string]string{"st": "VAR_GLOBAL\n\tgAdded : INT;\nEND_VAR\n", "rtl": "`define ADDED 1\n"}[lang]
	case 5: // blanks inside a line
		start = rng.Intn(len(text))
		end, insert = start, "  "
	}
	next, err := doc.Splice(ctx, start, end, insert)
	if err != nil {
		t.Fatal(err)
	}
	return next
}

func isWordByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func lineStart(text []byte, at int) int {
	for at > 0 && text[at-1] != '\n' {
		at--
	}
	return at
}

func findingsText(doc *syntax.File, fs []rules.Finding) string {
	out := ""
	for _, f := range fs {
		out += fmt.Sprintf("%d:%d-%d %s %v %s\n", doc.Lines.LineOf(f.Start)+1, f.Start, f.End, f.Rule, f.Severity, f.Message)
	}
	return out
}

// diffLines lists the lines only one of two texts has.
func diffLines(got, want string) string {
	g, w := map[string]int{}, map[string]int{}
	for _, l := range strings.Split(got, "\n") {
		g[l]++
	}
	for _, l := range strings.Split(want, "\n") {
		w[l]++
	}
	out := ""
	for l, n := range g {
		if w[l] < n {
			out += "kept only:  " + l + "\n"
		}
	}
	for l, n := range w {
		if g[l] < n {
			out += "fresh only: " + l + "\n"
		}
	}
	if out == "" {
		out = "(the same findings in another order)"
	}
	return out
}

// An edit of one unit's declaration changes the findings of a unit that uses it, in a
// document kept as text, open in the editor, whose units' results are kept: the user's
// results are checked again, the unrelated unit's are not; an edit of the unrelated unit
// re-checks it alone (a unit asking the project about its own name gets the project's
// answer without the open document, which the keystroke changed).
func TestKeptUnitResultsFollowWhatTheyAsked(t *testing.T) {
	cases := []struct {
		id, name, text, old, new, lone, loneNew string
	}{
		{"st", "main.st", "FUNCTION_BLOCK FB_Valve\nVAR_INPUT\n\tbOpen : BOOL;\nEND_VAR\nEND_FUNCTION_BLOCK\n\n" +
			"PROGRAM MAIN\nVAR\n\tfbValve : FB_Valve;\nEND_VAR\nfbValve(bOpen := TRUE, bClose := FALSE);\nEND_PROGRAM\n\n" +
			"PROGRAM LONE\nVAR\n\tn : INT;\nEND_VAR\nn := n + 1;\nEND_PROGRAM\n",
			"\tbOpen : BOOL;\n", "\tbOpen : BOOL;\n\tbClose : BOOL;\n", "n := n + 1;", "n := n + 2;"},
		{"rtl", "top.sv", "module and2 (input logic a, input logic b, output logic y);\n  assign y = a & b;\nendmodule\n\n" +
			"module top (input logic p, input logic q, input logic r, output logic z);\n  and2 u0 (.a(p), .b(q), .c(r), .y(z));\nendmodule\n\n" +
			"module lone (input logic i, output logic o);\n  assign o = i;\nendmodule\n",
			"input logic b,", "input logic b, input logic c,", "assign o = i;", "assign o = ~i;"},
	}
	for _, c := range cases {
		t.Run(c.id, func(t *testing.T) {
			p := packs.Registry().ByID(c.id)
			ctx := context.Background()
			cfg := allRulesOn(p)
			dir := t.TempDir()
			path := filepath.Join(dir, c.name)
			ws := workspace.New(packs.Registry(), dir)
			f, err := codegen.Parse(ctx, p, path, []byte(c.text))
			if err != nil {
				t.Fatal(err)
			}
			open := &openDocument{f.WithoutTree()}
			ws.Overlay(path, open)
			first := codegen.Diagnose(ctx, p, codegen.CheckRequest{Path: path, File: open.f, Config: cfg, Workspace: ws})
			edit := func(old, new string, wantReused int64) codegen.CheckResult {
				at := strings.Index(string(open.f.Bytes()), old)
				edited, err := open.f.Splice(ctx, at, at+len(old), new)
				if err != nil {
					t.Fatal(err)
				}
				open.f = edited
				before := codegen.ReusedUnits()
				kept := codegen.Diagnose(ctx, p, codegen.CheckRequest{Path: path, File: edited, Config: cfg, Workspace: ws})
				reused := codegen.ReusedUnits() - before
				fresh := *cfg
				want := codegen.Diagnose(ctx, p, codegen.CheckRequest{Path: path, File: edited, Config: &fresh, Workspace: ws})
				if got, exp := findingsText(edited, kept.Findings), findingsText(edited, want.Findings); got != exp {
					t.Fatalf("after %q: kept results differ from a fresh check:\n%s", new, diffLines(got, exp))
				}
				if reused != wantReused {
					t.Errorf("after %q: %d units answered from kept results, want %d", new, reused, wantReused)
				}
				return kept
			}
			kept := edit(c.old, c.new, 1) // the unrelated unit
			if findingsText(open.f, first.Findings) == findingsText(open.f, kept.Findings) {
				t.Fatalf("the edit changed no finding (the test proves nothing):\n%s", findingsText(open.f, first.Findings))
			}
			edit(c.lone, c.loneNew, 2) // the other two
		})
	}
}

// A file checked by a command (not open in the editor) runs once: its units' results are
// not kept, and a second check of the same text checks every unit again.
func TestUnitResultsKeptOnlyForOpenDocuments(t *testing.T) {
	p := packs.Registry().ByID("st")
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "main.st")
	ws := workspace.New(packs.Registry(), dir)
	src := "PROGRAM A\nVAR\n\tn : INT;\nEND_VAR\nn := n + 1;\nEND_PROGRAM\n\nPROGRAM B\nVAR\n\tm : INT;\nEND_VAR\nm := m + 1;\nEND_PROGRAM\n"
	f, err := codegen.Parse(ctx, p, path, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	doc := f.WithoutTree()
	cfg := allRulesOn(p)
	before := codegen.ReusedUnits()
	for i := 0; i < 2; i++ {
		codegen.Diagnose(ctx, p, codegen.CheckRequest{Path: path, File: doc, Config: cfg, Workspace: ws})
	}
	if n := codegen.ReusedUnits() - before; n != 0 {
		t.Errorf("%d units answered from kept results for a file no editor has open", n)
	}
	ws.Overlay(path, &openDocument{doc})
	for i := 0; i < 2; i++ {
		codegen.Diagnose(ctx, p, codegen.CheckRequest{Path: path, File: doc, Config: cfg, Workspace: ws})
	}
	if n := codegen.ReusedUnits() - before; n != 2 {
		t.Errorf("%d units answered from kept results once the document is open, want 2", n)
	}
}

// An import written between two design units applies to every unit below it (IEEE
// 1800-2017 26.3): deleting it, in another unit's text, changes the findings of a module
// below that reads the package's names, with its results kept.
func TestKeptUnitResultsFollowFileLevelImports(t *testing.T) {
	p := packs.Registry().ByID("rtl")
	ctx := context.Background()
	cfg := allRulesOn(p)
	src := "package p;\n  localparam int W = 4;\nendpackage\n\n" +
		"module b (input logic i, output logic o);\n  assign o = i;\nendmodule\nimport p::*;\n\n" +
		"module a (output logic [W-1:0] y);\n  assign y = '0;\nendmodule\n"
	f, err := codegen.Parse(ctx, p, "top.sv", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	doc := f.WithoutTree()
	first := codegen.Diagnose(ctx, p, codegen.CheckRequest{Path: "top.sv", File: doc, Config: cfg})
	at := strings.Index(src, "import p::*;\n")
	edited, err := doc.Splice(ctx, at, at+len("import p::*;\n"), "")
	if err != nil {
		t.Fatal(err)
	}
	kept := codegen.Diagnose(ctx, p, codegen.CheckRequest{Path: "top.sv", File: edited, Config: cfg})
	fresh := *cfg
	want := codegen.Diagnose(ctx, p, codegen.CheckRequest{Path: "top.sv", File: edited, Config: &fresh})
	if got, exp := findingsText(edited, kept.Findings), findingsText(edited, want.Findings); got != exp {
		t.Fatalf("kept results differ from a fresh check:\n%s", diffLines(got, exp))
	}
	if findingsText(doc, first.Findings) == findingsText(edited, want.Findings) {
		t.Fatalf("deleting the import changed no finding (the test proves nothing):\n%s", findingsText(doc, first.Findings))
	}
}
