package st

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/rules/rulestest"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// TestRuleFixtures runs every testdata/rules/<rule-name>.st fixture against its own rule.
func TestRuleFixtures(t *testing.T) {
	pk := New()
	check := checker(t, pk, nil)
	for _, r := range pk.Rules() {
		path := filepath.Join("testdata", "rules", strings.TrimPrefix(r.ID, "st/")+".st")
		if _, err := os.Stat(path); err != nil {
			t.Errorf("%s: no fixture %s", r.ID, path)
			continue
		}
		t.Run(r.ID, func(t *testing.T) {
			// A fixture the grammar cannot read tests error recovery, not the rule: only
			// fixtures whose rule is about text the grammar rejects may hold syntax errors.
			if n := fixtureSyntaxErrors(t, path); n > 0 && !rejectedOnPurpose[r.ID] {
				t.Errorf("%s: %d syntax errors: the grammar does not read this fixture", path, n)
			}
			rulestest.Run(t, language, path, check, r.ID)
		})
	}
}

// rejectedOnPurpose are the rules whose fixtures hold code the grammar rejects: a
// comparison written as a statement (`nCount = 0;`) is no ST statement, and the rule
// reports it from the text.
var rejectedOnPurpose = map[string]bool{"st/statement-no-effect": true}

func fixtureSyntaxErrors(t *testing.T, path string) int {
	f, _ := parseFixture(t, path)
	return syntax.Count(f.Root())
}

// parseFixture reads and parses a fixture file.
func parseFixture(t *testing.T, path string) (*syntax.File, []byte) {
	t.Helper()
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := syntax.Parse(context.Background(), language, text)
	if err != nil {
		t.Fatal(err)
	}
	return f, text
}

// TestCorpusNoErrors: real library-style code from the grammar's corpus raises no
// error-severity finding (warnings and infos are allowed: they are opinions).
func TestCorpusNoErrors(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/st/corpus/*.st")
	scl, _ := filepath.Glob("../../testdata/st/corpus/*.scl")
	files = append(files, scl...)
	if len(files) == 0 {
		t.Skip("no corpus")
	}
	ws := loadWorkspace(t, files...)
	pk := New()
	cfg := testConfig()
	for _, wf := range ws.files {
		res := pk.Check(t.Context(), checkReq(wf.Path, wf.File, cfg, ws))
		for _, f := range res.Findings {
			line := wf.File.Lines.LineOf(f.Start) + 1
			if f.Severity == rules.Error && !knownTrue(wf.Path, f.Rule, f.Message) {
				t.Errorf("%s:%d: %s: %s", wf.Path, line, f.Rule, f.Message)
			} else if testing.Verbose() {
				t.Logf("%s:%d: %s %s: %s", wf.Path, line, f.Severity, f.Rule, f.Message)
			}
		}
	}
}

// knownTrue lists corpus findings that are real bugs in the sample code, not false alarms:
// FB_PickAndPlace writes members of its VAR_INPUT structs stZ/stX (the caller never sees
// those writes).
func knownTrue(path, rule, msg string) bool {
	return strings.HasSuffix(path, "machine_sequencer.st") && rule == "st/write-to-input" &&
		(strings.Contains(msg, "writes stZ") || strings.Contains(msg, "writes stX"))
}

// Every rule's documentation says which dialects it applies to.
// TestRuleDocs: every rule's metadata and documentation (rulestest.CheckDocs).
func TestRuleDocs(t *testing.T) { rulestest.CheckDocs(t, "st", All()) }

func TestRuleDocsNameDialects(t *testing.T) {
	for _, r := range All() {
		if !strings.Contains(r.Doc.String(), "Dialect") {
			t.Errorf("%s: the doc does not say which dialects it applies to", r.ID)
		}
	}
}

// TestFixturesCleanOfEveryRule: each fixture, checked with every rule on, raises no error
// that its `want` markers do not name — the clean part of a fixture stays clean of every
// rule, not only of the one it is named after.
func TestFixturesCleanOfEveryRule(t *testing.T) {
	check := checker(t, New(), nil)
	files, _ := filepath.Glob("testdata/rules/*.st")
	if len(files) < len(All()) {
		t.Fatalf("%d fixtures for %d rules", len(files), len(All()))
	}
	for _, path := range files {
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f := parse(t, string(text))
		for _, problem := range rulestest.Unmarked(f, check(path, f), rules.Error) {
			t.Errorf("%s:%s", path, problem)
		}
	}
}
