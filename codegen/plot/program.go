package plot

import (
	"context"
	"fmt"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/gcode"
	"github.com/gantry-dev/gantry/codegen/rules"
)

// Program checks a G-code file as `gantry check` would and draws its toolpath with the
// error and warning findings marked (info findings are left out: they are not faults).
func Program(ctx context.Context, p codegen.Pack, req codegen.CheckRequest, opt Options) (string, error) {
	if p.ID() != "gcode" {
		return "", fmt.Errorf("%s: a toolpath is drawn for G-code files only (this is %s)", req.Path, p.Name())
	}
	res := codegen.Diagnose(ctx, p, req)
	var marks []Mark
	for _, f := range res.Findings {
		if f.Severity != rules.Error && f.Severity != rules.Warning {
			continue
		}
		marks = append(marks, Mark{Line: req.File.Lines.LineOf(f.Start), Rule: f.Rule, Message: f.Message})
	}
	tp := gcode.ComputeToolpath(req.Path, req.File.Bytes(), req.Config)
	return Render(tp, marks, opt), ctx.Err()
}
