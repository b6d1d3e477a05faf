package rtl

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
	"github.com/gantry-dev/gantry/grammars/corpus"
	rtlgrammar "github.com/gantry-dev/gantry/grammars/rtl"
)

// svTestsDesignChapters are the IEEE 1800-2017 chapters of sv-tests counted as the design
// subset: 6 data types, 7 aggregate types, 9 processes (always/initial), 10 assignments,
// 11 operators and expressions, 12 procedural statements, 13 tasks and functions,
// 23 modules and hierarchy, 25 interfaces, 26 packages, 27 generate. The other chapters
// (classes, constraints, clocking, coverage, programs, DPI, assertions, directives, system
// tasks, lexical rules) are reported but not counted, nor is a test that also carries a
// tag from one of them (class tests tagged "6.15 8.3").
var svTestsDesignChapters = map[int]bool{6: true, 7: true, 9: true, 10: true, 11: true, 12: true, 13: true,
	23: true, 25: true, 26: true, 27: true}

// TestRealDesigns measures the grammar and the rules on public benchmark designs fetched
// outside the repository. GANTRY_RTL_CORPUS names a directory holding any of:
//   - VerilogEval (NVlabs/verilog-eval): the reference solutions Prob*_ref.sv;
//   - RTLLM (hkust-zhiyao/RTLLM): the reference designs verified_*.v;
//   - sv-tests (chipsalliance/sv-tests): tests/**/*.sv, with the generated ones if
//     `generators/template_generator` was run; tests tagged :should_fail_because: are skipped;
//   - open-source cores under cores/<name>/ (.v, .sv, .svh): the share of files that parse
//     cleanly, per core and in all (99% with GANTRY_RTL_CORPUS_STRICT).
//
// It prints the share that parses with no ERROR or MISSING node, and for the benchmark
// references the error-severity findings of the rtl/* rules (and warnings per rule;
// GANTRY_RTL_CORPUS_WARN=rule,rule logs those rules' warnings). With
// GANTRY_RTL_CORPUS_STRICT (99% references, 90% sv-tests design subset, no error
// findings on references).
func TestRealDesigns(t *testing.T) {
	root := os.Getenv("GANTRY_RTL_CORPUS")
	if root == "" {
		t.Skip("set GANTRY_RTL_CORPUS=/path/to/fetched/benchmarks")
	}
	cs := findCorpus(root)
	veval, rtllm, svt, other := cs.veval, cs.rtllm, cs.svt, cs.other
	lang := rtlgrammar.Language()
	strict := os.Getenv("GANTRY_RTL_CORPUS_STRICT") != ""

	refs := func(name string, paths []string) {
		if len(paths) == 0 {
			return
		}
		clean, errs := 0, 0
		for _, p := range paths {
			text, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if ok, where := corpus.ParsesCleanly(lang, text); ok {
				clean++
			} else {
				t.Logf("%s: parse: %s", p, where)
			}
			errs += errorFindings(t, p, text)
		}
		rate := 100 * float64(clean) / float64(len(paths))
		fmt.Printf("%s: %d/%d reference solutions parse cleanly (%.1f%%); %d error-severity findings\n",
			name, clean, len(paths), rate, errs)
		if strict && (rate < 99 || errs > 0) {
			t.Errorf("%s below target", name)
		}
	}
	refs("VerilogEval", veval)
	refs("RTLLM", rtllm)
	if len(refWarnings) > 0 {
		var ids []string
		for id := range refWarnings {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		fmt.Print("warnings on the references:")
		for _, id := range ids {
			fmt.Printf(" %s %d", id, refWarnings[id])
		}
		fmt.Println()
	}

	if len(svt) > 0 {
		type tally struct{ n, clean int }
		byCh := map[int]*tally{}
		var design tally
		skippedFail := 0
		for _, p := range svt {
			text, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(string(text), ":should_fail_because:") {
				skippedFail++
				continue
			}
			ch, inDesign := svChapter(text)
			tl := byCh[ch]
			if tl == nil {
				tl = &tally{}
				byCh[ch] = tl
			}
			ok, where := corpus.ParsesCleanly(lang, text)
			checkQuietly(t, p, text) // the rules must not panic on anything the grammar accepts
			tl.n++
			if ok {
				tl.clean++
			}
			if inDesign {
				design.n++
				if ok {
					design.clean++
				} else {
					t.Logf("%s: parse: %s", p, where)
				}
			}
		}
		var chs []int
		for c := range byCh {
			chs = append(chs, c)
		}
		sort.Ints(chs)
		var sb strings.Builder
		all := tally{}
		for _, c := range chs {
			mark := ""
			if svTestsDesignChapters[c] {
				mark = "*"
			}
			fmt.Fprintf(&sb, " ch%d%s %d/%d", c, mark, byCh[c].clean, byCh[c].n)
			all.n += byCh[c].n
			all.clean += byCh[c].clean
		}
		rate := 100 * float64(design.clean) / float64(max(design.n, 1))
		fmt.Printf("sv-tests design subset (tests whose tags all lie in the chapters marked *): %d/%d parse cleanly (%.1f%%); all chapters %d/%d (%.1f%%); %d should-fail tests skipped\n  per chapter:%s\n",
			design.clean, design.n, rate, all.clean, all.n, 100*float64(all.clean)/float64(max(all.n, 1)), skippedFail, sb.String())
		if strict && rate < 90 {
			t.Errorf("sv-tests design subset below target")
		}
	}
	for _, p := range other {
		if text, err := os.ReadFile(p); err == nil {
			checkQuietly(t, p, text)
		}
	}
	coreClean, coreFiles, coreFlagged := 0, 0, 0
	var names []string
	for name := range cs.cores {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		clean, flagged := 0, 0
		// The core's files are one project: each is checked with the others as its workspace.
		ws := parseFiles(t, cs.cores[name])
		for i, p := range cs.cores[name] {
			text, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			checkQuietly(t, p, text)
			ok, where := corpus.ParsesCleanly(lang, text)
			if !ok {
				t.Logf("%s: parse: %s", p, where)
				continue
			}
			clean++
			errs := 0
			for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: p, File: ws[i].File, Config: config.Default(), Workspace: ws}).Findings {
				if fd.Severity == rules.Error {
					errs++
					t.Logf("%s:%d: %s: %s", p, ws[i].File.Lines.LineOf(fd.Start)+1, fd.Rule, fd.Message)
				}
			}
			if errs > 0 {
				flagged++
			}
		}
		fmt.Printf("core %s: %d/%d files parse cleanly; %d of the clean files get an error finding\n", name, clean, len(cs.cores[name]), flagged)
		coreClean += clean
		coreFiles += len(cs.cores[name])
		coreFlagged += flagged
	}
	if coreFiles > 0 {
		rate := 100 * float64(coreClean) / float64(coreFiles)
		fmt.Printf("open-source cores: %d/%d files parse cleanly (%.1f%%); %d of the %d clean files (%.1f%%) get an error finding\n",
			coreClean, coreFiles, rate, coreFlagged, coreClean, 100*float64(coreFlagged)/float64(max(coreClean, 1)))
		if strict && rate < 99 {
			t.Errorf("open-source cores below target")
		}
	}
	if len(veval)+len(rtllm)+len(svt)+coreFiles == 0 {
		t.Fatalf("no VerilogEval, RTLLM or sv-tests files under %s", root)
	}
}

// refWarnings counts warning findings per rule on the benchmark references.
var refWarnings = map[string]int{}

// corpusSet is what findCorpus found under a directory of fetched benchmarks.
type corpusSet struct {
	veval, rtllm, svt, other []string
	cores                    map[string][]string // core name (the folder under cores/) → files
}

func findCorpus(root string) corpusSet {
	cs := corpusSet{cores: map[string][]string{}}
	seen := map[string]bool{}
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		base := d.Name()
		if rel, err := filepath.Rel(root, p); err == nil && strings.HasPrefix(rel, "cores"+string(filepath.Separator)) {
			parts := strings.Split(rel, string(filepath.Separator))
			if len(parts) > 2 && (strings.HasSuffix(base, ".v") || strings.HasSuffix(base, ".sv") || strings.HasSuffix(base, ".svh")) {
				cs.cores[parts[1]] = append(cs.cores[parts[1]], p)
			}
			return nil
		}
		switch {
		case strings.HasPrefix(base, "Prob") && strings.HasSuffix(base, "_ref.sv"):
			// the two VerilogEval datasets share most references: count distinct texts
			text, err := os.ReadFile(p)
			if err == nil && !seen[string(text)] {
				seen[string(text)] = true
				cs.veval = append(cs.veval, p)
			}
		case strings.HasPrefix(base, "verified_") && (strings.HasSuffix(base, ".v") || strings.HasSuffix(base, ".sv")):
			if !strings.Contains(p, "/_chatgpt") {
				cs.rtllm = append(cs.rtllm, p)
			}
		case strings.HasSuffix(base, ".sv") && strings.Contains(p, "sv-tests") && strings.Contains(p, "/tests/"):
			cs.svt = append(cs.svt, p)
		case strings.HasSuffix(base, ".v") || strings.HasSuffix(base, ".sv"):
			cs.other = append(cs.other, p) // testbenches, model outputs: checked for robustness only
		}
		return nil
	})
	return cs
}

var svTagRE = regexp.MustCompile(`:tags:([^\n]*)`)

// svChapter returns the LRM chapter of an sv-tests file's first tag (0 when none) and
// whether every tag lies in a design chapter (a test tagged "6.15 8.3" is a class test).
func svChapter(text []byte) (int, bool) {
	m := svTagRE.FindSubmatch(text)
	if m == nil {
		return 0, false
	}
	first, design := 0, true
	for i, tag := range strings.Fields(string(m[1])) {
		n, err := strconv.Atoi(strings.SplitN(tag, ".", 2)[0])
		if err != nil {
			n = -1
		}
		if i == 0 {
			first = n
		}
		design = design && svTestsDesignChapters[n]
	}
	return first, design
}

// errorFindings checks one file on its own (benchmark references are self-contained) and
// logs and counts its error-severity findings.
func errorFindings(t *testing.T, path string, text []byte) int {
	f, err := syntax.Parse(context.Background(), rtlgrammar.Language(), text)
	if err != nil {
		t.Fatal(err)
	}
	ws := memWorkspace{{Path: path, File: f}}
	n := 0
	for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: path, File: f, Config: config.Default(), Workspace: ws}).Findings {
		if fd.Severity == rules.Warning {
			refWarnings[fd.Rule]++
			if w := os.Getenv("GANTRY_RTL_CORPUS_WARN"); w != "" && strings.Contains(","+w+",", ","+fd.Rule+",") {
				t.Logf("%s:%d: warning %s: %s", path, f.Lines.LineOf(fd.Start)+1, fd.Rule, fd.Message)
			}
		}
		if fd.Severity == rules.Error {
			n++
			t.Logf("%s:%d: %s: %s", path, f.Lines.LineOf(fd.Start)+1, fd.Rule, fd.Message)
		}
	}
	return n
}

func checkQuietly(t *testing.T, path string, text []byte) {
	f, err := syntax.Parse(context.Background(), rtlgrammar.Language(), text)
	if err != nil {
		t.Fatal(err)
	}
	pack := New()
	pack.Check(context.Background(), codegen.CheckRequest{Path: path, File: f, Config: config.Default(),
		Workspace: memWorkspace{{Path: path, File: f}}})
	pack.Symbols(context.Background(), f)
}
