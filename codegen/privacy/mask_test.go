package privacy

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// fixture is one secret and the line it appears in.
type fixture struct{ secret, line string }

func readFixtures(t testing.TB) []fixture {
	t.Helper()
	f, err := os.Open("testdata/secrets.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []fixture
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
			secret, ctx, ok := strings.Cut(l, "\t")
			if !ok {
				t.Fatalf("bad fixture %q", l)
			}
			out = append(out, fixture{secret, strings.ReplaceAll(ctx, "{s}", secret)})
		}
	}
	if len(out) < 20 {
		t.Fatalf("%d fixtures", len(out))
	}
	return out
}

// Every secret of the fixture set is masked, alone on its line and all lines together.
func TestFixtureSecretsAreMasked(t *testing.T) {
	fixtures := readFixtures(t)
	var all []string
	for _, fx := range fixtures {
		out, n := Text(fx.line)
		if strings.Contains(out, fx.secret) || n == 0 {
			t.Errorf("%q: masked %d, got %q", fx.line, n, out)
		}
		all = append(all, fx.line)
	}
	out, n := Text(strings.Join(all, "\n"))
	for _, fx := range fixtures {
		if strings.Contains(out, fx.secret) {
			t.Errorf("in the whole set, %q leaked", fx.secret)
		}
	}
	if n < len(fixtures) {
		t.Errorf("masked %d of %d", n, len(fixtures))
	}
}

func TestPrivateKeyBlockIsMasked(t *testing.T) {
	body := "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\nq3Zx9Lm2Pw8Rt5Yv1Ks4Nb7Hc0Dj6Fe2Ga9Ib3Jc5Kd8Le1Mf4Ng7Oh0Pi"
	in := "(* device key:\n-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n*)\nbOk := TRUE;\n"
	out, n := Text(in)
	if strings.Contains(out, "MIIEvQ") || strings.Contains(out, "q3Zx9") || n == 0 || !strings.Contains(out, "bOk := TRUE;") {
		t.Errorf("masked %d:\n%s", n, out)
	}
}

// Code and prose without secrets pass unchanged: identifiers that contain a secret word,
// GUIDs, long identifiers and hex numbers are not secrets.
func TestCodeWithoutSecretsIsUnchanged(t *testing.T) {
	data, err := os.ReadFile("testdata/code.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if strings.HasPrefix(l, "#") {
			continue
		}
		if out, n := Text(l); out != l || n != 0 {
			t.Errorf("%q changed to %q", l, out)
		}
	}
}

// A language's type names keep a declaration whole: `sPassword : STRING(20) := '…'` masks
// the value and keeps the type, and `sPassword : STRING(20);` stays as it is.
func TestTypeNamesOfTheLanguageAreKept(t *testing.T) {
	st := Options{IsTypeName: func(w string) bool { return strings.EqualFold(w, "STRING") }}
	if out, n := st.Text("sPassword : STRING(20);"); n != 0 || out != "sPassword : STRING(20);" {
		t.Errorf("declaration changed: %q", out)
	}
	out, _ := st.Text("sPassword : STRING(20) := 'Sunflower-7731';")
	if out != "sPassword : STRING(20) := '«masked»';" {
		t.Errorf("got %q", out)
	}
}

// A cached answer is the answer: the same text under the same key masks the same way,
// and a key never answers for another key's options.
func TestRecentAnswersAreTheAnswers(t *testing.T) {
	text := "sPassword : STRING := 'Sonne-2024!';\n// token: ghp_0123456789abcdefghijABCDEFGHIJ012345\nx := 1;\n"
	plain := Options{}
	typed := Options{IsTypeName: func(w string) bool { return w == "STRING" }, Key: "st"}
	for round := 0; round < 3; round++ {
		want, wn := typed.text(text)
		got, n := typed.Text(text)
		if got != want || n != wn || n == 0 {
			t.Fatalf("round %d: cached %q (%d), computed %q (%d)", round, got, n, want, wn)
		}
		if strings.Contains(got, "Sonne-2024") || strings.Contains(got, "ghp_0123") {
			t.Fatalf("a secret left: %q", got)
		}
	}
	other := Options{IsTypeName: func(string) bool { return false }, Key: "other"}
	if got, _ := other.Text(text); got != func() string { s, _ := other.text(text); return s }() {
		t.Error("another key got the first key's answer")
	}
	if got, _ := plain.Text(text); strings.Contains(got, "Sonne-2024") {
		t.Error("no key: not masked")
	}
}
