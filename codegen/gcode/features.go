package gcode

import (
	"context"
	"fmt"
	"strings"

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

// TextOnlyAbove implements codegen.LargeDocuments: above this size (about 5,000 CAM lines)
// a document is kept without a whole-file tree and checked in chunks. A whole tree holds
// 34 bytes of C memory per source byte; the chunks find the same (TestChunkedEqualsWhole)
// in no more time, and the editor's keystroke reparses a chunk instead of the file.
func (*Pack) TextOnlyAbove() int { return 128 << 10 }

// DiagnoseText implements codegen.LargeDocuments.
func (p *Pack) DiagnoseText(ctx context.Context, req codegen.CheckRequest) ([]syntax.Error, codegen.CheckResult) {
	return p.diagnose(ctx, req.Path, req.File.Lines, req.File, req.Config)
}

var _ codegen.Conventions = (*Pack)(nil)

// Conventions implements codegen.Conventions for generation: the controller's dialect, the
// safe-program habits the rules enforce, and the machine profile.
func (*Pack) Conventions(cfg *config.Config) string {
	d, _ := detectDialect("", nil, cfg)
	if d == "" {
		d = DialectLinuxCNC
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "Controller dialect: %s. Start with a safe header (units, G90, G17, a work offset, tool change with T and M6 at a safe height, spindle on with S and M3 before cutting); retract before rapids; end with M5, M9 and M30.\n", d)
	if m := SettingsOf(cfg).Machine; m != nil {
		fmt.Fprintf(&sb, "Machine profile: units %s", m.Units)
		if m.MaxSpindleRPM > 0 {
			fmt.Fprintf(&sb, ", max spindle %g rpm", m.MaxSpindleRPM)
		}
		if m.MaxFeed > 0 {
			fmt.Fprintf(&sb, ", max feed %g/min", m.MaxFeed)
		}
		if m.SafeZ != nil {
			fmt.Fprintf(&sb, ", safe Z %g", *m.SafeZ)
		}
		if m.StockTop != nil {
			fmt.Fprintf(&sb, ", stock top Z %g", *m.StockTop)
		}
		for axis, r := range m.Travel {
			if len(r) == 2 {
				fmt.Fprintf(&sb, ", %s travel %g..%g", strings.ToUpper(axis), r[0], r[1])
			}
		}
		for _, t := range m.Tools {
			fmt.Fprintf(&sb, "; tool T%d diameter %g", t.Number, t.Diameter)
		}
		sb.WriteString(".\n")
	}
	return sb.String()
}
