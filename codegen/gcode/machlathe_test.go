package gcode

import (
	"testing"

	"github.com/gantry-dev/gantry/codegen/config"
)

// TestMachLatheGuess: a program only guessed to be LinuxCNC's that selects tools as a
// turret does (T0202, never M6) is read as a Mach-style lathe; not a .ngc file, nor one
// with M6, G7/G8 or an o-word, nor one configured as LinuxCNC's.
func TestMachLatheGuess(t *testing.T) {
	turning := "G18 G20 G90\nT0202\nG97 S900 M3\nG0 X0 Z0.5\nG83 X0 Z-1 R0.1 Q0.2 F4\nG80\nM30\n"
	cases := []struct {
		path, text string
		want       bool
	}{
		{"/tmp/turn.tap", turning, true},
		{"/tmp/turn.nc", turning, true},
		{"/tmp/turn.ngc", turning, false},
		{"/tmp/turn.tap", "G18 G20 G90\nT0202 M6\nG97 S900 M3\nG0 X0 Z0.5\nM30\n", false},
		{"/tmp/turn.tap", "G7 G18 G20 G90\nT0202\nG97 S900 M3\nG0 X0 Z0.5\nM30\n", false},
		{"/tmp/turn.tap", "G18 G20 G90\nT0202\nG97 S900 M3\no<face> sub\nG0 X0 Z0.5\no<face> endsub\no<face> call\nM30\n", false},
		{"/tmp/turn.tap", "G17 G20 G90\nT0202\nG97 S900 M3\nG0 X0 Y0 Z0.5\nM30\n", false},
	}
	for i, c := range cases {
		if got := guessedLathe(c.path, []byte(c.text), config.Default()); got != c.want {
			t.Errorf("case %d (%s): lathe = %v, want %v", i, c.path, got, c.want)
		}
	}
	cfg := config.Default().Clone()
	SettingsOf(cfg).Dialect = string(DialectLinuxCNC)
	if guessedLathe("/tmp/turn.tap", []byte(turning), cfg) {
		t.Error("configured as LinuxCNC's: want no lathe guess")
	}
}
