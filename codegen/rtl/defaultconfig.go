package rtl

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
	rtlgrammar "github.com/gantry-dev/gantry/grammars/rtl"
)

// The grammar parses the first branch of every conditional (`ifdef FORMAL … `else …
// `endif takes the FORMAL side). A file whose only broken text sits in a branch a default
// compile leaves out — ZipCPU's releases ship `ifdef FORMAL sections with their properties
// cut to "// ...", an `ifdef NAME whose line goes on with junk — is accepted by every
// simulator and synthesis tool run without +define+: its syntax errors are those of a
// configuration nobody compiles it in. Such a file gets one rtl/syntax warning naming the
// macro instead of error-severity syntax errors.

// defaultConfigKey keys a snapshot's defaultParse among its memos.
type defaultConfigKey struct{}

// defaultParse is what reparsing a file as a default compile takes it found.
type defaultParse struct {
	clean      bool     // the text a default compile reads parses without error
	start, end int      // the first syntax error of the text as written
	message    string   // its message
	macros     []string // the macros whose branches a default compile leaves out around it
}

// defaultConfiguration returns text as a compile without command-line defines reads it:
// each conditional's branch that is not taken (a macro is defined only by a `define
// earlier in the file's taken text) and the conditional directives themselves become
// blanks, newlines kept so every byte keeps its position. dropped lists, for each byte
// range blanked as an untaken branch, the macro its directive names.
func defaultConfiguration(text []byte) (out []byte, dropped []droppedBranch) {
	type frame struct {
		parent, active, taken bool
		macro                 string
		from                  int // where the current branch's text starts
	}
	out = append([]byte(nil), text...)
	defined := map[string]bool{}
	var stack []frame
	active := true
	blank := func(from, to int) {
		for k := from; k < to && k < len(out); k++ {
			if out[k] != '\n' && out[k] != '\r' {
				out[k] = ' '
			}
		}
	}
	closeBranch := func(f *frame, at int) {
		if f.parent && !f.active && at > f.from {
			blank(f.from, at)
			dropped = append(dropped, droppedBranch{from: f.from, to: at, macro: f.macro})
		}
	}
	for i, j := range directives(string(text)) {
		word := string(text[i+1 : j])
		name, end := "", j // the macro a directive names, and where the directive ends
		switch word {
		case "define", "undef", "ifdef", "ifndef", "elsif":
			name = macroAfter(string(text[j:min(len(text), j+256)]), 0)
			if name != "" {
				end = bytes.Index(text[j:], []byte(name)) + j + len(name)
			}
		}
		switch word {
		case "define":
			if active && name != "" {
				defined[name] = true
			}
			continue
		case "undef":
			if active {
				delete(defined, name)
			}
			continue
		case "ifdef", "ifndef":
			cond := defined[name] == (word == "ifdef")
			macro := name
			if word == "ifndef" {
				macro = "!" + name
			}
			stack = append(stack, frame{parent: active, active: active && cond, taken: cond, macro: macro, from: end})
		case "elsif":
			if len(stack) == 0 {
				break
			}
			f := &stack[len(stack)-1]
			closeBranch(f, i)
			cond := !f.taken && defined[name]
			f.active, f.taken, f.macro, f.from = f.parent && cond, f.taken || cond, name, end
		case "else":
			if len(stack) == 0 {
				break
			}
			f := &stack[len(stack)-1]
			closeBranch(f, i)
			f.active, f.taken, f.from = f.parent && !f.taken, true, j
			if strings.HasPrefix(f.macro, "!") {
				f.macro = f.macro[1:]
			} else {
				f.macro = "!" + f.macro
			}
		case "endif":
			if len(stack) == 0 {
				break
			}
			closeBranch(&stack[len(stack)-1], i)
			stack = stack[:len(stack)-1]
		default:
			continue
		}
		blank(i, end)
		active = len(stack) == 0 || stack[len(stack)-1].active
	}
	if n := len(stack); n > 0 {
		for k := n - 1; k >= 0; k-- {
			closeBranch(&stack[k], len(text))
		}
	}
	return out, dropped
}

// droppedBranch is a branch a default compile leaves out: its text and the macro its
// directive names ("!NAME" for an `else after `ifdef NAME).
type droppedBranch struct {
	from, to int
	macro    string
}

// parseDefault reports how the file parses as a default compile reads it, once per
// snapshot; only a whole file with syntax errors and conditionals is reparsed.
func parseDefault(f *syntax.File) defaultParse {
	if f.Windowed() {
		// A unit of a large text-only document: its text is the whole document's, which
		// would be parsed twice for every unit (a 1 MB file's check took 13 times as long).
		return defaultParse{}
	}
	return f.Memo(defaultConfigKey{}, func() any {
		text := f.Bytes()
		if !bytes.Contains(text, []byte("`if")) {
			return defaultParse{}
		}
		def, dropped := defaultConfiguration(text)
		if len(dropped) == 0 {
			return defaultParse{}
		}
		df, err := syntax.Parse(context.Background(), rtlgrammar.Language(), def)
		if err != nil {
			return defaultParse{}
		}
		clean := !df.Root().HasError()
		df.Close()
		if !clean {
			return defaultParse{}
		}
		of := f
		if !f.HasTree() {
			parsed, err := syntax.Parse(context.Background(), rtlgrammar.Language(), text)
			if err != nil {
				return defaultParse{}
			}
			defer parsed.Close()
			of = parsed
		}
		errs := syntax.Errors(of, of.Root(), (&Pack{}).BlockPairs()...)
		if len(errs) == 0 {
			return defaultParse{}
		}
		r := defaultParse{clean: true, start: errs[0].Start, end: errs[0].End, message: errs[0].Message}
		seen := map[string]bool{}
		add := func(m string) {
			if m != "" && !seen[m] && len(r.macros) < 3 {
				seen[m] = true
				r.macros = append(r.macros, m)
			}
		}
		for _, e := range errs {
			for _, d := range dropped {
				if e.Start >= d.from && e.Start < d.to {
					add(d.macro)
				}
			}
		}
		if len(r.macros) == 0 {
			for _, d := range dropped {
				add(d.macro)
			}
		}
		return r
	}).(defaultParse)
}

// defaultConfigWarning is the one rtl/syntax warning of a file that parses only as a
// default compile reads it.
func defaultConfigWarning(p *Pack, d defaultParse) rules.Finding {
	var names []string
	for _, m := range d.macros {
		if strings.HasPrefix(m, "!") {
			names = append(names, "`"+m[1:]+" undefined")
		} else {
			names = append(names, "`"+m+" defined")
		}
	}
	msg := fmt.Sprintf("%s, with %s (a compile without defines reads the file without error)", d.message, strings.Join(names, ", "))
	return rules.Finding{Rule: codegen.SyntaxRule(p), Severity: rules.Warning, Start: d.start, End: d.end, Message: msg}
}
