package workspace

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Finding a project root lists every folder from the arguments' common folder up to the
// version control root, looking for project files. Listing a folder of thousands of
// sources (a PLC project exported flat, generated RTL) took longer than checking the one
// file a pre-commit hook asked about: for such a folder the names that may be project
// files are kept on disk with the folder's modification time, which changes whenever an
// entry is added, removed or renamed, so a check of the folder's files reads one small
// file instead of the whole listing.

// bigFolder is the number of entries from which a folder's listing is worth a cache file.
const bigFolder = 1000

// racyWindow: a folder changed this recently may change again within its file system's
// timestamp resolution (a second or two on some) without its time changing; its listing
// is not kept.
const racyWindow = 2 * time.Second

const markersHeader = "gantry-markers 1"

// markerName reports whether a file name may be a project file (what projectMarker then
// confirms, by its content where the name alone does not tell).
func markerName(name string) bool {
	lower := strings.ToLower(name)
	switch ext := filepath.Ext(lower); ext {
	case ".tsproj", ".tspproj", ".plcproj", ".library", ".projectarchive", ".export", ".ini", ".f", ".core", ".apj":
		return true
	default:
		if tiaProjectExt(ext) {
			return true
		}
	case ".project":
		return name != ".project" // Eclipse's .project is not CODESYS
	}
	return lower == "apax.yml" || lower == "apax.yaml" || strings.HasSuffix(lower, ".plcopen.xml")
}

// tiaProjectExt reports a TIA Portal project file's extension (lower case): .ap and the
// version, .ap11 to .ap99 (V11 … V20 and later).
func tiaProjectExt(ext string) bool {
	return len(ext) == 5 && strings.HasPrefix(ext, ".ap") && ext[3] >= '1' && ext[3] <= '9' && ext[4] >= '0' && ext[4] <= '9'
}

// markerCandidates returns the names in dir that may be project files, sorted: from the
// cache file of a big folder whose modification time has not changed, else listed.
func markerCandidates(dir string) []string {
	info, err := os.Stat(dir)
	if err != nil {
		return nil
	}
	// The time is read before the listing: a change while listing leaves a stale time,
	// and the next run lists the folder again.
	mod := strconv.FormatInt(info.ModTime().UnixNano(), 10)
	cache := cachePath(dir, ".markers")
	if cache != "" {
		if data, err := os.ReadFile(cache); err == nil {
			lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
			if len(lines) >= 3 && lines[0] == markersHeader && lines[1] == dir && lines[2] == mod {
				return lines[3:]
			}
		}
	}
	f, err := os.Open(dir)
	if err != nil {
		return nil
	}
	// Names only: neither the sort nor a DirEntry per file that os.ReadDir makes.
	names, err := f.Readdirnames(-1)
	f.Close()
	var out []string
	for _, n := range names {
		if markerName(n) {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	if err == nil && cache != "" && len(names) >= bigFolder && time.Since(info.ModTime()) > racyWindow {
		saveMarkers(cache, dir, mod, out)
	}
	return out
}

// saveMarkers writes a big folder's candidates to its cache file; names the file's lines
// cannot hold leave the folder uncached.
func saveMarkers(cache, dir, mod string, names []string) {
	if !storable(dir) {
		return
	}
	var b strings.Builder
	b.WriteString(markersHeader + "\n" + dir + "\n" + mod + "\n")
	for _, n := range names {
		if !storable(n) {
			return
		}
		b.WriteString(n + "\n")
	}
	writeCache(cache, b.String())
}
