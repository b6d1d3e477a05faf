package rules

import (
	"strings"
	"testing"
)

func TestDocRoundTrip(t *testing.T) {
	d := Doc("Reports X.", "X stops the line.", "IF a THEN\n    x := 1;\nEND_IF", "y := 1;", "Dialects: all.").String()
	for _, part := range []string{"What it does: Reports X.", "\n\nWhy is this bad? X stops", "\n\nExample:\n\n    IF a THEN\n        x := 1;", "\n\nUse instead:\n\n    y := 1;", "\n\nDialects: all."} {
		if !strings.Contains(d, part) {
			t.Errorf("Doc lacks %q:\n%s", part, d)
		}
	}
	p, err := ParseDoc(d)
	if err != nil {
		t.Fatal(err)
	}
	want := DocParts{What: "Reports X.", Why: "X stops the line.", Example: "IF a THEN\n    x := 1;\nEND_IF\n", UseInstead: "y := 1;\n", Notes: "Dialects: all."}
	if p != want {
		t.Errorf("ParseDoc = %+v, want %+v", p, want)
	}
}

func TestParseDocNamesTheMissingPart(t *testing.T) {
	for doc, want := range map[string]string{
		"Reports X.":                                                   "does not open",
		"What it does: X.\n\nExample:\n\n    a":                        "Why is this bad",
		"What it does: X.\n\nWhy is this bad? Y.":                      "Example",
		"What it does: X.\n\nWhy is this bad? Y.\n\nExample:\n\n    a": "Use instead",
		"What it does: X.\n\nWhy is this bad? Y.\n\nExample:\n\n    a\n\nUse instead:\n\nPlain prose.": `"Use instead" has no code`,
	} {
		if _, err := ParseDoc(doc); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseDoc(%q) = %v, want an error about %s", doc, err, want)
		}
	}
}

func TestDocumentationWrittenByHandIsKeptAsWritten(t *testing.T) {
	if got := (Documentation{}).String(); got != "" {
		t.Errorf("no documentation reads %q", got)
	}
	text := "What it does: X.\n\nWhy is this bad? Y."
	if got := DocText(text).String(); got != text {
		t.Errorf("DocText reads %q", got)
	}
}
