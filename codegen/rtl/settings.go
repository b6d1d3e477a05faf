package rtl

import "github.com/gantry-dev/gantry/codegen/config"

// Settings are the [rtl] table of gantry.toml and "rtl" in the editor's settings. The pack
// registers it, so config knows no RTL setting.
type Settings struct {
	// Target: "asic" or "fpga" (FPGA allows initial blocks).
	Target string `toml:"target" json:"target"`
}

func init() {
	config.RegisterSection("rtl", func() config.Section { return &Settings{} })
}

// Validate implements config.Section.
func (s *Settings) Validate(table string) []error {
	return []error{config.OneOf(table+".target", s.Target, "asic", "fpga")}
}

// SettingsOf returns cfg's [rtl] table (its defaults when cfg has none).
func SettingsOf(cfg *config.Config) *Settings {
	if s, ok := cfg.Section("rtl").(*Settings); ok {
		return s
	}
	return &Settings{}
}
