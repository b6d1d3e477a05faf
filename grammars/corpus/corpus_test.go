package corpus

import "testing"

func TestParseSplitsExamples(t *testing.T) {
	data := []byte(`==================
first
==================

a b

---

(source (word) (word))

=====
second one
=====
c
---
(source
  name: (word))
`)
	exs, err := Parse("x.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(exs) != 2 {
		t.Fatalf("got %d examples", len(exs))
	}
	if exs[0].Name != "first" || string(exs[0].Source) != "\na b\n" {
		t.Errorf("first: %q %q", exs[0].Name, exs[0].Source)
	}
	if Normalize(exs[1].Expected) != "(source name: (word))" {
		t.Errorf("second expected %q", Normalize(exs[1].Expected))
	}
}

func TestCompareDropsFieldsOnlyWhenExpectationHasNone(t *testing.T) {
	got, want := Compare("(a name: (b))", "(a (b))")
	if got != want {
		t.Errorf("%q vs %q", got, want)
	}
	got, want = Compare("(a name: (b))", "(a value: (b))")
	if got == want {
		t.Errorf("fields must be compared when the expectation names them")
	}
}

func TestParseRejectsMissingDivider(t *testing.T) {
	if _, err := Parse("x.txt", []byte("===\nx\n===\nabc\n")); err == nil {
		t.Fatal("want an error")
	}
}

func TestParseAssertionsFollowsTreeSitterConvention(t *testing.T) {
	src := []byte("x := 1; // plain comment\n" +
		"// another plain comment\n" +
		"IF a THEN b := c; END_IF\n" +
		"// <- keyword\n" +
		"//   ^ variable  ^^ !keyword\n")
	got := ParseAssertions(src, "//")
	want := []Assertion{
		{Line: 2, Column: 0, Capture: "keyword", SourceLine: 3},
		{Line: 2, Column: 5, Capture: "variable", SourceLine: 4},
		{Line: 2, Column: 17, Capture: "keyword", Negated: true, SourceLine: 4},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d assertions %+v, want %+v", len(got), got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("assertion %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}
