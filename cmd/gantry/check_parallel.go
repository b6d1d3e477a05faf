package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/report"
	"github.com/gantry-dev/gantry/codegen/workspace"
)

// checked is the outcome of one file's check.
type checked struct {
	file report.File
	err  error
}

// checkWorkers is how many files are checked at once: GOMAXPROCS (all cores unless the
// environment says otherwise).
func checkWorkers() int { return runtime.GOMAXPROCS(0) }

// checkAll checks paths on checkWorkers goroutines sharing one workspace (its index and
// parsed files are safe for concurrent use) and returns the outcomes in the order of paths,
// so the report is byte for byte the one a serial run prints. done is called after each
// file.
func checkAll(ctx context.Context, reg *codegen.Registry, ws *workspace.Workspace, fixed *config.Config, paths []string, done func()) []checked {
	out := make([]checked, len(paths))
	workers := min(checkWorkers(), len(paths))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(paths) {
					return
				}
				f, err := checkFile(ctx, reg, ws, fixed, paths[i])
				out[i] = checked{f, err}
				done()
			}
		}()
	}
	wg.Wait()
	return out
}

// progress writes "gantry check: 1234/10000 files" on stderr, rewritten in place, when
// stderr is a terminal and the run has taken more than a second (GANTRY_PROGRESS_AFTER, a
// Go duration, changes the delay); the line is erased before anything else is printed.
// Never for a pipe or a file, and never with a machine-readable format.
type progress struct {
	w     io.Writer
	total int
	n     atomic.Int64
	quit  chan struct{}
	wg    sync.WaitGroup
}

func newProgress(stderr io.Writer, total int, human bool) *progress {
	p := &progress{w: stderr, total: total}
	if !human || total == 0 || !isTerminal(stderr) {
		return p
	}
	after := time.Second
	if v := os.Getenv("GANTRY_PROGRESS_AFTER"); v != "" {
		if d, err := time.ParseDuration(v); err == nil {
			after = d
		}
	}
	p.quit = make(chan struct{})
	p.wg.Add(1)
	go p.run(after)
	return p
}

func (p *progress) step() { p.n.Add(1) }

func (p *progress) run(after time.Duration) {
	defer p.wg.Done()
	start := time.NewTimer(after)
	defer start.Stop()
	select {
	case <-p.quit:
		return
	case <-start.C:
	}
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		fmt.Fprintf(p.w, "\rgantry check: %d/%d files\x1b[K", p.n.Load(), p.total)
		select {
		case <-p.quit:
			fmt.Fprint(p.w, "\r\x1b[K")
			return
		case <-tick.C:
		}
	}
}

// stop ends the progress line (erasing it) before the report is printed.
func (p *progress) stop() {
	if p.quit == nil {
		return
	}
	close(p.quit)
	p.wg.Wait()
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	_, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	return err == nil
}
