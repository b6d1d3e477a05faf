package privacy

import (
	"math"
	"regexp"
	"strings"
	"sync"

	ahocorasick "github.com/BobuSumisu/aho-corasick"
	"github.com/rs/zerolog"
	"github.com/spf13/viper"
	"github.com/zricethezav/gitleaks/v8/config"
	"github.com/zricethezav/gitleaks/v8/logging"
)

// Secrets of known shapes are found with gitleaks' default rule set (its config package:
// the rules, their keywords, entropy thresholds and allowlists), matched here the way
// gitleaks' detector matches one text without a path or a commit. The detector's package
// is not imported: it links archive readers, report templates and terminal styling whose
// package initialisation and pages cost every gantry process about 8 ms at start (a third
// of `gantry version`), for nothing a prompt needs. TestShapesAgreeWithGitleaks holds the two
// to the same findings.

// allowSignature on a secret's line tells gitleaks (and so Gantry) to leave it.
const allowSignature = "gitleaks:allow"

// shapes is the compiled rule set.
type shapes struct {
	rules     []config.Rule // in the config's order
	allow     []*config.Allowlist
	prefilter *ahocorasick.Trie // every rule keyword, lower case
}

var (
	shapesOnce sync.Once
	ruleSet    *shapes
)

// Warm compiles the rule set and the secret words' expressions in the background (tens
// of milliseconds of regular expressions and tries): a process that will mask text calls
// it first, so the build overlaps with reading and parsing the workspace instead of adding
// to them.
func Warm() {
	go func() {
		knownShapes()
		for _, re := range []func() *regexp.Regexp{privateKey, secretWord, secretPhrase, pin, connPassword, urlCredential, guid} {
			re()
		}
	}()
}

func knownShapes() *shapes {
	shapesOnce.Do(func() {
		logging.Logger = zerolog.Nop() // a library must not write to the server's stderr
		ruleSet, _ = loadShapes(config.DefaultConfig)
	})
	return ruleSet
}

// loadShapes reads a gitleaks configuration as gitleaks reads its default one.
func loadShapes(toml string) (*shapes, error) {
	v := viper.New()
	v.SetConfigType("toml")
	if err := v.ReadConfig(strings.NewReader(toml)); err != nil {
		return nil, err
	}
	var vc config.ViperConfig
	if err := v.Unmarshal(&vc); err != nil {
		return nil, err
	}
	cfg, err := vc.Translate()
	if err != nil {
		return nil, err
	}
	s := &shapes{allow: cfg.Allowlists}
	for _, id := range cfg.OrderedRules {
		s.rules = append(s.rules, cfg.Rules[id])
	}
	keywords := make([]string, 0, len(cfg.Keywords))
	for k := range cfg.Keywords {
		keywords = append(keywords, k)
	}
	s.prefilter = ahocorasick.NewTrieBuilder().AddStrings(keywords).Build()
	return s, nil
}

// shape is one secret found: the rule that named it and the secret's value.
type shape struct {
	rule, secret string
}

// find returns the secrets the rules find in text, rule by rule in the config's order.
func (s *shapes) find(text string) []shape {
	lower := strings.ToLower(text)
	present := map[string]bool{}
	for _, m := range s.prefilter.MatchString(lower) {
		present[m.MatchString()] = true
	}
	var out []shape
	for i := range s.rules {
		r := &s.rules[i]
		// A rule for some files only does not apply to a text without a path, and a rule
		// only reported beside others
		// (skipReport) finds nothing of its own.
		if r.Regex == nil || r.Path != nil && !r.Path.MatchString("") || r.SkipReport || !anyPresent(r.Keywords, present) {
			continue
		}
		for _, at := range r.Regex.FindAllStringIndex(text, -1) {
			if sh, ok := s.secretAt(text, r, at); ok {
				out = append(out, sh)
			}
		}
	}
	return out
}

// anyPresent reports whether a rule's keywords allow it to run: it has none, or one of
// them is in the text.
func anyPresent(keywords []string, present map[string]bool) bool {
	if len(keywords) == 0 {
		return true
	}
	for _, k := range keywords {
		if present[k] {
			return true
		}
	}
	return false
}

// secretAt turns one match of rule r into a finding, or rejects it (the line allows it,
// its entropy is too low, an allowlist names it).
func (s *shapes) secretAt(text string, r *config.Rule, at []int) (shape, bool) {
	// A rule may match the line break before or after a secret; its line is the secret's.
	start := at[0]
	for start < at[1] && text[start] == '\n' {
		start++
	}
	match := strings.TrimRight(text[start:at[1]], "\n")
	end := start + len(match)
	lineStart := strings.LastIndexByte(text[:start], '\n') + 1
	lineEnd := len(text)
	if i := strings.IndexByte(text[end:], '\n'); i >= 0 {
		lineEnd = end + i
	}
	line := text[lineStart:lineEnd]
	if strings.Contains(line, allowSignature) {
		return shape{}, false
	}
	secret := match
	if groups := r.Regex.FindStringSubmatch(match); len(groups) >= 2 {
		if r.SecretGroup > 0 {
			if len(groups) <= r.SecretGroup {
				return shape{}, false
			}
			secret = groups[r.SecretGroup]
		} else {
			for _, g := range groups[1:] {
				if g != "" {
					secret = g
					break
				}
			}
		}
	}
	if r.Entropy != 0 && gitleaksEntropy(secret) <= r.Entropy {
		return shape{}, false
	}
	if allowed(s.allow, secret, match, line) || allowed(r.Allowlists, secret, match, line) {
		return shape{}, false
	}
	return shape{rule: r.RuleID, secret: secret}, true
}

// allowed reports whether one of the allowlists lets the secret pass. An allowlist whose
// condition is AND and that names paths or commits never applies: a prompt has neither.
func allowed(lists []*config.Allowlist, secret, match, line string) bool {
	for _, a := range lists {
		target := secret
		switch a.RegexTarget {
		case "match":
			target = match
		case "line":
			target = line
		}
		regex := a.RegexAllowed(target)
		stop, _ := a.ContainsStopWord(secret)
		if a.MatchCondition == config.AllowlistMatchAnd {
			if len(a.Commits) > 0 || len(a.Paths) > 0 {
				continue
			}
			if (len(a.Regexes) == 0 || regex) && (len(a.StopWords) == 0 || stop) {
				return true
			}
			continue
		}
		if regex || stop {
			return true
		}
	}
	return false
}

// gitleaksEntropy is gitleaks' Shannon entropy: characters counted as runes, frequencies
// over the byte length. The rules' thresholds are calibrated on it, so it is not entropy.
func gitleaksEntropy(s string) float64 {
	if s == "" {
		return 0
	}
	counts := map[rune]int{}
	for _, c := range s {
		counts[c]++
	}
	h := 0.0
	for _, n := range counts {
		p := float64(n) / float64(len(s))
		h -= p * math.Log2(p)
	}
	return h
}

// maskKnownShapes masks every secret the rule set finds.
func maskKnownShapes(s string) (string, int) {
	set := knownShapes()
	if set == nil {
		return s, 0
	}
	n := 0
	for _, f := range set.find(s) {
		if len(f.secret) < 4 || f.secret == Mask || !strings.Contains(s, f.secret) {
			continue
		}
		n++
		s = strings.ReplaceAll(s, f.secret, Mask)
	}
	return s, n
}
