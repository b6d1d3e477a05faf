package gcode

import (
	"math"
	"strings"
)

// Expr is a parsed RS274NGC / macro B expression: a number, a parameter, a unary or binary
// operation, or a function call. Offsets are absolute bytes of the scanned text.
type Expr struct {
	Kind       exprKind
	Val        float64 // exNum
	Param      ParamRef
	Op         string // operator or function name, upper case
	A, B       *Expr
	Start, End int
}

type exprKind uint8

const (
	exNum exprKind = iota
	exParam
	exUnary
	exBinary
	exFunc
)

// ParamRef names a parameter: numbered (#5), named (#<depth>, #<_global>) or indirect
// (##1, #[#1+100]).
type ParamRef struct {
	Num        int    // numbered; -1 when named or indirect
	Name       string // named, lower case without blanks
	Index      *Expr  // indirect
	Start, End int
}

// Global reports a LinuxCNC global named parameter (#<_name>).
func (p ParamRef) Global() bool { return strings.HasPrefix(p.Name, "_") }

// Env answers parameter reads during evaluation.
type Env interface {
	Numbered(n int) float64
	Named(ref ParamRef, inExists bool) (float64, bool)
}

var unknown = math.NaN()

func isKnown(v float64) bool { return !math.IsNaN(v) }

// Eval evaluates e; NaN means unknown (a parameter with no constant value). Math errors
// (division by zero, SQRT of a negative) are unknown too: another rule's business.
func (e *Expr) Eval(env Env) float64 {
	if e == nil {
		return unknown
	}
	switch e.Kind {
	case exNum:
		return e.Val
	case exParam:
		return readParam(e.Param, env, false)
	case exUnary:
		v := e.A.Eval(env)
		if e.Op == "-" {
			return -v
		}
		return v
	case exFunc:
		if e.Op == "EXISTS" {
			if e.A != nil && e.A.Kind == exParam && e.A.Param.Name != "" {
				_, ok := env.Named(e.A.Param, true)
				if ok {
					return 1
				}
				return 0
			}
			return unknown
		}
		a := e.A.Eval(env)
		if e.B != nil {
			b := e.B.Eval(env)
			return fn2(e.Op, a, b)
		}
		return fn1(e.Op, a)
	case exBinary:
		a, b := e.A.Eval(env), e.B.Eval(env)
		return binop(e.Op, a, b)
	}
	return unknown
}

func readParam(p ParamRef, env Env, inExists bool) float64 {
	switch {
	case p.Index != nil:
		i := p.Index.Eval(env)
		if !isKnown(i) {
			return unknown
		}
		return env.Numbered(int(math.Round(i)))
	case p.Name != "":
		v, _ := env.Named(p, inExists)
		return v
	default:
		return env.Numbered(p.Num)
	}
}

func deg(v float64) float64 { return v * math.Pi / 180 }
func rad(v float64) float64 { return v * 180 / math.Pi }

func fn1(name string, a float64) float64 {
	if !isKnown(a) {
		return unknown
	}
	var r float64
	switch name {
	case "SIN":
		r = math.Sin(deg(a))
	case "COS":
		r = math.Cos(deg(a))
	case "TAN":
		r = math.Tan(deg(a))
	case "ASIN":
		r = rad(math.Asin(a))
	case "ACOS":
		r = rad(math.Acos(a))
	case "ATAN", "ATN":
		r = rad(math.Atan(a))
	case "ABS":
		r = math.Abs(a)
	case "SQRT", "SQR":
		r = math.Sqrt(a)
	case "EXP":
		r = math.Exp(a)
	case "LN":
		r = math.Log(a)
	case "ROUND", "RND":
		r = math.Round(a)
	case "FIX":
		r = math.Floor(a)
	case "FUP":
		r = math.Ceil(a)
	default:
		return unknown
	}
	if math.IsInf(r, 0) {
		return unknown
	}
	return r
}

func fn2(name string, a, b float64) float64 {
	if !isKnown(a) || !isKnown(b) {
		return unknown
	}
	switch name {
	case "ATAN", "ATN":
		return rad(math.Atan2(a, b))
	case "MIN":
		return math.Min(a, b)
	case "MAX":
		return math.Max(a, b)
	case "POW":
		return math.Pow(a, b)
	}
	return unknown
}

func truth(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func binop(op string, a, b float64) float64 {
	if !isKnown(a) || !isKnown(b) {
		return unknown
	}
	switch op {
	case "+":
		return a + b
	case "-":
		return a - b
	case "*":
		return a * b
	case "/":
		if b == 0 {
			return unknown
		}
		return a / b
	case "MOD":
		if b == 0 {
			return unknown
		}
		m := math.Mod(a, b)
		if m < 0 {
			m += math.Abs(b)
		}
		return m
	case "**":
		return math.Pow(a, b)
	case "EQ":
		return truth(a == b)
	case "NE":
		return truth(a != b)
	case "GT":
		return truth(a > b)
	case "GE":
		return truth(a >= b)
	case "LT":
		return truth(a < b)
	case "LE":
		return truth(a <= b)
	case "AND":
		return truth(a != 0 && b != 0)
	case "OR":
		return truth(a != 0 || b != 0)
	case "XOR":
		return truth((a != 0) != (b != 0))
	}
	return unknown
}

// walkParams calls fn for every parameter read in e (EXISTS arguments flagged).
func (e *Expr) walkParams(fn func(p ParamRef, inExists bool)) {
	if e == nil {
		return
	}
	switch e.Kind {
	case exParam:
		fn(e.Param, false)
		e.Param.Index.walkParams(fn)
	case exFunc:
		if e.Op == "EXISTS" && e.A != nil && e.A.Kind == exParam {
			fn(e.A.Param, true)
			return
		}
	}
	e.A.walkParams(fn)
	e.B.walkParams(fn)
}

// domainError returns why evaluating e fails with constant operands ("" when it does not
// or when an operand is unknown): division by zero, SQRT of a negative, LN of zero or
// less, ASIN/ACOS outside [-1, 1].
func (e *Expr) domainError(env Env) string {
	switch e.Kind {
	case exBinary:
		if e.Op == "/" || e.Op == "MOD" {
			if b := e.B.Eval(env); isKnown(b) && b == 0 {
				return "division by zero"
			}
		}
		if e.Op == "**" {
			a, b := e.A.Eval(env), e.B.Eval(env)
			if isKnown(a) && isKnown(b) && a < 0 && b != math.Trunc(b) {
				return "a negative number raised to a non-integer power"
			}
		}
	case exFunc:
		if e.Op == "EXISTS" {
			return ""
		}
		a := e.A.Eval(env)
		if !isKnown(a) {
			return ""
		}
		switch e.Op {
		case "SQRT", "SQR":
			if a < 0 {
				return "SQRT of a negative number"
			}
		case "LN":
			if a <= 0 {
				return "LN of zero or a negative number"
			}
		case "ASIN", "ACOS":
			if a < -1 || a > 1 {
				return e.Op + " of a value outside [-1, 1]"
			}
		}
	}
	return ""
}

// walk calls fn on e and every sub-expression.
func (e *Expr) walk(fn func(*Expr)) {
	if e == nil {
		return
	}
	fn(e)
	if e.Kind == exFunc && e.Op == "EXISTS" {
		return
	}
	e.A.walk(fn)
	e.B.walk(fn)
	if e.Kind == exParam {
		e.Param.Index.walk(fn)
	}
}
