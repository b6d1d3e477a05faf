package gotree

import (
	"sync"
	"sync/atomic"
)

// KindSet is a set of node kinds asked of every node of a unit (a rule's or a builder's
// walk): it answers from the node's kind index in its language's table, where a map would
// hash the kind's name for each node, a tenth of a long unit's check.
type KindSet struct {
	names  map[string]bool
	last   atomic.Pointer[kindLookup] // the table asked last: one language at a time
	tables sync.Map                   // the first entry of a kind table → *kindLookup
}

// kindLookup is a KindSet for one kind table, by kind index.
type kindLookup struct {
	table *string
	has   []bool
}

// NewKindSet returns the set of the given kinds.
func NewKindSet(kinds ...string) *KindSet {
	s := &KindSet{names: map[string]bool{}}
	for _, k := range kinds {
		s.names[k] = true
	}
	return s
}

// Has reports whether n's kind is in the set (false for nil).
func (s *KindSet) Has(n *Node) bool {
	if n == nil {
		return false
	}
	kinds := n.t.kinds
	l := s.last.Load()
	if l == nil || l.table != &kinds[0] || len(l.has) != len(kinds) {
		l = s.lookup(kinds)
	}
	return l.has[n.kind]
}

// lookup returns the set for a kind table, made once per table: the languages' tables are
// shared by all their copies, a node made alone (Leaf, Join) has one of its own.
func (s *KindSet) lookup(kinds []string) *kindLookup {
	if v, ok := s.tables.Load(&kinds[0]); ok {
		if l := v.(*kindLookup); len(l.has) == len(kinds) {
			s.last.Store(l)
			return l
		}
	}
	l := &kindLookup{table: &kinds[0], has: make([]bool, len(kinds))}
	for i, k := range kinds {
		l.has[i] = s.names[k]
	}
	if len(kinds) > 2 {
		s.tables.Store(&kinds[0], l) // not the one-kind tables of nodes made alone
	}
	s.last.Store(l)
	return l
}
