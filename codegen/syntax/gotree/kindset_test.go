package gotree

import (
	"testing"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/grammars/gcode"
	"github.com/gantry-dev/gantry/grammars/st"
)

// TestKindSetAnswersAsTheNames: a KindSet says of every node what its kind's name says,
// for copies of two languages asked in turn (each its own table of kinds), for a node made
// alone and for an ERROR of Join.
func TestKindSetAnswersAsTheNames(t *testing.T) {
	stSrc := []byte("PROGRAM Main\nVAR\n\tn : INT;\nEND_VAR\nIF n > 1 THEN\n\tn := n - 1;\nEND_IF;\nMain2(x := ;\nEND_PROGRAM\n")
	gcSrc := []byte("G21 G90\nG0 X10 Y5 (move)\nM3 S1200\nM30\n")
	copyOf := func(lang *sitter.Language, src []byte) *Node {
		p := sitter.NewParser()
		p.SetLanguage(lang)
		tree, err := p.ParseCtx(t.Context(), nil, src)
		if err != nil {
			t.Fatal(err)
		}
		return Copy(lang, tree.RootNode(), src, 0, Options{})
	}
	copies := []*Node{copyOf(st.Language(), stSrc), copyOf(gcode.Language(), gcSrc)}
	set := NewKindSet("if_statement", "assignment", "identifier", "ERROR", "word", "comment")
	asked := 0
	for round := 0; round < 3; round++ {
		for _, c := range copies {
			c.Walk(func(n *Node) bool {
				if got, want := set.Has(n), set.names[n.Kind()]; got != want {
					t.Errorf("%s: Has %v, want %v", n.Kind(), got, want)
				}
				asked++
				return true
			})
		}
	}
	alone := Leaf("identifier", 0, 4, false, nil)
	joined := Join(0, 4, []*Node{Leaf("assignment", 0, 4, false, nil)}, nil)
	if !set.Has(alone) || !set.Has(joined) || set.Has(Leaf("integer", 0, 1, false, nil)) || set.Has(nil) {
		t.Error("nodes made alone: wrong answers")
	}
	if asked < 60 {
		t.Errorf("only %d nodes asked", asked)
	}
}
