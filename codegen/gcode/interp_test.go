package gcode

import (
	"math"
	"testing"

	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/source"
)

// run simulates text and returns the state after it.
func run(t *testing.T, text string, cfg *config.Config) *State {
	t.Helper()
	if cfg == nil {
		cfg = config.Default()
	}
	d := build(nil, source.NewLines([]byte(text)), newSettings("/tmp/t.ngc", []byte(text), cfg), nil)
	return &d.final.St
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-6 }

func wantPos(t *testing.T, st *State, x, y, z float64) {
	t.Helper()
	got := st.Pos
	for j, w := range []float64{x, y, z} {
		if math.IsNaN(w) != math.IsNaN(got[j]) || !math.IsNaN(w) && !near(w, got[j]) {
			t.Errorf("position %c = %v, want %v (all %v)", axisLetters[j], got[j], w, got[:3])
		}
	}
}

func TestModalGroups(t *testing.T) {
	st := run(t, "G20 G91 G18 G55 G99 G93 G91.1 G64 G42 D1\n", nil)
	checks := map[string][2]int16{
		"units": {st.Units, 200}, "distance": {st.Distance, 910}, "plane": {st.Plane, 180},
		"wcs": {st.WCS, 550}, "retract": {st.Retract, 990}, "feed mode": {st.FeedMode, 930},
		"arc distance": {st.ArcDist, 911}, "path": {st.PathMode, 640}, "comp": {st.Comp, 420},
	}
	for name, c := range checks {
		if c[0] != c[1] {
			t.Errorf("%s = %d, want %d", name, c[0], c[1])
		}
	}
	if !st.UnitsSet || !st.DistSet || !st.WCSSet {
		t.Error("explicit settings not recorded")
	}
	st = run(t, "G21 G90 G54\nG0 X1\nM2\n", nil)
	if !st.Ended || st.Motion != 10 || st.Spindle != 5 {
		t.Errorf("M2 resets: ended %v motion %d spindle %d", st.Ended, st.Motion, st.Spindle)
	}
}

func TestUnitsAndOrderOfExecution(t *testing.T) {
	// G20 takes effect before the motion of its own block.
	st := run(t, "G21 G90 G54\nG0 X10 Y0 Z0 G20\n", nil)
	wantPos(t, st, 254, 0, 0)
	// Incremental moves accumulate in millimetres across a unit change.
	st = run(t, "G21 G90 G54\nG0 X10 Y0 Z0\nG20 G91\nG0 X1\n", nil)
	wantPos(t, st, 35.4, 0, 0)
	// F is set before the motion, S before the spindle starts, T before M6.
	st = run(t, "G21 G90 G54\nT3 M6 S500 M3 F200 G1 X1 Y1 Z1\n", nil)
	if st.Tool != 3 || st.Speed != 500 || st.Spindle != 3 || st.Feed != 200 {
		t.Errorf("tool %d speed %v spindle %d feed %v", st.Tool, st.Speed, st.Spindle, st.Feed)
	}
	// Unknown start: only the given axes become known.
	st = run(t, "G21 G90 G54\nG0 Z5\n", nil)
	wantPos(t, st, math.NaN(), math.NaN(), 5)
}

func TestArcsInEveryPlane(t *testing.T) {
	st := run(t, "G21 G90 G54 G17\nG0 X0 Y0 Z0\nG2 X10 Y0 I5 J0 F100\n", nil)
	wantPos(t, st, 10, 0, 0)
	st = run(t, "G21 G90 G54 G18\nG0 X0 Y0 Z0\nG3 X0 Z10 K5 I0 F100\n", nil)
	wantPos(t, st, 0, 0, 10)
	st = run(t, "G21 G90 G54 G19\nG0 X0 Y0 Z0\nG2 Y10 Z0 R5 F100\n", nil)
	wantPos(t, st, 0, 10, 0)
	// The lowest point of a clockwise XZ half circle from X0 to X10 around X5 Z0.
	from := [naxes]float64{0, 0, 0}
	to := [naxes]float64{10, 0, 0}
	bb := arcBounds(from, to, az, ax, 0, 5, true, true)
	if !near(bb[0][az], -5) && !near(bb[1][az], 5) {
		t.Errorf("XZ arc bounds %v", bb)
	}
	// A full circle in XY reaches every quadrant.
	bb = arcBounds([naxes]float64{10, 0, 0}, [naxes]float64{10, 0, 0}, ax, ay, 0, 0, false, true)
	if !near(bb[0][ax], -10) || !near(bb[1][ay], 10) || !near(bb[0][ay], -10) {
		t.Errorf("full circle bounds %v", bb)
	}
}

func TestCannedCycles(t *testing.T) {
	st := run(t, "G21 G90 G54\nG0 X0 Y0 Z10\nG99 G81 X5 Y5 Z-3 R2 F100\n", nil)
	wantPos(t, st, 5, 5, 2)
	if st.Motion != 810 || !near(st.CycleR, 2) || !near(st.CycleZ, -3) {
		t.Errorf("cycle state: motion %d R %v Z %v", st.Motion, st.CycleR, st.CycleZ)
	}
	st = run(t, "G21 G90 G54\nG0 X0 Y0 Z10\nG98 G81 X5 Y5 Z-3 R2 F100\nX8\n", nil)
	wantPos(t, st, 8, 5, 10)
	// Incremental with repeats: R from the current Z, Z from R, L holes along X.
	st = run(t, "G21 G90 G54\nG0 X0 Y0 Z10\nG91 G98 G81 X10 Z-5 R-8 L3 F100\n", nil)
	wantPos(t, st, 30, 0, 10)
	st = run(t, "G21 G90 G54\nG0 X0 Y0 Z10\nG83 X1 Y1 Z-10 R1 Q2 F50\nG80\n", nil)
	if st.Motion != 800 || !math.IsNaN(st.CycleR) {
		t.Errorf("G80 keeps cycle data: motion %d R %v", st.Motion, st.CycleR)
	}
}

func machineCfg(t *testing.T) *config.Config { return machineConfig(t) }

func TestOffsetsAndMachineCoordinates(t *testing.T) {
	cfg := machineCfg(t) // G54 at machine 100,100,-100; G55 at 300,100,-100
	st := run(t, "G21 G90 G54\nG0 X0 Y0 Z0\n", cfg)
	m := st.toMachine(st.Pos)
	if !near(m[0], 100) || !near(m[1], 100) || !near(m[2], -100) {
		t.Errorf("machine %v", m)
	}
	// Switching WCS keeps the machine where it is.
	st = run(t, "G21 G90 G54\nG0 X0 Y0 Z0\nG55\n", cfg)
	wantPos(t, st, -200, 0, 0)
	// G92 makes the current point read the given value.
	st = run(t, "G21 G90 G54\nG0 X0 Y0 Z0\nG92 X10\n", cfg)
	wantPos(t, st, 10, 0, 0)
	if m := st.toMachine(st.Pos); !near(m[0], 100) {
		t.Errorf("G92 moved the machine: %v", m)
	}
	st = run(t, "G21 G90 G54\nG0 X0 Y0 Z0\nG92 X10\nG92.1\n", cfg)
	wantPos(t, st, 0, 0, 0)
	// G10 L20: the current point reads X0 in G54 from now on.
	st = run(t, "G21 G90 G54\nG0 X5 Y0 Z0\nG10 L20 P1 X0\n", cfg)
	wantPos(t, st, 0, 0, 0)
	if !near(st.WCSOff[1][0], 105) {
		t.Errorf("G10 L20 offset %v", st.WCSOff[1])
	}
	// G10 L2 on the active system moves the work coordinates.
	st = run(t, "G21 G90 G54\nG0 X5 Y0 Z0\nG10 L2 P1 X0\n", cfg)
	wantPos(t, st, 105, 0, 0)
	// Tool length: the machine stays, the tip's work Z drops by the length (T1 is 50 mm).
	st = run(t, "G21 G90 G54\nG0 X0 Y0 Z20\nT1 M6\nG43 H1\n", cfg)
	wantPos(t, st, 0, 0, -30)
	st = run(t, "G21 G90 G54\nG0 X0 Y0 Z20\nT1 M6\nG43 H1\nG49\n", cfg)
	wantPos(t, st, 0, 0, 20)
	// G53 moves in machine coordinates.
	st = run(t, "G21 G90 G54\nG53 G0 X150 Y120 Z-50\n", cfg)
	wantPos(t, st, 50, 20, 50)
	// Without a profile the offsets are unknown: machine coordinates are too.
	st = run(t, "G21 G90 G54\nG0 X0 Y0 Z0\n", nil)
	if m := st.toMachine(st.Pos); !math.IsNaN(m[0]) {
		t.Errorf("machine coordinates guessed without a profile: %v", m)
	}
}

func TestParametersAndExpressions(t *testing.T) {
	d := build(nil, source.NewLines([]byte("#1 = 2 #2 = [#1 * 3]\n#3 = [#1 * 3]\n#<a> = [ATAN[1]/[1] + 2 ** 3 + 7 MOD 4 + ABS[-1] + FIX[2.7] + FUP[2.1]]\n#<_g> = [SQRT[16] + [1 LT 2] + [3 EQ 4]]\nG21 G90 G54\nG0 X#<a> Y#3 Z#<_g>\n")),
		newSettings("/tmp/t.ngc", nil, config.Default()), nil)
	p := d.final.P
	if !math.IsNaN(p.num[2]) {
		t.Errorf("#2 read #1 before the line's assignments took effect: %v", p.num[2])
	}
	if p.num[3] != 6 {
		t.Errorf("#3 = %v", p.num[3])
	}
	if want := 45.0 + 8 + 3 + 1 + 2 + 3; !near(p.local["a"], want) {
		t.Errorf("#<a> = %v, want %v", p.local["a"], want)
	}
	if !near(p.global["_g"], 5) {
		t.Errorf("#<_g> = %v", p.global["_g"])
	}
	wantPos(t, &d.final.St, 62, 6, 5)
}

func TestControlFlowSimulation(t *testing.T) {
	// A known condition takes one branch.
	st := run(t, "G21 G90 G54\n#1 = 1\no1 if [#1 GT 0]\nG0 X1 Y0 Z0\no1 else\nG0 X2 Y0 Z0\no1 endif\n", nil)
	wantPos(t, st, 1, 0, 0)
	// An unknown one merges: what differs becomes unknown.
	st = run(t, "G21 G90 G54\no1 if [#5 GT 0]\nG0 X1 Y0 Z0\no1 else\nG0 X2 Y0 Z0\no1 endif\n", nil)
	wantPos(t, st, math.NaN(), 0, 0)
	// A call forgets what the subroutine may change, and only that.
	st = run(t, "G21 G90 G54\no<cool> sub\nM8\no<cool> endsub\no<move> sub\nG0 X#1\no<move> endsub\nG0 X1 Y2 Z3\no<cool> call\n", nil)
	wantPos(t, st, 1, 2, 3)
	st = run(t, "G21 G90 G54\no<move> sub\nG0 X#1\no<move> endsub\nG0 X1 Y2 Z3\no<move> call [5]\n", nil)
	wantPos(t, st, math.NaN(), math.NaN(), math.NaN())
	// The definition itself runs nothing.
	st = run(t, "G21 G90 G54\nG0 X1 Y2 Z3\no<move> sub\nG0 X9\no<move> endsub\n", nil)
	wantPos(t, st, 1, 2, 3)
	// A loop with a known condition is iterated.
	st = run(t, "G21 G90 G54\nG0 X0 Y0 Z0\n#1 = 0\no2 while [#1 LT 3]\nG91 G0 X1\n#1 = [#1 + 1]\no2 endwhile\nG90\n", nil)
	wantPos(t, st, 3, 0, 0)
	st = run(t, "G21 G90 G54\nG0 X0 Y0 Z0\no3 repeat [4]\nG91 G0 Y2\no3 endrepeat\n#1 = 2\no4 do\nG91 G0 Z-1\n#1 = [#1 - 1]\no4 while [#1 GT 0]\nG90\n", nil)
	wantPos(t, st, 0, 8, -2)
	// Nested known loops.
	st = run(t, "G21 G90 G54\nG0 X0 Y0 Z0\n#1 = 0\no5 while [#1 LT 2]\n#2 = 0\no6 while [#2 LT 3]\nG91 G0 X1\n#2 = [#2 + 1]\no6 endwhile\n#1 = [#1 + 1]\no5 endwhile\nG90\n", nil)
	wantPos(t, st, 6, 0, 0)
	// An unknown condition: what the body changes is unknown after the loop.
	st = run(t, "G21 G90 G54\nG0 X0 Y0 Z0\no2 while [#7 LT 3]\nG91 G0 X1\no2 endwhile\nG90\n", nil)
	wantPos(t, st, math.NaN(), 0, 0)
	// An endless loop hits the bound and falls back to unknown.
	st = run(t, "G21 G90 G54\nG0 X0 Y0 Z0\no2 while [1]\nG91 G0 X1\no2 endwhile\nG90\n", nil)
	wantPos(t, st, math.NaN(), 0, 0)
	// A loop that never runs changes nothing.
	st = run(t, "G21 G90 G54\nG0 X0 Y0 Z0\no2 while [0]\nG0 X5\no2 endwhile\n", nil)
	wantPos(t, st, 0, 0, 0)
	// Fanuc: a forward GOTO merges its state into the target's.
	st = run(t, "G21 G90 G54\nG0 X0 Y0 Z0\nIF [#1 GT 0] GOTO 10\nG0 X5\nN10 G0 Y1\n", nil)
	wantPos(t, st, math.NaN(), 1, 0)
	st = run(t, "G21 G90 G54\nG0 X0 Y0 Z0\nGOTO 10\nG0 X5\nN10 G0 Y1\n", nil)
	wantPos(t, st, 0, 1, 0)
	// A target that a later line jumps back to is a loop: unknown.
	st = run(t, "G21 G90 G54\nG0 X0 Y0 Z0\nN10 G0 Y1\nG91 G0 X1\nIF [#1 LT 3] GOTO 10\nG90\n", nil)
	wantPos(t, st, math.NaN(), math.NaN(), math.NaN())
}

func TestCheckpointReplay(t *testing.T) {
	text := genCAM(5000)
	d := build(nil, source.NewLines(text), newSettings("/tmp/t.ngc", text, machineCfg(t)), nil)
	// The state at a line from the nearest checkpoint equals a replay from the top.
	for _, off := range []int{0, len(text) / 3, len(text) / 2, len(text) - 10} {
		sim, _ := d.stateAt(off)
		full := newSim(d.prog, nil)
		var b Block
		ls := lineStart(text, off)
		forLines(textChunk(text), func(line, start, end int) {
			if start >= ls {
				return
			}
			scanLine(&b, text, line, start, end)
			full.Exec(&b)
		})
		if !sim.St.equal(&full.St) {
			t.Errorf("offset %d: checkpoint replay %v differs from full replay %v", off, sim.St.Pos, full.St.Pos)
		}
	}
}

// LinuxCNC's polar words (interp_find.cc): @ distance and ^ angle from the work origin in
// G90, added to the current point's distance and angle in G91; canned cycles repeat them.
func TestPolarCoordinates(t *testing.T) {
	st := run(t, "G21 G90 G54 G17\nG0 X0 Y0 Z5\nG1 @10 ^90 F100\n", nil)
	wantPos(t, st, 0, 10, 5)
	st = run(t, "G21 G90 G54 G17\nG0 X3 Y4 Z5\nG1 ^0 F100\n", nil) // keeps the distance 5
	wantPos(t, st, 5, 0, 5)
	st = run(t, "G21 G90 G54 G17\nG0 X10 Y0 Z5\nG91 G1 ^90 F100\nG1 @-5\n", nil)
	wantPos(t, st, 0, 5, 5)
	st = run(t, "G20 G90 G54 G17\nG0 X0 Y0 Z1\nG1 @1 ^0 F10\n", nil) // inches
	wantPos(t, st, 25.4, 0, 25.4)
	// Six holes on a circle of radius 1: the last one back at the start angle.
	st = run(t, "G21 G90 G54 G17\nG0 X1 Y0 Z1\nG91 G81 ^60 R0 Z-2 L6 F100\n", nil)
	wantPos(t, st, 1, 0, 1)
}

// TestParameterWithDecimalPoint: `#504.` and `#504.0` name #504 (Fanuc macro programs write
// `Z#504.`; LinuxCNC reads an integral real as the parameter number).
func TestParameterWithDecimalPoint(t *testing.T) {
	st := run(t, "G21 G90 G54\n#504 = 12.5\n#1 = 3\nG0 X#1. Y#1.0 Z#504.\n", nil)
	wantPos(t, st, 3, 3, 12.5)
}

// TestBlanksInsideNumbers: blanks between the digits of a number, and around its decimal
// point, are dropped as LinuxCNC and Grbl drop them (`G4 P0 0.5` dwells half a second);
// blanks before the next word end it, and an M code's number stops at a blank, its text
// may follow (`M117 3 parts left`).
func TestBlanksInsideNumbers(t *testing.T) {
	st := run(t, "G21 G90 G54\nG0 X1 2 . 5 Y. 2 5 Z- 3 0\n", nil)
	wantPos(t, st, 12.5, 0.25, -30)
	var b Block
	scanLine(&b, []byte("G4 P0 0.5 F1 000"), 1, 0, 16)
	if b.Bad() || len(b.Words) != 3 || b.Words[1].Value != 0.5 || b.Words[2].Value != 1000 {
		t.Errorf("G4 P0 0.5 F1 000: words %+v (bad %v %q)", b.Words, b.Bad(), b.BadMsg)
	}
	b = Block{}
	scanLine(&b, []byte("M117 3 parts left"), 1, 0, 17)
	if b.Bad() || len(b.Words) != 1 || b.Words[0].Value != 117 || b.Text != "3 parts left" {
		t.Errorf("M117 3 parts left: words %+v text %q", b.Words, b.Text)
	}
}

// TestGotoLoopState: a loop closed by a GOTO back runs its first pass in the state it is
// entered with (the fixtures haas/cut-with-spindle-stopped.nc and
// fanuc/feed-undefined.goto-loop.nc report on it); after the last GOTO back falls through,
// what the loop may change is unknown: a later pass may have moved on.
func TestGotoLoopState(t *testing.T) {
	st := run(t, "O1000\nG21 G90 G54 F100\nG0 X0 Y0 Z5\nN10 G91 G0 X10\nG90\nIF [#1 LT 3] GOTO 10\nM0\n", nil)
	wantPos(t, st, math.NaN(), math.NaN(), math.NaN())
	if st.Distance != -1 {
		t.Errorf("distance %d after a loop that switches it", st.Distance)
	}
}

// TestGotoLoopExitJump: a jump out of a GOTO loop is taken on some pass, not only the
// first: at its target what the loop may change is unknown.
func TestGotoLoopExitJump(t *testing.T) {
	st := run(t, "O1000\nG21 G90 G54 F100\nG0 X0 Y0 Z5\nN10 G91 G0 X10\nG90\nIF [#1 GT 5] GOTO 99\n#1 = #1 + 1\nGOTO 10\nN99 M0\n", nil)
	wantPos(t, st, math.NaN(), math.NaN(), math.NaN())
}

// TestHaasConditionalBranch: Haas's `[cond] M99 Pn` is the branch IF [cond] GOTOn, so a
// forward one merges its state into the target's and a backward one closes a loop; the M99
// is not a return.
func TestHaasConditionalBranch(t *testing.T) {
	st := run(t, "G21 G90 G54\nG0 X0 Y0 Z0\n[#1 GT 0] M99 P10\nG0 X5\nN10 G0 Y1\n", nil)
	wantPos(t, st, math.NaN(), 1, 0)
	st = run(t, "O1000\nG21 G90 G54 F100\nG0 X0 Y0 Z5\nN10 G91 G0 X10\nG90\n[#1 LT 3] M99 P10\nM0\n", nil)
	wantPos(t, st, math.NaN(), math.NaN(), math.NaN())
}
