package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// legacyST writes an input (st/write-to-input) on line 8: a finding the team knows of.
const legacyST = `PROGRAM Legacy
VAR_INPUT
    bSensor : BOOL;
END_VAR
VAR
    nRatio : INT;
END_VAR
bSensor := TRUE;
nRatio := nRatio + 1;
END_PROGRAM
`

// changedST moves the legacy finding down three lines and adds a new one on line 13.
var changedST = "(* Line 1 of a new header *)\n(* line 2 *)\n(* line 3 *)\n" +
	strings.Replace(legacyST, "nRatio := nRatio + 1;\n", "nRatio := nRatio + 1;\nbSensor := FALSE;\n", 1)

// gitRepo makes a repository with legacy.st committed and returns its folder, the working
// directory of the test from then on.
func gitRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "src", "legacy.st"), legacyST)
	runGit(t, dir, "init", "-q", "-b", "main")
	runGit(t, dir, "add", ".")
	runGit(t, dir, "commit", "-q", "-m", "legacy")
	t.Chdir(dir)
	return dir
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func runGit(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// findings runs check --format json and returns "file:line:rule" of every finding.
func findings(t *testing.T, args ...string) ([]string, int) {
	t.Helper()
	out, stderr, code := gantry(t, append([]string{"check", "--format", "json"}, args...)...)
	var rep checkJSON
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v: %s\n%s", err, out, stderr)
	}
	var got []string
	for _, f := range rep.Files {
		for _, d := range f.Diagnostics {
			got = append(got, filepath.ToSlash(f.Path)+":"+strconv.Itoa(d.Line)+":"+d.Rule)
		}
	}
	return got, code
}

func TestCheckDiffReportsOnlyChangedLines(t *testing.T) {
	dir := gitRepo(t)
	write(t, filepath.Join(dir, "src", "legacy.st"), changedST)
	write(t, filepath.Join(dir, "src", "new.st"), legacyST) // untracked: every line is new
	got, code := findings(t, "--diff", "HEAD", "src")
	want := []string{"src/legacy.st:13:st/write-to-input", "src/new.st:8:st/write-to-input"}
	if strings.Join(got, " ") != strings.Join(want, " ") || code != 1 {
		t.Errorf("--diff HEAD: %v (exit %d), want %v (exit 1)", got, code, want)
	}
	// Staged and committed changes count the same against an older revision.
	runGit(t, dir, "add", "src/legacy.st")
	runGit(t, dir, "commit", "-q", "-m", "change")
	if got, _ := findings(t, "--diff", "HEAD~1", "src/legacy.st"); strings.Join(got, " ") != "src/legacy.st:13:st/write-to-input" {
		t.Errorf("--diff HEAD~1 after commit: %v", got)
	}
	if got, code := findings(t, "--diff", "HEAD", "src/legacy.st"); len(got) != 0 || code != 0 {
		t.Errorf("nothing changed since HEAD: %v (exit %d)", got, code)
	}
	// Without --diff everything is reported.
	if got, _ := findings(t, "src/legacy.st"); len(got) != 2 {
		t.Errorf("full check: %v", got)
	}
	_, stderr, code := gantry(t, "check", "--diff", "no-such-rev", "src")
	if code != 2 || !strings.Contains(stderr, "not a revision") {
		t.Errorf("bad revision: exit %d, %s", code, stderr)
	}
}

func TestBaselineSurvivesLineShiftsAndCountsDuplicates(t *testing.T) {
	dir := gitRepo(t)
	out, stderr, code := gantry(t, "check", "--write-baseline", ".gantry-baseline.json", "src")
	if code != 0 || !strings.Contains(stderr, "wrote 1 findings") || !strings.Contains(out, "0 errors") {
		t.Fatalf("write-baseline: exit %d\n%s%s", code, out, stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, ".gantry-baseline.json"))
	if err != nil || !strings.Contains(string(data), `"file": "src/legacy.st"`) || !strings.Contains(string(data), `"line": "bSensor := TRUE;"`) {
		t.Fatalf("baseline file: %v\n%s", err, data)
	}
	if got, code := findings(t, "--baseline", ".gantry-baseline.json", "src"); len(got) != 0 || code != 0 {
		t.Errorf("unchanged code against its baseline: %v (exit %d)", got, code)
	}
	// Three lines inserted above, one new finding: only the new one is reported.
	write(t, filepath.Join(dir, "src", "legacy.st"), changedST)
	if got, code := findings(t, "--baseline", ".gantry-baseline.json", "src"); strings.Join(got, " ") != "src/legacy.st:13:st/write-to-input" || code != 1 {
		t.Errorf("after the shift: %v (exit %d)", got, code)
	}
	// A second copy of the known line is a new finding: the baseline counts.
	write(t, filepath.Join(dir, "src", "legacy.st"), strings.Replace(legacyST, "bSensor := TRUE;\n", "bSensor := TRUE;\nbSensor := TRUE;\n", 1))
	if got, _ := findings(t, "--baseline", ".gantry-baseline.json", "src"); len(got) != 1 {
		t.Errorf("duplicate of a known line: %v", got)
	}
	// The baseline is keyed to its own folder: the same check from a subfolder matches.
	t.Chdir(filepath.Join(dir, "src"))
	write(t, filepath.Join(dir, "src", "legacy.st"), changedST)
	if got, _ := findings(t, "--baseline", "../.gantry-baseline.json", "legacy.st"); strings.Join(got, " ") != "legacy.st:13:st/write-to-input" {
		t.Errorf("from a subfolder: %v", got)
	}
	write(t, filepath.Join(dir, "bad.json"), `{"version": 7}`)
	if _, stderr, code := gantry(t, "check", "--baseline", "../bad.json", "legacy.st"); code != 2 || !strings.Contains(stderr, "version 7") {
		t.Errorf("bad baseline: exit %d %s", code, stderr)
	}
}

func TestCheckGitLabCodeQuality(t *testing.T) {
	dir := gitRepo(t)
	type issue struct {
		Description string `json:"description"`
		CheckName   string `json:"check_name"`
		Fingerprint string `json:"fingerprint"`
		Severity    string `json:"severity"`
		Location    struct {
			Path  string `json:"path"`
			Lines struct {
				Begin int `json:"begin"`
			} `json:"lines"`
		} `json:"location"`
	}
	read := func() []issue {
		out, stderr, _ := gantry(t, "check", "--format", "gitlab", "src")
		var issues []issue
		if err := json.Unmarshal([]byte(out), &issues); err != nil {
			t.Fatalf("%v\n%s%s", err, out, stderr)
		}
		return issues
	}
	before := read()
	if len(before) != 1 {
		t.Fatalf("issues %+v", before)
	}
	b := before[0]
	if b.CheckName != "st/write-to-input" || b.Severity != "major" || b.Location.Path != "src/legacy.st" || b.Location.Lines.Begin != 8 || !strings.Contains(b.Description, "bSensor") || len(b.Fingerprint) != 32 {
		t.Errorf("issue %+v", b)
	}
	write(t, filepath.Join(dir, "src", "legacy.st"), changedST)
	after := read()
	if len(after) != 2 || after[0].Fingerprint != b.Fingerprint || after[0].Location.Lines.Begin != 11 || after[1].Fingerprint == b.Fingerprint {
		t.Errorf("after a line shift the known issue keeps its fingerprint, the new one has its own: %+v", after)
	}
	out, _, _ := gantry(t, "check", "--format", "gitlab", filepath.Join(t.TempDir(), "none"))
	if strings.TrimSpace(out) != "[]" {
		t.Errorf("no files: %q", out)
	}
}
