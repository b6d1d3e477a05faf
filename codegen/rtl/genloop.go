package rtl

// Generate loops unrolled: the values a genvar takes, so that rules can judge constant
// expressions inside the loop body once per iteration. A value depends on a parameter
// (ParamDep) when the loop header does.

// maxGenIterations bounds the iterations enumerated for one loop (and a nest of loops),
// so that a runaway or huge loop costs little.
const maxGenIterations = 4096

// genLoopValues returns the genvar of a loop_generate and the values it takes under sc.
// ok is false when the header does not evaluate or the loop does not end within the bound.
func genLoopValues(loop *Node, sc Scope) (name string, vals []int64, dep, ok bool) {
	init, condN, upd := loop.Child("initializer"), loop.Child("condition"), loop.Child("update")
	if init == nil || condN == nil || upd == nil {
		return "", nil, false, false
	}
	nm := init.Child("name")
	if nm == nil {
		return "", nil, false, false
	}
	name = nm.Text()
	v := Eval(init.Child("value"), sc)
	if !v.OK {
		return name, nil, false, false
	}
	dep = v.ParamDep
	with := func(x int64) Scope { return withGenvar(sc, name, Const{V: x, OK: true, ParamDep: dep}) }
	x := v.V
	for i := 0; i <= maxGenIterations; i++ {
		c := Eval(condN, with(x))
		if !c.OK {
			return name, nil, false, false
		}
		dep = dep || c.ParamDep
		if c.V == 0 {
			return name, vals, dep, true
		}
		vals = append(vals, x)
		next, ok := stepGenvar(upd, name, x, with(x))
		if !ok || next == x {
			return name, nil, false, false
		}
		x = next
	}
	return name, nil, false, false
}

// stepGenvar applies a loop's update (i = i + 1, i += 2, i++, --i) to x.
func stepGenvar(upd *Node, name string, x int64, sc Scope) (int64, bool) {
	switch upd.Kind() {
	case "increment_statement":
		op, operand := upd.Child("operator"), upd.Child("operand")
		if op == nil || operand == nil || operand.Text() != name {
			return 0, false
		}
		if op.Kind() == "++" {
			return x + 1, true
		}
		return x - 1, true
	case "blocking_assignment", "assignment_expression":
		l, r, op := upd.Child("left"), upd.Child("right"), upd.Child("operator")
		if l == nil || l.Text() != name || op == nil {
			return 0, false
		}
		v := Eval(r, sc)
		if !v.OK {
			return 0, false
		}
		switch op.Kind() {
		case "=":
			return v.V, true
		case "+=":
			return x + v.V, true
		case "-=":
			return x - v.V, true
		case "*=":
			return x * v.V, true
		case "<<=":
			if v.V >= 0 && v.V < 63 {
				return x << uint(v.V), true
			}
		case ">>=":
			if v.V >= 0 && v.V < 64 {
				return x >> uint(v.V), true
			}
		}
	}
	return 0, false
}

// withGenvar extends sc with one genvar's value.
func withGenvar(sc Scope, name string, v Const) Scope {
	return func(n string) Const {
		if n == name {
			return v
		}
		return sc(n)
	}
}
