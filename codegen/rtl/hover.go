package rtl

import (
	"fmt"
	"strings"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// Hover for the language server: what a name is, its width and drivers, or a module's header.

// Hover describes the name at offset: its declaration, width and drivers, or a module's
// header. It returns "" when there is nothing to say.
func Hover(f *syntax.File, offset int, ws codegen.Workspace) string {
	return defaultPack.hoverAt(f, offset, ws)
}

// Hover describes the name at offset.
func (p *Pack) hoverAt(f *syntax.File, offset int, ws codegen.Workspace) string {
	u, _, t, ix := p.resolveAt(f, offset, ws)
	if t == nil || u == nil {
		return ""
	}
	var sb strings.Builder
	if t.decl == nil {
		sb.WriteString("```systemverilog\n" + headerLine(t.unit) + "\n```\n")
		if len(t.unit.Ports) > 0 {
			sb.WriteString(fmt.Sprintf("%d ports, %d parameters", len(t.unit.Ports), countParams(t.unit.Unit)))
		}
		if t.unit.Path != "" && pathOf(t.unit, f) != "" {
			sb.WriteString("\n\nDefined in " + t.unit.Path)
		}
		return sb.String()
	}
	d := t.decl
	if d.Kind == KindClass || d.Class != nil {
		return p.hoverClass(t, ix)
	}
	sb.WriteString("```systemverilog\n" + d.Describe() + "\n```\n")
	var facts []string
	if d.IsSignal() && d.Width > 0 && d.UserType == "" {
		w := fmt.Sprintf("width: %d bit", d.Width)
		if d.Width != 1 {
			w += "s"
		}
		if len(d.Dims) > 0 {
			last := d.Dims[len(d.Dims)-1]
			if last.Packed && last.Known() {
				w += fmt.Sprintf(" [%d:%d]", last.Msb.V, last.Lsb.V)
			}
		}
		facts = append(facts, w)
	}
	if (d.Kind == KindParam || d.Kind == KindLocal) && d.Const.OK {
		facts = append(facts, fmt.Sprintf("value: %d", d.Const.V))
	}
	if d.Kind == KindEnumConst {
		facts = append(facts, "enum constant")
	}
	if t.unit.Unit == u.Unit && d.IsSignal() && (u.Kind == UnitModule || u.Kind == UnitInterface) {
		s := Resolve(u, ix)
		var drivers []string
		for _, w := range s.Drivers[d.Name] {
			if u.LookupAt(w.Name, w.Id) != d {
				continue
			}
			drivers = append(drivers, describeDriver(u, w))
		}
		for _, w := range s.Inits[d.Name] {
			drivers = append(drivers, fmt.Sprintf("initializer (line %d)", u.line(w.Stmt)))
		}
		if len(drivers) > 0 {
			facts = append(facts, "driven by: "+strings.Join(uniqueStrings(drivers), "; "))
		} else if d.Dir != "input" {
			facts = append(facts, "not driven in this module")
		}
		reads := 0
		for _, r := range s.Readers[d.Name] {
			if u.LookupAt(r.Name, r.Id) == d {
				reads++
			}
		}
		facts = append(facts, fmt.Sprintf("read at %d place%s", reads, plural(reads)))
		for _, pr := range u.Procs {
			if pr.Clock == d.Name {
				facts = append(facts, "clock of "+pr.Kind+" blocks")
				break
			}
			if pr.Reset == d.Name {
				kind := "asynchronous"
				if pr.ResetSync {
					kind = "synchronous"
				}
				lvl := "active high"
				if pr.ResetLow {
					lvl = "active low"
				}
				facts = append(facts, kind+" reset, "+lvl)
				break
			}
		}
	}
	if t.unit.Unit != u.Unit && t.unit.Name != "" {
		facts = append(facts, "declared in "+t.unit.Kind+" "+t.unit.Name)
	}
	sb.WriteString(strings.Join(facts, "  \n"))
	return strings.TrimRight(sb.String(), "\n")
}

// hoverClass describes a class (its base and members) or a class member.
func (p *Pack) hoverClass(t *target, ix *Index) string {
	d := t.decl
	env := classEnv{p.cache.fileModel(t.unit.File), ix}
	var sb strings.Builder
	if d.Kind == KindClass {
		sb.WriteString("```systemverilog\n" + classHeader(d) + "\n```\n")
		c := &classRef{d, t.unit}
		var own, inherited []string
		for _, mo := range env.classMembers(c) {
			entry := mo.decl.Name
			if mo.decl.Kind == KindFunction || mo.decl.Kind == KindTask {
				entry += "()"
			}
			if mo.owner.decl == d {
				own = append(own, entry)
			} else {
				inherited = append(inherited, entry+" ("+mo.owner.decl.Name+")")
			}
		}
		if len(own) > 0 {
			sb.WriteString("members: " + strings.Join(own, ", "))
		}
		if len(inherited) > 0 {
			sb.WriteString("  \ninherited: " + strings.Join(inherited, ", "))
		}
		return strings.TrimRight(sb.String(), "\n")
	}
	sb.WriteString("```systemverilog\n" + describeMember(t.unit, d) + "\n```\n")
	cls := ""
	if nm := d.Class.Child("name"); nm != nil {
		cls = nm.Text()
	}
	fact := "member of class " + cls
	if c := env.find(t.unit, cls); c != nil && (d.Kind == KindFunction || d.Kind == KindTask) && c.decl.Extends != "" {
		if base := env.find(c.unit, c.decl.Extends); base != nil {
			if bm, owner, _ := env.member(base, d.Name); bm != nil && d.Name != "new" {
				fact += ", overrides " + owner.decl.Name + "::" + d.Name
			}
		}
	}
	sb.WriteString(fact)
	return sb.String()
}

func describeDriver(u *UnitRef, w *Access) string {
	line := u.line(w.Stmt)
	switch w.Kind {
	case AccAssign:
		return fmt.Sprintf("assign (line %d)", line)
	case AccProc:
		// The block is the driver: named by its own line, so the reset branch and the
		// clocked branch of one always block list it once.
		what := w.Proc.Kind
		if w.Proc.Clock != "" {
			what += " @(" + w.Proc.ClockEdge + " " + w.Proc.Clock + ")"
		}
		return fmt.Sprintf("%s (line %d)", what, u.line(w.Proc.Node))
	case AccInstance:
		return fmt.Sprintf("instance %s of %s, port %s (line %d)", w.Conn.Inst.Name, w.Conn.Inst.Module, w.Conn.Port, line)
	case AccGate:
		return fmt.Sprintf("gate (line %d)", line)
	case AccTask:
		return fmt.Sprintf("task (line %d)", line)
	}
	return fmt.Sprintf("line %d", line)
}

func countParams(u *Unit) int {
	n := 0
	for _, p := range u.Params {
		if p.Kind != KindLocal {
			n++
		}
	}
	return n
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func uniqueStrings(s []string) []string {
	seen := map[string]bool{}
	out := s[:0]
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// stripComments removes // and /* */ comments from a header for display.
func stripComments(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '/' && i+1 < len(s) && s[i+1] == '/' {
			for i < len(s) && s[i] != '\n' {
				i++
			}
			sb.WriteByte('\n')
			continue
		}
		if s[i] == '/' && i+1 < len(s) && s[i+1] == '*' {
			j := strings.Index(s[i+2:], "*/")
			if j < 0 {
				break
			}
			i += j + 3
			continue
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}
