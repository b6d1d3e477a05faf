package rtl

import (
	"context"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// The LSP-facing interfaces of the codegen pipeline, over this package's functions.
var (
	_ codegen.Hoverer    = (*Pack)(nil)
	_ codegen.Symboler   = (*Pack)(nil)
	_ codegen.Definer    = (*Pack)(nil)
	_ codegen.Referencer = (*Pack)(nil)
)

// Hover implements codegen.Hoverer: hoverAt already writes Markdown with the declaration
// fenced once.
func (p *Pack) Hover(ctx context.Context, req codegen.ContextRequest) string {
	req.File = codegen.UnitWindow(ctx, p, req.File, req.Offset)
	return p.hoverAt(req.File, req.Offset, req.Workspace)
}

// Symbols implements codegen.Symboler: modules, interfaces and packages with their
// declarations as children.
func (p *Pack) Symbols(_ context.Context, f *syntax.File) []codegen.Symbol {
	if !f.HasTree() {
		return nil // a large document: symbols need every unit's tree at once
	}
	flat := p.symbolsOf(f)
	children := map[string][]int{}
	top := map[string]bool{}
	holders := map[string][]int{} // container symbols by name
	for i, s := range flat {
		if s.Container != "" {
			children[s.Container] = append(children[s.Container], i)
		}
		if s.Kind == "module" || s.Kind == "interface" || s.Kind == "package" || s.Kind == UnitPrimitive || s.Kind == KindClass || s.Kind == KindCovergrp {
			top[s.Name] = true
			holders[s.Name] = append(holders[s.Name], i)
		}
	}
	var build func(i int, depth int) codegen.Symbol
	build = func(i int, depth int) codegen.Symbol {
		s := flat[i]
		sym := codegen.Symbol{Name: s.Name, Detail: s.Detail, Kind: symbolKind(s.Kind), Start: s.Start, End: s.End}
		if top[s.Name] && depth < 4 && s.Container != s.Name {
			for _, k := range children[s.Name] {
				if flat[k].Start >= s.Start && flat[k].End <= s.End {
					sym.Children = append(sym.Children, build(k, depth+1))
				}
			}
		}
		return sym
	}
	var out []codegen.Symbol
	for i, s := range flat {
		// a symbol is a root unless a container holding it lists it
		nested := false
		for _, j := range holders[s.Container] {
			if c := flat[j]; j != i && c.Start <= s.Start && s.End <= c.End {
				nested = true
				break
			}
		}
		if !nested {
			out = append(out, build(i, 0))
		}
	}
	return out
}

func symbolKind(k string) codegen.SymbolKind {
	switch k {
	case "module", "package", UnitPrimitive:
		return codegen.KindModule
	case "interface":
		return codegen.KindInterface
	case "parameter", "localparam":
		return codegen.KindConstant
	case "function", "task":
		return codegen.KindFunction
	case "method":
		return codegen.KindMethod
	case KindClass:
		return codegen.KindClass
	case "field":
		return codegen.KindField
	case "assertion", KindProperty, KindConstr, KindCoverpt:
		return codegen.KindProperty
	case KindCovergrp:
		return codegen.KindStruct
	case "instance":
		return codegen.KindClass
	case "type":
		return codegen.KindStruct
	case "port":
		return codegen.KindField
	}
	return codegen.KindVariable
}

// Definition implements codegen.Definer.
func (p *Pack) Definition(ctx context.Context, req codegen.ContextRequest) []codegen.Location {
	req.File = codegen.UnitWindow(ctx, p, req.File, req.Offset)
	loc, ok := p.definitionAt(req.File, req.Offset, req.Workspace)
	if !ok {
		return nil
	}
	return p.locations(ctx, req, []Location{loc})
}

// References implements codegen.Referencer.
func (p *Pack) References(ctx context.Context, req codegen.ContextRequest) []codegen.Location {
	req.File = codegen.UnitWindow(ctx, p, req.File, req.Offset)
	return p.locations(ctx, req, p.referencesAt(req.File, req.Offset, req.Workspace))
}

// locations attaches each location's parsed file: the request's own, or the workspace's.
func (p *Pack) locations(ctx context.Context, req codegen.ContextRequest, in []Location) []codegen.Location {
	files := map[string]*syntax.File{}
	if req.Workspace != nil {
		for _, wf := range req.Workspace.Files(ctx, "rtl") {
			files[wf.Path] = wf.File
		}
	}
	var out []codegen.Location
	for _, l := range in {
		if l.Path == "" || l.Path == req.Path {
			out = append(out, codegen.Location{Path: req.Path, File: req.File, Start: l.Start, End: l.End})
		} else if f := files[l.Path]; f != nil {
			out = append(out, codegen.Location{Path: l.Path, File: f, Start: l.Start, End: l.End})
		}
	}
	return out
}

var _ codegen.Conventions = (*Pack)(nil)

// Conventions implements codegen.Conventions for generation: synthesizable style that the
// rules check.
func (*Pack) Conventions(cfg *config.Config) string {
	s := "Write synthesizable SystemVerilog: always_ff with nonblocking assignments for registers (with the reset in the sensitivity list when asynchronous), always_comb with a default for every output (no latches), case statements with default, declare every signal, no delays."
	if SettingsOf(cfg).Target == "fpga" {
		s += " Target: FPGA (initial blocks allowed for register initial values)."
	}
	return s + "\n"
}
