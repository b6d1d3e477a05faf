package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/gantry-dev/gantry/codegen/report"
)

// checkFilters are the flags of `gantry check` that narrow findings to what a change
// introduced: --diff REV (changed lines only) and --baseline FILE (known findings dropped),
// with --write-baseline FILE to record the known ones.
type checkFilters struct {
	diff, baseline, writeBaseline *string

	changed *changedLines
	known   *baseline
}

func newCheckFilters(fl *flag.FlagSet) *checkFilters {
	return &checkFilters{
		diff:          fl.String("diff", "", "report only findings on lines changed since git revision `REV` (committed, staged or not; untracked files count as new)"),
		baseline:      fl.String("baseline", "", "drop findings recorded in baseline `FILE` (by rule, file and line text, so they survive line shifts)"),
		writeBaseline: fl.String("write-baseline", "", "record every finding in baseline `FILE`, then report none of them"),
	}
}

// prepare reads what the flags name before any file is checked.
func (c *checkFilters) prepare() error {
	if *c.diff != "" {
		c.changed = newChangedLines(*c.diff)
	}
	if *c.baseline != "" && *c.writeBaseline == "" {
		b, err := readBaseline(*c.baseline)
		if err != nil {
			return err
		}
		c.known = b
	}
	return nil
}

// file narrows one file's findings to the changed lines.
func (c *checkFilters) file(f report.File) (report.File, error) {
	if c.changed == nil {
		return f, nil
	}
	return c.changed.filter(f)
}

// finish writes or applies the baseline over all files.
func (c *checkFilters) finish(files []report.File, stderr io.Writer) ([]report.File, error) {
	if *c.writeBaseline != "" {
		n, err := writeBaseline(*c.writeBaseline, &report.Report{Files: files})
		if err != nil {
			return files, fmt.Errorf("--write-baseline: %w", err)
		}
		fmt.Fprintf(stderr, "gantry check: wrote %d findings to %s\n", n, *c.writeBaseline)
		if c.known, err = readBaseline(*c.writeBaseline); err != nil {
			return files, err
		}
	}
	if c.known == nil {
		return files, nil
	}
	return c.known.filter(files), nil
}
