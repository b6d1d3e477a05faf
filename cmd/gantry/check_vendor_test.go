package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// A vendored library lies in a folder the workspace walk skips (vendor/). Checking its
// files from the project's root still indexes that folder: a fragment the library's package
// includes is judged as part of it, not full of undeclared names; so is one that a library
// the vendored library vendors in turn includes.
func TestCheckFilesInAVendoredLibrary(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "gantry.toml"), "")
	write(t, filepath.Join(dir, "rtl", "top.sv"), "module top (input logic clk);\nendmodule\n")
	write(t, filepath.Join(dir, "vendor", "gen", "src", "gen_pkg.sv"),
		"package gen_pkg;\n  typedef enum {MACHINE, USER} mode_t;\n  `include \"gen_setting.sv\"\nendpackage\n")
	write(t, filepath.Join(dir, "vendor", "gen", "target", "rv32", "gen_setting.sv"),
		"parameter mode_t supported_modes[] = {MACHINE, USER};\nparameter int XLEN = 32;\n")
	// A vendored core that vendors its own library: the library's package includes the
	// core's setting file (lowRISC's ibex inside Sonata, riscv-dv inside ibex).
	write(t, filepath.Join(dir, "vendor", "core", "vendor", "gen2", "src", "gen2_pkg.sv"),
		"package gen2_pkg;\n  typedef enum {M2, U2} mode2_t;\n  `include \"core_setting.sv\"\nendpackage\n")
	write(t, filepath.Join(dir, "vendor", "core", "dv", "core_setting.sv"),
		"parameter mode2_t modes2[] = {M2, U2};\n")
	for _, args := range [][]string{
		{filepath.Join(dir, "vendor", "gen", "target", "rv32", "gen_setting.sv")},
		{filepath.Join(dir, "vendor", "core", "dv", "core_setting.sv")},
		{dir},
	} {
		var out, errOut bytes.Buffer
		code := run(append([]string{"check"}, args...), &out, &errOut)
		if code != 0 || strings.Contains(out.String(), "undeclared") {
			t.Errorf("check %v: exit %d\n%s%s", args, code, out.String(), errOut.String())
		}
	}
}
