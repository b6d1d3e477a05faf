package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// gantryWithin runs gantry and fails, instead of hanging the suite, when it does not return.
func gantryWithin(t *testing.T, limit time.Duration, args ...string) (string, string, int) {
	t.Helper()
	type result struct {
		out, err string
		code     int
	}
	done := make(chan result, 1)
	go func() {
		o, e, c := gantry(t, args...)
		done <- result{o, e, c}
	}()
	select {
	case r := <-done:
		return r.out, r.err, r.code
	case <-time.After(limit):
		t.Fatalf("gantry %v did not return within %v", args, limit)
		return "", "", -1
	}
}

// FIFOs, devices and links to them are skipped with a message, never read; named
// explicitly, they fail the run (the file asked for was not checked).
func TestCheckSkipsSpecialFilesWithoutReadingThem(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "ok.st"), "PROGRAM P\nEND_PROGRAM\n")
	if err := syscall.Mkfifo(filepath.Join(dir, "p.st"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "p.xml"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "zero.v")); err != nil {
		t.Fatal(err)
	}
	out, errs, code := gantryWithin(t, time.Minute, "check", dir)
	if code != 0 || !strings.Contains(out, "1 file") {
		t.Errorf("exit %d, out:\n%s\nerr:\n%s", code, out, errs)
	}
	for _, name := range []string{"p.st", "zero.v"} {
		if !strings.Contains(errs, name+": not a regular file, skipped") {
			t.Errorf("no skip message for %s:\n%s", name, errs)
		}
	}
	for _, name := range []string{"p.st", "zero.v"} {
		_, errs, code := gantryWithin(t, time.Minute, "check", filepath.Join(dir, name))
		if code != 2 || !strings.Contains(errs, "not a regular file") {
			t.Errorf("%s named explicitly: exit %d, %s", name, code, errs)
		}
	}
}

// `--config` naming a FIFO is refused, not read.
func TestCheckRefusesAFIFOAsConfig(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "ok.st"), "PROGRAM P\nEND_PROGRAM\n")
	fifo := filepath.Join(dir, "cfg.toml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code := gantryWithin(t, time.Minute, "check", "--config", fifo, filepath.Join(dir, "ok.st"))
	if code != 2 || !strings.Contains(errs, "not a regular file") {
		t.Errorf("exit %d: %s", code, errs)
	}
}

// What cannot be read is reported and fails the run: a broken link, and (when not root,
// who reads everything) a folder without permission.
func TestCheckReportsUnreadableFilesAndFolders(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "ok.st"), "PROGRAM P\nEND_PROGRAM\n")
	if err := os.Symlink(filepath.Join(dir, "gone.st"), filepath.Join(dir, "broken.st")); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() != 0 {
		sub := filepath.Join(dir, "locked")
		if err := os.Mkdir(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(sub, "hidden.st"), "PROGRAM Q\nEND_PROGRAM\n")
		if err := os.Chmod(sub, 0); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(sub, 0o755)
	}
	_, errs, code := gantryWithin(t, time.Minute, "check", dir)
	if code != 2 || !strings.Contains(errs, "cannot read") || !strings.Contains(errs, "broken.st") {
		t.Errorf("exit %d: %s", code, errs)
	}
	if os.Geteuid() != 0 && !strings.Contains(errs, "locked") {
		t.Errorf("the locked folder is not reported: %s", errs)
	}
}

// A pathological neighbour (900k nested parentheses, just under the workspace's size
// bound) does not stop `gantry check empty.v`.
func TestCheckIsNotHeldUpByAPathologicalSibling(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "empty.v"), "")
	n := 900_000
	write(t, filepath.Join(dir, "deep.v"), "module m(output x);\nassign x = "+strings.Repeat("(", n)+"1"+strings.Repeat(")", n)+";\nendmodule\n")
	_, errs, code := gantryWithin(t, 2*time.Minute, "check", filepath.Join(dir, "empty.v"))
	if code != 0 {
		t.Errorf("exit %d: %s", code, errs)
	}
}
