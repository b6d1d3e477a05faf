package packs_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/gcode"
	_ "github.com/gantry-dev/gantry/codegen/packs"
	"github.com/gantry-dev/gantry/codegen/rtl"
	"github.com/gantry-dev/gantry/codegen/st"
)

// packSettingCases: each pack's own table is as strict as the core settings, from the
// file and from the editor alike, because the pack registered it with config.
var packSettingCases = []struct {
	name, toml, json string
	want             []string
}{
	{"st dialect", "[st]\ndialect = \"siemens\"\n", `{"st":{"dialect":"siemens"}}`,
		[]string{`st.dialect "siemens": want auto, codesys, scl or ax`}},
	{"st key", "[st]\nprotect = [\"%QX0.0\"]\n", `{"st":{"protect":["%QX0.0"]}}`,
		[]string{`unknown setting "st.protect"`, "valid in [st]: dialect, protected, libraries"}},
	{"rtl target", "[rtl]\ntarget = \"gpu\"\n", `{"rtl":{"target":"gpu"}}`,
		[]string{`rtl.target "gpu": want asic or fpga`}},
	{"gcode dialect", "[gcode]\ndialect = \"heidenhain\"\n", `{"gcode":{"dialect":"heidenhain"}}`,
		[]string{`gcode.dialect "heidenhain": want auto, linuxcnc, fanuc, haas, grbl or marlin`}},
	{"machine tool key", "[gcode.machine]\nunits = \"mm\"\n[[gcode.machine.tools]]\nnumber = 1\ndiamter = 6.0\n",
		`{"gcode":{"machine":{"units":"mm","tools":[{"number":1,"diamter":6}]}}}`,
		[]string{`unknown setting "gcode.machine.tools.diamter"`, "valid in [gcode.machine.tools]: number, diameter, length, max_rpm"}},
	{"machine units", "[gcode.machine]\nunits = \"furlong\"\n", `{"gcode":{"machine":{"units":"furlong"}}}`,
		[]string{`gcode.machine.units "furlong": want mm, inch or in`}},
	{"machine spindle", "[gcode.machine]\nmax_spindle_rpm = -100.0\n", `{"gcode":{"machine":{"max_spindle_rpm":-100}}}`,
		[]string{`gcode.machine.max_spindle_rpm = -100: want 0 to 1e+06`}},
	{"machine travel", "[gcode.machine.travel]\nx = [500, 0]\n", `{"gcode":{"machine":{"travel":{"x":[500,0]}}}}`,
		[]string{`gcode.machine.travel.x: want [min, max]`}},
	{"unknown table", "[stt]\ndialect = \"scl\"\n", `{"stt":{"dialect":"scl"}}`,
		[]string{`unknown setting "stt`, "gcode", "rtl", "st"}},
}

func TestPackSettingsAreStrict(t *testing.T) {
	p := filepath.Join(t.TempDir(), config.FileName)
	for _, tc := range packSettingCases {
		if err := os.WriteFile(p, []byte(tc.toml), 0o644); err != nil {
			t.Fatal(err)
		}
		_, fileErr := config.Load(p)
		jsonErr := config.Default().MergeJSON([]byte(tc.json))
		for src, err := range map[string]error{"gantry.toml": fileErr, "settings": jsonErr} {
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

func TestPackSettingsRead(t *testing.T) {
	p := filepath.Join(t.TempDir(), config.FileName)
	body := "[st]\ndialect = \"scl\"\nprotected = [\"%QX0.0\"]\n[rtl]\ntarget = \"fpga\"\n" +
		"[gcode]\ndialect = \"grbl\"\n[gcode.machine]\nunits = \"mm\"\nsafe_z = 5.0\n[[gcode.machine.tools]]\nnumber = 2\ndiameter = 6.0\n"
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(p)
	if err != nil {
		t.Fatal(err)
	}
	s, r, g := st.SettingsOf(cfg), rtl.SettingsOf(cfg), gcode.SettingsOf(cfg)
	if s.Dialect != "scl" || len(s.Protected) != 1 || r.Target != "fpga" || g.Dialect != "grbl" ||
		g.Machine == nil || *g.Machine.SafeZ != 5 || g.Machine.Tools[0].Diameter != 6 {
		t.Errorf("st %+v rtl %+v gcode %+v", s, r, g)
	}
	// The editor's settings merge into the file's, section by section.
	if err := cfg.MergeJSON([]byte(`{"st":{"libraries":["Tc2_MC2"]}}`)); err != nil {
		t.Fatal(err)
	}
	if s := st.SettingsOf(cfg); s.Dialect != "scl" || len(s.Libraries) != 1 {
		t.Errorf("merged st %+v", s)
	}
	c := cfg.Clone()
	if g := gcode.SettingsOf(c); g.Machine == nil || g.Machine.Tools[0].Number != 2 {
		t.Errorf("clone lost the machine: %+v", g)
	}
}
