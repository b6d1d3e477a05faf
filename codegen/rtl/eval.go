package rtl

import (
	"math/bits"
	"strconv"
	"strings"
)

// Constant evaluation of parameter expressions, dimensions and selects: + - * / % ** << >>
// comparisons, logic, $clog2 and the ternary, over integers. A value remembers whether it
// depends on an overridable parameter (ParamDep): rules that must not guess about other
// elaborations stay silent on such values.

// Const is the result of evaluating a constant expression.
type Const struct {
	V        int64
	OK       bool
	ParamDep bool
}

// Scope resolves names during evaluation.
type Scope func(name string) Const

// maxEvalDepth stops runaway recursion through mutually defined parameters.
const maxEvalDepth = 32

// Eval evaluates n under scope.
func Eval(n *Node, scope Scope) Const { return eval(n, scope, 0) }

func eval(n *Node, sc Scope, depth int) Const {
	if n == nil || depth > maxEvalDepth {
		return Const{}
	}
	switch n.Kind() {
	case "number":
		v, _, ok := ParseNumber(n.Text())
		return Const{V: v, OK: ok}
	case "identifier":
		if sc == nil {
			return Const{}
		}
		return sc(n.Text())
	case "parenthesized_expression":
		for _, k := range n.Kids() {
			return eval(k, sc, depth+1)
		}
	case "unary_expression":
		op := n.Child("operator")
		x := eval(n.Child("operand"), sc, depth+1)
		if op == nil || !x.OK {
			return Const{ParamDep: x.ParamDep}
		}
		switch op.Kind() {
		case "-":
			x.V = -x.V
		case "+":
		case "!":
			x.V = b2i(x.V == 0)
		case "~":
			x.V = ^x.V
		default:
			return Const{ParamDep: x.ParamDep}
		}
		return x
	case "binary_expression":
		return evalBinary(n, sc, depth)
	case "conditional_expression":
		c := eval(n.Child("condition"), sc, depth+1)
		if !c.OK {
			return Const{ParamDep: c.ParamDep}
		}
		var r Const
		if c.V != 0 {
			r = eval(n.Child("consequence"), sc, depth+1)
		} else {
			r = eval(n.Child("alternative"), sc, depth+1)
		}
		r.ParamDep = r.ParamDep || c.ParamDep
		return r
	case "system_call":
		fn := n.Child("function")
		args := n.Child("arguments")
		if fn == nil || args == nil || args.NumKids() != 1 {
			return Const{}
		}
		x := eval(args.Kid(0), sc, depth+1)
		if !x.OK {
			return x
		}
		switch fn.Text() {
		case "$clog2":
			if x.V <= 1 {
				x.V = 0
			} else {
				x.V = int64(bits.Len64(uint64(x.V - 1)))
			}
			return x
		case "$signed", "$unsigned":
			return x
		}
		return Const{ParamDep: x.ParamDep}
	}
	return Const{}
}

func evalBinary(n *Node, sc Scope, depth int) Const {
	op := n.Child("operator")
	a := eval(n.Child("left"), sc, depth+1)
	b := eval(n.Child("right"), sc, depth+1)
	dep := a.ParamDep || b.ParamDep
	if op == nil || !a.OK || !b.OK {
		return Const{ParamDep: dep}
	}
	r := Const{OK: true, ParamDep: dep}
	switch op.Kind() {
	case "+":
		r.V = a.V + b.V
	case "-":
		r.V = a.V - b.V
	case "*":
		r.V = a.V * b.V
	case "/":
		if b.V == 0 {
			return Const{ParamDep: dep}
		}
		r.V = a.V / b.V
	case "%":
		if b.V == 0 {
			return Const{ParamDep: dep}
		}
		r.V = a.V % b.V
	case "**":
		if b.V < 0 || b.V > 62 {
			return Const{ParamDep: dep}
		}
		r.V = 1
		for i := int64(0); i < b.V; i++ {
			r.V *= a.V
		}
	case "<<", "<<<":
		if b.V < 0 || b.V > 62 {
			return Const{ParamDep: dep}
		}
		r.V = a.V << uint(b.V)
	case ">>", ">>>":
		if b.V < 0 || b.V > 63 {
			return Const{ParamDep: dep}
		}
		r.V = a.V >> uint(b.V)
	case "==", "===":
		r.V = b2i(a.V == b.V)
	case "!=", "!==":
		r.V = b2i(a.V != b.V)
	case "<":
		r.V = b2i(a.V < b.V)
	case "<=":
		r.V = b2i(a.V <= b.V)
	case ">":
		r.V = b2i(a.V > b.V)
	case ">=":
		r.V = b2i(a.V >= b.V)
	case "&&":
		r.V = b2i(a.V != 0 && b.V != 0)
	case "||":
		r.V = b2i(a.V != 0 || b.V != 0)
	case "&":
		r.V = a.V & b.V
	case "|":
		r.V = a.V | b.V
	case "^":
		r.V = a.V ^ b.V
	default:
		return Const{ParamDep: dep}
	}
	return r
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// ParseNumber reads a Verilog number: its value, its size in bits (0 when unsized) and
// whether the value is known (x and z digits, reals and overflows are not).
func ParseNumber(s string) (val int64, width int, ok bool) {
	s = strings.ReplaceAll(s, "_", "")
	q := strings.IndexByte(s, '\'')
	if q < 0 {
		v, err := strconv.ParseInt(s, 10, 64)
		return v, 0, err == nil
	}
	if sz := strings.TrimSpace(s[:q]); sz != "" {
		w, err := strconv.Atoi(sz)
		if err == nil {
			width = w
		}
	}
	rest := strings.TrimSpace(s[q+1:])
	if rest == "" {
		return 0, width, false
	}
	if rest[0] == 's' || rest[0] == 'S' {
		rest = rest[1:]
	}
	if rest == "" {
		return 0, width, false
	}
	base := 10
	switch rest[0] {
	case 'b', 'B':
		base = 2
	case 'o', 'O':
		base = 8
	case 'd', 'D':
		base = 10
	case 'h', 'H':
		base = 16
	case '0', '1':
		// '0 / '1: fill literals
		if len(rest) == 1 {
			if rest == "1" {
				return -1, width, true
			}
			return 0, width, true
		}
		return 0, width, false
	default:
		return 0, width, false
	}
	digits := strings.TrimSpace(rest[1:])
	u, err := strconv.ParseUint(digits, base, 64)
	if err != nil {
		return 0, width, false
	}
	return int64(u), width, true
}
