package provenance

import (
	"os"
	"path/filepath"
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
	if r := l.Regions(filepath.Join(sub, "main.st")); len(r) != 1 || r[0] != [2]int{10, 12} {
		t.Errorf("regions %v", r)
	}
}
