package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func init() {
	// What the packs register when the registry is built.
	RegisterLanguage("st", "st/syntax", "st/write-to-input", "st/undeclared-identifier", "st/case-missing-else")
	RegisterLanguage("rtl", "rtl/syntax", "rtl/blocking-in-sequential")
	RegisterSection("demo", func() Section { return &demoSection{Mode: "slow"} })
}

// demoSection stands for a pack's settings table (the packs' own are tested in
// codegen/packs, which registers them all).
type demoSection struct {
	Mode  string     `toml:"mode" json:"mode"`
	Names []string   `toml:"names" json:"names"`
	Inner *demoInner `toml:"inner" json:"inner"`
}

type demoInner struct {
	Limit float64    `toml:"limit" json:"limit"`
	Parts []demoPart `toml:"parts" json:"parts"`
}

type demoPart struct {
	Number int     `toml:"number" json:"number"`
	Size   float64 `toml:"size" json:"size"`
}

func (d *demoSection) Validate(table string) []error {
	errs := []error{OneOf(table+".mode", d.Mode, "slow", "fast")}
	if d.Inner != nil {
		errs = append(errs, InRange(table+".inner.limit", d.Inner.Limit, 0, 100))
	}
	return errs
}

// strictCases: each bad setting and the message that names it, the same from the file and
// from the editor.
var strictCases = []struct {
	name, toml, json string
	want             []string
}{
	{"unknown key", "modle = \"x\"\n", `{"modle":"x"}`,
		[]string{`unknown setting "modle"`, "valid: backend, model, host"}},
	{"unknown nested key", "[completion]\nmax_tokns = 5\n", `{"completion":{"max_tokns":5}}`,
		[]string{`unknown setting "completion.max_tokns"`, "valid in [completion]: max_tokens, temperature"}},
	{"unknown rule id", "[rules]\n\"st/write-to-inptu\" = \"off\"\n", `{"rules":{"st/write-to-inptu":"off"}}`,
		[]string{`rules."st/write-to-inptu": unknown rule (did you mean "st/write-to-input"?`}},
	{"bad severity", "[rules]\n\"st/write-to-input\" = \"loud\"\n", `{"rules":{"st/write-to-input":"loud"}}`,
		[]string{`rules."st/write-to-input": unknown severity "loud" (want error, warning, info or off)`}},
	{"section enum", "[demo]\nmode = \"warp\"\n", `{"demo":{"mode":"warp"}}`,
		[]string{`demo.mode "warp": want slow or fast`}},
	{"section range", "[demo.inner]\nlimit = 500.0\n", `{"demo":{"inner":{"limit":500}}}`,
		[]string{`demo.inner.limit = 500: want 0 to 100`}},
	{"unknown section key", "[demo]\nmod = \"fast\"\n", `{"demo":{"mod":"fast"}}`,
		[]string{`unknown setting "demo.mod"`, "valid in [demo]: mode, names, inner"}},
	{"unknown key in a section's list", "[[demo.inner.parts]]\nnumber = 1\nsise = 6.0\n",
		`{"demo":{"inner":{"parts":[{"number":1,"sise":6}]}}}`,
		[]string{`unknown setting "demo.inner.parts.sise"`, "valid in [demo.inner.parts]: number, size"}},
	{"backend", "backend = \"cloud\"\n", `{"backend":"cloud"}`,
		[]string{`backend "cloud": want auto, ollama, openai or embedded`}},
	{"gate category", "[gate]\ndrop = [\"safty\"]\n", `{"gate":{"drop":["safty"]}}`,
		[]string{`gate.drop "safty": want safety, correctness or style`}},
	{"disabled language", "[completion]\ndisabled_languages = [\"python\"]\n", `{"completion":{"disabled_languages":["python"]}}`,
		[]string{`completion.disabled_languages "python": want rtl or st`}},
	{"max_tokens", "[completion]\nmax_tokens = -5\n", `{"completion":{"max_tokens":-5}}`,
		[]string{"completion.max_tokens = -5: want 1 to 4096"}},
	{"temperature", "[completion]\ntemperature = 99.0\n", `{"completion":{"temperature":99}}`,
		[]string{"completion.temperature = 99: want 0 to 2"}},
	{"timeout_ms", "[completion]\ntimeout_ms = -1\n", `{"completion":{"timeout_ms":-1}}`,
		[]string{"completion.timeout_ms = -1: want 100 to 600000"}},
	{"num_ctx", "[completion]\nnum_ctx = 0\n", `{"completion":{"num_ctx":0}}`,
		[]string{"completion.num_ctx = 0: want 256 to 1048576"}},
	{"candidates_invoked", "[completion]\ncandidates_invoked = 100000\n", `{"completion":{"candidates_invoked":100000}}`,
		[]string{"completion.candidates_invoked = 100000: want 1 to 8"}},
	{"candidates", "[completion]\ncandidates = 0\n", `{"completion":{"candidates":0}}`,
		[]string{"completion.candidates = 0: want 1 to 8"}},
	{"message limit", "[limits]\nmax_message_mb = 0\n", `{"limits":{"max_message_mb":0}}`,
		[]string{"limits.max_message_mb = 0: want 1 to 1024"}},
	{"several at once", "[completion]\nmax_tokens = 0\ntemperature = -1.0\n", `{"completion":{"max_tokens":0,"temperature":-1}}`,
		[]string{"completion.max_tokens = 0: want 1 to 4096", "completion.temperature = -1: want 0 to 2"}},
}

func TestStrictSettingsNameKeyAndValidValues(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, FileName)
	for _, tc := range strictCases {
		if err := os.WriteFile(p, []byte(tc.toml), 0o644); err != nil {
			t.Fatal(err)
		}
		_, fileErr := Load(p)
		jsonErr := Default().MergeJSON([]byte(tc.json))
		wrappedErr := Default().MergeJSON([]byte(`{"gantry":` + tc.json + `}`))
		for src, err := range map[string]error{"gantry.toml": fileErr, "settings": jsonErr, "wrapped settings": wrappedErr} {
			if err == nil {
				t.Errorf("%s: %s accepted", tc.name, src)
				continue
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("%s: %s error\n%v\nlacks %q", tc.name, src, err, w)
				}
			}
		}
	}
}

func TestStrictSettingsAcceptGoodAndEmpty(t *testing.T) {
	good := `{"model":"m","rules":{"st/write-to-input":"warning"},` +
		`"completion":{"max_tokens":64,"temperature":0,"candidates_invoked":8,"disabled_languages":["rtl"]},` +
		`"gate":{"drop":["safety"]},"demo":{"mode":"FAST","inner":{"limit":3,"parts":[{"number":3,"size":6}]}}}`
	c := Default()
	if err := c.MergeJSON([]byte(good)); err != nil {
		t.Fatal(err)
	}
	d := c.Section("demo").(*demoSection)
	if c.Completion.MaxTokens != 64 || d.Mode != "FAST" || len(c.Gate.Drop) != 1 || d.Inner.Parts[0].Number != 3 {
		t.Errorf("%+v %+v", c, d)
	}
	// Neovim encodes an empty table as an array; null and nothing mean no settings either.
	for _, empty := range []string{"", "null", "[]", " [ ] ", `{"gantry":[]}`, "{}"} {
		c := Default()
		if err := c.MergeJSON([]byte(empty)); err != nil || c.Completion.MaxTokens != 128 {
			t.Errorf("%q: %v %+v", empty, err, c.Completion)
		}
	}
	if err := Default().MergeJSON([]byte(`[1]`)); err == nil || !strings.Contains(err.Error(), "want an object of settings, got an array") {
		t.Errorf("array of settings: %v", err)
	}
}

// TestSectionsAreOwnedPerConfig: a clone's or a merged configuration's section is its own;
// a Config built by hand reads a section's defaults without storing them.
func TestSectionsAreOwnedPerConfig(t *testing.T) {
	a := Default()
	b := a.Clone()
	b.Section("demo").(*demoSection).Mode = "fast"
	if got := a.Section("demo").(*demoSection).Mode; got != "slow" {
		t.Errorf("changing a clone's section changed the original: %q", got)
	}
	if err := a.MergeJSON([]byte(`{"demo":{"names":["x"]}}`)); err != nil {
		t.Fatal(err)
	}
	if d := a.Section("demo").(*demoSection); d.Mode != "slow" || len(d.Names) != 1 {
		t.Errorf("merge replaced the section instead of merging into it: %+v", d)
	}
	var bare Config
	if d := bare.Section("demo").(*demoSection); d.Mode != "slow" || bare.sections != nil {
		t.Errorf("a bare Config: %+v, stored %v", d, bare.sections)
	}
	if bare.Section("nosuch") != nil {
		t.Error("an unregistered section must be nil")
	}
}
