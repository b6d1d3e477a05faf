package rtl

import (
	"context"
	"os"
	"path/filepath"

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

// includeDirs are the folders an include of the file at path is looked for in.
func includeDirs(ws codegen.Workspace, path string) []string {
	var dirs []string
	if path != "" {
		dirs = append(dirs, filepath.Dir(path))
	}
	if pf, ok := ws.(codegen.ProjectFiler); ok {
		for _, f := range pf.ProjectFiles(".f") {
			dirs = append(dirs, workspace.FilelistIncdirs(f)...)
		}
	}
	return dirs
}

// includedNames returns the names the files text includes declare, and whether all of
// them were found and read (nil, true when text includes nothing).
func (p *Pack) includedNames(ctx context.Context, text []byte, dirs []string) (map[string]bool, bool) {
	if len(includeRE.FindIndex(text)) == 0 {
		return nil, true
	}
	names := map[string]bool{}
	seen := map[string]bool{}
	var walk func(text []byte, dirs []string, depth int) bool
	walk = func(text []byte, dirs []string, depth int) bool {
		for _, m := range includeRE.FindAllSubmatch(text, -1) {
			path := findInclude(string(m[1]), dirs)
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
			for _, u := range inc.model.Units {
				if u.MacroItems || u.FirstError >= 0 {
					return false // names declared through macros, or cut off by an error
				}
				if u.Name != "" {
					names[u.Name] = true
				}
				for n := range u.Names {
					names[n] = true
				}
			}
			// a nested include is looked for next to the file naming it first
			if !walk(inc.text, append([]string{filepath.Dir(path)}, dirs...), depth+1) {
				return false
			}
		}
		return true
	}
	if !walk(text, dirs, 0) {
		return nil, false
	}
	return names, true
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
	return includedFile{text: text, model: p.cache.fileModel(f)}, true
}
