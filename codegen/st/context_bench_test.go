package st

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
)

// BenchmarkContextLongPOU measures the pack's context (declarations, inherited members,
// globals in use, interfaces, the open blocks and hints) at the end of a 600-line PROGRAM
// that reads 100 signals of a 200-signal I/O list: what a suggestion request in a long POU
// of a real project pays before the prompt.
func BenchmarkContextLongPOU(b *testing.B) {
	var gvl strings.Builder
	gvl.WriteString("VAR_GLOBAL\n")
	for i := 0; i < 200; i++ {
		fmt.Fprintf(&gvl, "    bSig%d AT %%IX%d.%d : BOOL; // sensor %d\n", i, i/8, i%8, i)
	}
	gvl.WriteString("END_VAR\n")
	ws := &memWorkspace{files: []codegen.WorkspaceFile{{Path: "GVL_IO.st", File: parse(b, gvl.String())}}}
	var src strings.Builder
	src.WriteString("PROGRAM Main\nVAR\n    nCount : INT;\n    bRun : BOOL;\nEND_VAR\n")
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&src, "IF bSig%d AND nCount > %d THEN\n    nCount := nCount - 1;\n    bRun := NOT bRun;\nELSE\n    nCount := nCount + %d;\nEND_IF;\n", i, i, i)
	}
	src.WriteString("IF bRun THEN\n    |\nEND_IF;\nEND_PROGRAM\n")
	s := src.String()
	off := strings.IndexByte(s, '|')
	f := parse(b, s[:off]+s[off+1:])
	p := New()
	req := codegen.ContextRequest{Path: "Main.st", File: f, Offset: off, Config: config.Default(), Workspace: ws}
	if c := p.Context(context.Background(), req); len(c.Blocks) < 2 {
		b.Fatalf("blocks: %+v", c.Blocks)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.Context(context.Background(), req)
	}
}
