package gcode

import (
	"context"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

type fakeWorkspace map[string]*syntax.File

func (w fakeWorkspace) Files(context.Context, string) []codegen.WorkspaceFile {
	var out []codegen.WorkspaceFile
	for p, f := range w {
		out = append(out, codegen.WorkspaceFile{Path: p, File: f})
	}
	return out
}

// Definition and references of o-word subroutines: in the file, and for named ones in the
// workspace's other G-code files.
func TestSubroutineDefinitionAndReferences(t *testing.T) {
	pk := New()
	main := "G21 G90 G54\no<drill_row> call [5]\nN20 O100 call\no100 sub\n  G0 X1\no100 endsub\no<drill_row> call [8]\nM2\n"
	lib := "o<drill_row> sub\n  G81 X#1 Y0 Z-2 R1 F100\no<drill_row> endsub\nM2\n"
	mf := mustParse(t, pk, main)
	lf := mustParse(t, pk, lib)
	ws := fakeWorkspace{"/w/drill_row.ngc": lf}
	req := func(text, at string, nth int) codegen.ContextRequest {
		off := 0
		for i := 0; i <= nth; i++ {
			off += strings.Index(text[off:], at) + 1
		}
		return codegen.ContextRequest{Path: "/w/main.ngc", File: mf, Offset: off, Config: config.Default(), Workspace: ws}
	}
	text := func(l codegen.Location) string { return string(l.File.Bytes()[l.Start:l.End]) }

	defs := pk.Definition(context.Background(), req(main, "drill_row", 0))
	if len(defs) != 1 || defs[0].Path != "/w/drill_row.ngc" || text(defs[0]) != "<drill_row>" || defs[0].Start != 1 {
		t.Fatalf("definition of o<drill_row>: %+v", defs)
	}
	defs = pk.Definition(context.Background(), req(main, "100 call", 0))
	if len(defs) != 1 || defs[0].Path != "/w/main.ngc" || text(defs[0]) != "100" || mf.Lines.LineOf(defs[0].Start) != 3 {
		t.Fatalf("definition of O100: %+v", defs)
	}
	refs := pk.References(context.Background(), req(main, "drill_row", 1))
	var got []string
	for _, r := range refs {
		got = append(got, r.Path+":"+text(r))
	}
	if len(refs) != 3 {
		t.Fatalf("references of o<drill_row>: %v", got)
	}
	if defs := pk.Definition(context.Background(), req(main, "G0", 0)); len(defs) != 0 {
		t.Fatalf("definition outside an o-word: %+v", defs)
	}
}
