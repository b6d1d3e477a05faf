package st

import "strings"

// StdPOU is a standard function or function block (IEC 61131-3 and common vendor
// built-ins), so calls to them are never "undeclared" and their interfaces can be shown.
type StdPOU struct {
	Name    string
	FB      bool
	Inputs  []Param
	Outputs []Param
	InOuts  []Param // VAR_IN_OUT (TIA instructions such as Serialize)
	// IECInputs are the IEC 61131-3 names of inputs CODESYS and TwinCAT renamed (SR's S1
	// and R, RS's S and R1, the counters' R and LD, which Beremiz/OpenPLC use): a formal
	// argument may name either.
	IECInputs []Param
	Return    string // function result type ("ANY_NUM" style generics allowed)
	Doc       string
}

// Param is one formal parameter.
type Param struct {
	Name, Type string
}

func p(name, typ string) Param { return Param{name, typ} }

var stdFBs = []*StdPOU{
	{Name: "TON", FB: true, Inputs: []Param{p("IN", "BOOL"), p("PT", "TIME")}, Outputs: []Param{p("Q", "BOOL"), p("ET", "TIME")},
		Doc: "On-delay timer: Q becomes TRUE when IN has been TRUE for PT; ET counts up to PT."},
	{Name: "TOF", FB: true, Inputs: []Param{p("IN", "BOOL"), p("PT", "TIME")}, Outputs: []Param{p("Q", "BOOL"), p("ET", "TIME")},
		Doc: "Off-delay timer: Q follows IN up and stays TRUE for PT after IN falls."},
	{Name: "TP", FB: true, Inputs: []Param{p("IN", "BOOL"), p("PT", "TIME")}, Outputs: []Param{p("Q", "BOOL"), p("ET", "TIME")},
		Doc: "Pulse timer: a rising edge of IN gives a pulse of length PT on Q."},
	{Name: "LTON", FB: true, Inputs: []Param{p("IN", "BOOL"), p("PT", "LTIME")}, Outputs: []Param{p("Q", "BOOL"), p("ET", "LTIME")},
		Doc: "On-delay timer with LTIME."},
	{Name: "LTOF", FB: true, Inputs: []Param{p("IN", "BOOL"), p("PT", "LTIME")}, Outputs: []Param{p("Q", "BOOL"), p("ET", "LTIME")},
		Doc: "Off-delay timer with LTIME."},
	{Name: "LTP", FB: true, Inputs: []Param{p("IN", "BOOL"), p("PT", "LTIME")}, Outputs: []Param{p("Q", "BOOL"), p("ET", "LTIME")},
		Doc: "Pulse timer with LTIME."},
	{Name: "CTU", FB: true, Inputs: []Param{p("CU", "BOOL"), p("RESET", "BOOL"), p("PV", "INT")}, Outputs: []Param{p("Q", "BOOL"), p("CV", "INT")},
		IECInputs: []Param{p("R", "BOOL")},
		Doc:       "Up counter: CV counts rising edges of CU; Q is TRUE when CV >= PV; RESET clears CV."},
	{Name: "CTD", FB: true, Inputs: []Param{p("CD", "BOOL"), p("LOAD", "BOOL"), p("PV", "INT")}, Outputs: []Param{p("Q", "BOOL"), p("CV", "INT")},
		IECInputs: []Param{p("LD", "BOOL")},
		Doc:       "Down counter: LOAD sets CV to PV; rising edges of CD count down; Q is TRUE when CV <= 0."},
	{Name: "CTUD", FB: true, Inputs: []Param{p("CU", "BOOL"), p("CD", "BOOL"), p("RESET", "BOOL"), p("LOAD", "BOOL"), p("PV", "INT")},
		Outputs:   []Param{p("QU", "BOOL"), p("QD", "BOOL"), p("CV", "INT")},
		IECInputs: []Param{p("R", "BOOL"), p("LD", "BOOL")},
		Doc:       "Up/down counter: QU when CV >= PV, QD when CV <= 0."},
	{Name: "R_TRIG", FB: true, Inputs: []Param{p("CLK", "BOOL")}, Outputs: []Param{p("Q", "BOOL")},
		Doc: "Rising edge: Q is TRUE for one call when CLK goes from FALSE to TRUE."},
	{Name: "F_TRIG", FB: true, Inputs: []Param{p("CLK", "BOOL")}, Outputs: []Param{p("Q", "BOOL")},
		Doc: "Falling edge: Q is TRUE for one call when CLK goes from TRUE to FALSE."},
	{Name: "SR", FB: true, Inputs: []Param{p("SET1", "BOOL"), p("RESET", "BOOL")}, Outputs: []Param{p("Q1", "BOOL")},
		IECInputs: []Param{p("S1", "BOOL"), p("R", "BOOL")},
		Doc:       "Set-dominant bistable: Q1 := SET1 OR (NOT RESET AND Q1)."},
	{Name: "RS", FB: true, Inputs: []Param{p("SET", "BOOL"), p("RESET1", "BOOL")}, Outputs: []Param{p("Q1", "BOOL")},
		IECInputs: []Param{p("S", "BOOL"), p("R1", "BOOL")},
		Doc:       "Reset-dominant bistable: Q1 := NOT RESET1 AND (SET OR Q1)."},
}

// stdFuncs: name → result type ("" = same as the first argument) and a one-line doc.
var stdFuncs = map[string][2]string{
	"ABS": {"", "absolute value"}, "SQRT": {"REAL", "square root"}, "LN": {"REAL", "natural logarithm"},
	"LOG": {"REAL", "base-10 logarithm"}, "EXP": {"REAL", "e to the power"}, "EXPT": {"REAL", "power: EXPT(base, exponent)"},
	"SIN": {"REAL", "sine (radians)"}, "COS": {"REAL", "cosine"}, "TAN": {"REAL", "tangent"},
	"ASIN": {"REAL", "arc sine"}, "ACOS": {"REAL", "arc cosine"}, "ATAN": {"REAL", "arc tangent"}, "ATAN2": {"REAL", "arc tangent of y/x"},
	"ADD": {"", "sum"}, "SUB": {"", "difference"}, "MUL": {"", "product"}, "DIV": {"", "quotient"}, "MOD": {"", "remainder"},
	"MIN": {"", "smallest argument"}, "MAX": {"", "largest argument"}, "LIMIT": {"", "LIMIT(MN, IN, MX) clamps IN"},
	"SEL": {"", "SEL(G, IN0, IN1): IN1 when G"}, "MUX": {"", "MUX(K, IN0, …): the K-th input"}, "MOVE": {"", "copy"},
	"SHL": {"", "shift left"}, "SHR": {"", "shift right"}, "ROL": {"", "rotate left"}, "ROR": {"", "rotate right"},
	"AND": {"", "bitwise and"}, "OR": {"", "bitwise or"}, "XOR": {"", "bitwise xor"}, "NOT": {"", "bitwise not"},
	"GT": {"BOOL", ">"}, "GE": {"BOOL", ">="}, "EQ": {"BOOL", "="}, "LE": {"BOOL", "<="}, "LT": {"BOOL", "<"}, "NE": {"BOOL", "<>"},
	"LEN": {"INT", "string length"}, "LEFT": {"STRING", "leftmost characters"}, "RIGHT": {"STRING", "rightmost characters"},
	"MID": {"STRING", "MID(STR, LEN, POS)"}, "CONCAT": {"STRING", "concatenate strings"}, "INSERT": {"STRING", "insert a string"},
	"DELETE": {"STRING", "delete characters"}, "REPLACE": {"STRING", "replace characters"}, "FIND": {"INT", "position of a substring"},
	"TRUNC": {"DINT", "truncate toward zero"}, "TRUNC_INT": {"INT", "truncate toward zero"}, "ROUND": {"", "round"},
	"ADR": {"POINTER", "address of a variable"}, "ADRINST": {"POINTER", "address of the FB instance"}, "BITADR": {"DWORD", "bit address"},
	"SIZEOF": {"UDINT", "size in bytes"}, "INDEXOF": {"INT", "index of a POU"}, "REF": {"REFERENCE", "reference to a variable"},
	"MEMCPY": {"POINTER", "copy memory"}, "MEMSET": {"POINTER", "fill memory"}, "MEMCMP": {"DINT", "compare memory"},
	"UPPER_BOUND": {"DINT", "upper bound of an array dimension"}, "LOWER_BOUND": {"DINT", "lower bound of an array dimension"},
	"TIME": {"TIME", "time since start"}, "LTIME": {"LTIME", "time since start"}, "IS_VALID": {"BOOL", "valid REAL"},
	"CONCAT_DATE_TOD": {"DT", "date and time of day"}, "ADD_TIME": {"TIME", "add times"}, "SUB_TIME": {"TIME", "subtract times"},
	"UPPER_CASE": {"STRING", "upper case"}, "LOWER_CASE": {"STRING", "lower case"},
	// B&R Automation Studio's edge detection, built into its ST compiler.
	"EDGEPOS": {"BOOL", "B&R: TRUE in the cycle its argument goes from FALSE to TRUE"},
	"EDGENEG": {"BOOL", "B&R: TRUE in the cycle its argument goes from TRUE to FALSE"},
	"EDGE":    {"BOOL", "B&R: TRUE in the cycle its argument changes"},
}

var stdByName = func() map[string]*StdPOU {
	m := map[string]*StdPOU{}
	for _, f := range stdFBs {
		m[f.Name] = f
	}
	// Siemens names for the same blocks.
	for alias, name := range map[string]string{"TON_TIME": "TON", "TOF_TIME": "TOF", "TP_TIME": "TP",
		"TON_LTIME": "LTON", "TOF_LTIME": "LTOF", "TP_LTIME": "LTP", "IEC_TIMER": "TON", "IEC_COUNTER": "CTU"} {
		c := *m[name]
		c.Name = alias
		m[alias] = &c
	}
	for name, v := range stdFuncs {
		m[name] = &StdPOU{Name: name, Return: v[0], Doc: v[1]}
	}
	return m
}()

// StdLookup returns the standard POU with that name (case-insensitive), including the
// type conversions (INT_TO_REAL, TO_DINT, TRUNC_…), or nil.
func StdLookup(name string) *StdPOU {
	u := strings.ToUpper(name)
	if s := stdByName[u]; s != nil {
		return s
	}
	if strings.HasPrefix(u, "__") { // CODESYS operators: __NEW, __DELETE, __ISVALIDREF, __QUERYINTERFACE…
		// Their results are not their first argument's type (what a standard function
		// without a result type gives, typeOf): __ISVALIDREF answers BOOL for a reference.
		var ret string
		switch u {
		case "__ISVALIDREF":
			ret = "BOOL"
		}
		return &StdPOU{Name: u, Return: ret, Doc: "built-in operator"}
	}
	if to, ok := conversion(u); ok {
		return &StdPOU{Name: u, Return: to, Doc: "type conversion to " + to}
	}
	return nil
}

// conversion recognises FROM_TO_TO, TO_TO, FROM_TRUNC_TO style conversions.
func conversion(u string) (string, bool) {
	if to, ok := bcdConversion(u); ok {
		return to, true
	}
	var to string
	switch {
	case strings.HasPrefix(u, "TO_"):
		to = u[3:]
	case strings.Contains(u, "_TO_"):
		i := strings.LastIndex(u, "_TO_")
		from := u[:i]
		if _, ok := elementary[from]; !ok && !strings.HasSuffix(from, "_TRUNC") && from != "ANY" {
			if _, ok := elementary[strings.TrimSuffix(from, "_TRUNC")]; !ok {
				return "", false
			}
		}
		to = u[i+4:]
	case strings.HasPrefix(u, "TRUNC_"):
		to = u[6:]
	default:
		return "", false
	}
	if _, ok := elementary[to]; ok {
		return to, true
	}
	return "", false
}

var (
	bcdBits = map[string]bool{"BYTE": true, "WORD": true, "DWORD": true, "LWORD": true}
	bcdInts = map[string]bool{"SINT": true, "INT": true, "DINT": true, "LINT": true,
		"USINT": true, "UINT": true, "UDINT": true, "ULINT": true}
)

// bcdConversion recognises the IEC 61131-3 BCD conversions: WORD_BCD_TO_INT and
// INT_TO_BCD_WORD (edition 3), BCD_TO_INT and INT_TO_BCD (edition 2's overloaded forms,
// whose bit string result is the implementation's).
func bcdConversion(u string) (string, bool) {
	if i := strings.Index(u, "BCD_TO_"); i >= 0 {
		from, to := strings.TrimSuffix(u[:i], "_"), u[i+len("BCD_TO_"):]
		if (i == 0 || strings.HasSuffix(u[:i], "_") && bcdBits[from]) && bcdInts[to] {
			return to, true
		}
		return "", false
	}
	if i := strings.Index(u, "_TO_BCD"); i > 0 && bcdInts[u[:i]] {
		switch rest := u[i+len("_TO_BCD"):]; {
		case rest == "":
			return "ANY_BIT", true
		case strings.HasPrefix(rest, "_") && bcdBits[rest[1:]]:
			return rest[1:], true
		}
	}
	return "", false
}

// stdConsts are vendor system constants that libraries use without declaring them (they
// come from the runtime's system library: TwinCAT Tc2_System / Tc2_TcpIp, CODESYS).
var stdConsts = func() map[string]*Var {
	m := map[string]*Var{}
	for _, c := range []struct{ name, typ, val, doc string }{
		{"MAX_STRING_LENGTH", "UDINT", "255", "TwinCAT Tc2_System: the longest STRING the string functions handle"},
		{"TCPADS_NULL_HSOCKET", "T_HSOCKET", "", "TwinCAT Tc2_TcpIp: the invalid socket handle"},
		{"PI", "LREAL", "3.14159265358979", "CODESYS/TwinCAT math constant"},
	} {
		m[c.name] = &Var{Name: c.name, Section: SecGlobal, Type: &Type{Kind: TypeNamed, Name: c.typ, Text: c.typ},
			Value: c.val, Constant: true, Comment: c.doc, Decl: c.name + " : " + c.typ}
	}
	return m
}()

// StdConst returns a vendor system constant by name (case-insensitive), or nil.
func StdConst(name string) *Var { return stdConsts[strings.ToUpper(name)] }
