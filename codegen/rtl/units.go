package rtl

import (
	"bytes"
	"context"
	"hash/maphash"
	"strconv"
	"strings"

	"github.com/gantry-dev/gantry/codegen"
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
				starts = append(starts, codegen.NotesAbove(text, codegen.LineStart(text, at), rtlNote))
			}
			open = append(open, closer)
			return
		}
		for i := len(open) - 1; i >= 0; i-- {
			if open[i] == w {
				open = open[:i]
				break
			}
		}
	})
	return codegen.UnitRanges(starts, len(text))
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
// `define gave), which are fingerprinted whole; `include files are read from disk, which
// the workspace's disk generation covers.
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
	return strconv.FormatUint(h.Sum64(), 16), true
}

var directiveSeed = maphash.MakeSeed()

// DiagnoseText implements codegen.LargeDocuments.
func (p *Pack) DiagnoseText(ctx context.Context, req codegen.CheckRequest) ([]syntax.Error, codegen.CheckResult) {
	return codegen.DiagnoseUnits(ctx, p, p, req)
}
