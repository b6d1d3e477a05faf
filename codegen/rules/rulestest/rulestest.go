// Package rulestest checks rules against fixtures, go/analysis style: each fixture line that
// should raise a finding carries `want "rule-id"` in a comment of the fixture's language,
// once per finding expected (`want "r" "r"`: two), and `"rule-id: regexp"` also requires the
// finding's message to match; every other line must stay clean.
package rulestest

import (
	"context"
	"fmt"
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// Checker runs a pack's rules over a parsed fixture.
type Checker func(path string, f *syntax.File) []rules.Finding

var (
	wantRe = lazyregexp.New(`want((?:\s+"[^"]+")+)`)
	idRe   = lazyregexp.New(`"([^"]+)"`)
)

// Want is one expected finding: a rule id and, when the marker says `"id: pattern"`, a
// regular expression its message must match.
type Want struct {
	Rule    string
	Message *regexp.Regexp
}

// Expectations reads the `want` markers of text: line (1-based) → rule ids, one per finding
// expected (`want "a" "a"` expects two findings of rule a on that line).
func Expectations(text []byte) map[int][]string {
	out := map[int][]string{}
	for l, ws := range WantsOf(text) {
		for _, w := range ws {
			out[l] = append(out[l], w.Rule)
		}
		sort.Strings(out[l])
	}
	return out
}

// WantsOf reads the `want` markers of text with their message patterns.
func WantsOf(text []byte) map[int][]Want {
	out := map[int][]Want{}
	for i, line := range strings.Split(string(text), "\n") {
		m := wantRe.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		for _, q := range idRe.FindAllStringSubmatch(m[1], -1) {
			w := Want{Rule: q[1]}
			if id, pat, ok := strings.Cut(q[1], ": "); ok {
				w.Rule, w.Message = id, regexp.MustCompile(pat)
			}
			out[i+1] = append(out[i+1], w)
		}
	}
	return out
}

// Run checks every fixture matching glob (relative to the test's directory).
// When only is non-empty, findings of other rules are ignored (for per-rule fixtures).
func Run(t *testing.T, lang *sitter.Language, glob string, check Checker, only ...string) {
	t.Helper()
	files, err := filepath.Glob(glob)
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures match %s (%v)", glob, err)
	}
	for _, path := range files {
		path := path
		t.Run(filepath.Base(path), func(t *testing.T) {
			text, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, err := syntax.Parse(context.Background(), lang, text)
			if err != nil {
				t.Fatal(err)
			}
			for _, problem := range CompareWants(f, check(path, f), WantsOf(text), only) {
				t.Errorf("%s:%s", path, problem)
			}
		})
	}
}

// Compare returns one message per difference between findings and expectations (rule
// ids only).
func Compare(f *syntax.File, findings []rules.Finding, want map[int][]string, only []string) []string {
	wants := map[int][]Want{}
	for l, ids := range want {
		for _, id := range ids {
			wants[l] = append(wants[l], Want{Rule: id})
		}
	}
	return CompareWants(f, findings, wants, only)
}

// CompareWants returns one message per difference: on every line, each expected finding
// must be matched by its own finding of that rule (whose message matches the pattern, when
// one is given), and every finding must be expected.
func CompareWants(f *syntax.File, findings []rules.Finding, want map[int][]Want, only []string) []string {
	keep := func(id string) bool {
		if len(only) == 0 {
			return true
		}
		for _, o := range only {
			if o == id {
				return true
			}
		}
		return false
	}
	got := map[int][]rules.Finding{}
	for _, fd := range findings {
		if keep(fd.Rule) {
			line := f.Lines.LineOf(fd.Start) + 1
			got[line] = append(got[line], fd)
		}
	}
	lines := map[int]bool{}
	for l := range got {
		lines[l] = true
	}
	for l := range want {
		lines[l] = true
	}
	var order []int
	for l := range lines {
		order = append(order, l)
	}
	sort.Ints(order)
	var problems []string
	for _, l := range order {
		left := append([]rules.Finding(nil), got[l]...)
		// Patterns first: a bare id must not take the finding a pattern needs.
		ws := append([]Want(nil), want[l]...)
		sort.SliceStable(ws, func(i, j int) bool { return ws[i].Message != nil && ws[j].Message == nil })
		for _, w := range ws {
			if !keep(w.Rule) {
				continue
			}
			found := -1
			for i, fd := range left {
				if fd.Rule == w.Rule && (w.Message == nil || w.Message.MatchString(fd.Message)) {
					found = i
					break
				}
			}
			if found < 0 {
				if w.Message != nil {
					problems = append(problems, fmt.Sprintf("%d: missing finding %s with a message matching %q", l, w.Rule, w.Message))
				} else {
					problems = append(problems, fmt.Sprintf("%d: missing finding %s", l, w.Rule))
				}
				continue
			}
			left = append(left[:found], left[found+1:]...)
		}
		for _, fd := range left {
			problems = append(problems, fmt.Sprintf("%d: unexpected finding %s: %s", l, fd.Rule, fd.Message))
		}
	}
	return problems
}

// Unmarked lists the findings of severity min or above that no `want` marker on their line
// names: run with every rule on, it holds a fixture's clean part clean of every rule, not
// only of the rule the fixture is named after.
func Unmarked(f *syntax.File, findings []rules.Finding, min rules.Severity) []string {
	want := Expectations(f.Bytes())
	var out []string
	for _, fd := range findings {
		if fd.Severity < min {
			continue
		}
		line := f.Lines.LineOf(fd.Start) + 1
		if !slices.Contains(want[line], fd.Rule) {
			out = append(out, fmt.Sprintf("%d: unmarked %s %s: %s", line, fd.Severity, fd.Rule, fd.Message))
		}
	}
	return out
}
