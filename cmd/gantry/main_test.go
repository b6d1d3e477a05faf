package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen/ollama/ollamatest"
)

func gantry(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return out.String(), errb.String(), code
}

type checkJSON struct {
	Files []struct {
		Path        string `json:"path"`
		Language    string `json:"language"`
		Diagnostics []struct {
			Rule      string `json:"rule"`
			Severity  string `json:"severity"`
			Line      int    `json:"line"`
			Column    int    `json:"column"`
			EndLine   int    `json:"endLine"`
			EndColumn int    `json:"endColumn"`
			Message   string `json:"message"`
		} `json:"diagnostics"`
	} `json:"files"`
	Summary struct{ Files, Errors, Warnings int } `json:"summary"`
}

func TestCheckJSONContractAndExitCodes(t *testing.T) {
	out, stderr, code := gantry(t, "check", "--format", "json", "testdata/unsafe.st", "testdata/conveyor.st")
	if code != 1 {
		t.Fatalf("exit %d, want 1 (errors found); stderr %s", code, stderr)
	}
	var rep checkJSON
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if rep.Summary.Files != 2 || rep.Summary.Errors < 2 || len(rep.Files) != 2 {
		t.Fatalf("summary %+v", rep.Summary)
	}
	found := map[string]bool{}
	for _, f := range rep.Files {
		if f.Language != "st" {
			t.Errorf("language %q", f.Language)
		}
		for _, d := range f.Diagnostics {
			if f.Path == "testdata/unsafe.st" && d.Rule == "st/write-to-input" {
				found[d.Rule] = d.Line == 8 && d.Column == 1 && d.EndColumn == 8 && d.Severity == "error"
			}
			if d.Rule == "st/division-by-zero" {
				found[d.Rule] = d.Line == 9
			}
		}
	}
	if !found["st/write-to-input"] || !found["st/division-by-zero"] {
		t.Errorf("findings %s", out)
	}

	if _, _, code := gantry(t, "check", "testdata/conveyor.st"); code != 0 {
		t.Errorf("clean file: exit %d", code)
	}
	if _, stderr, code := gantry(t, "check", "testdata/missing.st"); code != 2 || !strings.Contains(stderr, "missing.st") {
		t.Errorf("missing file: exit %d %s", code, stderr)
	}
}

func TestCheckTextShowsSourceLineAndSyntaxExpectation(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "broken.st")
	os.WriteFile(p, []byte("PROGRAM P\nVAR\n  x : INT; (* Größe *)\nEND_VAR\nIF x > 1 THEN\n  x := 2;\nEND_PROGRAM\n"), 0o644)
	out, _, code := gantry(t, "check", p)
	if code != 1 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	if !strings.Contains(out, "error st/syntax: expected \"END_IF\"") && !strings.Contains(out, "error st/syntax") {
		t.Errorf("text output:\n%s", out)
	}
	if !strings.Contains(out, "    ") || !strings.Contains(out, "^") {
		t.Errorf("no source line with a caret:\n%s", out)
	}
}

func TestCheckRejectsBinaryAndUnknownFiles(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "image.st")
	os.WriteFile(bin, []byte("PROGRAM\x00\x01\x02"), 0o644)
	_, stderr, code := gantry(t, "check", bin)
	if code != 2 || !strings.Contains(stderr, "binary") {
		t.Errorf("binary: exit %d %q", code, stderr)
	}
	bad := filepath.Join(dir, "latin1.st")
	os.WriteFile(bad, []byte("(* Gr\xf6\xdfe *)\n"), 0o644)
	if _, _, code := gantry(t, "check", "--format", "xml", bad); code != 2 {
		t.Errorf("bad format: exit %d", code)
	}
}

func TestCheckSARIFAndGitHub(t *testing.T) {
	out, _, _ := gantry(t, "check", "--format", "sarif", "testdata/unsafe.st")
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string           `json:"name"`
					Rules []map[string]any `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				Level     string `json:"level"`
				Locations []struct {
					PhysicalLocation struct {
						Region struct{ StartLine int } `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil || log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("sarif: %v\n%s", err, out)
	}
	if len(log.Runs[0].Results) < 2 || log.Runs[0].Results[0].Level != "error" || len(log.Runs[0].Tool.Driver.Rules) < 4 {
		t.Errorf("sarif results %+v", log.Runs[0].Results)
	}
	out, _, _ = gantry(t, "check", "--format", "github", "testdata/unsafe.st")
	if !strings.Contains(out, "::error file=testdata/unsafe.st,line=8,col=1") {
		t.Errorf("github:\n%s", out)
	}
}

func TestCompleteJSONListsDroppedWithReason(t *testing.T) {
	fake := ollamatest.NewServer(t, ollamatest.CodeModel("fim"))
	// Three candidates per invoked request: the first writes an input.
	n := 0
	fake.Respond(func(r ollamatest.Request) ollamatest.Reply {
		n++
		if n%3 == 1 {
			return ollamatest.Reply{Chunks: []string{"bStart := FALSE;"}}
		}
		return ollamatest.Reply{Chunks: []string{"nCount := nCount + 1;"}}
	})
	args := []string{"complete", "--file", "testdata/conveyor.st", "--line", "14", "--col", "5", "--json", "--model", "fim", "--host", fake.URL}
	out, stderr, code := gantry(t, args...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res struct {
		Backend     string `json:"backend"`
		Model       string `json:"model"`
		Suggestions []struct {
			Text  string                                     `json:"text"`
			Range struct{ Start struct{ Line, Column int } } `json:"range"`
		} `json:"suggestions"`
		Dropped []struct{ Text, Reason, Rule, Message string } `json:"dropped"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if res.Backend != "ollama" || res.Model != "fim" || len(res.Dropped) != 1 ||
		res.Dropped[0].Reason != "rule:st/write-to-input" || res.Dropped[0].Text != "bStart := FALSE;" {
		t.Fatalf("the write to the input must be dropped: %s", out)
	}
	if d := res.Dropped[0]; d.Rule != "st/write-to-input" || !strings.Contains(d.Message, "bStart") {
		t.Errorf("the drop must name the rule and its message: %+v", d)
	}
	if len(res.Suggestions) != 1 || res.Suggestions[0].Text != "nCount := nCount + 1;" || res.Suggestions[0].Range.Start.Line != 14 || res.Suggestions[0].Range.Start.Column != 5 {
		t.Fatalf("the harmless candidate must pass, once: %s", out)
	}
	if gens := fake.Generates(); len(gens) != 3 || gens[0].Options["seed"] == gens[1].Options["seed"] {
		t.Errorf("want three generations with distinct seeds, got %d", len(gens))
	}
}

func TestCompleteOfflineUsesEmbeddedBackend(t *testing.T) {
	t.Setenv("GANTRY_MODEL", "")
	out, stderr, code := gantry(t, "complete", "--file", "testdata/conveyor.st", "--line", "14", "--col", "5", "--json")
	if code != 0 || !strings.Contains(out, `"backend": "embedded"`) {
		t.Fatalf("exit %d %s %s", code, out, stderr)
	}
	if _, stderr, code := gantry(t, "complete", "--file", "testdata/conveyor.st", "--line", "99", "--col", "1"); code != 2 || !strings.Contains(stderr, "out of range") {
		t.Errorf("out of range: %d %s", code, stderr)
	}
}

func TestPromptPrintsWhatWouldBeSent(t *testing.T) {
	out, _, code := gantry(t, "prompt", "--file", "testdata/conveyor.st", "--line", "14", "--col", "5")
	if code != 0 || !strings.Contains(out, "=== prefix ===") || !strings.Contains(out, "bMotor") || !strings.Contains(out, "<CURSOR>") {
		t.Fatalf("prompt:\n%s", out)
	}
}

func TestHelpAndVersion(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"-h"}, {"check", "-h"}, {"help", "complete"}, {"lsp", "-h"}, {"prompt", "--help"}} {
		out, _, code := gantry(t, args...)
		if code != 0 || !strings.Contains(out, "Usage") && !strings.Contains(out, "gantry") {
			t.Errorf("%v: exit %d %q", args, code, out)
		}
	}
	out, _, code := gantry(t, "version")
	if code != 0 || !strings.HasPrefix(out, "gantry ") {
		t.Errorf("version %q", out)
	}
	if _, _, code := gantry(t, "frobnicate"); code != 2 {
		t.Errorf("unknown command: %d", code)
	}
}

func TestGenerateRepairsThenPrintsCode(t *testing.T) {
	fake := ollamatest.NewServer(t, ollamatest.CodeModel("fim"))
	n := 0
	fake.Respond(func(r ollamatest.Request) ollamatest.Reply {
		n++
		if n == 1 {
			return ollamatest.Reply{Chunks: []string{"```st\nPROGRAM Debounce\nVAR_INPUT\n    bIn : BOOL;\nEND_VAR\nbIn := FALSE;\nEND_PROGRAM\n```"}}
		}
		return ollamatest.Reply{Chunks: []string{"```st\nPROGRAM Debounce\nVAR_INPUT\n    bIn : BOOL;\nEND_VAR\nVAR\n    fbT : TON;\n    bOut : BOOL;\nEND_VAR\nfbT(IN := bIn, PT := T#50MS);\nbOut := fbT.Q;\nEND_PROGRAM\n```"}}
	})
	out, stderr, code := gantry(t, "generate", "--lang", "st", "--model", "fim", "--host", fake.URL, "debounce an input for 50 ms")
	if code != 0 || !strings.Contains(out, "fbT(IN := bIn, PT := T#50MS);") || !strings.Contains(stderr, "round 1: 1 problems") {
		t.Fatalf("exit %d\n%s\n%s", code, out, stderr)
	}
	var system string
	for _, r := range fake.Requests() {
		if r.Chat != nil {
			system = r.Chat.Messages[0].Content
			break
		}
	}
	if !strings.Contains(system, "Structured Text") || !strings.Contains(system, "Never assign a VAR_INPUT") {
		t.Errorf("the system message lacks the language's conventions: %q", system)
	}
	n = 0
	out, _, code = gantry(t, "generate", "--lang", "st", "--model", "fim", "--host", fake.URL, "--rounds", "1", "--json", "x")
	if code != 1 || !strings.Contains(out, `"ok": false`) {
		t.Errorf("refusal: %d %s", code, out)
	}
	if _, stderr, code := gantry(t, "generate", "--lang", "st", "x"); code != 1 || !strings.Contains(stderr, "needs a model") {
		t.Errorf("no model: %d %s", code, stderr)
	}
}

// The prompt carries what a statement needs from another file of the workspace, with its
// source, and masks secrets.
func TestPromptCarriesDefinitionsFromOtherFiles(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "gantry.toml"), []byte("backend = \"embedded\"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "valve.st"), []byte("FUNCTION_BLOCK FB_Valve\nVAR_INPUT\n    bOpenCmd : BOOL; (* open the valve *)\n    tTravel : TIME;\nEND_VAR\nVAR_OUTPUT\n    bOpened : BOOL;\nEND_VAR\nEND_FUNCTION_BLOCK\n"), 0o644)
	main := filepath.Join(dir, "main.st")
	os.WriteFile(main, []byte("PROGRAM Main\nVAR\n    fbValve : FB_Valve;\n    sPassword : STRING := 'geheim';\nEND_VAR\nfbValve(\nEND_PROGRAM\n"), 0o644)
	out, stderr, code := gantry(t, "prompt", "--file", main, "--line", "6", "--col", "9")
	if code != 0 {
		t.Fatal(stderr)
	}
	if !strings.Contains(out, "bOpenCmd") || !strings.Contains(out, "valve.st") {
		t.Errorf("the FB's interface from valve.st is missing:\n%s", out)
	}
	if strings.Contains(out, "geheim") {
		t.Errorf("a secret is in the prompt:\n%s", out)
	}
}

// TwinCAT and PLCopen project files are checked with positions in the XML file.
func TestCheckProjectFiles(t *testing.T) {
	out, stderr, code := gantry(t, "check", "--format", "json", "../../testdata/st/project")
	if code != 0 {
		t.Fatalf("exit %d: %s %s", code, stderr, out)
	}
	var rep checkJSON
	json.Unmarshal([]byte(out), &rep)
	kinds := map[string]bool{}
	for _, f := range rep.Files {
		kinds[strings.ToLower(filepath.Ext(f.Path))] = f.Language == "st"
	}
	for _, ext := range []string{".tcpou", ".tcdut", ".tcgvl", ".xml"} {
		if !kinds[ext] {
			t.Errorf("no %s file checked as ST: %v", ext, kinds)
		}
	}
	dir := t.TempDir()
	bad := filepath.Join(dir, "FB_Bad.TcPOU")
	os.WriteFile(bad, []byte("<?xml version=\"1.0\"?>\n<TcPlcObject>\n  <POU Name=\"FB_Bad\">\n    <Declaration><![CDATA[FUNCTION_BLOCK FB_Bad\nVAR_INPUT\n    bIn : BOOL;\nEND_VAR\n]]></Declaration>\n    <Implementation>\n      <ST><![CDATA[bIn := TRUE;\n]]></ST>\n    </Implementation>\n  </POU>\n</TcPlcObject>\n"), 0o644)
	out, _, code = gantry(t, "check", "--format", "json", bad)
	json.Unmarshal([]byte(out), &rep)
	if code != 1 || len(rep.Files) != 1 || len(rep.Files[0].Diagnostics) == 0 || rep.Files[0].Diagnostics[0].Line != 10 || rep.Files[0].Diagnostics[0].Column != 20 || rep.Files[0].Diagnostics[0].Rule != "st/write-to-input" {
		t.Errorf("the write must be reported at 10:20 of the XML: %s", out)
	}
}

// A misspelt or out-of-range setting in gantry.toml stops `gantry check` with exit 2 and a
// message that names each key and its valid values.
func TestCheckRefusesBadSettings(t *testing.T) {
	dir := t.TempDir()
	toml := "[st]\ndialect = \"siemens\"\n[rules]\n\"st/write-to-inptu\" = \"off\"\n[completion]\ncandidates_invoked = 100000\n"
	if err := os.WriteFile(filepath.Join(dir, "gantry.toml"), []byte(toml), 0o644); err != nil {
		t.Fatal(err)
	}
	src, _ := os.ReadFile("testdata/conveyor.st")
	if err := os.WriteFile(filepath.Join(dir, "conveyor.st"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := gantry(t, "check", filepath.Join(dir, "conveyor.st"))
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	for _, want := range []string{
		`st.dialect "siemens": want auto, codesys, scl or ax`,
		`rules."st/write-to-inptu": unknown rule (did you mean "st/write-to-input"?`,
		"completion.candidates_invoked = 100000: want 1 to 8",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}

// No secret of the privacy fixture set reaches `gantry prompt` output or the model host,
// written as comments in each language's files.
func TestSecretsNeverLeaveTheMachine(t *testing.T) {
	raw, err := os.ReadFile("../../codegen/privacy/testdata/secrets.txt")
	if err != nil {
		t.Fatal(err)
	}
	var secrets, lines []string
	for _, l := range strings.Split(string(raw), "\n") {
		if secret, ctx, ok := strings.Cut(l, "\t"); ok && !strings.HasPrefix(l, "#") {
			secrets = append(secrets, secret)
			lines = append(lines, strings.ReplaceAll(ctx, "{s}", secret))
		}
	}
	comment := func(prefix string) string {
		var sb strings.Builder
		for _, l := range lines {
			sb.WriteString(prefix + l + "\n")
		}
		return sb.String()
	}
	dir := t.TempDir()
	files := map[string]struct {
		text string
		line int // 1-based line of the cursor: the blank line
	}{
		"p.st":  {"PROGRAM P\nVAR\n  n : INT;\nEND_VAR\n" + comment("// ") + "n := n + 1;\n\nEND_PROGRAM\n", 4 + len(lines) + 2},
		"p.ngc": {"G21 G90 G17\n" + comment("; ") + "G0 X0 Y0\n\nM30\n", 1 + len(lines) + 2},
		"m.v":   {"module m (input clk, output reg q);\n" + comment("  // ") + "  always @(posedge clk) q <= ~q;\n\nendmodule\n", 1 + len(lines) + 2},
	}
	fake := ollamatest.NewServer(t, ollamatest.CodeModel("fim"))
	fake.Reply(ollamatest.Reply{Chunks: []string{"\n"}})
	for name, f := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(f.text), 0o644); err != nil {
			t.Fatal(err)
		}
		pos := []string{"--file", path, "--line", strconv.Itoa(f.line), "--col", "1"}
		out, stderr, code := gantry(t, append([]string{"prompt", "--json"}, pos...)...)
		if code != 0 {
			t.Fatalf("%s: exit %d %s", name, code, stderr)
		}
		if !strings.Contains(out, "HMI login") || !strings.Contains(out, "sendgrid") {
			t.Fatalf("%s: the comments must be in the prompt (masked): %s", name, out)
		}
		for _, s := range secrets {
			if strings.Contains(out, s) {
				t.Errorf("%s: gantry prompt shows %q", name, s)
			}
		}
		if _, stderr, code := gantry(t, append([]string{"complete", "--model", "fim", "--host", fake.URL}, pos...)...); code != 0 {
			t.Fatalf("%s: complete exit %d %s", name, code, stderr)
		}
	}
	gens := fake.Generates()
	if len(gens) < len(files) {
		t.Fatalf("%d requests reached the model host", len(gens))
	}
	for _, g := range gens {
		sent := g.Prompt + g.Suffix + g.System
		if !strings.Contains(sent, "HMI login") {
			t.Errorf("request without the comments: %.200q", sent)
		}
		for _, s := range secrets {
			if strings.Contains(sent, s) {
				t.Errorf("the model host received %q", s)
			}
		}
	}
}
