package st

import (
	"bytes"
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"github.com/gantry-dev/gantry/codegen/source"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// TIA Portal PLC tag tables. The PLC tags and user constants of an S7-1200/1500 project
// live in its tag tables, not in the SCL sources: TIA exports a table as a spreadsheet
// ("PLC Tags" with the columns Name, Path, Data Type, Logical Address…, often saved as
// CSV) or, through Openness, as XML (<SW.Tags.PlcTag> and <SW.Tags.PlcUserConstant>, each
// with <Name> and <DataTypeName>). A source written by hand may name a tag without its
// quotes (`IF GlobalStop THEN`): TIA looks the name up among the block's locals first and
// then among the tags.
//
// tiaTagGlobals reads the tables kept beside an SCL source: in the source's folder or a
// folder above it (up to the repository's root), and in a tag folder there ("Tags",
// "PLC tags"). They resolve only when nothing else has the name.

// tiaTagFolders are the names (lower case) of folders that hold a project's tag tables.
var tiaTagFolders = map[string]bool{
	"tags": true, "plc tags": true, "plc_tags": true, "plctags": true, "tag tables": true,
	"tag_tables": true, "tagtables": true, "plc tag tables": true,
}

// tiaTagLevels bounds how many folders above a source are looked in.
const tiaTagLevels = 6

// tiaTags holds the tag tables read for each folder of SCL sources.
var tiaTags outsideGlobals

// tiaTagGlobals returns the tags and user constants of the TIA Portal tag tables kept
// beside the SCL source path (see above), nil when path is no SCL source or none is found,
// and their fingerprint (varsFingerprint).
func tiaTagGlobals(path string) (map[string]*Var, uint64) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".scl", ".udt", ".db", ".s7dcl":
	default:
		return nil, 0
	}
	dir := filepath.Dir(absPath(path))
	return tiaTags.get(dir, func() map[string]*Var { return readTiaTagTables(dir) })
}

// readTiaTagTables reads the tag tables in dir and the folders above it (bounded: the
// repository's root is the last, files of at most 4 MB, 2000 files a tag folder).
func readTiaTagTables(dir string) map[string]*Var {
	out := map[string]*Var{}
	for i := 0; i < tiaTagLevels; i++ {
		entries, err := os.ReadDir(dir)
		if err != nil {
			break
		}
		root := false
		for _, e := range entries {
			name := e.Name()
			switch {
			case e.IsDir() && name == ".git":
				root = true
			case e.IsDir() && tiaTagFolders[strings.ToLower(name)]:
				readTiaTagFolder(filepath.Join(dir, name), out)
			case !e.IsDir():
				readTiaTagFile(filepath.Join(dir, name), out)
			}
		}
		parent := filepath.Dir(dir)
		if root || parent == dir {
			break
		}
		dir = parent
	}
	return out
}

func readTiaTagFolder(dir string, out map[string]*Var) {
	seen := 0
	_ = source.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if seen++; seen > 2000 {
			return filepath.SkipAll
		}
		readTiaTagFile(p, out)
		return nil
	})
}

// tiaTagFile is one file's tags, kept while the file is unchanged: the sources of every
// folder under a table's folder look at it.
type tiaTagFile struct {
	mod  time.Time
	size int64
	vars map[string]*Var
}

// tiaTagFiles is guarded by tiaTags.mu (readTiaTagTables runs with it held).
var tiaTagFiles = map[string]*tiaTagFile{}

// readTiaTagFile adds the tags of one table, when p is a CSV or XML tag table.
func readTiaTagFile(p string, out map[string]*Var) {
	ext := strings.ToLower(filepath.Ext(p))
	if ext != ".csv" && ext != ".xml" {
		return
	}
	info, err := os.Stat(p)
	if err != nil || info.Size() > 4<<20 {
		return
	}
	f := tiaTagFiles[p]
	if f == nil || !f.mod.Equal(info.ModTime()) || f.size != info.Size() {
		f = &tiaTagFile{mod: info.ModTime(), size: info.Size(), vars: parseTiaTagFile(p, ext)}
		tiaTagFiles[p] = f
	}
	for k, v := range f.vars {
		if _, ok := out[k]; !ok {
			out[k] = v
		}
	}
}

// parseTiaTagFile reads a tag table's tags, nil when p is none: its head decides before the
// whole file is read.
func parseTiaTagFile(p, ext string) map[string]*Var {
	fh, err := os.Open(p)
	if err != nil {
		return nil
	}
	head := make([]byte, 4096)
	n, _ := io.ReadFull(fh, head)
	fh.Close()
	head = bytes.TrimPrefix(head[:n], []byte("\xef\xbb\xbf"))
	if ext == ".csv" {
		first := head
		if i := bytes.IndexByte(first, '\n'); i >= 0 {
			first = first[:i]
		}
		if !bytes.Contains(bytes.ToLower(first), []byte("data type")) {
			return nil
		}
	} else if !bytes.Contains(head, []byte("<SW.Tags.PlcTagTable")) {
		return nil
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return nil
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	vars := map[string]*Var{}
	if ext == ".csv" {
		parseTiaTagCSV(b, filepath.Base(p), vars)
	} else {
		parseTiaTagXML(b, filepath.Base(p), vars)
	}
	return vars
}

// parseTiaTagCSV reads a tag table saved as CSV: a header naming the columns Name and
// Data Type, and Logical Address (tags) or Value (user constants), separated by ';' or ','
// as the spreadsheet's locale saved them.
func parseTiaTagCSV(b []byte, file string, out map[string]*Var) {
	lines := strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n")
	if len(lines) < 2 {
		return
	}
	sep := ";"
	if !strings.Contains(lines[0], sep) {
		sep = ","
	}
	col := map[string]int{}
	for i, h := range strings.Split(lines[0], sep) {
		col[strings.ToLower(strings.Trim(strings.TrimSpace(h), `"`))] = i
	}
	nameAt, okName := col["name"]
	typeAt, okType := col["data type"]
	_, okAddr := col["logical address"]
	valueAt, okValue := col["value"]
	if !okName || !okType || !okAddr && !okValue {
		return
	}
	for _, l := range lines[1:] {
		f := strings.Split(l, sep)
		if len(f) <= nameAt || len(f) <= typeAt {
			continue
		}
		value := ""
		if okValue && !okAddr && len(f) > valueAt {
			value = strings.TrimSpace(f[valueAt])
		}
		addTiaTag(out, strings.Trim(strings.TrimSpace(f[nameAt]), `"`), strings.TrimSpace(f[typeAt]), value, file)
	}
}

// tiaTagXML matches a tag or user constant of an Openness tag table export, up to its end.
var tiaTagXML = lazyregexp.New(`(?s)<SW\.Tags\.Plc(Tag|UserConstant)\b.*?</SW\.Tags\.Plc(?:Tag|UserConstant)>`)

var (
	tiaXMLName  = lazyregexp.New(`<Name>([^<]*)</Name>`)
	tiaXMLType  = lazyregexp.New(`<DataTypeName>([^<]*)</DataTypeName>`)
	tiaXMLValue = lazyregexp.New(`<Value>([^<]*)</Value>`)
)

func parseTiaTagXML(b []byte, file string, out map[string]*Var) {
	head := b
	if len(head) > 4096 {
		head = head[:4096]
	}
	if !bytes.Contains(head, []byte("<SW.Tags.PlcTagTable")) {
		return
	}
	for _, m := range tiaTagXML.FindAllSubmatch(b, -1) {
		name, typ := tiaXMLName.FindSubmatch(m[0]), tiaXMLType.FindSubmatch(m[0])
		if name == nil || typ == nil {
			continue
		}
		value := ""
		if string(m[1]) == "UserConstant" {
			if v := tiaXMLValue.FindSubmatch(m[0]); v != nil {
				value = string(v[1])
			}
		}
		addTiaTag(out, xmlUnescape(string(name[1])), xmlUnescape(string(typ[1])), value, file)
	}
}

// tiaTagName is a tag name Gantry can resolve: TIA allows any text between quotes, but
// only a name that is an identifier can be written without them.
var tiaTagName = lazyregexp.New(`^[A-Za-z_][A-Za-z0-9_]*$`)

func addTiaTag(out map[string]*Var, name, typ, value, file string) {
	if !tiaTagName.MatchString(name) || typ == "" {
		return
	}
	k := lower(name)
	if _, ok := out[k]; ok {
		return
	}
	v := &Var{Name: name, Section: SecGlobal, Value: value, Constant: value != "",
		Decl: name + " : " + typ, Comment: "PLC tag of the TIA Portal tag table " + file}
	if t := strings.Trim(typ, `"`); tiaTagName.MatchString(t) {
		v.Type = &Type{Kind: TypeNamed, Name: t, Text: typ}
	}
	out[k] = v
}

var xmlEntities = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'", "&amp;", "&")

func xmlUnescape(s string) string { return xmlEntities.Replace(s) }
