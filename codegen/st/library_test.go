package st

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
)

// TestLibraryParseRate measures real library code: GANTRY_ST_LIBRARY is a list of
// directories (separated like PATH) holding .st/.scl sources, TwinCAT project files or
// PLCopen XML. It prints, per dialect, the share of files that parse with no ERROR or
// MISSING node and the error-severity findings (each one a false alarm to fix, or a real
// bug in the library). GANTRY_ST_LIBRARY_VERBOSE=1 lists every finding.
func TestLibraryParseRate(t *testing.T) {
	dirs := os.Getenv("GANTRY_ST_LIBRARY")
	if dirs == "" {
		t.Skip("set GANTRY_ST_LIBRARY=/path/to/library[:/other] to measure real code")
	}
	pk := New()
	ws := &memWorkspace{}
	for _, dir := range filepath.SplitList(dirs) {
		_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			ext := strings.ToLower(filepath.Ext(path))
			text, err := os.ReadFile(path)
			if err != nil {
				return nil
			}
			switch {
			case ext == ".st" || ext == ".scl" || projectExts[ext]:
			case ext == ".xml" && ClaimsFile(path, text):
			default:
				return nil
			}
			f, err := codegen.Parse(context.Background(), pk, path, text)
			if err != nil {
				t.Errorf("%s: %v", path, err)
				return nil
			}
			ws.files = append(ws.files, codegen.WorkspaceFile{Path: path, File: f})
			return nil
		})
	}
	type stats struct{ files, clean, errors int }
	per := map[Dialect]*stats{DialectCODESYS: {}, DialectSCL: {}}
	byRule := map[string]int{}
	cfg := config.Default()
	verbose := os.Getenv("GANTRY_ST_LIBRARY_VERBOSE") != ""
	for _, wf := range ws.files {
		d := dialectOf(wf.Path, cfg, wf.File.Bytes())
		s := per[d]
		s.files++
		if e := firstErrorNode(wf.File.Root()); e == nil {
			s.clean++
		} else if verbose {
			line := wf.File.Lines.LineOf(int(e.StartByte())) + 1
			t.Logf("PARSE %s:%d: %s %q", wf.Path, line, e.Type(), clip(string(wf.File.Bytes()[e.StartByte():e.EndByte()]), 60))
		}
		res := codegen.Diagnose(context.Background(), pk, codegen.CheckRequest{Path: wf.Path, File: wf.File, Config: cfg, Workspace: ws})
		for _, fd := range res.Findings {
			if fd.Severity != rules.Error || fd.Rule == "st/syntax" {
				continue
			}
			s.errors++
			byRule[fd.Rule]++
			if verbose {
				t.Logf("FINDING %s:%d: %s: %s", wf.Path, wf.File.Lines.LineOf(fd.Start)+1, fd.Rule, fd.Message)
			}
		}
	}
	for _, d := range []Dialect{DialectCODESYS, DialectSCL} {
		s := per[d]
		if s.files == 0 {
			continue
		}
		rate := 100 * float64(s.clean) / float64(s.files)
		fmt.Printf("%-8s files %5d  clean %5d (%.1f%%)  error findings %d\n", d, s.files, s.clean, rate, s.errors)
		// The targets the project holds itself to on real libraries: 99% of CODESYS/TwinCAT
		// files (OSCAT) and 95% of SCL files parse clean.
		if min := map[Dialect]float64{DialectCODESYS: 99, DialectSCL: 95}[d]; rate < min {
			t.Errorf("%s: %.1f%% of files parse clean, below the %.0f%% target", d, rate, min)
		}
	}
	var keys []string
	for k := range byRule {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %-32s %d\n", k, byRule[k])
	}
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
