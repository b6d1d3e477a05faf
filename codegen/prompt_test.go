package codegen_test

import (
	"testing"

	"github.com/gantry-dev/gantry/codegen"
)

// EstimateTokens reads bytes for speed; a non-ASCII rune (German and Chinese comments are
// common in PLC code) still costs as one rune, whatever its length in bytes.
func TestEstimateTokensCountsRunesNotBytes(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"abc", 1},
		{"abcd", 2},
		{"x := 1;", 4},
		{"ä", 3},
		{"// Förderband", 1 + 1 + 3 + 2 + 1},
		{"中文", 6},
		{"\xff\xfe", 6}, // invalid bytes: one fallback token group each
		{"a\x7fb", 1 + 3 + 1},
	} {
		if got := codegen.EstimateTokens(c.text); got != c.want {
			t.Errorf("EstimateTokens(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
