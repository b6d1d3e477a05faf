package syntax_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/syntax"
	"github.com/gantry-dev/gantry/grammars/gcode"
	"github.com/gantry-dev/gantry/grammars/rtl"
	"github.com/gantry-dev/gantry/grammars/st"
)

// The differential oracle: a document kept current by incremental edits has the tree, the
// syntax errors and the line index of a fresh parse of the same text, whatever the edit
// history (lone CR, NUL, surrogate pairs, broken code included).

var languages = []*sitter.Language{st.Language(), rtl.Language(), gcode.Language()}

// sameAsFresh fails when f differs from a fresh parse of f's text.
func sameAsFresh(t *testing.T, f *syntax.File, what string) {
	t.Helper()
	fresh, err := syntax.Parse(context.Background(), f.Language, f.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := f.Root().String(), fresh.Root().String(); got != want {
		t.Fatalf("%s: incremental tree differs from a fresh parse of %q:\n%s\nfresh:\n%s", what, f.Bytes(), got, want)
	}
	ge, fe := syntax.Errors(f, f.Root()), syntax.Errors(fresh, fresh.Root())
	if len(ge) != len(fe) {
		t.Fatalf("%s: %d syntax errors, a fresh parse has %d", what, len(ge), len(fe))
	}
	for i := range ge {
		if ge[i] != fe[i] {
			t.Fatalf("%s: error %+v, fresh %+v", what, ge[i], fe[i])
		}
	}
	n := f.Lines.Count()
	if n != fresh.Lines.Count() || f.Lines.Start(n-1) != fresh.Lines.Start(n-1) {
		t.Fatalf("%s: line index differs from a fresh one", what)
	}
}

// The edit the issue reports: on broken RTL the incremental tree had two errors on line 5
// and an extra symbol where a fresh parse has one error.
func TestBrokenRTLEditMatchesAFreshParse(t *testing.T) {
	ctx := context.Background()
	f, err := syntax.Parse(ctx, rtl.Language(), []byte("'(* 动x :e ==d\n\nt\n;t\nd==A"))
	if err != nil {
		t.Fatal(err)
	}
	r := source.Range{Start: source.Position{Line: 0, Character: 0}, End: source.Position{Line: 0, Character: 7}}
	nf, err := f.Apply(ctx, source.Change{Range: &r, Text: "\r\n"})
	if err != nil {
		t.Fatal(err)
	}
	sameAsFresh(t, nf, "issue edit")
}

// FuzzIncrementalEdit applies an edit (start, length, inserted text) to a seed text in each
// language and compares with a fresh parse. Seeds: the repository's sample files.
func FuzzIncrementalEdit(f *testing.F) {
	for _, seed := range seedFiles(f, 6) {
		f.Add(seed, uint16(len(seed)/3), uint8(4), "\r")
		f.Add(seed, uint16(len(seed)/2), uint8(0), "\x00")
		f.Add(seed, uint16(1), uint8(7), "\r\n")
		f.Add(seed, uint16(len(seed)/4), uint8(2), "😀 (* \n")
	}
	f.Add("'(* 动x :e ==d\n\nt\n;t\nd==A", uint16(0), uint8(9), "\r\n")
	f.Fuzz(func(t *testing.T, text string, at uint16, del uint8, insert string) {
		if len(text) > 4096 || len(insert) > 256 || !utf8.ValidString(text) || !utf8.ValidString(insert) {
			return
		}
		ctx := context.Background()
		for _, lang := range languages {
			f, err := syntax.Parse(ctx, lang, []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			start := int(at) % (len(text) + 1)
			end := min(start+int(del), len(text))
			// Two edits: the second runs on the tree the first produced, and before it.
			r := source.Range{Start: f.Lines.Position(start), End: f.Lines.Position(end)}
			nf, err := f.Apply(ctx, source.Change{Range: &r, Text: insert})
			if err != nil {
				t.Fatal(err)
			}
			mid := len(nf.Bytes()) / 2
			r2 := source.Range{Start: nf.Lines.Position(mid), End: nf.Lines.Position(mid)}
			// The second edit before the first's tree is made: both are recorded at once.
			pending2, err := nf.Apply(ctx, source.Change{Range: &r2, Text: insert})
			if err != nil {
				t.Fatal(err)
			}
			sameAsFresh(t, pending2, "two edits recorded at once")
			sameAsFresh(t, nf, "first edit")
			nf2, err := nf.Apply(ctx, source.Change{Range: &r2, Text: insert})
			if err != nil {
				t.Fatal(err)
			}
			sameAsFresh(t, nf2, "second edit")
			// The same edits to a text-only snapshot keep its text in line blocks: the
			// same text, and the same line index, as the snapshot with a tree.
			tf, err := syntax.TextOnly(lang, []byte(text)).Apply(ctx, source.Change{Range: &r, Text: insert})
			if err != nil {
				t.Fatal(err)
			}
			tf2, err := tf.Apply(ctx, source.Change{Range: &r2, Text: insert})
			if err != nil {
				t.Fatal(err)
			}
			if tf2.Lines.Count() != nf2.Lines.Count() || tf2.Lines.Position(tf2.Len()) != nf2.Lines.Position(nf2.Len()) {
				t.Fatalf("text-only snapshot: %d lines, with a tree %d", tf2.Lines.Count(), nf2.Lines.Count())
			}
			for line := 0; line < nf2.Lines.Count(); line++ {
				if tf2.Lines.Start(line) != nf2.Lines.Start(line) || string(tf2.Lines.LineText(line)) != string(nf2.Lines.LineText(line)) {
					t.Fatalf("text-only snapshot: line %d differs", line)
				}
			}
			if string(tf2.Bytes()) != string(nf2.Bytes()) {
				t.Fatalf("text-only snapshot: text %q, with a tree %q", tf2.Bytes(), nf2.Bytes())
			}
		}
	})
}

// seedFiles returns up to n sample files of the repository as seeds.
func seedFiles(f testing.TB, n int) []string {
	var out []string
	for _, dir := range []string{"../../testdata/st/corpus", "../../testdata/rtl/corpus", "../../testdata/gcode/corpus"} {
		entries, _ := os.ReadDir(dir)
		for i, e := range entries {
			if i >= n/3 {
				break
			}
			if b, err := os.ReadFile(filepath.Join(dir, e.Name())); err == nil {
				out = append(out, string(b[:min(len(b), 1500)])) // small inputs fuzz faster
			}
		}
	}
	if len(out) == 0 {
		f.Fatal("no seed files")
	}
	return out
}

// windowAfterEditIsFresh splices insert at `at` into text and checks that the window
// [start, end+len(insert)] reparsed from the window of the old text has the tree of a fresh
// parse of that window: what the gate judges a candidate by.
func windowAfterEditIsFresh(t *testing.T, lang *sitter.Language, text string, start, end, at int, insert string) {
	t.Helper()
	ctx := context.Background()
	doc := syntax.TextOnly(lang, []byte(text))
	before, err := doc.ParseWindow(ctx, start, end)
	if err != nil {
		t.Fatal(err)
	}
	after, err := doc.Splice(ctx, at, at, insert)
	if err != nil {
		t.Fatal(err)
	}
	got, err := after.ParseWindowAfter(ctx, start, end+len(insert), before)
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := after.ParseWindow(ctx, start, end+len(insert))
	if err != nil {
		t.Fatal(err)
	}
	if g, w := got.Root().String(), fresh.Root().String(); g != w {
		t.Fatalf("window reparsed after inserting %q at %d of [%d, %d) differs from a fresh parse:\n%s\nfresh:\n%s", insert, at, start, end, g, w)
	}
	// The gate's cut of the window (the unit as a text of its own) is parsed from the
	// window's tree too.
	cut, err := before.Cut(ctx, at, insert)
	if err != nil {
		t.Fatal(err)
	}
	alone, err := syntax.Parse(ctx, lang, []byte(text[start:at]+insert+text[at:end]))
	if err != nil {
		t.Fatal(err)
	}
	if g, w := cut.Root().String(), alone.Root().String(); g != w {
		t.Fatalf("cut of [%d, %d) with %q at %d differs from a fresh parse of its text:\n%s\nfresh:\n%s", start, end, insert, at, g, w)
	}
}

func TestWindowReparsedAfterAnEditIsAFreshParse(t *testing.T) {
	src := "PROGRAM A\nVAR\n  x : INT;\nEND_VAR\nx := 1;\nEND_PROGRAM\n\nPROGRAM B (* Größe 尺寸 *)\nVAR\n  y : INT;\nEND_VAR\nIF y > 0 THEN\n  \nEND_IF;\nEND_PROGRAM\n"
	start := strings.Index(src, "PROGRAM B")
	end := len(src)
	at := strings.Index(src, "  \nEND_IF") + 2
	for _, insert := range []string{"y := y + 1;", "y := (y + ;", "END_IF;", "IF y THEN\n    y := 0;\n  END_IF;", "(* 注释", "", "\r\n"} {
		windowAfterEditIsFresh(t, st.Language(), src, start, end, at, insert)
	}
}

func FuzzWindowAfterEdit(f *testing.F) {
	for _, seed := range seedFiles(f, 6) {
		f.Add(seed, uint16(len(seed)/4), uint16(len(seed)/2), "x := 1;\n")
		f.Add(seed, uint16(0), uint16(len(seed)/3), "END_IF;")
		f.Add(seed, uint16(len(seed)/2), uint16(len(seed)/2), "(* 动 ")
	}
	f.Fuzz(func(t *testing.T, text string, start, at uint16, insert string) {
		if len(text) > 4096 || len(insert) > 256 || !utf8.ValidString(text) || !utf8.ValidString(insert) {
			return
		}
		s := int(start) % (len(text) + 1)
		a := s + int(at)%(len(text)-s+1)
		for _, lang := range languages {
			windowAfterEditIsFresh(t, lang, text, s, len(text), a, insert)
		}
	})
}
