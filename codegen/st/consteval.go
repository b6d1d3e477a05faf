package st

import (
	"math"
	"strconv"
	"strings"
)

// Const is the value of a constant expression.
type Const struct {
	OK   bool
	Real bool // the value came from a REAL literal or operation
	Bool bool // a BOOL value (in V as 0 or 1)
	V    float64
}

// Literal reports whether an expression is made of literals only (no named constants).
func Literal(n *Node) bool {
	if n == nil {
		return false
	}
	ok := true
	n.Walk(func(k *Node) bool {
		switch k.Kind() {
		case "identifier", "local_variable", "call_expression", "member_expression",
			"index_expression", "deref_expression", "ERROR", "MISSING":
			ok = false
			return false
		}
		return true
	})
	return ok
}

// eval folds a constant expression; named constants (VAR CONSTANT, global constants) are
// followed through the scope when s is not nil.
func (s *Scope) eval(n *Node) Const { return s.evalDepth(n, 0) }

func (s *Scope) evalDepth(n *Node, depth int) Const {
	if n == nil || depth > 16 {
		return Const{}
	}
	switch n.Kind() {
	case "integer":
		return Const{OK: true, V: parseInt(n.Text())}
	case "real":
		f, err := strconv.ParseFloat(strings.ReplaceAll(n.Text(), "_", ""), 64)
		return Const{OK: err == nil, Real: true, V: f}
	case "boolean":
		if strings.EqualFold(n.Text(), "TRUE") {
			return Const{OK: true, Bool: true, V: 1}
		}
		return Const{OK: true, Bool: true}
	case "time_literal":
		if d, ok := timeValue(n.Text()); ok {
			return Const{OK: true, V: d}
		}
	case "typed_literal":
		v := n.Child("value")
		if v.Is("identifier") {
			return Const{}
		}
		c := s.evalDepth(v, depth+1)
		if c.OK && strings.EqualFold(n.Child("type").Text(), "BOOL") {
			c.Bool = true
		}
		return c
	case "parenthesized_expression":
		return s.evalDepth(n.First(), depth+1)
	case "unary_expression":
		c := s.evalDepth(n.Child("operand"), depth+1)
		if !c.OK {
			return c
		}
		switch strings.ToUpper(n.Child("operator").Text()) {
		case "-":
			c.V = -c.V
		case "NOT":
			if !c.Bool {
				return Const{}
			}
			c.V = 1 - c.V
		}
		return c
	case "identifier":
		if s == nil {
			return Const{}
		}
		sym := s.Lookup(n.Text())
		if sym.Kind == SymVar && sym.Var.Constant && sym.Var.Node != nil {
			return s.evalDepth(sym.Var.Node.Child("value"), depth+1)
		}
	case "local_variable": // SCL #CONSTANT
		return s.evalDepth(n.First(), depth+1)
	case "binary_expression":
		l := s.evalDepth(n.Child("left"), depth+1)
		if !l.OK {
			return l
		}
		r := s.evalDepth(n.Child("right"), depth+1)
		if !r.OK {
			return r
		}
		return binop(strings.ToUpper(n.Child("operator").Text()), l, r)
	}
	return Const{}
}

func binop(op string, l, r Const) Const {
	b := func(x bool) Const {
		if x {
			return Const{OK: true, Bool: true, V: 1}
		}
		return Const{OK: true, Bool: true}
	}
	out := Const{OK: true, Real: l.Real || r.Real}
	switch op {
	case "+":
		out.V = l.V + r.V
	case "-":
		out.V = l.V - r.V
	case "*":
		out.V = l.V * r.V
	case "/", "DIV": // DIV: classic SCL's integer division
		if r.V == 0 {
			return Const{}
		}
		out.V = l.V / r.V
		if !out.Real {
			out.V = math.Trunc(out.V)
		}
	case "MOD":
		if r.V == 0 {
			return Const{}
		}
		out.V = math.Mod(l.V, r.V)
	case "**":
		out.V = math.Pow(l.V, r.V)
		out.Real = true
	case "=":
		return b(l.V == r.V)
	case "<>":
		return b(l.V != r.V)
	case "<":
		return b(l.V < r.V)
	case ">":
		return b(l.V > r.V)
	case "<=":
		return b(l.V <= r.V)
	case ">=":
		return b(l.V >= r.V)
	case "AND", "&", "AND_THEN":
		if l.Bool && r.Bool {
			return b(l.V != 0 && r.V != 0)
		}
		out.V = float64(int64(l.V) & int64(r.V))
	case "OR", "OR_ELSE":
		if l.Bool && r.Bool {
			return b(l.V != 0 || r.V != 0)
		}
		out.V = float64(int64(l.V) | int64(r.V))
	case "XOR":
		if l.Bool && r.Bool {
			return b((l.V != 0) != (r.V != 0))
		}
		out.V = float64(int64(l.V) ^ int64(r.V))
	default:
		return Const{}
	}
	return out
}

// parseInt reads 123, 1_000, 16#FF, 2#1010, 8#17, 10#42.
func parseInt(s string) float64 {
	s = strings.ReplaceAll(s, "_", "")
	base := 10
	if i := strings.IndexByte(s, '#'); i >= 0 {
		b, err := strconv.Atoi(s[:i])
		if err != nil {
			return 0
		}
		base, s = b, s[i+1:]
	}
	v, err := strconv.ParseUint(s, base, 64)
	if err != nil {
		return 0
	}
	return float64(v)
}

// timeValue converts T#1h2m3s4ms to milliseconds.
func timeValue(s string) (float64, bool) {
	i := strings.IndexByte(s, '#')
	if i < 0 {
		return 0, false
	}
	s = strings.ToLower(strings.ReplaceAll(s[i+1:], "_", ""))
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimLeft(s, "+-")
	units := []struct {
		suf string
		ms  float64
	}{{"ms", 1}, {"us", 1e-3}, {"ns", 1e-6}, {"d", 86400e3}, {"h", 3600e3}, {"m", 60e3}, {"s", 1e3}}
	total := 0.0
	for s != "" {
		j := 0
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
			j++
		}
		if j == 0 {
			return 0, false
		}
		num, err := strconv.ParseFloat(s[:j], 64)
		if err != nil {
			return 0, false
		}
		s = s[j:]
		matched := false
		for _, u := range units {
			if strings.HasPrefix(s, u.suf) {
				total += num * u.ms
				s = s[len(u.suf):]
				matched = true
				break
			}
		}
		if !matched {
			return 0, false
		}
	}
	if neg {
		total = -total
	}
	return total, true
}
