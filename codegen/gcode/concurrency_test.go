package gcode

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
)

// TestConcurrentUse: the server checks, asks for context and hovers on the same documents
// from several goroutines.
func TestConcurrentUse(t *testing.T) {
	pk := New()
	cfg := machineConfig(t)
	// a non-positive feed for the checks to find, before the program end (below the
	// tape's closing % nothing is code)
	base := strings.Replace(string(genCAM(3000)), "M30\n", "G1 X5 F-1\nM30\n", 1)
	// One caller alone on a fresh pack gives each answer; six at once on a shared pack (two
	// paths, so cached states are swapped under them) must give the same.
	type answers struct {
		check codegen.CheckResult
		ctx   codegen.Context
		hover string
	}
	want := make([]answers, 5)
	for i := range want {
		text := base + fmt.Sprintf("G0 X%d\n", i)
		f := parse(t, text)
		serial := New()
		want[i] = answers{
			serial.Check(context.Background(), codegen.CheckRequest{Path: "/tmp/serial.ngc", File: f, Config: cfg}),
			serial.Context(context.Background(), codegen.ContextRequest{Path: "/tmp/serial.ngc", File: f, Offset: len(text) / 2, Config: cfg}),
			serial.HoverPath("/tmp/serial.ngc", f, len(text)/3, cfg),
		}
	}
	if len(want[0].check.Findings) == 0 || want[0].hover == "" {
		t.Fatalf("the serial run gives nothing to compare: %d findings, hover %q", len(want[0].check.Findings), want[0].hover)
	}
	errs := make(chan string, 100)
	var wg sync.WaitGroup
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				text := base + fmt.Sprintf("G0 X%d\n", i)
				f := parse(t, text)
				path := fmt.Sprintf("/tmp/conc%d.ngc", g%2)
				got := answers{
					pk.Check(context.Background(), codegen.CheckRequest{Path: path, File: f, Config: cfg}),
					pk.Context(context.Background(), codegen.ContextRequest{Path: path, File: f, Offset: len(text) / 2, Config: cfg}),
					pk.HoverPath(path, f, len(text)/3, cfg),
				}
				pk.Diagnose(context.Background(), path, f.Bytes(), cfg)
				if !reflect.DeepEqual(got.check, want[i].check) {
					errs <- fmt.Sprintf("goroutine %d, text %d: %d findings, serial %d", g, i, len(got.check.Findings), len(want[i].check.Findings))
				}
				if !reflect.DeepEqual(got.ctx, want[i].ctx) {
					errs <- fmt.Sprintf("goroutine %d, text %d: context differs from the serial one", g, i)
				}
				if got.hover != want[i].hover {
					errs <- fmt.Sprintf("goroutine %d, text %d: hover %q, serial %q", g, i, got.hover, want[i].hover)
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
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
		pk.Diagnose(context.Background(), "/tmp/edge.ngc", f.Bytes(), cfg)
	}
	// CRLF lines: the carriage return is not part of the block.
	f := parse(t, "G21 G90 G54\r\nG0 X1 X2\r\nM30\r\n")
	res := pk.Check(context.Background(), codegen.CheckRequest{Path: "/tmp/crlf.ngc", File: f, Config: cfg})
	if len(res.Findings) != 1 || res.Findings[0].Rule != "gcode/duplicate-word" {
		t.Errorf("CRLF findings %+v", res.Findings)
	}
}
