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
	{"st dialect", "[st]\ndialect = \"siemens\"\n", `{"st":{"dialect":"siemens"}}`,
		[]string{`st.dialect "siemens": want auto, codesys or scl`}},
	{"rtl target", "[rtl]\ntarget = \"gpu\"\n", `{"rtl":{"target":"gpu"}}`,
		[]string{`rtl.target "gpu": want asic or fpga`}},
	{"gcode dialect", "[gcode]\ndialect = \"heidenhain\"\n", `{"gcode":{"dialect":"heidenhain"}}`,
		[]string{`gcode.dialect "heidenhain": want auto, linuxcnc, fanuc, haas, grbl or marlin`}},
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
	{"machine tool key", "[gcode.machine]\nunits = \"mm\"\n[[gcode.machine.tools]]\nnumber = 1\ndiamter = 6.0\n",
		`{"gcode":{"machine":{"units":"mm","tools":[{"number":1,"diamter":6}]}}}`,
		[]string{`unknown setting "gcode.machine.tools.diamter"`, "valid in [gcode.machine.tools]: number, diameter, length, max_rpm"}},
	{"message limit", "[limits]\nmax_message_mb = 0\n", `{"limits":{"max_message_mb":0}}`,
		[]string{"limits.max_message_mb = 0: want 1 to 1024"}},
	{"machine units", "[gcode.machine]\nunits = \"furlong\"\n", `{"gcode":{"machine":{"units":"furlong"}}}`,
		[]string{`gcode.machine.units "furlong": want mm, inch or in`}},
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
	good := `{"model":"m","rules":{"st/write-to-input":"warning"},"st":{"dialect":"SCL"},"rtl":{"target":"fpga"},` +
		`"completion":{"max_tokens":64,"temperature":0,"candidates_invoked":8,"disabled_languages":["rtl"]},` +
		`"gate":{"drop":["safety"]},"gcode":{"machine":{"controller":"LinuxCNC","units":"inch","travel":{"x":[0,500]},"tools":[{"number":3,"diameter":6}]}}}`
	c := Default()
	if err := c.MergeJSON([]byte(good)); err != nil {
		t.Fatal(err)
	}
	if c.Completion.MaxTokens != 64 || c.ST.Dialect != "SCL" || len(c.Gate.Drop) != 1 || c.GCode.Machine.Tools[0].Number != 3 {
		t.Errorf("%+v", c)
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
