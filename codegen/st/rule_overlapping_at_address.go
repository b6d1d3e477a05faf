package st

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleOverlappingAtAddress: two AT declarations that share memory.
var ruleOverlappingAtAddress = register(&rules.Rule{
	ID:       "st/overlapping-at-address",
	Title:    "Overlapping AT addresses",
	Severity: rules.Error,
	Category: rules.Safety,
	Anchors:  []string{"CODESYS SA0028 (overlapping memory areas)"},
	Doc: rules.Doc(
		"Reports a variable located AT an address whose bytes (or bit) another located variable of the same file already occupies (other files may belong to other applications, so they are not compared). CODESYS numbers %xW, %xD and %xL addresses by their size (%QD5 is bytes 20–23); Siemens SCL numbers bytes (%QD5 is bytes 5–8). Unlocated `%I*` addresses are left to the mapping and not checked. In a Beremiz or OpenPLC project (a beremiz.xml beside the file or one folder above it, as in its build folder) each size is a table of its own, so only addresses of one size are compared (%IX0.0 is a discrete input, %IW0 an input register). Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"Two names for one piece of the process image hide each other's writes: setting `bValveOpen` silently changes `nValveWord`, and an output may switch although no code for it changed.",
		"VAR_GLOBAL\n    nOutputs AT %QD5  : DWORD;   // bytes 20..23\n    bLamp    AT %QB21 : BYTE;    // inside nOutputs\nEND_VAR",
		"VAR_GLOBAL\n    nOutputs AT %QD5  : DWORD;   // bytes 20..23\n    bLamp    AT %QB24 : BYTE;\nEND_VAR"),
}, checkOverlappingAt)

// span is the memory a direct address occupies, in bits within its area.
type span struct {
	area    byte // I, Q, M
	size    byte // X, B, W, D, L
	lo, hi  int  // bit offsets, inclusive
	address string
}

// addressSpan decodes %IX0.1, %QB3, %MW2, %ID4, %QL1, %I0.0 ("" size is a bit). byteIndexed
// selects Siemens numbering (the number is the first byte) over CODESYS (the n-th unit).
func addressSpan(a string, byteIndexed bool) (span, bool) {
	a = strings.ToUpper(strings.TrimSpace(a))
	if len(a) < 3 || a[0] != '%' {
		return span{}, false
	}
	s := span{area: a[1], address: a}
	rest := a[2:]
	size := byte('X')
	if rest != "" && strings.IndexByte("XBWDL", rest[0]) >= 0 {
		size, rest = rest[0], rest[1:]
	}
	if rest == "" || rest[0] == '*' {
		return span{}, false
	}
	s.size = size
	parts := strings.Split(rest, ".")
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return span{}, false
		}
		nums[i] = n
	}
	// CODESYS V2.3 PLC configurations give each module's channels hierarchical addresses,
	// `%QW9.1.0` or `%IX1.1.0.3` (module, channel…): their byte offsets are the
	// configuration's, not the address's, and are not compared.
	if size == 'X' && len(nums) > 2 || size != 'X' && len(nums) > 1 {
		return span{}, false
	}
	if size == 'X' {
		if len(nums) == 2 {
			s.lo = nums[0]*8 + nums[1]
		} else {
			s.lo = nums[len(nums)-1] // %IX5 in CODESYS: the 5th bit
		}
		s.hi = s.lo
		return s, true
	}
	width := map[byte]int{'B': 1, 'W': 2, 'D': 4, 'L': 8}[size]
	first := nums[len(nums)-1]
	if !byteIndexed {
		first *= width
	}
	s.lo, s.hi = first*8, (first+width)*8-1
	return s, true
}

func checkOverlappingAt(pass *rules.Pass, run *Run) {
	byteIndexed := run.SCL()
	// Asked only of two places of different sizes that overlap: a check of a unit without
	// such a pair (the gate's, every candidate) looks at no disk.
	perSize := 0 // 1 Beremiz's table per size, -1 not, 0 not asked yet
	tablePerSize := func() bool {
		if perSize == 0 {
			perSize = -1
			if run.beremizProject() {
				perSize = 1
			}
		}
		return perSize > 0
	}
	// Every unit's declarations take part (an overlap involves two places), read from the
	// unit-relative data with the unit's offset added: no unit is copied for this.
	type located struct {
		v   *Var
		s   span
		off int // the unit's start: v's offsets are relative to it
	}
	var mine []located
	for _, u := range run.Model.Units {
		add := func(v *Var) {
			if v.Address == "" {
				return
			}
			if s, ok := addressSpan(v.Address, byteIndexed); ok {
				mine = append(mine, located{v, s, u.shift()})
			}
		}
		for _, v := range u.data.globals {
			add(v)
		}
		var walk func(ps []*POU)
		walk = func(ps []*POU) {
			for _, p := range ps {
				for _, v := range p.Vars {
					add(v)
				}
				walk(p.Children)
			}
		}
		walk(u.data.pous)
	}
	within := func(l located) bool {
		return run.Within == nil || l.v.DeclEnd+l.off >= run.Within[0] && l.v.DeclStart+l.off <= run.Within[1]
	}
	overlap := func(a, b span) bool {
		if a.area != b.area || a.lo > b.hi || b.lo > a.hi {
			return false
		}
		return a.size == b.size || !tablePerSize()
	}
	for i, b := range mine {
		if !within(b) {
			continue
		}
		for _, a := range mine[:i] {
			if overlap(a.s, b.s) {
				line := run.File.Line(a.v.Start+a.off) + 1
				pass.Report(b.v.Start+b.off, b.v.End+b.off, "%s AT %s overlaps %s AT %s (line %d)%s", b.v.Name, b.s.address, a.v.Name, a.s.address, line, bytesNote(a.s, b.s, byteIndexed))
				break
			}
		}
	}
}

func bytesNote(a, b span, byteIndexed bool) string {
	if a.lo%8 != 0 || b.lo%8 != 0 || a.hi-a.lo < 8 && b.hi-b.lo < 8 {
		return ""
	}
	unit := "CODESYS numbering"
	if byteIndexed {
		unit = "SCL byte numbering"
	}
	return fmt.Sprintf(": bytes %d..%d and %d..%d (%s)", a.lo/8, a.hi/8, b.lo/8, b.hi/8, unit)
}

// beremizProject reports whether the file belongs to a Beremiz or OpenPLC Editor project:
// the project's beremiz.xml sits beside its plc.xml and one folder above the build folder's
// generated_plc.st. Their runtimes keep each size of located variable in a table of its
// own (OpenPLC: %IX bits are discrete inputs, %IW input registers, %QX coils, %QW, %MW,
// %MD and %ML holding registers), so %IX0.0 and %IW0 are two places.
func (r *Run) beremizProject() bool {
	if r.Path == "" {
		return false
	}
	yes, _ := codegen.Fact(r.ws, "st/beremiz-project", filepath.Dir(r.Path), yesNoFact(beremizFolder)).(bool)
	return yes
}

// beremizFolder reports whether dir or its parent holds a beremiz.xml.
func beremizFolder(dir string) bool {
	for _, d := range []string{dir, filepath.Dir(dir)} {
		if fi, err := os.Stat(filepath.Join(d, "beremiz.xml")); err == nil && !fi.IsDir() {
			return true
		}
	}
	return false
}
