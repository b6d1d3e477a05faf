package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"os"
	"path/filepath"
	"testing"
)

// The Go build cache does not see C files a binding pulls in with #include: a regenerated
// parser.c would link stale. Each binding.go therefore names the hash of its C sources in a
// cgo flag (-DGANTRY_GRAMMAR_SHA=…), which is part of the cache key, and CheckSourceHash
// fails when that hash is out of date.

var shaFlag = lazyregexp.New(`-DGANTRY_GRAMMAR_SHA=([0-9a-f]+)`)

// SourceHash returns the short hash of dir's src/parser.c and src/scanner.c (if present).
func SourceHash(dir string) (string, error) {
	h := sha256.New()
	for _, name := range []string{"parser.c", "scanner.c"} {
		b, err := os.ReadFile(filepath.Join(dir, "src", name))
		if os.IsNotExist(err) && name == "scanner.c" {
			continue
		}
		if err != nil {
			return "", err
		}
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// CheckSourceHash fails when dir/binding.go does not carry the current source hash.
func CheckSourceHash(t *testing.T, dir string) {
	t.Helper()
	want, err := SourceHash(dir)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "binding.go"))
	if err != nil {
		t.Fatal(err)
	}
	m := shaFlag.FindSubmatch(b)
	if m == nil || string(m[1]) != want {
		t.Fatalf("binding.go must carry the parser's hash so the build cache rebuilds it: set -DGANTRY_GRAMMAR_SHA=%s in its #cgo CFLAGS", want)
	}
}
