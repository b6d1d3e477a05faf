package source

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// TestWalkDirThroughALinkedRoot: a root that is a link to a folder is walked, the paths
// starting with the link as given; a link inside the tree is not followed.
func TestWalkDirThroughALinkedRoot(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "checkout")
	for _, f := range []string{"POUs/MAIN.st", "GVLs/GVL_IO.st"} {
		if err := os.MkdirAll(filepath.Join(real, filepath.Dir(f)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(real, f), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := filepath.Join(dir, "project")
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(filepath.Join(real, "POUs"), filepath.Join(real, "loop")); err != nil {
		t.Fatal(err)
	}
	var files []string
	err := WalkDir(link, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	want := []string{filepath.Join(link, "GVLs", "GVL_IO.st"), filepath.Join(link, "POUs", "MAIN.st")}
	if len(files) != 2 || files[0] != want[0] || files[1] != want[1] {
		t.Errorf("walked %v, want %v", files, want)
	}
}
