package packs_test

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/packs"
	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/syntax"
	"github.com/gantry-dev/gantry/codegen/workspace"
)

// echoBackend answers every request with one text: the line the author wrote.
type echoBackend struct{ text string }

func (echoBackend) Name() string  { return "echo" }
func (echoBackend) Model() string { return "echo" }
func (b echoBackend) Fill(context.Context, codegen.FillRequest) ([]codegen.Candidate, error) {
	return []codegen.Candidate{{Text: b.text}}, nil
}

// ownCodeTally counts, for one language, the lines offered and the ones the gate showed.
type ownCodeTally struct {
	asked, shown int
	own          int // dropped for a finding the author's whole file has too
	ownRules     map[string]int
	drops        map[string]int
}

// TestGateShowsTheAuthorsOwnCode takes lines out of real, clean files and has a model
// answer with exactly what the author wrote there: the gate must show it. A line it drops
// is a false veto, code the engineer would have typed that Gantry hides (a rule wrong on
// that code, a grammar that does not read it, a cut that breaks it). The corpora are
// files written for Gantry; GANTRY_OWN_CODE_DIRS (a list of folders, as PATH) measures
// other trees by hand, and GANTRY_OWN_CODE_DROPS=1 logs every drop.
func TestGateShowsTheAuthorsOwnCode(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline a few hundred times")
	}
	dirs := []string{"../../testdata/st/corpus", "../../testdata/scl", "../../testdata/gcode/corpus", "../../testdata/rtl/corpus"}
	floor := ownCodeFloor
	if env := os.Getenv("GANTRY_OWN_CODE_DIRS"); env != "" {
		dirs, floor = filepath.SplitList(env), 0
	}
	reg := packs.Registry()
	tallies := map[string]*ownCodeTally{}
	for _, dir := range dirs {
		var files []string
		filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && reg.ForPath(path) != nil {
				files = append(files, path)
			}
			return nil
		})
		sort.Strings(files)
		for _, path := range files {
			ownCodeOfFile(t, reg, path, tallies)
		}
	}
	var all ownCodeTally
	for _, l := range slices.Sorted(maps.Keys(tallies)) {
		tl := tallies[l]
		all.asked += tl.asked
		all.shown += tl.shown
		fmt.Printf("own code shown, %s: %d of %d (%.1f%%) %s; %d more dropped for a finding the file has too (%s)\n", l, tl.shown, tl.asked, 100*float64(tl.shown)/float64(max(tl.asked, 1)), counted(tl.drops), tl.own, counted(tl.ownRules))
	}
	if all.asked == 0 {
		t.Fatal("no line asked")
	}
	rate := float64(all.shown) / float64(all.asked)
	fmt.Printf("own code shown, all: %d of %d (%.1f%%)\n", all.shown, all.asked, 100*rate)
	if rate < floor {
		t.Errorf("the gate showed %.1f%% of the authors' own lines, below %.0f%%", 100*rate, 100*floor)
	}
}

// counted lists a tally's keys with their counts, sorted: "syntax ×2, repeat ×1".
func counted(m map[string]int) string {
	var out []string
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, fmt.Sprintf("%s ×%d", k, m[k]))
	}
	return strings.Join(out, ", ")
}

// ownCodeFloor is below what the corpora measured when the test was written (100%, 1,307
// single lines and three-line blocks; before the gate read a NAMESPACE line in the whole
// document, 1,306).
const ownCodeFloor = 0.99

// ownCodeWorkspaces keeps one workspace per project root, as an editor session would.
var ownCodeWorkspaces = map[string]*workspace.Workspace{}

// ownCodeLines is how many lines of one file are taken out, spread over it.
const ownCodeLines = 8

// ownCodeOfFile asks for up to ownCodeLines lines of one file. A file with a syntax error
// is skipped (the author's code is what compiles), and so are lines that already carry an
// error finding and lines that are only a comment.
func ownCodeOfFile(t *testing.T, reg *codegen.Registry, path string, tallies map[string]*ownCodeTally) {
	t.Helper()
	ctx := context.Background()
	p := reg.ForPath(path)
	raw, err := os.ReadFile(path)
	if err != nil || source.CheckText(raw) != "" || len(raw) > 256<<10 {
		return
	}
	cfg, err := config.ForFile(path)
	if err != nil {
		cfg = config.Default()
	}
	root := workspace.FindRoot([]string{path}).Dir
	ws := ownCodeWorkspaces[root]
	if ws == nil {
		ws = workspace.New(reg, root)
		ownCodeWorkspaces[root] = ws
	}
	f, err := codegen.Parse(ctx, p, path, raw)
	if err != nil {
		return
	}
	base := codegen.Diagnose(ctx, p, codegen.CheckRequest{Path: path, File: f, Config: cfg, Workspace: ws})
	// The gate holds a model's code one severity stricter than the author's (a warning
	// drops it), so a line with any finding of its own is no measure of false vetoes.
	flagged := map[int]bool{}
	fileHas := map[string]bool{}
	for _, fd := range base.Findings {
		fileHas[ownFindingKey(fd.Rule, fd.Message)] = true
		if fd.Rule == p.ID()+"/syntax" {
			return
		}
		for l := f.Lines.LineOf(fd.Start); l <= f.Lines.LineOf(max(fd.End-1, fd.Start)); l++ {
			flagged[l] = true
		}
	}
	lines := strings.SplitAfter(string(raw), "\n")
	var candidates []int
	offset := 0
	for i, l := range lines {
		body := strings.TrimSpace(l)
		at := offset + len(l) - len(strings.TrimLeft(l, " \t"))
		offset += len(l)
		if body == "" || flagged[i] || inComment(f, at) {
			continue
		}
		candidates = append(candidates, i)
	}
	step := max(len(candidates)/ownCodeLines, 1)
	tl := tallies[p.ID()]
	if tl == nil {
		tl = &ownCodeTally{drops: map[string]int{}, ownRules: map[string]int{}}
		tallies[p.ID()] = tl
	}
	for k := 0; k < len(candidates); k += step {
		spans := []int{1}
		if k/step%2 == 1 {
			spans = append(spans, 3) // every other pick also asks for a block of three lines
		}
		for _, n := range spans {
			i := candidates[k]
			if i+n > len(lines) || (n > 1 && (flagged[i+1] || flagged[i+2])) {
				continue
			}
			ownCodeAsk(t, reg, p, path, cfg, ws, lines, i, n, fileHas, tl)
		}
	}
}

// ownCodeAsk takes lines i to i+n-1 out (the first from its indentation on) and asks for
// them back.
// A drop for a finding the whole file has too (the same rule and message, reported where
// the lines come back) is the author's own state, counted apart: the gate holds a model's
// code to the file's standard, not to a stricter one than the author met.
func ownCodeAsk(t *testing.T, reg *codegen.Registry, p codegen.Pack, path string, cfg *config.Config, ws *workspace.Workspace, lines []string, i, n int, fileHas map[string]bool, tl *ownCodeTally) {
	ctx := context.Background()
	line := strings.TrimRight(lines[i], "\r\n")
	indent := len(line) - len(strings.TrimLeft(line, " \t"))
	span := strings.Join(lines[i:i+n], "")
	body := strings.TrimRight(span, "\r\n")
	// The gate's answer has the editor's line breaks (LF; editors insert it in the
	// document's own), so a CRLF file's lines are compared without their CR, and so are
	// those of a file whose lines end in CR CR LF (a CRLF file saved again as CRLF).
	want := crlf.ReplaceAllString(body[indent:], "\n")
	before := strings.Join(lines[:i], "") + line[:indent]
	after := span[len(body):] + strings.Join(lines[i+n:], "")
	df, err := codegen.Parse(ctx, p, path, []byte(before+after))
	if err != nil {
		return
	}
	e := &codegen.Engine{Registry: reg, Primary: echoBackend{want}}
	res, err := e.Suggest(ctx, codegen.SuggestRequest{Path: path, File: df, Offset: len(before), Config: cfg, Workspace: ws, Invoked: true})
	if err != nil || res.Skip != "" {
		return // nothing asked of the model here
	}
	if len(res.Suggestions) == 0 && len(res.Dropped) > 0 && res.Dropped[0].Rule != "" && fileHas[ownFindingKey(res.Dropped[0].Rule, res.Dropped[0].Message)] {
		tl.own++
		tl.ownRules[res.Dropped[0].Rule]++
		return
	}
	tl.asked++
	for _, sg := range res.Suggestions {
		// The whole answer, or its first lines where the context asks for one line (a
		// single-line request keeps the first) or the gate cut the rest at a line's end.
		// Clean trims the blanks that end a candidate, so lines compare without theirs (a
		// line of SQL in a multi-line string that ended in a space).
		got, all := trailingBlanks.ReplaceAllString(sg.Text, ""), trailingBlanks.ReplaceAllString(want, "")
		if strings.TrimSpace(got) == strings.TrimSpace(all) || (strings.TrimSpace(got) != "" && strings.HasPrefix(all, got+"\n")) {
			tl.shown++
			return
		}
	}
	why := "not shown"
	detail := ""
	if len(res.Dropped) > 0 {
		why, detail = res.Dropped[0].Reason, res.Dropped[0].Message
	} else if len(res.Suggestions) > 0 {
		why, detail = "shortened", fmt.Sprintf("%q", res.Suggestions[0].Text)
	}
	tl.drops[why]++
	if os.Getenv("GANTRY_OWN_CODE_DROPS") != "" {
		t.Logf("dropped, %s: %s:%d (%d lines): %q — %s", why, path, i+1, n, want, detail)
	}
}

// crlf matches a line break with the carriage returns before it.
var crlf = regexp.MustCompile(`\r+\n`)

// trailingBlanks matches the blanks that end a line.
var trailingBlanks = regexp.MustCompile(`(?m)[ \t]+$`)

// ownFindingKey is a finding's rule and message without its numbers: a message naming a
// line ("first call on line 80") names another one once lines are taken out.
func ownFindingKey(rule, message string) string {
	return rule + ": " + strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '#'
		}
		return r
	}, message)
}

// inComment reports whether byte off of f starts or lies in a comment: a line that is only
// a comment, or part of a block comment, asks nothing of the gate.
func inComment(f *syntax.File, off int) bool {
	root := f.Root()
	if root == nil {
		return false
	}
	row, col := f.Lines.Point(off)
	at := sitter.Point{Row: uint32(row), Column: uint32(col)}
	n := root.NamedDescendantForPointRange(at, at)
	return n != nil && strings.Contains(n.Type(), "comment")
}

// echoSuggest asks for a suggestion at offset of doc, saved as path, from a model that
// answers with answer.
func echoSuggest(t *testing.T, path, doc string, offset int, answer string) *codegen.Result {
	t.Helper()
	reg := packs.Registry()
	ctx := context.Background()
	f, err := codegen.Parse(ctx, reg.ForPath(path), path, []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	e := &codegen.Engine{Registry: reg, Primary: echoBackend{answer}}
	res, err := e.Suggest(ctx, codegen.SuggestRequest{Path: path, File: f, Offset: offset, Config: config.Default(), Invoked: true})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestGCodeSuggestionIsNotEscapedAsXML: a G-code file's code region (up to its program
// end) is plain text, so a suggestion with LinuxCNC's named parameters or an `&` in a
// comment is shown as the model wrote it, not as XML entities (`#&lt;depth&gt;`, which
// the gate then dropped as a syntax error).
func TestGCodeSuggestionIsNotEscapedAsXML(t *testing.T) {
	doc := "%\n#<depth> = 2.5\nG21 G90 G17 G54\nT1 M6\nS8000 M3\nG0 X0 Y0 Z5\n\nM5\nM30\n%\n"
	offset := strings.Index(doc, "\n\nM5") + 1
	want := "G1 Z-#<depth> F200 (plunge & hold)"
	res := echoSuggest(t, filepath.Join(t.TempDir(), "part.ngc"), doc, offset, want)
	if len(res.Suggestions) != 1 || res.Suggestions[0].Text != want {
		t.Fatalf("suggestions %+v, dropped %+v; want %q as written", res.Suggestions, res.Dropped, want)
	}
	if strings.Contains(res.Prompt.Prefix, "&lt;") || !strings.Contains(res.Prompt.Prefix, "#<depth>") {
		t.Errorf("the prompt shows the program as written: %q", res.Prompt.Prefix)
	}
}

// TestGateReadsANamespaceLineInTheWholeDocument: a NAMESPACE wraps a file's units, so a
// unit's window cannot hold both ends of it. With the first line not typed yet, the
// END_NAMESPACE at the end is the document's error; the NAMESPACE line a model offers
// closes it and is shown, while one too many, or a block the document does not close,
// is still dropped.
func TestGateReadsANamespaceLineInTheWholeDocument(t *testing.T) {
	body := "\n    TYPE E_State : (Idle, Busy); END_TYPE\n\n    FUNCTION_BLOCK FB_Lamp\n        VAR_INPUT\n            bOn : BOOL;\n        END_VAR\n        VAR\n            bLit : BOOL;\n        END_VAR\n        bLit := bOn;\n    END_FUNCTION_BLOCK\n\n    FUNCTION_BLOCK FB_Pump\n        VAR\n            bRun : BOOL;\n        END_VAR\n        bRun := TRUE;\n    END_FUNCTION_BLOCK\n\nEND_NAMESPACE\n"
	path := filepath.Join(t.TempDir(), "Lamp.st")
	ask := func(doc string, offset int, answer string) *codegen.Result {
		t.Helper()
		return echoSuggest(t, path, doc, offset, answer)
	}
	if res := ask(body, 0, "NAMESPACE Plant.Lighting"); len(res.Suggestions) != 1 {
		t.Errorf("the namespace's first line is dropped: %+v", res.Dropped)
	}
	whole := "NAMESPACE Plant.Lighting\n" + body
	if res := ask(whole, 0, "NAMESPACE Plant.Other"); len(res.Suggestions) != 0 {
		t.Errorf("a second NAMESPACE with one END_NAMESPACE is shown: %+v", res.Suggestions)
	}
	at := strings.Index(whole, "        bLit := bOn;") + 8
	if res := ask(whole, at, "IF bOn THEN"); len(res.Suggestions) != 0 {
		t.Errorf("an IF nothing closes is shown: %+v", res.Suggestions)
	}
}

// TestGateReadsAHeaderedDocumentsFirstLine: a SIMATIC AX file opens with USING
// directives, then the NAMESPACE or CONFIGURATION that wraps its units. The first unit
// holds those directives, so the cursor on the wrapper's line, not typed yet, is at no
// edge of it; it is between the document's top-level items, and what the line opens is
// closed at the file's end. The line is shown; one the document does not close is not.
func TestGateReadsAHeaderedDocumentsFirstLine(t *testing.T) {
	ns := "USING Plant.Types;\n\nNAMESPACE Plant.Lighting\n    CLASS Lamp\n        VAR\n            on : BOOL;\n        END_VAR\n    END_CLASS\n\n    CLASS Pump\n        VAR\n            run : BOOL;\n        END_VAR\n    END_CLASS\nEND_NAMESPACE\n"
	cfg := "USING Plant.Lighting;\nUSING Plant.Types;\n\nCONFIGURATION PlantIO\n    VAR_GLOBAL\n        iStart AT %I0.0 : BOOL;\n        qLamp AT %Q0.0 : BOOL;\n    END_VAR\n\n    VAR_GLOBAL RETAIN\n        nCycles : DINT;\n    END_VAR\nEND_CONFIGURATION\n"
	for _, c := range []struct{ doc, line string }{{ns, "NAMESPACE Plant.Lighting"}, {cfg, "CONFIGURATION PlantIO"}} {
		path := filepath.Join(t.TempDir(), "Plant.st")
		at := strings.Index(c.doc, c.line)
		without := c.doc[:at] + c.doc[at+len(c.line):]
		if res := echoSuggest(t, path, without, at, c.line); len(res.Suggestions) != 1 {
			t.Errorf("%q after the USING lines is dropped: %+v", c.line, res.Dropped)
		}
		blank := strings.Index(c.doc, "\n\n") + 1
		other := strings.Fields(c.line)[0] + " Plant.Other"
		if res := echoSuggest(t, path, c.doc, blank, other); len(res.Suggestions) != 0 {
			t.Errorf("a second %q with one end is shown: %+v", other, res.Suggestions)
		}
		for _, wrong := range []string{"NAMESPACE Plant.Other", "CONFIGURATION Other"} {
			if wrong == c.line || strings.HasPrefix(c.line, strings.Fields(wrong)[0]) {
				continue
			}
			if res := echoSuggest(t, path, without, at, wrong); len(res.Suggestions) != 0 {
				t.Errorf("%q where %q belongs is shown: %+v", wrong, c.line, res.Suggestions)
			}
		}
	}
}

// TestGateKeysFindingsWithoutLineNumbers: a finding whose message names another line
// (a second call of an instance names the first one's line) names it by another number
// once a candidate of several lines is inserted above. It was there before the candidate
// and is there after it: the block of declarations is shown. A candidate that adds one
// more such finding is still dropped.
func TestGateKeysFindingsWithoutLineNumbers(t *testing.T) {
	doc := "FUNCTION_BLOCK FB_Step\nVAR\n    nStep : INT;\n    bDone : BOOL;\n    bBusy : BOOL;\n    tWait : TON;\nEND_VAR\n" +
		"tWait(IN := TRUE, PT := T#100MS);\nIF tWait.Q THEN\n    tWait(IN := FALSE, PT := T#0MS);\n    nStep := 20;\n    bDone := TRUE;\n    bBusy := FALSE;\nEND_IF;\n" +
		"END_FUNCTION_BLOCK\n\nFUNCTION_BLOCK FB_Other\nVAR\n    x : INT;\nEND_VAR\nx := 1;\nEND_FUNCTION_BLOCK\n"
	path := filepath.Join(t.TempDir(), "Step.st")
	block := "nStep : INT;\n    bDone : BOOL;\n    bBusy : BOOL;"
	at := strings.Index(doc, block)
	res := echoSuggest(t, path, doc[:at]+doc[at+len(block):], at, "nStep : INT;\nbDone : BOOL;\nbBusy : BOOL;")
	if len(res.Suggestions) != 1 {
		t.Errorf("the declarations above a second call are dropped: %+v", res.Dropped)
	}
	at = strings.Index(doc, "    bBusy := FALSE;") + 4
	if res := echoSuggest(t, path, doc, at, "tWait(IN := TRUE, PT := T#1S);"); len(res.Suggestions) != 0 || len(res.Dropped) == 0 || res.Dropped[0].Rule != "st/fb-instance-multi-call" {
		t.Errorf("a third call of the instance is not dropped for it: %+v, %+v", res.Suggestions, res.Dropped)
	}
}

// TestGateReadsAnIncludedFragment: a Verilog header holding a module's items (assumptions
// of a formal testbench, as lowRISC writes them) has syntax errors alone and none where it
// is included; a line a model offers there is judged as Diagnose judges the file, among a
// module's items, while a broken one is still dropped.
func TestGateReadsAnIncludedFragment(t *testing.T) {
	doc := "// included inside the formal testbench module\nalways_comb begin\n  if (f_ready) begin\n    \n  end\nend\n\nassert property (@(posedge clk_i) req_i |-> ##[1:4] ack_o);\n"
	path := filepath.Join(t.TempDir(), "checks.svh")
	offset := strings.Index(doc, "    \n") + 4
	expectShown(t, path, doc, offset, map[string]bool{"assume (~div_en_i);": true, "assume (~div_en_i": false})
}

// TestGateMendsAnIncludedFragment: a header of a module's items (a testbench's cover
// properties, each in a clocked block) whose block is missing its `end` parses neither
// alone nor where it is included, so it is no fragment as it stands; the `end` a model
// offers makes it one, and is shown. An answer after which it still parses nowhere is
// dropped.
func TestGateMendsAnIncludedFragment(t *testing.T) {
	doc := "// included inside the bus monitor's module\nalways @(posedge clk) begin\n  c_burst: cover property (valid && ready ##1 valid && ready);\nend\n\nalways @(posedge clk) begin\n  c_stall: cover property (valid && !ready ##1 valid && !ready);\n\n\n// the end\n"
	path := filepath.Join(t.TempDir(), "monitor_covers.svh")
	offset := strings.Index(doc, "\n\n// the end") + 1
	expectShown(t, path, doc, offset, map[string]bool{"end": true, "end // stall": true, "end\nend": false, "endmodule": false})
}

// TestGateReadsTheImportsAboveAUnit: a testbench file declares its package, imports it at
// the top level and then declares the module that uses it (IEEE 1800-2017 26.3: the
// import makes the package's names visible to the code after it in the compilation
// unit). The gate checks the module alone, cut from the document; a line naming the
// package's enumeration values is shown as the whole file's check reads it, and a value
// the package does not declare is still dropped.
func TestGateReadsTheImportsAboveAUnit(t *testing.T) {
	doc := "package door_pkg;\n  typedef enum logic [1:0] {CLOSED, OPENING, OPEN} door_e;\nendpackage\n\nimport door_pkg::*;\nmodule door_tb;\n  door_e state, next;\n  always_comb begin\n    case (state)\n      CLOSED: next = OPENING;\n      \n      default: next = CLOSED;\n    endcase\n  end\nendmodule\n"
	path := filepath.Join(t.TempDir(), "door_tb.sv")
	offset := strings.Index(doc, "      \n") + 6
	expectShown(t, path, doc, offset, map[string]bool{"OPENING: next = OPEN;": true, "OPENING: next = OPENED;": false})
}

// TestGateMendsTheDocument: with the line asked for missing, the document's units as the
// gate cuts them are not the author's: a program's header taken out leaves its generic
// `interface` port reading as a unit of its own, a nested module's `endmodule` taken out
// merges it with its parent (IEEE 1800-2017 23.4). The line after which the whole
// document parses is shown; one after which it still does not is dropped.
func TestGateMendsTheDocument(t *testing.T) {
	program := "interface bus_if;\n  logic clk;\nendinterface\n\n\n  interface bus\n);\n  initial begin\n    @(posedge bus.clk);\n  end\nendprogram : check_bus\n\nmodule top;\n  bus_if b ();\n  check_bus c (b);\nendmodule\n"
	nested := "module outer (input logic a, output logic y);\n  module inner;\n    logic q;\n\nendmodule : outer\n"
	for _, c := range []struct {
		doc, at, answer string
		shown           bool
	}{
		{program, "\n\n  interface", "program check_bus (", true},
		{program, "\n\n  interface", "program check_bus", false},
		{program, "\n\n  interface", "program check_bus (;", false},
		{nested, "\n\nendmodule", "endmodule : inner", true},
		{nested, "\n\nendmodule", "  assign y = a;", false},
	} {
		path := filepath.Join(t.TempDir(), "top.sv")
		offset := strings.Index(c.doc, c.at) + 1
		res := echoSuggest(t, path, c.doc, offset, c.answer)
		if got := len(res.Suggestions) == 1 && res.Suggestions[0].Text == c.answer; got != c.shown {
			t.Errorf("%q: shown %v, want %v (suggestions %+v, dropped %+v)", c.answer, got, c.shown, res.Suggestions, res.Dropped)
		}
	}
}

// expectShown has the echo model answer each key at offset of doc and checks that the gate
// shows that answer as it is (true) or drops it (false).
func expectShown(t *testing.T, path, doc string, offset int, answers map[string]bool) {
	t.Helper()
	for answer, shown := range answers {
		res := echoSuggest(t, path, doc, offset, answer)
		if got := len(res.Suggestions) == 1 && res.Suggestions[0].Text == answer; got != shown {
			t.Errorf("%q: shown %v, want %v (suggestions %+v, dropped %+v)", answer, got, shown, res.Suggestions, res.Dropped)
		}
	}
}
