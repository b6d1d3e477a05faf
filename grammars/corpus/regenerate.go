package corpus

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// PinnedGenerator is the tree-sitter CLI version that generated every committed src/: it
// writes ABI 14, the version github.com/smacker/go-tree-sitter's runtime loads.
const PinnedGenerator = "0.20.8"

// generatedFiles are what `tree-sitter generate --no-bindings` writes; scanner.c is
// hand-written and is copied in, not compared.
var generatedFiles = []string{"parser.c", "grammar.json", "node-types.json", "tree_sitter/parser.h"}

// generator finds the pinned CLI: $GANTRY_TREE_SITTER, else tree-sitter on PATH. It returns
// a reason instead when there is none of the pinned version.
func generator() (path, missing string) {
	path = os.Getenv("GANTRY_TREE_SITTER")
	if path == "" {
		var err error
		if path, err = exec.LookPath("tree-sitter"); err != nil {
			return "", "no tree-sitter CLI on PATH (or in $GANTRY_TREE_SITTER)"
		}
	}
	out, err := exec.Command(path, "--version").Output()
	if err != nil {
		return "", path + " --version failed: " + err.Error()
	}
	if !strings.Contains(string(out), " "+PinnedGenerator) {
		return "", path + " is " + strings.TrimSpace(string(out)) + ", not the pinned " + PinnedGenerator
	}
	return path, ""
}

// CheckRegenerates regenerates dir's parser from grammar.js with the pinned CLI in a
// scratch folder and fails when any generated file differs from the committed one. It
// skips, saying why, only when the pinned CLI is not installed.
func CheckRegenerates(t *testing.T, dir string) {
	t.Helper()
	cli, missing := generator()
	if cli == "" {
		t.Skipf("regenerate check skipped: %s; install tree-sitter CLI %s to run it", missing, PinnedGenerator)
	}
	scratch := t.TempDir()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries { // grammar.js and any module it requires
		if !e.IsDir() && (strings.HasSuffix(e.Name(), ".js") || e.Name() == "package.json") {
			copyFile(t, filepath.Join(dir, e.Name()), filepath.Join(scratch, e.Name()))
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "src", "scanner.c")); err == nil {
		copyFile(t, filepath.Join(dir, "src", "scanner.c"), filepath.Join(scratch, "src", "scanner.c"))
	}
	cmd := exec.Command(cli, "generate", "--no-bindings")
	cmd.Dir = scratch
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("tree-sitter generate: %v\n%s", err, out)
	}
	abs, _ := filepath.Abs(dir)
	for _, name := range generatedFiles {
		want, err := os.ReadFile(filepath.Join(dir, "src", name))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(scratch, "src", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("src/%s is not what grammar.js generates: run `tree-sitter generate --no-bindings` (CLI %s) in %s and commit src/", name, PinnedGenerator, abs)
		}
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
