// Package rulestest checks rules against fixtures, go/analysis style: each fixture line that
// should raise a finding carries `want "rule-id"` (several ids may follow) in a comment of
// the fixture's language; every other line must stay clean.
package rulestest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
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
	wantRe = regexp.MustCompile(`want((?:\s+"[^"]+")+)`)
	idRe   = regexp.MustCompile(`"([^"]+)"`)
)

// Expectations reads the `want` markers of text: line (1-based) → sorted rule ids.
func Expectations(text []byte) map[int][]string {
	out := map[int][]string{}
	for i, line := range strings.Split(string(text), "\n") {
		m := wantRe.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		for _, id := range idRe.FindAllStringSubmatch(m[1], -1) {
			out[i+1] = append(out[i+1], id[1])
		}
		sort.Strings(out[i+1])
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
			for _, problem := range Compare(f, check(path, f), Expectations(text), only) {
				t.Errorf("%s:%s", path, problem)
			}
		})
	}
}

// Compare returns one message per difference between findings and expectations.
func Compare(f *syntax.File, findings []rules.Finding, want map[int][]string, only []string) []string {
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
	got := map[int][]string{}
	msgs := map[string]string{}
	for _, fd := range findings {
		if !keep(fd.Rule) {
			continue
		}
		line := f.Lines.LineOf(fd.Start) + 1
		got[line] = append(got[line], fd.Rule)
		msgs[fmt.Sprint(line, fd.Rule)] = fd.Message
	}
	var problems []string
	lines := map[int]bool{}
	for l := range got {
		lines[l] = true
	}
	for l, ids := range want {
		var kept []string
		for _, id := range ids {
			if keep(id) {
				kept = append(kept, id)
			}
		}
		want[l] = kept
		lines[l] = true
	}
	var order []int
	for l := range lines {
		order = append(order, l)
	}
	sort.Ints(order)
	for _, l := range order {
		g := unique(got[l])
		w := unique(want[l])
		for _, id := range w {
			if !contains(g, id) {
				problems = append(problems, fmt.Sprintf("%d: missing finding %s", l, id))
			}
		}
		for _, id := range g {
			if !contains(w, id) {
				problems = append(problems, fmt.Sprintf("%d: unexpected finding %s: %s", l, id, msgs[fmt.Sprint(l, id)]))
			}
		}
	}
	return problems
}

func unique(s []string) []string {
	sort.Strings(s)
	out := s[:0:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
