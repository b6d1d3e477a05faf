package rulestest

import (
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen/rules"
)

func TestDocProblemsFindsWhatAReaderWouldCorrect(t *testing.T) {
	good := rules.Doc("Reports X.", "X stops the line.", "x := 1;", "y := 1;")
	catalog := map[string]string{"st/x": "SA0037 (VAR_INPUT)"}
	cases := []struct {
		rule rules.Rule
		want string
	}{
		{rules.Rule{ID: "st/x", Title: "X", Category: rules.Safety, Severity: rules.Error, Anchors: []string{"CODESYS SA0037"}, Doc: good}, ""},
		{rules.Rule{ID: "st/X_y", Title: "X", Category: rules.Safety, Severity: rules.Error, Anchors: []string{"a"}, Doc: good}, "kebab"},
		{rules.Rule{ID: "st/x", Title: "X", Category: rules.Safety, Severity: rules.Error, Doc: good}, "no anchors"},
		{rules.Rule{ID: "st/x", Title: "X", Category: rules.Safety, Severity: rules.Error, Anchors: []string{"SA0133/SA0134 (unsure which)"}, Doc: good}, "hedges"},
		{rules.Rule{ID: "st/x", Title: "X", Category: rules.Safety, Severity: rules.Error, Anchors: []string{"CODESYS SA0051"}, Doc: good}, "cites SA0051"},
		{rules.Rule{ID: "st/x", Title: "X", Category: rules.Safety, Severity: rules.Error, Anchors: []string{"a"}, Doc: rules.Doc("Reports X.", "X.", "x := 1;", "x := 1;")}, "same code"},
		{rules.Rule{ID: "st/x", Title: "X", Category: rules.Safety, Severity: rules.Error, Anchors: []string{"a"}, Doc: rules.DocText("What it does: X.\n\nWhy is this bad? Y.\n\nExample:\n\n    a\n\nUse instead: something else.")}, "Use instead"},
		{rules.Rule{ID: "st/x", Title: "X", Category: "fun", Severity: rules.Error, Anchors: []string{"a"}, Doc: good}, "category"},
	}
	for _, c := range cases {
		got := strings.Join(docProblems("st", &c.rule, catalog), "; ")
		if c.want == "" && got != "" || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s %v: problems %q, want %q", c.rule.ID, c.rule.Anchors, got, c.want)
		}
	}
}
