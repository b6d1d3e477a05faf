package rtl

import (
	"bytes"
	"context"
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/syntax"
	"github.com/gantry-dev/gantry/codegen/workspace"
)

// A file that `includes another uses names the included file declares. Like a compiler,
// Gantry looks for the included file in the including file's folder, then in the +incdir+
// folders of the project's filelists (.f); when every include of a file is found and
// reads cleanly, the names they declare count as declared in the file, so its own names
// are checked. When one is not found, or declares names through macros, the file's names
// are not judged (what the missing file declares is unknown).

// maxIncludeDepth bounds nested includes (a header including itself through a guard-less
// cycle stops here).
const maxIncludeDepth = 8

// maxIncludeSize is the largest included file read.
const maxIncludeSize = 1 << 20

// includeSearch is where a file's includes are looked for: folders in order, then, for a
// name none of them holds, the one file of the project so named (a header kept in the
// source tree's top folder that a build script passes with +incdir+, which Gantry does not
// read); a name several files carry stays not found.
type includeSearch struct {
	dirs    []string
	sources func() []string // the project's Verilog files (nil: none known)
	lists   []string        // the project's filelists (.f), whose +define+ options set macros
}

// find returns the file an include names, "" when not found; first names the folders
// looked in before the others (a nested include's own folder).
func (s includeSearch) find(name string, first ...string) string {
	if path := findInclude(name, append(first, s.dirs...)); path != "" || s.sources == nil || filepath.IsAbs(name) {
		return path
	}
	found := ""
	suffix := string(filepath.Separator) + filepath.Clean(name)
	for _, p := range s.sources() {
		if strings.HasSuffix(p, suffix) {
			if found != "" {
				return "" // two of that name: which one the build means is not known
			}
			found = p
		}
	}
	return found
}

// newIncludeSearch is where an include of the file at path in workspace ws is looked for.
// The project's filelists are listed once: their +incdir+ folders are searched, their
// +define+ options tell which macros a build sets (listing them walks the index).
func newIncludeSearch(ws codegen.Workspace, path string) includeSearch {
	s := includeSearch{}
	if path != "" {
		s.dirs = append(s.dirs, filepath.Dir(path))
	}
	if pf, ok := ws.(codegen.ProjectFiler); ok {
		s.lists = pf.ProjectFiles(".f")
		for _, f := range s.lists {
			s.dirs = append(s.dirs, workspace.FilelistIncdirs(f)...)
		}
	}
	if sl, ok := ws.(codegen.SourceLister); ok {
		s.sources = func() []string { return sl.SourcePaths("rtl") }
	}
	return s
}

// includedNames returns the names the files text includes declare, and whether all of
// them were found and read (nil, true when text includes nothing). An include of text
// itself that is not found inside a conditional (`ifdef FORMAL … `include "props.sv" …
// `endif`, a header of a flow Gantry does not have) does not make the whole file unknown:
// its names can only be used under the same condition, so the conditional's span is
// returned in blind (byte offsets in text) and the rest of the file is judged. texts are
// the included files' texts, where the file's macros may be defined. An include
// an included header makes in a branch no build of the project takes is not read, as a
// compiler does not read it (neverRead). imports are the packages the included files
// import at their top level: the including file is compiled with those imports in its
// scope (a testbench header's `import bus_pkg::*;`, read into each class file).
func (p *Pack) includedNames(ctx context.Context, text []byte, search includeSearch) (names map[string]bool, ok bool, blind [][2]int, texts []string, imports []Import) {
	if len(includeRE.FindIndex(text)) == 0 {
		return nil, true, nil, nil, nil
	}
	names = map[string]bool{}
	seen := map[string]bool{}
	top := text
	var walk func(text []byte, first []string, depth int) bool
	walk = func(text []byte, first []string, depth int) bool {
		for _, m := range includeRE.FindAllSubmatchIndex(text, -1) {
			path := search.find(string(text[m[2]:m[3]]), first...)
			if path == "" && depth == 0 {
				if from, to, inside := enclosingConditional(text, m[0]); inside {
					blind = append(blind, [2]int{from, to})
					continue
				}
			}
			if path == "" && depth > 0 && search.neverRead(text, m[0], top) {
				continue
			}
			if path == "" || depth >= maxIncludeDepth {
				return false
			}
			if seen[path] {
				continue
			}
			seen[path] = true
			inc, ok := p.readInclude(ctx, path)
			if !ok {
				return false
			}
			texts = append(texts, string(inc.text))
			for _, u := range inc.model.Units {
				if u.MacroItems || u.FirstError >= 0 {
					return false // names declared through macros, or cut off by an error
				}
				if u.Name != "" && u.Name != includeListUnit {
					names[u.Name] = true
				}
				if u.Kind == UnitItems {
					imports = append(imports, u.Imports...)
				}
				u.EachName(func(n string) bool {
					names[n] = true
					return true
				})
			}
			// a nested include is looked for next to the file naming it first
			if !walk(inc.text, []string{filepath.Dir(path)}, depth+1) {
				return false
			}
		}
		return true
	}
	if !walk(text, nil, 0) {
		return nil, false, nil, nil, nil
	}
	return names, true, blind, texts, imports
}

// conditionalDirective matches the directives that open, divide and close a conditional.
var conditionalDirective = lazyregexp.New("`(ifdef|ifndef|elsif|else|endif)\\b")

// enclosingConditional returns the span of the outermost `ifdef/`ifndef … `endif holding
// offset pos of text (from its opening directive to the end of its `endif), and whether
// there is one; an unclosed conditional runs to the end of text.
func enclosingConditional(text []byte, pos int) (from, to int, ok bool) {
	depth, start := 0, -1
	for _, m := range conditionalDirective.FindAllSubmatchIndex(text, -1) {
		switch string(text[m[2]:m[3]]) {
		case "ifdef", "ifndef":
			if depth == 0 {
				start = m[0]
			}
			depth++
		case "endif":
			if depth == 0 {
				continue
			}
			depth--
			if depth == 0 {
				if start <= pos && pos < m[1] {
					return start, m[1], true
				}
				start = -1
			}
		}
		if m[0] > pos && depth == 0 {
			break
		}
	}
	if start >= 0 && start <= pos {
		return start, len(text), true
	}
	return 0, 0, false
}

// findInclude returns the first folder's file of that name, "" when none has it.
func findInclude(name string, dirs []string) string {
	if filepath.IsAbs(name) {
		if st, err := os.Stat(name); err == nil && st.Mode().IsRegular() {
			return name
		}
		return ""
	}
	for _, d := range dirs {
		path := filepath.Join(d, name)
		if st, err := os.Stat(path); err == nil && st.Mode().IsRegular() {
			return path
		}
	}
	return ""
}

type includedFile struct {
	text  []byte
	model *FileModel
}

// readInclude reads and parses an included file.
func (p *Pack) readInclude(ctx context.Context, path string) (includedFile, bool) {
	st, err := os.Stat(path)
	if err != nil || st.Size() > maxIncludeSize {
		return includedFile{}, false
	}
	text, err := os.ReadFile(path)
	if err != nil {
		return includedFile{}, false
	}
	f, err := syntax.Parse(ctx, p.Grammar(), text)
	if err != nil {
		return includedFile{}, false
	}
	f.Window = true // read for one check: kept out of the caches
	if f.Root().HasError() && opensHeaderList(text) {
		// a header's parameter or port list included between a module's parentheses
		// (`module apb #(`include "apb_params.v") (…)`): read in that place, its
		// declarations are the module's parameters or ports
		for _, wrap := range [][2]string{{"module " + includeListUnit + " #(\n", "\n) ();\nendmodule\n"}, {"module " + includeListUnit + " (\n", "\n);\nendmodule\n"}} {
			wf, err := syntax.Parse(ctx, p.Grammar(), []byte(wrap[0]+string(text)+wrap[1]))
			if err != nil {
				break
			}
			wf.Window = true
			if !wf.Root().HasError() {
				return includedFile{text: text, model: p.cache.fileModel(wf)}, true
			}
			wf.Close()
		}
	}
	return includedFile{text: text, model: p.cache.fileModel(f)}, true
}

// opensHeaderList reports whether an included text begins (after comments and
// directives) as a module header's parameter or port list does.
func opensHeaderList(text []byte) bool {
	first := ""
	forEachName(text, func(w string, at int, keyword bool) {
		if first == "" {
			first = w
		}
	})
	switch first {
	case "parameter", "localparam", "input", "output", "inout":
		return true
	}
	return false
}

// includeListUnit names the module an included parameter or port list is read in.
const includeListUnit = "gantry_included_list"

// neverRead reports whether the include at pos of an included header's text lies in a
// branch no build of the project takes: an `ifdef CUSTOM whose macro neither the header
// before it, nor the checked file (top), nor any file or filelist of the project defines
// (a vendor's configuration header that includes "custom.svh" only for its own SDK), or an
// `ifndef GUARD the header itself defined. Such an include's names cannot reach the file;
// judging the file's names instead of none of them is what makes a misspelt signal in a
// core whose every file includes that header an error (a build with +define+CUSTOM on a
// make command line is the one Gantry does not see).
func (s includeSearch) neverRead(text []byte, pos int, top []byte) bool {
	if s.sources == nil {
		return false
	}
	_, dropped := defaultConfiguration(text)
	for _, d := range dropped {
		if pos < d.from || pos >= d.to {
			continue
		}
		if strings.HasPrefix(d.macro, "!") {
			return true // needs a macro undefined that the header defines before it
		}
		return !s.definesMacro(d.macro, top)
	}
	return false
}

// definesMacro reports whether the checked file's text, a project's source or a +define+
// option of its filelists defines macro.
func (s includeSearch) definesMacro(macro string, top []byte) bool {
	def := regexp.MustCompile("`define\\s+" + regexp.QuoteMeta(macro) + "\\b")
	if def.Match(top) {
		return true
	}
	plus := regexp.MustCompile("(?i)\\+define\\+(?:[^\\s]*\\+)?" + regexp.QuoteMeta(macro) + "\\b")
	for _, f := range s.lists {
		if text, err := os.ReadFile(f); err == nil && plus.Match(text) {
			return true
		}
	}
	return projectDefines(s.sources(), macro, def)
}

// projectDefines reports whether one of the files at paths defines macro; the answer is
// kept for a few seconds, so checking a project's files, each including the header, reads
// its sources once per macro.
func projectDefines(paths []string, macro string, def *regexp.Regexp) bool {
	key := macro
	if len(paths) > 0 {
		key += "\x00" + paths[0] + "\x00" + strconv.Itoa(len(paths))
	}
	definedMu.Lock()
	defer definedMu.Unlock()
	if e, ok := definedSeen[key]; ok && time.Since(e.at) < 5*time.Second {
		return e.defined
	}
	found := false
	needle := []byte(macro)
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err == nil && bytes.Contains(text, needle) && def.Match(text) {
			found = true
			break
		}
	}
	if definedSeen == nil {
		definedSeen = map[string]definedAt{}
	}
	definedSeen[key] = definedAt{time.Now(), found}
	return found
}

var (
	definedMu   sync.Mutex
	definedSeen map[string]definedAt
)

type definedAt struct {
	at      time.Time
	defined bool
}
