package gcode

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// withFaults returns a generated program with deliberate problems spread over it, so the
// comparison below compares real findings.
func withFaults(n int) []byte {
	lines := strings.Split(string(genCAM(n)), "\n")
	put := func(at int, s string) {
		at = min(at, len(lines)-3)
		lines = append(lines[:at], append([]string{s}, lines[at:]...)...)
	}
	put(n*4/5, "G1 X10 F-5")
	put(n*3/5, "G0 Z-3")
	put(n*2/5, "M5")
	put(n/5, "G2 X10 Y10 R1")
	put(n/10, "N5 G0 G1 X1")
	put(n/20, "o100 while [#1 LT 3]")
	put(n/20+3, "o100 endwhile")
	return []byte(strings.Join(lines, "\n"))
}

type result struct {
	syntax   []syntax.Error
	findings []string
}

func diagnose(t *testing.T, pk *Pack, text []byte) result {
	t.Helper()
	errs, res := pk.Diagnose(context.Background(), "/tmp/chunked.ngc", text, machineConfig(t))
	var out []string
	for _, f := range res.Findings {
		out = append(out, fmt.Sprintf("%d-%d %s %s", f.Start, f.End, f.Rule, f.Message))
	}
	return result{errs, out}
}

// TestChunkedEqualsWhole: cutting the file into chunks (and checkpoints) changes nothing.
func TestChunkedEqualsWhole(t *testing.T) {
	text := withFaults(50000)
	saved := ChunkLines
	defer func() { ChunkLines = saved }()
	ChunkLines = 1 << 30
	whole := diagnose(t, New(), text)
	ChunkLines = 250
	chunked := diagnose(t, New(), text)
	if len(whole.findings) < 5 {
		t.Fatalf("expected the injected faults to be found, got %v", whole.findings)
	}
	if !reflect.DeepEqual(whole, chunked) {
		t.Errorf("chunked results differ:\nwhole   %d findings, %d syntax errors\nchunked %d findings, %d syntax errors",
			len(whole.findings), len(whole.syntax), len(chunked.findings), len(chunked.syntax))
		diff(t, whole.findings, chunked.findings)
	}
	// The same with a whole-file parse and Pack.Check.
	f, err := syntax.Parse(context.Background(), language, text)
	if err != nil {
		t.Fatal(err)
	}
	if se := syntax.Errors(f, f.Root()); len(se) != len(chunked.syntax) {
		t.Errorf("whole-file parse has %d syntax errors, chunks %d", len(se), len(chunked.syntax))
	}
	res := New().Check(context.Background(), codegen.CheckRequest{Path: "/tmp/chunked.ngc", File: f, Config: machineConfig(t)})
	var viaCheck []string
	for _, fd := range res.Findings {
		viaCheck = append(viaCheck, fmt.Sprintf("%d-%d %s %s", fd.Start, fd.End, fd.Rule, fd.Message))
	}
	if !reflect.DeepEqual(viaCheck, chunked.findings) {
		t.Error("Check and Diagnose disagree")
		diff(t, viaCheck, chunked.findings)
	}
}

// TestIncrementalEqualsCold: edits re-checked from the cached previous version give the
// results of checking the new text from scratch.
func TestIncrementalEqualsCold(t *testing.T) {
	base := withFaults(50000)
	mid := len(base) / 2
	at := bytes.Index(base[mid:], []byte("\nG1 X")) + mid + 1
	lineEnd := bytes.IndexByte(base[at:], '\n') + at
	edits := map[string][]byte{
		"change a value":  splice(base, at+4, at+5, "9"),
		"insert a line":   splice(base, at, at, "G0 Z-4\n"),
		"delete a line":   splice(base, at, lineEnd+1, ""),
		"spindle off":     splice(base, at, at, "M5\n"),
		"add a sub":       splice(base, at, at, "o<x> sub\nG0 X1\no<x> endsub\n"),
		"unbalanced":      splice(base, at, at, "o7 if [1]\n"),
		"at the end":      append(append([]byte(nil), base...), "\nG0 X5\n"...),
		"at the start":    splice(base, 0, 0, "G20\n"),
		"break last line": base[:len(base)-3],
	}
	for name, edited := range edits {
		t.Run(name, func(t *testing.T) {
			pk := New()
			diagnose(t, pk, base)
			inc := diagnose(t, pk, edited)
			cold := diagnose(t, New(), edited)
			if !reflect.DeepEqual(inc, cold) {
				t.Errorf("incremental differs from cold: %d vs %d findings, %d vs %d syntax errors",
					len(inc.findings), len(cold.findings), len(inc.syntax), len(cold.syntax))
				diff(t, cold.findings, inc.findings)
			}
			// And back: the original again.
			back := diagnose(t, pk, base)
			if !reflect.DeepEqual(back, diagnose(t, New(), base)) {
				t.Error("returning to the original text differs from a cold check")
			}
		})
	}
}

func splice(b []byte, from, to int, s string) []byte {
	out := append([]byte(nil), b[:from]...)
	out = append(out, s...)
	return append(out, b[to:]...)
}

func diff(t *testing.T, want, got []string) {
	t.Helper()
	w := map[string]bool{}
	for _, s := range want {
		w[s] = true
	}
	g := map[string]bool{}
	for _, s := range got {
		g[s] = true
	}
	n := 0
	for _, s := range want {
		if !g[s] && n < 10 {
			t.Logf("missing: %s", s)
			n++
		}
	}
	for _, s := range got {
		if !w[s] && n < 20 {
			t.Logf("extra:   %s", s)
			n++
		}
	}
}

// TestEditedSnapshotsEqualCold: a sequence of edits made the way the server makes them
// (each snapshot edited from the last, so the chunks the edit did not touch are reused
// without comparing them) gives, after every edit, the results of a cold check.
func TestEditedSnapshotsEqualCold(t *testing.T) {
	base := withFaults(20000)
	pk := New()
	cfg := machineConfig(t)
	f := syntax.TextOnly(pk.Grammar(), base)
	req := codegen.CheckRequest{Path: "/tmp/chunked.ngc", File: f, Config: cfg}
	pk.DiagnoseText(context.Background(), req)
	for step, e := range []struct {
		frac   float64
		del    int
		insert string
	}{
		{0.5, 0, "M5\n"}, {0.5, 1, "9"}, {0.1, 0, "o<x> sub\nG0 X1\no<x> endsub\n"}, {0.9, 40, ""},
		{0.3, 0, "o7 if [1]\n"}, {0.0, 0, "G20\n"}, {1.0, 0, "\nG0 X5\n"}, {0.3, 10, ""},
	} {
		at := int(e.frac * float64(f.Len()))
		r := source.Range{Start: f.Lines.Position(at), End: f.Lines.Position(min(at+e.del, f.Len()))}
		next, err := f.Apply(context.Background(), source.Change{Range: &r, Text: e.insert})
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := next.EditFrom(f.Lines); !ok {
			t.Fatal("the snapshot does not know the text it was edited from")
		}
		req.File = next
		errs, res := pk.DiagnoseText(context.Background(), req)
		var got []string
		for _, fd := range res.Findings {
			got = append(got, fmt.Sprintf("%d-%d %s %s", fd.Start, fd.End, fd.Rule, fd.Message))
		}
		if next.Lines.Joined() {
			t.Fatalf("edit %d: checking the edited snapshot joined its text", step)
		}
		cold := diagnose(t, New(), next.Bytes())
		if !reflect.DeepEqual(result{errs, got}, cold) {
			t.Errorf("edit %d: differs from a cold check", step)
			diff(t, cold.findings, got)
		}
		f = next
	}
}

// TestFeedUndefinedOnceAcrossChunks: a program body whose F header was left out (as a
// generator's body file is, kept apart from its header) gets one feed-undefined error, at
// its first feed move, however many feed moves follow and however the text is cut into
// chunks; an F given later and then a G93 block without F are still reported.
func TestFeedUndefinedOnceAcrossChunks(t *testing.T) {
	var b strings.Builder
	b.WriteString("G21 G90 G54\nG0 X0 Y0 Z5\n")
	for i := 0; i < 1200; i++ {
		fmt.Fprintf(&b, "G1 X%d Y%d Z-1\n", i%50, i%7)
	}
	b.WriteString("G1 X1 F200\nG93\nG1 X2\nG94\nM2\n")
	saved := ChunkLines
	defer func() { ChunkLines = saved }()
	for _, chunk := range []int{1 << 30, 250} {
		ChunkLines = chunk
		got := diagnose(t, New(), []byte(b.String()))
		var feed []string
		for _, f := range got.findings {
			if strings.Contains(f, "gcode/feed-undefined") {
				feed = append(feed, f)
			}
		}
		if len(feed) != 2 || !strings.Contains(feed[0], "no F has been given yet") || !strings.Contains(feed[1], "G93") {
			t.Errorf("chunks of %d lines: feed-undefined findings %v, want the first feed move and the G93 block", chunk, feed)
		}
	}
}
