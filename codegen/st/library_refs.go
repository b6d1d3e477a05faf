package st

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
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

// plcprojCache keeps each .plcproj's references by size and modification time.
var plcprojCache = struct {
	sync.Mutex
	m map[string]plcprojEntry
}{m: map[string]plcprojEntry{}}

type plcprojEntry struct {
	size, mod int64
	refs      []LibraryRef
}

// plcprojLibraries reads a .plcproj's references, cached while the file is unchanged.
func plcprojLibraries(path string) []LibraryRef {
	st, err := os.Stat(path)
	if err != nil {
		return nil
	}
	plcprojCache.Lock()
	e, ok := plcprojCache.m[path]
	plcprojCache.Unlock()
	if ok && e.size == st.Size() && e.mod == st.ModTime().UnixNano() {
		return e.refs
	}
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	text, _ := io.ReadAll(io.LimitReader(f, 16<<20))
	f.Close()
	refs := PLCProjectLibraries(text)
	plcprojCache.Lock()
	plcprojCache.m[path] = plcprojEntry{size: st.Size(), mod: st.ModTime().UnixNano(), refs: refs}
	plcprojCache.Unlock()
	return refs
}
