package ollama_test

import (
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/ollama"
)

func TestEstimateTokens(t *testing.T) {
	for _, tc := range []struct {
		text string
		min  int // a lower bound from how digit-splitting BPE vocabularies cut it
	}{
		// G, 0, 1, " X", 1, 2, 3, ".", 4, 5, 6, " Y", 7, 8, ".", 9, " F", 1, 5, 0, 0, "\n"
		{"G01 X123.456 Y78.9 F1500\n", 22},
		{"IF start THEN\n    motor := TRUE;\nEND_IF;", 12},
		{"always_ff @(posedge clk) begin", 8},
		{"(* Türverriegelung prüfen *)", 8},
		{"", 0},
	} {
		if got := ollama.EstimateTokens(tc.text); got < tc.min {
			t.Errorf("EstimateTokens(%q) = %d, want at least %d", tc.text, got, tc.min)
		}
	}
	// Numbers split into digits: a G-code program costs far more than runes/3.
	gcode := strings.Repeat("G01 X123.456 Y78.9 F1500\n", 100)
	if est, naive := ollama.EstimateTokens(gcode), len([]rune(gcode))/3; est < 2*naive {
		t.Fatalf("G-code: %d vs runes/3 %d", est, naive)
	}
}

func TestFitsContext(t *testing.T) {
	// The prompt gets what the context holds besides the answer, less a little room for the
	// fill-in-the-middle markers; a context the answer alone fills leaves nothing.
	if b := ollama.PromptBudget(4096, 128); b >= 4096-128 || b < 4096-128-64 {
		t.Fatalf("PromptBudget(4096, 128) = %d: want a little under %d", b, 4096-128)
	}
	if b := ollama.PromptBudget(100, 200); b != 0 {
		t.Fatalf("PromptBudget(100, 200) = %d, want 0", b)
	}
	line := "G01 X1.5 Y2.5\n" // 14 tokens
	if !ollama.FitsContext(strings.Repeat(line, 10), 512, 128) || ollama.FitsContext(strings.Repeat(line, 100), 512, 128) {
		t.Fatal("FitsContext")
	}
	b := ollama.New(ollama.Config{NumCtx: 2048, NumPredict: 100})
	if b.PromptBudget(0) != 2048-100-32 || b.PromptBudget(500) != 2048-500-32 {
		t.Fatal("Backend.PromptBudget")
	}
}

func TestFillTrimsToContext(t *testing.T) {
	// An engine budget counted with runes/3 lets a G-code prefix through that would
	// overflow num_ctx; Ollama would then drop the head of the prompt, FIM tokens and
	// all. The backend trims by whole lines instead, keeping the lines at the cursor.
	srv, b := newFake(t, ollama.Config{NumCtx: 512, NumPredict: 64})
	var prefix strings.Builder
	for i := range 200 {
		prefix.WriteString("N" + strings.Repeat("1", i%5+1) + " G01 X1.5 Y2.5\n")
	}
	prefix.WriteString("G01 X")
	req := codegen.FillRequest{Header: "; context\n", Prefix: prefix.String(), Suffix: strings.Repeat("M05\n", 300) + "M30"}
	fill(t, b, req)
	g := srv.Generates()[0]
	if !ollama.FitsContext(g.Prompt+g.Suffix, 512, 64) {
		t.Fatalf("prompt of %d estimated tokens sent with num_ctx 512", ollama.EstimateTokens(g.Prompt+g.Suffix))
	}
	if !strings.HasSuffix(g.Prompt, "Y2.5\nG01 X") || !strings.HasPrefix(g.Suffix, "M05\n") || strings.Contains(g.Prompt, "; context") {
		t.Fatalf("trimmed wrongly: prompt tail %q, suffix head %q", g.Prompt[max(0, len(g.Prompt)-20):], g.Suffix[:min(8, len(g.Suffix))])
	}
	if ollama.EstimateTokens(g.Prompt) < 200 {
		t.Fatalf("trimmed too much: %d tokens of prefix left", ollama.EstimateTokens(g.Prompt))
	}

	// What fits goes out untouched.
	small := codegen.FillRequest{Header: "; context", Prefix: "G01 X", Suffix: "\nM30"}
	fill(t, b, small)
	if g := srv.Generates()[1]; g.Prompt != "; context\nG01 X" || g.Suffix != "\nM30" {
		t.Fatalf("small request changed: %q / %q", g.Prompt, g.Suffix)
	}
}
