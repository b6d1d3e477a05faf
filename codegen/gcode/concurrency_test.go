package gcode

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
)

// TestConcurrentUse: the server checks, asks for context and hovers on the same documents
// from several goroutines.
func TestConcurrentUse(t *testing.T) {
	pk := New()
	cfg := machineConfig(t)
	base := string(genCAM(3000))
	var wg sync.WaitGroup
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				text := base + fmt.Sprintf("G0 X%d\n", i)
				f := parse(t, text)
				path := fmt.Sprintf("/tmp/conc%d.ngc", g%2)
				pk.Check(context.Background(), codegen.CheckRequest{Path: path, File: f, Config: cfg})
				pk.Context(context.Background(), codegen.ContextRequest{Path: path, File: f, Offset: len(text) / 2, Config: cfg})
				pk.HoverPath(path, f, len(text)/3, cfg)
				pk.Diagnose(context.Background(), path, f.Text, cfg)
			}
		}(g)
	}
	wg.Wait()
}

// TestEdgeTexts: empty files, no final newline, CRLF and a lone percent sign.
func TestEdgeTexts(t *testing.T) {
	pk := New()
	cfg := machineConfig(t)
	for _, text := range []string{"", "\n", "G0 X1", "G21 G90 G54\r\nG0 X1\r\nM30\r\n", "%", "(only a comment)"} {
		f := parse(t, text)
		pk.Check(context.Background(), codegen.CheckRequest{Path: "/tmp/edge.ngc", File: f, Config: cfg})
		for off := 0; off <= len(text); off++ {
			c := pk.Context(context.Background(), codegen.ContextRequest{Path: "/tmp/edge.ngc", File: f, Offset: off, Config: cfg})
			if c.Unit[0] > off || c.Unit[1] < off && c.Unit[1] != len(text) {
				t.Errorf("%q at %d: unit %v", text, off, c.Unit)
			}
			pk.HoverPath("/tmp/edge.ngc", f, off, cfg)
		}
		Symbols(f)
		pk.Diagnose(context.Background(), "/tmp/edge.ngc", f.Text, cfg)
	}
	// CRLF lines: the carriage return is not part of the block.
	f := parse(t, "G21 G90 G54\r\nG0 X1 X2\r\nM30\r\n")
	res := pk.Check(context.Background(), codegen.CheckRequest{Path: "/tmp/crlf.ngc", File: f, Config: cfg})
	if len(res.Findings) != 1 || res.Findings[0].Rule != "gcode/duplicate-word" {
		t.Errorf("CRLF findings %+v", res.Findings)
	}
}
