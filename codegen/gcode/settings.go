package gcode

import (
	"fmt"
	"sort"

	"github.com/gantry-dev/gantry/codegen/config"
)

// Settings are the [gcode] table of gantry.toml and "gcode" in the editor's settings, with
// the machine profile. The pack registers it, so config knows no G-code setting.
type Settings struct {
	Dialect string   `toml:"dialect" json:"dialect"`
	Machine *Machine `toml:"machine" json:"machine"`
}

// Machine is the machine profile: what the controller is and what the machine can do.
type Machine struct {
	Controller    string               `toml:"controller" json:"controller"`
	Units         string               `toml:"units" json:"units"`
	MaxSpindleRPM float64              `toml:"max_spindle_rpm" json:"max_spindle_rpm"`
	MaxFeed       float64              `toml:"max_feed" json:"max_feed"`
	MaxRapid      float64              `toml:"max_rapid" json:"max_rapid"`
	SafeZ         *float64             `toml:"safe_z" json:"safe_z"`
	StockTop      *float64             `toml:"stock_top" json:"stock_top"`
	Travel        map[string][]float64 `toml:"travel" json:"travel"`
	Offsets       map[string][]float64 `toml:"offsets" json:"offsets"`
	Tools         []Tool               `toml:"tools" json:"tools"`
	Supported     []string             `toml:"supported" json:"supported"`
	Unsupported   []string             `toml:"unsupported" json:"unsupported"`
}

// Tool is one tool table entry.
type Tool struct {
	Number   int     `toml:"number" json:"number"`
	Diameter float64 `toml:"diameter" json:"diameter"`
	Length   float64 `toml:"length" json:"length"`
	MaxRPM   float64 `toml:"max_rpm" json:"max_rpm"`
}

var controllers = []string{"linuxcnc", "fanuc", "haas", "grbl", "marlin"}

func init() {
	config.RegisterSection("gcode", func() config.Section { return &Settings{} })
}

// Validate implements config.Section: enumerations name their values, numbers their range.
func (s *Settings) Validate(table string) []error {
	errs := []error{config.OneOf(table+".dialect", s.Dialect, append([]string{"auto"}, controllers...)...)}
	m := s.Machine
	if m == nil {
		return errs
	}
	k := table + ".machine."
	errs = append(errs,
		config.OneOf(k+"controller", m.Controller, controllers...),
		config.OneOf(k+"units", m.Units, "mm", "inch", "in"),
		config.InRange(k+"max_spindle_rpm", m.MaxSpindleRPM, 0, 1e6),
		config.InRange(k+"max_feed", m.MaxFeed, 0, 1e6),
		config.InRange(k+"max_rapid", m.MaxRapid, 0, 1e6))
	axes := make([]string, 0, len(m.Travel))
	for a := range m.Travel {
		axes = append(axes, a)
	}
	sort.Strings(axes)
	for _, a := range axes {
		if r := m.Travel[a]; len(r) != 2 || r[0] > r[1] {
			errs = append(errs, fmt.Errorf("%stravel.%s: want [min, max]", k, a))
		}
	}
	for i, t := range m.Tools {
		tk := fmt.Sprintf("%stools[%d].", k, i)
		errs = append(errs,
			config.InRange(tk+"number", float64(t.Number), 0, 99999),
			config.InRange(tk+"diameter", t.Diameter, 0, 10000),
			config.InRange(tk+"max_rpm", t.MaxRPM, 0, 1e6))
	}
	return errs
}

// SettingsOf returns cfg's [gcode] table (its defaults when cfg has none).
func SettingsOf(cfg *config.Config) *Settings {
	if s, ok := cfg.Section("gcode").(*Settings); ok {
		return s
	}
	return &Settings{}
}
