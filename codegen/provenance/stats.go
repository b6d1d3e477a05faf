// Package provenance keeps local statistics of suggestions (shown, accepted, dropped by
// reason) and, when the workspace asks for it, a ledger of accepted AI suggestions so CI can
// hold AI-written regions to stricter severities. Nothing here leaves the machine.
package provenance

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"
)

// Stats counts suggestion events per language.
type Stats struct {
	Languages map[string]*Counts `json:"languages"`
}

// Counts are one language's counters.
type Counts struct {
	Shown    int            `json:"shown"`
	Accepted int            `json:"accepted"`
	Dropped  map[string]int `json:"dropped"` // by reason
}

// StatsPath is where statistics live: GANTRY_STATS, else the user's state directory.
func StatsPath() string {
	if p := os.Getenv("GANTRY_STATS"); p != "" {
		return p
	}
	dir := os.Getenv("XDG_STATE_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return filepath.Join(os.TempDir(), "gantry-stats.json")
		}
		dir = filepath.Join(home, ".local", "state")
	}
	return filepath.Join(dir, "gantry", "stats.json")
}

var statsMu sync.Mutex

// LoadStats reads statistics; a missing file is empty statistics.
func LoadStats(path string) (*Stats, error) {
	s := &Stats{Languages: map[string]*Counts{}}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, s); err != nil {
		return nil, err
	}
	if s.Languages == nil {
		s.Languages = map[string]*Counts{}
	}
	return s, nil
}

// Update applies f to the statistics file under a process-wide lock and writes it back
// atomically.
func Update(path string, f func(*Stats)) error {
	statsMu.Lock()
	defer statsMu.Unlock()
	s, err := LoadStats(path)
	if err != nil {
		s = &Stats{Languages: map[string]*Counts{}} // a corrupt file is replaced, not fatal
	}
	f(s)
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// Lang returns the counters of a language, creating them.
func (s *Stats) Lang(id string) *Counts {
	c := s.Languages[id]
	if c == nil {
		c = &Counts{Dropped: map[string]int{}}
		s.Languages[id] = c
	}
	if c.Dropped == nil {
		c.Dropped = map[string]int{}
	}
	return c
}

// SortedLanguages lists language ids in order.
func (s *Stats) SortedLanguages() []string {
	var ids []string
	for id := range s.Languages {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}
