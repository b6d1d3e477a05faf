package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// copyTree copies the regular files under src into dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		p := filepath.Join(dst, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		return os.WriteFile(p, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// manyFiles makes a folder of every language: the repository's corpora and projects, and
// n generated ST files that call each other and a shared GVL, with findings in some.
func manyFiles(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for _, d := range []string{"st", "demo", "gcode", "rtl", "sv", "scl", "ax"} {
		copyTree(t, filepath.Join("../../testdata", d), filepath.Join(dir, d))
	}
	gen := filepath.Join(dir, "gen")
	if err := os.MkdirAll(gen, 0o755); err != nil {
		t.Fatal(err)
	}
	gvl := "VAR_GLOBAL\n\tnShared : INT;\n\tbInput AT %IX0.0 : BOOL;\nEND_VAR\n"
	if err := os.WriteFile(filepath.Join(gen, "gvl.st"), []byte(gvl), 0o644); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		var b strings.Builder
		fmt.Fprintf(&b, "FUNCTION_BLOCK FB_Gen%d\nVAR_INPUT\n\tnIn : INT;\nEND_VAR\nVAR\n\tnUnused%d : INT;\n", i, i)
		if i > 0 {
			fmt.Fprintf(&b, "\tfbPrev : FB_Gen%d;\n", i-1)
		}
		b.WriteString("END_VAR\n")
		if i > 0 {
			b.WriteString("fbPrev(nIn := nIn + nShared);\n")
		}
		switch i % 4 {
		case 0:
			b.WriteString("bInput := TRUE;\n") // writes an input
		case 1:
			b.WriteString("nShared := nMissing;\n") // undeclared
		case 2:
			b.WriteString("IF nIn > 0 THEN\n\tnShared := nIn;\n") // syntax error
		}
		b.WriteString("END_FUNCTION_BLOCK\n")
		if err := os.WriteFile(filepath.Join(gen, fmt.Sprintf("fb_%03d.st", i)), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// The parallel check prints the same bytes as a serial one, in every format.
func TestParallelCheckMatchesSerial(t *testing.T) {
	dir := manyFiles(t, 120)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, format := range []string{"text", "json", "sarif", "gitlab", "github"} {
		runtime.GOMAXPROCS(1)
		serialOut, serialErr, serialCode := gantry(t, "check", "--format", format, dir)
		runtime.GOMAXPROCS(8)
		parOut, parErr, parCode := gantry(t, "check", "--format", format, dir)
		if serialCode != parCode || serialErr != parErr {
			t.Errorf("%s: exit %d / %d, stderr %q / %q", format, serialCode, parCode, serialErr, parErr)
		}
		if serialOut != parOut {
			t.Errorf("%s: parallel output differs from serial:\n%s", format, firstDiff(serialOut, parOut))
		}
		if format == "text" && !strings.Contains(serialOut, "files checked") {
			t.Errorf("text: %s", serialOut)
		}
		if format == "json" {
			for _, want := range []string{`"st/write-to-input"`, `"st/undeclared-identifier"`, `"st/syntax"`, `"gcode"`, `"rtl"`} {
				if !strings.Contains(strings.ReplaceAll(parOut, `": "`, `":"`), want) {
					t.Errorf("json lacks %s", want)
				}
			}
		}
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\nserial:   %s\nparallel: %s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("lengths %d / %d lines", len(al), len(bl))
}

// buildGantry builds the command once for tests that run it as a process.
func buildGantry(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "gantry")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// The progress line shows on a terminal once the run takes longer than the delay, and
// never when stderr is a pipe or the format is machine-readable.
func TestProgressLineOnlyOnATerminal(t *testing.T) {
	script, err := exec.LookPath("script")
	if err != nil {
		t.Skip("script (util-linux) not installed: no pseudo-terminal to test with")
	}
	bin := buildGantry(t)
	dir := manyFiles(t, 40)
	// onTTY runs gantry with stdout to a file and stderr on a pseudo-terminal that script
	// records; it returns what reached the terminal and what reached stdout.
	onTTY := func(delay string, args ...string) (string, string) {
		t.Helper()
		out := filepath.Join(t.TempDir(), "stdout")
		cmdline := shellQuote(bin) + " " + strings.Join(quoteAll(args), " ") + " >" + shellQuote(out)
		cmd := exec.Command(script, "-qefc", cmdline, "/dev/null")
		cmd.Env = append(os.Environ(), "GANTRY_PROGRESS_AFTER="+delay)
		tty, _ := cmd.Output() // exit 1: the folder has errors
		stdout, err := os.ReadFile(out)
		if err != nil {
			t.Fatalf("%v (terminal: %q)", err, tty)
		}
		return string(tty), string(stdout)
	}
	tty, stdout := onTTY("0s", "check", dir)
	if !strings.Contains(tty, "gantry check: ") || !strings.Contains(tty, fmt.Sprintf("/%d files", countLine(stdout))) {
		t.Errorf("no progress line on the terminal: %q", tty)
	}
	if !strings.Contains(tty, "\x1b[K") || strings.Contains(stdout, "\r") {
		t.Errorf("the line is not erased, or leaks into stdout: tty %q", tty)
	}
	// A run shorter than the delay (the default second) prints none.
	if tty, _ := onTTY("1h", "check", dir); strings.Contains(tty, "files\x1b[K") {
		t.Errorf("progress before the delay: %q", tty)
	}
	for _, format := range []string{"json", "sarif", "gitlab", "github"} {
		if tty, stdout := onTTY("0s", "check", "--format", format, dir); strings.Contains(tty, "files\x1b[K") || strings.Contains(stdout, "\x1b") {
			t.Errorf("%s: progress shown: tty %q", format, tty)
		}
	}
	// Piped: never.
	cmd := exec.Command(bin, "check", dir)
	cmd.Env = append(os.Environ(), "GANTRY_PROGRESS_AFTER=0s")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	_, _ = cmd.Output()
	if strings.Contains(stderr.String(), "files\x1b[K") || strings.Contains(stderr.String(), "\r") {
		t.Errorf("progress on a pipe: %q", stderr.String())
	}
}

// countLine returns N from the text report's "N files checked".
func countLine(text string) int {
	i := strings.LastIndex(text, " files checked")
	if i < 0 {
		return -1
	}
	j := strings.LastIndexByte(text[:i], '\n') + 1
	var n int
	fmt.Sscan(text[j:i], &n)
	return n
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func quoteAll(args []string) []string {
	var out []string
	for _, a := range args {
		out = append(out, shellQuote(a))
	}
	return out
}
