package retrieval

import (
	"strings"
	"testing"
)

// The query's lines around the cursor are the ones splitting the whole text would give.
func TestQueryLinesAroundTheCursor(t *testing.T) {
	texts := []string{"", "\n", "a", "a\n", "\na\n\nb", strings.Repeat("x := 1;\n", 40), "ä\n计\n\n\nz"}
	for _, text := range texts {
		for off := 0; off <= len(text); off++ {
			for _, n := range []int{0, 1, 2, 8, 50} {
				before, after := strings.Split(text[:off], "\n"), strings.Split(text[off:], "\n")
				wantB := strings.Join(before[max(0, len(before)-n):], "\n")
				wantA := strings.Join(after[:min(len(after), n)], "\n")
				if got := string(lastLines([]byte(text[:off]), n)); got != wantB {
					t.Errorf("lastLines(%q, %d) = %q, want %q", text[:off], n, got, wantB)
				}
				if got := string(firstLines([]byte(text[off:]), n)); got != wantA {
					t.Errorf("firstLines(%q, %d) = %q, want %q", text[off:], n, got, wantA)
				}
			}
		}
	}
}
