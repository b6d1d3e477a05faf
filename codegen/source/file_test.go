package source

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// A project's texts stay in memory for its whole check: a file is read into a buffer of
// its size, with no room left over, whatever its length.
func TestReadFileKeepsNoSpareRoom(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int{0, 1, 511, 512, 4097, 100_000, 1 << 20} {
		want := bytes.Repeat([]byte("x := x + 1; (* Zähler *)\n"), size/26+1)[:size]
		path := filepath.Join(dir, "f.st")
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%d bytes: read %d different bytes", size, len(got))
		}
		if cap(got) > len(got)+1 {
			t.Errorf("%d bytes: read into a buffer of %d", size, cap(got))
		}
	}
}

// InView tells a view of a text's bytes from a copy of them.
func TestInViewTellsAViewFromACopy(t *testing.T) {
	b := []byte("PROGRAM P (* 计数器 *)\nEND_PROGRAM\n")
	if !InView(View(b[8:20]), b) || !InView(View(b), b) {
		t.Error("a view of the text is not in it")
	}
	if InView(string(b[8:20]), b) || InView("", b) || InView(View(b), b[:4]) {
		t.Error("a copy, an empty string or a view of more than the bytes is in them")
	}
}
