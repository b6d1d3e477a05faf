package st

import (
	"context"
	"fmt"
	"strings"

	"github.com/gantry-dev/gantry/codegen"
)

// Hover implements codegen.Hoverer: Markdown with the declaration of the name under the
// cursor (type, address, initial value, comment), the interface of a block being called or
// instantiated, a standard block's signature and doc, an enumeration's values.
func (p *Pack) Hover(ctx context.Context, req codegen.ContextRequest) string {
	req.File = codegen.UnitWindow(ctx, p, req.File, req.Offset)
	t, ws := p.at(ctx, req)
	req.File.Lock()
	m := p.cache.modelOf(req.File)
	req.File.Unlock()
	sc := &Scope{Model: m, WS: ws}
	sc.setDialect(fileDialect(req.Path, req.Config, req.File))
	var sb strings.Builder
	code := func(s string) { sb.WriteString("```iecst\n" + strings.TrimRight(s, "\n") + "\n```\n") }
	where := func(path string) {
		if path != "" {
			fmt.Fprintf(&sb, "\n*declared in %s*\n", path)
		}
	}
	switch t.kind {
	case tVar, tField:
		v := t.v
		if v == nil {
			return ""
		}
		code(varLine(v))
		switch {
		case t.kind == tField:
			fmt.Fprintf(&sb, "\nmember of `%s`\n", t.td.Name)
		case v.Owner != nil:
			fmt.Fprintf(&sb, "\n%s of %s `%s`\n", v.Section, strings.ToLower(strings.ReplaceAll(v.Owner.Kind, "_", " ")), v.Owner.Name)
		default:
			s := "VAR_GLOBAL"
			if v.Constant {
				s += " CONSTANT"
			}
			sb.WriteString("\n" + s + "\n")
		}
		where(t.path)
		// The block behind an instance, the values behind an enumeration.
		if v.Type != nil {
			vt := v.Type
			if vt.Kind == TypeArray && vt.Elem != nil {
				vt = vt.Elem
			}
			if fb, std := sc.FBType(vt); fb != nil {
				sb.WriteString("\n")
				code(pouInterface(fb))
			} else if std != nil {
				sb.WriteString("\n" + std.Doc + "\n\n")
				code(stdInterface(std))
			} else if d, e := sc.EnumOf(vt); e != nil {
				sb.WriteString("\n")
				code(enumText(d, e))
			}
		}
	case tPOU:
		pou := t.pou
		code(pouInterface(pou))
		if pou.Parent != nil {
			fmt.Fprintf(&sb, "\n%s of `%s`\n", strings.ToLower(pou.Kind), pou.Parent.Name)
		}
		where(t.path)
	case tStd:
		s := t.std
		if s.FB || len(s.Inputs)+len(s.Outputs)+len(s.InOuts) > 0 {
			sb.WriteString(s.Doc + "\n\n")
			code(stdInterface(s))
		} else {
			sig := "FUNCTION " + s.Name
			if s.Return != "" {
				sig += " : " + s.Return
			}
			code(sig)
			sb.WriteString("\n" + s.Doc + " (standard library)\n")
		}
	case tStdArg:
		code(t.prm.Name + " : " + t.prm.Type + ";")
		fmt.Fprintf(&sb, "\nparameter of the standard block `%s`: %s\n", t.std.Name, t.std.Doc)
	case tEnum:
		val := ""
		if t.ev != nil && t.ev.Value != nil {
			val = " := " + t.ev.Value.Text()
		}
		code(t.td.Name + "#" + t.ev.Name + val)
		sb.WriteString("\nvalue of the enumeration\n\n")
		code(enumText(t.td, t.td.Type))
	case tType:
		code(typeText(t.td))
	default:
		return ""
	}
	return strings.TrimRight(sb.String(), "\n")
}

func enumText(d *TypeDecl, e *Type) string {
	var vals []string
	for _, v := range e.Enum {
		s := v.Name
		if v.Value != nil {
			s += " := " + v.Value.Text()
		}
		vals = append(vals, s)
	}
	name := "(enumeration)"
	if d != nil {
		name = d.Name
	}
	s := "TYPE " + name + " : (" + strings.Join(vals, ", ") + ")"
	if e.Base != "" {
		s += " " + e.Base
	}
	return s + ";\nEND_TYPE"
}

func typeText(d *TypeDecl) string {
	t := d.Type
	if t == nil {
		return "TYPE " + d.Name
	}
	switch t.Kind {
	case TypeEnum:
		return enumText(d, t)
	case TypeStruct, TypeUnion:
		kw := "STRUCT"
		if t.Kind == TypeUnion {
			kw = "UNION"
		}
		var sb strings.Builder
		sb.WriteString("TYPE " + d.Name + " :\n" + kw)
		if t.Base != "" {
			sb.WriteString(" EXTENDS " + t.Base)
		}
		sb.WriteString("\n")
		for _, m := range t.Members {
			sb.WriteString("    " + varLine(m) + "\n")
		}
		sb.WriteString("END_" + kw + "\nEND_TYPE")
		return sb.String()
	}
	return "TYPE " + d.Name + " : " + t.Text + ";\nEND_TYPE"
}
