package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/provenance"
	"github.com/gantry-dev/gantry/codegen/report"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/syntax"
	"github.com/gantry-dev/gantry/codegen/unitcache"
	"github.com/gantry-dev/gantry/codegen/workspace"
)

func runCheck(args []string, stdout, stderr io.Writer) int {
	fl := newFlags("check", "[--format text|json|sarif|github|gitlab] [--config FILE] [--diff REV] [--baseline FILE] [--write-baseline FILE] PATH...", stderr)
	format := fl.String("format", "text", "output format: text, json, sarif, github or gitlab")
	configPath := fl.String("config", "", "configuration file (default: the nearest gantry.toml above each file)")
	aiOnly := fl.Bool("ai-only", false, "report only findings in AI-written regions (.gantry/ledger.jsonl), one severity stricter")
	explainRoot := fl.Bool("explain-root", false, "say on stderr which project root the check uses and why")
	filters := newCheckFilters(fl)
	if code, ok := parse(fl, args, stdout); !ok {
		return code
	}
	if fl.NArg() == 0 {
		fmt.Fprintln(stderr, "gantry check: no paths given")
		fl.Usage()
		return 2
	}
	switch *format {
	case "text", "json", "sarif", "github", "gitlab":
	default:
		fmt.Fprintf(stderr, "gantry check: unknown format %q\n", *format)
		return 2
	}
	if err := filters.prepare(); err != nil {
		fmt.Fprintf(stderr, "gantry check: %v\n", err)
		return 2
	}
	// Each file is checked once: units recur only where a project copies files.
	unitcache.SetDefaultMaxBytes(checkUnitCacheBytes)
	checkGC()
	reg := registry()
	var fixed *config.Config
	if *configPath != "" {
		c, err := config.Load(*configPath)
		if err != nil {
			fmt.Fprintf(stderr, "gantry check: %v\n", err)
			return 2
		}
		fixed = c
	}
	paths, ioErr := collect(reg, fl.Args(), stderr)
	ctx := context.Background()
	ws := workspace.New(reg, "")
	// Of the files parsed for the names they declare, only the last megabyte of code keeps
	// its tree: each file is checked once, inside syntax.BeginReads (checkFile).
	ws.BoundTrees(1 << 20)
	// Parsed files, with their analysis, within 2 MB of code while that is enough.
	ws.GrowParsedFrom(2 << 20)
	ws.SetRoots(checkRoots(fl.Args(), paths, *explainRoot, stderr)...)
	ws.AssumeDiskUnchanged() // a run reads the disk as it finds it, each file's time once
	if fixed != nil {
		ws.SetConfig(fixed) // the project's other files are read with it too
	}
	prog := newProgress(stderr, len(paths), *format == "text")
	checked := checkAll(ctx, reg, ws, fixed, paths, prog.step)
	prog.stop()
	var rep report.Report
	var files []report.File
	for i, path := range paths {
		f, err := checked[i].file, checked[i].err
		if err != nil {
			fmt.Fprintf(stderr, "gantry check: %v\n", err)
			ioErr = true
		}
		if *aiOnly {
			if f, err = onlyAIRegions(path, f); err != nil {
				fmt.Fprintf(stderr, "gantry check: %v\n", err)
				ioErr = true
			}
		}
		if f, err = filters.file(f); err != nil {
			fmt.Fprintf(stderr, "gantry check: %v\n", err)
			return 2
		}
		files = append(files, f)
	}
	files, err := filters.finish(files, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "gantry check: %v\n", err)
		return 2
	}
	for _, f := range files {
		rep.Add(f)
	}
	switch *format {
	case "json":
		_ = rep.JSON(stdout)
	case "sarif":
		_ = rep.SARIF(stdout, version, ruleInfo(reg))
	case "github":
		rep.GitHub(stdout)
	case "gitlab":
		_ = rep.GitLab(stdout)
	default:
		rep.Text(stdout)
	}
	switch {
	case ioErr:
		return 2
	case rep.Summary.Errors > 0:
		return 1
	}
	return 0
}

// checkRoots returns the folders the workspace index must cover: the project root of every
// argument (workspace.FindRoots) and the arguments' own folders, so the index is never
// narrower than the arguments, even where an argument lies in a folder the walk of its
// root skips. With explain, it says on stderr which roots and why.
func checkRoots(args, paths []string, explain bool, stderr io.Writer) []string {
	var dirs []string
	for _, r := range workspace.FindRoots(args) {
		if explain {
			fmt.Fprintf(stderr, "gantry check: %s\n", r.Explain())
		}
		dirs = append(dirs, r.Dir)
	}
	for _, a := range args {
		if d := workspace.CommonDir([]string{a}); d != "" {
			dirs = append(dirs, d)
		}
	}
	// A checked file in a folder the workspace walk skips (vendor/, build/…) is checked
	// with that folder's files beside it: a vendored library's fragments are included by
	// its own packages.
	roots := len(dirs)
	seen := map[string]bool{}
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			continue
		}
		for _, r := range dirs[:roots] {
			if f := workspace.SkippedFolder(r, abs); f != "" && !seen[f] {
				seen[f] = true
				dirs = append(dirs, f)
				if explain {
					fmt.Fprintf(stderr, "gantry check: %s is indexed too: files of it are checked, and the walk of %s skips it\n", f, r)
				}
			}
		}
	}
	return dirs
}

// checkGCPercent is the garbage collector's target for a check: the heap may grow to 1.5
// times what is live before a collection instead of twice (Go's default, GOGC=100). A
// check's live heap is the analysis of the project's files, kept until the end for the
// names they declare, and each file's check adds its own on top: with the default, the
// room the collector leaves came to a sixth of the peak (TcOpen, a TwinCAT project of
// 4.2 MB: 105 MB resident at GOGC=100, 87 MB at 50), for up to 11% more time.
const checkGCPercent = 50

// checkUnitCacheBytes bounds the unit text the packs' unit caches hold in a check. A unit's
// analysis costs a few kilobytes whatever its size and a few dozen bytes per byte of its
// text: 1 MB of the 220-byte units of a generated 10,000-file ST project held about 25 MB
// of analysis, a third of the check's peak (75 MB; 50 with 256 KB). A project copied 30
// times over, whose copies' units are found again, still fits its units in 256 KB.
const checkUnitCacheBytes = 256 << 10

// checkGC sets checkGCPercent unless the user chose a GOGC of their own.
func checkGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(checkGCPercent)
	}
}

// checkFile checks one file; an unreadable or non-text file yields an error entry.
func checkFile(ctx context.Context, reg *codegen.Registry, ws *workspace.Workspace, fixed *config.Config, path string) (report.File, error) {
	// The trees this check reads, of its file and of those it asks for, stay until it ends
	// (Workspace.BoundTrees).
	defer syntax.BeginReads()()
	p := reg.ForPath(path)
	out := report.File{Path: path, Diagnostics: []report.Diagnostic{}}
	if p == nil {
		out.Error = "unknown file type"
		return out, fmt.Errorf("%s: unknown file type (known: %v)", path, reg.Extensions())
	}
	out.Language = p.ID()
	st, _ := os.Stat(path) // before reading: a file changed in between is not lent as it is now
	raw, err := source.ReadFile(path)
	if err != nil {
		out.Error = err.Error()
		return out, err
	}
	cfg := fixed
	if cfg == nil {
		if cfg, err = ws.ConfigFor(path); err != nil {
			out.Error = err.Error()
			return out, err
		}
	}
	text, enc, err := source.Decode(raw, cfg.Encoding)
	if err != nil {
		out.Error = err.Error()
		return out, fmt.Errorf("%s: %w", path, err)
	}
	if why := source.CheckText(text); why != "" {
		out.Error = why
		if cfg.Encoding != "" {
			why += fmt.Sprintf(" (encoding = %q in %s refuses other encodings)", cfg.Encoding, cfg.Path)
		}
		return out, fmt.Errorf("%s: %s", path, why)
	}
	// A file of the project may have been parsed already for the names it declares.
	f := ws.ParsedCopy(path, st)
	if f == nil || !bytes.Equal(f.Bytes(), text) {
		if f, err = codegen.Parse(ctx, p, path, text); err != nil {
			out.Error = err.Error()
			return out, err
		}
	}
	defer ws.Lend(path, st, f)()
	// The packs see the path as the editor gives it, absolute: the workspace names files
	// so, and "the same file" or "the same folder" must not depend on the working folder.
	reqPath := path
	if abs, err := filepath.Abs(path); err == nil {
		reqPath = abs
	}
	res := codegen.Diagnose(ctx, p, codegen.CheckRequest{Path: reqPath, File: f, Config: cfg, Workspace: ws, ReleaseTree: true})
	rf := report.NewFile(path, p.ID(), f.Lines, res.Findings) // f's index of the same text
	rf.Skipped = res.Skipped
	rf.Encoding = enc
	return rf, nil
}

// collect expands directories to the files the packs know; files named explicitly are kept
// even when unknown, so the user hears about them. A folder's files that their project does
// not build (a TwinCAT object its .plcproj does not list) are left out, with a line saying
// so. What cannot be read (a folder without
// permission, a broken link) is reported and fails the run: a check that silently covers
// fewer files would pass CI. Non-regular files (FIFOs, devices, sockets, links to them) are
// skipped with a message: reading them could block or never end.
func collect(reg *codegen.Registry, args []string, stderr io.Writer) ([]string, bool) {
	var out []string
	failed := false
	notBuilt := map[string]int{} // project file → files of its folders it does not build
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			fmt.Fprintf(stderr, "gantry check: %v\n", err)
			failed = true
			continue
		}
		if !st.IsDir() {
			if !st.Mode().IsRegular() {
				fmt.Fprintf(stderr, "gantry check: %s: not a regular file, skipped\n", a)
				failed = true // named explicitly, and not checked
				continue
			}
			out = append(out, a)
			continue
		}
		_ = source.WalkDir(a, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				fmt.Fprintf(stderr, "gantry check: cannot read %v\n", err)
				failed = true
				if d != nil && d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if path != a && (d.Name() == ".git" || d.Name() == "node_modules") {
					return filepath.SkipDir
				}
				return nil
			}
			p := reg.ForPath(path)
			if p == nil {
				return nil
			}
			if bl, ok := p.(codegen.BuildLister); ok {
				if proj, no := bl.NotBuilt(path); no {
					notBuilt[proj]++
					return nil
				}
			}
			if !d.Type().IsRegular() {
				// A symlink is followed once to see what it names; anything else is special.
				st, err := os.Stat(path)
				switch {
				case err != nil:
					fmt.Fprintf(stderr, "gantry check: cannot read %v\n", err)
					failed = true
					return nil
				case !st.Mode().IsRegular():
					fmt.Fprintf(stderr, "gantry check: %s: not a regular file, skipped\n", path)
					return nil
				}
			}
			out = append(out, path)
			return nil
		})
	}
	projects := make([]string, 0, len(notBuilt))
	for proj := range notBuilt {
		projects = append(projects, proj)
	}
	sort.Strings(projects)
	for _, proj := range projects {
		// Not a failure: the project itself says these files are no part of the program.
		fmt.Fprintf(stderr, "gantry check: %d file(s) in the folders of %s that it does not build were left out (name a file to check it)\n", notBuilt[proj], proj)
	}
	sort.Strings(out)
	return out, failed
}

func ruleInfo(reg *codegen.Registry) []report.RuleInfo {
	var out []report.RuleInfo
	for _, p := range reg.Packs() {
		out = append(out, report.RuleInfo{ID: codegen.SyntaxRule(p), Title: "syntax error", Severity: rules.Error, Doc: "The text does not parse."})
		for _, r := range p.Rules() {
			out = append(out, report.RuleInfo{ID: r.ID, Title: r.Title, Doc: r.Doc.String(), Severity: r.Severity})
		}
	}
	return out
}

// onlyAIRegions keeps the findings inside regions the ledger records as AI-written and makes
// each one severity stricter: code a model wrote gets less benefit of the doubt.
func onlyAIRegions(path string, f report.File) (report.File, error) {
	l, err := provenance.FindLedger(filepath.Dir(path))
	if err != nil {
		return f, err
	}
	var regions [][2]int
	if l != nil {
		text, err := source.ReadFile(path)
		if err != nil {
			return f, err
		}
		regions = l.Regions(path, text)
	}
	kept := []report.Diagnostic{}
	for _, d := range f.Diagnostics {
		for _, r := range regions {
			if d.Line <= r[1] && d.EndLine >= r[0] {
				switch d.Severity {
				case "warning":
					d.Severity = "error"
				case "info":
					d.Severity = "warning"
				}
				kept = append(kept, d)
				break
			}
		}
	}
	f.Diagnostics = kept
	return f, nil
}
