package st

import (
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"github.com/gantry-dev/gantry/codegen/source"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// The PLC configuration of a CODESYS 2.3 project (the PLC_CONFIGURATION object of its
// export) names I/O channels the code uses as globals: a channel's `_SYMBOLIC_NAME: 'name'`
// with its `_IECADR: %QW8.1.0.0`, and each named bit of a channel,
// `_BIT 6: %QX9.18.0.6 'name' 'comment'`. CODESYS declares them implicitly, with the type
// the address's size gives (X BOOL, B BYTE, W WORD, D DWORD, L LWORD, OWEN's R REAL). The project's
// exports are often kept in several folders (Prg/, Var/): the configuration is read from
// every .exp under the project's root (the repository's, or the folder of the export).

// exportConfigs holds the configuration globals read for each project root.
var exportConfigs outsideGlobals

// exportConfigGlobals returns the channels the PLC configuration of path's project names,
// nil when path is no CODESYS export or there is none, and their fingerprint
// (varsFingerprint).
func exportConfigGlobals(path string) (map[string]*Var, uint64) {
	if !isExportPath(path) {
		return nil, 0
	}
	root := exportProjectRoot(filepath.Dir(absPath(path)))
	return exportConfigs.get(root, func() map[string]*Var { return readExportConfigs(root) })
}

// exportProjectRoot is the repository root above dir (at most tiaTagLevels folders up), or dir.
func exportProjectRoot(dir string) string {
	for d, i := dir, 0; i < tiaTagLevels; i++ {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil { // a folder, or a worktree's file
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	return dir
}

// readExportConfigs reads the PLC configurations of the .exp files under root (bounded:
// 2000 files, each at most 4 MB).
func readExportConfigs(root string) map[string]*Var {
	out := map[string]*Var{}
	seen := 0
	_ = source.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if d.Name() == ".git" || d.Name() == "node_modules" {
				return filepath.SkipDir
			}
			return nil
		}
		if !isExportPath(p) {
			return nil
		}
		if seen++; seen > 2000 {
			return filepath.SkipAll
		}
		if fi, err := d.Info(); err != nil || fi.Size() > 4<<20 {
			return nil
		}
		if b, err := os.ReadFile(p); err == nil {
			readPLCConfiguration(b, filepath.Base(p), out)
		}
		return nil
	})
	return out
}

var (
	configBit     = lazyregexp.New(`^_BIT\s+\d+\s*:\s*(%[IQM]X[\d.]+)\s+'([A-Za-z_][A-Za-z0-9_]*)'`)
	configSymName = lazyregexp.New(`^_SYMBOLIC_NAME\s*:\s*'([A-Za-z_][A-Za-z0-9_]*)'`)
	configAddress = lazyregexp.New(`^_IECADR\s*:\s*(%[IQM]([XBWDLR])[\d.]+)`)
)

// readPLCConfiguration adds the named channels and bits of the PLC_CONFIGURATION objects
// of an export's text.
func readPLCConfiguration(text []byte, file string, out map[string]*Var) {
	in := false
	symbol := "" // the current channel's symbolic name, until its address
	for _, l := range exportLines(text) {
		line := strings.TrimSpace(string(text[l[0]:l[1]]))
		switch {
		case line == "PLC_CONFIGURATION":
			in = true
			continue
		case line == "END_PLC_CONFIGURATION":
			in = false
			continue
		case !in:
			continue
		case line == "_CHANNEL" || line == "_END_CHANNEL":
			symbol = ""
		}
		if m := configBit.FindStringSubmatch(line); m != nil {
			addConfigGlobal(out, m[2], "BOOL", m[1], file)
		} else if m := configSymName.FindStringSubmatch(line); m != nil {
			symbol = m[1]
		} else if m := configAddress.FindStringSubmatch(line); m != nil && symbol != "" {
			addConfigGlobal(out, symbol, configSizeTypes[m[2]], m[1], file)
			symbol = ""
		}
	}
}

// configSizeTypes is the type of a channel by its address's size letter.
// OWEN's configurations give a float channel an R address (`%IR3.0`).
var configSizeTypes = map[string]string{"X": "BOOL", "B": "BYTE", "W": "WORD", "D": "DWORD", "L": "LWORD", "R": "REAL"}

func addConfigGlobal(out map[string]*Var, name, typ, address, file string) {
	k := lower(name)
	if _, ok := out[k]; ok || typ == "" {
		return
	}
	out[k] = &Var{Name: name, Section: SecGlobal, Address: address, Type: &Type{Kind: TypeNamed, Name: typ, Text: typ},
		Decl: name + " AT " + address + " : " + typ, Comment: "channel of the PLC configuration in " + file}
}

// outsideTags are the globals a project declares outside its ST: a TIA Portal project's
// tag tables beside an SCL source, a CODESYS 2.3 project's PLC configuration for an export;
// and their fingerprint (varsFingerprint).
func outsideTags(path string) (map[string]*Var, uint64) {
	if isExportPath(path) {
		return exportConfigGlobals(path)
	}
	return tiaTagGlobals(path)
}
