package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/gantry-dev/gantry/codegen/report"
)

// baseline holds the findings a team accepted as known (legacy code), so CI fails only on
// new ones. A finding is keyed by its rule, its file (relative to the baseline file, with
// forward slashes) and the text of its line with surrounding blanks trimmed, never the line
// number: code inserted above a known finding does not make it new. Count says how many
// findings share a key, so a second identical line with the same problem is new.
type baseline struct {
	Version  int             `json:"version"`
	Findings []baselineEntry `json:"findings"`

	dir string
}

type baselineEntry struct {
	Rule  string `json:"rule"`
	File  string `json:"file"`
	Line  string `json:"line"`
	Count int    `json:"count"`
}

const baselineVersion = 1

func (b *baseline) key(path string, d report.Diagnostic) baselineEntry {
	rel := path
	if abs, err := filepath.Abs(path); err == nil {
		if r, err := filepath.Rel(b.dir, abs); err == nil {
			rel = r
		}
	}
	return baselineEntry{Rule: d.Rule, File: filepath.ToSlash(rel), Line: strings.TrimSpace(d.SourceLine())}
}

func readBaseline(path string) (*baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("--baseline: %w", err)
	}
	b := &baseline{}
	if err := json.Unmarshal(data, b); err != nil {
		return nil, fmt.Errorf("--baseline %s: not a gantry baseline: %w", path, err)
	}
	if b.Version != baselineVersion {
		return nil, fmt.Errorf("--baseline %s: version %d, want %d (write it again with --write-baseline)", path, b.Version, baselineVersion)
	}
	b.dir, err = baselineDir(path)
	return b, err
}

func baselineDir(path string) (string, error) {
	abs, err := filepath.Abs(path)
	return filepath.Dir(abs), err
}

// writeBaseline records every finding of rep in path.
func writeBaseline(path string, rep *report.Report) (int, error) {
	dir, err := baselineDir(path)
	if err != nil {
		return 0, err
	}
	b := &baseline{Version: baselineVersion, Findings: []baselineEntry{}, dir: dir}
	counts := map[baselineEntry]int{}
	n := 0
	for _, f := range rep.Files {
		for _, d := range f.Diagnostics {
			counts[b.key(f.Path, d)]++
			n++
		}
	}
	for k, c := range counts {
		k.Count = c
		b.Findings = append(b.Findings, k)
	}
	sort.Slice(b.Findings, func(i, j int) bool {
		x, y := b.Findings[i], b.Findings[j]
		if x.File != y.File {
			return x.File < y.File
		}
		if x.Rule != y.Rule {
			return x.Rule < y.Rule
		}
		return x.Line < y.Line
	})
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return 0, err
	}
	return n, os.WriteFile(path, append(data, '\n'), 0o644)
}

// filter drops the findings of files the baseline knows, up to each key's count.
func (b *baseline) filter(files []report.File) []report.File {
	left := map[baselineEntry]int{}
	for _, e := range b.Findings {
		k := e
		k.Count = 0
		left[k] += e.Count
	}
	out := make([]report.File, 0, len(files))
	for _, f := range files {
		kept := []report.Diagnostic{}
		for _, d := range f.Diagnostics {
			k := b.key(f.Path, d)
			if left[k] > 0 {
				left[k]--
				continue
			}
			kept = append(kept, d)
		}
		f.Diagnostics = kept
		out = append(out, f)
	}
	return out
}
