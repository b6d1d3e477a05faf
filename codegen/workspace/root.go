package workspace

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/gantry-dev/gantry/codegen/config"
)

// Root is a project root and the reason it was chosen.
type Root struct {
	Dir    string
	Kind   string // RootConfig, RootTwinCAT, …
	Marker string // the file or folder that decided it ("" for RootCommon)
}

// Kinds of project root, in the order they are looked for.
const (
	RootConfig   = "gantry.toml"
	RootTwinCAT  = "TwinCAT project"
	RootApax     = "SIMATIC AX project"
	RootCODESYS  = "CODESYS project or export"
	RootLinuxCNC = "LinuxCNC configuration"
	RootFilelist = "Verilog filelist"
	RootFuseSoC  = "FuseSoC core"
	RootBnR      = "B&R Automation Studio project"
	RootTIA      = "TIA Portal project"
	RootVCS      = "version control root"
	RootCommon   = "common folder of the arguments"
)

// Explain says which root and why, for `gantry check --explain-root`.
func (r Root) Explain() string {
	if r.Marker == "" {
		return fmt.Sprintf("project root %s: %s (no gantry.toml, project file or version control root above it)", r.Dir, r.Kind)
	}
	return fmt.Sprintf("project root %s: %s %s", r.Dir, r.Kind, r.Marker)
}

// FindRoot returns the project root for a set of paths (files or folders): the folder of
// the nearest gantry.toml above all of them; else the nearest folder holding a project
// file (TwinCAT .tsproj/.plcproj, apax.yml, a CODESYS project or PLCopen export, a B&R
// Automation Studio .apj or Logical/Package.pkg, a TIA Portal .ap17…, a LinuxCNC .ini naming
// a SUBROUTINE_PATH, a Verilog .f filelist, a FuseSoC .core); else the
// version control root; else their common folder. The root is never narrower than the
// arguments: every candidate is looked for from the common folder upwards.
//
// A gantry.toml in the home folder is the user's own settings, not a project, one in the
// temporary folder (os.TempDir) is nobody's project, and project files are looked for no
// higher than the version control root (nor in the home or temporary folder or the
// filesystem root), so a stray file far above cannot make a whole disk the project.
func FindRoot(paths []string) Root {
	common := CommonDir(paths)
	if common == "" {
		return Root{}
	}
	home, _ := os.UserHomeDir()
	tmp := filepath.Clean(os.TempDir())
	shared := func(dir string) bool { return dir == home || dir == tmp }
	if c := config.Find(common); c != "" && !shared(filepath.Dir(c)) {
		return Root{Dir: filepath.Dir(c), Kind: RootConfig, Marker: c}
	}
	vcs := vcsRoot(common)
	for dir := common; ; dir = filepath.Dir(dir) {
		if shared(dir) || filepath.Dir(dir) == dir {
			break
		}
		if kind, marker := projectMarker(dir); kind != "" {
			return Root{Dir: dir, Kind: kind, Marker: marker}
		}
		if dir == vcs {
			break
		}
	}
	if vcs != "" {
		return Root{Dir: vcs, Kind: RootVCS, Marker: vcsMarker(vcs)}
	}
	return Root{Dir: common, Kind: RootCommon}
}

// FindRoots returns the project roots of a set of paths, one per argument (each found as
// FindRoot finds it for that argument alone), in argument order, without repeats and
// without roots inside another one. Every argument lies in one of them, so an index over
// them covers every argument; two arguments far apart (two projects, or folders whose only
// common folder is the home folder or the filesystem root) each get their own project
// instead of everything between them.
func FindRoots(paths []string) []Root {
	var all []Root
	for _, p := range paths {
		r := FindRoot([]string{p})
		if r.Dir == "" {
			continue
		}
		dup := false
		for _, o := range all {
			dup = dup || o.Dir == r.Dir
		}
		if !dup {
			all = append(all, r)
		}
	}
	var out []Root
	for _, r := range all {
		inside := false
		for _, o := range all {
			if o.Dir != r.Dir && within(o.Dir, r.Dir) {
				inside = true
			}
		}
		if !inside {
			out = append(out, r)
		}
	}
	return out
}

// CommonDir returns the deepest folder holding every path (a folder argument is itself
// held), as an absolute path; "" when paths is empty.
func CommonDir(paths []string) string {
	var common []string
	for i, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			continue
		}
		if st, err := os.Stat(abs); err != nil || !st.IsDir() {
			abs = filepath.Dir(abs)
		}
		parts := strings.Split(abs, string(filepath.Separator))
		if i == 0 || common == nil {
			common = parts
			continue
		}
		n := 0
		for n < len(common) && n < len(parts) && common[n] == parts[n] {
			n++
		}
		common = common[:n]
	}
	if common == nil {
		return ""
	}
	dir := strings.Join(common, string(filepath.Separator))
	if dir == "" || (len(common) == 1 && filepath.VolumeName(common[0]) != "") {
		dir += string(filepath.Separator)
	}
	return dir
}

var vcsDirs = []string{".git", ".hg", ".svn", ".jj", ".fossil"}

// vcsRoot returns the nearest folder at or above dir holding a version control folder.
func vcsRoot(dir string) string {
	for {
		if vcsMarker(dir) != "" {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// IsVCSRoot reports whether dir is the top of a version control checkout.
func IsVCSRoot(dir string) bool { return vcsMarker(dir) != "" }

func vcsMarker(dir string) string {
	for _, v := range vcsDirs {
		p := filepath.Join(dir, v)
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// projectMarker returns the kind of project file dir holds and its path: the first, by
// name, that is one.
func projectMarker(dir string) (string, string) {
	for _, name := range markerCandidates(dir) {
		path := filepath.Join(dir, name)
		if st, err := os.Stat(path); err != nil || st.IsDir() {
			continue
		}
		switch ext := strings.ToLower(filepath.Ext(name)); {
		case ext == ".tsproj" || ext == ".tspproj" || ext == ".plcproj":
			return RootTwinCAT, path
		case strings.EqualFold(name, "apax.yml") || strings.EqualFold(name, "apax.yaml"):
			return RootApax, path
		case ext == ".project" || ext == ".library" || ext == ".projectarchive" || ext == ".export":
			return RootCODESYS, path
		case strings.HasSuffix(strings.ToLower(name), ".plcopen.xml"):
			return RootCODESYS, path
		case ext == ".ini":
			if len(SubroutinePaths(path)) > 0 {
				return RootLinuxCNC, path
			}
		case ext == ".f":
			if IsFilelist(path) {
				return RootFilelist, path
			}
		case ext == ".core":
			if isFuseSoCCore(path) {
				return RootFuseSoC, path
			}
		case ext == ".apj":
			return RootBnR, path
		case tiaProjectExt(ext):
			return RootTIA, path
		}
	}
	// An Automation Studio project kept without its .apj still has its fixed layout: the
	// Logical view's folder with the package file at its top.
	if st, err := os.Stat(filepath.Join(dir, "Logical", "Package.pkg")); err == nil && !st.IsDir() {
		return RootBnR, filepath.Join(dir, "Logical")
	}
	return "", ""
}

// SubroutinePaths returns the folders a LinuxCNC .ini names in [RS274NGC] SUBROUTINE_PATH
// (colon-separated, relative to the .ini's folder), or nil.
func SubroutinePaths(ini string) []string {
	text, err := readHead(ini, 256<<10)
	if err != nil {
		return nil
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(text))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		key, val, ok := strings.Cut(line, "=")
		if !ok || !strings.EqualFold(strings.TrimSpace(key), "SUBROUTINE_PATH") {
			continue
		}
		for _, d := range strings.Split(strings.TrimSpace(val), ":") {
			if d = strings.TrimSpace(d); d == "" {
				continue
			}
			if !filepath.IsAbs(d) {
				d = filepath.Join(filepath.Dir(ini), d)
			}
			out = append(out, filepath.Clean(d))
		}
	}
	return out
}

// PythonOwordFiles returns the oword.py modules a LinuxCNC configuration (.ini) can call
// o-word subroutines in: with a [PYTHON] section, `o<name> call` runs the function name of
// the module oword when it defines one (LinuxCNC "Remap: Extending LinuxCNC", Python
// O-word procedures), and Python finds oword.py beside the .ini, in its PATH_PREPEND and
// PATH_APPEND folders and beside its TOPLEVEL script. Only the files that exist are
// returned; a .ini without [PYTHON] has none.
func PythonOwordFiles(ini string) []string {
	text, err := readHead(ini, 256<<10)
	if err != nil {
		return nil
	}
	base := filepath.Dir(ini)
	dirs := []string{base}
	inPython, python := false, false
	sc := bufio.NewScanner(bytes.NewReader(text))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "[") {
			inPython = strings.EqualFold(strings.TrimSpace(strings.Trim(line, "[]")), "PYTHON")
			python = python || inPython
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		if !inPython || !ok {
			continue
		}
		d := strings.TrimSpace(val)
		switch strings.ToUpper(strings.TrimSpace(key)) {
		case "TOPLEVEL":
			d = filepath.Dir(d)
		case "PATH_PREPEND", "PATH_APPEND":
		default:
			continue
		}
		if d == "" {
			continue
		}
		if !filepath.IsAbs(d) {
			d = filepath.Join(base, d)
		}
		dirs = append(dirs, filepath.Clean(d))
	}
	if !python {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for _, d := range dirs {
		f := filepath.Join(d, "oword.py")
		if seen[f] {
			continue
		}
		seen[f] = true
		if fi, err := os.Stat(f); err == nil && !fi.IsDir() {
			out = append(out, f)
		}
	}
	return out
}

// IsFilelist reports whether a .f file is a Verilog filelist (simulator options and
// source paths), not a Fortran source: its lines are +incdir+/-f/-v/-y options or paths
// of Verilog sources.
func IsFilelist(path string) bool {
	text, err := readHead(path, 64<<10)
	if err != nil {
		return false
	}
	seen := 0
	for _, line := range strings.Split(string(text), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "//") || strings.HasPrefix(line, "#") {
			continue
		}
		l := strings.ToLower(line)
		switch {
		case strings.HasPrefix(l, "+incdir+"), strings.HasPrefix(l, "+define+"), strings.HasPrefix(l, "-f "),
			strings.HasPrefix(l, "-v "), strings.HasPrefix(l, "-y "), strings.HasPrefix(l, "+libext+"):
			seen++
		case hasAnySuffix(l, ".v", ".sv", ".vh", ".svh", ".vhd"):
			seen++
		default:
			return false
		}
	}
	return seen > 0
}

// FilelistIncdirs returns the +incdir+ folders of a Verilog filelist, relative to its
// folder. Every RTL file a check checks asks for those of every filelist of the project
// (a tenth of a project check's time when each was read again): they are kept while the
// filelist's size and modification time stay.
func FilelistIncdirs(path string) []string {
	st, err := os.Stat(path)
	if err != nil {
		return nil
	}
	filelists.mu.Lock()
	e, ok := filelists.m[path]
	filelists.mu.Unlock()
	if ok && e.size == st.Size() && e.mod == st.ModTime().UnixNano() {
		return e.dirs
	}
	dirs := readIncdirs(path)
	filelists.mu.Lock()
	if filelists.m == nil {
		filelists.m = map[string]filelistEntry{}
	}
	filelists.m[path] = filelistEntry{st.Size(), st.ModTime().UnixNano(), dirs}
	filelists.mu.Unlock()
	return dirs
}

// filelists keeps what FilelistIncdirs read, by path.
var filelists struct {
	mu sync.Mutex
	m  map[string]filelistEntry
}

type filelistEntry struct {
	size, mod int64
	dirs      []string
}

func readIncdirs(path string) []string {
	text, err := readHead(path, 1<<20)
	if err != nil {
		return nil
	}
	var out []string
	for _, line := range strings.Split(string(text), "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(strings.ToLower(line), "+incdir+") {
			continue
		}
		for _, d := range strings.Split(line[len("+incdir+"):], "+") {
			if d = strings.TrimSpace(d); d == "" || strings.Contains(d, "$") {
				continue
			}
			if !filepath.IsAbs(d) {
				d = filepath.Join(filepath.Dir(path), d)
			}
			out = append(out, filepath.Clean(d))
		}
	}
	return out
}

func isFuseSoCCore(path string) bool {
	text, err := readHead(path, 4096)
	if err != nil {
		return false
	}
	for _, line := range strings.Split(string(text), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			return strings.HasPrefix(line, "CAPI=")
		}
	}
	return false
}

func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// readHead reads at most n bytes of a file.
func readHead(path string, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() < int64(n) {
		n = int(st.Size()) + 1 // a small file: no buffer of the whole limit
	}
	buf := make([]byte, n)
	k, err := io.ReadFull(f, buf)
	if k > 0 {
		return buf[:k], nil
	}
	return nil, err
}
