package workspace

import (
	"io/fs"
	"os"
)

// AssumeDiskUnchanged is for one-shot commands (gantry check): the workspace reads each
// file's size and modification time once and trusts them for its life. A check of a
// project looks a name up in the files declaring it for every file it checks — 79,000
// lookups, each a stat of every declaring file, in a 346-file TwinCAT project — while
// the disk does not change under a run (and a file changed during a run is read either way
// by the next run). Changed still forgets what it names.
func (w *Workspace) AssumeDiskUnchanged() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.stats == nil {
		w.stats = map[string]statResult{}
	}
}

// statResult is one remembered os.Stat.
type statResult struct {
	info fs.FileInfo
	err  error
}

// stat is os.Stat, read once per path when the workspace assumes the disk unchanged.
func (w *Workspace) stat(path string) (fs.FileInfo, error) {
	w.mu.Lock()
	memo := w.stats != nil
	r, ok := w.stats[path]
	w.mu.Unlock()
	if ok {
		return r.info, r.err
	}
	info, err := os.Stat(path)
	if memo {
		w.mu.Lock()
		w.stats[path] = statResult{info, err}
		w.mu.Unlock()
	}
	return info, err
}
