package rtl

import "strings"

// detectClockReset finds the clock and reset of an edge-triggered process: a reset is the
// signal the first `if` tests (`if (!rst_n)`, `if (rst)`, `if (rst == 1'b0)`); it is
// asynchronous when it is also an edge of the sensitivity list; the clock is the other edge.
func detectClockReset(u *Unit, p *Proc) {
	if !p.Seq || len(p.Edges) == 0 {
		return
	}
	first := firstStatement(p.Body)
	if first != nil && first.Kind() == "if_statement" {
		if name, low, node := resetTest(first.Child("condition")); name != "" {
			for _, e := range p.Edges {
				if e.Signal == name && len(p.Edges) > 1 {
					p.Reset, p.ResetLow, p.ResetNode, p.ResetIf = name, low, node, first
				}
			}
			if p.Reset == "" && looksLikeReset(name) && activeLowName(name) == low {
				p.Reset, p.ResetLow, p.ResetSync, p.ResetNode, p.ResetIf = name, low, true, node, first
			}
		}
	}
	for _, e := range p.Edges {
		if e.Signal != p.Reset {
			p.Clock, p.ClockEdge = e.Signal, e.Edge
			if looksLikeClock(e.Signal) {
				break
			}
		}
	}
}

// firstStatement returns the first statement of a body, looking into begin … end.
func firstStatement(n *Node) *Node {
	for n = unlabel(n); n != nil && (n.Kind() == "seq_block" || n.Kind() == "timing_control_statement"); n = unlabel(n) {
		if n.Kind() == "timing_control_statement" {
			n = n.Child("body")
			continue
		}
		var next *Node
		for _, k := range n.Kids() {
			if k.Field() == "" && isStatement(k) {
				next = k
				break
			}
		}
		n = next
	}
	return n
}

func isStatement(n *Node) bool {
	switch n.Kind() {
	case "comment", "variable_declaration", "parameter_declaration", "localparam_declaration",
		"typedef_declaration", "preprocessor_directive", "attribute_instance", "identifier":
		return false
	}
	return true
}

// resetTest reads a reset condition: the signal, whether it is active low, and its node.
func resetTest(c *Node) (string, bool, *Node) {
	for c != nil && c.Kind() == "parenthesized_expression" && c.NumKids() == 1 {
		c = c.Kid(0)
	}
	if c == nil {
		return "", false, nil
	}
	switch c.Kind() {
	case "identifier":
		return c.Text(), false, c
	case "unary_expression":
		op, x := c.Child("operator"), c.Child("operand")
		if op != nil && (op.Kind() == "!" || op.Kind() == "~") && x != nil && x.Kind() == "identifier" {
			return x.Text(), true, x
		}
	case "binary_expression":
		op, l, r := c.Child("operator"), c.Child("left"), c.Child("right")
		if op == nil || l == nil || r == nil || l.Kind() != "identifier" || r.Kind() != "number" {
			return "", false, nil
		}
		v, _, ok := ParseNumber(r.Text())
		if !ok {
			return "", false, nil
		}
		switch op.Kind() {
		case "==", "===":
			return l.Text(), v == 0, l
		case "!=", "!==":
			return l.Text(), v != 0, l
		}
	}
	return "", false, nil
}

func looksLikeReset(name string) bool {
	l := strings.ToLower(name)
	return strings.Contains(l, "rst") || strings.Contains(l, "reset") || strings.Contains(l, "clr") || strings.Contains(l, "clear")
}

func looksLikeClock(name string) bool {
	l := strings.ToLower(name)
	return strings.Contains(l, "clk") || strings.Contains(l, "clock")
}

// Convention summarises how a unit clocks and resets its registers.
type Convention struct {
	Clock     string
	ClockEdge string
	Reset     string
	ResetLow  bool
	ResetSync bool
	Style     string // "always_ff" or "always"
}

// Conventions returns the clocking conventions in use, most common first.
func (u *Unit) Conventions() []Convention {
	count := map[Convention]int{}
	var order []Convention
	for _, p := range u.Procs {
		if !p.Seq || p.Clock == "" || p.ClockEdge == "" {
			continue // a clock edge a macro spells is no convention to follow
		}
		c := Convention{Clock: p.Clock, ClockEdge: p.ClockEdge, Reset: p.Reset, ResetLow: p.ResetLow, ResetSync: p.ResetSync, Style: p.Kind}
		if count[c] == 0 {
			order = append(order, c)
		}
		count[c]++
	}
	for i := 1; i < len(order); i++ {
		for j := i; j > 0 && count[order[j]] > count[order[j-1]]; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	return order
}

// Describe says a convention in words.
func (c Convention) Describe() string {
	s := c.ClockEdge + " " + c.Clock
	if c.Reset != "" {
		kind := "asynchronous"
		if c.ResetSync {
			kind = "synchronous"
		}
		level := "active-high"
		if c.ResetLow {
			level = "active-low"
		}
		s += ", " + kind + " " + level + " reset " + c.Reset
	} else {
		s += ", no reset"
	}
	return s + " (" + c.Style + ")"
}

// activeLowName reports whether a name says its signal is active low (rst_n, rstn, rst_ni, rst_b).
func activeLowName(name string) bool {
	l := strings.ToLower(name)
	return strings.HasSuffix(l, "_n") || strings.HasSuffix(l, "_ni") || strings.HasSuffix(l, "n_i") ||
		strings.HasSuffix(l, "_b") || strings.HasSuffix(l, "stn") || strings.HasSuffix(l, "setn") || strings.HasSuffix(l, "rstn")
}
