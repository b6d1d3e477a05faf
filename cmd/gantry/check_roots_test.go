package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copyDir copies the regular files of src (one level deep) into dst.
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func undeclared(got map[string][]string) []string {
	var out []string
	for file, fs := range got {
		for _, f := range fs {
			if strings.HasPrefix(f, "st/undeclared-identifier") {
				out = append(out, file+": "+f)
			}
		}
	}
	return out
}

// Two folders on the command line: the index covers both, whatever lies between them.
func TestCheckTwoFoldersCoversEveryArgument(t *testing.T) {
	repo, _ := filepath.Abs("../..")
	project := filepath.Join(repo, "testdata/st/project")
	demo := filepath.Join(repo, "testdata/demo")

	// As in the repository: both arguments, either order.
	for _, args := range [][]string{{project, demo}, {demo, project}} {
		got, stderr := checkFindings(t, args...)
		if u := undeclared(got); len(u) > 0 {
			t.Errorf("%v: %v\n%s", args, u, stderr)
		}
		if len(got["MAIN.TcPOU"]) == 0 || len(got["conveyor.st"]) == 0 {
			t.Errorf("%v: both folders checked? %v", args, got)
		}
	}

	// The project in a folder the walk of the common folder skips (a build output, a
	// hidden folder): before roots per argument, GVL_IO was reported undeclared in MAIN.
	for _, sub := range []string{"build/plc", ".snapshot/plc", "vendor/plc"} {
		tree := t.TempDir()
		copyDir(t, project, filepath.Join(tree, sub))
		copyDir(t, demo, filepath.Join(tree, "demo"))
		os.Remove(filepath.Join(tree, sub, "Line.plcopen.xml")) // no project file: the root is the common folder
		got, stderr := checkFindings(t, "--explain-root", filepath.Join(tree, sub), filepath.Join(tree, "demo"))
		if u := undeclared(got); len(u) > 0 {
			t.Errorf("%s: %v\n%s", sub, u, stderr)
		}
		if len(got["MAIN.TcPOU"]) == 0 || len(got["conveyor.st"]) == 0 {
			t.Errorf("%s: both folders checked? %v", sub, got)
		}
	}

	// Two projects in unrelated places: one root each (the project file and the
	// gantry.toml), never their common folder.
	a, b := t.TempDir(), t.TempDir()
	copyDir(t, project, filepath.Join(a, "plc"))
	copyDir(t, demo, filepath.Join(b, "demo"))
	got, stderr := checkFindings(t, "--explain-root", filepath.Join(a, "plc"), filepath.Join(b, "demo"))
	if u := undeclared(got); len(u) > 0 {
		t.Errorf("two trees: %v", u)
	}
	for _, want := range []string{
		"project root " + filepath.Join(a, "plc") + ": CODESYS project or export",
		"project root " + filepath.Join(b, "demo") + ": gantry.toml",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("explain-root %q lacks %q", stderr, want)
		}
	}
	if n := strings.Count(stderr, "project root "); n != 2 {
		t.Errorf("explain-root names %d roots, want 2:\n%s", n, stderr)
	}
}
