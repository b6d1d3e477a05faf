// Package codegen is Gantry's language-neutral pipeline: it asks a language pack for the
// context at the cursor, builds the prompt, asks a backend, and lets only candidates that
// pass the gate through. The pipeline never switches on the language.
package codegen

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/privacy"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// Pack is what a language contributes. Each method works on a parsed snapshot.
type Pack interface {
	// ID is the short language id used in rule ids and output ("st", "gcode", "rtl").
	ID() string
	// Name is the human name ("Structured Text").
	Name() string
	// Extensions lists file extensions with the dot, lower case.
	Extensions() []string
	// Grammar is the tree-sitter language.
	Grammar() *sitter.Language
	// LineComment is the token that starts a line comment ("//", ";").
	LineComment() string
	// Rules lists the pack's rules.
	Rules() []*rules.Rule
	// Check runs the rules (syntax excluded) over f. Within, when set, is the byte range the
	// caller cares about; packs may limit their work to it.
	Check(ctx context.Context, req CheckRequest) CheckResult
	// Context describes the cursor position for a suggestion.
	Context(ctx context.Context, req ContextRequest) Context
}

// BlockKeywords is implemented by packs whose blocks open and close with keywords
// (IF … END_IF, begin … end); syntax errors then name the closer that is missing.
type BlockKeywords interface {
	BlockPairs() [][2]string
}

// InnerErrors is implemented by packs whose files, when recovery turns a whole file into
// one ERROR node, are reported by the errors that node holds (syntax.ErrorsInside), not
// from the file's first line.
type InnerErrors interface {
	InnerErrors() bool
}

// syntaxErrors lists the syntax errors under root as pack p reports them.
func syntaxErrors(p Pack, f *syntax.File, root *sitter.Node, pairs [][2]string) []syntax.Error {
	if ie, ok := p.(InnerErrors); ok && ie.InnerErrors() {
		return syntax.ErrorsInside(f, root, pairs...)
	}
	return syntax.Errors(f, root, pairs...)
}

// Fragments is implemented by packs whose files may be fragments of other files' code (a
// Verilog header `included among a module's items): such a file does not parse alone.
type Fragments interface {
	// ParsesAsFragment reports whether the file of req, which has syntax errors alone,
	// is a fragment that parses where fragments are included: it then has none.
	ParsesAsFragment(ctx context.Context, req CheckRequest) bool
}

// Continuations is implemented by packs whose constructs go on past a block's end (IF …
// ELSE, if … end else, o100 if … o100 else): Continues reports whether a line continues the
// construct the lines before it left complete, so the streaming gate never cuts a unit
// between its branches.
type Continuations interface {
	Continues(line string) bool
}

// StatementEnds is implemented by packs whose statements end with a terminator (";" in ST
// and Verilog): the gate may cut a candidate's first line after one. Other packs' candidates
// are cut at line ends only (in G-code ";" starts a comment).
type StatementEnds interface {
	StatementTerminator() byte
}

// TextEnds is implemented by packs whose grammar lets a unit end with the text instead of
// its closing keyword (ST: a POU saved without END_*, as CODESYS writes one POU a file and
// TwinCAT a declaration). TextEndNode names the zero-width node that ends it there. The
// gate drops a candidate that leaves a unit open to the end of a unit's window or of a
// document whose other units close (Gate.leavesOpen).
type TextEnds interface {
	TextEndNode() string
}

// TypeNames is implemented by packs whose declarations put a type where an assignment puts
// a value (`sPassword : STRING;`): secret masking leaves such names alone.
type TypeNames interface {
	IsTypeName(word string) bool
}

// maskerFor is the secret masking for a pack's text, with its type names.
func maskerFor(p Pack) privacy.Options {
	if tn, ok := p.(TypeNames); ok {
		return privacy.Options{IsTypeName: tn.IsTypeName, Key: p.ID()}
	}
	return privacy.Options{Key: p.ID()}
}

// EmbeddedCode is implemented by packs whose files may hold code inside another format
// (ST in TwinCAT .TcPOU or PLCopen XML): Regions returns the code regions of such a file, or
// nil for plain source files.
type EmbeddedCode interface {
	Regions(path string) syntax.Regions
}

// LargeDocuments is implemented by packs that check big files without a whole-file tree
// (line-structured G-code parsed in chunks, ST and RTL unit by unit): above TextOnlyAbove
// bytes a document is kept as text only, and DiagnoseText gives its syntax errors and
// findings (req.File is the text-only snapshot).
type LargeDocuments interface {
	TextOnlyAbove() int
	DiagnoseText(ctx context.Context, req CheckRequest) ([]syntax.Error, CheckResult)
}

// Forgetter is implemented by packs that cache per-document state: the server calls Forget
// when the editor closes the document.
type Forgetter interface {
	Forget(path string)
}

// Parse parses a file's text for a pack, restricted to its code regions where it has any;
// a large document of a pack that handles those is kept as text only.
func Parse(ctx context.Context, p Pack, path string, text []byte) (*syntax.File, error) {
	var regions syntax.Regions
	if ec, ok := p.(EmbeddedCode); ok {
		regions = ec.Regions(path)
	}
	if ld, ok := p.(LargeDocuments); ok && len(text) > ld.TextOnlyAbove() {
		// Unit windows cut plain source files; code embedded in XML keeps its regions.
		if _, units := p.(UnitScanner); !units || regions == nil {
			return syntax.TextOnly(p.Grammar(), text), nil
		}
	}
	return syntax.ParseRegions(ctx, p.Grammar(), text, regions)
}

// CheckRequest is one rule run.
type CheckRequest struct {
	Path      string
	File      *syntax.File
	Config    *config.Config
	Workspace Workspace
	Within    *[2]int
	// ReleaseTree says the caller needs File's tree no more after this check (`gantry
	// check`): a pack frees it as soon as its analysis of the file is built, so the rules
	// do not run with the tree in C and the analysis in Go both held: the check of a
	// TwinCAT project of 4.2 MB (TcOpen) peaked at 134 MB, 101 MB so.
	ReleaseTree bool
	// Focus is the range of an insertion the gate vets (empty for the text before it): a
	// pack may have its Local rules (rules.Rule.Local) look only at the nodes touching it,
	// and then says so in CheckResult.FocusKey.
	Focus *[2]int
}

// CheckResult carries findings and the rules skipped for lack of information.
type CheckResult struct {
	Findings []rules.Finding
	Skipped  []string
	// FocusKey is set when the pack narrowed its Local rules to CheckRequest.Focus: it
	// names everything their findings away from the focus depend on (the declarations in
	// scope, the dialect). Two focused checks compare only when their keys are equal; the
	// gate checks both sides whole otherwise.
	FocusKey string
}

// ContextRequest asks a pack about a cursor position.
type ContextRequest struct {
	Path      string
	File      *syntax.File
	Offset    int
	Config    *config.Config
	Workspace Workspace
}

// Context is a pack's view of the cursor.
type Context struct {
	// Skip, when set, says why no suggestion makes sense here (inside a comment, mid-token).
	Skip string
	// Multiline is true at a syntactic opening where a block may follow.
	Multiline bool
	// Blocks are context sections for the prompt header, each with its source.
	Blocks []Block
	// Stop sequences for the model.
	Stop []string
	// Hints are the pack's own deterministic offers for the embedded backend, best first.
	Hints []string
	// Unit is the byte range of the enclosing unit (POU, module, block window) that the
	// gate re-checks.
	Unit [2]int
}

// Block is one piece of prompt context with where it came from.
type Block struct {
	Source string // path or a label like "declarations in scope"
	Text   string
	// List says each line stands alone (one declaration a line, the most useful first):
	// where the prompt has no room for all of it, its first lines are kept, not none.
	List bool
}

// Workspace gives packs the other files of the project.
type Workspace interface {
	// Files returns parsed files of the workspace for a language id, open documents as the
	// editor has them and others from disk.
	Files(ctx context.Context, lang string) []WorkspaceFile
}

// Generational is a Workspace that says when its files may have changed: caches over it
// hold while Generation returns the same value.
type Generational interface {
	Generation() uint64
}

// ProjectFiler is a Workspace that also lists the project's files that are not source
// (.plcproj, .ini, .f), for packs that read library references and search paths from them.
type ProjectFiler interface {
	ProjectFiles(ext string) []string
}

// SourceLister is a Workspace that lists the project's files of a language by path,
// without reading them: a Verilog `include the including file's folders lack is looked
// for among them by its name.
type SourceLister interface {
	SourcePaths(lang string) []string
}

// DiskFacter is a Workspace that answers a pack's questions about the disk around the
// checked file that no other of its methods asks (a B&R .var in a folder above a program,
// the tag tables beside an SCL source), each once per pass over a large document, and notes
// the answer for the unit asking: a unit's kept results hold only while every such answer
// stays the same (unit_results.go). Packs ask through Fact.
type DiskFacter interface {
	Fact(kind, arg string, answer FactFunc) any
}

// FactFunc answers a question of one kind about the disk for arg (a folder, a path): the
// value and a fingerprint of it (equal fingerprints for equal values, whatever their
// identity). It is a top-level function of its kind, the same for every call.
type FactFunc func(arg string) (value any, fingerprint uint64)

// Fact answers a pack's question about the disk around the checked file: through ws when
// it keeps track of what a check asked (DiskFacter), else by answer itself. kind names the
// question (a pack's id first, "st/bnr-vars-above"); answer must always be the same
// function for one kind.
func Fact(ws Workspace, kind, arg string, answer FactFunc) any {
	if d, ok := ws.(DiskFacter); ok {
		return d.Fact(kind, arg, answer)
	}
	v, _ := answer(arg)
	return v
}

// BuildLister is a Pack whose projects list the files they build (a TwinCAT .plcproj):
// NotBuilt reports a file its project does not build, and names that project. `gantry
// check DIR` leaves such files out.
type BuildLister interface {
	NotBuilt(path string) (project string, notBuilt bool)
}

// SharedAnalyser is a Pack whose checks ask other files only for the analysis it keeps in
// their memo (a unit's declarations, ports, members), never for their trees: AnalyseShared
// builds that analysis for a file parsed for the names it declares, so that the workspace
// can free the file's tree at once, before any other check sees it. A check of a top
// module's or a main program's file takes in hundreds of files this way, whose trees (20
// to 40 bytes of C memory per byte) stayed with them.
type SharedAnalyser interface {
	AnalyseShared(f *syntax.File)
}

// NameScanner is a Pack that lists the names a file declares for other files (lower case)
// from its text, without parsing: a workspace index parses a file only when one of its
// names is needed. It may list more names than the file declares, never fewer.
type NameScanner interface {
	DeclaredNames(text []byte) []string
}

// Declarer is a Workspace that finds the files declaring a name (lower case) without
// parsing the others. Its index may lag behind the disk; Refresh brings it up to date (once
// per process) and reports whether it did, so a name is looked up again before it is
// reported undeclared.
type Declarer interface {
	Declaring(ctx context.Context, lang, name string) []WorkspaceFile
	Refresh(ctx context.Context) bool
}

// NearDeclarer is a Declarer that leaves far declarations unparsed: of the files declaring
// a name, when more than ManyDeclarers do, only those sharing the most folders with the
// file asking (see DeclaringNear).
type NearDeclarer interface {
	DeclaringNear(ctx context.Context, lang, name, near string) (files []WorkspaceFile, more bool)
}

// LazyDeclarer is a Declarer that names the files declaring a name before parsing any: a
// caller that holds some of them already, or keeps only some (its own project's), parses
// no others.
type LazyDeclarer interface {
	DeclaringLazily(ctx context.Context, lang, name string) []LazyFile
}

// LazyFile is a file declaring a name, parsed (or taken from the workspace's files kept
// parsed) when Load is called; Load returns nil when the file can no longer be read.
type LazyFile struct {
	Path string
	Load func() *syntax.File
}

// ManyDeclarers is how many files may declare one name before a lookup keeps only the
// nearest: two or three variants of a block (RTL and a model, a library and its copy)
// are all read, but a tree holding thirty copies of one project must not parse all
// thirty for every name each file uses (uvm-ref-flow's 4,770 files took 208 s of CPU).
const ManyDeclarers = 4

// ManyEquallyNear is how many files of one folder, all equally near the asking file,
// declaring one name a lookup reads (NearDeclarer): a flat folder of variants, a
// simulator's test suite where hundreds of tests each declare a `module sub`, must not
// parse them all for every file.
const ManyEquallyNear = 16

// DeclaringNear returns the files declaring name as the workspace d finds them for the
// file at near, and whether farther ones were left out. A name scan lists more names than
// a file declares: a caller that needs a declaration the files returned lack may ask
// Declaring for all of them.
func DeclaringNear(ctx context.Context, d Declarer, lang, name, near string) (files []WorkspaceFile, more bool) {
	if nd, ok := d.(NearDeclarer); ok {
		return nd.DeclaringNear(ctx, lang, name, near)
	}
	files = d.Declaring(ctx, lang, name)
	keep := NearestPaths(len(files), func(i int) string { return files[i].Path }, near)
	if keep == nil {
		return files, false
	}
	out := make([]WorkspaceFile, 0, len(keep))
	for _, i := range keep {
		out = append(out, files[i])
	}
	return out, true
}

// NearestPaths returns the indexes (in order) of the n paths that share the most leading
// folders with near, or nil to keep all: when n is at most ManyDeclarers or near is "".
func NearestPaths(n int, path func(i int) string, near string) []int {
	if n <= ManyDeclarers || near == "" {
		return nil
	}
	best, shared := -1, make([]int, n)
	for i := range n {
		shared[i] = SharedFolders(path(i), near)
		best = max(best, shared[i])
	}
	var keep []int
	for i, s := range shared {
		if s == best {
			keep = append(keep, i)
		}
	}
	return keep
}

// SharedFolders counts the leading folders paths a and b have in common (a relative path
// taken from the working folder, as the command line gives them).
func SharedFolders(a, b string) int {
	folders := func(p string) []string {
		if q, err := filepath.Abs(p); err == nil {
			p = q
		}
		return strings.Split(filepath.ToSlash(filepath.Dir(p)), "/")
	}
	da, db := folders(a), folders(b)
	n := 0
	for n < len(da) && n < len(db) && da[n] == db[n] {
		n++
	}
	return n
}

// WorkspaceFile is one parsed file of the workspace.
type WorkspaceFile struct {
	Path string
	File *syntax.File
}

// Registry maps files to packs.
type Registry struct {
	packs []Pack
	byExt map[string]Pack
	byID  map[string]Pack
	// byContent holds the extensions some pack recognises by content only.
	byContent map[string]bool
}

// NewRegistry builds a registry over packs.
func NewRegistry(packs ...Pack) *Registry {
	r := &Registry{byExt: map[string]Pack{}, byID: map[string]Pack{}, byContent: map[string]bool{}}
	for _, p := range packs {
		r.packs = append(r.packs, p)
		r.byID[p.ID()] = p
		// Settings name languages and rules: they are checked against what the packs know.
		ids := []string{SyntaxRule(p)}
		for _, rl := range p.Rules() {
			ids = append(ids, rl.ID)
		}
		config.RegisterLanguage(p.ID(), ids...)
		for _, e := range p.Extensions() {
			r.byExt[strings.ToLower(e)] = p
		}
		if fc, ok := p.(FileClaimer); ok {
			for _, e := range fc.ContentExtensions() {
				r.byContent[strings.ToLower(e)] = true
			}
		}
	}
	return r
}

// FileClaimer is implemented by packs that recognise files an extension cannot name (a
// PLCopen XML export is an .xml file among others, a TIA Portal data block source a .db file
// among databases): ContentExtensions lists those extensions (with the dot), and ClaimsFile
// decides from the file's first bytes.
type FileClaimer interface {
	ContentExtensions() []string
	ClaimsFile(path string, head []byte) bool
}

// ForPath returns the pack for a file name, or nil. An extension some pack recognises by
// content is offered to those packs with the file's first 4 KiB.
func (r *Registry) ForPath(path string) Pack {
	if p := r.byExt[strings.ToLower(filepath.Ext(path))]; p != nil {
		return p
	}
	if !r.byContent[strings.ToLower(filepath.Ext(path))] {
		return nil
	}
	head := make([]byte, 4096)
	// Non-blocking, and only a regular file: an .xml FIFO must not stall the lookup.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		head = nil
	} else {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			n, _ := io.ReadFull(f, head)
			head = head[:n]
		} else {
			head = nil
		}
		f.Close()
	}
	for _, p := range r.packs {
		if fc, ok := p.(FileClaimer); ok && fc.ClaimsFile(path, head) {
			return p
		}
	}
	return nil
}

// ByID returns the pack with that id, or nil.
func (r *Registry) ByID(id string) Pack { return r.byID[id] }

// Packs returns all packs.
func (r *Registry) Packs() []Pack { return r.packs }

// Extensions returns every known extension, sorted.
func (r *Registry) Extensions() []string {
	var out []string
	for e := range r.byExt {
		out = append(out, e)
	}
	sort.Strings(out)
	return out
}
