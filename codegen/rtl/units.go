package rtl

import (
	"bytes"
	"context"
	"hash/maphash"
	"sort"
	"strconv"
	"strings"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

var (
	_ codegen.UnitScanner    = (*Pack)(nil)
	_ codegen.LargeDocuments = (*Pack)(nil)
)

// designUnitEnds maps each keyword that opens a design unit to the keyword that closes it.
var designUnitEnds = map[string]string{
	"module": "endmodule", "macromodule": "endmodule", "interface": "endinterface", "package": "endpackage",
	"program": "endprogram", "class": "endclass", "primitive": "endprimitive", "config": "endconfig",
	"checker": "endchecker",
}

// restarts are the openers that begin a new top-level unit even while another is open: a
// module left without endmodule must not swallow the rest of the file (nested module
// declarations, which SystemVerilog allows, are rare; a class in a package is not).
var restarts = map[string]bool{"module": true, "macromodule": true, "package": true, "primitive": true, "config": true}

// Units implements codegen.UnitScanner: a unit is a top-level design unit (module,
// interface, package, program, class, primitive, config, checker) from the line that opens
// it, with the attribute, comment and directive lines just above it, to the next one. Units
// nest (a class in a package), so only a keyword at depth zero starts one. The scan skips
// comments, strings, attributes and directives; an opener must start its line (or follow
// `virtual` or `interface`), so a Verilog-2005 signal named like a SystemVerilog keyword
// opens nothing.
func (*Pack) Units(text []byte) [][2]int {
	var starts []int
	forEachTopWord(text, func(w string, at int, opens bool) {
		if opens {
			starts = append(starts, codegen.NotesAbove(text, codegen.LineStart(text, at), rtlNote))
		}
	})
	return codegen.UnitRanges(starts, len(text))
}

// forEachTopWord calls fn with every word of Verilog text (forEachWord) that stands
// outside every design unit, the openers of the units among them (opens set): units
// nest (a class in a package), so only a keyword at depth zero starts one. An opener must
// start its line (or follow `virtual` or `interface`), so a Verilog-2005 signal named
// like a SystemVerilog keyword opens nothing.
func forEachTopWord(text []byte, fn func(w string, at int, opens bool)) {
	var open []string // closers expected, innermost last
	prev := ""
	forEachWord(text, func(w string, at int) {
		defer func() { prev = w }()
		if closer, ok := designUnitEnds[w]; ok {
			switch {
			case prev == "typedef" || prev == "extern":
				return // a forward declaration
			case w == "class" && prev == "interface" && len(open) > 0 && open[len(open)-1] == "endinterface":
				open[len(open)-1] = "endclass" // an interface class
				return
			case !codegen.OpensLine(text, at) && prev != "virtual":
				return
			}
			if len(open) > 0 && restarts[w] && codegen.OpensLine(text, at) {
				open = open[:0] // the unit before never closed: this one starts afresh
			}
			if len(open) == 0 {
				fn(w, at, true)
			}
			open = append(open, closer)
			return
		}
		for i := len(open) - 1; i >= 0; i-- {
			if open[i] == w {
				open = open[:i]
				return
			}
		}
		if len(open) == 0 {
			fn(w, at, false)
		}
	})
}

// forEachWord calls fn with every keyword-like word of Verilog text and its offset, outside
// comments, strings, attributes, escaped identifiers and compiler directives.
func forEachWord(t []byte, fn func(w string, at int)) {
	isWord := func(c byte) bool {
		return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	for i := 0; i < len(t); {
		c := t[i]
		switch {
		case c == '/' && i+1 < len(t) && t[i+1] == '/':
			for i < len(t) && t[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(t) && t[i+1] == '*':
			i = skipPast(t, i+2, "*/")
		case c == '(' && i+1 < len(t) && t[i+1] == '*':
			i = skipPast(t, i+1, "*)") // an attribute; `@(*)` closes at once
		case c == '"':
			i++
			for i < len(t) && t[i] != '"' && t[i] != '\n' {
				if t[i] == '\\' {
					i++
				}
				i++
			}
			i++
		case c == '\\':
			for i < len(t) && t[i] != ' ' && t[i] != '\t' && t[i] != '\n' {
				i++
			}
		case c == '`' || c >= '0' && c <= '9' || c == '\'':
			i++
			for i < len(t) && isWord(t[i]) {
				i++
			}
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i + 1
			for j < len(t) && isWord(t[j]) {
				j++
			}
			fn(string(t[i:j]), i)
			i = j
		default:
			i++
		}
	}
}

func skipPast(t []byte, from int, sep string) int {
	for i := from; i+len(sep) <= len(t); i++ {
		if string(t[i:i+len(sep)]) == sep {
			return i + len(sep)
		}
	}
	return len(t)
}

// rtlNote accepts the lines above a design unit that belong to it: an attribute, a line
// comment or a directive (`timescale, `default_nettype).
func rtlNote(line string) bool {
	return strings.HasPrefix(line, "`") || strings.HasPrefix(line, "//") ||
		len(line) > 3 && strings.HasPrefix(line, "(*") && strings.HasSuffix(line, "*)")
}

// TextOnlyAbove implements codegen.LargeDocuments: a larger Verilog document is kept as
// text and checked design unit by design unit.
func (*Pack) TextOnlyAbove() int { return codegen.WindowedAbove }

// DocumentContext implements codegen.DocumentContexter: beyond its unit, a design unit's
// check reads the file's compiler directives (the `ifdef paths it lies in, the macros
// `define gave) and the imports written between the units above it, which are
// fingerprinted whole; `include files are read from disk, which the workspace's disk
// generation covers.
func (p *Pack) DocumentContext(f *syntax.File, path string) (string, bool) {
	var h maphash.Hash
	h.SetSeed(directiveSeed)
	text := f.Bytes()
	for i := 0; i < len(text); i++ {
		if text[i] != '`' {
			continue
		}
		j := i + 1
		for j < len(text) && isIdent(text[j]) {
			j++
		}
		if word := string(text[i+1 : j]); !compilerDirectives[word] || strings.HasPrefix(word, "__") {
			continue // a macro's use, `__LINE__ or `__FILE__: part of the unit's text
		}
		// The directive to its line's end, and the lines a `define continues onto.
		end := j
		for end < len(text) {
			nl := bytes.IndexByte(text[end:], '\n')
			if nl < 0 {
				end = len(text)
				break
			}
			end += nl
			if !bytes.HasSuffix(bytes.TrimRight(text[j:end], "\r"), []byte("\\")) {
				break
			}
			end++
		}
		h.Write(text[i:end])
		h.WriteByte('\n')
		i = end - 1
	}
	// The imports written between units apply to every unit below them (importsAbove): each
	// with the unit it lies in.
	if bytes.Contains(text, []byte("import")) {
		ranges := codegen.UnitsOf(p, f).Ranges
		for _, im := range scanTopImports(text) {
			unit := sort.Search(len(ranges), func(i int) bool { return ranges[i][1] >= im.end })
			h.WriteString(im.Package + "::" + im.Name + "@" + strconv.Itoa(unit) + "\n")
		}
	}
	return strconv.FormatUint(h.Sum64(), 16), true
}

var directiveSeed = maphash.MakeSeed()

// DiagnoseText implements codegen.LargeDocuments.
func (p *Pack) DiagnoseText(ctx context.Context, req codegen.CheckRequest) ([]syntax.Error, codegen.CheckResult) {
	return codegen.DiagnoseUnits(ctx, p, p, req)
}

// fileImport is an import written at a file's top level, outside every design unit, and
// where it ends.
type fileImport struct {
	Import
	end int
}

// topImportsKey keys a text's file-level imports among its snapshot's facts, which the
// windows of a large document share: every unit asks for the imports above it, and the
// text is scanned once for all of them.
type topImportsKey struct{}

// importsAbove returns the file-level ($unit) imports of f's text written before end. A
// large document checked unit by unit parses each unit alone, and the imports written
// between the units above it (`endpackage import pkg::*; interface bus …`) apply to it
// as to every unit after them in the file (IEEE 1800-2017 26.3).
func importsAbove(f *syntax.File, end int) []Import {
	if end <= 0 || f.Len() == 0 {
		return nil
	}
	list, _ := f.Derive(topImportsKey{}, func(any, source.Edit, bool) any {
		return scanTopImports(f.Bytes())
	}).([]fileImport)
	var out []Import
	for _, im := range list {
		if im.end <= end {
			out = append(out, im.Import)
		}
	}
	return out
}

// scanTopImports lists the import declarations of text outside every design unit, from a
// scan of its words (the first branch of a conditional and the others alike). A DPI
// import (`import "DPI-C" …`) is none.
func scanTopImports(text []byte) []fileImport {
	var out []fileImport
	forEachTopWord(text, func(w string, at int, opens bool) {
		if opens || w != "import" {
			return
		}
		semi := bytes.IndexByte(text[at:], ';')
		if semi < 0 {
			return
		}
		body := string(text[at+len(w) : at+semi])
		if strings.ContainsAny(body, "\"`") {
			return // DPI, or a macro names the package
		}
		for _, item := range strings.Split(body, ",") {
			pkg, name, ok := strings.Cut(strings.TrimSpace(item), "::")
			pkg, name = strings.TrimSpace(pkg), strings.TrimSpace(name)
			if ok && isIdentifier(pkg) && (name == "*" || isIdentifier(name)) {
				out = append(out, fileImport{Import{Package: pkg, Name: name}, at + semi + 1})
			}
		}
	})
	return out
}

// isIdentifier reports whether s is a simple Verilog identifier.
func isIdentifier(s string) bool {
	if s == "" || s[0] >= '0' && s[0] <= '9' || s[0] == '$' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
