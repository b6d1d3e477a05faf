package gcode

import "github.com/gantry-dev/gantry/codegen/gcode/camgen"

func genCAM(n int) []byte { return camgen.Program(n) }
