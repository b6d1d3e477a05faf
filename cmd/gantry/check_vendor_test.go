package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// A vendored library lies in a folder the workspace walk skips (vendor/). Checking its
// files from the project's root still indexes that folder: a fragment the library's package
// includes is judged as part of it, not full of undeclared names.
func TestCheckFilesInAVendoredLibrary(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "gantry.toml"), "")
	write(t, filepath.Join(dir, "rtl", "top.sv"), "module top (input logic clk);\nendmodule\n")
	write(t, filepath.Join(dir, "vendor", "gen", "src", "gen_pkg.sv"),
		"package gen_pkg;\n  typedef enum {MACHINE, USER} mode_t;\n  `include \"gen_setting.sv\"\nendpackage\n")
	write(t, filepath.Join(dir, "vendor", "gen", "target", "rv32", "gen_setting.sv"),
		"parameter mode_t supported_modes[] = {MACHINE, USER};\nparameter int XLEN = 32;\n")
	for _, args := range [][]string{
		{filepath.Join(dir, "vendor", "gen", "target", "rv32", "gen_setting.sv")},
		{dir},
	} {
		var out, errOut bytes.Buffer
		code := run(append([]string{"check"}, args...), &out, &errOut)
		if code != 0 || strings.Contains(out.String(), "undeclared") {
			t.Errorf("check %v: exit %d\n%s%s", args, code, out.String(), errOut.String())
		}
	}
}
