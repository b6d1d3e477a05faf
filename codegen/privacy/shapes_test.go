package privacy

import (
	"math/rand"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/zricethezav/gitleaks/v8/detect"
)

// The rule set matched here finds what gitleaks' own detector finds, the reference this
// package replaced to keep gitleaks' heavy imports out of every process. The texts are
// generated from each rule's regular expression (so every rule is exercised, not only
// the shapes someone thought of), alone, inside a line of code, several per text, and
// on a line that carries gitleaks' allow signature.
func TestShapesAgreeWithGitleaks(t *testing.T) {
	set := knownShapes()
	if set == nil {
		t.Fatal("the default rule set did not load")
	}
	reference, err := detect.NewDetectorDefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(61131))
	var texts []string
	for _, r := range set.rules {
		if r.Regex == nil {
			continue
		}
		re, err := syntax.Parse(r.Regex.String(), syntax.Perl)
		if err != nil {
			t.Fatalf("%s: %v", r.RuleID, err)
		}
		re = re.Simplify()
		for range 12 {
			s := generate(rng, re)
			if strings.ContainsAny(s, "\r\n") || !r.Regex.MatchString(s) {
				continue
			}
			texts = append(texts, s,
				"    sToken := '"+s+"'; (* Zugang für den Dienst *)",
				"key = "+s+" # "+allowSignature)
		}
	}
	// Several lines end with a line break: on an unterminated last line gitleaks takes the
	// whole text before the match as the match's line, so an allow signature on any earlier
	// line spares it. Gantry takes the line itself and masks such a secret.
	for i := 0; i+3 <= len(texts); i += 7 {
		texts = append(texts, strings.Join(texts[i:i+3], "\n")+"\n")
	}

	found := map[string]bool{} // rules gitleaks found something with
	for _, text := range texts {
		var want []string
		for _, f := range reference.DetectString(text) {
			want = append(want, f.RuleID+" "+f.Secret)
			found[f.RuleID] = true
		}
		got := withoutShadowedGeneric(set.find(text))
		slices.Sort(want)
		want = slices.Compact(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q:\n got %q\nwant %q", text, got, want)
		}
	}
	// A generator that stopped producing matches would make the comparison vacuous.
	if len(found) < 150 {
		t.Errorf("the generated texts exercise %d rules with a finding, want at least 150 of %d", len(found), len(set.rules))
	}
	t.Logf("%d texts, %d rules with findings", len(texts), len(found))
}

// withoutShadowedGeneric drops a generic rule's finding whose secret another rule's finding
// contains, as gitleaks' report does (it keeps the more specific rule), and returns the
// findings as sorted, distinct "rule secret" strings. Texts here have one secret per line
// or the shadowing is on the same line, which is gitleaks' condition.
func withoutShadowedGeneric(fs []shape) []string {
	var out []string
	for _, f := range fs {
		shadowed := false
		if strings.Contains(strings.ToLower(f.rule), "generic") {
			for _, g := range fs {
				if g.rule != f.rule && strings.Contains(g.secret, f.secret) && !strings.Contains(strings.ToLower(g.rule), "generic") {
					shadowed = true
					break
				}
			}
		}
		if !shadowed {
			out = append(out, f.rule+" "+f.secret)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// generate returns a random text re matches, or one close to it: anchors and word
// boundaries are not enforced, so the caller keeps only texts the rule really matches.
func generate(rng *rand.Rand, re *syntax.Regexp) string {
	var b strings.Builder
	var walk func(re *syntax.Regexp)
	repeat := func(sub *syntax.Regexp, min, max int) {
		if max < 0 || max > min+6 {
			max = min + 6
		}
		for range min + rng.Intn(max-min+1) {
			walk(sub)
		}
	}
	walk = func(re *syntax.Regexp) {
		switch re.Op {
		case syntax.OpLiteral:
			for _, r := range re.Rune {
				if re.Flags&syntax.FoldCase != 0 && rng.Intn(2) == 0 {
					r = unicode.SimpleFold(r)
				}
				b.WriteRune(r)
			}
		case syntax.OpCharClass:
			b.WriteRune(pick(rng, re.Rune))
		case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
			b.WriteByte("abcdefghijklmnopqrstuvwxyz0123456789"[rng.Intn(36)])
		case syntax.OpCapture:
			walk(re.Sub[0])
		case syntax.OpConcat:
			for _, s := range re.Sub {
				walk(s)
			}
		case syntax.OpAlternate:
			walk(re.Sub[rng.Intn(len(re.Sub))])
		case syntax.OpStar:
			repeat(re.Sub[0], 0, -1)
		case syntax.OpPlus:
			repeat(re.Sub[0], 1, -1)
		case syntax.OpQuest:
			repeat(re.Sub[0], 0, 1)
		case syntax.OpRepeat:
			repeat(re.Sub[0], re.Min, re.Max)
		}
	}
	walk(re)
	return b.String()
}

// pick returns a random rune of a character class, printable ASCII other than space when
// the class has some (secrets are written in it), else the class's first.
func pick(rng *rand.Rand, ranges []rune) rune {
	var printable []rune
	for i := 0; i+1 < len(ranges); i += 2 {
		for r := max(ranges[i], '!'); r <= min(ranges[i+1], '~'); r++ {
			printable = append(printable, r)
		}
	}
	if len(printable) > 0 {
		return printable[rng.Intn(len(printable))]
	}
	if len(ranges) == 0 {
		return 'x'
	}
	return ranges[0]
}
