// Package privacy masks secrets before any text leaves the process: passwords, keys and
// tokens in prose, comments, strings and assignments of every language. What is masked
// keeps its place but not its value, so the model still sees that something is there.
//
// Four layers, each for what it knows best:
//   - gitleaks' rule set (github.com/zricethezav/gitleaks/v8) finds provider tokens and keys
//     by their shapes (AWS, GitHub, Slack, Stripe, JWT, … — over two hundred rules);
//   - secret words in several languages (password, Passwort, Kennwort, mot de passe,
//     contraseña, 密码, PIN, token, API key…) followed by a value, with or without `:`/`=`;
//   - connection strings (`Password=…;` pairs, `scheme://user:password@host`) and PEM
//     private key blocks;
//   - high-entropy tokens no rule names.
package privacy

import (
	"math"
	"regexp"
	"strings"
	"sync"
	"unicode"
)

// Mask is the replacement for a secret value.
const Mask = "«masked»"

// Options carry what a language knows: IsTypeName tells a type in a declaration
// (`sPassword : STRING;`) from a value, so the declaration is left alone.
type Options struct {
	IsTypeName func(word string) bool
	// Key names the options for the cache of recent answers: texts masked under the same
	// non-empty key are masked the same way. Empty means no caching.
	Key string
}

// Text masks secrets in s with no language knowledge and returns how many were masked.
func Text(s string) (string, int) { return Options{}.Text(s) }

// Text masks secrets in s and returns how many were masked.
func (o Options) Text(s string) (string, int) {
	if o.Key == "" {
		return o.text(s)
	}
	// Consecutive prompts repeat most of their parts (the header of context blocks, the
	// suffix while typing above it): their answers are kept for a few requests.
	return recentParts.answer(recentKey{o.Key, s}, o.text)
}

type recentKey struct{ options, text string }

type recentAnswer struct {
	text string
	n    int
}

// answers keeps the latest answers of a masking step, the oldest going first.
type answers struct {
	mu    sync.Mutex
	max   int
	m     map[recentKey]recentAnswer
	order []recentKey
}

func newAnswers(max int) *answers { return &answers{max: max, m: map[recentKey]recentAnswer{}} }

// answer returns the kept answer for k, or computes it with mask and keeps it.
func (a *answers) answer(k recentKey, mask func(string) (string, int)) (string, int) {
	a.mu.Lock()
	r, ok := a.m[k]
	a.mu.Unlock()
	if ok {
		return r.text, r.n
	}
	out, n := mask(k.text)
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, ok := a.m[k]; !ok {
		if len(a.order) >= a.max {
			delete(a.m, a.order[0])
			a.order = a.order[1:]
		}
		a.m[k] = recentAnswer{out, n}
		a.order = append(a.order, k)
	}
	return out, n
}

var (
	recentParts = newAnswers(16)   // whole prompt parts
	recentLines = newAnswers(8192) // single lines
)

func (o Options) text(s string) (string, int) {
	n := 0
	s = privateKey().ReplaceAllStringFunc(s, func(string) string { n++; return Mask })
	s, k := maskKnownShapes(s)
	n += k
	var out strings.Builder
	for len(s) > 0 {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line = s[:i+1]
		}
		s = s[len(line):]
		masked, k := o.cachedLine(line)
		n += k
		out.WriteString(masked)
	}
	return out.String(), n
}

// cachedLine is maskLine, remembered per line under the options' key: a prompt's lines
// come back in the next prompt while the engineer types.
func (o Options) cachedLine(line string) (string, int) {
	if o.Key == "" || len(line) > maxCachedLine {
		return o.maskLine(line)
	}
	return recentLines.answer(recentKey{o.Key, line}, o.maskLine)
}

const maxCachedLine = 512

// lazyRegexp compiles expr on first use: most processes (every `gantry check`) never mask,
// and compiling these at start-up cost each of them about half a millisecond.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

var privateKey = lazyRegexp(`-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----[\s\S]*?-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----`)

// secretWord is a word that announces a secret, optionally inside an identifier
// (sPassword, db_passwd, ApiKey), then the separator and the value. A missing separator
// (prose: "password Sunflower-7731") is allowed; then the value must look like a secret.
var secretWord = lazyRegexp(`(?i)(\w*?(?:pass(?:wor[dt]|wd|phrase)|pwd|kennwort|mot[ _-]de[ _-]passe|contrase[ñn]a|senha|has[łl]o|密码|口令|パスワード|api[ _-]?key|access[ _-]?key|secret[ _-]?key|private[ _-]?key|client[ _-]?secret|secret|token|credentials?)\w*)` +
	`(\s*:\s*[A-Za-z_]\w*(?:\s*[(\[]\s*\d+\s*[)\]])?)?` + // a declared type: `sPassword : STRING(20) := …`
	`(\s*(?::=|=>|==|=|:|：|\s(?:is|ist|est|es|lautet|:)\s)\s*|\s+)` +
	`('[^'\n]*'|"[^"\n]*"|[^\s;,)*'"]+)`)

// secretPhrase is a secret word, a few words of prose, then a colon and the value:
// "Passwort für den Service-Zugang: …", "contraseña del panel: …".
var secretPhrase = lazyRegexp(`(?i)((?:password|passwort|passphrase|kennwort|mot de passe|contrase[ñn]a|senha|has[łl]o|密码|口令|パスワード|pin|api[ _-]?key|token|secret)(?:[ \t]+[^\s:：=]+){1,4}[ \t]*[:：=][ \t]*)('[^'\n]*'|"[^"\n]*"|[^\s;,)*'"]+)`)

// pin is a PIN code: the word, then four to eight digits.
var pin = lazyRegexp(`(?i)(\bPIN(?:[ _-]?code)?\b\s*(?::=|=|:|：|\s(?:is|ist|est|es)\s)?\s*)(\d{4,8})\b`)

// connPassword is a password pair in a connection string (`Password=x;`, `Pwd=x;`) and
// urlCredential the password of `scheme://user:password@host`.
var (
	connPassword  = lazyRegexp(`(?i)(\b(?:password|pwd|passwd)\s*=\s*)([^;'"\s]+)`)
	urlCredential = lazyRegexp(`(://[^/\s:@'"]+:)([^@\s/'"]+)(@)`)
)

// triggers are lower-case fragments the word patterns need; a line with none of them
// and no long token skips the regular expressions (most code has none).
var triggers = []string{"pass", "pwd", "kennwort", "contrase", "senha", "has", "密码", "口令", "パスワード", "key", "secret", "token", "credential", "pin", "://"}

func (o Options) maskLine(line string) (string, int) {
	n := 0
	lower := strings.ToLower(line)
	triggered := false
	for _, t := range triggers {
		if strings.Contains(lower, t) {
			triggered = true
			break
		}
	}
	if triggered {
		line = urlCredential().ReplaceAllStringFunc(line, func(m string) string {
			sub := urlCredential().FindStringSubmatch(m)
			n++
			return sub[1] + Mask + sub[3]
		})
		line = connPassword().ReplaceAllStringFunc(line, func(m string) string {
			sub := connPassword().FindStringSubmatch(m)
			if sub[2] == Mask || strings.HasPrefix(sub[2], Mask) {
				return m
			}
			n++
			return sub[1] + Mask
		})
		line = secretWord().ReplaceAllStringFunc(line, func(m string) string {
			sub := secretWord().FindStringSubmatch(m)
			key, typ, sep, val := sub[1], sub[2], sub[3], sub[4]
			prose := strings.TrimSpace(sep) == "" || isProseSeparator(sep)
			if o.keep(val, prose) {
				return m
			}
			n++
			if q := val[0]; (q == '\'' || q == '"') && len(val) >= 2 {
				return key + typ + sep + string(q) + Mask + string(q)
			}
			return key + typ + sep + Mask
		})
		line = secretPhrase().ReplaceAllStringFunc(line, func(m string) string {
			sub := secretPhrase().FindStringSubmatch(m)
			if o.keep(sub[2], true) {
				return m
			}
			n++
			return sub[1] + Mask
		})
		line = pin().ReplaceAllStringFunc(line, func(m string) string {
			sub := pin().FindStringSubmatch(m)
			n++
			return sub[1] + Mask
		})
	}
	line, k := maskHighEntropy(line)
	return line, n + k
}

func isProseSeparator(sep string) bool {
	switch strings.ToLower(strings.TrimSpace(sep)) {
	case "is", "ist", "est", "es", "lautet":
		return true
	}
	return false
}

// keep says whether a value after a secret word is not a secret: empty, already masked, a
// literal of no value (TRUE, NULL), a type the language names, or — in prose and unquoted
// in code, where any word may follow — a plain word that does not look like a secret.
func (o Options) keep(val string, prose bool) bool {
	t := strings.Trim(val, `'"`)
	if t == "" || strings.Contains(t, Mask) {
		return true
	}
	switch strings.ToUpper(t) {
	case "TRUE", "FALSE", "NULL", "NONE", "NIL":
		return true
	}
	if o.IsTypeName != nil {
		base := t
		if i := strings.IndexAny(t, "(["); i > 0 {
			base = t[:i]
		}
		if o.IsTypeName(base) {
			return true
		}
	}
	quoted := t != val
	if prose || !quoted {
		// Prose, or a bare word in code (`nToken := nToken + 1`): only what looks like a
		// password is one. A quoted value after `=` or `:` is always taken for a secret.
		return !looksSecret(t)
	}
	return false
}

// looksSecret: at least six characters mixing letters with digits or symbols, or a run of
// digits (a PIN), as passwords are chosen; ordinary words and identifiers do not.
func looksSecret(t string) bool {
	if len(t) < 4 {
		return false
	}
	var letters, digits, other int
	for _, r := range t {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case r != '_':
			other++
		}
	}
	if letters == 0 {
		return digits >= 4
	}
	return len(t) >= 6 && digits+other > 0
}

// maskHighEntropy masks long random-looking tokens no rule names: runs of 24 or more
// base64/hex characters with upper and lower case letters and digits all present and a
// Shannon entropy of at least 4 bits per character. Identifiers
// (FB_ConveyorStationControl), GUIDs and hex numbers stay.
func maskHighEntropy(line string) (string, int) {
	n := 0
	var out strings.Builder
	last := 0
	for i := 0; i < len(line); {
		if !tokenByte(line[i]) {
			i++
			continue
		}
		j := i
		for j < len(line) && tokenByte(line[j]) {
			j++
		}
		if j-i >= 24 && randomLooking(line[i:j]) {
			out.WriteString(line[last:i])
			out.WriteString(Mask)
			last = j
			n++
		}
		i = j
	}
	if n == 0 {
		return line, 0
	}
	out.WriteString(line[last:])
	return out.String(), n
}

func tokenByte(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '_' || c == '=' || c == '-'
}

func randomLooking(s string) bool {
	var upper, lower, digit bool
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			upper = true
		case r >= 'a' && r <= 'z':
			lower = true
		case r >= '0' && r <= '9':
			digit = true
		}
	}
	if !upper || !lower || !digit || guid().MatchString(s) || identifierLike(s) {
		return false
	}
	return entropy(s) >= 4
}

// identifierLike says whether a token reads as words joined by case or underscores
// (FB_PalletizerGripperControlStation_V2): its letter runs, cut where a lower-case letter
// meets an upper-case one, are word-long. A random token changes case every few letters.
func identifierLike(s string) bool {
	runs, letters, cur := 0, 0, 0
	prevLower := false
	for _, r := range s {
		isLetter := r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z'
		if !isLetter || r >= 'A' && r <= 'Z' && prevLower {
			if cur > 0 {
				runs++
				letters += cur
			}
			cur = 0
		}
		if isLetter {
			cur++
		}
		prevLower = r >= 'a' && r <= 'z'
	}
	if cur > 0 {
		runs++
		letters += cur
	}
	return runs > 0 && float64(letters)/float64(runs) >= 4.5
}

var guid = lazyRegexp(`^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$`)

// entropy is the Shannon entropy of s in bits per byte.
func entropy(s string) float64 {
	var counts [256]int
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	h := 0.0
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / float64(len(s))
			h -= p * math.Log2(p)
		}
	}
	return h
}
