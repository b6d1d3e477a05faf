package rtl

import (
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"strings"
)

// Helpers of the verification-side rules (forks, events, assertions, randomize).

var joinRE = lazyregexp.New(`\bjoin(_any|_none)?\b`)

// joinKind returns "join", "join_any" or "join_none" for a fork … join block.
func joinKind(u *UnitRef, n *Node) string {
	if j := n.Child("join"); j != nil {
		return j.Kind()
	}
	src := n.SrcString(u.Text)
	all := joinRE.FindAllString(src, -1)
	if len(all) == 0 {
		return "join"
	}
	return all[len(all)-1]
}

var (
	waitForkRE    = lazyregexp.New(`^wait\s+fork\b`)
	disableForkRE = lazyregexp.New(`^disable\s+fork\b`)
)

// isWaitFork reports `wait fork;` and `disable fork;`.
func isWaitFork(u *UnitRef, n *Node) bool {
	switch n.Kind() {
	case "wait_statement":
		return waitForkRE.MatchString(n.SrcString(u.Text))
	case "disable_statement":
		return disableForkRE.MatchString(n.SrcString(u.Text))
	}
	return false
}

// enclosing returns the nearest ancestor of n of one of the kinds, stopping at a process
// or subroutine boundary.
func enclosing(n *Node, kinds ...string) *Node {
	for p := n.Parent(); p != nil; p = p.Parent() {
		for _, k := range kinds {
			if p.Kind() == k {
				return p
			}
		}
		switch p.Kind() {
		case "always_construct", "initial_construct", "final_construct", "task_declaration", "function_declaration",
			"module_declaration", "class_declaration", "program_declaration", "interface_declaration":
			return nil
		}
	}
	return nil
}

// processOf returns the always/initial/final block or the task holding n.
func processOf(n *Node) *Node {
	for p := n.Parent(); p != nil; p = p.Parent() {
		switch p.Kind() {
		case "always_construct", "initial_construct", "final_construct", "task_declaration", "function_declaration":
			return p
		}
	}
	return nil
}

// calleeName returns the last component of a called name (`obj.randomize` → randomize,
// `std::randomize` → randomize).
func calleeName(fn *Node) string {
	if fn == nil {
		return ""
	}
	t := fn.Text()
	if fn.Kind() == "member_access" {
		if m := fn.Child("member"); m != nil {
			return m.Text()
		}
	}
	if fn.Kind() == "scoped_identifier" {
		if m := fn.Child("name"); m != nil {
			return m.Text()
		}
	}
	if i := strings.LastIndexAny(t, ".:"); i >= 0 {
		t = t[i+1:]
	}
	return strings.TrimSpace(t)
}
