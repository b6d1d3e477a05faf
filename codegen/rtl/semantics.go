package rtl

import "math"

// Sem is a unit's model resolved against the workspace: instance connections become
// drivers or readers by the direction of the port they connect to.
type Sem struct {
	U       *UnitRef
	Ix      *Index
	Drivers map[string][]*Access // writes that drive a signal (no loop headers, no initializers)
	Inits   map[string][]*Access // variable initializers
	Readers map[string][]*Access
	// Maybe lists names connected to ports of unknown direction (unknown modules): they
	// may be driven and read there.
	Maybe map[string]bool
}

// PortDir returns the direction of the port an instance connection reaches ("" unknown).
// An ordered connection's direction is unknown where two definitions of the module, as
// near the checked file as each other (a backup folder's older copy beside the source),
// put ports of different directions at its place: which copy is compiled is not known.
func PortDir(ix *Index, inst *Instance, port string, pos int) (string, *Port, *UnitRef) {
	mod := ix.Module(inst.Module)
	if mod == nil {
		return "", nil, nil
	}
	var p *Port
	if port != "" {
		p = mod.Port(port)
	} else if p = positionalPort(mod, pos); p != nil {
		for _, other := range ix.nearestTied(inst.Module)[1:] {
			if q := positionalPort(other, pos); q == nil || q.Dir != p.Dir {
				return "", nil, mod
			}
		}
	}
	if p == nil {
		return "", nil, mod
	}
	if p.Decl != nil && p.Decl.Iface {
		return "", p, mod
	}
	return p.Dir, p, mod
}

// positionalPort returns the port at ordered position pos of mod, or nil.
func positionalPort(mod *UnitRef, pos int) *Port {
	if pos < len(mod.Ports) && !mod.GapPorts {
		return mod.Ports[pos]
	}
	return nil
}

// Resolve computes the drivers and readers of a unit.
func Resolve(u *UnitRef, ix *Index) *Sem {
	s := &Sem{U: u, Ix: ix, Drivers: map[string][]*Access{}, Inits: map[string][]*Access{},
		Readers: map[string][]*Access{}, Maybe: map[string]bool{}}
	for _, w := range u.Writes {
		switch w.Kind {
		case AccLoop:
			continue
		case AccInit:
			s.Inits[w.Name] = append(s.Inits[w.Name], w)
			continue
		case AccInstance:
			dir, _, _ := PortDir(ix, w.Conn.Inst, w.Conn.Port, w.Conn.Pos)
			switch dir {
			case "output", "inout", "ref":
				s.Drivers[w.Name] = append(s.Drivers[w.Name], w)
			case "input":
			default:
				s.Maybe[w.Name] = true
			}
			continue
		}
		s.Drivers[w.Name] = append(s.Drivers[w.Name], w)
	}
	targets := map[*Node]bool{}
	for _, w := range u.Writes {
		if w.Kind == AccInstance {
			targets[w.Id] = true
		}
	}
	for _, r := range u.Reads {
		if r.Kind == AccInstance {
			dir, _, _ := PortDir(ix, r.Conn.Inst, r.Conn.Port, r.Conn.Pos)
			if dir == "output" && targets[r.Id] {
				continue
			}
			if dir == "" {
				s.Maybe[r.Name] = true
			}
		}
		s.Readers[r.Name] = append(s.Readers[r.Name], r)
	}
	// `.*` connects every port left unnamed to the same-named signal.
	for _, inst := range u.Instances {
		if !inst.Wildcard {
			continue
		}
		mod := ix.Module(inst.Module)
		if mod == nil {
			continue
		}
		named := map[string]bool{}
		for _, c := range inst.Conns {
			if p := c.Child("port"); p != nil {
				named[p.Text()] = true
			}
		}
		wc := inst.Inst
		for _, k := range inst.Inst.Kids() {
			if k.Kind() == "wildcard_port_connection" {
				wc = k
			}
		}
		// The connections lie in the instance's generate and `ifdef branches: the two
		// instances of `if (GRAY) a i (.*); else b i (.*);` drive each output once.
		conds := append(genConds(wc), ifdefAt(u.ifdef, wc.Start())...)
		u.markDead(conds)
		for _, p := range mod.Ports {
			if named[p.Name] {
				continue
			}
			a := &Access{Name: p.Name, Kind: AccInstance, Id: wc, Expr: wc, Stmt: wc, Conn: &Connection{Inst: inst, Port: p.Name}, Cond: withPortMacros(conds, p.Decl)}
			switch p.Dir {
			case "output", "inout":
				s.Drivers[p.Name] = append(s.Drivers[p.Name], a)
			case "input":
				s.Readers[p.Name] = append(s.Readers[p.Name], a)
			default:
				s.Maybe[p.Name] = true
			}
		}
	}
	return s
}

// withPortMacros adds to a `.*` connection's conditions the `ifdef branches its port is
// declared in: the connection exists only where the port does (RSD's bench reads
// `debugRegister` from the wrapper's port under `ifndef RSD_SYNTHESIS_VIVADO and assigns it
// itself under `ifdef RSD_SYNTHESIS_VIVADO: never both). Only what a branch says of one
// macro carries over; the port file's own branch groups mean nothing here.
func withPortMacros(conds []cond, p *Decl) []cond {
	out := conds
	if p == nil {
		return out
	}
	for _, c := range p.Cond {
		if c.macro == "" || c.defined == 0 {
			continue
		}
		if len(out) == len(conds) {
			out = append([]cond(nil), conds...)
		}
		out = append(out, cond{group: portMacroGroup, macro: c.macro, defined: c.defined})
	}
	return out
}

// portMacroGroup is the branch group of conditions a `.*` connection takes from its port's
// file: none of the checked file's groups.
const portMacroGroup = math.MinInt32

// Driven reports whether anything drives or initialises name.
func (s *Sem) Driven(name string) bool {
	return len(s.Drivers[name]) > 0 || len(s.Inits[name]) > 0 || s.Maybe[name]
}

// Read reports whether anything reads name.
func (s *Sem) Read(name string) bool { return len(s.Readers[name]) > 0 || s.Maybe[name] }
