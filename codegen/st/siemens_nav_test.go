package st

import (
	"context"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// bottlingWorkspace loads the TIA test project: blocks (.scl), PLC data types (.udt) and
// data blocks (.db).
func bottlingWorkspace(t *testing.T) *memWorkspace {
	t.Helper()
	files := projectFiles(t, "../../testdata/scl/bottling", []string{"*.scl", "*.udt", "*.db"})
	sort.Strings(files)
	return loadWorkspace(t, files...)
}

func TestSCLDefinitionAcrossFiles(t *testing.T) {
	ws := bottlingWorkspace(t)
	pk := New()
	for _, c := range []struct {
		file, needle string
		n, delta     int
		want         string
	}{
		{"FB_LineControl.scl", `"DB_Line".emergencyStop`, 0, 2, "DB_Line.db:1:12:\"DB_Line\""}, // global DB
		{"FB_LineControl.scl", `emergencyStop`, 0, 0, "DB_Line.db:10:7:emergencyStop"},         // DB member
		{"FB_LineControl.scl", `#instTank(`, 0, 1, "FB_LineControl.scl:27:7:instTank"},         // # local
		{"FB_LineControl.scl", `"FB_AnalogIn"`, 0, 1, "FB_AnalogIn.scl:1:16:\"FB_AnalogIn\""},  // FB type
		{"FB_Motor.scl", `"UDT_Motor"`, 0, 1, "UDT_Motor.udt:1:6:\"UDT_Motor\""},               // PLC data type
		{"FB_Valve.scl", `travelTime`, 0, 0, "UDT_Valve.udt:9:7:travelTime"},                   // UDT member
		{"OB_Main.scl", `"iLineControl"`, 0, 1, "DB_Hmi.db:16:12:\"iLineControl\""},            // instance DB
		{"OB_Main.scl", `startButton`, 0, 0, "FB_LineControl.scl:9:7:startButton"},             // its FB's input
		{"iFiller.db", `nozzleCount`, 0, 0, "FB_Filler.scl:20:7:nozzleCount"},                  // start value of an instance DB
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
}

func TestSCLHover(t *testing.T) {
	ws := bottlingWorkspace(t)
	pk := New()
	for _, c := range []struct {
		file, needle string
		n, delta     int
		want         []string
	}{
		{"FB_Motor.scl", "#statFeedbackTimer(", 0, 1, []string{"statFeedbackTimer : TON_TIME;", "On delay", "PT : Time;"}},
		{"FB_Conveyor.scl", "#instCount(", 0, 1, []string{"instCount : CTU_DINT;", "CU : Bool;", "R : Bool;", "CV : DINT;"}},
		{"FC_Blocks.scl", "MOVE_BLK(", 0, 0, []string{"FUNCTION MOVE_BLK : Void", "COUNT : UDInt;", "OUT : Variant;"}},
		{"FB_RecipeManager.scl", "Serialize(", 0, 0, []string{"FUNCTION Serialize : Int", "VAR_IN_OUT", "POS : DInt;"}},
		{"FC_Scale.scl", "ENO := FALSE", 0, 0, []string{"ENO : Bool", "enable output"}},
		{"FB_LineControl.scl", "#instTank(", 0, 1, []string{"instTank : \"FB_AnalogIn\";", "FUNCTION_BLOCK FB_AnalogIn", "raw : Int;"}},
	} {
		h := pk.Hover(context.Background(), navReq(t, ws, c.file, c.needle, c.n, c.delta))
		for _, w := range c.want {
			if !strings.Contains(h, w) {
				t.Errorf("%s %q: hover lacks %q:\n%s", c.file, c.needle, w, h)
			}
		}
	}
}

func TestSCLReferencesAcrossFiles(t *testing.T) {
	ws := bottlingWorkspace(t)
	pk := New()
	var got []string
	for _, l := range pk.References(context.Background(), navReq(t, ws, "FB_Conveyor.scl", `"FB_Conveyor"`, 0, 1)) {
		got = append(got, filepath.Base(l.Path))
	}
	sort.Strings(got)
	// the declaration, the two instances in FB_LineControl, the instance DBs in iInfeed.db
	want := "FB_Conveyor.scl FB_LineControl.scl FB_LineControl.scl iInfeed.db iInfeed.db"
	if strings.Join(got, " ") != want {
		t.Errorf("references of FB_Conveyor: %v, want %s", got, want)
	}
}

// Document symbols of a PLC data type source and of a data block source.
func TestSCLSymbols(t *testing.T) {
	ws := bottlingWorkspace(t)
	pk := New()
	got := map[string][]string{}
	for _, wf := range ws.files {
		switch filepath.Base(wf.Path) {
		case "UDT_Valve.udt", "DB_Hmi.db":
			for _, s := range pk.Symbols(context.Background(), wf.File) {
				got[filepath.Base(wf.Path)] = append(got[filepath.Base(wf.Path)], string(s.Kind)+" "+s.Name)
			}
		}
	}
	if strings.Join(got["UDT_Valve.udt"], ",") != "struct UDT_Valve" {
		t.Errorf("UDT_Valve.udt: %v", got["UDT_Valve.udt"])
	}
	if strings.Join(got["DB_Hmi.db"], ",") != "struct DB_Hmi,struct iLineControl,struct iRecipes" {
		t.Errorf("DB_Hmi.db: %v", got["DB_Hmi.db"])
	}
}

// Hover on an instance of a SIMATIC AX class lists the class's public methods.
func TestAXClassHover(t *testing.T) {
	files := projectFiles(t, "../../testdata/ax/sorter", []string{"src/*.st", "src/*/*.st"})
	sort.Strings(files)
	ws := loadWorkspace(t, files...)
	h := New().Hover(context.Background(), navReq(t, ws, "Sorter.st", "Queue : Fifo", 0, 0))
	for _, want := range []string{"Queue : Fifo;", "CLASS Fifo", "METHOD Push(item : Parcel) : BOOL", "METHOD Pop(item : Parcel) : BOOL", "METHOD Clear()"} {
		if !strings.Contains(h, want) {
			t.Errorf("hover lacks %q:\n%s", want, h)
		}
	}
}
