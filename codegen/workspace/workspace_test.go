package workspace_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen/packs"
	"github.com/gantry-dev/gantry/codegen/syntax"
	"github.com/gantry-dev/gantry/codegen/workspace"
	stgrammar "github.com/gantry-dev/gantry/grammars/st"
)

type open struct{ f *syntax.File }

func (o open) Current() *syntax.File { return o.f }

func TestFilesPrefersOpenDocumentsAndFollowsDisk(t *testing.T) {
	root := t.TempDir()
	write := func(rel, text string) string {
		p := filepath.Join(root, rel)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("src/a.st", "PROGRAM A\nEND_PROGRAM\n")
	write("src/b.st", "PROGRAM B\nEND_PROGRAM\n")
	write("node_modules/x.st", "PROGRAM X\nEND_PROGRAM\n")
	write(".git/y.st", "PROGRAM Y\nEND_PROGRAM\n")
	write("src/readme.md", "not code")

	ws := workspace.New(packs.Registry(), root)
	ctx := context.Background()
	texts := func() map[string]string {
		out := map[string]string{}
		for _, wf := range ws.Files(ctx, "st") {
			out[filepath.Base(wf.Path)] = string(wf.File.Bytes())
		}
		return out
	}
	got := texts()
	if len(got) != 2 || got["a.st"] == "" || got["b.st"] == "" {
		t.Fatalf("files %v", got)
	}
	edited, _ := syntax.Parse(ctx, stgrammar.Language(), []byte("PROGRAM A2\nEND_PROGRAM\n"))
	ws.Overlay(a, open{edited})
	if got := texts(); got["a.st"] != "PROGRAM A2\nEND_PROGRAM\n" {
		t.Errorf("the open document must win: %q", got["a.st"])
	}
	ws.Overlay(a, nil)
	time.Sleep(10 * time.Millisecond)
	write("src/a.st", "PROGRAM A3\nEND_PROGRAM\n")
	future := time.Now().Add(time.Minute)
	os.Chtimes(a, future, future)
	if got := texts(); got["a.st"] != "PROGRAM A3\nEND_PROGRAM\n" {
		t.Errorf("a changed file must be read again: %q", got["a.st"])
	}
	write("src/c.st", "PROGRAM C\nEND_PROGRAM\n")
	ws.Invalidate()
	if got := texts(); len(got) != 3 {
		t.Errorf("a new file must appear after Invalidate: %v", got)
	}
}

func TestConfigForFindsNearestFileAndReportsErrors(t *testing.T) {
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, "sub"), 0o755)
	os.WriteFile(filepath.Join(root, "gantry.toml"), []byte("model = \"m\"\n"), 0o644)
	os.WriteFile(filepath.Join(root, "sub", "gantry.toml"), []byte("modle = \"typo\"\n"), 0o644)
	ws := workspace.New(packs.Registry(), root)
	if c, err := ws.ConfigFor(filepath.Join(root, "x.st")); err != nil || c.Model != "m" {
		t.Errorf("%v %v", c, err)
	}
	if _, err := ws.ConfigFor(filepath.Join(root, "sub", "y.st")); err == nil {
		t.Error("a broken gantry.toml must be reported")
	}
}
