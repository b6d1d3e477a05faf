package st

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
)

// TestGateFocusDecidesAsTheWholeUnit: the gate's verdict on a candidate is the same whether
// the Local rules look only at the statements around the insertion or at the whole unit.
// Each sample file gets candidates made from its own statements, as they are and with
// values that trip the Local rules (a REAL into an integer, a string, a time, a constant
// condition, a comparison with TRUE, a CASE with a label twice and no ELSE, a division by
// zero, a FOR loop writing its counter), inserted at
// line starts spread over each POU's statements.
func TestGateFocusDecidesAsTheWholeUnit(t *testing.T) {
	var paths []string
	for _, pattern := range []string{"testdata/rules/*.st", "../../testdata/st/corpus/*", "../../testdata/scl/*/*.scl"} {
		m, _ := filepath.Glob(pattern)
		paths = append(paths, m...)
	}
	if len(paths) < 40 {
		t.Fatalf("only %d sample files", len(paths))
	}
	assignment := regexp.MustCompile(`^\s*([A-Za-z_#"][\w."#\[\]]*)\s*:=\s*[^;]+;\s*$`)
	ctx := context.Background()
	cfg := config.Default()
	vetted, focused := 0, 0
	for _, path := range paths {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		src := string(raw)
		var cands []string
		for _, line := range strings.Split(src, "\n") {
			m := assignment.FindStringSubmatch(line)
			if m == nil || len(cands) >= 18 {
				continue
			}
			target := m[1]
			cands = append(cands, strings.TrimSpace(line),
				target+" := 3.75;", target+" := 'text';", target+" := T#2S;", target+" := TRUE;",
				"IF "+target+" = TRUE THEN\n"+target+" := "+target+";\nEND_IF;",
				"CASE "+target+" OF\n1: ;\n1: ;\nEND_CASE;",
				target+" := "+target+" / 0;", "FOR "+target+" := 1 TO 2 DO\n"+target+" := 0;\nEND_FOR;")
		}
		if len(cands) == 0 {
			continue
		}
		f := parse(t, src)
		probe := New()
		f.Lock()
		m := probe.cache.modelOf(f)
		var pous []*POU
		for _, u := range m.Units {
			var add func(p *POU)
			add = func(p *POU) {
				pous = append(pous, p)
				for _, c := range p.Children {
					add(c)
				}
			}
			for _, p := range u.POUs(f.Bytes()) {
				add(p)
			}
		}
		f.Unlock()
		for _, p := range pous {
			starts := lineStartsIn(src, p.DeclEnd, p.End)
			for i := len(starts) / 4; i < len(starts); i += max(1, len(starts)/2) {
				at := starts[i]
				gates := [2]*codegen.Gate{}
				for j, whole := range []bool{false, true} {
					pk := New()
					pk.wholeUnits = whole
					c := pk.Context(ctx, codegen.ContextRequest{Path: path, File: f, Offset: at, Config: cfg})
					gates[j] = codegen.NewGate(ctx, pk, codegen.CheckRequest{Path: path, File: f, Config: cfg}, at, c.Unit)
				}
				for _, cand := range cands {
					text := cand + "\n"
					got, want := gates[0].Vet(ctx, text), gates[1].Vet(ctx, text)
					vetted++
					if got.Reason != "syntax" {
						focused++
					}
					if got.Text != want.Text || got.Reason != want.Reason || got.Rule != want.Rule {
						t.Errorf("%s at %d, %q: focused %v, whole %v", path, at, cand, got, want)
					}
				}
			}
		}
	}
	if focused < 1500 {
		t.Errorf("only %d of %d candidates got past the syntax check", focused, vetted)
	}
	t.Logf("%d candidates vetted, %d past the syntax check", vetted, focused)
}

// lineStartsIn returns the offsets of the line starts in src within [from, to).
func lineStartsIn(src string, from, to int) []int {
	var out []int
	for i := from; i < to && i < len(src); i++ {
		if i > 0 && src[i-1] == '\n' {
			out = append(out, i)
		}
	}
	return out
}
