// Package packs lists the language packs Gantry ships, for the CLI, the server and tests.
package packs

import (
	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/gcode"
	"github.com/gantry-dev/gantry/codegen/rtl"
	"github.com/gantry-dev/gantry/codegen/st"
)

// Registry returns a registry of every pack.
func Registry() *codegen.Registry {
	return codegen.NewRegistry(st.New(), gcode.New(), rtl.New())
}
