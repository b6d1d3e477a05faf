package st

import (
	"hash/fnv"
	"sort"
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
	fp   uint64          // varsFingerprint(vars)
}

// outsideTTL bounds how long a set read from the project's files is trusted.
const outsideTTL = 10 * time.Second

// outsideNow is the clock outsideTTL is measured by (a test's, to pass the TTL at once).
var outsideNow = time.Now

// get returns the set kept for key and its fingerprint, calling read (with the cache's lock
// held: no two reads at once) when there is none or it is older than outsideTTL.
func (c *outsideGlobals) get(key string, read func() map[string]*Var) (map[string]*Var, uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if s, ok := c.sets[key]; ok && outsideNow().Sub(s.at) < outsideTTL {
		return s.vars, s.fp
	}
	vars := read()
	if len(vars) == 0 {
		vars = nil
	}
	if c.sets == nil {
		c.sets = map[string]timedVars{}
	}
	s := timedVars{at: outsideNow(), vars: vars, fp: varsFingerprint(vars)}
	c.sets[key] = s
	return s.vars, s.fp
}

// varsFingerprint fingerprints a set of variables by what findings and hovers show of them:
// a set read again with the same declarations gets the same fingerprint.
func varsFingerprint(vars map[string]*Var) uint64 {
	if len(vars) == 0 {
		return 0
	}
	keys := make([]string, 0, len(vars))
	for k := range vars {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	h := fnv.New64a()
	for _, k := range keys {
		v := vars[k]
		for _, s := range []string{k, v.Name, v.Section, v.Decl, v.Address, v.Comment, v.List} {
			h.Write([]byte(s))
			h.Write([]byte{0})
		}
	}
	return h.Sum64() | 1 // never 0, the empty set's
}
