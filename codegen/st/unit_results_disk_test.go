package st

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/syntax"
	"github.com/gantry-dev/gantry/codegen/workspace"
)

// openSnapshot is a document open in the editor, as the server overlays it.
type openSnapshot struct{ f *syntax.File }

func (o openSnapshot) Current() *syntax.File { return o.f }

// findingLines prints findings one a line, for comparing two checks.
func findingLines(res codegen.CheckResult) string {
	out := ""
	for _, f := range res.Findings {
		out += fmt.Sprintf("%d-%d %s %s\n", f.Start, f.End, f.Rule, f.Message)
	}
	return out
}

// keptAndFresh checks doc twice: with cfg, whose unit results a large open document keeps
// from one pass to the next, and with a copy of cfg, for which nothing is kept.
func keptAndFresh(t *testing.T, p *Pack, ws codegen.Workspace, path string, doc *syntax.File, cfg *config.Config) (kept, fresh string) {
	t.Helper()
	ctx := context.Background()
	kept = findingLines(codegen.Diagnose(ctx, p, codegen.CheckRequest{Path: path, File: doc, Config: cfg, Workspace: ws}))
	other := *cfg
	fresh = findingLines(codegen.Diagnose(ctx, p, codegen.CheckRequest{Path: path, File: doc, Config: &other, Workspace: ws}))
	return kept, fresh
}

// A large B&R program's code open in the editor, checked unit by unit with its units'
// results kept, in a workspace of its own folder: when a .var file appears in a folder
// above it (outside the workspace, so nothing says the disk changed), its names are no
// longer those of a program without its .var, and the kept results must say what a check
// keeping nothing says — they were kept while no .var was above, and asked the disk so.
func TestKeptUnitResultsFollowAVarFileAbove(t *testing.T) {
	body := "PROGRAM _INIT\n\tspeedMax := 1500;\nEND_PROGRAM\n\n" +
		"PROGRAM _CYCLIC\n\tIF cmdStart THEN\n\t\tphase := 1;\n\tEND_IF\nEND_PROGRAM\n"
	root := writeBnRFiles(t, map[string]string{"Lift.apj": "", "Logical/Lift/Main.st": body})
	program := filepath.Join(root, "Logical", "Lift")
	path := filepath.Join(program, "Main.st")
	ws := workspace.New(codegen.NewRegistry(New()), program)
	p := New()
	f, err := codegen.Parse(context.Background(), p, path, []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	doc := f.WithoutTree() // kept as text, as a document above codegen.WindowedAbove
	f.Close()
	ws.Overlay(path, openSnapshot{doc})
	cfg := config.Default()

	kept, fresh := keptAndFresh(t, p, ws, path, doc, cfg)
	if kept != fresh || kept != "" {
		t.Fatalf("without a .var above, want no finding from both checks:\nkept:\n%sfresh:\n%s", kept, fresh)
	}
	// The project's Global.var, above the workspace's folder: the program's names are
	// judged again (and cmdStart, declared nowhere, is reported).
	if err := os.WriteFile(filepath.Join(root, "Logical", "Global.var"), []byte("VAR\n\tgCycles : UDINT;\nEND_VAR\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	kept, fresh = keptAndFresh(t, p, ws, path, doc, cfg)
	if kept != fresh {
		t.Fatalf("with a .var above, kept results differ from a fresh check:\nkept:\n%sfresh:\n%s", kept, fresh)
	}
	if fresh == "" {
		t.Fatal("with a .var above, no finding: the test proves nothing")
	}
	// And back: the .var gone, the program is one without its .var again.
	if err := os.Remove(filepath.Join(root, "Logical", "Global.var")); err != nil {
		t.Fatal(err)
	}
	if kept, fresh = keptAndFresh(t, p, ws, path, doc, cfg); kept != fresh {
		t.Fatalf("with the .var gone, kept results differ from a fresh check:\nkept:\n%sfresh:\n%s", kept, fresh)
	}
}

// The mapp links of a B&R project are read from its Physical configurations again once
// outsideTTL has passed (no one tells the server they changed): a large program's code open
// in the editor, whose units' results are kept, must then say what a check keeping
// nothing says — a link renamed in the configuration is undeclared in both.
func TestKeptUnitResultsFollowTheMappLinksReadAgain(t *testing.T) {
	now := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	outsideNow = func() time.Time { return now }
	t.Cleanup(func() { outsideNow = time.Now })
	body := "PROGRAM _INIT\n\tpCore := 0;\nEND_PROGRAM\n\n" +
		"PROGRAM _CYCLIC\n\tpCore := ADR(gAlarmXCore);\nEND_PROGRAM\n"
	mappConfig := func(id string) string {
		return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Configuration>\n  <Element ID=\"" + id + "\" Type=\"mpalarmxcore\" />\n</Configuration>\n"
	}
	cfgPath := "Physical/Config1/X20CP1586/mappServices/AlarmXCore.mpalarmxcore"
	root := writeBnRFiles(t, map[string]string{"Alarms.apj": "", "Logical/Alarms/Main.st": body,
		"Logical/Alarms/Alarms.var": "VAR\n\tpCore : UDINT;\nEND_VAR\n", cfgPath: mappConfig("gAlarmXCore")})
	path := filepath.Join(root, "Logical", "Alarms", "Main.st")
	ws := workspace.New(codegen.NewRegistry(New()), root)
	p := New()
	f, err := codegen.Parse(context.Background(), p, path, []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	doc := f.WithoutTree()
	f.Close()
	ws.Overlay(path, openSnapshot{doc})
	cfg := config.Default()

	if kept, fresh := keptAndFresh(t, p, ws, path, doc, cfg); kept != fresh || kept != "" {
		t.Fatalf("with the link configured, want no finding from both checks:\nkept:\n%sfresh:\n%s", kept, fresh)
	}
	if err := os.WriteFile(filepath.Join(root, filepath.FromSlash(cfgPath)), []byte(mappConfig("gAlarmXCoreMain")), 0o644); err != nil {
		t.Fatal(err)
	}
	now = now.Add(outsideTTL + time.Second)
	kept, fresh := keptAndFresh(t, p, ws, path, doc, cfg)
	if kept != fresh {
		t.Fatalf("with the link renamed, kept results differ from a fresh check:\nkept:\n%sfresh:\n%s", kept, fresh)
	}
	if !strings.Contains(fresh, `"gAlarmXCore"`) {
		t.Fatalf("with the link renamed, gAlarmXCore is not reported: the test proves nothing\n%s", fresh)
	}
}
