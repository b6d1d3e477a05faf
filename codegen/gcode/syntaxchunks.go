package gcode

import (
	"bytes"
	"context"
	"runtime"
	"sort"
	"sync"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// Syntax errors of big files come from small trees: each chunk of lines is parsed on its
// own (G-code is line structured, so a chunk boundary never splits a construct the grammar
// builds), in parallel, and only its errors are kept — the tree is dropped at once, so
// memory stays bounded and the binding never caches millions of nodes. A chunk whose bytes
// did not change keeps its errors from the previous version.

type chunkSyntax struct {
	once sync.Once
	errs []syntax.Error // offsets relative to the chunk
}

// chunkErrors returns the syntax errors of chunk c (absolute offsets).
func chunkErrors(ctx context.Context, c *chunk, cs *chunkSyntax) []syntax.Error {
	cs.once.Do(func() {
		f, err := syntax.Parse(ctx, language, c.data)
		if err != nil {
			return
		}
		root := f.Root()
		if root.HasError() {
			cs.errs = syntax.Errors(f, root)
		}
		f.Close()
	})
	out := make([]syntax.Error, len(cs.errs))
	for i, e := range cs.errs {
		e.Start += c.start
		e.End += c.start
		out[i] = e
	}
	return out
}

// Diagnose checks a whole document without a whole-file tree: syntax errors from the
// chunk trees (parsed in parallel, reparsed only where the text changed) and the rules'
// findings. It is the entry point for large G-code documents; the result equals parsing
// the whole file and calling Check.
func (p *Pack) Diagnose(ctx context.Context, path string, text []byte, cfg *config.Config) ([]syntax.Error, codegen.CheckResult) {
	return p.diagnose(ctx, path, source.NewLines(text), nil, cfg)
}

// diagnose is Diagnose for the text lines indexes, of snapshot f when there is one
// (documentOf).
func (p *Pack) diagnose(ctx context.Context, path string, lines *source.Lines, f *syntax.File, cfg *config.Config) ([]syntax.Error, codegen.CheckResult) {
	if cfg == nil {
		cfg = config.Default()
	}
	d := p.documentOf(path, lines, f, cfg, true)
	errs := p.syntaxErrors(ctx, d)
	return errs, p.resultOf(d, cfg, nil)
}

// resultOf applies configuration (severities, rules off, the profile requirement) and
// gantry:ignore suppressions to a document's findings, like rules.Run, without a line
// table of the whole text: suppression reads only the lines around each finding.
func (p *Pack) resultOf(d *docState, cfg *config.Config, within *[2]int) codegen.CheckResult {
	sev := cfg.Severities()
	hasProfile := SettingsOf(cfg).Machine != nil
	var res codegen.CheckResult
	on := map[string]rules.Severity{}
	for _, r := range p.rules {
		s := r.Severity
		if r.OffByDefault {
			s = rules.Off
		}
		if o, ok := sev[r.ID]; ok {
			s = o
		}
		if s == rules.Off {
			continue
		}
		if r.NeedsProfile && !hasProfile {
			res.Skipped = append(res.Skipped, r.ID)
			continue
		}
		on[r.ID] = s
	}
	lines := d.lines
	all := d.findings()
	res.Findings = make([]rules.Finding, 0, len(all))
	for _, f := range all {
		s, ok := on[f.Rule]
		if !ok || within != nil && (f.End < within[0] || f.Start > within[1]) {
			continue
		}
		fd := rules.Finding{Rule: f.Rule, Severity: s, Start: f.Start, End: f.End, Message: f.Msg}
		// The finding's line and the one above, as a small file for rules.Suppressed.
		line := lines.LineOf(min(f.Start, lines.Len()))
		above := lines.Start(max(line-1, 0))
		small := lines.Slice(above, lines.End(line))
		if bytes.Contains(small, ignoreMarker) { // else nothing there suppresses it
			sf := syntax.TextOnly(nil, small)
			probe := fd
			probe.Start, probe.End = f.Start-above, f.End-above
			if rules.Suppressed(sf, probe) {
				continue
			}
		}
		res.Findings = append(res.Findings, fd)
	}
	sort.SliceStable(res.Findings, func(i, j int) bool {
		a, b := res.Findings[i], res.Findings[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.Rule < b.Rule
	})
	dedup := res.Findings[:0]
	for i, f := range res.Findings {
		if i > 0 && f == res.Findings[i-1] {
			continue
		}
		dedup = append(dedup, f)
	}
	res.Findings = dedup
	return res
}

var ignoreMarker = []byte(rules.IgnoreMarker)

func (p *Pack) syntaxErrors(ctx context.Context, d *docState) []syntax.Error {
	if d.foreign {
		return nil
	}
	type job struct {
		c  *chunk
		cs *chunkSyntax
	}
	jobs := make([]job, len(d.chunks))
	for i, c := range d.chunks {
		jobs[i] = job{c, c.syn}
	}
	results := make([][]syntax.Error, len(jobs))
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	next := make(chan int, len(jobs))
	for i := range jobs {
		next <- i
	}
	close(next)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = chunkErrors(ctx, jobs[i].c, jobs[i].cs)
			}
		}()
	}
	wg.Wait()
	var out []syntax.Error
	for _, r := range results {
		out = append(out, r...)
	}
	return out
}
