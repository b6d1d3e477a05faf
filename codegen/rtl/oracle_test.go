package rtl

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// Differential tests against the reference tools (Debian packages iverilog, verilator,
// yosys; .ci/run installs them). Each test is skipped only when its tool is missing.
//
// A design "is rejected" when a tool refuses it for a reason in the design: failures that
// come from a tool's own limits are told apart and not counted — iverilog's "sorry"
// (unsupported), its syntax errors and enum-cast demands on code Verilator accepts (Icarus
// 11 parses less of SystemVerilog and types `c ? A : B` of enum members as int), Verilator's
// "Unsupported" and its syntax errors at "##" and "default disable iff" (5.006 parses few
// sequence operators), and a module or include file that lives in another file.

// oracleDirs are the design directories judged (relative to codegen/rtl); the designs of
// one directory form the workspace each of them is checked in.
var oracleDirs = []string{"../../testdata/rtl-oracle", "../../testdata/rtl/corpus", "../../testdata/sv", "testdata/designs", "testdata/rules"}

// toolRun is one tool's verdict on a file.
type toolRun struct {
	rejected   bool   // the tool refused the design
	limited    bool   // … only for reasons of the tool's own limits
	incomplete bool   // a module or include file lives elsewhere
	why        string // the first error line
}

func runTool(t *testing.T, name string, args ...string) (string, bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, name, args...).CombinedOutput()
	if ctx.Err() != nil {
		t.Errorf("%s %v: timed out", name, args)
	}
	return string(out), err == nil
}

var (
	ivMissing = regexp.MustCompile(`Unknown module type|Include file .* not found|No top level modules`)
	ivLimit   = regexp.MustCompile(`sorry:|syntax error|I give up|requires an explicit cast|malformed statement|invalid module item|Error in property_spec|Incomprehensible case expression|invalid class item|Malformed conditional expression|error: .*(is|are) not (currently )?supported`)
	vlMissing = regexp.MustCompile(`Cannot find file containing module|Cannot find include file|missing module/interface|This may be because there's no search path`)
	vlLimit   = regexp.MustCompile(`Unsupported|NEEDTIMINGOPT|Internal Error|Duplicate declaration of block: 'unnamedblk|syntax error, unexpected ##|unexpected disable, expecting clocking`)
)

func iverilog(t *testing.T, path string) toolRun {
	out, ok := runTool(t, "iverilog", "-g2012", "-o", os.DevNull, "-I", filepath.Dir(path), path)
	if ok {
		return toolRun{}
	}
	r := toolRun{rejected: true, limited: true}
	for _, line := range strings.Split(out, "\n") {
		if !strings.Contains(line, "error") && !strings.Contains(line, "sorry") && !strings.Contains(line, "give up") {
			continue
		}
		if r.why == "" {
			r.why = strings.TrimSpace(line)
		}
		switch {
		case ivMissing.MatchString(line):
			r.incomplete = true
		case ivLimit.MatchString(line):
		case strings.Contains(line, "error(s) during elaboration"), strings.Contains(line, "Elaboration failed"):
		default:
			r.limited = false
			r.why = strings.TrimSpace(line)
		}
	}
	if strings.Contains(out, "These modules were missing") {
		r.incomplete = true
	}
	if strings.Contains(out, "syntax error") {
		// the errors after a syntax error are its consequences: a parse failure counts
		// only where Verilator, which parses far more SystemVerilog, fails too
		r.limited = true
	}
	return r
}

func verilator(t *testing.T, path string) toolRun {
	out, _ := runTool(t, "verilator", "--lint-only", "-Wno-fatal", "--timing", "-I"+filepath.Dir(path), path)
	r := toolRun{limited: true}
	// a syntax error after an "Unsupported" construct is that construct's consequence
	unsupported := strings.Contains(out, "Unsupported")
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "%Error") || strings.Contains(line, "Exiting due to") {
			continue
		}
		r.rejected = true
		if r.why == "" {
			r.why = line
		}
		switch {
		case vlMissing.MatchString(line):
			r.incomplete = true
		case vlLimit.MatchString(line), unsupported && strings.Contains(line, "syntax error"):
		default:
			if r.limited {
				r.why = line
			}
			r.limited = false
		}
	}
	if !r.rejected {
		r.limited = false
	}
	return r
}

// oracleDesign is one design with the tools' and Gantry's verdicts.
type oracleDesign struct {
	path       string
	iv, vl     toolRun
	gantryErr  []string // error findings, "line: rule: message"
	findings   []rules.Finding
	incomplete bool
}

// refRejects: the design is refused for a reason in the design by either tool. An
// iverilog failure Verilator does not share counts only when it is not one of iverilog's
// limits; a syntax error iverilog and Verilator share counts.
func (d *oracleDesign) refRejects() bool {
	if d.incomplete {
		return false
	}
	if d.vl.rejected && !d.vl.limited {
		return true
	}
	return d.iv.rejected && (!d.iv.limited || d.vl.rejected && !d.vl.limited)
}

// ivRejects is iverilog's verdict alone (its limits set aside where Verilator accepts).
func (d *oracleDesign) ivRejects() bool {
	return !d.incomplete && d.iv.rejected && (!d.iv.limited || d.vl.rejected && !d.vl.limited)
}

func judgeDesigns(t *testing.T) []*oracleDesign {
	t.Helper()
	for _, tool := range []string{"iverilog", "verilator"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (Debian package %s; .ci/run installs it)", tool, tool)
		}
	}
	pack := New()
	var out []*oracleDesign
	for _, dir := range oracleDirs {
		var paths []string
		for _, ext := range []string{"*.v", "*.sv"} {
			m, _ := filepath.Glob(filepath.Join(dir, ext))
			paths = append(paths, m...)
		}
		sort.Strings(paths)
		ws := parseFiles(t, paths)
		verdicts := toolVerdicts(t, paths)
		for i, wf := range ws {
			d := &oracleDesign{path: wf.Path, iv: verdicts[i][0], vl: verdicts[i][1]}
			d.incomplete = d.iv.incomplete || d.vl.incomplete
			res := pack.Check(context.Background(), codegen.CheckRequest{Path: wf.Path, File: wf.File, Config: config.Default(), Workspace: ws})
			d.findings = res.Findings
			if n := syntax.Count(wf.File.Root()); n > 0 { // reported as rtl/syntax by the pipeline
				d.gantryErr = append(d.gantryErr, fmt.Sprintf("rtl/syntax: %d syntax errors", n))
			}
			for _, fd := range res.Findings {
				if fd.Severity == rules.Error {
					d.gantryErr = append(d.gantryErr, fmt.Sprintf("%d: %s: %s", wf.File.Lines.LineOf(fd.Start)+1, fd.Rule, fd.Message))
				}
			}
			out = append(out, d)
		}
	}
	return out
}

// toolVerdicts runs iverilog and Verilator over the files, two processes at a time.
func toolVerdicts(t *testing.T, paths []string) [][2]toolRun {
	out := make([][2]toolRun, len(paths))
	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	for i, p := range paths {
		for k := 0; k < 2; k++ {
			wg.Add(1)
			sem <- struct{}{}
			go func(i, k int, p string) {
				defer func() { <-sem; wg.Done() }()
				if k == 0 {
					out[i][0] = iverilog(t, p)
				} else {
					out[i][1] = verilator(t, p)
				}
			}(i, k, p)
		}
	}
	wg.Wait()
	return out
}

// TestReferenceRejectsGetErrors: every design in testdata that iverilog or Verilator
// refuses gets an error finding from Gantry. It prints, for the model-answer designs of
// testdata/rtl-oracle, the share of iverilog's rejections Gantry flags and the share of
// its acceptances on which Gantry raises no error.
func TestReferenceRejectsGetErrors(t *testing.T) {
	designs := judgeDesigns(t)
	var flagged, rejected, quiet, accepted, limited, incomplete int
	for _, d := range designs {
		switch {
		case d.incomplete:
			incomplete++
			continue
		case d.refRejects() && len(d.gantryErr) == 0:
			why := d.vl.why
			if d.iv.rejected && !d.iv.limited {
				why = d.iv.why
			}
			t.Errorf("%s: refused by the reference tools (%s) but Gantry reports no error", d.path, why)
		case (d.iv.rejected && d.iv.limited || d.vl.rejected && d.vl.limited) && !d.refRejects():
			limited++
		}
		if !strings.Contains(d.path, "rtl-oracle") {
			continue
		}
		if d.ivRejects() {
			rejected++
			if len(d.gantryErr) > 0 {
				flagged++
			}
		} else if !d.refRejects() {
			accepted++
			if len(d.gantryErr) == 0 {
				quiet++
			} else {
				t.Logf("%s: accepted by iverilog and Verilator, Gantry: %s", d.path, d.gantryErr[0])
			}
		}
	}
	t.Logf("reference tools: %d designs judged, %d refused only for the tools' own limits, %d need other files", len(designs)-incomplete, limited, incomplete)
	if rejected == 0 || accepted == 0 {
		t.Fatalf("testdata/rtl-oracle: %d designs iverilog rejects, %d it accepts: the set must hold both", rejected, accepted)
	}
	fr, qr := 100*float64(flagged)/float64(rejected), 100*float64(quiet)/float64(accepted)
	fmt.Printf("rtl oracle: Gantry flags %.1f%% (%d/%d) of the designs iverilog rejects and raises no error on %.1f%% (%d/%d) of those it accepts\n",
		fr, flagged, rejected, qr, quiet, accepted)
	if fr < 80 || qr < 97 {
		t.Errorf("flagged %.1f%% (aim ≥80%%), quiet %.1f%% (aim ≥97%%)", fr, qr)
	}
}

var (
	yosysLatch   = regexp.MustCompile("Latch inferred for signal `\\\\([^.']+)\\.\\\\([^']+)'")
	yosysDrivers = regexp.MustCompile(`multiple conflicting drivers for ([^.\s]+)\.`)
	gantryLatch  = regexp.MustCompile(`latch for ([\w$, ]+?)(?: on |: |$)`)
)

// builtWithoutDefines reports whether the file offset off lies outside every `ifdef
// branch that needs a macro defined: the configuration yosys reads with no -D.
func builtWithoutDefines(u *UnitRef, off int) bool {
	for _, c := range ifdefAt(u.ifdef, off-u.Base) {
		if c.defined > 0 {
			return false
		}
	}
	return true
}

// TestYosysLatchesAndDrivers: on every design yosys reads, `proc; opt; check` infers a
// latch for exactly the signals rtl/latch-inferred names, and reports conflicting
// drivers in exactly the modules rtl/multiple-drivers flags outside `ifdef branches.
func TestYosysLatchesAndDrivers(t *testing.T) {
	if _, err := exec.LookPath("yosys"); err != nil {
		t.Skip("yosys is not installed (Debian package yosys; .ci/run installs it)")
	}
	pack := New()
	read, agree := 0, 0
	for _, dir := range oracleDirs {
		var paths []string
		for _, ext := range []string{"*.v", "*.sv"} {
			m, _ := filepath.Glob(filepath.Join(dir, ext))
			paths = append(paths, m...)
		}
		sort.Strings(paths)
		ws := parseFiles(t, paths)
		for _, wf := range ws {
			mode := "-sv"
			if filepath.Ext(wf.Path) == ".v" {
				mode = ""
			}
			out, ok := runTool(t, "yosys", "-p", fmt.Sprintf("read_verilog %s -I%s %s; proc; opt; check", mode, filepath.Dir(wf.Path), wf.Path))
			// yosys stops at the first latch of an always_comb (an error there): that
			// latch must be among Gantry's, the rest of the file is not compared
			stopped := !ok && strings.Contains(out, "ERROR: Latch inferred for signal")
			if !ok && !stopped {
				continue // a construct yosys does not read, or a module in another file
			}
			read++
			yl, yd := map[string]bool{}, map[string]bool{}
			for _, m := range yosysLatch.FindAllStringSubmatch(out, -1) {
				yl[m[1]+"."+m[2]] = true
			}
			for _, m := range yosysDrivers.FindAllStringSubmatch(out, -1) {
				yd[m[1]] = true
			}
			gl, gd := map[string]bool{}, map[string]bool{}
			fm := pack.cache.fileModel(wf.File)
			res := pack.Check(context.Background(), codegen.CheckRequest{Path: wf.Path, File: wf.File, Config: config.Default(), Workspace: ws})
			for _, fd := range res.Findings {
				u := fm.UnitAt(fd.Start)
				if u == nil {
					continue
				}
				switch fd.Rule {
				case "rtl/latch-inferred":
					if m := gantryLatch.FindStringSubmatch(fd.Message); m != nil {
						for _, name := range strings.Split(m[1], ", ") {
							gl[u.Name+"."+strings.TrimSpace(name)] = true
						}
					}
				case "rtl/multiple-drivers":
					if !builtWithoutDefines(u, fd.Start) {
						continue // yosys, given no defines, leaves `ifdef branches out
					}
					gd[u.Name] = true
				}
			}
			if stopped {
				for k := range gl {
					yl[k] = true // only yosys's first latch is known
				}
				gd = yd
			}
			if testing.Verbose() {
				t.Logf("%s: yosys latches %v drivers %v", wf.Path, keys(yl), keys(yd))
			}
			same := true
			if diff := setDiff(yl, gl); diff != "" {
				t.Errorf("%s: latches: %s", wf.Path, diff)
				same = false
			}
			if diff := setDiff(yd, gd); diff != "" {
				t.Errorf("%s: modules with multiple drivers: %s", wf.Path, diff)
				same = false
			}
			if same {
				agree++
			}
		}
	}
	fmt.Printf("rtl oracle: yosys read %d designs; latch and multiple-driver reports agree on %d\n", read, agree)
	if read == 0 {
		t.Fatal("yosys read no design")
	}
}

func setDiff(ref, got map[string]bool) string {
	var only, extra []string
	for k := range ref {
		if !got[k] {
			only = append(only, k)
		}
	}
	for k := range got {
		if !ref[k] {
			extra = append(extra, k)
		}
	}
	if len(only)+len(extra) == 0 {
		return ""
	}
	sort.Strings(only)
	sort.Strings(extra)
	return fmt.Sprintf("yosys only %v, Gantry only %v", only, extra)
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
