package st

import (
	"sync"
	"time"
)

// outsideGlobals caches variables a project declares outside its sources (a B&R project's
// mapp links, a TIA project's tag tables), by folder, each set trusted for outsideTTL: the
// language server runs for hours while the project changes.
type outsideGlobals struct {
	mu   sync.Mutex
	sets map[string]timedVars
}

type timedVars struct {
	at   time.Time
	vars map[string]*Var // by lower-case name; nil for none
}

// outsideTTL bounds how long a set read from the project's files is trusted.
const outsideTTL = 10 * time.Second

// get returns the set kept for key, calling read (with the cache's lock held: no two reads
// at once) when there is none or it is older than outsideTTL.
func (c *outsideGlobals) get(key string, read func() map[string]*Var) map[string]*Var {
	c.mu.Lock()
	defer c.mu.Unlock()
	if s, ok := c.sets[key]; ok && time.Since(s.at) < outsideTTL {
		return s.vars
	}
	vars := read()
	if len(vars) == 0 {
		vars = nil
	}
	if c.sets == nil {
		c.sets = map[string]timedVars{}
	}
	c.sets[key] = timedVars{at: time.Now(), vars: vars}
	return vars
}
