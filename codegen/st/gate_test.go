package st

import (
	"context"
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"
	"weak"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/source"
)

// TestGate: the pipeline's gate, with this pack, drops a candidate that writes an input (or
// a protected signal, or divides by zero) and keeps a harmless one.
func TestGate(t *testing.T) {
	src := `FUNCTION_BLOCK FB_Door
VAR_INPUT
    bClosed : BOOL;
END_VAR
VAR_OUTPUT
    bOk : BOOL;
END_VAR
VAR
    nCount : INT;
    bRelay AT %QX0.0 : BOOL;
END_VAR
bOk := bClosed;
|
END_FUNCTION_BLOCK
`
	expectVerdicts(t, gateAt(t, "door.st", src, config.Default()), map[string]string{
		"nCount := nCount + 1;":     "",
		"bClosed := TRUE;":          "rule:st/write-to-input",
		"nCount := nCount / 0;":     "rule:st/division-by-zero",
		"nCount := nUnknown;":       "rule:st/undeclared-identifier",
		"WHILE TRUE DO\nEND_WHILE;": "rule:st/while-true-no-exit",
	})
	// The protected signal is configuration: a gate built with it drops the write.
	cfg := config.Default()
	SettingsOf(cfg).Protected = []string{"%QX0.0"}
	expectVerdicts(t, gateAt(t, "door.st", src, cfg), map[string]string{"bRelay := TRUE;": "rule:st/protected-write"})
}

// gateAt builds the gate for the position marked | in src, as the pipeline does: the
// pack's context gives the unit.
func gateAt(t *testing.T, path, src string, cfg *config.Config) *codegen.Gate {
	t.Helper()
	off := strings.IndexByte(src, '|')
	f := parse(t, src[:off]+src[off+1:])
	pk := New()
	ctx := context.Background()
	c := pk.Context(ctx, codegen.ContextRequest{Path: path, File: f, Offset: off, Config: cfg})
	return codegen.NewGate(ctx, pk, codegen.CheckRequest{Path: path, File: f, Config: cfg}, off, c.Unit)
}

// expectVerdicts vets each candidate and compares the reason ("" for a pass).
func expectVerdicts(t *testing.T, gate *codegen.Gate, want map[string]string) {
	t.Helper()
	for cand, reason := range want {
		if v := gate.Vet(context.Background(), cand); v.Reason != reason {
			t.Errorf("%q: got %v, want reason %q", cand, v, reason)
		}
	}
}

// bigFile generates n function blocks of about 40 lines each.
func bigFile(n int) string {
	var sb strings.Builder
	sb.WriteString("TYPE E_S : (S_IDLE, S_RUN, S_STOP);\nEND_TYPE\n\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&sb, `FUNCTION_BLOCK FB_Unit%d
VAR_INPUT
    bStart   : BOOL;
    bStop    : BOOL;
    rSet     : REAL;
END_VAR
VAR_OUTPUT
    bRun     : BOOL;
    rOut     : REAL;
END_VAR
VAR
    eState   : E_S;
    fbDelay  : TON;
    aHist    : ARRAY[1..8] OF REAL;
    i        : INT;
    nCount   : INT;
END_VAR
fbDelay(IN := bStart, PT := T#2S);
CASE eState OF
    S_IDLE:
        IF fbDelay.Q THEN
            eState := S_RUN;
        END_IF
    S_RUN:
        bRun := TRUE;
        rOut := LIMIT(0.0, rSet * 2.0, 100.0);
        IF bStop THEN
            eState := S_STOP;
        END_IF
    S_STOP:
        bRun := FALSE;
        eState := S_IDLE;
ELSE
    eState := S_IDLE;
END_CASE
FOR i := 1 TO 8 DO
    aHist[i] := rOut;
END_FOR
nCount := nCount + 1;
END_FUNCTION_BLOCK

`, i)
	}
	return sb.String()
}

// BenchmarkCheckUnit: the gate's question on a 10,000-line file, one unit, after a splice
// (the spliced file is a new snapshot: only the changed unit is copied again).
func BenchmarkCheckUnit(b *testing.B) {
	src := bigFile(250)
	f := parse(b, src)
	pk := New()
	cfg := config.Default()
	mid := strings.Index(src, "FUNCTION_BLOCK FB_Unit125")
	end := strings.Index(src[mid:], "END_FUNCTION_BLOCK") + mid + len("END_FUNCTION_BLOCK")
	at := strings.Index(src[mid:], "nCount := nCount + 1;") + mid
	ctx := context.Background()
	pk.Check(ctx, codegen.CheckRequest{Path: "big.st", File: f, Config: cfg}) // warm the caches
	b.ReportMetric(float64(strings.Count(src, "\n")), "lines")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		after, err := f.Splice(ctx, at, at, fmt.Sprintf("nCount := %d;\n", i%1000))
		if err != nil {
			b.Fatal(err)
		}
		within := [2]int{mid, end + 16}
		b.StartTimer()
		res := pk.Check(ctx, codegen.CheckRequest{Path: "big.st", File: after, Config: cfg, Within: &within})
		_ = res
	}
}

// TestConcurrentChecks: snapshots share cached units; checks on several goroutines must not
// race (run with -race).
func TestConcurrentChecks(t *testing.T) {
	// A faulty POU at the end gives the checks something to find.
	src := bigFile(20) + "PROGRAM Faulty\nVAR\n    x : INT;\nEND_VAR\nx := yUndeclared;\nEND_PROGRAM\n"
	pk := New()
	cfg := config.Default()
	// What one caller alone gets is what every concurrent caller must get.
	f0 := parse(t, src)
	wantCheck := pk.Check(context.Background(), codegen.CheckRequest{Path: "big.st", File: f0, Config: cfg})
	wantCtx := pk.Context(context.Background(), codegen.ContextRequest{Path: "big.st", File: f0, Offset: len(src) / 2, Config: cfg})
	if len(wantCheck.Findings) == 0 || wantCtx.Unit[1] == 0 {
		t.Fatalf("the serial run found nothing to compare: %d findings, unit %v", len(wantCheck.Findings), wantCtx.Unit)
	}
	errs := make(chan string, 40)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f := parse(t, src)
			for i := 0; i < 5; i++ {
				got := pk.Check(context.Background(), codegen.CheckRequest{Path: "big.st", File: f, Config: cfg})
				if !reflect.DeepEqual(got, wantCheck) {
					errs <- fmt.Sprintf("concurrent Check: %d findings, serial %d", len(got.Findings), len(wantCheck.Findings))
				}
				ctx := pk.Context(context.Background(), codegen.ContextRequest{Path: "big.st", File: f, Offset: len(src) / 2, Config: cfg})
				if !reflect.DeepEqual(ctx, wantCtx) {
					errs <- fmt.Sprintf("concurrent Context differs from the serial one: unit %v vs %v, %d vs %d blocks", ctx.Unit, wantCtx.Unit, len(ctx.Blocks), len(wantCtx.Blocks))
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestGateSCL: inside a REGION of a TIA block the gate drops a candidate that writes the
// block's VAR_INPUT through #name or reads a temporary nothing wrote, and keeps a harmless
// one.
func TestGateSCL(t *testing.T) {
	src := `FUNCTION_BLOCK "FB_Door"
{ S7_Optimized_Access := 'TRUE' }
VERSION : 0.1
   VAR_INPUT 
      closed : Bool;
   END_VAR
   VAR_OUTPUT 
      ok : Bool;
   END_VAR
   VAR 
      statCount : DInt;
   END_VAR
   VAR_TEMP 
      tempSum : DInt;
   END_VAR
BEGIN
	REGION Door
	    #ok := #closed;
	    |
	END_REGION
END_FUNCTION_BLOCK
`
	expectVerdicts(t, gateAt(t, "FB_Door.scl", src, config.Default()), map[string]string{
		"#statCount += 1;":                        "",
		"ENO := #ok;":                             "",
		"#closed := TRUE;":                        "rule:st/write-to-input",
		"#statCount := #tempSum;":                 "rule:st/temp-read-before-write",
		"#statCount := #statCont;":                "rule:st/undeclared-identifier",
		"#tempSum := 0;\n#statCount := #tempSum;": "",
	})
}

// TestGateSeesTheDocumentsOtherUnits: the gate checks the cursor's POU alone, and that POU
// still sees the function blocks, functions and types declared above and below it in the
// same file: a call to one passes, a call handing it a wrong type is dropped.
func TestGateSeesTheDocumentsOtherUnits(t *testing.T) {
	src := `TYPE E_Mode : (Manual, Auto);
END_TYPE

FUNCTION_BLOCK FB_Motor
VAR_INPUT
    bRun : BOOL;
END_VAR
VAR_OUTPUT
    bOn : BOOL;
END_VAR
bOn := bRun;
END_FUNCTION_BLOCK

PROGRAM Main
VAR
    fbMotor : FB_Motor;
    fbPump : FB_Pump;
    eMode : E_Mode;
    rOut : REAL;
    bLamp : BOOL;
END_VAR
|
END_PROGRAM

FUNCTION F_Scale : REAL
VAR_INPUT
    rIn : REAL;
END_VAR
F_Scale := rIn * 2.0;
END_FUNCTION

FUNCTION_BLOCK FB_Pump
VAR_INPUT
    bStart : BOOL;
END_VAR
END_FUNCTION_BLOCK
`
	expectVerdicts(t, gateAt(t, "main.st", src, config.Default()), map[string]string{
		"fbMotor(bRun := TRUE);":       "",
		"bLamp := fbMotor.bOn;":        "",
		"fbPump(bStart := bLamp);":     "",
		"rOut := F_Scale(rIn := 1.5);": "",
		"eMode := E_Mode.Auto;":        "",
		"rOut := F_Missing(1.5);":      "rule:st/undeclared-identifier",
		"fbMotor(bRun := 'yes');":      "rule:st/type-mismatch",
		"fbPump(bStart := 'yes');":     "rule:st/type-mismatch",
	})
}

// TestGateCountsTheUnitsOwnErrors: a candidate is dropped for an error it brings, not one
// the unit had before it (the engineer's unfinished code); a second copy of that error is
// the candidate's own. Alone in its file and as one unit of a large file (checked alone).
func TestGateCountsTheUnitsOwnErrors(t *testing.T) {
	unit := `PROGRAM Main
VAR
    nCount : INT;
END_VAR
nCount := nMissing;
|
END_PROGRAM
`
	for name, src := range map[string]string{"alone": unit, "in a large file": bigFile(300) + "\n" + unit} {
		t.Run(name, func(t *testing.T) {
			expectVerdicts(t, gateAt(t, "main.st", src, config.Default()), map[string]string{
				"nCount := nCount + 1;": "",
				"nCount := nMissing;":   "rule:st/undeclared-identifier",
				"nCount := nOther;":     "rule:st/undeclared-identifier",
			})
		})
	}
}

// TestEditedVersionsLeaveTheModelCache: a version's model lives with that version, built
// once: the version edited from it does not keep it (nor its tree) alive, so typing keeps
// one version's analysis per document, while a file that stays keeps its model.
func TestEditedVersionsLeaveTheModelCache(t *testing.T) {
	pk := New()
	f1 := parse(t, "PROGRAM Main\nVAR\n    n : INT;\nEND_VAR\nn := 1;\nEND_PROGRAM\n")
	other := parse(t, "PROGRAM Other\nEND_PROGRAM\n")
	m1 := pk.cache.modelOf(f1)
	if pk.cache.modelOf(other) != pk.cache.modelOf(other) {
		t.Error("a file's model is built again while the file stays")
	}
	r := source.Range{Start: source.Position{Line: 4, Character: 5}, End: source.Position{Line: 4, Character: 6}}
	f2, err := f1.Apply(context.Background(), source.Change{Range: &r, Text: "2"})
	if err != nil {
		t.Fatal(err)
	}
	pk.cache.modelOf(f2)
	old := weak.Make(m1)
	m1, f1 = nil, nil
	for i := 0; i < 3 && old.Value() != nil; i++ {
		runtime.GC()
	}
	if old.Value() != nil {
		t.Error("the version edited away from is still held, with its model")
	}
	if pk.cache.model(f2) == nil || pk.cache.model(other) == nil {
		t.Error("the current version and the other file must keep their models")
	}
	runtime.KeepAlive(f2)
}

// TestGateReadsAClassicSourceWhole: a classic STEP 7 source reads the symbol table's
// symbols unquoted; whether it is one is a fact of the whole source, not of the block the
// gate cuts out (its OB1 numbered below): a symbol the code around uses stays unknown, and
// a near miss of a name the block declares stays an error.
func TestGateReadsAClassicSourceWhole(t *testing.T) {
	src := `FUNCTION_BLOCK MixerCtl
VAR
    oAlarms : ARRAY[0..3] OF BOOL;
    bHealthy : BOOL;
END_VAR
BEGIN
oAlarms[2] := iEStop1;
|
END_FUNCTION_BLOCK

ORGANIZATION_BLOCK OB1
VAR_TEMP
    info : ARRAY[0..19] OF BYTE;
END_VAR
BEGIN
MixerCtl.DB1();
END_ORGANIZATION_BLOCK
`
	expectVerdicts(t, gateAt(t, "main.scl", src, config.Default()), map[string]string{
		"oAlarms[3] := iEStop2;":   "",
		"oAlarms[3] := bHealthyy;": "rule:st/undeclared-identifier",
	})
}
