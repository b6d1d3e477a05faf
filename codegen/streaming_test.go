package codegen_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/gcode"
	"github.com/gantry-dev/gantry/codegen/ollama"
	"github.com/gantry-dev/gantry/codegen/ollama/ollamatest"
	"github.com/gantry-dev/gantry/codegen/rtl"
	"github.com/gantry-dev/gantry/codegen/st"
)

// The streaming gate stops the model once the text passes the gate and closes the block it
// opened, and a stream that breaks is cut back to its last passing prefix.
func TestStreamingGateStopsEarly(t *testing.T) {
	fake := ollamatest.NewServer(t, ollamatest.CodeModel("fim"))
	chunks := []string{"IF nCount > 10 THEN\n", "    nCount := 0;\n", "END_IF;\n"}
	for i := 0; i < 60; i++ {
		chunks = append(chunks, "nCount := nCount + 1;\n")
	}
	fake.Reply(ollamatest.Reply{Chunks: chunks, Delay: 20 * time.Millisecond})
	prog := "PROGRAM P\nVAR\n  nCount : INT;\nEND_VAR\n\nEND_PROGRAM\n"
	f := parse(t, prog)
	cfg := config.Default()
	cfg.Completion.Candidates = 1
	e := &codegen.Engine{Registry: codegen.NewRegistry(st.New()), Primary: ollama.New(ollama.Config{Host: fake.URL, Model: "fim"})}
	res, err := e.Suggest(context.Background(), codegen.SuggestRequest{Path: "p.st", File: f, Offset: strings.Index(prog, "\nEND_PROGRAM"), Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Suggestions) != 1 || res.Suggestions[0].Text != "IF nCount > 10 THEN\n    nCount := 0;\nEND_IF;" {
		t.Fatalf("suggestions %+v dropped %+v", res.Suggestions, res.Dropped)
	}
	// A stream read to its end is not cancelled: the cancellation proves the early stop.
	select {
	case <-fake.Canceled():
	case <-time.After(5 * time.Second):
		t.Error("the model host never saw the request cancelled")
	}
}

const clockedModule = "module m (input clk, input rst_n, input d, output reg q);\n" +
	"  always @(posedge clk or negedge rst_n) begin\n    \n  end\nendmodule\n"

// suggestRTL asks the pipeline for a suggestion on the blank line of clockedModule with the
// fake model streaming chunks.
func suggestRTL(t *testing.T, cfg *config.Config, chunks ...string) (*codegen.Result, *ollamatest.Server) {
	t.Helper()
	fake := ollamatest.NewServer(t, ollamatest.CodeModel("fim"))
	fake.Reply(ollamatest.Reply{Chunks: chunks, Delay: 20 * time.Millisecond})
	f, err := codegen.Parse(context.Background(), rtl.New(), "m.v", []byte(clockedModule))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Completion.Candidates = 1
	e := &codegen.Engine{Registry: codegen.NewRegistry(rtl.New()), Primary: ollama.New(ollama.Config{Host: fake.URL, Model: "fim"})}
	res, err := e.Suggest(context.Background(), codegen.SuggestRequest{Path: "m.v", File: f, Offset: strings.Index(clockedModule, "    \n") + 4, Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	return res, fake
}

// A model answer `if (!rst_n) begin … end` followed by `else begin … end` on the next lines
// is one construct: the streaming gate reads on past the first `end` and keeps both
// branches, then stops before the next statement.
func TestStreamingGateKeepsTheElseBranch(t *testing.T) {
	chunks := []string{"if (!rst_n) begin\n", "      q <= 1'b0;\n", "    end\n", "    else begin\n", "      q <= d;\n", "    end\n"}
	for i := 0; i < 40; i++ {
		chunks = append(chunks, fmt.Sprintf("    // step %d\n", i))
	}
	res, fake := suggestRTL(t, config.Default(), chunks...)
	want := "if (!rst_n) begin\n      q <= 1'b0;\n    end\n    else begin\n      q <= d;\n    end"
	if len(res.Suggestions) != 1 || res.Suggestions[0].Text != want {
		t.Fatalf("suggestions %+v dropped %+v, want %q", res.Suggestions, res.Dropped, want)
	}
	select {
	case <-fake.Canceled():
	case <-time.After(5 * time.Second):
		t.Error("the model host never saw the request cancelled")
	}
}

// A blocking `=` in a clocked block is a warning for code a person wrote, but the gate holds
// model code to --ai-only severity: the candidate is dropped and the drop names the rule.
// With [gate] drop listing no category but style, the same candidate passes.
func TestGateDropsBlockingAssignmentInClockedBlock(t *testing.T) {
	res, _ := suggestRTL(t, config.Default(), "q = d;\n")
	if len(res.Suggestions) != 0 || len(res.Dropped) != 1 {
		t.Fatalf("suggestions %+v dropped %+v", res.Suggestions, res.Dropped)
	}
	d := res.Dropped[0]
	if d.Reason != "rule:rtl/blocking-in-sequential" || d.Rule != "rtl/blocking-in-sequential" || !strings.Contains(d.Message, "q") {
		t.Errorf("dropped %+v", d)
	}
	cfg := config.Default()
	cfg.Gate.Drop = []string{"style"}
	res, _ = suggestRTL(t, cfg, "q = d;\n")
	if len(res.Suggestions) != 1 || res.Suggestions[0].Text != "q = d;" {
		t.Errorf("with [gate] drop = [\"style\"]: suggestions %+v dropped %+v", res.Suggestions, res.Dropped)
	}
}

// Each pack names the lines that continue a construct its previous lines left complete.
func TestPacksNameTheirContinuationLines(t *testing.T) {
	for _, tc := range []struct {
		pack codegen.Continuations
		line string
		want bool
	}{
		{st.New(), "ELSIF nCount > 3 THEN", true},
		{st.New(), "  else", true},
		{st.New(), "END_IF;", false},
		{st.New(), "nElse := 1;", false},
		{rtl.New(), "else begin", true},
		{rtl.New(), "  end else if (en) begin", true},
		{rtl.New(), "end", false},
		{rtl.New(), "elsewhere <= 1'b0;", false},
		{gcode.New(), "o100 else", true},
		{gcode.New(), "N20 O<probe> ELSEIF [#1 GT 2]", true},
		{gcode.New(), "o100 endif", false},
		{gcode.New(), "G1 X10 (else)", false},
	} {
		if got := tc.pack.Continues(tc.line); got != tc.want {
			t.Errorf("%T.Continues(%q) = %v, want %v", tc.pack, tc.line, got, tc.want)
		}
	}
}

// In ST too a correctness warning drops a model's candidate (an exact REAL comparison),
// while what only an unfinished POU lacks (a timer whose Q is read on a line not yet
// written) does not.
func TestGateHoldsSTCandidatesToAISeverity(t *testing.T) {
	prog := "PROGRAM P\nVAR\n  fbT : TON;\n  bRun : BOOL;\n  rX : REAL;\nEND_VAR\n\nEND_PROGRAM\n"
	f := parse(t, prog)
	off := strings.Index(prog, "\nEND_PROGRAM")
	g := codegen.NewGate(context.Background(), st.New(), codegen.CheckRequest{Path: "p.st", File: f, Config: config.Default()}, off, [2]int{0, len(prog)})
	if v := g.Vet(context.Background(), "\nfbT(IN := bRun, PT := T#1S);"); v.Reason != "" {
		t.Errorf("timer call: %v", v)
	}
	if v := g.Vet(context.Background(), "\nbRun := rX = 1.5;"); v.Rule != "st/real-equality" {
		t.Errorf("exact REAL comparison: %v", v)
	}
}
