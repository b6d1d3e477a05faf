package st

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/gantry-dev/gantry/codegen/lazyregexp"
)

// declaredNameLine matches a declaration line of ST text: names, perhaps a location, then
// the colon of the type (`a, b AT %I* : BOOL;`), not an assignment's `:=`.
var declaredNameLine = lazyregexp.New(`(?m)^[ \t]*([A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)*)[ \t]*(?:AT[ \t]*%[^:\n]*)?:[^=]`)

// enumValueLine matches a line of an enumeration's values in a TYPE: a name, perhaps its
// value, then a comma, the closing parenthesis or the line's end (`Idle := 0,`, `Busy`).
var enumValueLine = lazyregexp.New(`(?m)^[ \t]*\(?[ \t]*([A-Za-z_]\w*)[ \t]*(?::=[^,\n]*)?[ \t]*(?:[,)]|\r?$)`)

// Libraries shipped with a TwinCAT project. TwinCAT keeps a copy of each library a PLC
// project uses in the project's folder, `_Libraries/<vendor>/<library>/<version>/` (the
// library's title in lower case, `tc2_nckinematictransformation`, `uninc gruppe 11`), as a
// `.compiled-library` or a `.library`, and many repositories commit that folder; some keep
// a user library's copy beside the project without the `_Libraries` level. Both files are
// ZIP archives CODESYS writes, and each holds a string table,
// `__shared_data_storage_string_table__.auxiliary`, with every name the library declares:
// its POUs, types, enumeration values and global variables. For a referenced library Gantry
// does not list completely, a bare name nothing else declares that its shipped copy holds
// (`arrNcAchsReset`, a user library's global; `KinStatus_Error`, a value of
// Tc2_NcKinematicTransformation's E_KinStatus) is the library's, not undeclared.

// stringTableEntry is the name of the string table in a library archive.
const stringTableEntry = "__shared_data_storage_string_table__.auxiliary"

// libraryArchiveLimit bounds what is read of one library archive.
const libraryArchiveLimit = 64 << 20

// libraryTables keeps each library archive's names by the library, its version, the file's
// name and size: every PLC project of a repository keeps its own copy of the same
// libraries (a visualisation library of 2.6 MB in each), read once.
var libraryTables sync.Map // string → map[string]bool

// libraryTable returns the names of the library archive at path (library and version: its
// folders), reading only the archive's directory and its string table.
func libraryTable(path, library, version string) map[string]bool {
	st, err := os.Stat(path)
	if err != nil || st.Size() > libraryArchiveLimit {
		return nil
	}
	key := strings.ToLower(library+"/"+version+"/"+filepath.Base(path)) + "/" + strconv.FormatInt(st.Size(), 10)
	if v, ok := libraryTables.Load(key); ok {
		return v.(map[string]bool)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	names := libraryStringTable(f, st.Size())
	f.Close()
	libraryTables.Store(key, names)
	return names
}

// shippedLibraryNames returns the names (lower case) of the library ref names, from the
// copies of it a TwinCAT project at dir keeps: dir/_Libraries/*/<name>/*/ and dir/*/<name>/*/.
// Nil when there is none.
func shippedLibraryNames(dir string, ref LibraryRef) map[string]bool {
	if dir == "" {
		return nil
	}
	var out map[string]bool
	for _, root := range []string{filepath.Join(dir, "_Libraries"), dir} {
		for _, lib := range libraryFolders(root, ref) {
			versions, _ := os.ReadDir(lib)
			for _, v := range versions {
				if !v.IsDir() {
					continue
				}
				files, _ := os.ReadDir(filepath.Join(lib, v.Name()))
				for _, f := range files {
					ext := strings.ToLower(filepath.Ext(f.Name()))
					if f.IsDir() || ext != ".library" && ext != ".compiled-library" {
						continue
					}
					names := libraryTable(filepath.Join(lib, v.Name(), f.Name()), filepath.Base(lib), v.Name())
					for k := range names {
						if out == nil {
							out = map[string]bool{}
						}
						out[k] = true
					}
				}
			}
		}
	}
	return out
}

// libraryFolders returns the folders root/<vendor>/<library> whose library folder is one of
// ref's names (compared without case).
func libraryFolders(root string, ref LibraryRef) []string {
	vendors, err := os.ReadDir(root)
	if err != nil {
		return nil
	}
	var out []string
	for _, v := range vendors {
		if !v.IsDir() || strings.HasPrefix(v.Name(), ".") {
			continue
		}
		libs, _ := os.ReadDir(filepath.Join(root, v.Name()))
		for _, l := range libs {
			if !l.IsDir() {
				continue
			}
			for _, n := range ref.names() {
				if strings.EqualFold(l.Name(), n) {
					out = append(out, filepath.Join(root, v.Name(), l.Name()))
					break
				}
			}
		}
	}
	return out
}

// libraryStringTable reads the identifiers (lower case) of a library archive's string
// table: a count, then per string its index and its length in bytes, each an unsigned
// LEB128 number, and the UTF-8 text. Nil when the archive or its table cannot be read.
func libraryStringTable(r io.ReaderAt, size int64) map[string]bool {
	z, err := zip.NewReader(r, size)
	if err != nil {
		return nil
	}
	for _, f := range z.File {
		if !strings.EqualFold(f.Name, stringTableEntry) || f.UncompressedSize64 > libraryArchiveLimit {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil
		}
		var buf bytes.Buffer
		_, err = buf.ReadFrom(io.LimitReader(rc, libraryArchiveLimit))
		rc.Close()
		if err != nil {
			return nil
		}
		return parseStringTable(buf.Bytes())
	}
	return nil
}

// parseStringTable reads the strings of a CODESYS string table that are identifiers.
func parseStringTable(b []byte) map[string]bool {
	i := 0
	uvarint := func() (uint64, bool) {
		var v uint64
		for shift := uint(0); i < len(b) && shift < 64; shift += 7 {
			c := b[i]
			i++
			v |= uint64(c&0x7f) << shift
			if c < 0x80 {
				return v, true
			}
		}
		return 0, false
	}
	n, ok := uvarint()
	if !ok {
		return nil
	}
	out := map[string]bool{}
	for k := uint64(0); k < n; k++ {
		if _, ok := uvarint(); !ok {
			break
		}
		l, ok := uvarint()
		if !ok || l > uint64(len(b)-i) {
			break
		}
		s := b[i : i+int(l)]
		i += int(l)
		if isIdentifierBytes(s) {
			out[strings.ToLower(string(s))] = true
		} else if bytes.IndexByte(s, ':') >= 0 {
			// A source library (`.library`) keeps each object's declaration as its text:
			// the names it declares are those of its declaration lines (`arrNcAchsReset :
			// ARRAY…`) and, in a TYPE, its enumeration's values.
			for _, m := range declaredNameLine.FindAllSubmatch(s, -1) {
				for _, name := range bytes.Split(m[1], []byte(",")) {
					if name = bytes.TrimSpace(name); isIdentifierBytes(name) {
						out[strings.ToLower(string(name))] = true
					}
				}
			}
			if bytes.Contains(s, []byte("END_TYPE")) {
				for _, m := range enumValueLine.FindAllSubmatch(s, -1) {
					out[strings.ToLower(string(m[1]))] = true
				}
			}
		}
	}
	return out
}

// isIdentifierBytes reports an IEC 61131-3 identifier: a letter or underscore, then letters,
// digits and underscores.
func isIdentifierBytes(s []byte) bool {
	if len(s) == 0 {
		return false
	}
	for j, c := range s {
		switch {
		case c == '_', c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z':
		case c >= '0' && c <= '9' && j > 0:
		default:
			return false
		}
	}
	return true
}
