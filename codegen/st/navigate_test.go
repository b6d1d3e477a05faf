package st

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
)

// navWorkspace loads testdata/nav: types, a global list, a function block and a program
// in four files.
func navWorkspace(t *testing.T) *memWorkspace {
	t.Helper()
	files, _ := filepath.Glob("testdata/nav/*.st")
	sort.Strings(files)
	return loadWorkspace(t, files...)
}

// navReq points at the n-th (0-based) occurrence of needle in file, plus delta bytes.
func navReq(t *testing.T, ws *memWorkspace, file, needle string, n, delta int) codegen.ContextRequest {
	t.Helper()
	for _, wf := range ws.files {
		if filepath.Base(wf.Path) != file {
			continue
		}
		text := string(wf.File.Bytes())
		off := -1
		for i, from := 0, 0; i <= n; i++ {
			j := strings.Index(text[from:], needle)
			if j < 0 {
				t.Fatalf("%s: occurrence %d of %q not found", file, n, needle)
			}
			off = from + j
			from = off + 1
		}
		return codegen.ContextRequest{Path: wf.Path, File: wf.File, Offset: off + delta, Config: config.Default(), Workspace: ws}
	}
	t.Fatalf("no file %s", file)
	return codegen.ContextRequest{}
}

// locString renders a location as file:line:col:text.
func locString(l codegen.Location) string {
	line := l.File.Lines.LineOf(l.Start)
	col := l.Start - lineStart(l.File.Bytes(), l.Start)
	return fmt.Sprintf("%s:%d:%d:%s", filepath.Base(l.Path), line+1, col+1, l.File.Bytes()[l.Start:l.End])
}

func lineStart(text []byte, off int) int {
	return strings.LastIndexByte(string(text[:off]), '\n') + 1
}

func TestDefinition(t *testing.T) {
	ws := navWorkspace(t)
	pk := New()
	for _, c := range []struct {
		file, needle string
		n, delta     int
		want         string
	}{
		{"main.st", "FB_Station", 0, 3, "fb_station.st:2:16:FB_Station"},       // type of an instance
		{"main.st", "fbStation(", 0, 2, "main.st:3:5:fbStation"},               // local
		{"main.st", "bEStop", 0, 0, "gvl.st:2:5:bEStop"},                       // global in another file
		{"main.st", "bBusy", 0, 1, "fb_station.st:7:5:bBusy"},                  // FB output via instance
		{"main.st", "Reset", 0, 2, "fb_station.st:15:8:Reset"},                 // method via instance
		{"main.st", "bForce", 0, 0, "fb_station.st:17:5:bForce"},               // formal parameter of a method
		{"main.st", "bStart", 0, 0, "fb_station.st:4:5:bStart"},                // formal parameter of an FB
		{"fb_station.st", "MODE_AUTO", 0, 1, "types.st:1:39:MODE_AUTO"},        // enum value
		{"fb_station.st", "E_Mode", 0, 0, "types.st:1:6:E_Mode"},               // type
		{"fb_station.st", "rPosition", 0, 0, "types.st:6:5:rPosition"},         // struct member
		{"fb_station.st", "bBusy := FALSE", 0, 0, "fb_station.st:7:5:bBusy"},   // FB var from its method
		{"fb_station.st", "Reset := bForce", 0, 0, "fb_station.st:15:8:Reset"}, // method result
		{"fb_station.st", "nCycles", 0, 0, "gvl.st:3:5:nCycles"},
		{"fb_station.st", "fbDelay.Q", 0, 0, "fb_station.st:10:5:fbDelay"},
	} {
		locs := pk.Definition(context.Background(), navReq(t, ws, c.file, c.needle, c.n, c.delta))
		if len(locs) != 1 || locString(locs[0]) != c.want {
			var got []string
			for _, l := range locs {
				got = append(got, locString(l))
			}
			t.Errorf("%s %q: got %v, want %s", c.file, c.needle, got, c.want)
		}
	}
	// Standard blocks have no declaration in the workspace.
	if locs := pk.Definition(context.Background(), navReq(t, ws, "fb_station.st", "TON", 0, 0)); len(locs) != 0 {
		t.Errorf("TON: %v", locs)
	}
}

func TestReferences(t *testing.T) {
	ws := navWorkspace(t)
	pk := New()
	refs := func(file, needle string, n int) []string {
		var out []string
		for _, l := range pk.References(context.Background(), navReq(t, ws, file, needle, n, 0)) {
			out = append(out, locString(l))
		}
		sort.Strings(out)
		return out
	}
	got := refs("main.st", "bEStop", 0)
	want := []string{"fb_station.st:23:30:bEStop", "gvl.st:2:5:bEStop", "main.st:6:25:bEStop"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("bEStop: got %v, want %v", got, want)
	}
	// An FB output: its declaration, its writes in the FB and its method, the read through
	// the instance — but not other variables called bBusy.
	got = refs("fb_station.st", "bBusy", 0)
	want = []string{"fb_station.st:19:1:bBusy", "fb_station.st:24:1:bBusy", "fb_station.st:7:5:bBusy", "main.st:7:20:bBusy"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("bBusy: got %v, want %v", got, want)
	}
	// Case-insensitive, through E_Mode.X and the declaration.
	got = refs("types.st", "MODE_AUTO", 0)
	want = []string{"fb_station.st:25:19:MODE_AUTO", "types.st:1:39:MODE_AUTO"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("MODE_AUTO: got %v, want %v", got, want)
	}
	got = refs("fb_station.st", "FB_Station", 0)
	want = []string{"fb_station.st:2:16:FB_Station", "main.st:3:17:FB_Station"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("FB_Station: got %v, want %v", got, want)
	}
}

func TestHover(t *testing.T) {
	ws := navWorkspace(t)
	pk := New()
	for _, c := range []struct {
		file, needle string
		n, delta     int
		want         []string
	}{
		{"main.st", "bEStop", 0, 0, []string{"bEStop AT %IX0.0 : BOOL; // emergency stop, NC contact", "VAR_GLOBAL", "gvl.st"}},
		{"fb_station.st", "fbDelay(", 0, 0, []string{"fbDelay : TON;", "On-delay timer", "IN : BOOL;", "ET : TIME;"}},
		{"main.st", "fbStation(", 0, 0, []string{"fbStation : FB_Station;", "FUNCTION_BLOCK FB_Station // One station with a delay timer.", "bStart : BOOL; // start request", "VAR_OUTPUT"}},
		{"fb_station.st", "eMode   :", 0, 0, []string{"eMode : E_Mode := E_Mode.MODE_OFF;", "MODE_OFF, MODE_MANUAL, MODE_AUTO := 5"}},
		{"fb_station.st", "MODE_AUTO", 0, 0, []string{"E_Mode#MODE_AUTO := 5", "TYPE E_Mode"}},
		{"fb_station.st", "TON", 0, 0, []string{"FUNCTION_BLOCK TON", "On-delay timer"}},
		{"fb_station.st", "PT :=", 0, 0, []string{"PT : TIME;", "standard block `TON`"}},
		{"main.st", "Reset", 0, 0, []string{"METHOD Reset : BOOL", "bForce : BOOL;", "method of `FB_Station`"}},
		{"fb_station.st", "ST_Axis", 0, 0, []string{"TYPE ST_Axis :", "rPosition : REAL; // mm"}},
		{"fb_station.st", "rPosition", 0, 0, []string{"rPosition : REAL; // mm", "member of `ST_Axis`"}},
	} {
		h := pk.Hover(context.Background(), navReq(t, ws, c.file, c.needle, c.n, c.delta))
		for _, w := range c.want {
			if !strings.Contains(h, w) {
				t.Errorf("%s %q: hover lacks %q:\n%s", c.file, c.needle, w, h)
			}
		}
	}
	if h := pk.Hover(context.Background(), navReq(t, ws, "main.st", "100", 0, 0)); h != "" {
		t.Errorf("hover on a literal: %q", h)
	}
}

func TestSymbols(t *testing.T) {
	ws := navWorkspace(t)
	pk := New()
	var render func(s []codegen.Symbol, depth int) string
	render = func(s []codegen.Symbol, depth int) string {
		var sb strings.Builder
		for _, x := range s {
			fmt.Fprintf(&sb, "%s%s %s (%s)\n", strings.Repeat("  ", depth), x.Kind, x.Name, x.Detail)
			sb.WriteString(render(x.Children, depth+1))
		}
		return sb.String()
	}
	got := map[string]string{}
	for _, wf := range ws.files {
		got[filepath.Base(wf.Path)] = render(pk.Symbols(context.Background(), wf.File), 0)
	}
	want := map[string]string{
		"fb_station.st": "class FB_Station (FUNCTION_BLOCK)\n  method Reset (METHOD : BOOL)\n",
		"gvl.st":        "variable bEStop (BOOL AT %IX0.0)\nvariable nCycles (DINT)\n",
		"main.st":       "module Main (PROGRAM)\n",
		"types.st":      "enum E_Mode (enumeration)\n  constant MODE_OFF ()\n  constant MODE_MANUAL ()\n  constant MODE_AUTO ()\nstruct ST_Axis (STRUCT)\n  field rPosition (REAL)\n  field bHomed (BOOL)\n",
	}
	for f, w := range want {
		if got[f] != w {
			t.Errorf("%s:\n%s\nwant\n%s", f, got[f], w)
		}
	}
}
