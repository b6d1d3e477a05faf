package packs_test

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gantry-dev/gantry/codegen/packs"
)

// FuzzParseAndCheck runs each grammar's parse and every rule of its pack, the cursor
// context and the editor features on arbitrary text: no panic, no internal-error finding.
// Seeds are the beginnings of the repository's sample files.
func FuzzParseAndCheck(f *testing.F) {
	reg := packs.Registry()
	for i, p := range reg.Packs() {
		for k, path := range realFiles(f, p) {
			if k >= 4 {
				break
			}
			b, err := os.ReadFile(path)
			if err == nil {
				f.Add(uint8(i), string(b[:min(len(b), 1200)]), uint16(len(b)/3))
			}
		}
	}
	f.Fuzz(func(t *testing.T, lang uint8, text string, cursor uint16) {
		if len(text) > 8192 || !utf8.ValidString(text) || strings.IndexByte(text, 0) >= 0 {
			return // NUL and invalid UTF-8 never reach a pack: the server and CLI refuse them
		}
		all := reg.Packs()
		p := all[int(lang)%len(all)]
		path := "fuzz" + p.Extensions()[0]
		exercise(t, p, path, []byte(text), int(cursor)%(len(text)+1), allRulesOn(p))
	})
}
