package gcode

import (
	"context"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

var (
	_ codegen.Hoverer        = (*Pack)(nil)
	_ codegen.Symboler       = (*Pack)(nil)
	_ codegen.LargeDocuments = (*Pack)(nil)
	_ codegen.Forgetter      = (*Pack)(nil)
)

// Hover implements codegen.Hoverer: the code under the cursor for the file's controller and
// the modal state in effect there.
func (p *Pack) Hover(_ context.Context, req codegen.ContextRequest) string {
	return p.HoverPath(req.Path, req.File, req.Offset, req.Config)
}

// Symbols implements codegen.Symboler: subroutines and programs, with the tool changes and
// operations inside them as children.
func (p *Pack) Symbols(_ context.Context, f *syntax.File) []codegen.Symbol {
	var out []codegen.Symbol
	for _, s := range Symbols(f) {
		sym := codegen.Symbol{Name: s.Name, Start: s.Start, End: s.End, Detail: s.Kind}
		switch s.Kind {
		case "subroutine", "program":
			sym.Kind = codegen.KindFunction
		case "tool-change":
			sym.Kind = codegen.KindEvent
		default:
			sym.Kind = codegen.KindNamespace
		}
		if n := len(out); n > 0 && sym.Kind != codegen.KindFunction && out[n-1].Kind == codegen.KindFunction && s.Start <= out[n-1].End {
			out[n-1].Children = append(out[n-1].Children, sym)
			continue
		}
		out = append(out, sym)
	}
	return out
}

// TextOnlyAbove implements codegen.LargeDocuments: above this size (about 100,000 CAM lines)
// a document is kept without a whole-file tree and checked in chunks.
func (*Pack) TextOnlyAbove() int { return 2 << 20 }

// DiagnoseText implements codegen.LargeDocuments.
func (p *Pack) DiagnoseText(ctx context.Context, path string, text []byte, cfg *config.Config) ([]syntax.Error, codegen.CheckResult) {
	return p.Diagnose(ctx, path, text, cfg)
}
