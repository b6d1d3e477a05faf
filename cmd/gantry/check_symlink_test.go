package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckThroughALinkedFolder: a project reached through a symbolic link (a checkout
// linked into the home folder, a shell whose working folder is the link) is checked as a
// tree, and its files still see each other's names: named as the link, as a file under it,
// or as "." from inside it.
func TestCheckThroughALinkedFolder(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "checkout")
	write(t, filepath.Join(real, "gantry.toml"), "")
	write(t, filepath.Join(real, "Library", "FB_Valve.st"), "FUNCTION_BLOCK FB_Valve\nVAR_INPUT bOpen : BOOL; END_VAR\nVAR_OUTPUT bIsOpen : BOOL; END_VAR\nbIsOpen := bOpen;\nEND_FUNCTION_BLOCK\n")
	write(t, filepath.Join(real, "POUs", "MAIN.st"), "PROGRAM MAIN\nVAR fbValve : FB_Valve; bDone : BOOL; END_VAR\nfbValve(bOpen := TRUE);\nbDone := fbValve.bIsOpen;\nEND_PROGRAM\n")
	link := filepath.Join(dir, "project")
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	wd, _ := os.Getwd()
	t.Cleanup(func() { os.Chdir(wd) })
	for _, c := range []struct {
		cwd  string
		args []string
	}{
		{dir, []string{link}},
		{dir, []string{filepath.Join(link, "POUs", "MAIN.st")}},
		{link, []string{"."}},
	} {
		if err := os.Chdir(c.cwd); err != nil {
			t.Fatal(err)
		}
		t.Setenv("PWD", c.cwd) // as a shell sets it: the working folder by the link's name
		var out, errOut bytes.Buffer
		code := run(append([]string{"check"}, c.args...), &out, &errOut)
		if code != 0 || strings.Contains(out.String(), "undeclared") || strings.Contains(out.String(), "0 files checked") {
			t.Errorf("check %v from %s: exit %d\n%s%s", c.args, c.cwd, code, out.String(), errOut.String())
		}
	}
	// A TwinCAT project (its .plcproj, POUs and GVLs in folders of their own) gives the
	// same findings from inside its link as from inside its real folder.
	tc, err := filepath.Abs(filepath.Join(wd, "..", "..", "testdata", "st", "project"))
	if err != nil {
		t.Fatal(err)
	}
	tcLink := filepath.Join(dir, "tc")
	if err := os.Symlink(tc, tcLink); err != nil {
		t.Fatal(err)
	}
	outputs := map[string]string{}
	for _, d := range []string{tc, tcLink} {
		if err := os.Chdir(d); err != nil {
			t.Fatal(err)
		}
		t.Setenv("PWD", d)
		var out, errOut bytes.Buffer
		run([]string{"check", "."}, &out, &errOut)
		outputs[d] = out.String()
	}
	if outputs[tc] != outputs[tcLink] {
		t.Errorf("from the real folder:\n%s\nfrom the link:\n%s", outputs[tc], outputs[tcLink])
	}
}
