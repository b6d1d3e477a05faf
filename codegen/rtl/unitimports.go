package rtl

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/gantry-dev/gantry/codegen"
)

// unitImportName is the name under which a file that imports a package at its top level,
// outside every design unit, lists itself (DeclaredNames): asking the workspace who
// declares it finds the files whose imports go into the compilation unit's scope.
const unitImportName = "`import $unit"

// unitImport is a package imported at another file's top level that declares a name.
type unitImport struct {
	pkg, path string
}

// maxUnitImportFiles bounds the files with file-level imports read for one check.
const maxUnitImportFiles = 32

// unitImported returns the package, imported at the top level of another file of the
// project, that declares name, if any. Such an import goes into the compilation unit's
// scope ($unit, IEEE 1800-2017 3.12.1 and 26.3): a tool that compiles all files as one
// unit (Verilator, Quartus, a simulator's -mfcu) sees the package's names in every file
// after that one, so a module may use them without importing the package itself, as
// long as the files are compiled in that order (MiSTer's cores import their savestate
// register package once, in one file). A tool that compiles each file as a unit of its own
// does not.
func (m *checkModel) unitImported(name string) (unitImport, bool) {
	m.unitImportsOnce.Do(func() {
		d, ok := m.ws.(codegen.Declarer)
		if !ok || m.ctx == nil {
			return
		}
		files := d.Declaring(m.ctx, "rtl", unitImportName)
		if len(files) > maxUnitImportFiles {
			files = files[:maxUnitImportFiles]
		}
		m.unitImports = map[string]unitImport{}
		seen := map[string]bool{}
		for _, wf := range files {
			if wf.Path == m.path || wf.File == nil || filepath.Ext(wf.Path) == "" {
				continue
			}
			for _, im := range scanTopImports(wf.File.Bytes()) {
				if seen[im.Package+"::"+im.Name] {
					continue
				}
				seen[im.Package+"::"+im.Name] = true
				pfs := d.Declaring(m.ctx, "rtl", im.Package)
				if len(pfs) == 0 && im.Name == "*" && m.unitUnknown == nil {
					m.unitUnknown = &unitImport{im.Package, wf.Path}
				}
				for _, pf := range pfs {
					if pf.File == nil || !pf.File.HasTree() {
						continue
					}
					for _, u := range m.pack.cache.fileModel(pf.File).Units {
						if u.Kind != UnitPackage || u.Name != im.Package {
							continue
						}
						u.EachName(func(n string) bool {
							if _, dup := m.unitImports[n]; (im.Name == "*" || n == im.Name) && !dup {
								m.unitImports[n] = unitImport{im.Package, wf.Path}
							}
							return true
						})
					}
				}
			}
		}
	})
	ui, ok := m.unitImports[name]
	return ui, ok
}

// unitImportedUnknown returns a package that another file of the project imports whole at
// its top level and that the project does not hold: in a tool that compiles the files as
// one unit, its names are in the compilation unit's scope after that file, so a
// subroutine or type it declares (UVM's run_test, uvm_sequencer) may be used without an
// import where the file is compiled after it.
func (m *checkModel) unitImportedUnknown() (unitImport, bool) {
	m.unitImported("")
	if m.unitUnknown == nil {
		return unitImport{}, false
	}
	return *m.unitUnknown, true
}

// undefinedBranch returns the macro of the `ifdef (or `elsif) whose first branch holds
// file offset pos, when a compile without +define+ leaves that branch out and no file or
// filelist of the project defines the macro: Gantry reads the first branch of every
// conditional, and what it finds there is built only by a compile that defines the macro
// on its command line.
func (m *checkModel) undefinedBranch(pos int) (string, bool) {
	m.undefinedOnce.Do(func() {
		if m.includes.sources == nil {
			return // the project's files are not known: whether it defines a macro is not
		}
		text := m.file.File.Bytes()
		if start, end := m.file.File.Span(); start != 0 || end != len(text) || !bytes.Contains(text, []byte("`if")) {
			return
		}
		_, dropped := defaultConfiguration(text)
		for _, d := range dropped {
			if d.macro != "" && !strings.HasPrefix(d.macro, "!") {
				m.undefined = append(m.undefined, d)
			}
		}
	})
	for _, d := range m.undefined {
		if pos >= d.from && pos < d.to {
			if m.includes.definesMacro(d.macro, m.file.File.Bytes()) {
				return "", false
			}
			return d.macro, true
		}
	}
	return "", false
}
