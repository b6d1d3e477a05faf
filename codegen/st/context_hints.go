package st

import (
	"bytes"
	"fmt"
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"strings"
)

// open is a construct open at the cursor: the keyword that closes it and the indentation
// of the line that opened it.
type open struct {
	kw, closer, indent string
	at                 int
}

var closers = map[string]string{
	"IF": "END_IF", "CASE": "END_CASE", "FOR": "END_FOR", "WHILE": "END_WHILE", "REPEAT": "END_REPEAT",
	"STRUCT": "END_STRUCT", "REGION": "END_REGION",
	"VAR": "END_VAR", "VAR_INPUT": "END_VAR", "VAR_OUTPUT": "END_VAR", "VAR_IN_OUT": "END_VAR",
	"VAR_TEMP": "END_VAR", "VAR_GLOBAL": "END_VAR", "VAR_STAT": "END_VAR", "VAR_EXTERNAL": "END_VAR",
	"VAR_INST": "END_VAR", "VAR_CONFIG": "END_VAR", "VAR_ACCESS": "END_VAR",
}

var isCloser = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range closers {
		m[c] = true
	}
	return m
}()

// word is one block keyword (an opener or a closer of closers) outside comments, strings
// and pragmas, in upper case.
type word struct {
	up  string
	pos int
}

// blockKeywords maps each opener and closer of closers to itself: words looks a token up
// here through a stack buffer, so an identifier costs no allocation.
var blockKeywords = func() map[string]string {
	m := map[string]string{}
	for o, c := range closers {
		m[o], m[c] = o, c
	}
	return m
}()

// keywordShape marks, by first letter and length, what a block keyword can look like:
// most identifiers are ruled out without a map lookup.
var keywordShape = func() (t [26][17]bool) {
	for k := range blockKeywords {
		t[k[0]-'A'][len(k)] = true
	}
	return t
}()

// words finds the block keywords of text[start:end]. It runs on every suggestion request
// over the cursor's unit, hundreds of lines in real POUs: identifiers are compared in
// place, and only keywords are kept.
func words(text []byte, start, end int) []word {
	var out []word
	var buf [16]byte
	for i := start; i < end; {
		b := text[i]
		switch {
		case b == '/' && i+1 < end && text[i+1] == '/':
			for i < end && text[i] != '\n' {
				i++
			}
		case b == '(' && i+1 < end && text[i+1] == '*':
			j := bytes.Index(text[i+2:end], []byte("*)"))
			if j < 0 {
				return out
			}
			i += j + 4
		case b == '/' && i+1 < end && text[i+1] == '*':
			j := bytes.Index(text[i+2:end], []byte("*/"))
			if j < 0 {
				return out
			}
			i += j + 4
		case b == '{':
			j := bytes.IndexByte(text[i:end], '}')
			if j < 0 {
				return out
			}
			i += j + 1
		case b == '\'' || b == '"':
			j := i + 1
			for j < end && text[j] != b && text[j] != '\n' {
				if text[j] == '$' {
					j++
				}
				j++
			}
			i = j + 1
		case isIdent(b) && (b < '0' || b > '9'):
			j := i
			for j < end && isIdent(text[j]) {
				j++
			}
			// T#5s and friends: skip the literal's tail.
			if j < end && text[j] == '#' {
				j++
				for j < end && (isIdent(text[j]) || text[j] == '.' || text[j] == ':' || text[j] == '-') {
					j++
				}
				i = j
				continue
			}
			start := i
			i = j
			first := text[start] &^ 0x20 // upper case, for a letter
			if j-start > len(buf) || first < 'A' || first > 'Z' || !keywordShape[first-'A'][j-start] {
				continue
			}
			up := buf[:j-start]
			for k, c := range text[start:j] {
				if c >= 'a' && c <= 'z' {
					c -= 'a' - 'A'
				}
				up[k] = c
			}
			w, ok := blockKeywords[string(up)]
			if !ok {
				continue
			}
			if w == "REGION" || w == "END_REGION" {
				if !firstOnLine(text, start) {
					continue // a variable called Region, not SCL's REGION
				}
				// SCL: the rest of the line is free text (`REGION Check IF inputs valid`)
				for i < end && text[i] != '\n' {
					i++
				}
			}
			out = append(out, word{w, start})
		case b >= '0' && b <= '9':
			for i < end && (isIdent(text[i]) || text[i] == '#' || text[i] == '.') {
				i++
			}
		default:
			i++
		}
	}
	return out
}

// firstOnLine reports whether only blanks precede text[i] on its line.
func firstOnLine(text []byte, i int) bool {
	for k := i - 1; k >= 0 && text[k] != '\n'; k-- {
		if text[k] != ' ' && text[k] != '\t' {
			return false
		}
	}
	return true
}

// openAt returns the constructs open at the cursor that nothing after it closes, the
// innermost first.
func (c *cursor) openAt() []open {
	start, end := 0, len(c.text)
	if c.unit != nil {
		start = c.unit.Start
		end = c.unit.End
		if end < c.off {
			end = c.off
		}
	}
	ws := words(c.text, start, end)
	var stack []open
	pop := func(closer string) {
		for i := len(stack) - 1; i >= 0; i-- {
			if stack[i].closer == closer {
				stack = stack[:i]
				return
			}
		}
	}
	i := 0
	for ; i < len(ws) && ws[i].pos < c.off; i++ {
		w := ws[i]
		if cl, ok := closers[w.up]; ok {
			stack = append(stack, open{kw: w.up, closer: cl, indent: indentOf(c.text, w.pos), at: w.pos})
		} else if isCloser[w.up] {
			pop(w.up)
		}
	}
	atCursor := append([]open(nil), stack...)
	for ; i < len(ws); i++ {
		w := ws[i]
		if cl, ok := closers[w.up]; ok {
			stack = append(stack, open{closer: cl})
		} else if isCloser[w.up] {
			pop(w.up)
		}
	}
	// What the suffix closed is gone from stack; cursor-time entries still there are open.
	still := map[int]bool{}
	for _, o := range stack {
		if o.kw != "" {
			still[o.at] = true
		}
	}
	var out []open
	for j := len(atCursor) - 1; j >= 0; j-- {
		if still[atCursor[j].at] {
			out = append(out, atCursor[j])
		}
	}
	return out
}

// closerText is what closes o, with a statement terminator where one belongs.
func (c *cursor) closerText(o open) string {
	switch o.closer {
	case "END_VAR", "END_STRUCT", "END_REGION":
		return o.closer
	case "END_REPEAT":
		return "UNTIL " + c.boolGuess("bDone") + "\n" + o.indent + "END_REPEAT;"
	}
	return o.closer + ";"
}

// place puts a closer at the opener's indentation, starting a new line when the cursor's
// line already holds text or is indented deeper than the opener.
func (c *cursor) place(indent, text string) string {
	pre := c.linePrefix()
	if strings.TrimSpace(pre) == "" && len(pre) <= len(indent) && strings.HasPrefix(indent, pre) {
		return indent[len(pre):] + text
	}
	return "\n" + indent + text
}

// hints are the pack's deterministic offers, best first.
func (c *cursor) hints() []string {
	var out []string
	add := func(s string) {
		if s != "" {
			for _, h := range out {
				if h == s {
					return
				}
			}
			out = append(out, s)
		}
	}
	opens := c.openAt()
	pre := c.linePrefix()
	trimmed := strings.TrimSpace(stripLineComment(pre))
	unit := indentUnit(c.text, c.off)

	// Right after CASE x OF on an enumeration: one branch per value.
	if len(opens) > 0 && opens[0].kw == "CASE" {
		if m := caseOfRe.FindStringSubmatch(trimmed); m != nil {
			closed := false
			add(c.caseBranches(m[1], opens[0].indent, unit, closed))
		}
	}
	// An empty line in a CASE that has no branch yet: one branch per value, no END_CASE.
	emptyCase := false
	if trimmed == "" {
		if val, indent, ok := c.branchlessCase(); ok {
			emptyCase = true
			if b := c.caseBranches(val, indent, unit, true); b != "" {
				// The cursor already stands at the first branch's indentation.
				b = strings.TrimPrefix(b, "\n")
				add(strings.TrimPrefix(b, pre))
			}
		}
	}
	// inst( or inst: the call with every formal parameter.
	add(c.callCompletion(trimmed))

	if len(opens) > 0 {
		add(c.place(opens[0].indent, c.closerText(opens[0])))
		if len(opens) > 1 {
			var sb strings.Builder
			sb.WriteString(c.place(opens[0].indent, c.closerText(opens[0])))
			for _, o := range opens[1:] {
				sb.WriteString("\n" + o.indent + c.closerText(o))
			}
			add(sb.String())
		}
	}
	// Skeletons on an empty line of a body.
	if trimmed == "" && !emptyCase && c.pou != nil && c.inBody() {
		ind := pre
		for _, s := range c.skeletons(ind, unit) {
			add(s)
		}
	}
	return out
}

var caseOfRe = lazyregexp.New(`(?i)^.*\bCASE\s+(.+?)\s+OF$`)

// inBody reports whether the cursor is in the POU's statements (not its declarations).
func (c *cursor) inBody() bool {
	p := c.pou
	if p.BodyEnd > p.BodyStart {
		return c.off >= p.BodyStart-1 || c.off > p.DeclEnd
	}
	return c.off > p.DeclEnd
}

// caseBranches renders one branch per enumeration value plus ELSE, and END_CASE.
func (c *cursor) caseBranches(value, indent, unit string, closed bool) string {
	_, enum := c.scope.EnumOf(c.pathType(value))
	if enum == nil {
		return ""
	}
	var sb strings.Builder
	for _, e := range enum.Enum {
		sb.WriteString("\n" + indent + unit + e.Name + ":\n" + indent + unit + unit + ";")
	}
	sb.WriteString("\n" + indent + "ELSE\n" + indent + unit + ";")
	if !closed {
		sb.WriteString("\n" + indent + "END_CASE;")
	}
	return sb.String()
}

// pathType resolves the type of a dotted designator written as text (eState, stX.eMode).
func (c *cursor) pathType(s string) *Type {
	parts := strings.Split(strings.ReplaceAll(strings.TrimSpace(s), "#", ""), ".")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
		if parts[i] == "" || !isIdentString(parts[i]) {
			return nil
		}
	}
	v := c.scope.Local(parts[0])
	if v == nil {
		v, _ = c.scope.Global(parts[0])
	}
	if v == nil {
		return nil
	}
	t := v.Type
	for _, p := range parts[1:] {
		t = c.scope.memberType(t, p)
	}
	return t
}

func isIdentString(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isIdent(s[i]) {
			return false
		}
	}
	return s != ""
}

// callCompletion completes `inst(` or `inst` with every formal parameter of the instance's
// block: inputs with :=, outputs with =>.
func (c *cursor) callCompletion(trimmed string) string {
	name := strings.TrimSuffix(trimmed, "(")
	if c.scope.SCL {
		name = strings.TrimPrefix(name, "#") // SCL `#inst(`
	}
	if !isIdentString(name) || name == "" {
		return ""
	}
	v := c.scope.Local(name)
	if v == nil {
		return ""
	}
	var ins, outs []string
	if p, std := c.scope.FBType(v.Type); p != nil {
		in, o, io := p.Interface()
		for _, x := range append(in, io...) {
			ins = append(ins, x.Name)
		}
		for _, x := range o {
			outs = append(outs, x.Name)
		}
	} else if std != nil {
		if isTimer(std.Name) {
			args := fmt.Sprintf("IN := %s, PT := %s);", c.boolGuess(""), c.timeGuess(v))
			if strings.HasSuffix(trimmed, "(") {
				return args
			}
			return "(" + args
		}
		for _, p := range append(append([]Param{}, std.Inputs...), std.InOuts...) {
			ins = append(ins, p.Name)
		}
		for _, p := range std.Outputs {
			outs = append(outs, p.Name)
		}
	} else {
		return ""
	}
	var args []string
	for _, n := range ins {
		args = append(args, n+" := ")
	}
	for _, n := range outs {
		args = append(args, n+" => ")
	}
	sep := ", "
	if len(args) > 3 {
		sep = ",\n" + indentOf(c.text, c.off) + strings.Repeat(" ", len(strings.TrimSuffix(trimmed, "("))+1)
	}
	body := strings.Join(args, sep) + ");"
	if strings.HasSuffix(trimmed, "(") {
		return body
	}
	return "(" + body
}

func isTimer(name string) bool {
	switch strings.ToUpper(name) {
	case "TON", "TOF", "TP", "LTON", "LTOF", "LTP", "TON_TIME", "TOF_TIME", "TP_TIME":
		return true
	}
	return false
}

// boolGuess picks a BOOL input of the POU for a condition placeholder, else TRUE.
func (c *cursor) boolGuess(prefer string) string {
	if c.pou != nil {
		if prefer != "" {
			if v := c.scope.Local(prefer); v != nil && v.Type.Elementary() == "BOOL" {
				return c.ref(v)
			}
		}
		for _, v := range c.pou.Top().Vars {
			if v.Section == SecInput && v.Type.Elementary() == "BOOL" {
				return c.ref(v)
			}
		}
	}
	return "TRUE"
}

// timeGuess keeps a TIME variable named after the timer if one exists, else T#1S.
func (c *cursor) timeGuess(timer *Var) string {
	return "T#1S"
}

// skeletons are whole statements for an empty body line: a CASE over the POU's
// enumeration variable, calls of timers not called yet, an IF over a BOOL input, a FOR over
// a declared array.
func (c *cursor) skeletons(ind, unit string) []string {
	var out []string
	called := map[string]bool{}
	// A timer called only under a condition is what st/timer-not-called-every-cycle
	// reports: inside an IF, CASE or loop no timer call is offered.
	underCondition := false
	for _, b := range Bodies(c.pou) {
		b.Walk(func(n *Node) bool {
			if n.Start() < c.off && c.off < n.End() && n.Is("if_statement", "case_statement", "for_statement", "while_statement", "repeat_statement") {
				underCondition = true
			}
			if n.Kind() == "call_statement" {
				if f := n.Child("function"); f.Is("identifier") {
					called[lower(f.Text())] = true
				} else if f.Is("local_variable") {
					called[lower(varName(f.First()))] = true
				}
			}
			return true
		})
	}
	var caseVar, ifVar *Var
	var timers []*Var
	var arrayVar, counter *Var
	for q := c.pou; q != nil; q = q.Parent {
		for _, v := range q.Vars {
			if v.Type == nil {
				continue
			}
			if _, e := c.scope.EnumOf(v.Type); e != nil && caseVar == nil && v.Section != SecInput {
				caseVar = v
			}
			if v.Section == SecInput && v.Type.Elementary() == "BOOL" && ifVar == nil {
				ifVar = v
			}
			if v.Type.Kind == TypeNamed && isTimer(v.Type.Name) && !called[lower(v.Name)] && !underCondition {
				timers = append(timers, v)
			}
			if v.Type.Kind == TypeArray && len(v.Type.Dims) == 1 && arrayVar == nil {
				if _, _, ok := c.scope.bounds(v.Type.Dims[0]); ok {
					arrayVar = v
				}
			}
			if el := v.Type.Elementary(); elementary[el].cat == CatInt && counter == nil && !v.Constant &&
				(len(v.Name) <= 2 || strings.Contains(lower(v.Name), "idx") || strings.Contains(lower(v.Name), "index")) {
				counter = v
			}
		}
	}
	for _, t := range timers {
		out = append(out, fmt.Sprintf("%s(IN := %s, PT := %s);", c.ref(t), c.boolGuess(""), c.timeGuess(t)))
	}
	if caseVar != nil {
		if s := c.caseBranches(caseVar.Name, ind, unit, false); s != "" {
			out = append(out, "CASE "+c.ref(caseVar)+" OF"+s)
		}
	}
	if ifVar != nil {
		out = append(out, "IF "+c.ref(ifVar)+" THEN\n"+ind+unit+";\n"+ind+"END_IF;")
	}
	if arrayVar != nil && counter != nil {
		lo, hi, _ := c.scope.bounds(arrayVar.Type.Dims[0])
		body := ";"
		if c.scope.Resolve(arrayVar.Type.Elem).Elementary() != "" {
			body = fmt.Sprintf("%s[%s] := %s;", c.ref(arrayVar), c.ref(counter), zeroOf(c.scope, arrayVar.Type.Elem))
		}
		out = append(out, fmt.Sprintf("FOR %s := %v TO %v DO\n%s%s%s\n%sEND_FOR;", c.ref(counter), lo, hi, ind, unit, body, ind))
	}
	return out
}

// ref is how the code names a variable: in SCL a block's own variables carry `#`.
func (c *cursor) ref(v *Var) string {
	if c.scope != nil && c.scope.SCL && v.Owner != nil {
		return "#" + v.Name
	}
	return v.Name
}

// zeroOf is a neutral value for an element type.
func zeroOf(sc *Scope, t *Type) string {
	switch elementary[sc.Resolve(t).Elementary()].cat {
	case CatBool:
		return "FALSE"
	case CatReal:
		return "0.0"
	case CatTime:
		return "T#0S"
	case CatString:
		return "''"
	}
	return "0"
}

// branchlessCase finds a CASE statement around the cursor that has no branch yet and returns
// its value's text and the indentation of its CASE line.
func (c *cursor) branchlessCase() (string, string, bool) {
	if c.pou == nil || c.pou.Node == nil {
		return "", "", false
	}
	var found *Node
	c.pou.Node.Walk(func(n *Node) bool {
		if n.Start() > c.off || n.End() < c.off {
			return false
		}
		if n.Kind() == "case_statement" {
			found = n
		}
		return true
	})
	if found == nil || len(found.KidsOf("case_branch")) > 0 || len(found.KidsOf("else_clause")) > 0 {
		return "", "", false
	}
	lineStart := bytes.LastIndexByte(c.text[:found.Start()], '\n') + 1
	indent := string(c.text[lineStart:found.Start()])
	if strings.TrimSpace(indent) != "" {
		return "", "", false
	}
	return found.Child("value").Src(c.text), indent, true
}
