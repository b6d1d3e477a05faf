package privacy

import (
	"strings"
	"testing"
)

// FuzzMask: masking never panics, is stable (masking masked text changes nothing more),
// and a known secret placed anywhere in arbitrary text does not survive it. Seeds: the
// secret fixtures and code without secrets.
func FuzzMask(f *testing.F) {
	for _, fx := range readFixtures(f) {
		f.Add(fx.line, uint16(0))
	}
	f.Add("x := 1; // 启动 🚀\r\nIF a THEN b := c; END_IF", uint16(7))
	f.Add("G1 X10 Y20 F300 (tool 3)\n", uint16(3))
	f.Fuzz(func(t *testing.T, text string, at uint16) {
		if len(text) > 4096 {
			return
		}
		once, _ := Text(text)
		twice, _ := Text(once)
		if twice != once {
			t.Fatalf("masking is not stable:\n%q\n%q", once, twice)
		}
		// A GitHub token on a line of its own, between lines of the input.
		const token = "ghp_4fJ8kL2mN9pQ7rS1tU3vW5xY6zA0bC8dE2gH"
		lines := strings.SplitAfter(text, "\n")
		i := int(at) % (len(lines) + 1)
		withSecret := strings.Join(lines[:i], "") + "\ntoken = \"" + token + "\"\n" + strings.Join(lines[i:], "")
		if out, _ := Text(withSecret); strings.Contains(out, token) {
			t.Fatalf("the token survived masking:\n%q", out)
		}
	})
}
