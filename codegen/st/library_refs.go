package st

import (
	"bytes"
	"encoding/xml"
	"gopkg.in/yaml.v3"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
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

// plcprojCache keeps what Gantry reads from each .plcproj (its library references and the
// files it compiles) by size and modification time: the file is read once per change.
var plcprojCache = struct {
	sync.Mutex
	m map[string]*plcprojEntry
}{m: map[string]*plcprojEntry{}}

type plcprojEntry struct {
	size, mod int64
	refs      []LibraryRef
	sources   map[string]struct{} // PLCProjectSources, as a set
}

// plcproj reads a .plcproj, cached while the file is unchanged; nil when it cannot be read.
func plcproj(path string) *plcprojEntry {
	st, err := os.Stat(path)
	if err != nil {
		return nil
	}
	plcprojCache.Lock()
	e := plcprojCache.m[path]
	plcprojCache.Unlock()
	if e != nil && e.size == st.Size() && e.mod == st.ModTime().UnixNano() {
		return e
	}
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	text, _ := io.ReadAll(io.LimitReader(f, 16<<20))
	f.Close()
	e = &plcprojEntry{size: st.Size(), mod: st.ModTime().UnixNano(), refs: PLCProjectLibraries(text), sources: map[string]struct{}{}}
	for _, src := range PLCProjectSources(text) {
		e.sources[src] = struct{}{}
	}
	plcprojCache.Lock()
	plcprojCache.m[path] = e
	plcprojCache.Unlock()
	return e
}

// plcprojLibraries reads a .plcproj's library references.
func plcprojLibraries(path string) []LibraryRef {
	if e := plcproj(path); e != nil {
		return e.refs
	}
	return nil
}

// apaxCache keeps each apax.yml's package references by size and modification time.
var apaxCache = struct {
	sync.Mutex
	m map[string]*apaxEntry
}{m: map[string]*apaxEntry{}}

type apaxEntry struct {
	size, mod int64
	refs      []LibraryRef
}

// apaxLibraries reads the packages a SIMATIC AX project's apax.yml depends on
// (`dependencies` and `devDependencies`, `"@ax/system-timer": ^10.2.7`): each is a library
// whose namespaces (System.Timer, AxUnit…) Gantry has no list of, so names under them
// are unknown, not undeclared. Nil when the file cannot be read or parsed.
func apaxLibraries(path string) []LibraryRef {
	st, err := os.Stat(path)
	if err != nil {
		return nil
	}
	apaxCache.Lock()
	e := apaxCache.m[path]
	apaxCache.Unlock()
	if e != nil && e.size == st.Size() && e.mod == st.ModTime().UnixNano() {
		return e.refs
	}
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	text, _ := io.ReadAll(io.LimitReader(f, 1<<20))
	f.Close()
	var manifest struct {
		Dependencies    map[string]any `yaml:"dependencies"`
		DevDependencies map[string]any `yaml:"devDependencies"`
	}
	e = &apaxEntry{size: st.Size(), mod: st.ModTime().UnixNano()}
	if yaml.Unmarshal(text, &manifest) == nil {
		var names []string
		for _, deps := range []map[string]any{manifest.Dependencies, manifest.DevDependencies} {
			for name := range deps {
				names = append(names, name)
			}
		}
		sort.Strings(names)
		for _, n := range names {
			e.refs = append(e.refs, LibraryRef{Name: n})
		}
	}
	apaxCache.Lock()
	apaxCache.m[path] = e
	apaxCache.Unlock()
	return e.refs
}
