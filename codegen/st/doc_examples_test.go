package st

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/syntax"
	stgrammar "github.com/gantry-dev/gantry/grammars/st"
)

// stDocExamples returns the code under "Example:" and under "Use instead:" in a rule's
// documentation (as doc writes them: indented by four spaces).
func stDocExamples(d string) (bad, good string, ok bool) {
	_, rest, ok1 := strings.Cut(d, "\n\nExample:\n\n")
	bad, rest, ok2 := strings.Cut(rest, "\n\nUse instead:\n\n")
	good, _, _ = strings.Cut(rest, "\n\nDialect")
	unindent := func(s string) string {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			lines[i] = strings.TrimPrefix(l, "    ")
		}
		return strings.Join(lines, "\n") + "\n"
	}
	return unindent(bad), unindent(good), ok1 && ok2
}

// TestRuleDocExamples: each ST rule's "Example" raises that rule and its "Use instead"
// does not, as a file of its own or, for a fragment of a body, inside a PROGRAM.
func TestRuleDocExamples(t *testing.T) {
	pk := New()
	var cfg *config.Config
	count := func(id, text, path string) int {
		f, err := syntax.Parse(context.Background(), stgrammar.Language(), []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, fd := range pk.Check(context.Background(), codegen.CheckRequest{Path: path, File: f, Config: cfg}).Findings {
			if fd.Rule == id {
				n++
			}
		}
		return n
	}
	for _, r := range All() {
		bad, good, ok := stDocExamples(r.Doc.String())
		if !ok {
			t.Errorf("%s: no Example / Use instead in the doc", r.ID)
			continue
		}
		cfg = config.Default()
		if strings.HasPrefix(bad, "[st]") { // a gantry.toml part the rule needs, then the code
			toml, code, _ := strings.Cut(bad, "\n\n")
			path := filepath.Join(t.TempDir(), "gantry.toml")
			if err := os.WriteFile(path, []byte(toml+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			c, err := config.Load(path)
			if err != nil {
				t.Fatalf("%s: the example's settings: %v", r.ID, err)
			}
			cfg, bad = c, code
		}
		path := "doc.st"
		if strings.Contains(bad, "#") && strings.Contains(strings.ToUpper(bad), "BEGIN") {
			path = "doc.scl"
		}
		wrap := func(s string) string { return s }
		if count(r.ID, bad, path) == 0 {
			wrap = func(s string) string { return "PROGRAM Doc\n" + s + "END_PROGRAM\n" }
		}
		if count(r.ID, wrap(bad), path) == 0 {
			t.Errorf("%s: \"Example\" does not raise the rule:\n%s", r.ID, bad)
			continue
		}
		if n := count(r.ID, wrap(good), path); n > 0 {
			t.Errorf("%s: \"Use instead\" raises the rule %d time(s):\n%s", r.ID, n, good)
		}
	}
}
