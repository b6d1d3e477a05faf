// Package privacy masks obvious secrets before any text leaves the process: passwords,
// keys and tokens written into comments, strings or assignments. What is masked keeps its
// length class but not its value, so the model still sees that something is there.
package privacy

import (
	"regexp"
	"strings"
)

// Mask is the replacement for a secret value.
const Mask = "«masked»"

var patterns = []*regexp.Regexp{
	// key = value / key := 'value' / key: value, where key names a secret.
	regexp.MustCompile(`(?i)\b(\w*?(?:pass(?:word|wd)?|pwd|secret|api[_-]?key|access[_-]?key|private[_-]?key|token|auth(?:orization)?|credential)s?\b\s*(?::\s*[A-Za-z_]\w*(?:\s*[(\[]\s*\d+\s*[)\]])?\s*)?(?::=|=>|=|:)\s*)('[^'\n]*'|"[^"\n]*"|[^\s;,)*]+)`),
	// Well-known token shapes.
	regexp.MustCompile(`\b(?:AKIA|ASIA)[0-9A-Z]{16}\b`),                                   // AWS access key id
	regexp.MustCompile(`\bgh[pousr]_[A-Za-z0-9]{30,}\b`),                                  // GitHub token
	regexp.MustCompile(`\bxox[abprs]-[A-Za-z0-9-]{10,}\b`),                                // Slack token
	regexp.MustCompile(`\bsk-[A-Za-z0-9_-]{20,}\b`),                                       // API secret keys
	regexp.MustCompile(`\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}`), // JWT
	// URLs with user:password@.
	regexp.MustCompile(`(://[^/\s:@]+:)([^@\s/]+)(@)`),
	// PEM private key blocks.
	regexp.MustCompile(`-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----`),
}

// triggers are lower-case fragments every secret pattern contains; lines without any of
// them are skipped without running a regular expression (most code has none).
var triggers = []string{"pass", "pwd", "secret", "key", "token", "auth", "credential", "akia", "asia", "gh", "xox", "sk-", "eyj", "://", "private"}

// Text returns s with secrets masked and how many were masked.
func Text(s string) (string, int) {
	if strings.Contains(s, "PRIVATE KEY-----") {
		return maskAll(s)
	}
	var out strings.Builder
	total := 0
	for len(s) > 0 {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line = s[:i+1]
		}
		s = s[len(line):]
		if hasTrigger(line) {
			masked, n := maskAll(line)
			total += n
			line = masked
		}
		out.WriteString(line)
	}
	return out.String(), total
}

func hasTrigger(line string) bool {
	lower := strings.ToLower(line)
	for _, t := range triggers {
		if strings.Contains(lower, t) {
			return true
		}
	}
	return false
}

// maskAll runs every pattern over s.
func maskAll(s string) (string, int) {
	n := 0
	// Assignment-like: keep the key, mask the value (and keep its quotes).
	s = patterns[0].ReplaceAllStringFunc(s, func(m string) string {
		sub := patterns[0].FindStringSubmatch(m)
		val := sub[2]
		if isPlaceholder(val) {
			return m
		}
		n++
		if q := val[0]; (q == '\'' || q == '"') && len(val) >= 2 {
			return sub[1] + string(q) + Mask + string(q)
		}
		return sub[1] + Mask
	})
	for _, re := range patterns[1:6] {
		s = re.ReplaceAllStringFunc(s, func(string) string { n++; return Mask })
	}
	s = patterns[6].ReplaceAllStringFunc(s, func(m string) string {
		sub := patterns[6].FindStringSubmatch(m)
		n++
		return sub[1] + Mask + sub[3]
	})
	s = patterns[7].ReplaceAllStringFunc(s, func(string) string { n++; return Mask })
	return s, n
}

// isPlaceholder skips values that are not secrets: empty strings, type names, variables.
func isPlaceholder(v string) bool {
	t := strings.Trim(v, `'"`)
	if t == "" || t == Mask {
		return true
	}
	up := strings.ToUpper(t)
	switch up {
	case "STRING", "WSTRING", "STRING(20)", "TRUE", "FALSE", "NULL", "NONE":
		return true
	}
	// A declaration such as `password : STRING;` names a type, not a value.
	return strings.HasPrefix(up, "STRING") || strings.HasPrefix(up, "ARRAY")
}
