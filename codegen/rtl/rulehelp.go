package rtl

import (
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"strconv"
	"strings"
)

// Helpers shared by the rules.

// contains reports whether node n lies inside scope node s.
func contains(s, n *Node) bool {
	return s != nil && n != nil && n.Start() >= s.Start() && n.End() <= s.End()
}

// LookupAt resolves name as seen from node at: the innermost enclosing scope that declares
// it, else the unit scope. It returns nil for names the unit does not declare.
func (u *Unit) LookupAt(name string, at *Node) *Decl {
	var best *Decl
	for _, d := range u.byName[name] {
		if d.Scope != u.Root && !contains(d.Scope, at) {
			continue
		}
		if best == nil || (d.Scope.End()-d.Scope.Start()) < (best.Scope.End()-best.Scope.Start()) {
			best = d
		}
	}
	if best != nil && best.Scope == u.Root {
		if s := u.Signals[name]; s != nil {
			return s
		}
	}
	return best
}

// localTo reports whether name resolves inside within to a declaration local to within.
func (u *Unit) localTo(name string, at, within *Node) bool {
	d := u.LookupAt(name, at)
	return d != nil && d.Scope != u.Root && contains(within, d.Scope)
}

// unitSignal resolves a write or read to a unit-scope net or variable (nil for locals,
// parameters and unknown names).
func (u *Unit) unitSignal(a *Access) *Decl {
	d := u.LookupAt(a.Name, a.Id)
	if d == nil || d.Scope != u.Root || !d.IsSignal() {
		return nil
	}
	return d
}

// line returns the 1-based line of a relative offset in the unit's file.
func (r *UnitRef) line(n *Node) int {
	if r.File == nil {
		return 0
	}
	return r.File.Line(r.Base+n.Start()) + 1
}

// ExprWidth is a conservative width of an expression: identifiers and selects of
// known-width signals, sized literals, concatenations and replications of those. ok is
// false for anything else (unsized literals, arithmetic, calls).
func (u *Unit) ExprWidth(n *Node, sc Scope) (w int, dep bool, ok bool) {
	if n == nil {
		return 0, false, false
	}
	switch n.Kind() {
	case "parenthesized_expression":
		if n.NumKids() == 1 {
			return u.ExprWidth(n.Kid(0), sc)
		}
	case "number":
		_, width, known := ParseNumber(n.Text())
		if width > 0 && (known || strings.ContainsAny(n.Text(), "xXzZ?")) {
			return width, false, true
		}
	case "identifier":
		d := u.LookupAt(n.Text(), n)
		if d == nil || !d.IsSignal() || d.UserType != "" || d.Iface || len(d.Unpacked) > 0 || d.Width == 0 {
			return 0, false, false
		}
		if len(d.Packed) == 0 && !strings.HasPrefix(d.TypeText, "int") && d.TypeText != "" && baseType(d.TypeText) != "logic" &&
			baseType(d.TypeText) != "reg" && baseType(d.TypeText) != "bit" && baseType(d.TypeText) != "wire" {
			return 0, false, false
		}
		return d.Width, d.WidthDep, true
	case "select":
		v := n.Child("value")
		if v == nil || v.Kind() != "identifier" {
			return 0, false, false
		}
		d := u.LookupAt(v.Text(), v)
		if d == nil || !d.IsSignal() || d.UserType != "" || len(d.Unpacked) > 0 || len(d.Packed) != 1 {
			return 0, false, false
		}
		if n.Child("index") != nil {
			return 1, false, true
		}
		r := n.Child("range")
		if r == nil {
			return 0, false, false
		}
		if r.Kind() == "indexed_range" {
			c := Eval(r.Child("width"), sc)
			if !c.OK {
				return 0, false, false
			}
			return int(c.V), c.ParamDep, true
		}
		a, b := Eval(r.Child("left"), sc), Eval(r.Child("right"), sc)
		if !a.OK || !b.OK {
			return 0, false, false
		}
		return int(max(a.V, b.V)-min(a.V, b.V)) + 1, a.ParamDep || b.ParamDep, true
	case "concatenation":
		total, anyDep := 0, false
		for _, k := range n.Kids() {
			w, d, ok := u.ExprWidth(k, sc)
			if !ok {
				return 0, false, false
			}
			total += w
			anyDep = anyDep || d
		}
		return total, anyDep, total > 0
	case "replication":
		c := Eval(n.Child("count"), sc)
		w, d, ok := u.ExprWidth(n.Child("value"), sc)
		if !c.OK || !ok {
			return 0, false, false
		}
		return int(c.V) * w, d || c.ParamDep, true
	}
	return 0, false, false
}

// caseFull reports whether a case statement covers every value of its selector: a
// default item, a unique/priority qualifier, every value of a narrow selector, or every
// member of an enum. A macro among the items may hold any of them, the default too.
func (u *Unit) caseFull(cs *Node, ix *Index) bool {
	if len(cs.KidsOf("default_case_item")) > 0 || len(cs.KidsOf("macro_usage")) > 0 {
		return true
	}
	if q := cs.Child("qualifier"); q != nil && (q.Kind() == "unique" || q.Kind() == "priority" || q.Kind() == "unique0") {
		return true
	}
	return u.caseCovers(cs, ix, true)
}

// caseCovers reports whether the items alone list every selector value; with enums, a
// selector of an enum type counts as covered when every member is listed (hardware still
// has the encodings no member uses).
func (u *Unit) caseCovers(cs *Node, ix *Index, enums bool) bool {
	sel := cs.Child("value")
	if sel == nil {
		return false
	}
	kind := "case"
	if k := cs.Child("kind"); k != nil {
		kind = k.Kind()
	}
	patterns := map[string]bool{}
	values := map[int64]bool{}
	var wild []wildLabel
	for _, it := range cs.KidsOf("case_item") {
		for _, p := range it.Children("pattern") {
			patterns[p.Text()] = true
			if p.Kind() == "value_range" {
				// `case (sel) inside [4:7]: …`: a range covers every value between its
				// bounds (IEEE 1800-2017 12.5.4)
				lo, hi := Eval(p.Child("left"), u.Scope()), Eval(p.Child("right"), u.Scope())
				if lo.OK && hi.OK && lo.V <= hi.V && hi.V-lo.V < 1<<12 {
					for v := lo.V; v <= hi.V; v++ {
						values[v] = true
					}
				}
				continue
			}
			if kind != "case" {
				// casez/casex: a label with don't-care digits (4'b1?z0) covers every value
				// its other bits match; one without them is a plain value
				if l, ok := parseWildLabel(p.Text(), kind == "casex"); ok {
					if l.mask != 0 {
						wild = append(wild, l)
						continue
					}
				} else if wildDigits.MatchString(p.Text()) {
					continue
				}
			}
			if c := Eval(p, u.Scope()); c.OK {
				values[c.V] = true
			}
		}
	}
	if kind == "case" || kind == "casez" || kind == "casex" {
		w, _, ok := u.ExprWidth(sel, u.Scope())
		if !ok {
			// A selector of a width Gantry cannot tell (a member of an interface port):
			// labels all sized alike (1'b0, 1'b1) give it.
			w, ok = labelWidth(cs)
		}
		if ok && w <= 12 && len(values)+len(wild) > 0 && (len(wild) > 0 || len(values) >= 1<<uint(w)) {
			all := true
			for v := int64(0); v < 1<<uint(w); v++ {
				if !values[v] && !matchesWild(v, wild) {
					all = false
					break
				}
			}
			if all {
				return true
			}
		}
	}
	if sel.Kind() == "identifier" && enums {
		if members := u.EnumMembers(sel.Text(), sel, ix); len(members) > 0 {
			for _, m := range members {
				if !patterns[m] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// EnumMembers lists the members of the enum type of a signal, when it has one.
func (u *Unit) EnumMembers(name string, at *Node, ix *Index) []string {
	enum := u.enumTypeOf(name, at, ix)
	if enum == nil {
		return nil
	}
	var out []string
	for _, m := range enum.KidsOf("enum_member") {
		if nm := m.Child("name"); nm != nil {
			out = append(out, nm.Text())
		}
	}
	return out
}

// enumTypeOf returns the enum_type node of a signal's type, when it is an enum.
func (u *Unit) enumTypeOf(name string, at *Node, ix *Index) *Node {
	d := u.LookupAt(name, at)
	if d == nil || d.UserType == "" {
		return nil
	}
	var enum *Node
	if d.UserType == "enum" {
		enum = d.Node.Child("type")
	} else {
		enum = findTypedef(u, d.UserType, ix)
	}
	if enum == nil || enum.Kind() != "enum_type" {
		return nil
	}
	return enum
}

// enumWidth returns the width of an enum's base type when it is written out: a 1-bit
// logic, bit or reg, or one with a single constant packed range.
func (u *Unit) enumWidth(enum *Node) (int, bool) {
	base := enum.Child("base")
	if base == nil {
		return 0, false // int: 32 bits
	}
	bt := base.Child("base")
	if bt == nil || bt.Kind() != "primitive_type" || (bt.Text() != "logic" && bt.Text() != "bit" && bt.Text() != "reg") {
		return 0, false
	}
	dims := base.KidsOf("packed_dimension")
	switch len(dims) {
	case 0:
		return 1, true
	case 1:
		a, b := Eval(dims[0].Child("msb"), u.Scope()), Eval(dims[0].Child("lsb"), u.Scope())
		if !a.OK || !b.OK {
			return 0, false
		}
		w := a.V - b.V
		if w < 0 {
			w = -w
		}
		return int(w) + 1, true
	}
	return 0, false
}

// findTypedef finds the type node of a typedef visible from u (the unit, imported
// packages, file-level declarations).
func findTypedef(u *Unit, name string, ix *Index) *Node {
	if i := strings.Index(name, "::"); i >= 0 {
		if pk := ix.Module(name[:i]); pk != nil {
			return typedefIn(pk.Unit, name[i+2:])
		}
		return nil
	}
	if t := typedefIn(u, name); t != nil {
		return t
	}
	for _, im := range u.Imports {
		if im.Name == name || im.Name == "*" {
			if pk := ix.Module(im.Package); pk != nil {
				if t := typedefIn(pk.Unit, name); t != nil {
					return t
				}
			}
		}
	}
	for _, d := range ix.Item(name) {
		if d.Kind == KindType {
			return d.Node.Child("type")
		}
	}
	return nil
}

func typedefIn(u *Unit, name string) *Node {
	for _, d := range u.byName[name] {
		if d.Kind == KindType {
			return d.Node.Child("type")
		}
	}
	return nil
}

// rangesOverlap reports whether two written ranges may overlap (nil is the whole signal).
func rangesOverlap(a, b *[2]int64) bool {
	if a == nil || b == nil {
		return true
	}
	return a[0] <= b[1] && b[0] <= a[1]
}

// synthesizable guesses whether a module is design code rather than a testbench: it has
// ports.
func synthesizable(u *Unit) bool { return u.Kind == UnitModule && len(u.Ports) > 0 }

// keyword returns the node to report a construct at: its keyword field when it has one.
func keyword(n *Node) *Node {
	if k := n.Child("kind"); k != nil {
		return k
	}
	return n
}

// firstWord returns a node spanning the first word of n (its keyword), for reporting.
func firstWord(u *UnitRef, n *Node) *Node {
	s := n.SrcString(u.Text)
	i := 0
	for i < len(s) && (s[i] == '_' || s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9' || s[i] == '$') {
		i++
	}
	if i == 0 {
		i = min(len(s), 1)
	}
	return leafNode(n.Kind(), n.Start(), n.Start()+i, false, nil)
}

func toLower(s string) string { return strings.ToLower(s) }

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

var sizedLiteral = lazyregexp.New(`^(\d+)\s*'[sS]?[bBoOdDhH]`)

// wildLabel is a casez/casex label with don't-care bits: a value matches when it equals
// bits outside mask.
type wildLabel struct{ bits, mask int64 }

// wildDigits matches a based literal with x, z or ? digits.
var wildDigits = lazyregexp.New(`'[sS]?[bBoOhH][^']*[xXzZ?]`)

var basedLiteral = lazyregexp.New(`^(\d+)?\s*'[sS]?([bBoOhH])\s*([0-9a-fA-FxXzZ?_]+)$`)

// parseWildLabel reads a sized or unsized binary, octal or hex literal whose digits may be
// z or ? (don't care in casez and casex) or x (don't care in casex only; in casez it
// matches no 0/1 value, and the label is refused).
func parseWildLabel(text string, casex bool) (wildLabel, bool) {
	m := basedLiteral.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return wildLabel{}, false
	}
	per := map[byte]int{'b': 1, 'o': 3, 'h': 4}[strings.ToLower(m[2])[0]]
	var l wildLabel
	n := 0
	for i := 0; i < len(m[3]); i++ {
		c := m[3][i]
		if c == '_' {
			continue
		}
		n += per
		if n > 62 {
			return wildLabel{}, false
		}
		l.bits <<= uint(per)
		l.mask <<= uint(per)
		switch {
		case c == 'z' || c == 'Z' || c == '?' || casex && (c == 'x' || c == 'X'):
			l.mask |= 1<<uint(per) - 1
		case c == 'x' || c == 'X':
			return wildLabel{}, false
		default:
			d, err := strconv.ParseInt(string(c), 16, 64)
			if err != nil || d >= 1<<uint(per) {
				return wildLabel{}, false
			}
			l.bits |= d
		}
	}
	if m[1] != "" {
		if size, err := strconv.Atoi(m[1]); err == nil && size < n {
			l.bits &= 1<<uint(size) - 1
			l.mask &= 1<<uint(size) - 1
		}
	}
	return l, true
}

func matchesWild(v int64, wild []wildLabel) bool {
	for _, l := range wild {
		if (v^l.bits)&^l.mask == 0 {
			return true
		}
	}
	return false
}

// labelWidth returns the width every case label is sized to, when they all are, alike.
func labelWidth(cs *Node) (int, bool) {
	w := -1
	for _, it := range cs.KidsOf("case_item") {
		for _, p := range it.Children("pattern") {
			m := sizedLiteral.FindStringSubmatch(p.Text())
			if m == nil {
				return 0, false
			}
			n, err := strconv.Atoi(m[1])
			if err != nil || w >= 0 && n != w {
				return 0, false
			}
			w = n
		}
	}
	return w, w > 0
}
