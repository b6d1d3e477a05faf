package provenance

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestStatsUpdateAndLoad(t *testing.T) {
	p := filepath.Join(t.TempDir(), "s", "stats.json")
	for i := 0; i < 3; i++ {
		if err := Update(p, func(s *Stats) { s.Lang("st").Shown++; s.Lang("st").Dropped["syntax"]++ }); err != nil {
			t.Fatal(err)
		}
	}
	Update(p, func(s *Stats) { s.Lang("st").Accepted++ })
	s, err := LoadStats(p)
	if err != nil || s.Lang("st").Shown != 3 || s.Lang("st").Accepted != 1 || s.Lang("st").Dropped["syntax"] != 3 {
		t.Fatalf("%+v %v", s.Languages["st"], err)
	}
	os.WriteFile(p, []byte("{garbage"), 0o644)
	if err := Update(p, func(s *Stats) { s.Lang("rtl").Shown++ }); err != nil {
		t.Fatal("a corrupt file must be replaced", err)
	}
}

func TestLedgerRegions(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "src")
	os.MkdirAll(sub, 0o755)
	Append(root, Entry{File: "src/main.st", StartLine: 10, EndLine: 12, Hash: Hash("x"), Model: "m", Time: time.Now()})
	Append(root, Entry{File: "src/other.st", StartLine: 1, EndLine: 1})
	l, err := FindLedger(sub)
	if err != nil || l == nil {
		t.Fatal(err)
	}
	if r := l.Regions(filepath.Join(sub, "main.st"), nil); len(r) != 1 || r[0] != [2]int{10, 12} {
		t.Errorf("regions %v", r)
	}
}

// A region is found again by its hash after lines are added or removed above it, and is
// dropped once the engineer changed its text.
func TestLedgerRegionsFollowTheirText(t *testing.T) {
	root := t.TempDir()
	inserted := "nCount := nCount + 1;\n    bDone := TRUE;"
	file := "PROGRAM P\nVAR\nEND_VAR\nIF bGo THEN\n    " + inserted + "\nEND_IF\nEND_PROGRAM\n"
	Append(root, Entry{File: "p.st", StartLine: 5, EndLine: 6, Column: 4, Length: len(inserted), Hash: Hash(inserted), Time: time.Now()})
	l, err := FindLedger(root)
	if err != nil || l == nil {
		t.Fatal(err)
	}
	path := filepath.Join(root, "p.st")
	if r := l.Regions(path, []byte(file)); len(r) != 1 || r[0] != [2]int{5, 6} {
		t.Fatalf("unchanged file: regions %v, want [[5 6]]", r)
	}
	moved := "(* header *)\n(* added *)\n(* lines *)\n" + file
	if r := l.Regions(path, []byte(moved)); len(r) != 1 || r[0] != [2]int{8, 9} {
		t.Fatalf("three lines added above: regions %v, want [[8 9]]", r)
	}
	up := strings.Replace(file, "VAR\nEND_VAR\n", "", 1)
	if r := l.Regions(path, []byte(up)); len(r) != 1 || r[0] != [2]int{3, 4} {
		t.Fatalf("two lines removed above: regions %v, want [[3 4]]", r)
	}
	edited := strings.Replace(file, "bDone := TRUE", "bDone := FALSE", 1)
	if r := l.Regions(path, []byte(edited)); len(r) != 0 {
		t.Fatalf("the region was edited by hand: regions %v, want none", r)
	}
}
