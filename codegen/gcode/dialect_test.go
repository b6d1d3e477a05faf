package gcode

import (
	"context"
	"testing"

	"github.com/gantry-dev/gantry/codegen/config"
)

func TestDialectDetection(t *testing.T) {
	cases := []struct {
		path, text string
		cfg        func(*config.Config)
		want       Dialect
		explicit   bool
	}{
		{"a.ngc", "G0 X1\n", nil, DialectLinuxCNC, false},
		{"a.gcode", "G1 X1 E2\n", nil, DialectMarlin, false},
		{"a.nc", "$H\nG0 X1\n", nil, DialectGrbl, false},
		// a mill program saved as .gcode: its O-number line makes it Fanuc, its o-word LinuxCNC
		{"a.gcode", "%\nO0001(PART)\nG0 G17 G40 G49 G80 G90\nT1 M6\nM30\n%\n", nil, DialectFanuc, false},
		{"a.gcode", "o<drill> sub\nG81 R1 Z-2\no<drill> endsub\n", nil, DialectLinuxCNC, false},
		{"a.g", "$H\nG0 X1\n", nil, DialectGrbl, false},
		// any printer code keeps a .gcode file Marlin
		{"a.gcode", "O0001\nM104 S200\nG1 X1 E2\n", nil, DialectMarlin, false},
		{"a.gcode", "G0 X1\n", nil, DialectMarlin, false},
		{"a.nc", "O1000\nG65 P9010\nM99\n", nil, DialectFanuc, false},
		// a dwell in seconds by X is the Fanuc family's (LinuxCNC and Grbl time G4 by P)
		{"a.nc", "S2000 M3\nG04 X60.\nM5\n", nil, DialectFanuc, false},
		{"a.nc", "G21 G90\nG40 X1\nG4 P2\n", nil, DialectLinuxCNC, false},
		{"a.tap", "o<x> sub\no<x> endsub\n", nil, DialectLinuxCNC, false},
		{"a.cnc", "M104 S200\nM109 S200\nG29\n", nil, DialectMarlin, false},
		// Marlin's laser inline mode and homing by bare axis letters are printer flags
		{"a.nc", "M3 I\nG0 X5 Y5 S0 F1000\nG1 X9 Y5 S400\nM5\n", nil, DialectMarlin, false},
		{"a.nc", "G28 X Y ; home\nG1 X10 Y10 F3000\n", nil, DialectMarlin, false},
		{"a.nc", "M3 S1000\nG28 X0 Y0\nG1 X1 F100\nM5\n", nil, DialectLinuxCNC, false},
		// bCNC's block headers: a program split into blocks for the Grbl sender
		{"a.nc", "G17 G90\n(Block-name: Profile)\n(Block-expand: 0)\n(Block-enable: 1)\nG0 Z5\n", nil, DialectGrbl, false},
		{"a.nc", "(Block-name: Profile)\no<x> sub\n#<d> = 2\no<x> endsub\n", nil, DialectLinuxCNC, false},
		// comments never vote: keywords in ( … ) and ; … comments and on a % tape line
		// are no code (each of these was read as Fanuc's, the printer one as Marlin's)
		{"a.nc", "(MSG, part 7)\n(GOTO THE SAFE POSITION)\n(M98 P100 IS NOT USED HERE)\n(IF [THE PART] IS LOOSE, STOP)\nG0 X1\nM2\n", nil, DialectLinuxCNC, false},
		{"a.cnc", "M25 G49 ; Goto Z home\nG0 X0 Y0\n", nil, DialectLinuxCNC, false},
		{"a.nc", "G21 ; while [ready] goto 5; m99 when done\nG0 X1\n", nil, DialectLinuxCNC, false},
		{"a.nc", "% GOTO 10 M99\nG0 X1\nM30\n%\n", nil, DialectLinuxCNC, false},
		{"a.gcode", "O0001 (FLANGE)\n; a mill: no M104 or M140 here\nG0 X1\nM30\n", nil, DialectFanuc, false},
		{"a.nc", "(NOTE: #<DEPTH> IN THE OTHER VERSION)\nG0 X1\nG04 X2. (DWELL)\n", nil, DialectFanuc, false},
		// code beside a comment still votes
		{"a.nc", "N5 G0 X1 (LOOP)\n(COUNT) #1=#1+1\n(AGAIN) IF [#1 LT 3] GOTO 5\nM30\n", nil, DialectFanuc, false},
		{"a.nc", "G0 X1\n", func(c *config.Config) { SettingsOf(c).Dialect = "haas" }, DialectHaas, true},
		{"a.ngc", "G0 X1\n", func(c *config.Config) { SettingsOf(c).Machine = &Machine{Controller: "grbl"} }, DialectGrbl, true},
	}
	for _, c := range cases {
		cfg := config.Default()
		if c.cfg != nil {
			c.cfg(cfg)
		}
		d, explicit := detectDialect(c.path, []byte(c.text), cfg)
		if d != c.want || explicit != c.explicit {
			t.Errorf("%s %q: %s (explicit %v), want %s (%v)", c.path, c.text, d, explicit, c.want, c.explicit)
		}
	}
}

// TestDialectGuessed: a program is read as LinuxCNC's only for want of any sign when no
// dialect is configured, it is no .ngc file and no code (comments aside) shows a controller.
func TestDialectGuessed(t *testing.T) {
	cases := []struct {
		path, text string
		cfg        func(*config.Config)
		want       bool
	}{
		{"a.cnc", "M25 G49 ; Goto Z home\nG0 X0 Y0\nG81 X1 Y1 Z-1 R0.1 F5\nG80\nZ1\nM30\n", nil, true},
		{"a.tap", "(DRILL1)\nG0 X1\nM30\n", nil, true},
		{"a.ngc", "G0 X1\nM30\n", nil, false},
		{"a.nc", "o<x> sub\no<x> endsub\n", nil, false},
		{"a.nc", "G0 X1\nG64 P0.01\n", nil, false},
		{"a.nc", "O1000\nG0 X1\nM30\n", nil, false},
		{"a.nc", "G0 X1\n", func(c *config.Config) { SettingsOf(c).Dialect = "linuxcnc" }, false},
		{"a.gcode", "G1 X1 E2\n", nil, false},
	}
	for _, c := range cases {
		cfg := config.Default()
		if c.cfg != nil {
			c.cfg(cfg)
		}
		if _, _, g := readDialect(c.path, []byte(c.text), cfg); g != c.want {
			t.Errorf("%s %q: guessed %v, want %v", c.path, c.text, g, c.want)
		}
	}
}

func TestSuppressionAndSeverities(t *testing.T) {
	text := "G21 G90 G54\nG0 X0 Y0 X1 ; gantry:ignore gcode/duplicate-word\n; gantry:ignore\nG20 G21\nG0 G1 X1\nM30\n"
	pk := New()
	cfg := config.Default()
	cfg.Rules = map[string]string{"gcode/units-not-set": "off"}
	errs, res := pk.Diagnose(context.Background(), "/tmp/s.ngc", []byte(text), cfg)
	if len(errs) != 0 {
		t.Errorf("syntax errors %v", errs)
	}
	if len(res.Findings) != 1 || res.Findings[0].Rule != "gcode/modal-group-conflict" || res.Findings[0].Start != len("G21 G90 G54\nG0 X0 Y0 X1 ; gantry:ignore gcode/duplicate-word\n; gantry:ignore\nG20 G21\nG0 ") {
		t.Errorf("findings %+v", res.Findings)
	}
	if len(res.Skipped) == 0 {
		t.Error("profile rules not listed as skipped")
	}
	// Diagnose reports syntax errors from the chunk trees.
	errs, _ = pk.Diagnose(context.Background(), "/tmp/s2.ngc", []byte("G21 G90 G54\nG0 X[1 +\nM30\n"), cfg)
	if len(errs) == 0 {
		t.Error("no syntax error for an unclosed expression")
	}
}
