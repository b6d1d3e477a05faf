package workspace

import (
	"os"
	"slices"
	"testing"
)

func TestSplitLinesAsStringsSplitWithoutTheLastEmptyLine(t *testing.T) {
	for text, want := range map[string][]string{
		"":              nil,
		"\n":            {""},
		"a":             {"a"},
		"a\n":           {"a"},
		"a\nb":          {"a", "b"},
		"a\n\nb\n":      {"a", "", "b"},
		"käse\t1\n密码\n": {"käse\t1", "密码"},
	} {
		lines := splitLines(text)
		var got []string
		for i := range lines.len() {
			got = append(got, lines.at(i))
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}

// An index file cut short or written by something else (another build among them) is not
// read: the index is built again.
func TestDamagedIndexFileIsNotRead(t *testing.T) {
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	roots := []string{"/p"}
	for _, text := range []string{
		"",
		indexHeader + "\n",
		indexHeader + "\n/p\n",
		indexHeader + "\n/p\n2\n/p/a.st\tst\t1\t1\tfb_a\n",
		indexHeader + "\n/p\nx\n",
		indexHeader + "\n/p\n1\n/p\t1\n", // a folder, then no count of files
		indexHeader + "\n/p\n0\n2\n/p/a.st\tst\t1\t1\tfb_a\n",
		"gantry-index 2\n/p\n0\n",
		// the same format written by another build, whose scanners may find other names
		"gantry-index 10 another-build\n/p\n0\n1\n/p/a.st\tst\t1\t1\tfb_a\nst\tfb_a\t0\n",
	} {
		if err := os.WriteFile(cacheFile(roots), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		if ix := loadIndex(roots); ix != nil {
			t.Errorf("%q was read", text)
		}
	}
	good := indexHeader + "\n/p\n0\n1\n/p/a.st\tst\t1\t1\tfb_a\nst\tfb_a\t0\n"
	if err := os.WriteFile(cacheFile(roots), []byte(good), 0o600); err != nil {
		t.Fatal(err)
	}
	ix := loadIndex(roots)
	if ix == nil || !slices.Equal(ix.lookup("st", "fb_a"), []string{"/p/a.st"}) || ix.entry("/p/a.st") == nil {
		t.Fatalf("a good index: %+v", ix)
	}
}
