package st

import (
	"context"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

var _ codegen.Symboler = (*Pack)(nil)

// Symbols implements codegen.Symboler: POUs with their methods, properties and actions as
// children, types (struct members and enumeration values as children) and global
// variables, in file order.
func (p *Pack) Symbols(ctx context.Context, f *syntax.File) []codegen.Symbol {
	if !f.HasTree() {
		return nil // a large document: symbols need every POU's tree at once
	}
	f.Lock()
	m := p.cache.modelOf(f)
	f.Unlock()
	var out []codegen.Symbol
	for _, u := range m.Units {
		abs := u.Abs(f.Bytes())
		for _, pou := range abs.pous {
			out = append(out, pouSymbol(pou))
		}
		for _, td := range abs.types {
			out = append(out, typeSymbol(td))
		}
		for _, v := range abs.globals {
			out = append(out, varSymbol(v))
		}
	}
	return out
}

var pouSymbolKinds = map[string]codegen.SymbolKind{
	KindProgram: codegen.KindModule, KindFunction: codegen.KindFunction, KindFunctionBlock: codegen.KindClass, KindClass: codegen.KindClass,
	KindMethod: codegen.KindMethod, KindProperty: codegen.KindProperty, KindAction: codegen.KindMethod,
	KindInterface: codegen.KindInterface, KindOrgBlock: codegen.KindModule, KindDataBlock: codegen.KindStruct,
}

func pouSymbol(p *POU) codegen.Symbol {
	detail := p.Kind
	if p.ReturnType != nil {
		detail += " : " + p.ReturnType.Text
	}
	s := codegen.Symbol{Name: p.Name, Detail: detail, Kind: pouSymbolKinds[p.Kind], Start: p.Start, End: p.End}
	if s.Kind == "" {
		s.Kind = codegen.KindFunction
	}
	for _, c := range p.Children {
		s.Children = append(s.Children, pouSymbol(c))
	}
	return s
}

func typeSymbol(td *TypeDecl) codegen.Symbol {
	s := codegen.Symbol{Name: td.Name, Kind: codegen.KindClass, Start: td.NameStart, End: td.End}
	if td.Type == nil {
		return s
	}
	s.Detail = td.Type.Text
	switch td.Type.Kind {
	case TypeEnum:
		s.Kind, s.Detail = codegen.KindEnum, "enumeration"
		for _, e := range td.Type.Enum {
			s.Children = append(s.Children, codegen.Symbol{Name: e.Name, Kind: codegen.KindConstant, Start: e.Start, End: e.End})
		}
	case TypeStruct, TypeUnion:
		s.Kind, s.Detail = codegen.KindStruct, "STRUCT"
		if td.Type.Kind == TypeUnion {
			s.Detail = "UNION"
		}
		for _, m := range td.Type.Members {
			c := varSymbol(m)
			c.Kind = codegen.KindField
			s.Children = append(s.Children, c)
		}
	}
	if len(s.Detail) > 60 {
		s.Detail = s.Detail[:60] + "…"
	}
	return s
}

func varSymbol(v *Var) codegen.Symbol {
	s := codegen.Symbol{Name: v.Name, Kind: codegen.KindVariable, Start: v.DeclStart, End: v.DeclEnd}
	if v.Type != nil {
		s.Detail = v.Type.Text
	}
	if v.Address != "" {
		s.Detail += " AT " + v.Address
	}
	if v.Constant {
		s.Kind = codegen.KindConstant
	}
	return s
}
