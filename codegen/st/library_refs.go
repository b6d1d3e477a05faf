package st

import (
	"bytes"
	"encoding/xml"
	"gopkg.in/yaml.v3"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// PLCProjectLibraries returns the libraries a TwinCAT .plcproj references: each
// <PlaceholderReference Include="Name"> and <LibraryReference Include="Name,Version,Vendor">
// with its <Namespace> (what code writes, often none of the other names) and the title in
// <DefaultResolution>Title, Version (Vendor)</DefaultResolution>.
func PLCProjectLibraries(text []byte) []LibraryRef {
	var out []LibraryRef
	d := xml.NewDecoder(bytes.NewReader(text))
	d.Strict = false
	var cur *LibraryRef
	var field string
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "PlaceholderReference", "LibraryReference":
				cur = &LibraryRef{Name: beforeComma(attr(t, "Include"))}
			case "Namespace", "DefaultResolution":
				field = t.Name.Local
			}
		case xml.CharData:
			if cur == nil || field == "" {
				continue
			}
			v := strings.TrimSpace(string(t))
			if field == "Namespace" {
				cur.Namespace = v
			} else {
				cur.Title = beforeComma(v)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "PlaceholderReference", "LibraryReference":
				if cur != nil && cur.Name != "" {
					out = append(out, *cur)
				}
				cur = nil
			case "Namespace", "DefaultResolution":
				field = ""
			}
		}
	}
	return out
}

// PLCopenLibraries returns the libraries a CODESYS PLCopen export declares:
// <Library Name="#Standard" Namespace="Standard" DefaultResolution="Standard, * (System)"/>
// inside its <Libraries> data.
func PLCopenLibraries(text []byte) []LibraryRef {
	if !bytes.Contains(text, []byte("<Libraries")) {
		return nil
	}
	var out []LibraryRef
	d := xml.NewDecoder(bytes.NewReader(text))
	d.Strict = false
	in := false
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local == "Libraries" {
				in = true
			}
			if in && t.Name.Local == "Library" {
				out = append(out, LibraryRef{
					Name:      beforeComma(strings.TrimPrefix(attr(t, "Name"), "#")),
					Namespace: attr(t, "Namespace"),
					Title:     beforeComma(attr(t, "DefaultResolution")),
				})
			}
		case xml.EndElement:
			if t.Name.Local == "Libraries" {
				in = false
			}
		}
	}
	return out
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func beforeComma(s string) string {
	if i := strings.IndexByte(s, ','); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// fileCache keeps what is read from each file by the file's size and modification time:
// a project file is read once per change, not once per check.
type fileCache[T any] struct {
	mu sync.Mutex
	m  map[string]cached[T]
}

type cached[T any] struct {
	size, mod int64
	v         T
}

// get returns what read makes of the file's first limit bytes, read again only when the
// file changed; ok is false when the file cannot be read.
func (c *fileCache[T]) get(path string, limit int64, read func(text []byte) T) (v T, ok bool) {
	st, err := os.Stat(path)
	if err != nil {
		return v, false
	}
	c.mu.Lock()
	e, hit := c.m[path]
	c.mu.Unlock()
	if hit && e.size == st.Size() && e.mod == st.ModTime().UnixNano() {
		return e.v, true
	}
	f, err := os.Open(path)
	if err != nil {
		return v, false
	}
	text, _ := io.ReadAll(io.LimitReader(f, limit))
	f.Close()
	e = cached[T]{size: st.Size(), mod: st.ModTime().UnixNano(), v: read(text)}
	c.mu.Lock()
	if c.m == nil {
		c.m = map[string]cached[T]{}
	}
	c.m[path] = e
	c.mu.Unlock()
	return e.v, true
}

// plcprojEntry is what Gantry reads from a .plcproj: its library references and the files
// it compiles.
type plcprojEntry struct {
	refs    []LibraryRef
	sources map[string]struct{} // PLCProjectSources, as a set
}

var plcprojCache fileCache[*plcprojEntry]

// plcproj reads a .plcproj, cached while the file is unchanged; nil when it cannot be read.
func plcproj(path string) *plcprojEntry {
	e, _ := plcprojCache.get(path, 16<<20, func(text []byte) *plcprojEntry {
		e := &plcprojEntry{refs: PLCProjectLibraries(text), sources: map[string]struct{}{}}
		for i := range e.refs {
			e.refs[i].Dir = filepath.Dir(path)
		}
		for _, src := range PLCProjectSources(text) {
			e.sources[src] = struct{}{}
		}
		return e
	})
	return e
}

// plcprojLibraries reads a .plcproj's library references.
func plcprojLibraries(path string) []LibraryRef {
	if e := plcproj(path); e != nil {
		return e.refs
	}
	return nil
}

var apaxCache fileCache[[]LibraryRef]

// apaxLibraries reads the packages a SIMATIC AX project's apax.yml depends on
// (`dependencies` and `devDependencies`, `"@ax/system-timer": ^10.2.7`): each is a library
// whose namespaces (System.Timer, AxUnit…) Gantry has no list of, so names under them
// are unknown, not undeclared. Nil when the file cannot be read or parsed.
func apaxLibraries(path string) []LibraryRef {
	refs, _ := apaxCache.get(path, 1<<20, func(text []byte) []LibraryRef {
		var manifest struct {
			Dependencies    map[string]any `yaml:"dependencies"`
			DevDependencies map[string]any `yaml:"devDependencies"`
		}
		if yaml.Unmarshal(text, &manifest) != nil {
			return nil
		}
		var names []string
		for _, deps := range []map[string]any{manifest.Dependencies, manifest.DevDependencies} {
			for name := range deps {
				names = append(names, name)
			}
		}
		sort.Strings(names)
		var refs []LibraryRef
		for _, n := range names {
			refs = append(refs, LibraryRef{Name: n})
		}
		return refs
	})
	return refs
}

var apaxNameCache fileCache[string]

// apaxPackageName reads the name of the package a SIMATIC AX project's apax.yml builds
// (`name: "@simatic-ax/lpmlv2022"`); "" when the file cannot be read or names none.
func apaxPackageName(path string) string {
	name, _ := apaxNameCache.get(path, 1<<20, func(text []byte) string {
		var manifest struct {
			Name string `yaml:"name"`
		}
		if yaml.Unmarshal(text, &manifest) != nil {
			return ""
		}
		return manifest.Name
	})
	return name
}

// ownPackageWords returns the words of a package's name after the scope that have five
// letters or more, each as "word:" and its lower case (`@simatic-ax/standardizer-tutorial-lib`:
// word:standardizer, word:tutorial): a namespace named by one (Simatic.Ax.Tutorial) is the
// package's own. Words every kind of package uses (library, template, example) say nothing.
func ownPackageWords(name string) []string {
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
		switch w {
		case "library", "libraries", "template", "templates", "example", "examples", "tests", "simatic", "siemens":
			continue
		}
		if len(w) >= 5 {
			out = append(out, "word:"+w)
		}
	}
	return out
}

// ownPackageKey is a package name as its namespaces spell it: the name after the scope
// (`@simatic-ax/lacyccom-procedural`), in lower case, without `-`, `_` and `.`
// (lacyccomprocedural, which Simatic.Ax.LAcycCom.Procedural spells too).
func ownPackageKey(name string) string {
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '-', '_', '.':
			return -1
		}
		return unicode.ToLower(r)
	}, name)
}
