package gcode

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/rules/rulestest"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// fixtureConfig reads the gantry.toml beside a fixture, or the defaults: fixtures never
// pick up a configuration from above testdata.
func fixtureConfig(t testing.TB, path string) *config.Config {
	t.Helper()
	p := filepath.Join(filepath.Dir(path), config.FileName)
	if _, err := os.Stat(p); err != nil {
		return config.Default()
	}
	cfg, err := config.Load(p)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func checker(t *testing.T, pk *Pack) rulestest.Checker {
	return func(path string, f *syntax.File) []rules.Finding {
		abs, _ := filepath.Abs(path)
		return pk.Check(context.Background(), codegen.CheckRequest{Path: abs, File: f, Config: fixtureConfig(t, path)}).Findings
	}
}

var fixtureDirs = []string{"rules", "rules/machine", "rules/grbl", "rules/fanuc", "rules/fanuc-lathe", "rules/haas", "rules/marlin"}

// TestRuleFixtures runs every fixture named after a rule (testdata/rules/<rule-name>.*, and
// testdata/rules/<setup>/<rule-name>.* for a dialect or a machine profile, whose gantry.toml
// sits in that folder) against that rule; every rule has at least one.
func TestRuleFixtures(t *testing.T) {
	pk := New()
	check := checker(t, pk)
	for _, r := range pk.Rules() {
		name := strings.TrimPrefix(r.ID, "gcode/")
		var found []string
		for _, dir := range fixtureDirs {
			m, _ := filepath.Glob(filepath.Join("testdata", dir, name+".*"))
			for _, f := range m {
				if !strings.HasSuffix(f, ".toml") {
					found = append(found, f)
				}
			}
		}
		if len(found) == 0 {
			t.Errorf("%s: no fixture", r.ID)
			continue
		}
		for _, f := range found {
			t.Run(r.ID+"/"+filepath.Base(filepath.Dir(f)), func(t *testing.T) {
				rulestest.Run(t, language, f, check, r.ID)
			})
		}
	}
}

// TestFixtureWantsEverything: every fixture, run with every rule on, raises exactly the
// error-severity findings it marks — a fixture's clean part stays clean of every rule, not
// only of the rule it is named after. Fixtures named after no rule (clean programs for a
// warning, files other fixtures call) raise no finding of any severity.
func TestFixtureWantsEverything(t *testing.T) {
	pk := New()
	check := checker(t, pk)
	sev := map[string]rules.Severity{}
	for _, r := range pk.Rules() {
		sev[r.ID] = r.Severity
	}
	n := 0
	for _, dir := range fixtureDirs {
		files, _ := filepath.Glob(filepath.Join("testdata", dir, "*"))
		for _, path := range files {
			if st, err := os.Stat(path); err != nil || st.IsDir() || strings.HasSuffix(path, ".toml") {
				continue
			}
			n++
			base := strings.SplitN(filepath.Base(path), ".", 2)[0]
			_, named := sev["gcode/"+base]
			text, _ := os.ReadFile(path)
			f, err := syntax.Parse(context.Background(), language, text)
			if err != nil {
				t.Fatal(err)
			}
			want := rulestest.Expectations(text)
			for _, fd := range check(path, f) {
				line := f.Lines.LineOf(fd.Start) + 1
				if named && fd.Severity != rules.Error {
					continue
				}
				marked := false
				for _, id := range want[line] {
					marked = marked || id == fd.Rule
				}
				if !marked {
					t.Errorf("%s:%d: unmarked %s %s: %s", path, line, fd.Severity, fd.Rule, fd.Message)
				}
			}
		}
	}
	if n < 40 {
		t.Fatalf("only %d fixtures", n)
	}
}

// TestRuleDocs: every rule's metadata and documentation (rulestest.CheckDocs).
func TestRuleDocs(t *testing.T) { rulestest.CheckDocs(t, "gcode", All()) }

// TestProfileRulesSilentWithoutProfile: the profile fixtures checked without a profile
// raise nothing from rules that need one, and Skipped names them.
func TestProfileRulesSilentWithoutProfile(t *testing.T) {
	files, _ := filepath.Glob("testdata/rules/machine/*.ngc")
	pk := New()
	for _, path := range files {
		text, _ := os.ReadFile(path)
		f, err := syntax.Parse(context.Background(), language, text)
		if err != nil {
			t.Fatal(err)
		}
		res := pk.Check(context.Background(), codegen.CheckRequest{Path: path, File: f, Config: config.Default()})
		for _, fd := range res.Findings {
			for _, r := range All() {
				if r.ID == fd.Rule && r.NeedsProfile {
					t.Errorf("%s: %s reported without a profile", path, fd.Rule)
				}
			}
		}
		if len(res.Skipped) == 0 {
			t.Errorf("%s: no rule listed as skipped", path)
		}
	}
}

// TestProgramsNoErrors: realistic programs written for the project raise no
// error-severity finding, with and without the machine profile.
func TestProgramsNoErrors(t *testing.T) {
	files, _ := filepath.Glob("testdata/programs/*")
	if len(files) == 0 {
		t.Fatal("no programs")
	}
	pk := New()
	prof := fixtureConfig(t, "testdata/rules/machine/x.ngc")
	for _, path := range files {
		text, _ := os.ReadFile(path)
		f, err := syntax.Parse(context.Background(), language, text)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range syntax.Errors(f, f.Root()) {
			t.Errorf("%s:%d: syntax: %s", path, f.Lines.LineOf(e.Start)+1, e.Message)
		}
		cfgs := []*config.Config{config.Default()}
		if strings.HasSuffix(path, ".ngc") {
			cfgs = append(cfgs, prof) // the test machine is a LinuxCNC mill
		}
		for _, cfg := range cfgs {
			res := pk.Check(context.Background(), codegen.CheckRequest{Path: path, File: f, Config: cfg})
			for _, fd := range res.Findings {
				line := f.Lines.LineOf(fd.Start) + 1
				if fd.Severity == rules.Error {
					t.Errorf("%s:%d: %s: %s", path, line, fd.Rule, fd.Message)
				} else if testing.Verbose() {
					t.Logf("%s:%d: %s %s: %s", path, line, fd.Severity, fd.Rule, fd.Message)
				}
			}
		}
	}
}

// docExamples returns the program under "Example:" and the one under "Use instead:" in a
// rule's documentation (as doc writes them: indented by four spaces).
func docExamples(d string) (bad, good string, ok bool) {
	_, rest, ok1 := strings.Cut(d, "\n\nExample:\n")
	bad, good, ok2 := strings.Cut(rest, "\n\nUse instead:\n")
	unindent := func(s string) string {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			lines[i] = strings.TrimPrefix(l, "    ")
		}
		return strings.Join(lines, "\n") + "\n"
	}
	return unindent(bad), unindent(good), ok1 && ok2
}

// TestRuleDocExamples: each G-code rule's "Example" raises that rule and its "Use
// instead" does not, under the first configuration (default, the test machine's profile,
// Grbl, Fanuc) in which the example raises it.
func TestRuleDocExamples(t *testing.T) {
	pk := New()
	dir := t.TempDir()
	type setup struct {
		name string
		cfg  *config.Config
		ext  string
	}
	grbl, fanuc := config.Default(), config.Default()
	SettingsOf(grbl).Dialect, SettingsOf(fanuc).Dialect = "grbl", "fanuc"
	setups := []setup{
		{"default", config.Default(), ".ngc"},
		{"profile", fixtureConfig(t, "testdata/rules/machine/x.ngc"), ".ngc"},
		{"grbl", grbl, ".nc"},
		{"fanuc", fanuc, ".nc"},
	}
	run := func(id, text string, su setup) int {
		path := filepath.Join(dir, "example"+su.ext)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := syntax.Parse(context.Background(), language, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, fd := range pk.Check(context.Background(), codegen.CheckRequest{Path: path, File: f, Config: su.cfg}).Findings {
			if fd.Rule == id {
				n++
			}
		}
		return n
	}
	for _, r := range All() {
		bad, good, ok := docExamples(r.Doc.String())
		if !ok {
			t.Errorf("%s: no Example / Use instead in the doc", r.ID)
			continue
		}
		fired := false
		for _, su := range setups {
			if run(r.ID, bad, su) == 0 {
				continue
			}
			fired = true
			if n := run(r.ID, good, su); n > 0 {
				t.Errorf("%s: \"Use instead\" raises the rule %d time(s) (%s):\n%s", r.ID, n, su.name, good)
			}
			break
		}
		if !fired {
			t.Errorf("%s: \"Example\" does not raise the rule in any setup:\n%s", r.ID, bad)
		}
	}
}
