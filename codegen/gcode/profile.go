package gcode

import (
	"math"
	"sort"
	"strings"
)

// Profile is the machine profile normalised to millimetres (rotary axes in degrees).
// NaN marks a value the profile does not give.
type Profile struct {
	Controller    string
	Units         string // the profile's own units, "mm" or "inch"
	MaxSpindleRPM float64
	MaxFeed       float64 // mm/min
	MaxRapid      float64 // mm/min
	SafeZ         float64 // work coordinates, mm
	StockTop      float64 // work coordinates, mm
	Travel        [naxes][2]float64
	HasTravel     [naxes]bool
	Offsets       map[int][3]float64 // WCS index (1 = G54 … 9 = G59.3) → machine coordinates
	Tools         map[int]Tool
	Supported     map[string]bool
	Unsupported   map[string]bool
	scale         float64
}

// Axes tracked by the interpreter.
const (
	ax = iota
	ay
	az
	aa
	ab
	ac
	naxes
)

var axisLetters = [naxes]byte{'X', 'Y', 'Z', 'A', 'B', 'C'}

// wcsCodes lists G54 … G59.3 (code × 10) by index 1…9.
var wcsCodes = [...]int{0, 540, 550, 560, 570, 580, 590, 591, 592, 593}

func wcsIndex(code int) int {
	for i, c := range wcsCodes {
		if i > 0 && c == code {
			return i
		}
	}
	return 0
}

func wcsName(i int) string {
	if i <= 0 || i >= len(wcsCodes) {
		return "?"
	}
	return codeName('G', wcsCodes[i])
}

// NewProfile normalises a configured machine; nil when there is none.
func NewProfile(m *Machine) *Profile {
	if m == nil {
		return nil
	}
	p := &Profile{Controller: strings.ToLower(m.Controller), Units: "mm", scale: 1,
		MaxSpindleRPM: m.MaxSpindleRPM, SafeZ: unknown, StockTop: unknown,
		Offsets: map[int][3]float64{}, Tools: map[int]Tool{},
		Supported: map[string]bool{}, Unsupported: map[string]bool{}}
	if m.Units == "inch" || m.Units == "in" {
		p.Units, p.scale = "inch", 25.4
	}
	p.MaxFeed = m.MaxFeed * p.scale
	p.MaxRapid = m.MaxRapid * p.scale
	if m.SafeZ != nil {
		p.SafeZ = *m.SafeZ * p.scale
	}
	if m.StockTop != nil {
		p.StockTop = *m.StockTop * p.scale
	}
	for name, r := range m.Travel {
		i := strings.IndexByte("XYZABC", upper(firstByte(name)))
		if i < 0 || len(name) != 1 || len(r) != 2 {
			continue
		}
		k := p.scale
		if i >= aa {
			k = 1
		}
		p.Travel[i] = [2]float64{r[0] * k, r[1] * k}
		p.HasTravel[i] = true
	}
	for name, v := range m.Offsets {
		code, ok := parseCodeName(name)
		if !ok || len(v) < 3 {
			continue
		}
		if i := wcsIndex(code); i > 0 {
			p.Offsets[i] = [3]float64{v[0] * p.scale, v[1] * p.scale, v[2] * p.scale}
		}
	}
	for _, t := range m.Tools {
		t.Diameter *= p.scale
		t.Length *= p.scale
		p.Tools[t.Number] = t
	}
	for _, c := range m.Supported {
		p.Supported[normCode(c)] = true
	}
	for _, c := range m.Unsupported {
		p.Unsupported[normCode(c)] = true
	}
	return p
}

func firstByte(s string) byte {
	if s == "" {
		return 0
	}
	return s[0]
}

// normCode spells a code the way codeName does: "g01" → "G1", "g38.20" → "G38.2".
func normCode(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	code, ok := parseCodeName(s)
	if !ok {
		return strings.ToUpper(s)
	}
	return codeName(upper(s[0]), code)
}

// parseCodeName reads "G54", "g59.1" → (591, true); the letter is not returned.
func parseCodeName(s string) (int, bool) {
	if len(s) < 2 || !isLetter(s[0]) {
		return 0, false
	}
	sc := scanner{t: []byte(s[1:]), end: len(s) - 1}
	v, ok := sc.number()
	if !ok || sc.p != sc.end {
		return 0, false
	}
	return int(math.Round(v * 10)), true
}

// codeName spells a code: ('G', 382) → "G38.2".
func codeName(letter byte, code int) string {
	s := string(letter) + itoa(code/10)
	if code%10 != 0 {
		s += "." + itoa(code%10)
	}
	return s
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// Tool returns the tool table entry for n.
func (p *Profile) Tool(n int) (Tool, bool) {
	if p == nil {
		return Tool{}, false
	}
	t, ok := p.Tools[n]
	return t, ok
}

// ToolNumbers lists the tool table, sorted.
func (p *Profile) ToolNumbers() []int {
	var out []int
	for n := range p.Tools {
		out = append(out, n)
	}
	sort.Ints(out)
	return out
}

// fmtLen prints a length in mm in the profile's units.
func (p *Profile) fmtLen(v float64) string {
	if p != nil && p.Units == "inch" {
		return trimFloat(v/25.4) + " in"
	}
	return trimFloat(v) + " mm"
}

func trimFloat(v float64) string {
	if math.IsNaN(v) {
		return "?"
	}
	s := strings.TrimRight(strings.TrimRight(formatFloat(v, 4), "0"), ".")
	if s == "-0" || s == "" {
		return "0"
	}
	return s
}
