package gcode

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/source"
)

// nestedLoops is a program that opens n loops whose condition is known (so each records
// its body to replay it), one inside the other, followed by lines G1 moves.
func nestedLoops(n, lines int) string {
	var b strings.Builder
	b.WriteString("G21 G90 G54 G17 G94\nT1 M6\nS1000 M3\n#1 = 0\n")
	for k := 0; k < n; k++ {
		fmt.Fprintf(&b, "o%d while [#1 LT 2]\n", 100+k)
	}
	for k := 0; k < lines; k++ {
		fmt.Fprintf(&b, "G1 X%d Y[#1] Z-1 F300\n", k%50)
	}
	return b.String()
}

// TestNestedLoopBodiesKeptOnce: the body of a loop inside another is the end of the outer
// body; the simulator and its checkpoints keep the blocks once, not once per open loop.
// The program opens maxNesting loops and leaves them open, as the concatenated test
// programs of the benchmarks do.
func TestNestedLoopBodiesKeptOnce(t *testing.T) {
	const lines = 1500
	text := []byte(nestedLoops(maxNesting, lines))
	set := newSettings("/tmp/t.ngc", text, config.Default())
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	d := build(nil, source.NewLines(text), set, nil)
	runtime.GC()
	runtime.ReadMemStats(&after)
	retained := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	if got := len(d.final.frames); got != maxNesting {
		t.Fatalf("%d open loops, want %d", got, maxNesting)
	}
	for i := range d.final.frames {
		if n := d.final.bodyLen(&d.final.frames[i]); n == 0 {
			t.Fatalf("loop %d records nothing", i)
		}
	}
	// Where each block is in the text, once, and the chunks' checkpoints: under 256 bytes
	// a line (the blocks scanned, once per open loop, were about 40 KB a line).
	if limit := int64(lines) << 8; retained > limit {
		t.Errorf("the check of %d lines in %d open loops keeps %d bytes, want at most %d", lines, maxNesting, retained, limit)
	}
	runtime.KeepAlive(d)
}

// TestRestoredCheckpointWritesNothingShared: simulators restored from one checkpoint
// taken inside recording loops, run at the same time as the simulator that took it, each
// get what a simulator that ran the whole text alone gets, and none writes what another
// reads (run with -race).
func TestRestoredCheckpointWritesNothingShared(t *testing.T) {
	// The checkpoint falls inside the innermost loop's body, in a part-filled segment of
	// the log; after it, loops close and replay blocks from before the checkpoint.
	prefix := nestedLoops(4, logSeg*2+40)
	var suffix strings.Builder
	for k := 0; k < 60; k++ {
		fmt.Fprintf(&suffix, "G1 X%d Y2 F200\n", k)
	}
	suffix.WriteString("#1 = [#1 + 1]\no103 endwhile\n")
	for k := 0; k < 30; k++ {
		fmt.Fprintf(&suffix, "G0 X%d\n", k)
	}
	suffix.WriteString("o102 endwhile\nG1 X1 F100\n#1 = [#1 - 1]\no101 endwhile\nM30\n")
	text := []byte(prefix + suffix.String())
	cut := strings.Count(prefix, "\n")
	d := build(nil, source.NewLines(text), newSettings("/tmp/t.ngc", text, config.Default()), nil)
	c := textChunk(text)
	type result struct {
		st       State
		out      []finding
		frames   int
		replayed bool
	}
	// exec runs m over the lines [from, to) and returns the findings on them.
	exec := func(m *Sim, from, to int) result {
		m.out = nil
		var b Block
		forLines(c, func(line, start, end int) {
			if line >= from && line < to {
				c.scan(&b, line, start, end)
				m.Exec(&b)
			}
		})
		return result{m.St, m.out, len(m.frames), len(m.logs) > 1}
	}
	all := 1 << 30
	alone := newSim(d.prog, hooks())
	exec(alone, 0, cut)
	want := exec(alone, cut, all)
	m := newSim(d.prog, hooks())
	exec(m, 0, cut)
	cp := m.checkpoint()
	if !want.replayed || want.frames != 1 || len(cp.frames) != 4 || cp.bodyLen(&cp.frames[3]) != logSeg*2+40 {
		t.Fatalf("the program does not test what it should: replayed %v, %d frames open at the end, %d at the checkpoint", want.replayed, want.frames, len(cp.frames))
	}
	var wg sync.WaitGroup
	got := make([]result, 4)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if g == 0 { // the simulator that took the checkpoint goes on
				got[g] = exec(m, cut, all)
				return
			}
			r := newSim(d.prog, hooks())
			r.restore(cp)
			got[g] = exec(r, cut, all)
		}()
	}
	wg.Wait()
	for g, r := range got {
		if !r.st.equal(&want.st) || !reflect.DeepEqual(r.out, want.out) || r.frames != want.frames {
			t.Errorf("simulator %d: %d findings, %d frames open; alone: %d findings, %d frames", g, len(r.out), r.frames, len(want.out), want.frames)
		}
	}
}
