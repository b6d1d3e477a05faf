package gcode

import (
	"bytes"
	"context"
	"strings"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

var (
	_ codegen.Definer    = (*Pack)(nil)
	_ codegen.Referencer = (*Pack)(nil)
)

// subUse is one o-word statement naming a subroutine: its definition (o… sub) or a use
// (call, return, endsub).
type subUse struct {
	Label      string // lower case: "<probe>" or "100"
	Kind       CtlKind
	Start, End int // the label
}

// subUses lists the subroutine statements of text in file order.
func subUses(text []byte) []subUse {
	var out []subUse
	var b Block
	forLines(textChunk(text), func(line, start, end int) {
		if bytes.IndexByte(text[start:end], 'o') < 0 && bytes.IndexByte(text[start:end], 'O') < 0 {
			return
		}
		scanLine(&b, text, line, start, end)
		switch c := b.Ctl; c.Kind {
		case CtlSub, CtlEndSub, CtlCall, CtlReturn:
			if c.LabelExpr != nil || c.Label == "" {
				return
			}
			s, e := c.Start+1, c.KwStart // after the o, up to the keyword
			for e > s && (text[e-1] == ' ' || text[e-1] == '\t') {
				e--
			}
			out = append(out, subUse{Label: c.Label, Kind: c.Kind, Start: s, End: e})
		}
	})
	return out
}

// subAt returns the subroutine label of the o-word statement under offset.
func subAt(text []byte, offset int) (string, bool) {
	for _, u := range subUses(text) {
		if offset >= u.Start-1 && offset <= u.End {
			return u.Label, true
		}
	}
	return "", false
}

// Definition implements codegen.Definer: on `o<name> call` (or its sub, endsub, return),
// the `o<name> sub` line, in this file or, for named subroutines, in a G-code file of the
// workspace (LinuxCNC finds name.ngc on its subroutine path).
func (p *Pack) Definition(ctx context.Context, req codegen.ContextRequest) []codegen.Location {
	label, ok := subAt(req.File.Bytes(), req.Offset)
	if !ok {
		return nil
	}
	var out []codegen.Location
	p.eachFile(ctx, req, label, func(path string, f *syntax.File, uses []subUse) {
		for _, u := range uses {
			if u.Label == label && u.Kind == CtlSub {
				out = append(out, codegen.Location{Path: path, File: f, Start: u.Start, End: u.End})
			}
		}
	})
	return out
}

// References implements codegen.Referencer: the definition and every call of the
// subroutine under the cursor.
func (p *Pack) References(ctx context.Context, req codegen.ContextRequest) []codegen.Location {
	label, ok := subAt(req.File.Bytes(), req.Offset)
	if !ok {
		return nil
	}
	var out []codegen.Location
	p.eachFile(ctx, req, label, func(path string, f *syntax.File, uses []subUse) {
		for _, u := range uses {
			if u.Label == label && (u.Kind == CtlSub || u.Kind == CtlCall) {
				out = append(out, codegen.Location{Path: path, File: f, Start: u.Start, End: u.End})
			}
		}
	})
	return out
}

// eachFile calls fn with the request's file and, for a named label, every other G-code file
// of the workspace. Numbered labels (o100) belong to their file.
func (p *Pack) eachFile(ctx context.Context, req codegen.ContextRequest, label string, fn func(string, *syntax.File, []subUse)) {
	fn(req.Path, req.File, subUses(req.File.Bytes()))
	if !strings.HasPrefix(label, "<") || req.Workspace == nil {
		return
	}
	for _, wf := range req.Workspace.Files(ctx, p.ID()) {
		if wf.Path == req.Path || wf.File == nil {
			continue
		}
		fn(wf.Path, wf.File, subUses(wf.File.Bytes()))
	}
}
