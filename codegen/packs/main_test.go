package packs_test

import (
	"testing"

	"github.com/gantry-dev/gantry/lsp/lsptest"
)

// TestMain deletes the gantry binary the process benchmarks and the fuzz targets built.
func TestMain(m *testing.M) { lsptest.Main(m) }
