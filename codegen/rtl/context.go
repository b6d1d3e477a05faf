package rtl

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/gantry-dev/gantry/codegen"
)

// maxSignalsInContext bounds the "signals in scope" block.
const maxSignalsInContext = 80

// Context implements codegen.Pack: what the prompt and the embedded backend need to know
// about the cursor.
func (p *Pack) Context(ctx context.Context, req codegen.ContextRequest) codegen.Context {
	req.File = codegen.UnitWindow(ctx, p, req.File, req.Offset)
	f := req.File
	text := f.Bytes()
	off := min(max(req.Offset, 0), len(text))
	out := codegen.Context{Stop: []string{"\nendmodule", "\nmodule "}}

	fm := p.cache.fileModel(f)
	u := fm.UnitAt(off)
	items := u // a class or other file-level item the cursor is in
	if u != nil && u.Kind == UnitItems {
		u = nil
	}
	// the unit: the enclosing module, or (while it does not parse as one) the text from
	// the last `module` keyword to the next `endmodule`
	if u != nil {
		out.Unit = [2]int{u.Base, u.End()}
	} else {
		out.Unit = textUnit(text, off)
	}
	lexStart := out.Unit[0]
	if lexStart > off {
		lexStart = max(0, off-65536)
	}
	if why := skipReason(text, lexStart, off); why != "" {
		out.Skip = why
		return out
	}
	out.Multiline = opening(text, off)

	var ix *Index
	if ctx.Err() == nil {
		ix = p.index(ctx, req.Workspace, req.Path, f, fm)
	}
	sv := IsSystemVerilog(req.Path) || (u != nil && u.SVSyntax)
	if u != nil {
		out.Blocks = append(out.Blocks, unitBlocks(u, ix, off)...)
	}
	if ix != nil {
		out.Blocks = append(out.Blocks, instanceBlocks(u, ix, text, off, req.Path)...)
		if items != nil {
			env := classEnv{fm, ix}
			out.Blocks = append(out.Blocks, classBlocks(items, env, off)...)
			out.Blocks = append(out.Blocks, interfaceBlocks(items, env, off)...)
		}
	}
	out.Hints = hints(u, ix, text, off, out.Unit, sv, out.Multiline)
	return out
}

// textUnit finds the module around off by its keywords, for code that does not parse yet.
func textUnit(text []byte, off int) [2]int {
	start := 0
	scanWords(text, 0, off, func(w string, at int) {
		if w == "module" || w == "interface" || w == "package" || w == "macromodule" {
			start = at
		}
	})
	end := len(text)
	found := false
	scanWords(text, off, len(text), func(w string, at int) {
		if !found && (w == "endmodule" || w == "endinterface" || w == "endpackage") {
			end, found = at+len(w), true
		}
	})
	return [2]int{start, end}
}

// skipReason says why no suggestion makes sense at off: inside a comment or a string, or
// in the middle of a word.
func skipReason(text []byte, from, off int) string {
	state := lexState(text, from, off)
	switch state {
	case inLineComment, inBlockComment:
		return "inside a comment"
	case inString:
		return "inside a string"
	}
	if off > 0 && off < len(text) && isIdent(text[off-1]) && isIdent(text[off]) {
		return "in the middle of a word"
	}
	return ""
}

const (
	inCode = iota
	inLineComment
	inBlockComment
	inString
)

// lexState returns whether off lies in code, a comment or a string, lexing from `from`.
func lexState(text []byte, from, off int) int {
	st := inCode
	for i := from; i < off; i++ {
		c := text[i]
		switch st {
		case inCode:
			if c == '/' && i+1 < len(text) && i+1 < off+1 {
				if i+1 < len(text) && text[i+1] == '/' {
					st = inLineComment
					i++
				} else if i+1 < len(text) && text[i+1] == '*' {
					st = inBlockComment
					i++
				}
			} else if c == '"' {
				st = inString
			}
		case inLineComment:
			if c == '\n' {
				st = inCode
			}
		case inBlockComment:
			if c == '*' && i+1 < len(text) && text[i+1] == '/' {
				st = inCode
				i++
			}
		case inString:
			if c == '\\' {
				i++
			} else if c == '"' || c == '\n' {
				st = inCode
			}
		}
	}
	return st
}

func isIdent(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// scanWords calls fn for every identifier-like word of text[from:to] outside comments
// and strings.
func scanWords(text []byte, from, to int, fn func(w string, at int)) {
	to = min(to, len(text))
	for i := from; i < to; i++ {
		c := text[i]
		switch {
		case c == '/' && i+1 < len(text) && text[i+1] == '/':
			for i < to && text[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(text) && text[i+1] == '*':
			i += 2
			for i+1 < len(text) && i < to && !(text[i] == '*' && text[i+1] == '/') {
				i++
			}
			i++
		case c == '"':
			for i++; i < to && text[i] != '"' && text[i] != '\n'; i++ {
				if text[i] == '\\' {
					i++
				}
			}
		case c == '`' || c == '$' || c == '\'':
			// directives, system names and based literals are not keywords
			i++
			for i < to && isIdent(text[i]) {
				i++
			}
			i--
		case isIdent(c) && (c < '0' || c > '9'):
			j := i
			for j < to && isIdent(text[j]) {
				j++
			}
			fn(string(text[i:j]), i)
			i = j - 1
		case c >= '0' && c <= '9':
			for i < to && (isIdent(text[i]) || text[i] == '\'') {
				i++
			}
			i--
		}
	}
}

// opening reports whether a block may follow the cursor: an empty line, or right after
// `begin`, a case header, `fork`, or the end of a module header.
func opening(text []byte, off int) bool {
	ls := lineStart(text, off)
	before := strings.TrimSpace(string(text[ls:off]))
	le := off
	for le < len(text) && text[le] != '\n' {
		le++
	}
	after := strings.TrimSpace(string(text[off:le]))
	if after != "" {
		return false
	}
	if before != "" {
		return endsWithOpener(before)
	}
	// blank line: look at the previous non-blank line
	prev := prevNonBlankLine(text, ls)
	if endsWithOpener(prev) {
		return true
	}
	// an empty line inside a module or block
	return true
}

func endsWithOpener(line string) bool {
	line = strings.TrimSpace(stripLineComment(line))
	if line == "" {
		return false
	}
	if strings.HasSuffix(line, "begin") || strings.HasSuffix(line, "fork") || strings.HasSuffix(line, "generate") {
		return true
	}
	if i := strings.LastIndex(line, "begin"); i >= 0 && strings.HasPrefix(strings.TrimSpace(line[i+5:]), ":") {
		return true // begin : label
	}
	for _, kw := range []string{"case", "casez", "casex"} {
		if strings.HasPrefix(line, kw+" ") || strings.HasPrefix(line, kw+"(") || strings.Contains(line, " "+kw+" (") || strings.Contains(line, " "+kw+"(") {
			if strings.HasSuffix(line, ")") || strings.HasSuffix(line, "inside") {
				return true
			}
		}
	}
	return strings.HasSuffix(line, ");") && strings.HasPrefix(line, ")") // end of a module header
}

func stripLineComment(s string) string {
	if i := strings.Index(s, "//"); i >= 0 {
		return s[:i]
	}
	return s
}

func lineStart(text []byte, off int) int {
	i := off
	for i > 0 && text[i-1] != '\n' {
		i--
	}
	return i
}

func prevNonBlankLine(text []byte, ls int) string {
	end := ls - 1
	for end > 0 {
		s := lineStart(text, end)
		line := strings.TrimSpace(string(text[s:end]))
		if line != "" {
			return line
		}
		end = s - 1
	}
	return ""
}

// wordsAround returns the identifiers of the code around offset at of text (about 60
// lines before it and 15 after; comments and strings skipped), each with the distance in
// bytes of its nearest mention.
func wordsAround(text string, at int) map[string]int {
	at = max(0, min(at, len(text)))
	from := max(0, at-3000)
	window := []byte(text[from:min(len(text), at+800)])
	out := map[string]int{}
	scanWords(window, 0, len(window), func(w string, i int) {
		d := at - (from + i + len(w))
		if from+i >= at {
			d = from + i - at
		}
		if old, ok := out[w]; !ok || d < old {
			out[w] = d
		}
	})
	return out
}

// unitBlocks describes the enclosing module: header, signals, clocking, naming.
func unitBlocks(u *UnitRef, ix *Index, off int) []codegen.Block {
	var blocks []codegen.Block
	header := strings.TrimSpace(u.Text[:min(u.Header, len(u.Text))])
	if len(header) > 2000 {
		header = header[:2000] + "\n…"
	}
	blocks = append(blocks, codegen.Block{Source: u.Kind + " header", Text: header})

	var sb strings.Builder
	n := 0
	var sem *Sem
	if ix != nil {
		sem = Resolve(u, ix)
	}
	// The signals the code around the cursor names come first, the nearest mention first:
	// in a module of a hundred signals the prompt has room for some, and those are the
	// ones the next line uses.
	var near, rest []*Decl
	around := wordsAround(u.Text, off-u.Base)
	for _, d := range u.Decls {
		if d.Scope != u.Root || d.NameNode == nil || d.PortDecl {
			continue
		}
		switch d.Kind {
		case KindNet, KindVar, KindParam, KindLocal, KindType, KindInstance, KindFunction, KindTask:
		default:
			continue
		}
		if _, ok := around[d.Name]; ok {
			near = append(near, d)
		} else {
			rest = append(rest, d)
		}
	}
	sort.SliceStable(near, func(i, j int) bool { return around[near[i].Name] < around[near[j].Name] })
	for _, d := range append(near, rest...) {
		if n >= maxSignalsInContext {
			sb.WriteString("…\n")
			break
		}
		n++
		line := d.Describe()
		if d.Kind == KindInstance {
			line = d.TypeText + " " + d.Name + " (instance)"
		}
		if d.IsSignal() && d.Width > 0 && d.UserType == "" {
			line += fmt.Sprintf("  // %d bit%s", d.Width, plural(d.Width))
			if sem != nil && !sem.Driven(d.Name) {
				line += ", not driven yet"
			}
		}
		sb.WriteString(line + "\n")
	}
	if sb.Len() > 0 {
		blocks = append(blocks, codegen.Block{Source: "signals in scope", Text: sb.String(), List: true})
	}
	if conv := u.Conventions(); len(conv) > 0 {
		var cs []string
		for _, c := range conv {
			cs = append(cs, c.Describe())
		}
		blocks = append(blocks, codegen.Block{Source: "clocks and resets", Text: strings.Join(cs, "\n")})
	} else if clk, rst, low := guessClockReset(u); clk != "" {
		s := "clock " + clk + " (posedge)"
		if rst != "" {
			lvl := "active-high"
			if low {
				lvl = "active-low"
			}
			s += ", reset " + rst + " (" + lvl + ")"
		}
		blocks = append(blocks, codegen.Block{Source: "clocks and resets (from port names)", Text: s})
	}
	if style := namingStyle(u); style != "" {
		blocks = append(blocks, codegen.Block{Source: "naming style", Text: style})
	}
	return blocks
}

// guessClockReset picks the clock and reset from port names when no block shows them.
func guessClockReset(u *UnitRef) (clk, rst string, low bool) {
	for _, p := range u.Ports {
		if p.Dir != "input" {
			continue
		}
		l := strings.ToLower(p.Name)
		if clk == "" && (l == "clk" || strings.HasPrefix(l, "clk") || strings.HasSuffix(l, "clk") || strings.Contains(l, "clock") || strings.HasSuffix(l, "clk_i")) {
			clk = p.Name
		}
		if rst == "" && looksLikeReset(p.Name) {
			rst = p.Name
			low = strings.HasSuffix(l, "_n") || strings.HasSuffix(l, "n_i") || strings.HasSuffix(l, "_ni") || strings.HasSuffix(l, "b")
		}
	}
	return
}

// namingStyle describes port prefixes/suffixes and active-low naming.
func namingStyle(u *UnitRef) string {
	var in, out, iPre, oPre, iSuf, oSuf, lowN int
	for _, p := range u.Ports {
		switch p.Dir {
		case "input":
			in++
			if strings.HasPrefix(p.Name, "i_") {
				iPre++
			}
			if strings.HasSuffix(p.Name, "_i") || strings.HasSuffix(p.Name, "_ni") {
				iSuf++
			}
		case "output":
			out++
			if strings.HasPrefix(p.Name, "o_") {
				oPre++
			}
			if strings.HasSuffix(p.Name, "_o") {
				oSuf++
			}
		}
	}
	for name := range u.Signals {
		if strings.HasSuffix(name, "_n") || strings.HasSuffix(name, "_ni") {
			lowN++
		}
	}
	var parts []string
	if in > 0 && iPre*2 > in || out > 0 && oPre*2 > out {
		parts = append(parts, "ports use i_/o_ prefixes")
	}
	if in > 0 && iSuf*2 > in || out > 0 && oSuf*2 > out {
		parts = append(parts, "ports use _i/_o suffixes")
	}
	if lowN > 0 {
		parts = append(parts, "active-low signals end in _n")
	}
	regs := 0
	for name := range u.Signals {
		if strings.HasSuffix(name, "_q") || strings.HasSuffix(name, "_r") || strings.HasSuffix(name, "_reg") {
			regs++
		}
	}
	if regs > 1 {
		parts = append(parts, "registers end in _q/_r/_reg")
	}
	return strings.Join(parts, "; ")
}

// instanceBlocks gives the port lists of modules instantiated near the cursor, and of a
// module whose name is being typed.
func instanceBlocks(u *UnitRef, ix *Index, text []byte, off int, path string) []codegen.Block {
	names := map[string]bool{}
	var order []string
	addName := func(n string) {
		if !names[n] {
			names[n] = true
			order = append(order, n)
		}
	}
	if w := wordBefore(text, off); w != "" {
		if ix.Module(w) != nil {
			addName(w)
		}
	}
	if u != nil {
		ln := u.File.Lines.LineOf(off)
		for _, inst := range u.Instances {
			s, _ := u.Abs(inst.Node)
			// a testbench (no ports) shows its DUT wherever the cursor is
			if l := u.File.Lines.LineOf(s); l >= ln-30 && l <= ln+30 || len(u.Ports) == 0 {
				addName(inst.Module)
			}
		}
	}
	var out []codegen.Block
	for i, n := range order {
		if i >= 4 {
			break
		}
		m := ix.Module(n)
		if m == nil || (m.Kind != UnitModule && m.Kind != UnitInterface) {
			continue
		}
		src := m.Path
		if src == "" || src == path {
			src = "this file"
		}
		out = append(out, codegen.Block{Source: src, Text: strings.TrimSpace(stripComments(m.Text[:min(m.Header, len(m.Text))]))})
	}
	return out
}

// wordBefore returns the identifier that ends at off, if the line holds nothing else.
func wordBefore(text []byte, off int) string {
	ls := lineStart(text, off)
	s := strings.TrimSpace(string(text[ls:off]))
	for i := 0; i < len(s); i++ {
		if !isIdent(s[i]) {
			return ""
		}
	}
	return s
}

// sortedKeys returns map keys in order.
func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// classBlocks lists the members in scope when the cursor is in a class: the class's own,
// then each base class's.
func classBlocks(u *UnitRef, env classEnv, off int) []codegen.Block {
	n := u.Root.At(off - u.Base)
	var cls *Node
	if n != nil && n.Kind() == "class_declaration" {
		cls = n
	} else if n != nil {
		cls = n.Ancestor(nil, "class_declaration")
	}
	var c *classRef
	if cls != nil {
		if nm := cls.Child("name"); nm != nil {
			c = env.find(u, nm.Text())
		}
	} else if n != nil {
		if _, name := enclosingClass(n); name != "" {
			c = env.find(u, name) // an out-of-body method
		}
	}
	if c == nil {
		return nil
	}
	var sb strings.Builder
	sb.WriteString(classHeader(c.decl) + "\n")
	owner := c.decl
	count := 0
	for _, mo := range env.classMembers(c) {
		if count >= maxSignalsInContext {
			sb.WriteString("…\n")
			break
		}
		if mo.owner.decl != owner {
			owner = mo.owner.decl
			sb.WriteString("// from " + classHeader(owner) + "\n")
		}
		sb.WriteString(describeMember(mo.owner.unit, mo.decl) + "\n")
		count++
	}
	return []codegen.Block{{Source: "class members in scope", Text: sb.String()}}
}

// interfaceBlocks gives the signals and modports of the interfaces the unit holds:
// interface instances and ports, and virtual interface handles.
func interfaceBlocks(u *UnitRef, env classEnv, off int) []codegen.Block {
	names := map[string]bool{}
	var order []string
	for _, d := range u.Decls {
		name := ""
		switch {
		case d.Kind == KindInstance:
			name = d.TypeText
		case d.UserType != "" && (d.Iface || strings.HasPrefix(d.TypeText, "virtual")):
			name = d.UserType
		}
		if i := strings.IndexAny(name, ". "); i >= 0 {
			name = name[:i]
		}
		if name == "" || names[name] {
			continue
		}
		if m := env.ix.Module(name); m != nil && m.Kind == UnitInterface {
			names[name] = true
			order = append(order, name)
		}
	}
	var out []codegen.Block
	for i, name := range order {
		if i >= 3 {
			break
		}
		m := env.ix.Module(name)
		var sb strings.Builder
		count := 0
		for _, d := range m.Decls {
			if d.Scope != m.Root || d.NameNode == nil || count >= maxSignalsInContext {
				continue
			}
			switch {
			case d.IsSignal() && !d.PortDecl:
				line := d.Describe()
				if d.Width > 0 && d.UserType == "" {
					line += fmt.Sprintf("  // %d bit%s", d.Width, plural(d.Width))
				}
				sb.WriteString(line + "\n")
				count++
			case d.Kind == KindModport:
				sb.WriteString("modport " + squash(stripComments(d.Node.SrcString(m.Text))) + "\n")
				count++
			}
		}
		if sb.Len() == 0 {
			continue
		}
		out = append(out, codegen.Block{Source: "interface " + name + " signals", Text: sb.String()})
	}
	return out
}
