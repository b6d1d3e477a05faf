package workspace_test

import (
	"os"
	"testing"
)

// TestMain gives the tests a workspace index folder of their own: their indexes never land
// in the user's cache.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "gantry-test-cache")
	if err != nil {
		panic(err)
	}
	os.Setenv("GANTRY_INDEX_DIR", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
