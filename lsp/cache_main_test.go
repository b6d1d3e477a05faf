package lsp_test

import (
	"os"
	"testing"

	"github.com/gantry-dev/gantry/lsp/lsptest"
	"github.com/gantry-dev/gantry/lsp/runtimeenv"
)

// TestMain gives the tests a workspace index folder of their own: their indexes never land
// in the user's cache, and the gantry binary they build is deleted after them. The test binary first restarts itself with the runtime settings
// `gantry lsp` runs with (runtimeenv), so the server's benchmarks measure what users meet.
func TestMain(m *testing.M) {
	_ = runtimeenv.Reexec()
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
