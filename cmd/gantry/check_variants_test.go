package main

import (
	"fmt"
	"strings"
	"testing"
)

// TestCheckVariantsFolderFromTheCommandLine: a simulator's test suite keeps hundreds of
// tests in one folder, each with its own `module sub`. `gantry check .` names the files
// relative to the working folder, the workspace absolutely; the lookup must still see that
// the many definitions lie in one folder (read the first few, judge no instance against
// them), for a test in that folder and for one beside it (the suite's uvm/ folder), while a
// module defined once is still judged.
func TestCheckVariantsFolderFromTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"t/solo.v":         "module solo (input a);\nendmodule\n",
		"t/t_other.v":      "module t_other;\n  wire [7:0] w;\n  sub u_sub (.nope(w));\n  solo u_solo (.b(w[0]));\nendmodule\n",
		"t/extra/t_side.v": "module t_side;\n  wire [7:0] w;\n  sub u_sub (.nope(w));\nendmodule\n",
	}
	for i := 1; i <= 40; i++ {
		files[fmt.Sprintf("t/t_case%02d.v", i)] = fmt.Sprintf("module t_case%02d (input clk);\n  wire [7:0] v;\n  sub u_sub (.d%d(v));\nendmodule\nmodule sub (input [7:0] d%d);\nendmodule\n", i, i, i)
	}
	writeFiles(t, dir, files)
	t.Chdir(dir)
	for _, args := range [][]string{{"."}, {"t/t_other.v", "t/extra/t_side.v"}} {
		got, stderr := checkFindings(t, args...)
		for _, file := range []string{"t_other.v", "t_side.v"} {
			for _, f := range got[file] {
				if strings.Contains(f, "port-connection-mismatch") && strings.Contains(f, "nope") {
					t.Errorf("check %v: %s: an instance judged against one of 40 variants: %s\n%s", args, file, f, stderr)
				}
			}
		}
		if !strings.Contains(strings.Join(got["t_other.v"], "\n"), "port-connection-mismatch") {
			t.Errorf("check %v: the instance of solo, defined once, is not judged: %v", args, got["t_other.v"])
		}
	}
}
