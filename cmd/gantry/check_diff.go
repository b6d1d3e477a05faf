package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/gantry-dev/gantry/codegen/report"
)

// changedLines answers which lines of which files changed since a revision, from git:
// `git diff REV` (committed, staged and unstaged changes alike) plus untracked files,
// which are new in every line. Files are keyed by absolute, symlink-free path.
type changedLines struct {
	rev   string
	repos map[string]map[string]lineSet // repository top level → file → lines
	tops  map[string]string             // directory → its repository's top level
}

// lineSet is a set of 1-based line numbers; all marks a file new in its entirety.
type lineSet struct {
	all   bool
	lines map[int]bool
}

func newChangedLines(rev string) *changedLines {
	return &changedLines{rev: rev, repos: map[string]map[string]lineSet{}, tops: map[string]string{}}
}

// filter keeps the findings of f that touch a changed line. A file git does not list as
// changed keeps none; a file-level error (unreadable file) is kept.
func (c *changedLines) filter(f report.File) (report.File, error) {
	path, err := canonical(f.Path)
	if err != nil {
		return f, err
	}
	files, err := c.repoOf(filepath.Dir(path))
	if err != nil {
		return f, err
	}
	set := files[path]
	kept := []report.Diagnostic{}
	for _, d := range f.Diagnostics {
		if set.all {
			kept = append(kept, d)
			continue
		}
		for l := d.Line; l <= max(d.EndLine, d.Line); l++ {
			if set.lines[l] {
				kept = append(kept, d)
				break
			}
		}
	}
	f.Diagnostics = kept
	return f, nil
}

func canonical(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real, nil
	}
	return abs, nil
}

// repoOf returns the changed lines of the repository holding dir, read once.
func (c *changedLines) repoOf(dir string) (map[string]lineSet, error) {
	top, ok := c.tops[dir]
	if !ok {
		out, err := git(dir, "rev-parse", "--show-toplevel")
		if err != nil {
			return nil, fmt.Errorf("--diff: %s is not in a git repository: %v", dir, err)
		}
		top, _ = canonical(strings.TrimSpace(string(out)))
		c.tops[dir] = top
	}
	if files, ok := c.repos[top]; ok {
		return files, nil
	}
	if _, err := git(top, "rev-parse", "--verify", "--quiet", c.rev+"^{commit}"); err != nil {
		return nil, fmt.Errorf("--diff: %q is not a revision of %s", c.rev, top)
	}
	diff, err := git(top, "-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff", "-M", "--unified=0", c.rev, "--")
	if err != nil {
		return nil, fmt.Errorf("--diff: git diff %s: %v", c.rev, err)
	}
	files := parseUnifiedDiff(top, diff)
	untracked, err := git(top, "ls-files", "--others", "--exclude-standard", "-z")
	if err != nil {
		return nil, fmt.Errorf("--diff: git ls-files: %v", err)
	}
	for _, name := range strings.Split(string(untracked), "\x00") {
		if name != "" {
			files[filepath.Join(top, filepath.FromSlash(name))] = lineSet{all: true}
		}
	}
	c.repos[top] = files
	return files, nil
}

func git(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return out, fmt.Errorf("%v: %s", err, msg)
		}
		return out, err
	}
	return out, nil
}

// parseUnifiedDiff reads `git diff --unified=0`: each "+++ b/PATH" names a file, each
// "@@ -a,b +c,d @@" hunk adds lines c … c+d-1 of it (d omitted means 1; 0 is a deletion,
// which leaves no line of the new file to report on).
func parseUnifiedDiff(top string, diff []byte) map[string]lineSet {
	files := map[string]lineSet{}
	var cur string
	sc := bufio.NewScanner(bytes.NewReader(diff))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "+++ "):
			name := strings.TrimPrefix(line, "+++ ")
			if uq, err := strconv.Unquote(name); err == nil {
				name = uq // git quotes names with control characters even without quotePath
			}
			cur = ""
			if strings.HasPrefix(name, "b/") {
				cur = filepath.Join(top, filepath.FromSlash(strings.TrimPrefix(name, "b/")))
				if _, ok := files[cur]; !ok {
					files[cur] = lineSet{lines: map[int]bool{}}
				}
			}
		case strings.HasPrefix(line, "@@ ") && cur != "":
			fields := strings.Fields(line)
			if len(fields) < 3 || !strings.HasPrefix(fields[2], "+") {
				continue
			}
			start, count := hunkRange(strings.TrimPrefix(fields[2], "+"))
			for l := start; l < start+count; l++ {
				files[cur].lines[l] = true
			}
		}
	}
	return files
}

func hunkRange(s string) (start, count int) {
	a, b, found := strings.Cut(s, ",")
	start, _ = strconv.Atoi(a)
	count = 1
	if found {
		count, _ = strconv.Atoi(b)
	}
	return start, count
}
