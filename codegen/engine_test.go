package codegen_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/embedded"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
	"github.com/gantry-dev/gantry/grammars/st"
)

// testPack is a minimal pack over the real ST grammar with one error rule: assigning to a
// variable named "forbidden".
type testPack struct{ hints []string }

var forbiddenRule = &rules.Rule{ID: "t/forbidden", Severity: rules.Error, Check: func(p *rules.Pass) {
	var walk func(n *sitter.Node)
	walk = func(n *sitter.Node) {
		if n.Type() == "assignment" {
			if l := n.ChildByFieldName("left"); l != nil && p.File.Content(l) == "forbidden" {
				p.ReportNode(l, "forbidden is written")
			}
		}
		for i := 0; i < int(n.NamedChildCount()); i++ {
			walk(n.NamedChild(i))
		}
	}
	walk(p.File.Root())
}}

func (testPack) ID() string                { return "t" }
func (testPack) Name() string              { return "test" }
func (testPack) Extensions() []string      { return []string{".st"} }
func (testPack) Grammar() *sitter.Language { return st.Language() }
func (testPack) LineComment() string       { return "//" }
func (testPack) Rules() []*rules.Rule      { return []*rules.Rule{forbiddenRule} }
func (testPack) StatementTerminator() byte { return ';' }
func (testPack) Check(_ context.Context, req codegen.CheckRequest) codegen.CheckResult {
	out, _ := rules.Run(req.File, nil, nil, []*rules.Rule{forbiddenRule}, rules.Options{Within: req.Within})
	return codegen.CheckResult{Findings: out}
}
func (p testPack) Context(_ context.Context, req codegen.ContextRequest) codegen.Context {
	return codegen.Context{Multiline: true, Hints: p.hints, Stop: []string{"\nEND_PROGRAM"},
		Blocks: []codegen.Block{{Source: "declarations in scope", Text: "x : INT;"}}}
}

const prog = "PROGRAM P\nVAR\n  x : INT;\n  forbidden : INT;\nEND_VAR\nIF x > 0 THEN\n  \nEND_IF;\nEND_PROGRAM\n"

// cursorOffset is the blank line inside the IF.
var cursorOffset = strings.Index(prog, "  \nEND_IF") + 2

func parse(t *testing.T, text string) *syntax.File {
	t.Helper()
	f, err := syntax.Parse(context.Background(), st.Language(), []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func gateFor(t *testing.T) *codegen.Gate {
	f := parse(t, prog)
	return codegen.NewGate(context.Background(), testPack{}, codegen.CheckRequest{File: f, Config: config.Default()}, cursorOffset, [2]int{0, len(prog)})
}

func TestGatePassesCleanAndDropsBrokenOrUnsafe(t *testing.T) {
	g := gateFor(t)
	ctx := context.Background()
	if v := g.Vet(ctx, "x := x + 1;"); v.Reason != "" || v.Text != "x := x + 1;" {
		t.Errorf("clean: %v", v)
	}
	if v := g.Vet(ctx, "x := (x + ;"); v.Reason != "syntax" {
		t.Errorf("broken: %v", v)
	}
	if v := g.Vet(ctx, "forbidden := 1;"); v.Reason != "rule:t/forbidden" {
		t.Errorf("unsafe: %v", v)
	}
	if v := g.Vet(ctx, "END_IF;"); v.Reason != "syntax" {
		t.Errorf("a second END_IF must break the syntax: %v", v)
	}
}

func TestGateTruncatesToLastCompleteLine(t *testing.T) {
	v := gateFor(t).Vet(context.Background(), "x := 1;\nx := 2;\nIF x THEN")
	if v.Reason != "" || v.Text != "x := 1;\nx := 2;\n" {
		t.Errorf("got %v", v)
	}
	v = gateFor(t).Vet(context.Background(), "x := 1; x := (")
	if v.Reason != "" || v.Text != "x := 1;" {
		t.Errorf("statement cut: %v", v)
	}
}

type failing struct{ err error }

func (failing) Name() string  { return "ollama" }
func (failing) Model() string { return "m" }
func (f failing) Fill(context.Context, codegen.FillRequest) ([]codegen.Candidate, error) {
	return nil, f.err
}

func TestEngineFallsBackAndReportsDropped(t *testing.T) {
	f := parse(t, prog)
	reg := codegen.NewRegistry(testPack{hints: []string{"forbidden := 2;", "x := 0;", "x := 0;"}})
	var reported error
	e := &codegen.Engine{Registry: reg, Primary: failing{codegen.ErrUnavailable}, Fallback: embedded.New(),
		OnPrimaryError: func(err error) { reported = err }}
	res, err := e.Suggest(context.Background(), codegen.SuggestRequest{Path: "p.st", File: f, Offset: cursorOffset, Config: config.Default()})
	if err != nil {
		t.Fatal(err)
	}
	if !errors.Is(reported, codegen.ErrUnavailable) || res.Backend != "embedded" {
		t.Errorf("fallback: %v %q", reported, res.Backend)
	}
	if len(res.Suggestions) != 1 || res.Suggestions[0].Text != "x := 0;" {
		t.Errorf("suggestions %+v", res.Suggestions)
	}
	if len(res.Dropped) != 1 || res.Dropped[0].Reason != "rule:t/forbidden" {
		t.Errorf("dropped %+v", res.Dropped)
	}
	if !strings.Contains(res.Prompt.Header, "// Context: declarations in scope") {
		t.Errorf("header %q", res.Prompt.Header)
	}
}

func TestCleanRejectsDuplicatesAndBlank(t *testing.T) {
	text := []byte("a := 1;\n\nb := 2;\n")
	off := len("a := 1;\n")
	if _, r := codegen.Clean("  \n", text, off, true); r != "empty" {
		t.Errorf("blank: %q", r)
	}
	if _, r := codegen.Clean("b := 2;", text, off, true); r != "duplicate" {
		t.Errorf("duplicate of the line below: %q", r)
	}
	nested := []byte("IF a THEN\n  IF b THEN\n    x := 1;\n  \nEND_IF;\n")
	if s, r := codegen.Clean("END_IF;", nested, len("IF a THEN\n  IF b THEN\n    x := 1;\n  "), true); r != "" || s != "END_IF;" {
		t.Errorf("a closer like the line below closes the inner block, for the gate to judge: %q %q", s, r)
	}
	rtl := []byte("    end\n  \nend\n")
	if s, r := codegen.Clean("end // inner", rtl, len("    end\n  "), true); r != "" || s != "end // inner" {
		t.Errorf("a closer like the line above: %q %q", s, r)
	}
	names := []byte("endValue;\n  \nendValue;\n")
	if _, r := codegen.Clean("endValue;", names, len("endValue;\n  "), true); r != "duplicate" {
		t.Errorf("a name starting with end is no closer: %q", r)
	}
	calls := []byte("s := CONCAT(\n    \n    CONCAT(\n        a, '('),\n    b);\n")
	if s, r := codegen.Clean("CONCAT(", calls, len("s := CONCAT(\n    "), false); r != "" || s != "CONCAT(" {
		t.Errorf("a nested call opened like the line below, for the gate to judge: %q %q", s, r)
	}
	if _, r := codegen.Clean("a, '(');", []byte("x := 1;\n\na, '(');\n"), len("x := 1;\n"), false); r != "duplicate" {
		t.Errorf("a bracket in a string opens nothing: %q", r)
	}
	if s, r := codegen.Clean("c := 3;\nd := 4;", text, off, false); r != "" || s != "c := 3;" {
		t.Errorf("single line: %q %q", s, r)
	}
}

// TestCleanLetsAnEndifCloseANestedConditional: nested `ifdef blocks end with an `endif
// after an `endif, so the inner one is no repeat of the line above or below when it closes
// a conditional the document leaves open there. One that closes nothing, or takes the
// `endif below its conditional, is still refused as one.
func TestCleanLetsAnEndifCloseANestedConditional(t *testing.T) {
	doc := []byte("module m;\n`ifdef HAS_BIST\n  assign so = si;\n  `ifdef HAS_SCAN // \"`ifdef\" in a comment\n  assign se = 1'b0;\n\n  `endif\nendmodule\n")
	inner := bytes.Index(doc, []byte("\n\n")) + 1
	if s, r := codegen.Clean("`endif", doc, inner, false); r != "" || s != "`endif" {
		t.Errorf("the inner `endif above the outer one is refused: %q %q", s, r)
	}
	if s, r := codegen.Clean("`endif // HAS_SCAN", doc, inner, false); r != "" || s != "`endif // HAS_SCAN" {
		t.Errorf("an `endif with a comment is refused: %q %q", s, r)
	}
	closed := []byte("`ifdef A\n  wire a;\n`endif\n\n`endif\n")
	if _, r := codegen.Clean("`endif", closed, bytes.Index(closed, []byte("\n\n"))+1, false); r != "duplicate" {
		t.Errorf("an `endif closing nothing is no closer: %q", r)
	}
	above := []byte("`ifdef A\n  wire a;\n`endif\n\n")
	if _, r := codegen.Clean("`endif", above, len(above)-1, false); r != "repeat" {
		t.Errorf("an `endif after the conditional's own is no closer: %q", r)
	}
}

func TestBuildPromptKeepsBudgetByWholeLines(t *testing.T) {
	var sb strings.Builder
	for i := 0; i < 2000; i++ {
		sb.WriteString("x := x + 1; (* line *)\n")
	}
	text := sb.String() + "CURSOR" + sb.String()
	off := strings.Index(text, "CURSOR")
	p := codegen.BuildPrompt([]byte(text), off, "//", codegen.Context{Blocks: []codegen.Block{{Source: "s", Text: "decl"}}}, 1000)
	total := codegen.EstimateTokens(p.Header + p.Prefix + p.Suffix)
	if total > 1000 || total < 700 {
		t.Errorf("prompt tokens %d, want close to 1000", total)
	}
	if !strings.HasPrefix(p.Suffix, "CURSOR") || !strings.HasSuffix(p.Prefix, "\n") || strings.HasPrefix(p.Prefix, " ") {
		t.Errorf("not cut at lines: prefix ends %q suffix starts %q", p.Prefix[len(p.Prefix)-5:], p.Suffix[:8])
	}
	if codegen.EstimateTokens(p.Suffix) > 200 {
		t.Errorf("suffix over a fifth: %d", codegen.EstimateTokens(p.Suffix))
	}
}

// A prompt is masked unless every backend runs in this process: an engine marked Local
// with only the embedded backend leaves the text as it is (nothing leaves the process),
// the same engine with a model host masks, and so does one not marked Local.
func TestPromptsAreMaskedWhenTheyCanLeaveTheProcess(t *testing.T) {
	const secret = "ghp_0123456789abcdefghijABCDEFGHIJ012345"
	text := strings.Replace(prog, "IF x > 0 THEN", "// token: "+secret+"\nIF x > 0 THEN", 1)
	f := parse(t, text)
	off := strings.Index(text, "  \nEND_IF") + 2
	req := codegen.SuggestRequest{Path: "p.st", File: f, Offset: off, Config: config.Default()}
	reg := codegen.NewRegistry(testPack{})
	for _, tc := range []struct {
		name   string
		engine *codegen.Engine
		masked bool
	}{
		{"local, embedded only", &codegen.Engine{Registry: reg, Fallback: embedded.New(), Local: true}, false},
		{"local flag with a model host", &codegen.Engine{Registry: reg, Primary: failing{codegen.ErrUnavailable}, Fallback: embedded.New(), Local: true}, true},
		{"not local", &codegen.Engine{Registry: reg, Fallback: embedded.New()}, true},
	} {
		_, pr := tc.engine.Prepare(context.Background(), testPack{}, req)
		if got := !strings.Contains(pr.Prefix, secret); got != tc.masked {
			t.Errorf("%s: masked %v, want %v: %q", tc.name, got, tc.masked, pr.Prefix)
		}
	}
}

// panickyPack's check panics, as a rule with a bug would outside the rules' own recovery.
type panickyPack struct{ testPack }

func (panickyPack) Check(context.Context, codegen.CheckRequest) codegen.CheckResult {
	panic("a bug in a check")
}

// The gate is prepared on a goroutine of its own while the prompt is built: a panic there
// must reach the request's goroutine, where the server recovers from it, and never take
// the process down.
func TestAPanicPreparingTheGateReachesTheCaller(t *testing.T) {
	f := parse(t, prog)
	e := &codegen.Engine{Registry: codegen.NewRegistry(panickyPack{testPack{hints: []string{"x := 0;"}}}), Fallback: embedded.New()}
	defer func() {
		if r := recover(); r != "a bug in a check" {
			t.Errorf("recovered %v, want the check's panic", r)
		}
	}()
	e.Suggest(context.Background(), codegen.SuggestRequest{Path: "p.st", File: f, Offset: cursorOffset, Config: config.Default()})
	t.Error("Suggest returned although the gate's check panicked")
}
