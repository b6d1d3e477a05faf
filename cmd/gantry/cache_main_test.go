package main

import (
	"os"
	"testing"

	"github.com/gantry-dev/gantry/lsp/lsptest"
)

// TestMain gives the tests a workspace index folder of their own: their indexes never land
// in the user's cache, and the gantry binary the end-to-end tests build is deleted after them.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "gantry-test-cache")
	if err != nil {
		panic(err)
	}
	os.Setenv("GANTRY_INDEX_DIR", dir)
	code := m.Run()
	os.RemoveAll(dir)
	lsptest.RemoveBinary()
	os.Exit(code)
}
