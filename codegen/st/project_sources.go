package st

import (
	"bytes"
	"encoding/xml"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// Files a TwinCAT project builds. A .plcproj lists its objects (<Compile
// Include="POUs\MAIN.TcPOU">); an object file in the project's folders that the list does
// not name — an old copy, an object removed from the project but not from the disk — is
// not compiled by TwinCAT and is no part of the program, and neither is one the list marks
// excluded from the build (a note kept as a POU, an object parked). `gantry check DIR`
// leaves such files out; a file named on the command line or opened in the editor is
// checked.

// twinCATObjects are the object files a .plcproj lists by Compile (lower case).
var twinCATObjects = map[string]bool{".tcpou": true, ".tcgvl": true, ".tcdut": true, ".tcio": true, ".tctleo": true}

// PLCProjectSources returns the files a .plcproj compiles, relative to its folder, with
// forward slashes and in lower case (TwinCAT projects live on Windows file systems).
// An object whose Compile item says <ExcludeFromBuild>true</ExcludeFromBuild> (the
// object's "Exclude from build" property: TwinCAT leaves it out of every compilation) is
// none of them.
func PLCProjectSources(text []byte) []string {
	var out []string
	d := xml.NewDecoder(bytes.NewReader(text))
	d.Strict = false
	var inc string
	var excluded, inExclude bool
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "Compile":
				inc, excluded = attr(t, "Include"), false
			case "ExcludeFromBuild":
				inExclude = inc != ""
			}
		case xml.CharData:
			if inExclude && strings.EqualFold(strings.TrimSpace(string(t)), "true") {
				excluded = true
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "ExcludeFromBuild":
				inExclude = false
			case "Compile":
				if inc != "" && !excluded {
					out = append(out, sourceKey(inc))
				}
				inc = ""
			}
		}
	}
	return out
}

// sourceKey is the form paths are compared in. MSBuild escapes special characters of an
// Include as %HH (`XTS %28Do Not Edit%29\FB_XTS.TcPOU`); a file name holds them plain.
func sourceKey(rel string) string {
	if strings.Contains(rel, "%") {
		if u, err := url.PathUnescape(rel); err == nil {
			rel = u
		}
	}
	return strings.ToLower(filepath.ToSlash(filepath.Clean(strings.ReplaceAll(rel, `\`, "/"))))
}

// NotInProject reports whether path, a TwinCAT object file, lies under the folder of a
// .plcproj whose compile list does not name it, and returns that .plcproj. A project file
// that lists nothing (another tool's format) excludes nothing.
func NotInProject(path string) (project string, excluded bool) {
	if !twinCATObjects[strings.ToLower(filepath.Ext(path))] {
		return "", false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", false
	}
	dir := filepath.Dir(abs)
	for range 16 {
		for _, proj := range plcprojsIn(dir) {
			sources := plcprojSources(proj)
			if len(sources) == 0 {
				continue
			}
			rel, err := filepath.Rel(filepath.Dir(proj), abs)
			if err != nil {
				return "", false
			}
			if _, ok := sources[sourceKey(rel)]; ok || movedObject(proj, sources, abs) {
				return proj, false
			}
			return proj, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return "", false
}

// movedObject reports an object file that the compile list names in another folder where
// no such file is (`POUs\MAIN.TcPOU` listed, MAIN.TcPOU beside the .plcproj): a
// repository that flattened the project's folders, or moved an object without telling
// the project. The file is the object the list names, not an object left out of it —
// where it is the only file of that name in the project's folders: of two copies, which
// one the project means is not known, and neither is taken.
func movedObject(proj string, sources map[string]struct{}, abs string) bool {
	base := strings.ToLower(filepath.Base(abs))
	dir := filepath.Dir(proj)
	for src := range sources {
		if path.Base(src) == base && !existsFold(dir, src) {
			return objectNames(dir)[base] == 1
		}
	}
	return false
}

// objectNamesCache keeps objectNames's count per project folder for a moment: a check of
// a flattened project asks it for every object file.
var objectNamesCache sync.Map // folder → objectNamesEntry

type objectNamesEntry struct {
	at    time.Time
	names map[string]int
}

// objectNames counts the TwinCAT object files under dir by lower-case file name (at most
// 20,000 files looked at; hidden folders skipped).
func objectNames(dir string) map[string]int {
	if v, ok := objectNamesCache.Load(dir); ok && time.Since(v.(objectNamesEntry).at) < 2*time.Second {
		return v.(objectNamesEntry).names
	}
	names := map[string]int{}
	seen := 0
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if seen++; seen > 20000 {
			return filepath.SkipAll
		}
		if d.IsDir() {
			if p != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if twinCATObjects[strings.ToLower(filepath.Ext(d.Name()))] {
			names[strings.ToLower(d.Name())]++
		}
		return nil
	})
	objectNamesCache.Store(dir, objectNamesEntry{time.Now(), names})
	return names
}

// existsFold reports whether rel (forward slashes, any case) names a file under dir,
// matching each segment without case as Windows, where TwinCAT projects live, does.
func existsFold(dir, rel string) bool {
	for _, seg := range strings.Split(rel, "/") {
		if seg == "" || seg == "." {
			continue
		}
		if seg == ".." {
			dir = filepath.Dir(dir)
			continue
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			return false
		}
		found := ""
		for _, e := range entries {
			if strings.EqualFold(e.Name(), seg) {
				found = e.Name()
				break
			}
		}
		if found == "" {
			return false
		}
		dir = filepath.Join(dir, found)
	}
	return true
}

// plcprojDirs keeps the .plcproj files of each folder asked about: a check of a project
// asks for every object file, most of them in the same few folders.
var plcprojDirs sync.Map // folder → []string

// ProjectOf returns the project path belongs to: the .plcproj that compiles it (a TwinCAT
// object file), or the apax.yml of the nearest folder above a SIMATIC AX source (`.st`);
// "" when none. A repository of several AX projects (a course's exercises, each an apax.yml
// project with its own `Valve`) keeps each project's declarations apart, as TwinCAT's do.
func ProjectOf(path string) string {
	if !twinCATObjects[strings.ToLower(filepath.Ext(path))] {
		return apaxProjectOf(path)
	}
	if proj, excluded := NotInProject(path); !excluded {
		return proj
	}
	return ""
}

// apaxProjectOf returns the apax.yml of the nearest folder above an .st file, "" for none
// (within 16 levels).
func apaxProjectOf(path string) string {
	if !strings.EqualFold(filepath.Ext(path), ".st") {
		return ""
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return ""
	}
	dir := filepath.Dir(abs)
	for range 16 {
		if v, ok := apaxDirs.Load(dir); ok {
			if v.(bool) {
				return filepath.Join(dir, "apax.yml")
			}
		} else {
			_, err := os.Stat(filepath.Join(dir, "apax.yml"))
			apaxDirs.Store(dir, err == nil)
			if err == nil {
				return filepath.Join(dir, "apax.yml")
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return ""
}

// apaxDirs remembers which folders hold an apax.yml (folder → bool).
var apaxDirs sync.Map

func plcprojsIn(dir string) []string {
	if v, ok := plcprojDirs.Load(dir); ok {
		return v.([]string)
	}
	var out []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if !e.IsDir() && strings.EqualFold(filepath.Ext(e.Name()), ".plcproj") {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	plcprojDirs.Store(dir, out)
	return out
}

// plcprojSources returns the files a .plcproj compiles (nil when it cannot be read).
func plcprojSources(path string) map[string]struct{} {
	if e := plcproj(path); e != nil {
		return e.sources
	}
	return nil
}
