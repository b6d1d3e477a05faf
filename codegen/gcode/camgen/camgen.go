// Package camgen writes deterministic CAM-like G-code programs of any length, for
// benchmarks and large-file tests.
package camgen

import (
	"bytes"
	"fmt"
	"math"
)

// Program writes a deterministic CAM-like LinuxCNC program of about n lines: facing
// zig-zags, pocket rings with arcs at stepped depths, drilling cycles and tool changes,
// all inside the test machine profile (codegen/gcode/testdata/rules/machine/gantry.toml) and free
// of error-severity findings.
func Program(n int) []byte {
	var b bytes.Buffer
	b.Grow(n * 24)
	lines := 0
	w := func(format string, args ...any) {
		fmt.Fprintf(&b, format, args...)
		b.WriteByte('\n')
		lines++
	}
	w("%%")
	w("(generated CAM program, %d lines)", n)
	w("G21 G90 G17 G40 G49 G80 G54")
	w("G0 Z25")
	tool := 1
	op := 0
	for lines < n-12 {
		op++
		// tool change
		w("G0 Z25")
		w("M5")
		w("M9")
		w("T%d M6", tool)
		w("G0 G43 H%d Z25", tool)
		w("S%d M3", 6000+tool*500)
		w("M8")
		switch op % 3 {
		case 1: // facing
			w("(FACE%d)", op)
			w("G0 X0 Y0")
			w("G0 Z5")
			w("G1 Z-0.5 F300")
			for y := 0.0; y <= 200 && lines < n-12; y += 5 {
				x := 200.0
				if int(y/5)%2 == 1 {
					x = 0
				}
				w("G1 X%.3f Y%.3f F1200", x, y)
				w("G1 Y%.3f", math.Min(y+5, 200))
			}
		case 2: // pocket rings
			w("(POCKET%d)", op)
			w("G0 X100 Y100")
			w("G0 Z5")
			for z := -0.5; z >= -6 && lines < n-12; z -= 0.5 {
				w("G1 Z%.3f F200", z)
				for r := 5.0; r <= 60 && lines < n-12; r += 5 {
					w("G1 X%.3f Y100 F900", 100+r)
					w("G3 X%.3f Y100 I%.3f J0", 100-r, -r)
					w("G3 X%.3f Y100 I%.3f J0", 100+r, r)
				}
				w("G0 Z5")
				w("G0 X100 Y100")
			}
		default: // drilling
			w("(DRILL%d)", op)
			w("G0 X10 Y10")
			w("G0 Z5")
			w("G98 G81 X10 Y10 Z-5 R2 F150")
			for i := 0; i < 200 && lines < n-12; i++ {
				w("X%.3f Y%.3f", 10+float64(i%20)*9, 10+float64(i/20)*9)
			}
			w("G80")
		}
		w("G0 Z25")
		tool = tool%2 + 1
	}
	w("G0 Z25")
	w("M5")
	w("M9")
	w("G53 G0 Z0")
	w("M30")
	w("%%")
	return b.Bytes()
}
