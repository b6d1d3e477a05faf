package retrieval

import (
	"strings"
	"testing"
)

func TestSearchFindsTheDefinitionsAStatementNeeds(t *testing.T) {
	files := map[string]string{
		"lib/valve.st": "FUNCTION_BLOCK FB_Valve\nVAR_INPUT\n  bOpenCmd : BOOL;\n  tTravel : TIME;\nEND_VAR\nVAR_OUTPUT\n  bOpened : BOOL;\nEND_VAR\nEND_FUNCTION_BLOCK\n",
		"lib/pump.st":  "FUNCTION_BLOCK FB_Pump\nVAR_INPUT\n  bRun : BOOL;\nEND_VAR\nEND_FUNCTION_BLOCK\n",
		"main.st":      strings.Repeat("x := x + 1;\n", 40) + "fbValve(bOpenCmd := TRUE, tTravel := T#2S);\n",
	}
	ix := Build(files)
	hits := ix.Search(Terms("fbValve : FB_Valve;\nfbValve(bOpenCmd := "), "main.st", 35, 45, 2, 1)
	if len(hits) == 0 || hits[0].Path != "lib/valve.st" {
		t.Fatalf("hits %+v", hits)
	}
	if len(ix.Search(Terms("completely unrelated words here"), "", 0, 0, 2, 1)) != 0 {
		t.Error("weak matches must stay out")
	}
}
