package rules

import (
	"fmt"
	"sort"
)

// Registry is a pack's list of rules. Every rule file registers its rule once, at package
// level, in one shape across packs:
//
//	var ruleX = register(&rules.Rule{ID: …, Doc: rules.Doc(…)}, checkX)
//
// where the pack's register adds to its Registry and checkX receives the pack's model with
// its own type, so no rule casts Pass.Model.
type Registry[M any] struct {
	list []*Rule
	ids  map[string]bool
}

// Add registers r with a check over the pack's model M and returns r. An id registered twice
// is a programming error caught at start-up.
func (g *Registry[M]) Add(r *Rule, check func(*Pass, M)) *Rule {
	if g.ids == nil {
		g.ids = map[string]bool{}
	}
	if g.ids[r.ID] {
		panic(fmt.Sprintf("rules: %s registered twice", r.ID))
	}
	g.ids[r.ID] = true
	if check != nil {
		r.Check = func(p *Pass) {
			// A wrong model type panics here, and Run turns that into a visible finding.
			check(p, p.Model.(M))
		}
	}
	g.list = append(g.list, r)
	return r
}

// All returns the registered rules sorted by id (a new slice each call).
func (g *Registry[M]) All() []*Rule {
	out := append([]*Rule(nil), g.list...)
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}
