package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
)

// The GitHub Action (action.yml) and the pre-commit hooks (.pre-commit-hooks.yaml) at the
// repository root, run the way their tools run them, in a repository the test makes.

// needTool finds a program the test needs; CI installs it (.ci/run), so there a missing
// one fails the test instead of skipping it.
func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is required in CI (.ci/run installs it)", name)
		}
		t.Skipf("%s not installed", name)
	}
	return p
}

// repoRoot is this repository's root: the action's path and the hooks' repository. It is
// found from this file, since the tests change the working directory.
func repoRoot(t *testing.T) string {
	t.Helper()
	_, here, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("no caller information")
	}
	return filepath.Join(filepath.Dir(here), "..", "..")
}

// loadYAML reads a YAML file with PyYAML (what pre-commit itself uses), as JSON into v.
// Debian's python3-yaml is for /usr/bin/python3, which may not be first on PATH.
func loadYAML(t *testing.T, path string, v any) {
	t.Helper()
	var out []byte
	var err error = fmt.Errorf("no python3")
	for _, py := range []string{"python3", "/usr/bin/python3"} {
		if _, lerr := exec.LookPath(py); lerr != nil {
			continue
		}
		out, err = exec.Command(py, "-c", "import sys, json, yaml; json.dump(yaml.safe_load(open(sys.argv[1])), sys.stdout)", path).Output()
		if err == nil {
			break
		}
	}
	if err != nil {
		if os.Getenv("CI") == "" {
			t.Skipf("no python3 with PyYAML (Debian python3-yaml): %v %s", err, errOutput(err))
		}
		t.Fatalf("%s: %v\n%s", path, err, errOutput(err))
	}
	if err := json.Unmarshal(out, v); err != nil {
		t.Fatal(err)
	}
}

func errOutput(err error) []byte {
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.Stderr
	}
	return nil
}

type actionYAML struct {
	Inputs map[string]struct {
		Default string `json:"default"`
	} `json:"inputs"`
	Runs struct {
		Using string `json:"using"`
		Steps []struct {
			Name  string            `json:"name"`
			Uses  string            `json:"uses"`
			Shell string            `json:"shell"`
			Run   string            `json:"run"`
			Env   map[string]string `json:"env"`
		} `json:"steps"`
	} `json:"runs"`
}

var expression = regexp.MustCompile(`\$\{\{\s*([^}]*?)\s*\}\}`)

// runAction runs a composite action's steps as the GitHub runner does: each run step's
// script written to a file and run with `bash --noprofile --norc -eo pipefail`, inputs
// (defaults overridden by with) reaching it through ${{ }} expressions, the workspace as
// working directory, and GITHUB_PATH lines put in front of PATH for the steps after.
// Steps that use other actions (actions/setup-go) are the runner's own business: the Go
// and C compiler they provide are this machine's. It returns the output of the last step
// and whether every step succeeded.
func runAction(t *testing.T, workspace string, with map[string]string) (string, bool) {
	t.Helper()
	var a actionYAML
	loadYAML(t, filepath.Join(repoRoot(t), "action.yml"), &a)
	if a.Runs.Using != "composite" {
		t.Fatalf("runs.using %q", a.Runs.Using)
	}
	inputs := map[string]string{}
	for name, in := range a.Inputs {
		inputs[name] = in.Default
	}
	for k, v := range with {
		if _, ok := a.Inputs[k]; !ok {
			t.Fatalf("action.yml has no input %q", k)
		}
		inputs[k] = v
	}
	temp := t.TempDir()
	githubPath := filepath.Join(temp, "github_path")
	if err := os.WriteFile(githubPath, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := map[string]string{"github.action_path": repoRoot(t), "github.workspace": workspace, "runner.temp": temp}
	expand := func(s string) string {
		return expression.ReplaceAllStringFunc(s, func(m string) string {
			ref := expression.FindStringSubmatch(m)[1]
			if name, ok := strings.CutPrefix(ref, "inputs."); ok {
				return inputs[name]
			}
			v, ok := ctx[ref]
			if !ok {
				t.Fatalf("action.yml uses ${{ %s }}, which this runner does not know", ref)
			}
			return v
		})
	}
	var out bytes.Buffer
	for i, st := range a.Runs.Steps {
		if st.Uses != "" {
			t.Logf("step %q uses %s: provided by this machine", st.Name, st.Uses)
			continue
		}
		if st.Shell != "bash" {
			t.Fatalf("step %q: shell %q (composite run steps must name one; bash expected)", st.Name, st.Shell)
		}
		script := filepath.Join(temp, fmt.Sprintf("step%d.sh", i))
		if err := os.WriteFile(script, []byte(expand(st.Run)), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", script)
		cmd.Dir = workspace
		extra, _ := os.ReadFile(githubPath)
		path := os.Getenv("PATH")
		for _, p := range strings.Fields(string(extra)) {
			path = p + string(os.PathListSeparator) + path
		}
		cmd.Env = append(os.Environ(), "PATH="+path, "CI=true", "GITHUB_ACTIONS=true",
			"GITHUB_ACTION_PATH="+repoRoot(t), "GITHUB_WORKSPACE="+workspace, "RUNNER_TEMP="+temp, "GITHUB_PATH="+githubPath)
		for k, v := range st.Env {
			cmd.Env = append(cmd.Env, k+"="+expand(v))
		}
		out.Reset()
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Run(); err != nil {
			t.Logf("step %q failed: %v", st.Name, err)
			return out.String(), false
		}
	}
	return out.String(), true
}

func TestGitHubActionAnnotatesChangedLinesOfAPullRequest(t *testing.T) {
	needTool(t, "bash")
	dir := gitRepo(t)
	runGit(t, dir, "checkout", "-q", "-b", "feature")
	write(t, filepath.Join(dir, "src", "legacy.st"), changedST)
	runGit(t, dir, "commit", "-q", "-am", "feature")

	out, ok := runAction(t, dir, map[string]string{"paths": "src", "diff": "main"})
	if ok {
		t.Errorf("a new error must fail the step:\n%s", out)
	}
	if !strings.Contains(out, "::error file=src/legacy.st,line=13,") || strings.Contains(out, "line=11") {
		t.Errorf("annotations must cover the pull request's line 13 only:\n%s", out)
	}

	// Every line, as SARIF to a file for code scanning.
	out, ok = runAction(t, dir, map[string]string{"paths": "src", "format": "sarif", "output": "gantry.sarif"})
	data, err := os.ReadFile(filepath.Join(dir, "gantry.sarif"))
	if ok || err != nil || !strings.Contains(string(data), `"ruleId": "st/write-to-input"`) || strings.Count(string(data), `"ruleId"`) != 2 {
		t.Errorf("sarif output (step ok %v, %v):\n%s\n%s", ok, err, data, out)
	}

	// With a baseline of the legacy finding, a change without new findings passes.
	runGit(t, dir, "checkout", "-q", "main")
	if _, _, code := gantry(t, "check", "--write-baseline", ".gantry-baseline.json", "src"); code != 0 {
		t.Fatalf("write-baseline exit %d", code)
	}
	write(t, filepath.Join(dir, "src", "legacy.st"), "(* moved *)\n"+legacyST)
	if out, ok := runAction(t, dir, map[string]string{"paths": "src", "baseline": ".gantry-baseline.json"}); !ok || strings.Contains(out, "::error") {
		t.Errorf("baselined finding reported:\n%s", out)
	}
}

type hookYAML struct {
	ID       string `json:"id"`
	Entry    string `json:"entry"`
	Language string `json:"language"`
	Files    string `json:"files"`
}

func TestPreCommitHooksRunInARepository(t *testing.T) {
	var hooks []hookYAML
	loadYAML(t, filepath.Join(repoRoot(t), ".pre-commit-hooks.yaml"), &hooks)
	if len(hooks) == 0 {
		t.Fatal("no hooks")
	}
	// Every extension a language pack knows is one the hooks pass to gantry.
	for _, h := range hooks {
		re, err := regexp.Compile(h.Files)
		if err != nil {
			t.Fatalf("%s: files: %v", h.ID, err)
		}
		for _, ext := range registry().Extensions() {
			if !re.MatchString("dir/file" + ext) {
				t.Errorf("%s: files %q does not match %s", h.ID, h.Files, ext)
			}
		}
		if re.MatchString("README.md") {
			t.Errorf("%s: files %q matches README.md", h.ID, h.Files)
		}
	}
	preCommit := needTool(t, "pre-commit")
	root := repoRoot(t)
	dir := gitRepo(t)
	write(t, filepath.Join(dir, "src", "legacy.st"), changedST)
	write(t, filepath.Join(dir, "notes.md"), "not checked\n")
	runGit(t, dir, "add", ".")

	gomodcache, _ := exec.Command("go", "env", "GOMODCACHE").Output()
	run := func(hook string) (string, int) {
		// try-repo runs the hooks of the repository as it is, on the staged files.
		cmd := exec.Command(preCommit, "try-repo", root, hook, "--verbose")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "PRE_COMMIT_HOME="+filepath.Join(t.TempDir(), "pc"),
			"GOMODCACHE="+strings.TrimSpace(string(gomodcache)), "GOFLAGS=-trimpath",
			"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1", "GIT_AUTHOR_NAME=Test", "GIT_AUTHOR_EMAIL=t@example.com",
			"GIT_COMMITTER_NAME=Test", "GIT_COMMITTER_EMAIL=t@example.com")
		out, err := cmd.CombinedOutput()
		if ee, ok := err.(*exec.ExitError); ok {
			return string(out), ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return string(out), 0
	}
	out, code := run("gantry-check")
	if code != 1 || !strings.Contains(out, "src/legacy.st:13:1: error st/write-to-input") || !strings.Contains(out, "Failed") {
		t.Fatalf("gantry-check on a staged write to an input: exit %d\n%s", code, out)
	}
	if strings.Contains(out, "notes.md") {
		t.Errorf("the hook was given a Markdown file:\n%s", out)
	}

	// Fixed and staged: the hook passes. The system variant finds gantry on PATH.
	write(t, filepath.Join(dir, "src", "legacy.st"), strings.ReplaceAll(changedST, "bSensor := ", "nRatio := 0; // "))
	runGit(t, dir, "add", ".")
	bin := filepath.Join(t.TempDir(), "bin")
	build := exec.Command("go", "build", "-o", filepath.Join(bin, "gantry"), "./cmd/gantry")
	build.Dir = root
	if b, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	if out, code := run("gantry-check-system"); code != 0 || !strings.Contains(out, "Passed") {
		t.Errorf("gantry-check-system on fixed code: exit %d\n%s", code, out)
	}
}
