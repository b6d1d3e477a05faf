package st

import (
	"context"
	"embed"
	"path/filepath"
	"strings"
	"sync"

	"github.com/gantry-dev/gantry/codegen/syntax"
)

// Libraries. A PLC project references libraries (TwinCAT: .plcproj PlaceholderReference and
// LibraryReference; CODESYS: the <Libraries> of a PLCopen export; anything in [st]
// libraries). Their names are namespaces (`Tc2_MC2.MC_Power`), and the common Beckhoff and
// CODESYS blocks ship with Gantry as ST declarations in librarydata/, written from the
// vendors' documentation and parsed on first use like any project file. A project that
// references a library Gantry does not list completely gets the benefit of the doubt: a
// call, a type or the root of a dotted name nothing declares may come from it, so it is
// unknown, not undeclared. A plain variable nothing declares is still reported.

//go:embed librarydata/*.st
var libraryFS embed.FS

// libDef is a library Gantry knows by name.
type libDef struct {
	Name     string
	Aliases  []string // other names projects reference it by
	File     string   // declarations in librarydata/, "" when stdlib.go holds them all
	Needs    []string // libraries its declarations use (their types become visible too)
	Complete bool     // every public name is declared: nothing else may come from it
	TwinCAT  bool     // a Beckhoff library: implied for TwinCAT files without their project
}

var libraryDefs = []*libDef{
	{Name: "Tc2_Standard", Complete: true},                             // the IEC blocks of stdlib.go
	{Name: "Standard", Aliases: []string{"#Standard"}, Complete: true}, // CODESYS's IEC blocks
	{Name: "Tc2_System", File: "Tc2_System.st", TwinCAT: true},
	{Name: "Tc2_Utilities", File: "Tc2_Utilities.st", Needs: []string{"Tc2_System"}, TwinCAT: true},
	{Name: "Tc2_MC2", File: "Tc2_MC2.st", Needs: []string{"Tc2_System"}, TwinCAT: true},
	{Name: "Tc2_EtherCAT", File: "Tc2_EtherCAT.st", Needs: []string{"Tc2_System"}, TwinCAT: true},
	{Name: "Tc3_EventLogger", File: "Tc3_EventLogger.st", Needs: []string{"Tc2_System"}, TwinCAT: true},
	{Name: "Tc3_Module", File: "Tc3_Module.st", Needs: []string{"Tc2_System"}, TwinCAT: true},
	{Name: "Util", Aliases: []string{"#Util"}, File: "Util.st"},
	{Name: "Tc2_SUPS", File: "Tc2_SUPS.st", Needs: []string{"Tc2_System"}, TwinCAT: true},
	{Name: "Tc2_ModbusSrv", File: "Tc2_ModbusSrv.st", TwinCAT: true},
	{Name: "Tc2_SerialCom", File: "Tc2_SerialCom.st", TwinCAT: true},
	{Name: "VisuElems", Aliases: []string{"System_VisuElems"}, File: "VisuElems.st", TwinCAT: true},
}

// library is a shipped library's declarations, parsed once per process.
type library struct {
	def *libDef
	tab symtab
}

var (
	libMu     sync.Mutex
	libLoaded = map[string]*library{}
)

// loadLibrary parses a shipped library's declarations (nil when it has none).
func loadLibrary(def *libDef) *library {
	libMu.Lock()
	defer libMu.Unlock()
	if l, ok := libLoaded[def.Name]; ok {
		return l
	}
	l := &library{def: def}
	l.tab.init()
	l.tab.where = map[string]string{}
	if def.File != "" {
		text, err := libraryFS.ReadFile("librarydata/" + def.File)
		if err == nil {
			if f, err := syntax.Parse(context.Background(), language, text); err == nil {
				c := newCache()
				f.Lock()
				m := c.build(f, true) // parsed for its declarations alone
				f.Unlock()
				// an enumeration {attribute 'qualified_only'} adds no bare values (symtab.add)
				for _, u := range m.Units {
					markLibrary(u.data, def.Name)
					l.tab.add(u.data, "library "+def.Name)
				}
			}
		}
	}
	libLoaded[def.Name] = l
	return l
}

// markLibrary marks every type a library unit writes as that library's (Type.Library).
func markLibrary(u *unitData, lib string) {
	u.eachType(func(t *Type) { t.Library = lib })
}

// LibraryRef is one library a project references, by every name it goes by.
type LibraryRef struct {
	Namespace string // what code writes before the dot
	Name      string // the placeholder or library name
	Title     string // the library's title (from the default resolution)
	// Implied: assumed from the kind of file, not read from a project (impliedLibraries);
	// it counts as referenced, but not as the project naming its libraries.
	Implied bool
	// Dir: the folder of the project file that references the library (a .plcproj's),
	// where TwinCAT keeps the library's copy (library_shipped.go); "" when unknown.
	Dir string
}

// impliedLibraries is refs, or, for a TwinCAT object file in a tree that names no library
// (its .plcproj not there: a repository of exported POUs, a template folder), the
// references every TwinCAT 3 PLC project has — TwinCAT generates TwinCAT_SystemInfoVarList
// (_TaskInfo, _AppInfo) in each project, with its types from Tc2_System — and the other
// Beckhoff libraries Gantry ships, which such a project may well reference: their names
// are declared (`MC_Positive_Direction`), as Tc2_MC2 would declare them.
func impliedLibraries(refs []LibraryRef, path string) []LibraryRef {
	if len(refs) > 0 || !projectExts[strings.ToLower(filepath.Ext(path))] {
		return refs
	}
	out := []LibraryRef{{Name: "Tc2_Standard", Implied: true}}
	for _, d := range libraryDefs {
		if d.File != "" && d.TwinCAT {
			out = append(out, LibraryRef{Name: d.Name, Implied: true})
		}
	}
	return out
}

func (r LibraryRef) names() []string {
	var out []string
	for _, n := range []string{r.Namespace, r.Name, r.Title} {
		if n = strings.TrimSpace(strings.TrimPrefix(n, "#")); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// libSet is what a project's library references make known.
type libSet struct {
	libs    []*library
	spaces  map[string]bool // every name a referenced library goes by, lower case
	unknown []string        // referenced libraries Gantry does not list completely
	// copies: the libraries whose copies the project may keep, read on first use by
	// shippedNames (library_shipped.go)
	copies []libCopy
	once   sync.Once
	// shipped: the names (lower case) the project's own copies of the libraries Gantry has
	// no list of declare; known: those of every library it does not list completely, in
	// part listed ones too
	shipped, known map[string]bool
	named          bool // a project or gantry.toml names one (not all implied)
	key            string
}

// newLibSet resolves references to shipped libraries (with the libraries they need).
func newLibSet(refs []LibraryRef) *libSet {
	s := &libSet{spaces: map[string]bool{}}
	seen := map[string]bool{}
	var add func(def *libDef)
	add = func(def *libDef) {
		if seen[def.Name] {
			return
		}
		seen[def.Name] = true
		s.spaces[lower(def.Name)] = true
		for _, n := range def.Needs {
			if d := findLibDef(n); d != nil {
				add(d)
			}
		}
		if def.File != "" {
			s.libs = append(s.libs, loadLibrary(def))
		}
	}
	var keys []string
	for _, r := range refs {
		var def *libDef
		for _, n := range r.names() {
			s.spaces[lower(n)] = true
			if def == nil {
				def = findLibDef(n)
			}
		}
		keys = append(keys, strings.Join(r.names(), "|"))
		s.named = s.named || !r.Implied
		switch {
		case r.Implied:
			// Assumed as a TwinCAT project references them, with the same benefit of the
			// doubt for what Gantry does not list of them.
			if def != nil {
				add(def)
				if !def.Complete {
					s.unknown = append(s.unknown, def.Name)
				}
			}
		case def == nil:
			s.unknown = append(s.unknown, firstNonEmpty(r.names()...))
			s.addShipped(r, true)
		case !def.Complete:
			// (a library Gantry lists in part keeps to that list: its copy's table holds its
			// blocks' parameters too, bBusy and sNetId, which user code names as its own;
			// its names are no typos of another library's)
			s.unknown = append(s.unknown, def.Name)
			s.addShipped(r, false)
			add(def)
		default:
			add(def)
		}
	}
	s.key = strings.Join(keys, ";")
	return s
}

// libCopy is a referenced library whose copy the project may keep: as names the library
// exports where exports is set, else only as names it knows.
type libCopy struct {
	ref     LibraryRef
	exports bool
}

// addShipped notes a library whose copy the project may keep; it is read on first use.
func (s *libSet) addShipped(r LibraryRef, exports bool) {
	if r.Dir != "" {
		s.copies = append(s.copies, libCopy{r, exports})
	}
}

// shippedNames reads the copies of the libraries addShipped noted, once: most checks
// never ask (only a name nothing else declares does).
func (s *libSet) shippedNames() (shipped, known map[string]bool) {
	s.once.Do(func() {
		for _, c := range s.copies {
			for k := range shippedLibraryNames(c.ref.Dir, c.ref) {
				if s.known == nil {
					s.known, s.shipped = map[string]bool{}, map[string]bool{}
				}
				s.known[k] = true
				if c.exports {
					s.shipped[k] = true
				}
			}
		}
	})
	return s.shipped, s.known
}

func findLibDef(name string) *libDef {
	name = strings.TrimPrefix(strings.TrimSpace(name), "#")
	for _, d := range libraryDefs {
		if strings.EqualFold(d.Name, name) {
			return d
		}
		for _, a := range d.Aliases {
			if strings.EqualFold(strings.TrimPrefix(a, "#"), name) {
				return d
			}
		}
	}
	return nil
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// pou, typ, global and enumVals look a name (lower case) up in the referenced libraries,
// with the library it came from.
func (s *libSet) pou(k string) (*POU, string) {
	if s == nil {
		return nil, ""
	}
	for _, l := range s.libs {
		if p := l.tab.pous[k]; p != nil {
			return p, l.tab.where["pou:"+k]
		}
	}
	return nil, ""
}

func (s *libSet) typ(k string) *TypeDecl {
	if s == nil {
		return nil
	}
	for _, l := range s.libs {
		if t := l.tab.types[k]; t != nil {
			return t
		}
	}
	return nil
}

func (s *libSet) global(k string) (*Var, string) {
	if s == nil {
		return nil, ""
	}
	for _, l := range s.libs {
		if v := l.tab.globals[k]; v != nil {
			return v, l.tab.where["var:"+k]
		}
	}
	return nil, ""
}

func (s *libSet) enumVals(k string) []*TypeDecl {
	if s == nil {
		return nil
	}
	var out []*TypeDecl
	for _, l := range s.libs {
		out = append(out, l.tab.enumVals[k]...)
	}
	return out
}

// isLibraryPOU reports whether p was declared by a shipped library (its internals beyond
// the documented interface are not known).
func (s *libSet) isLibraryPOU(p *POU) bool {
	if s == nil || p == nil {
		return false
	}
	for _, l := range s.libs {
		if l.tab.pous[lower(p.Name)] == p {
			return true
		}
	}
	return false
}
