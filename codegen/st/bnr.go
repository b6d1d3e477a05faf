package st

import (
	"bytes"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
)

// B&R Automation Studio projects. A program or library keeps its declarations beside its
// code: a .var file holds VAR … END_VAR sections (VAR CONSTANT, VAR RETAIN), a .typ file
// TYPE … END_TYPE, a .fun file the interfaces of the library's functions and function
// blocks (FUNCTION_BLOCK FB_X VAR_INPUT … END_VAR … END_FUNCTION_BLOCK, no statements);
// the .st files hold the code: PROGRAM _INIT / _CYCLIC / _EXIT bodies that use the .var's
// variables undeclared, and FUNCTION_BLOCK FB_X … END_FUNCTION_BLOCK bodies whose
// parameters and variables the .fun declares. The package's Package.pkg (a program's
// IEC.prg) lists the files.
//
// Gantry reads the three kinds as ST when their text starts like one (the extensions are
// shared: .typ is also Typst's): a .var's top-level sections are global variables, a
// .typ's types are types, a .fun's POUs are interfaces. A POU of a .st without any
// declaration takes its variables from the body-less POU of the same name and kind
// (bnrDeclaration). Variables of a .var are the program's or package's own: a name
// several .var files declare resolves to the one nearest the checked file (bnrNearest).

// bnrDeclExts are the B&R declaration files (lower case).
var bnrDeclExts = map[string]bool{".var": true, ".typ": true, ".fun": true}

// isBnRDecl reports whether path names a B&R declaration file by its extension.
func isBnRDecl(path string) bool { return bnrDeclExts[strings.ToLower(filepath.Ext(path))] }

// claimsBnR reports whether the head of a .var, .typ or .fun file is B&R's ST: its first
// word after comments and pragmas is VAR (VAR_GLOBAL), TYPE, or FUNCTION / FUNCTION_BLOCK.
func claimsBnR(ext string, head []byte) bool {
	if bytes.IndexByte(head, 0) >= 0 {
		return false
	}
	w := strings.ToUpper(leadingWord(head))
	switch ext {
	case ".var":
		return w == "VAR" || w == "VAR_GLOBAL"
	case ".typ":
		return w == "TYPE"
	case ".fun":
		return w == "FUNCTION" || w == "FUNCTION_BLOCK"
	}
	return false
}

// leadingWord returns the first word of an ST text after white space, a byte order mark,
// (* … *) and // comments and {…} pragmas ("" when the text starts otherwise).
func leadingWord(b []byte) string {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	for {
		b = bytes.TrimLeft(b, " \t\r\n\f")
		switch {
		case bytes.HasPrefix(b, []byte("(*")):
			i := bytes.Index(b, []byte("*)"))
			if i < 0 {
				return ""
			}
			b = b[i+2:]
		case bytes.HasPrefix(b, []byte("//")):
			i := bytes.IndexByte(b, '\n')
			if i < 0 {
				return ""
			}
			b = b[i+1:]
		case bytes.HasPrefix(b, []byte("{")):
			i := bytes.IndexByte(b, '}')
			if i < 0 {
				return ""
			}
			b = b[i+1:]
		default:
			n := 0
			for n < len(b) && (b[n] == '_' || b[n] >= 'a' && b[n] <= 'z' || b[n] >= 'A' && b[n] <= 'Z' || n > 0 && b[n] >= '0' && b[n] <= '9') {
				n++
			}
			return string(b[:n])
		}
	}
}

// declOnly reports whether p is an interface without a body: a .fun's FUNCTION_BLOCK.
func declOnly(p *POU) bool {
	return p != nil && p.Parent == nil && p.BodyStart == p.BodyEnd && (len(p.Vars) > 0 || p.ReturnType != nil)
}

// bodyOnly reports whether p is code without declarations: a B&R .st's FUNCTION_BLOCK.
func bodyOnly(p *POU) bool {
	return p != nil && p.Parent == nil && len(p.Vars) == 0 && p.ReturnType == nil && len(p.Extends) == 0
}

// twins reports whether a and b are the declaration and the code of one B&R POU.
func twins(a, b *POU) bool {
	return a != b && a.Kind == b.Kind && (declOnly(a) && bodyOnly(b) || declOnly(b) && bodyOnly(a))
}

// bnrDeclaration returns the body-less POU declaring p's variables when p declares none
// (nil otherwise).
func (s *Scope) bnrDeclaration(p *POU) *POU {
	if s.WS == nil || !bodyOnly(p) || p.Kind != KindFunctionBlock && p.Kind != KindFunction {
		return nil
	}
	if q, _ := s.WS.pou(lower(p.Name)); q != nil && twins(p, q) {
		return q
	}
	return nil
}

// bnrImplementedNames returns the names of the FUNCTION and FUNCTION_BLOCK headers of a .st
// file, lower-cased: their names are looked up in the workspace even though the file
// declares them, so the .fun declaring their variables is taken in before the check. A
// header is a line of its own: the keyword, the name, then at most a comment (B&R puts
// the declarations in the .fun). It runs on the text of every suggestion's unit: scanned
// line by line, not by a case-insensitive multi-line regular expression, which took 155
// µs of a suggestion in a 600-line POU.
func bnrImplementedNames(text []byte) []string {
	var out []string
	for len(text) > 0 {
		line := text
		if i := bytes.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = nil
		}
		if name := functionHeaderName(line); name != "" {
			out = append(out, strings.ToLower(name))
		}
	}
	return out
}

// functionHeaderName returns the name a line `FUNCTION[_BLOCK] name [(* comment]` declares
// (keywords in any case, blanks around), or "".
func functionHeaderName(line []byte) string {
	line = bytes.TrimRight(bytes.TrimLeft(line, " \t"), "\r")
	const kw = "FUNCTION"
	if len(line) < len(kw)+2 || !bytes.EqualFold(line[:len(kw)], []byte(kw)) {
		return ""
	}
	rest := line[len(kw):]
	if len(rest) >= 6 && bytes.EqualFold(rest[:6], []byte("_BLOCK")) {
		rest = rest[6:]
	}
	name := bytes.TrimLeft(rest, " \t")
	if len(name) == len(rest) || len(name) == 0 || !identStart(name[0]) {
		return "" // no blank after the keyword, or no name
	}
	n := 1
	for n < len(name) && (identStart(name[n]) || name[n] >= '0' && name[n] <= '9') {
		n++
	}
	tail := bytes.TrimRight(bytes.TrimLeft(name[n:], " \t"), "\r")
	if len(tail) > 0 && !bytes.HasPrefix(tail, []byte("(*")) {
		return "" // a return type or anything else after the name
	}
	return string(name[:n])
}

func identStart(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }

// bnrNearest keeps, of the B&R declaration files declaring a name, those in the folder
// nearest above the checked file (its program's .var before its package's, before the
// project's Global.var), when any lies above it: each program declares its own variables
// in its own .var, and two programs' `state` are two variables. Declarations in no folder
// above (a library's constants and types) stay when nothing nearer declares the name;
// other files are kept as they are.
func bnrNearest(self string, files []codegen.WorkspaceFile) []codegen.WorkspaceFile {
	if len(files) < 2 || self == "" {
		return files
	}
	best, selfDir := "", ""
	for _, wf := range files {
		if !isBnRDecl(wf.Path) {
			continue
		}
		if selfDir == "" { // a relative path costs a getwd: only where B&R files are
			selfDir = filepath.Dir(absPath(self))
		}
		d := filepath.Dir(absPath(wf.Path))
		if (d == selfDir || projectOf(d, selfDir)) && len(d) > len(best) {
			best = d
		}
	}
	if best == "" {
		return files
	}
	var out []codegen.WorkspaceFile
	for _, wf := range files {
		if isBnRDecl(wf.Path) && filepath.Dir(absPath(wf.Path)) != best {
			continue
		}
		out = append(out, wf)
	}
	return out
}

// bnrProgramAction reports whether the file under check holds an action of a B&R program:
// a .st file in a program's folder, which declares the program's variables in a .var file
// beside it and none in its code (no VAR section in the folder's .st files), and is no
// library's (no .fun). An action in a file of its own is then no fragment of an unknown
// owner: everything it may name is in the workspace (the folder's .var, the package's and
// the project's), so its names are judged as the program's are.
func (r *Run) bnrProgramAction() bool {
	if r.bnrAct != 0 {
		return r.bnrAct > 0
	}
	r.bnrAct = -1
	if r.Path == "" || !strings.EqualFold(filepath.Ext(r.Path), ".st") {
		return false
	}
	if folder, _ := codegen.Fact(r.ws, "st/bnr-program-folder", filepath.Dir(r.Path), yesNoFact(bnrProgramFolder)).(bool); !folder {
		return false
	}
	r.bnrAct = 1
	return true
}

// yesNoFact makes a yes-or-no question about a folder one codegen.Fact can ask: where a
// check's results are kept, they are kept only while its answer stays the same (a .var
// may come or go in a folder above the workspace, which no one says has changed).
func yesNoFact(ask func(dir string) bool) codegen.FactFunc {
	return func(dir string) (any, uint64) {
		if ask(dir) {
			return true, 1
		}
		return false, 0
	}
}

// bnrProgramFolder reports whether dir is a B&R program's folder: a .var file declares
// its variables, none of its .st files holds a VAR section, and no .fun makes it a
// library's.
func bnrProgramFolder(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) > 200 {
		return false
	}
	// The .var files first: only a B&R program's folder has one, and reading the folder's
	// .st files (each of them, for every unit of every file checked) costs a project
	// without them a read of its whole folder per unit.
	vars := false
	var sources []string
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		switch ext := strings.ToLower(filepath.Ext(e.Name())); ext {
		case ".fun":
			return false
		case ".var":
			if !vars {
				head, err := readHead(filepath.Join(dir, e.Name()), 4<<10)
				vars = err == nil && claimsBnR(ext, head)
			}
		case ".st":
			sources = append(sources, filepath.Join(dir, e.Name()))
		}
	}
	if !vars {
		return false
	}
	for _, path := range sources {
		text, err := os.ReadFile(path)
		if err != nil || bnrVarSection.Match(text) {
			return false
		}
	}
	return true
}

// bnrCyclicNames are the programs B&R's runtime calls by name: a task's init, cyclic and
// exit parts, written `PROGRAM _CYCLIC … END_PROGRAM` in a program's .st file.
var bnrCyclicNames = map[string]bool{"_init": true, "_cyclic": true, "_exit": true}

// bnrProgramWithoutVars reports whether the file under check is a B&R program's code (its
// POUs all `PROGRAM _INIT`, `_CYCLIC` or `_EXIT`, declaring nothing) that came without the
// .var file declaring its variables: none in its folder or a folder above it within the
// project. Automation Studio keeps every variable of such a program in a .var (the
// program's, its package's, the project's Global.var), so the file's names are in a file
// Gantry does not have, and so may be the libraries their types come from: a main.st
// copied out of its project is judged like classic SCL beside its unseen symbol table.
func (r *Run) bnrProgramWithoutVars() bool {
	if r.bnrLone != 0 {
		return r.bnrLone > 0
	}
	r.bnrLone = -1
	if r.Path == "" || !strings.EqualFold(filepath.Ext(r.Path), ".st") || len(r.POUs()) == 0 {
		return false
	}
	for _, p := range r.POUs() {
		if p.Kind != KindProgram || !bnrCyclicNames[lower(p.Name)] || len(p.Vars) > 0 {
			return false
		}
	}
	if above, _ := codegen.Fact(r.ws, "st/bnr-vars-above", filepath.Dir(r.Path), yesNoFact(bnrVarsAbove)).(bool); above {
		return false
	}
	r.bnrLone = 1
	return true
}

// twinCATOutsideProject reports a TwinCAT object file checked in a tree that holds neither
// its .plcproj nor any global variable list (Pack.twinCATOutsideProject): the globals and
// libraries its POUs name are in files Gantry does not have, like a B&R program's without
// its .var.
func (r *Run) twinCATOutsideProject() bool { return r.WS != nil && r.WS.outside }

// bnrVarsAbove reports whether dir or a folder above it holds a B&R .var file, up to the
// project's root (the folder of its .apj, or of the repository's .git) and at most six
// folders up: a Logical tree is rarely deeper from its program to its Global.var.
func bnrVarsAbove(dir string) bool {
	for i := 0; i < 7; i++ {
		entries, err := os.ReadDir(dir)
		if err != nil || len(entries) > 500 {
			return true // cannot tell: judge the names as before
		}
		root := false
		for _, e := range entries {
			name := e.Name()
			switch ext := strings.ToLower(filepath.Ext(name)); {
			case name == ".git" || ext == ".apj":
				root = true
			case ext == ".var" && !e.IsDir():
				if head, err := readHead(filepath.Join(dir, name), 4<<10); err == nil && claimsBnR(ext, head) {
					return true
				}
			}
		}
		up := filepath.Dir(dir)
		if root || up == dir {
			return false
		}
		dir = up
	}
	return false
}

// bnrActionHeader matches the first line of a B&R action drawn in a graphical language
// (`ACTION MotionAction:` above the networks' XML of a .ld file).
var bnrActionHeader = lazyregexp.New(`^\x{FEFF}?[ \t]*ACTION[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]*:`)

// bnrGraphicalExts are the files a B&R program's actions may be drawn in: ladder, function
// block diagram, continuous function chart, sequential function chart, instruction list.
var bnrGraphicalExts = map[string]bool{".ld": true, ".fbd": true, ".cfc": true, ".sfc": true, ".il": true}

// bnrGraphicalAction reports whether name is an action of the program whose .st file is
// under check, drawn in a graphical language in a file of the program's folder: it holds
// no ST, but `MotionAction;` in the program's code calls it.
func (r *Run) bnrGraphicalAction(name string) bool {
	if r.bnrDrawn == nil {
		r.bnrDrawn = map[string]bool{}
		if r.Path != "" && strings.EqualFold(filepath.Ext(r.Path), ".st") {
			r.bnrDrawn, _ = codegen.Fact(r.ws, "st/bnr-drawn-actions", filepath.Dir(r.Path), bnrDrawnActionsFact).(map[string]bool)
		}
	}
	return r.bnrDrawn[lower(name)]
}

// bnrDrawnActionsFact lists the actions drawn in a graphical language in the files of dir
// (lower case), a question about the disk (codegen.Fact).
func bnrDrawnActionsFact(dir string) (any, uint64) {
	drawn := map[string]bool{}
	var names []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.IsDir() || !bnrGraphicalExts[strings.ToLower(filepath.Ext(e.Name()))] || len(entries) > 200 {
			continue
		}
		if head, err := readHead(filepath.Join(dir, e.Name()), 256); err == nil {
			if m := bnrActionHeader.FindSubmatch(head); m != nil && !drawn[lower(string(m[1]))] {
				drawn[lower(string(m[1]))] = true
				names = append(names, lower(string(m[1])))
			}
		}
	}
	sort.Strings(names)
	h := fnv.New64a()
	for _, n := range names {
		h.Write([]byte(n))
		h.Write([]byte{0})
	}
	return drawn, h.Sum64()
}

// bnrVarSection matches a line opening a declaration section in a .st file.
var bnrVarSection = lazyregexp.New(`(?im)^[ \t]*VAR(?:_[A-Z_]+)?\b`)

// readHead reads at most n bytes of the start of a file.
func readHead(path string, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	buf := make([]byte, n)
	k, err := f.Read(buf)
	if k > 0 {
		err = nil
	}
	return buf[:k], err
}
