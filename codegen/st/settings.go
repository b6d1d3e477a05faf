package st

import "github.com/gantry-dev/gantry/codegen/config"

// Settings are the [st] table of gantry.toml and "st" in the editor's settings. The pack
// registers it, so config knows no Structured Text setting.
type Settings struct {
	// Dialect: "auto", "codesys" or "scl".
	Dialect string `toml:"dialect" json:"dialect"`
	// Protected lists signals AI-suggested code must never write: variable names or
	// addresses such as "%QX0.0" or "GVL.bEStopRelay".
	Protected []string `toml:"protected" json:"protected"`
	// Libraries lists libraries the project references beyond those its project files name
	// (TwinCAT .plcproj, PLCopen <Libraries>): each name becomes a namespace, and a name
	// Gantry has no signature for under it is unknown rather than undeclared.
	Libraries []string `toml:"libraries" json:"libraries"`
}

func init() {
	config.RegisterSection("st", func() config.Section { return &Settings{} })
}

// Validate implements config.Section.
func (s *Settings) Validate(table string) []error {
	return []error{config.OneOf(table+".dialect", s.Dialect, "auto", "codesys", "scl", "ax")}
}

// SettingsOf returns cfg's [st] table (its defaults when cfg has none).
func SettingsOf(cfg *config.Config) *Settings {
	if s, ok := cfg.Section("st").(*Settings); ok {
		return s
	}
	return &Settings{}
}
