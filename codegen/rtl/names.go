package rtl

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

var _ codegen.NameScanner = (*Pack)(nil)

// includedName is the name under which a file lists each file it `includes (by base
// name): asking the workspace who declares it finds the files that include a fragment.
func includedName(base string) string { return "`include " + base }

// DeclaredNames implements codegen.NameScanner: the names a Verilog file declares for other
// files, from a scan of its words without parsing. A design unit's name (module, interface,
// package, program, class, primitive, config, checker) is one; so is every word outside
// the design units where a declaration puts its name (a $unit-scope typedef, parameter,
// function or enumeration value in a header), and each file it `includes
// (includedName). Verilog names are case-sensitive and kept as written.
func (*Pack) DeclaredNames(text []byte) []string {
	seen := map[string]bool{}
	var out []string
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	var open []string // closers expected, innermost last
	named := false    // the word after an opener names the unit
	prev := ""
	forEachName(text, func(w string, at int, keyword bool) {
		defer func() { prev = w }()
		if closer, ok := designUnitEnds[w]; ok && prev != "typedef" && prev != "extern" {
			if w == "class" && prev == "interface" && len(open) > 0 && open[len(open)-1] == "endinterface" {
				open[len(open)-1] = "endclass" // an interface class
				return
			}
			if len(open) > 0 && restarts[w] && codegen.OpensLine(text, at) {
				open = open[:0]
			}
			open = append(open, closer)
			named = true
			return
		}
		for i := len(open) - 1; i >= 0; i-- {
			if open[i] == w {
				open = open[:i]
				return
			}
		}
		switch {
		case keyword && w == "import" && len(open) == 0:
			add(unitImportName) // a file-level ($unit) import (unitimports.go)
		case keyword:
		case named:
			add(w) // module m, virtual class c: the first word that is not a keyword
			named = false
		case len(open) == 0 && !afterDot(text, at) && declares(text, at+len(w)):
			add(w)
		}
	})
	for _, m := range includeRE.FindAllSubmatch(text, -1) {
		if base := filepath.Base(string(m[1])); !strings.ContainsAny(base, ",\t\r\n") { // the index's separators
			add(includedName(base))
		}
	}
	return out
}

// declares reports whether the word ending at end stands where a $unit-scope declaration
// puts its name: before `;`, `=`, `,`, `[`, `(` or a brace (`typedef … state_t;`,
// `parameter W = 8`, `function f(`, enumeration values `{IDLE, BUSY}`), not inside an
// expression or a statement.
func declares(text []byte, end int) bool {
	for i := end; i < len(text); i++ {
		switch text[i] {
		case ' ', '\t', '\r', '\n':
			continue
		case ';', '=', ',', '[', '(', '{', '}':
			return true
		}
		return false
	}
	return true
}

// forEachName is forEachWord without the words that cannot name a declaration made
// elsewhere: system tasks and functions ($display) and the words of compiler directives
// (`define WIDTH 8, `default_nettype none; a macro is used as `WIDTH), a macro's body
// continued over lines ending in a backslash included: UVM's single-file package opens
// with 3,900 lines of them, whose `ARG.size()` and `q.push_back(x)` read as declarations
// of size and push_back. keyword tells a reserved word, which the caller may need to
// follow the unit structure.
func forEachName(text []byte, fn func(w string, at int, keyword bool)) {
	directiveEnd := -1 // where the last directive found ends
	forEachWord(text, func(w string, at int) {
		if at > 0 && text[at-1] == '$' || at < directiveEnd {
			return
		}
		if start := codegen.LineStart(text, at); directiveAt(text, start) {
			directiveEnd = directiveExtent(text, start)
			return
		}
		fn(w, at, reservedWords[w] || keywords[w])
	})
}

// directiveExtent returns where the directive on the line starting at start ends: at the
// end of the first of its lines that does not end in a backslash.
func directiveExtent(text []byte, start int) int {
	for i := start; ; {
		end := bytes.IndexByte(text[i:], '\n')
		if end < 0 {
			return len(text)
		}
		line := bytes.TrimRight(text[i:i+end], " \t\r")
		if !bytes.HasSuffix(line, []byte{'\\'}) {
			return i + end
		}
		i += end + 1
	}
}

// afterDot reports whether the word at at follows a dot: a member (q.size(), obj.name),
// a hierarchical name's later part (u_core.state) or a named connection (.clk(clk)),
// never a name declared at the top of a file nor one another file declares.
func afterDot(text []byte, at int) bool {
	for i := at - 1; i >= 0; i-- {
		switch text[i] {
		case ' ', '\t':
			continue
		case '.':
			return true
		}
		return false
	}
	return false
}

// directiveAt reports whether the line starting at start is a compiler directive.
func directiveAt(text []byte, start int) bool {
	for i := start; i < len(text); i++ {
		switch text[i] {
		case ' ', '\t':
			continue
		case '`':
			return true
		}
		return false
	}
	return false
}

// reservedWords are the keywords of IEEE 1800-2017 (Annex B) and Verilog-2005.
var reservedWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`accept_on alias always always_comb always_ff always_latch and assert assign
		assume automatic before begin bind bins binsof bit break buf bufif0 bufif1 byte case casex casez cell
		chandle checker class clocking cmos config const constraint context continue cover covergroup
		coverpoint cross deassign default defparam design disable dist do edge else end endcase endchecker
		endclass endclocking endconfig endfunction endgenerate endgroup endinterface endmodule endpackage
		endprimitive endprogram endproperty endspecify endsequence endtable endtask enum event eventually
		expect export extends extern final first_match for force foreach forever fork forkjoin function
		generate genvar global highz0 highz1 if iff ifnone ignore_bins illegal_bins implements implies import
		incdir include initial inout input inside instance int integer interconnect interface intersect
		join join_any join_none large let liblist library local localparam logic longint macromodule
		matches medium modport module nand negedge nettype new nexttime nmos nor noshowcancelled not notif0
		notif1 null or output package packed parameter pmos posedge primitive priority program property
		protected pull0 pull1 pulldown pullup pulsestyle_ondetect pulsestyle_onevent pure rand randc randcase
		randsequence rcmos real realtime ref reg reject_on release repeat restrict return rnmos rpmos rtran
		rtranif0 rtranif1 s_always s_eventually s_nexttime s_until s_until_with scalared sequence shortint
		shortreal showcancelled signed small soft solve specify specparam static string strong strong0
		strong1 struct super supply0 supply1 sync_accept_on sync_reject_on table tagged task this throughout
		time timeprecision timeunit tran tranif0 tranif1 tri tri0 tri1 triand trior trireg type typedef union
		unique unique0 unsigned until until_with untyped use uwire var vectored virtual void wait wait_order
		wand weak weak0 weak1 while wildcard wire with within wor xnor xor`) {
		m[w] = true
	}
	return m
}()

// AnalyseShared implements codegen.SharedAnalyser: what a check asks of another file is
// its model (units, ports, parameters, declarations), built here while its tree is at hand.
func (p *Pack) AnalyseShared(f *syntax.File) { p.cache.releasingModel(f) }
