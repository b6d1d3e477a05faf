package st

import (
	"testing"

	"github.com/gantry-dev/gantry/codegen/source"
)

// A file whose check releases its tree is a file read from disk: its units' copies read
// its text, held anyway, instead of a second copy of every unit. Any other file's copies
// have their own text, so a unit the cache keeps never keeps an edited document's version.
func TestUnitCopiesReadTheTextOfAFileTheCheckReleases(t *testing.T) {
	src := "FUNCTION_BLOCK FB_Zähler\nVAR_INPUT\n\tbStart : BOOL; (* 开始 *)\nEND_VAR\nVAR\n\tnCount : INT;\nEND_VAR\nIF bStart THEN\n\tnCount := nCount + 1;\nEND_IF;\nEND_FUNCTION_BLOCK\n"
	for _, release := range []bool{false, true} {
		f := parse(t, src)
		m := newCache().build(f, release)
		if len(m.Units) != 1 || m.Units[0].data == nil || m.Units[0].data.root == nil {
			t.Fatalf("release %v: units %v", release, m.Units)
		}
		text := m.Units[0].data.root.Source()
		if text != src[:len(src)-1] {
			t.Errorf("release %v: the unit's copy reads %q", release, text)
		}
		if got := source.InView(text, f.Bytes()); got != release {
			t.Errorf("release %v: the copy reads the file's own text: %v, want %v", release, got, release)
		}
	}
}
