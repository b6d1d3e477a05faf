// Package gcode is Gantry's G-code language pack: a modal-state interpreter faithful to
// RS274NGC's order of execution (with LinuxCNC o-words, Fanuc macro B, Grbl and Marlin),
// machine-profile checks, the gcode/* rules, chunked incremental checking for
// million-line CAM programs, the cursor context for suggestions, hover and symbols.
package gcode

import (
	"context"
	"fmt"
	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/syntax"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/workspace"
	gcodegrammar "github.com/gantry-dev/gantry/grammars/gcode"
)

// Pack implements codegen.Pack for G-code. It is safe for concurrent use.
type Pack struct {
	rules []*rules.Rule

	mu   sync.Mutex
	docs map[string]*docState // by path, most recent full check
	lru  []string
}

var _ codegen.Pack = (*Pack)(nil)

// New returns the G-code pack.
func New() *Pack { return &Pack{rules: All(), docs: map[string]*docState{}} }

// ID implements codegen.Pack.
func (*Pack) ID() string { return "gcode" }

// Name implements codegen.Pack.
func (*Pack) Name() string { return "G-code" }

// Extensions implements codegen.Pack.
func (*Pack) Extensions() []string { return []string{".ngc", ".nc", ".tap", ".gcode", ".cnc"} }

// ContentExtensions implements codegen.FileClaimer: Sinumerik's main and subprogram files
// (.mpf, .spf; ModelSim keeps its projects in .mpf files too) and Heidenhain's programs
// (.h Klartext, .i DIN/ISO; extensions C owns) are recognised by their first bytes, and
// said once not to be checked (foreign.go); grblHAL's macros (.macro) are checked when
// their first bytes read as G-code (grblhal_macro.go).
func (*Pack) ContentExtensions() []string {
	return []string{".mpf", ".spf", ".h", ".i", macroExt}
}

// ClaimsFile implements codegen.FileClaimer.
func (*Pack) ClaimsFile(path string, head []byte) bool {
	if isMacroFile(path) {
		return claimsMacroFile(head)
	}
	return claimsForeignFile(path, head)
}

var _ codegen.FileClaimer = (*Pack)(nil)

var _ codegen.Fragments = (*Pack)(nil)

// ParsesAsFragment implements codegen.Fragments: a program in a controller language Gantry
// does not read (foreign.go) has no syntax errors to report, only the one finding saying it
// is not checked.
func (*Pack) ParsesAsFragment(_ context.Context, req codegen.CheckRequest) bool {
	cfg := req.Config
	if cfg == nil {
		cfg = config.Default()
	}
	return newSettings(req.Path, headOf(req.File.Lines), cfg).foreign != nil
}

var language = gcodegrammar.Language()

// Grammar implements codegen.Pack.
func (*Pack) Grammar() *sitter.Language { return language }

// LineComment implements codegen.Pack.
func (*Pack) LineComment() string { return ";" }

// Rules implements codegen.Pack.
func (p *Pack) Rules() []*rules.Rule { return p.rules }

// Run is what every rule's Pass.Model holds: the findings of one interpretation of the
// file, by rule id.
type Run struct {
	Doc    *docState
	byRule map[string][]finding
}

// Check implements codegen.Pack. It works from the text (never the tree) through the
// chunk cache, so a keystroke in a huge file re-checks one chunk.
func (p *Pack) Check(ctx context.Context, req codegen.CheckRequest) codegen.CheckResult {
	cfg := req.Config
	if cfg == nil {
		cfg = config.Default()
	}
	d := p.documentOf(req.Path, req.File.Lines, req.File, cfg, req.Within == nil)
	run := &Run{Doc: d, byRule: map[string][]finding{}}
	var all []finding
	if req.Within != nil {
		all = d.findingsIn(req.Within[0], req.Within[1])
	} else {
		all = d.findings()
	}
	for _, f := range all {
		run.byRule[f.Rule] = append(run.byRule[f.Rule], f)
	}
	found, skipped := rules.Run(req.File, run, cfg, p.rules, rules.Options{
		Severities: cfg.Severities(), HasProfile: SettingsOf(cfg).Machine != nil, Within: req.Within})
	return codegen.CheckResult{Findings: found, Skipped: skipped}
}

// document returns the checked state of snapshot f's text, built incrementally from the
// cached state of the same path. store says whether the result replaces the cached one
// (full checks do; the gate's trial splices do not).
func (p *Pack) document(path string, f *syntax.File, cfg *config.Config, store bool) *docState {
	return p.documentOf(path, f.Lines, f, cfg, store)
}

// documentOf is document for the text lines indexes, of snapshot f (nil when there is
// none): when f was edited from the cached state's text, the chunks the edit did not touch
// are reused without comparing their bytes.
func (p *Pack) documentOf(path string, lines *source.Lines, f *syntax.File, cfg *config.Config, store bool) *docState {
	set := newSettings(path, headOf(lines), cfg)
	p.mu.Lock()
	old := p.docs[path]
	p.mu.Unlock()
	if old != nil && old.key == set.key && old.lines == lines {
		return old
	}
	var edit *source.Edit
	if old != nil && f != nil {
		if e, ok := f.EditFrom(old.lines); ok {
			edit = &e
		}
	}
	d := build(old, lines, set, edit)
	if store || old == nil {
		p.mu.Lock()
		p.docs[path] = d
		p.touch(path)
		p.mu.Unlock()
	}
	return d
}

// maxDocs bounds the cache.
const maxDocs = 16

func (p *Pack) touch(path string) {
	for i, q := range p.lru {
		if q == path {
			p.lru = append(p.lru[:i], p.lru[i+1:]...)
			break
		}
	}
	p.lru = append(p.lru, path)
	if len(p.lru) > maxDocs {
		delete(p.docs, p.lru[0])
		p.lru = p.lru[1:]
	}
}

// Forget drops the cached state of a closed document.
func (p *Pack) Forget(path string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.docs, path)
	for i, q := range p.lru {
		if q == path {
			p.lru = append(p.lru[:i], p.lru[i+1:]...)
			break
		}
	}
}

// headOf returns the start of a text that dialect sniffing reads.
func headOf(lines *source.Lines) []byte { return lines.Slice(0, min(lines.Len(), sniffBytes)) }

// newSettings are the settings of a text at path; head is the text's start (the first
// sniffBytes are enough).
func newSettings(path string, head []byte, cfg *config.Config) *settings {
	d, explicit, guessed := readDialect(path, head, cfg)
	var prof *Profile
	mkey := ""
	if cfg != nil && SettingsOf(cfg).Machine != nil {
		prof = NewProfile(SettingsOf(cfg).Machine)
		m := *SettingsOf(cfg).Machine
		mkey = fmt.Sprintf("%+v|%v|%v", m, deref(m.SafeZ), deref(m.StockTop))
	}
	dir := filepath.Dir(path)
	foreign := detectForeign(path, head, explicit)
	fkey := ""
	if foreign != nil {
		fkey = foreign.message()
	}
	return &settings{
		foreign:  foreign,
		key:      string(d) + "|" + fmt.Sprint(explicit) + "|" + fmt.Sprint(guessed) + "|" + dir + "|" + mkey + "|" + fkey,
		dialect:  d,
		explicit: explicit,
		guessed:  guessed,
		prof:     prof,
		path:     path,
		exists:   subFinder(path),
	}
}

// subFinder looks for <name>.ngc (or <name>.sub, where PlanetCNC keeps a script's
// subroutines) where LinuxCNC looks and setups usually keep
// subroutines: the SUBROUTINE_PATH folders of a LinuxCNC .ini in the file's folder or
// above it, the file's folder, its parent, and their immediate subfolders. When the .ini
// names a SUBROUTINE_PATH folder that is not there (a shared or installed folder kept out
// of the checkout), any name may be defined in it: every call counts as found.
func subFinder(path string) func(string) bool {
	if path == "" {
		return func(string) bool { return false }
	}
	dir := filepath.Dir(path)
	return func(name string) bool {
		l := ngcNames(dir)
		return l.open || l.names[strings.ToLower(name)]
	}
}

var (
	ngcMu    sync.Mutex
	ngcCache = map[string]ngcListing{}
)

type ngcListing struct {
	at    time.Time
	names map[string]bool
	open  bool // a SUBROUTINE_PATH folder of the .ini is missing: its names are unknown
}

// ngcNames lists the subroutine files visible from dir, cached for a few seconds so a
// keystroke never lists directories.
func ngcNames(dir string) ngcListing {
	ngcMu.Lock()
	defer ngcMu.Unlock()
	if l, ok := ngcCache[dir]; ok && time.Since(l.at) < 5*time.Second {
		return l
	}
	names := map[string]bool{}
	all := iniSubroutinePaths(dir)
	open := false
	for _, d := range all {
		if fi, err := os.Stat(d); err != nil || !fi.IsDir() {
			open = true
		}
	}
	for _, d := range []string{dir, filepath.Dir(dir)} {
		all = append(all, d)
		entries, _ := os.ReadDir(d)
		for _, e := range entries {
			if e.IsDir() {
				all = append(all, filepath.Join(d, e.Name()))
			}
		}
	}
	for _, d := range all {
		entries, _ := os.ReadDir(d)
		for _, e := range entries {
			if ext := filepath.Ext(e.Name()); !e.IsDir() && (strings.EqualFold(ext, ".ngc") || strings.EqualFold(ext, ".sub")) {
				names[strings.ToLower(strings.TrimSuffix(e.Name(), filepath.Ext(e.Name())))] = true
			}
		}
	}
	for _, f := range iniPythonOwords(dir) {
		for _, n := range pythonDefs(f) {
			names[n] = true
		}
	}
	l := ngcListing{at: time.Now(), names: names, open: open}
	ngcCache[dir] = l
	return l
}

// iniSubroutinePaths returns the SUBROUTINE_PATH folders of the LinuxCNC configurations
// (.ini) in dir and the folders above it (iniUpward).
func iniSubroutinePaths(dir string) []string { return iniUpward(dir, workspace.SubroutinePaths) }

// iniPythonOwords returns the oword.py modules of the LinuxCNC configurations (.ini) in
// dir and the folders above it (iniUpward): a configuration with a [PYTHON] section calls
// o<name> in Python when its oword module defines name.
func iniPythonOwords(dir string) []string { return iniUpward(dir, workspace.PythonOwordFiles) }

// iniUpward collects what read finds in each LinuxCNC configuration (.ini) in dir and the
// folders above it, up to the top of its checkout (a machine's configuration may sit
// several folders above the programs it runs: nc_files/customer/part/op1) and no more
// than maxIniLevels up outside one.
func iniUpward(dir string, read func(ini string) []string) []string {
	var out []string
	for i := 0; i <= maxIniLevels; i++ {
		inis, _ := filepath.Glob(filepath.Join(dir, "*.ini"))
		for _, ini := range inis {
			out = append(out, read(ini)...)
		}
		parent := filepath.Dir(dir)
		if parent == dir || workspace.IsVCSRoot(dir) {
			break
		}
		dir = parent
	}
	return out
}

// pythonDefs returns the lower-cased names of the functions a Python module defines at
// its top level (`def name(`), the o-word subroutines LinuxCNC can call in an oword
// module (it lower-cases o-word names).
func pythonDefs(path string) []string {
	text, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var out []string
	for _, line := range strings.Split(string(text), "\n") {
		rest, ok := strings.CutPrefix(line, "def ")
		if !ok {
			continue
		}
		name, _, ok := strings.Cut(strings.TrimSpace(rest), "(")
		if name = strings.TrimSpace(name); ok && name != "" {
			out = append(out, strings.ToLower(name))
		}
	}
	return out
}

// maxIniLevels bounds the search for a LinuxCNC configuration above a program.
const maxIniLevels = 6

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}
