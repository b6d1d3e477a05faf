package rtl_test

import (
	"testing"

	"github.com/gantry-dev/gantry/lsp/lsptest"
)

// TestMain deletes the gantry binary the end-to-end tests built.
func TestMain(m *testing.M) { lsptest.Main(m) }
