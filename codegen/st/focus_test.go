package st

import (
	"context"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
)

// TestFocusNarrowsLocalRulesToTheInsertion: a check with a focus in a POU's statements
// has the Local rules report only around it (the implicit narrowing two lines above is not
// looked at) while the other rules see the whole unit (the unused variable), and says so
// with a key that names the POU's declarations; a focus in the declarations, across a POU's
// end or in a property gets no key, and an insertion that adds a declaration gives another.
func TestFocusNarrowsLocalRulesToTheInsertion(t *testing.T) {
	src := `FUNCTION_BLOCK FB_A
VAR
    nX : INT;
    rY : REAL;
    nUnused : INT;
END_VAR
nX := rY;
nX := nX + 1;
|
nX := nX + 2;
END_FUNCTION_BLOCK

PROGRAM P_Main
VAR
    nZ : INT;
END_VAR
nZ := 1;
END_PROGRAM
`
	at := strings.IndexByte(src, '|')
	src = src[:at] + src[at+1:]
	check := func(text string, focus *[2]int) codegen.CheckResult {
		return New().Check(context.Background(), codegen.CheckRequest{Path: "a.st", File: parse(t, text), Config: config.Default(), Focus: focus})
	}
	rulesOf := func(res codegen.CheckResult) map[string]bool {
		out := map[string]bool{}
		for _, f := range res.Findings {
			out[f.Rule] = true
		}
		return out
	}
	whole := rulesOf(check(src, nil))
	if !whole["st/implicit-narrowing"] || !whole["st/unused-variable"] {
		t.Fatalf("the unit checked whole lacks the findings this test needs: %v", whole)
	}
	before := check(src, &[2]int{at, at})
	if before.FocusKey == "" || !strings.Contains(before.FocusKey, "FB_A") {
		t.Fatalf("no focus in FB_A's statements: key %q", before.FocusKey)
	}
	if got := rulesOf(before); got["st/implicit-narrowing"] || !got["st/unused-variable"] {
		t.Errorf("focused check: %v, want the unused variable and not the narrowing away from the focus", got)
	}
	// The candidate's own narrowing is seen, and the key is the same after it.
	cand := "nX := rY * 2.0;\n"
	after := check(src[:at]+cand+src[at:], &[2]int{at, at + len(cand)})
	if after.FocusKey != before.FocusKey || !rulesOf(after)["st/implicit-narrowing"] {
		t.Errorf("after %q: key %q (before %q), findings %v", cand, after.FocusKey, before.FocusKey, rulesOf(after))
	}
	other := strings.Index(src, "nZ := 1;")
	if key := check(src, &[2]int{other, other}).FocusKey; key == "" || key == before.FocusKey {
		t.Errorf("P_Main's statements: key %q, FB_A's %q", key, before.FocusKey)
	}
	decl := strings.Index(src, "    rY")
	if key := check(src, &[2]int{decl, decl}).FocusKey; key != "" {
		t.Errorf("a focus in the declarations got the key %q", key)
	}
	endVar := strings.Index(src, "nX := rY;")
	added := "VAR_TEMP\n    nT : INT;\nEND_VAR\n"
	if key := check(src[:endVar]+added+src[endVar:], &[2]int{endVar, endVar + len(added)}).FocusKey; key != "" {
		t.Errorf("an insertion that declares a variable got the key %q", key)
	}
	across := strings.Index(src, "END_FUNCTION_BLOCK")
	closing := "END_FUNCTION_BLOCK\nFUNCTION_BLOCK FB_B\n"
	if key := check(src[:across]+closing+src[across:], &[2]int{across, across + len(closing)}).FocusKey; key != "" {
		t.Errorf("an insertion across a POU's end got the key %q", key)
	}
	prop := `FUNCTION_BLOCK FB_P
VAR
    nX : INT;
END_VAR
PROPERTY Speed : INT
GET
VAR
    nLocal : INT;
END_VAR
|Speed := nX;
END_GET
END_PROPERTY
END_FUNCTION_BLOCK
`
	pat := strings.IndexByte(prop, '|')
	prop = prop[:pat] + prop[pat+1:]
	if res := check(prop, &[2]int{pat, pat}); res.FocusKey != "" {
		t.Errorf("a focus in a property's accessor got the key %q", res.FocusKey)
	}
}
