package rulestest

import (
	"bufio"
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var (
	ruleIDRe = lazyregexp.New(`^[a-z]+/[a-z0-9]+(-[a-z0-9]+)*$`)
	// saRe finds CODESYS static-analysis numbers, the anchors most often cited wrongly.
	saRe = lazyregexp.New(`SA\d{4}`)
	// hedgeRe finds wording that admits an anchor or a reason was not checked.
	hedgeRe = lazyregexp.New(`(?i)\b(unsure|not sure|maybe|i think|todo|fixme|tbd)\b`)
)

// CheckDocs checks what a user reads about every rule of a pack: an id of the pack's
// language in kebab case, a title, a category, anchors, and documentation in the
// catalog's four parts (rules.ParseDoc) whose example and fix differ. Where the rule
// catalog (../shared/rules.md beside the repository) lists the rule, the CODESYS numbers
// the rule cites must be among those the catalog gives it: an anchor is checked before it
// is cited. Without the catalog that part is skipped with a message.
func CheckDocs(t *testing.T, lang string, list []*rules.Rule) {
	t.Helper()
	catalog, where := readCatalog()
	if catalog == nil {
		t.Logf("rule catalog not found (%s): anchors are checked for form only", where)
	}
	if len(list) == 0 {
		t.Fatalf("%s: no rules", lang)
	}
	for _, r := range list {
		for _, problem := range docProblems(lang, r, catalog) {
			t.Errorf("%s: %s", r.ID, problem)
		}
	}
}

// docProblems lists what is wrong with one rule's metadata and documentation.
func docProblems(lang string, r *rules.Rule, catalog map[string]string) []string {
	var out []string
	add := func(s string) { out = append(out, s) }
	if !ruleIDRe.MatchString(r.ID) || !strings.HasPrefix(r.ID, lang+"/") {
		add(`the id is not "` + lang + `/kebab-case-name"`)
	}
	if strings.TrimSpace(r.Title) == "" {
		add("no title")
	}
	switch r.Category {
	case rules.Safety, rules.Correctness, rules.Style:
	default:
		add("category " + string(r.Category) + " is none of safety, correctness, style")
	}
	if r.Severity == rules.Off {
		add("default severity is off (use OffByDefault)")
	}
	if len(r.Anchors) == 0 {
		add("no anchors: name the references the rule answers to")
	}
	for _, a := range r.Anchors {
		if strings.TrimSpace(a) == "" {
			add("an empty anchor")
		}
		if hedgeRe.MatchString(a) {
			add("anchor " + quote(a) + " hedges: check the reference and cite it or leave it out")
		}
	}
	d, err := rules.ParseDoc(r.Doc.String())
	if err != nil {
		add("doc: " + err.Error())
		return out
	}
	if hedgeRe.MatchString(d.What) || hedgeRe.MatchString(d.Why) {
		add("the doc hedges (" + hedgeRe.FindString(d.What+" "+d.Why) + ")")
	}
	if strings.TrimSpace(d.Example) == strings.TrimSpace(d.UseInstead) {
		add(`"Example" and "Use instead" are the same code`)
	}
	if row, ok := catalog[r.ID]; ok {
		allowed := map[string]bool{}
		for _, n := range saRe.FindAllString(row, -1) {
			allowed[n] = true
		}
		for _, a := range r.Anchors {
			for _, n := range saRe.FindAllString(a, -1) {
				if !allowed[n] {
					add("cites " + n + ", which the catalog does not give this rule")
				}
			}
		}
	}
	return out
}

func quote(s string) string { return `"` + s + `"` }

// readCatalog reads the anchors column of every rule row of the shared catalog, keyed by
// rule id; nil when the file is absent. where says which path was tried.
func readCatalog() (map[string]string, string) {
	dir, err := os.Getwd()
	if err != nil {
		return nil, err.Error()
	}
	for ; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		if filepath.Dir(dir) == dir {
			return nil, "no go.mod above the test"
		}
	}
	path := filepath.Join(filepath.Dir(dir), "shared", "rules.md")
	f, err := os.Open(path)
	if err != nil {
		return nil, path
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cells := strings.Split(sc.Text(), "|")
		if len(cells) < 7 {
			continue
		}
		id := strings.Trim(strings.TrimSpace(cells[1]), "`")
		if ruleIDRe.MatchString(id) {
			out[id] = strings.TrimSpace(cells[len(cells)-2])
		}
	}
	return out, path
}
