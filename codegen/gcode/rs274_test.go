package gcode

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/rules/rulestest"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// LinuxCNC's standalone interpreter (rs274, Debian package linuxcnc-uspace) is the test
// oracle for the LinuxCNC dialect: what it accepts and rejects, and where its canonical
// machine calls leave the tool, the feed and the spindle.

// rs274 returns the path of the reference interpreter, skipping the test without it.
func rs274(t testing.TB) string {
	t.Helper()
	p, err := exec.LookPath("rs274")
	if err != nil {
		t.Skip("rs274 (Debian package linuxcnc-uspace) is not installed")
	}
	return p
}

// canonState is the machine state after a line as rs274's canonical calls describe it, in
// the program's units.
type canonState struct {
	Pos     [6]float64 // X Y Z A B C
	Moved   bool       // a motion call came from this line
	Feed    float64
	Speed   float64
	Spindle int8 // 3, 4 or 5
	Inch    bool
}

// rsError is one error rs274 reported: its message and the text of the line.
type rsError struct{ Msg, Line string }

// rsRun is what rs274 did with one program.
type rsRun struct {
	After  map[int]canonState // by N number of the line that emitted calls
	Errors []rsError
}

var canonLine = regexp.MustCompile(`^\s*\d+ N(\S+)\s+([A-Z_0-9]+)\((.*)\)\s*$`)

// runRS274 interprets the program at path in continue mode (-n 0): an erroneous block is
// reported and skipped, the rest still runs.
func runRS274(t testing.TB, bin, path, tools string) rsRun {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-g", "-n", "0", "-t", tools, path)
	cmd.Dir = filepath.Dir(path)
	// rs274 keeps its tool table in $HOME/.tool.mmap, truncated and mapped shared at every
	// start: two runs at once with one HOME (another test process, a developer's second
	// go test) crash each other with SIGBUS or read each other's tools. Each test's folder
	// of tool tables is a HOME of its own.
	cmd.Env = append(os.Environ(), "HOME="+filepath.Dir(tools))
	var out bytes.Buffer
	cmd.Stdout = &out
	pipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// At the end of a file without M2 or %, continue mode repeats its error forever: the
	// run stops at the first repetition.
	var errLines []string
	atEOF := false
	rd := bufio.NewScanner(pipe)
	for rd.Scan() {
		l := rd.Text()
		if l == eofError {
			if atEOF {
				_ = cmd.Process.Kill()
				break
			}
			atEOF = true
		}
		errLines = append(errLines, l)
	}
	_, _ = io.Copy(io.Discard, pipe)
	if err := cmd.Wait(); err != nil && !atEOF {
		t.Fatalf("rs274 %s: %v\n%s", path, err, strings.Join(errLines, "\n"))
	}
	res := rsRun{After: map[int]canonState{}}
	var st canonState
	st.Spindle = 5
	plane := "XY"
	sc := bufio.NewScanner(&out)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		m := canonLine.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		var args []float64
		for _, a := range strings.Split(m[3], ",") {
			v, err := strconv.ParseFloat(strings.TrimSpace(a), 64)
			if err != nil {
				v = math.NaN()
			}
			args = append(args, v)
		}
		n := -1
		if v, err := strconv.Atoi(m[1]); err == nil {
			n = v
		}
		prev := res.After[n]
		st.Moved = prev.Moved
		switch m[2] {
		case "STRAIGHT_TRAVERSE", "STRAIGHT_FEED", "STRAIGHT_PROBE":
			copy(st.Pos[:], args[:6])
			st.Moved = true
		case "ARC_FEED":
			first, second, axis := args[0], args[1], args[5]
			switch plane {
			case "XY":
				st.Pos[0], st.Pos[1], st.Pos[2] = first, second, axis
			case "XZ":
				st.Pos[2], st.Pos[0], st.Pos[1] = first, second, axis
			case "YZ":
				st.Pos[1], st.Pos[2], st.Pos[0] = first, second, axis
			}
			copy(st.Pos[3:], args[6:9])
			st.Moved = true
		case "SELECT_PLANE":
			plane = strings.TrimPrefix(strings.TrimSpace(m[3]), "CANON_PLANE_")
		case "USE_LENGTH_UNITS":
			st.Inch = strings.Contains(m[3], "INCHES")
		case "SET_FEED_RATE":
			st.Feed = args[0]
		case "SET_SPINDLE_SPEED":
			st.Speed = args[1]
		case "START_SPINDLE_CLOCKWISE":
			st.Spindle = 3
		case "START_SPINDLE_COUNTERCLOCKWISE":
			st.Spindle = 4
		case "STOP_SPINDLE_TURNING":
			st.Spindle = 5
		}
		if n >= 0 {
			res.After[n] = st
		}
	}
	lines := errLines
	if len(lines) > 0 && strings.TrimSpace(lines[0]) == "executing" {
		lines = lines[1:]
	}
	seen := map[rsError]bool{}
	for i := 0; i+1 < len(lines); i += 2 {
		e := rsError{Msg: lines[i], Line: lines[i+1]}
		if !seen[e] {
			seen[e] = true
			res.Errors = append(res.Errors, e)
		}
	}
	return res
}

// guessedLathe reports a program only guessed to be LinuxCNC's that the pack reads as a
// Mach-style turning program (turret T words, no M6): not one for LinuxCNC's interpreter.
func guessedLathe(path string, text []byte, cfg *config.Config) bool {
	set := newSettings(path, text, cfg)
	_, prog := wholeProgram(set, text)
	return prog.Lathe && !set.explicit
}

// eofError is what rs274 repeats at the end of a file without M2 or %.
const eofError = "File ended with no percent sign or program end"

// gantryTrace runs Gantry's interpreter over text and returns the state after each line
// (0-based) that executed.
func gantryTrace(text []byte) map[int]State {
	set := newSettings("/tmp/oracle.ngc", text, config.Default())
	chunks, prog := wholeProgram(set, text)
	after := map[int]State{}
	sim := newSim(prog, append(hooks(), func(s *Step) { after[s.B.Line] = s.Sim.St }))
	var b Block
	for _, c := range chunks {
		forLines(c, func(line, start, end int) {
			scanLine(&b, text, line, start, end)
			sim.Exec(&b)
		})
	}
	return after
}

// gantryErrors returns the error-severity findings of a file by line (0-based).
func gantryErrors(t testing.TB, pk *Pack, path string, text []byte, cfg *config.Config) map[int][]string {
	t.Helper()
	f, err := codegen.Parse(context.Background(), pk, path, text)
	if err != nil {
		t.Fatal(err)
	}
	res := codegen.Diagnose(context.Background(), pk, codegen.CheckRequest{Path: path, File: f, Config: cfg})
	out := map[int][]string{}
	for _, fd := range res.Findings {
		// A cut with the spindle stopped is shop practice: rs274 runs a program without
		// turning anything, and checks the spindle only in G84, G86–G88 and the spindle-
		// synchronised moves (G33, G33.1, G76), the one case the rule claims.
		shopPractice := fd.Rule == "gcode/cut-with-spindle-stopped" && !strings.Contains(fd.Message, "Spindle not turning")
		if fd.Severity == rules.Error && !shopPractice {
			l := f.Lines.LineOf(fd.Start)
			out[l] = append(out[l], fd.Rule+": "+fd.Message)
		}
	}
	return out
}

// parallel runs fn over n items on the machine's cores.
func parallel(n int, fn func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// linesOfError finds the lines of a program that rs274 named in an error (it prints the
// block's text, which may stand on several lines).
func linesOfError(lines []string, e rsError) []int {
	want := strings.TrimSpace(e.Line)
	var out []int
	for i, l := range lines {
		if strings.TrimSpace(l) == want {
			out = append(out, i)
		}
	}
	// rs274 reads the profile subroutine of a G70–G72 turning cycle when it runs the
	// cycle, and names the subroutine's endsub for the cycle's error: the cycles whose Q
	// names that subroutine are the error's lines too.
	if m := rsEndsub.FindStringSubmatch(want); m != nil {
		cycle := regexp.MustCompile(`(?i)\bG7[0-2](\.[12])?\b.*\bQ\s*` + regexp.QuoteMeta(m[1]) + `\b`)
		for i, l := range lines {
			if cycle.MatchString(l) {
				out = append(out, i)
			}
		}
	}
	return out
}

var rsEndsub = regexp.MustCompile(`(?i)^o\s*(\d+)\s*endsub\b`)

func writeTemp(t testing.TB, dir, name string, text []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, text, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func describeErrs(es []rsError) string {
	var sb strings.Builder
	for _, e := range es {
		fmt.Fprintf(&sb, "\n  %s | %s", e.Msg, e.Line)
	}
	return sb.String()
}

// oracleFiles lists the LinuxCNC-dialect programs of the repository's test data.
func oracleFiles(t testing.TB) []string {
	var files []string
	for _, dir := range []string{"../../testdata/gcode/corpus", "testdata"} {
		_ = filepathWalk(dir, func(p string) {
			text, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if d, _ := detectDialect(p, text, fixtureConfig(t, p)); d == DialectLinuxCNC && !guessedLathe(p, text, fixtureConfig(t, p)) {
				files = append(files, p)
			}
		})
	}
	return files
}

// rsClaims maps rs274's error messages to the Gantry rules that claim them. Errors no rule
// claims (a global #<_name> nobody set, a subroutine file on LinuxCNC's search path) are
// outside the comparison.
var rsClaims = []struct {
	msg  *regexp.Regexp
	rule string
}{
	{regexp.MustCompile(`^Radius to end of arc differs|^Current point same as end point of arc|^Arc radius too small`), "gcode/arc-invalid"},
	{regexp.MustCompile(`^Named parameter #<[^_]`), "gcode/undefined-parameter"},
	{regexp.MustCompile(`^Two [gm] codes used from same modal group`), "gcode/modal-group-conflict"},
	{regexp.MustCompile(`^Cannot do g[0-9] with zero feed rate`), "gcode/feed-undefined"},
	{regexp.MustCompile(`^Attempt to divide by zero`), "gcode/expression-error"},
	{regexp.MustCompile(`^Requested tool \d+ not found`), "gcode/unknown-tool"},
	{regexp.MustCompile(`^G-code out of range|^M-code out of range|^Bad character ',' used`), "gcode/unsupported-code"},
	{regexp.MustCompile(`^Cannot put an? [abc] in canned cycle`), "gcode/axis-word-in-canned-cycle"},
	{regexp.MustCompile(`^Tool radius not less than arc radius with comp|concave corner cannot be reached by the tool without gouging|can't fit in without gouging|^Arc to arc motion is invalid because the arcs have the same center|^Zero degree inside corner`), "gcode/cutter-comp-gouge"},
	{regexp.MustCompile(`^Length of cutter compensation entry move is not greater|^Radius of cutter compensation entry arc is not greater`), "gcode/cutter-comp-invalid"},
	{regexp.MustCompile(`^Cannot use two g codes that both use axis values`), "gcode/axis-word-conflict"},
	{regexp.MustCompile(`^R word with no g code that uses it|^R word is ambiguous`), "gcode/r-word-unused"},
	{regexp.MustCompile(`^The move just after exiting cutter compensation`), "gcode/cutter-comp-invalid"},
	{regexp.MustCompile(`^(Chosen s|S)pindle (\(\d+\) )?not turning in G(33|33\.1|76)$`), "gcode/cut-with-spindle-stopped"},
}

func claimOf(msg string) string {
	for _, c := range rsClaims {
		if c.msg.MatchString(msg) {
			return c.rule
		}
	}
	return ""
}

// toolTable writes rs274's tool table: the profile's tools, or tools 1 to 99 when there is
// no profile (Gantry then knows nothing about tools and claims no tool error; their
// diameter is 0, so rs274 does not compensate either). The standalone rs274 reads the
// table in inches.
func toolTable(t testing.TB, dir string, cfg *config.Config) string {
	var sb strings.Builder
	if m := SettingsOf(cfg).Machine; m != nil {
		scale := 1 / 25.4
		if m.Units == "inch" {
			scale = 1
		}
		for _, tl := range m.Tools {
			fmt.Fprintf(&sb, "T%d P%d D%g Z%g\n", tl.Number, tl.Number, tl.Diameter*scale, tl.Length*scale)
		}
	} else {
		for n := 1; n < 100; n++ {
			fmt.Fprintf(&sb, "T%d P%d D0 Z0\n", n, n)
		}
	}
	return writeTemp(t, dir, "tool.tbl", []byte(sb.String()))
}

// TestOracleTestdata: every LinuxCNC program of the test data that rs274 rejects for a
// reason a rule claims gets an error finding on the first line rs274 rejects, and every
// program rs274 runs without any error gets no error finding.
func TestOracleTestdata(t *testing.T) {
	bin := rs274(t)
	pk := New()
	files := oracleFiles(t)
	if len(files) < 20 {
		t.Fatalf("only %d LinuxCNC programs in the test data", len(files))
	}
	tmp := t.TempDir()
	// Rules about the machine (travel, clearance, spindle limits) judge what rs274 does not
	// model: they stay out of the accepted side.
	physical := map[string]bool{}
	for _, id := range pk.Check(context.Background(), codegen.CheckRequest{Path: "/tmp/x.ngc", File: mustParse(t, pk, "G0 X0\n"), Config: config.Default()}).Skipped {
		physical[id] = true
	}
	accepted, rejected := 0, 0
	for _, p := range files {
		abs, _ := filepath.Abs(p)
		cfg := fixtureConfig(t, p)
		if SettingsOf(cfg).Dialect == "" {
			cfg = cfg.Clone()
			SettingsOf(cfg).Dialect = string(DialectLinuxCNC) // the oracle is LinuxCNC's interpreter
		}
		text, _ := os.ReadFile(p)
		rsPath := abs
		if call := subFileCall(text); call != "" {
			// A subroutine file runs when something calls it: rs274 gets its text (the
			// lines unchanged) followed by a call.
			rsPath = writeTemp(t, filepath.Dir(abs), ".oracle-"+filepath.Base(abs), []byte(call))
			defer os.Remove(rsPath)
		}
		rs := runRS274(t, bin, rsPath, toolTable(t, tmp, cfg))
		gerrs := gantryErrors(t, pk, abs, text, cfg)
		lines := strings.Split(string(text), "\n")
		if len(rs.Errors) == 0 {
			accepted++
			for l, msgs := range gerrs {
				for _, m := range msgs {
					if !physical[m[:strings.Index(m, ":")]] {
						t.Errorf("%s:%d: Gantry reports %s, rs274 runs the program without error: %s", p, l+1, m, lineAt(lines, l))
					}
				}
			}
			continue
		}
		rejected++
		first := rs.Errors[0]
		rule := claimOf(first.Msg)
		if rule == "" {
			continue
		}
		found := false
		for _, l := range linesOfError(lines, first) {
			for _, m := range gerrs[l] {
				found = found || strings.HasPrefix(m, rule+":")
			}
		}
		if !found {
			t.Errorf("%s: rs274 rejects %q (%s), Gantry reports no %s there; Gantry's errors: %v", p, first.Line, first.Msg, rule, gerrs)
		}
	}
	t.Logf("%d programs: rs274 accepts %d, rejects %d", len(files), accepted, rejected)
}

func lineAt(lines []string, l int) string {
	if l < 0 || l >= len(lines) {
		return "?"
	}
	return lines[l]
}

func mustParse(t testing.TB, pk *Pack, text string) *syntax.File {
	t.Helper()
	f, err := codegen.Parse(context.Background(), pk, "/tmp/x.ngc", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// fixtureConfigDefault is the oracle's configuration without a profile: LinuxCNC.
func fixtureConfigDefault() *config.Config {
	c := config.Default()
	SettingsOf(c).Dialect = string(DialectLinuxCNC)
	return c
}

// subFileCall returns, for a file whose first statement is o<name> sub and that never calls
// it, the file's subroutine definitions followed by a call with arguments and M2; "" for
// other files.
func subFileCall(text []byte) string {
	var b Block
	var out strings.Builder
	name, called, first := "", false, true
	forLines(textChunk(text), func(line, start, end int) {
		scanLine(&b, text, line, start, end)
		if b.Bad() || b.Empty() {
			out.Write(text[start:end])
			out.WriteByte('\n')
			return
		}
		if first && b.Ctl.Kind == CtlSub {
			name = b.Ctl.Label
		}
		first = false
		if b.Ctl.Kind == CtlCall && b.Ctl.Label == name {
			called = true
		}
		for _, w := range b.Words {
			if c, ok := w.Code(); ok && w.Letter == 'M' && (c == 20 || c == 300) {
				out.WriteByte('\n') // the end moves below the call
				return
			}
		}
		out.Write(text[start:end])
		out.WriteByte('\n')
	})
	if name == "" || called {
		return ""
	}
	return out.String() + "o" + name + " call [1] [2] [3]\nM2\n"
}

// TestOracleCutterComp: in every LinuxCNC program of the test data that turns cutter
// compensation on, the lines rs274 refuses for a gouge are exactly the lines marked
// `want "gcode/cutter-comp-gouge"`, and every entry move rs274 refuses gets
// gcode/cutter-comp-invalid. rs274 goes on after an error (-n 0), so each marked case
// counts, not only the first.
func TestOracleCutterComp(t *testing.T) {
	bin := rs274(t)
	pk := New()
	tmp := t.TempDir()
	const gouge = "gcode/cutter-comp-gouge"
	files, cases := 0, 0
	for _, p := range oracleFiles(t) {
		text, _ := os.ReadFile(p)
		up := strings.ToUpper(string(text))
		if !strings.Contains(up, "G41") && !strings.Contains(up, "G42") {
			continue
		}
		files++
		abs, _ := filepath.Abs(p)
		cfg := fixtureConfig(t, p)
		if SettingsOf(cfg).Dialect == "" {
			cfg = cfg.Clone()
			SettingsOf(cfg).Dialect = string(DialectLinuxCNC)
		}
		rs := runRS274(t, bin, abs, toolTable(t, tmp, cfg))
		gerrs := gantryErrors(t, pk, abs, text, cfg)
		lines := strings.Split(string(text), "\n")
		rsGouge := map[int]string{}
		for _, e := range rs.Errors {
			rule := claimOf(e.Msg)
			for _, l := range linesOfError(lines, e) {
				switch rule {
				case gouge:
					rsGouge[l] = e.Msg
				case "gcode/cutter-comp-invalid":
					found := false
					for _, m := range gerrs[l] {
						found = found || strings.HasPrefix(m, rule+":")
					}
					if !found {
						t.Errorf("%s:%d: rs274: %s; Gantry reports no %s", p, l+1, e.Msg, rule)
					}
				}
			}
		}
		for l, msg := range rsGouge {
			cases++
			if !hasRule(gerrs[l], gouge) {
				t.Errorf("%s:%d: rs274: %s; Gantry reports no %s (%v)", p, l+1, msg, gouge, gerrs[l])
			}
		}
		for l := range gerrs {
			if hasRule(gerrs[l], gouge) && rsGouge[l] == "" {
				t.Errorf("%s:%d: Gantry reports %s, rs274 does not: %s", p, l+1, gouge, lineAt(lines, l))
			}
		}
		for l, ids := range rulestest.Expectations(text) {
			for _, id := range ids {
				if id == gouge && rsGouge[l-1] == "" {
					t.Errorf("%s:%d: marked %s, rs274 accepts the line", p, l, gouge)
				}
			}
		}
	}
	if cases < 10 {
		t.Errorf("only %d gouge cases confirmed by rs274", cases)
	}
	t.Logf("%d programs with cutter compensation: rs274 and Gantry agree on %d gouges", files, cases)
}

func hasRule(msgs []string, rule string) bool {
	for _, m := range msgs {
		if strings.HasPrefix(m, rule+":") {
			return true
		}
	}
	return false
}
